"""Find methods: built-ins, entry-point plugins (group ``fblbench.methods``) and ``module:Class`` specs.

``fbl+<method>`` composes FBL's data and feature path with another method's hooks.
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Any

from fblbench.errors import MethodNotFound
from fblbench.method import FedAvg, Method

ENTRY_POINT_GROUP = "fblbench.methods"

# Built-ins are imported lazily (FBL pulls in its generators only when used).
_BUILTINS: dict[str, str] = {
    "fedavg": "fblbench.method:FedAvg",
    "fbl": "fblbench.fbl.method:FBL",
}


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
    if "+" in spec:
        outer, _, inner = spec.partition("+")
        if outer != "fbl":
            raise MethodNotFound(f"only FBL composes with other methods (fbl+<method>), but got {spec!r}")
        fbl = get_method("fbl")
        return fbl.compose(get_method(inner))  # type: ignore[attr-defined,no-any-return]
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


__all__ = ["ENTRY_POINT_GROUP", "FedAvg", "available_methods", "build_method", "get_method"]
