"""``fbl+<method>`` with namespaced hyperparameters: ``fbl.p_drop``, ``fedprox.mu``.

FBL's hooks and the inner method's each read ``self.hp``. Composed by inheritance alone
(:meth:`fblbench.fbl.method.FBLCore.compose`) both would read one merged record, so the
inner method could not have a field named like one of FBL's. Here FBL is composed over a
*delegate* instead: a thin method whose hooks run an instance of the inner method that
keeps its own ``Hparams``. FBL's part reads FBL's record, the inner method's part its own,
and the composite's ``Hparams`` addresses both by ``<part>.<field>``: the names of the
search space, of ``--hp`` and of the logged parameters (``method.fbl.p_drop``).

A plain name (``p_drop``) is still accepted by :meth:`Composite.from_dict` where exactly one
part has it; a name both parts have must be written with its part.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from fblbench.errors import ConfigError
from fblbench.method import Method, NoHparams, rebuild_hparams, rebuild_method
from fblbench.server import ServerRound, call_aggregate

if TYPE_CHECKING:
    from fblbench.config import TrainConfig
    from fblbench.engine.aggregate import State
    from fblbench.engine.client import Batch, ClientContext, ClientUpdate
    from fblbench.engine.loop import Federation

SEP = "."
FBL_PART = "fbl"


# --------------------------------------------------------------------------- the record


class NamespacedHparams:
    """Base of the composite's ``Hparams``: a frozen dataclass whose fields are
    ``<part>.<field>`` (made by :func:`namespaced_hparams`; built from keyword arguments
    only, ``Hparams(**{"fbl.p_drop": 0.1})``). Each part's own record validates its values."""

    parts: ClassVar[tuple[tuple[str, type], ...]] = ()
    inner: ClassVar[type[Method]]

    def __init__(self, **values: Any) -> None:
        names = {f.name for f in dataclasses.fields(cast(Any, self))}
        unknown = sorted(set(values) - names)
        if unknown:
            raise ConfigError(f"{type(self).__name__}: unknown hyperparameter(s) {unknown}; valid: {sorted(names)}")
        records = {}
        for prefix, record in self.parts:
            own = {k[len(prefix) + 1:]: v for k, v in values.items() if k.startswith(prefix + SEP)}
            records[prefix] = record(**own)
            for f in dataclasses.fields(record):
                object.__setattr__(self, prefix + SEP + f.name, getattr(records[prefix], f.name))
        object.__setattr__(self, "_records", records)

    @classmethod
    def resolve_name(cls, key: str) -> str:
        """``key`` written with its part (``p_drop`` -> ``fbl.p_drop``) where exactly one part
        has it; otherwise ``key`` unchanged (a namespaced, unknown or ambiguous name)."""
        owners = [f.name for f in dataclasses.fields(cast(Any, cls)) if f.name.partition(SEP)[2] == key]
        return owners[0] if len(owners) == 1 else key

    def part(self, prefix: str) -> Any:
        """The record of one part (an instance of that part's own ``Hparams``)."""
        return cast(Any, self)._records[prefix]

    def __repr__(self) -> str:
        body = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(cast(Any, self)))
        return f"{type(self).__name__}({body})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return dataclasses.asdict(cast(Any, self)) == dataclasses.asdict(cast(Any, other))

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, f.name) for f in dataclasses.fields(cast(Any, self))))

    def __reduce__(self) -> tuple[Any, ...]:
        # Made at run time, so not importable by name: pickle as (inner method, values).
        return (rebuild_hparams, (compose_namespaced, self.inner, dataclasses.asdict(cast(Any, self))))


def namespaced_hparams(name: str, parts: Sequence[tuple[str, type]], inner: type[Method]) -> type:
    """A frozen dataclass with one field ``<prefix>.<field>`` per field of each part's record
    (same type and default), so ``dataclasses.fields``/``asdict``/``replace`` see the
    namespaced names."""
    annotations: dict[str, Any] = {}
    ns: dict[str, Any] = {"__module__": __name__, "__annotations__": annotations, "parts": tuple(parts),
                          "inner": inner, "__doc__": f"Hyperparameters of {name}, by part."}
    for prefix, record in parts:
        for f in dataclasses.fields(record):
            full = prefix + SEP + f.name
            annotations[full] = f.type
            ns[full] = dataclasses.field(default=f.default, default_factory=f.default_factory)
    cls = type(f"{name}.Hparams", (NamespacedHparams,), ns)
    # No generated __init__/__repr__/__eq__ (they would spell the dotted names as code): the base's.
    return dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=True, match_args=False)


# --------------------------------------------------------------------------- the delegate

HOOKS = ("setup", "init_state", "local_update", "loss", "aggregate", "artifacts", "run_metrics")


class _Delegate(Method):
    """Runs the hooks of ``self.inner``, an instance of the inner method with its own ``hp``.

    Only the hooks the inner method overrides are forwarded (the others stay Method's), so a
    composition whose inner method keeps FedAvg's client side looks the same to the engine."""

    inner_cls: ClassVar[type[Method]]
    inner: Method

    def __init__(self, hparams: Any = None) -> None:
        # Reached from FBLCore.__init__ with FBL's record; the composite built self.inner already.
        self.hp = hparams


