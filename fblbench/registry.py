"""Find methods: built-ins, entry-point plugins (group ``fblbench.methods``) and ``module:Class`` specs.

``fbl+<method>`` composes FBL's data and feature path with another method's hooks; its
hyperparameters are namespaced, ``fbl.<name>`` and ``<method>.<name>`` (:mod:`fblbench.composite`).

:func:`describe_methods` lists every method without importing it (no torch): it reads
each class's ``summary`` and ``Hparams`` from the source (following base classes and
imports), and imports only a method whose description cannot be read that way.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import importlib.util
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fblbench.errors import FblbenchError, MethodNotFound
from fblbench.mixspec import is_mix_spec

if TYPE_CHECKING:
    from fblbench.method import Method

ENTRY_POINT_GROUP = "fblbench.methods"

# Built-ins are imported lazily (FBL pulls in its generators only when used).
_BUILTINS: dict[str, str] = {
    "fedavg": "fblbench.method:FedAvg",
    "fbl": "fblbench.fbl.method:FBL",
}
_BASE = ("fblbench.method", "Method")


def _load_spec(spec: str) -> Any:
    module_name, _, attr = spec.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as e:
        raise MethodNotFound(f"cannot import module {module_name!r} of method spec {spec!r}: {e}") from e
    try:
        obj = module
        for part in attr.split("."):
            obj = getattr(obj, part)
    except AttributeError as e:
        raise MethodNotFound(f"module {module_name!r} has no attribute {attr!r} (method spec {spec!r})") from e
    return obj


def _check_method(obj: Any, origin: str) -> type[Method]:
    from fblbench.method import Method

    if not (isinstance(obj, type) and issubclass(obj, Method)):
        raise MethodNotFound(f"{origin} is not a subclass of fblbench.method.Method (got {obj!r})")
    return obj


def _plugin_specs() -> dict[str, str]:
    return {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available_methods() -> dict[str, str]:
    """``{name: "module:Class"}`` of every method found (built-ins win over plugins)."""
    return {**_plugin_specs(), **_BUILTINS}


def get_method(spec: str) -> type[Method]:
    """Resolve a method name, an entry-point name, ``module:Class`` or ``fbl+<method>``."""
    spec = spec.strip()
    if is_mix_spec(spec):  # mix:<method>=<share>:... (fblbench/mixed.py)
        from fblbench.mixed import mixed_method

        return mixed_method(spec)
    if "+" in spec:
        outer, _, inner = spec.partition("+")
        if outer != "fbl":
            raise MethodNotFound(f"only FBL composes with other methods (fbl+<method>), but got {spec!r}")
        from fblbench.composite import compose_namespaced

        get_method("fbl")  # FBL itself must load
        return compose_namespaced(get_method(inner))
    if ":" in spec:
        return _check_method(_load_spec(spec), f"method spec {spec!r}")
    known = available_methods()
    if spec in known:
        return _check_method(_load_spec(known[spec]), f"method {spec!r} ({known[spec]})")
    raise MethodNotFound(
        f"unknown method {spec!r}; available: {', '.join(sorted(known))}. A method of your own is found "
        f"by 'package.module:Class' or by an entry point in the group {ENTRY_POINT_GROUP!r}"
    )


def build_method(spec: str, hparams: dict[str, Any] | None = None) -> Method:
    cls = get_method(spec)
    return cls.from_dict(hparams or {})


# --------------------------------------------------------------------------- listing


@dataclass(frozen=True)
class MethodInfo:
    """One line of ``fblbench methods``; ``error`` is set when the method cannot be loaded."""

    name: str
    spec: str
    summary: str = ""
    hparams: tuple[tuple[str, str], ...] = ()  # (field, repr of its default)
    error: str = ""


class _Unreadable(Exception):
    """The source does not say it plainly: import the class instead."""


def _module_file(module: str) -> Path:
    """The source file of ``module``, found without running any package's ``__init__``
    (only the top-level package's, which for fblbench and plugins is cheap)."""
    top, *rest = module.split(".")
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError) as e:
        raise _Unreadable(module) from e
    if spec is None:
        raise _Unreadable(module)
    if not rest:
        if not spec.origin or not spec.origin.endswith(".py"):
            raise _Unreadable(module)
        return Path(spec.origin)
    dirs = [Path(d) for d in spec.submodule_search_locations or ()]
    for i, part in enumerate(rest):
        last = i == len(rest) - 1
        nxt = [d / part for d in dirs if (d / part).is_dir()]
        if last:
            for d in dirs:
                if (d / f"{part}.py").is_file():
                    return d / f"{part}.py"
            for d in nxt:
                if (d / "__init__.py").is_file():
                    return d / "__init__.py"
            raise _Unreadable(module)
        dirs = nxt
    raise _Unreadable(module)


def _absolute(module: str, node: ast.ImportFrom) -> str:
    """The module an ``ImportFrom`` in ``module`` names (relative imports resolved)."""
    if node.level == 0:
        return node.module or ""
    is_package = _module_file(module).name == "__init__.py"
    parts = module.split(".")
    base = parts[: len(parts) - node.level + (1 if is_package else 0)]
    return ".".join(base + ([node.module] if node.module else []))


class _Source:
    """Parsed modules and the classes they define or import, without executing them."""

    def __init__(self) -> None:
        self._trees: dict[str, ast.Module] = {}

    def tree(self, module: str) -> ast.Module:
        if module not in self._trees:
            self._trees[module] = ast.parse(_module_file(module).read_text(encoding="utf-8"))
        return self._trees[module]

    def find(self, module: str, name: str, depth: int = 0) -> tuple[str, ast.ClassDef]:
        """The class ``name`` as seen from ``module``: defined there or imported into it."""
        if depth > 8:
            raise _Unreadable(name)
        for node in self.tree(module).body:
            if isinstance(node, ast.ClassDef) and node.name == name:
                return module, node
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if (alias.asname or alias.name) == name:
                        return self.find(_absolute(module, node), alias.name, depth + 1)
        raise _Unreadable(f"{module}:{name}")

    def bases(self, module: str, cls: ast.ClassDef) -> list[tuple[str, ast.ClassDef]]:
        out = []
        for b in cls.bases:
            if not isinstance(b, ast.Name):
                raise _Unreadable(ast.unparse(b))
            out.append(self.find(module, b.id))
        return out

    def mro(self, module: str, cls: ast.ClassDef) -> list[tuple[str, ast.ClassDef]]:
        """Depth-first, left to right: the order Python's C3 gives for these single-rooted trees."""
        order = [(module, cls)]
        for m, b in self.bases(module, cls):
            order += [x for x in self.mro(m, b) if x not in order]
        return order


def _assigned(cls: ast.ClassDef, attr: str) -> ast.expr | ast.ClassDef | None:
    """What the class body binds ``attr`` to last (None: it does not; a def: unreadable)."""
    found: ast.expr | ast.ClassDef | None = None
    for node in cls.body:
        if isinstance(node, ast.ClassDef) and node.name == attr:
            found = node
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == attr:
            raise _Unreadable(f"{cls.name}.{attr}")
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == attr for t in node.targets):
            found = node.value
        elif (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == attr
              and node.value is not None):
            found = node.value
    return found


def _fields(src: _Source, module: str, cls: ast.ClassDef) -> tuple[tuple[str, str], ...]:
    """The fields of a frozen-dataclass ``Hparams`` with literal defaults, bases first."""
    fields: dict[str, str] = {}
    for m, base in reversed(src.mro(module, cls)):
        for node in base.body:
            if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
                continue
            if "ClassVar" in ast.unparse(node.annotation) or "InitVar" in ast.unparse(node.annotation):
                continue
            if node.value is None:
                raise _Unreadable(f"{m}:{base.name}.{node.target.id}")
            fields[node.target.id] = repr(_literal(src, m, node.value))
    return tuple(fields.items())


def _literal(src: _Source, module: str, node: ast.expr, depth: int = 0) -> Any:
    """A literal, or ``OtherClass.attr`` whose value in that class's body is one."""
    try:
        return ast.literal_eval(node)
    except ValueError:
        pass
    # field(...), an expression: only the import says
    if depth > 4 or not (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)):
        raise _Unreadable(ast.unparse(node))
    m, cls = src.find(module, node.value.id)
    value = _assigned(cls, node.attr)
    if not isinstance(value, ast.expr):
        raise _Unreadable(ast.unparse(node))
    return _literal(src, m, value, depth + 1)


def _static_info(src: _Source, name: str, spec: str) -> MethodInfo:
    module, _, attr = spec.partition(":")
    if not attr or "." in attr:
        raise _Unreadable(spec)
    mro = src.mro(*src.find(module, attr))
    if not any((m, c.name) == _BASE for m, c in mro):
        raise _Unreadable(spec)  # not plainly a Method: let the import say what it is
    summary: str | None = None
    hparams: tuple[tuple[str, str], ...] | None = None
    for m, c in mro:
        if summary is None and (s := _assigned(c, "summary")) is not None:
            if not isinstance(s, ast.expr):
                raise _Unreadable(spec)
            try:
                summary = str(ast.literal_eval(s))
            except ValueError as e:
                raise _Unreadable(spec) from e
        if hparams is None and (h := _assigned(c, "Hparams")) is not None:
            if isinstance(h, ast.ClassDef):
                hparams = _fields(src, m, h)
            elif isinstance(h, ast.Name):
                hparams = _fields(src, *src.find(m, h.id))
            else:
                raise _Unreadable(spec)
    return MethodInfo(name, spec, summary or "", hparams or ())


def _imported_info(name: str, spec: str) -> MethodInfo:
    try:
        cls = get_method(name)
        hps = tuple((f.name, repr(f.default)) for f in dataclasses.fields(cls.Hparams))
        return MethodInfo(name, spec, cls.summary, hps)
    except FblbenchError as e:
        return MethodInfo(name, spec, error=str(e))


def describe_methods(imports: bool = False) -> list[MethodInfo]:
    """Every method found, by name. ``imports=True`` imports each class (slow, but it also
    proves that each one loads); otherwise only methods whose source is unclear are imported."""
    src = _Source()
    out = []
    for name, spec in sorted(available_methods().items()):
        if not imports:
            try:
                out.append(_static_info(src, name, spec))
                continue
            except (_Unreadable, OSError, SyntaxError, UnicodeDecodeError):
                pass
        out.append(_imported_info(name, spec))
    return out


__all__ = ["ENTRY_POINT_GROUP", "MethodInfo", "available_methods", "build_method", "describe_methods",
           "get_method"]