def _forward(hook: str) -> Any:
    if hook == "aggregate":
        def aggregate(self: _Delegate, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
                      server: ServerRound | None = None) -> tuple[State, Any]:
            return call_aggregate(self.inner.aggregate, global_params, updates, server_state, server)
        return aggregate
    if hook == "setup":
        def setup(self: _Delegate, fed: Federation, train: TrainConfig) -> None:
            self.inner.setup(fed, train)
        return setup
    if hook == "init_state":
        def init_state(self: _Delegate, global_params: State, num_clients: int) -> Any:
            return self.inner.init_state(global_params, num_clients)
        return init_state
    if hook == "local_update":
        def local_update(self: _Delegate, ctx: ClientContext) -> ClientUpdate:
            return self.inner.local_update(ctx)
        return local_update
    if hook == "loss":
        def loss(self: _Delegate, ctx: ClientContext, batch: Batch) -> Any:
            return self.inner.loss(ctx, batch)
        return loss
    if hook == "artifacts":
        def artifacts(self: _Delegate, out_dir: Path) -> list[Path]:
            return self.inner.artifacts(out_dir)
        return artifacts
    assert hook == "run_metrics"

    def run_metrics(self: _Delegate) -> dict[str, float]:
        return self.inner.run_metrics()
    return run_metrics


def _delegate(inner: type[Method]) -> type[Method]:
    ns: dict[str, Any] = {
        "name": inner.name, "summary": inner.summary, "paper": inner.paper, "Hparams": NoHparams,
        "inner_cls": inner, "__module__": __name__,
        **{h: _forward(h) for h in HOOKS if getattr(inner, h) is not getattr(Method, h)},
    }
    return cast(type[Method], type(f"Delegate[{inner.__name__}]", (_Delegate,), ns))


# --------------------------------------------------------------------------- the composite


class Composite:
    """Mixin of every ``fbl+<method>`` class: namespaced ``Hparams``, the inner method run
    as its own instance (``self.inner``), FBL's record as ``self.hp``."""

    #: (prefix, method class) of each part, FBL first: where each part's search space comes from.
    namespaces: ClassVar[tuple[tuple[str, type[Method]], ...]] = ()
    Hparams: ClassVar[type[NamespacedHparams]]
    inner_method: ClassVar[type[Method]]
    hparams_ns: Any

    def __init__(self, hparams: Any = None) -> None:
        if hparams is None:
            hparams = self.Hparams()
        if not isinstance(hparams, self.Hparams):
            raise ConfigError(f"{cast(Any, self).name}: hparams must be a {self.Hparams.__name__}, "
                              f"but got {type(hparams).__name__}")
        self.hparams_ns = hparams
        self.inner = self.inner_method(hparams.part(self.namespaces[1][0]))
        super().__init__(hparams.part(FBL_PART))  # type: ignore[call-arg]  # FBLCore.__init__

    @classmethod
    def resolve_names(cls, values: Mapping[str, Any]) -> dict[str, Any]:
        """``values`` with every plain name that exactly one part has written with its part."""
        fields = [f.name for f in dataclasses.fields(cast(Any, cls.Hparams))]
        out: dict[str, Any] = {}
        for key, value in values.items():
            full = cls.Hparams.resolve_name(key)
            if full not in fields:
                both = [f for f in fields if f.partition(SEP)[2] == key]
                if both:
                    raise ConfigError(f"{cast(Any, cls).name}: hyperparameter {key!r} exists in several parts; "
                                      f"write {' or '.join(repr(b) for b in both)}")
                raise ConfigError(f"{cast(Any, cls).name}: unknown hyperparameter(s) [{key!r}]; valid: {fields}")
            if full in out:
                raise ConfigError(f"{cast(Any, cls).name}: hyperparameter {full!r} given twice")
            out[full] = value
        return out

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Method:
        return cast(type[Method], cls)(cls.Hparams(**cls.resolve_names(values)))

    def hparams_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self.hparams_ns)

    def __reduce__(self) -> tuple[Any, ...]:
        # A class made at run time: pickle as (inner method, hyperparameters); setup() rebuilds the rest.
        return (rebuild_method, (compose_namespaced, self.inner_method, self.hparams_dict()))


_COMPOSITES: dict[type[Method], type[Method]] = {}


def compose_namespaced(inner: type[Method]) -> type[Method]:
    """``fbl+<inner.name>``: FBL over ``inner`` with namespaced hyperparameters (cached)."""
    if inner not in _COMPOSITES:
        from fblbench.fbl.method import FBL, FBLCore

        if not (isinstance(inner, type) and issubclass(inner, Method)):
            raise ConfigError(f"fbl composes with a Method subclass, but got {inner!r}")
        if issubclass(inner, FBLCore):
            raise ConfigError(f"cannot compose fbl with {inner.name!r}: it already is FBL")
        params = getattr(inner.Hparams, "__dataclass_params__", None)
        if params is None or not params.frozen:
            raise ConfigError(f"cannot compose fbl with {inner.name!r}: its Hparams must be a frozen dataclass")
        if inner.name == FBL_PART or SEP in inner.name:
            raise ConfigError(f"cannot compose fbl with a method named {inner.name!r}: its hyperparameters "
                              f"would be addressed as {inner.name}{SEP}<name>")
        base = FBLCore.compose(_delegate(inner))
        name = f"fbl+{inner.name}"
        ns = {
            "name": name,
            "Hparams": namespaced_hparams(name, [(FBL_PART, base.Hparams), (inner.name, inner.Hparams)], inner),
            "namespaces": ((FBL_PART, FBL), (inner.name, inner)),
            "inner_method": inner,
            "__module__": __name__,
            "__doc__": f"FBL composed with {inner.__name__} ({name}); hyperparameters fbl.<name>, "
                       f"{inner.name}.<name>.",
        }
        _COMPOSITES[inner] = cast(type[Method], type(name, (Composite, base), ns))
    return _COMPOSITES[inner]


__all__ = ["SEP", "Composite", "NamespacedHparams", "compose_namespaced", "namespaced_hparams"]
