"""``fbl+<method>``: FBL's data and feature path composed with another method's hooks.

:meth:`FBLCore.compose` (and ``fbl+NAME`` on the command line) lands here. The composed
class is made at run time, once per inner method, so it and its Hparams pickle as
``(inner method, values)`` and are rebuilt on the other side.
"""

from __future__ import annotations

import dataclasses
from typing import Any, cast

from fblbench.errors import ConfigError
from fblbench.fbl.hparams import FBLHparams
from fblbench.fbl.method import FBLCore
from fblbench.method import Method, rebuild_hparams, rebuild_method

_COMPOSED: dict[type[Method], type[Method]] = {}


def composed(inner: type[Method]) -> type[Method]:
    """The ``fbl+<inner.name>`` class, made on first use and kept."""
    if _COMPOSED.get(inner) is None:
        _COMPOSED[inner] = _compose(inner)
    return _COMPOSED[inner]


def _merged_hparams(inner: type[Method]) -> type:
    inner_hp = inner.Hparams
    fbl_names = {f.name for f in dataclasses.fields(FBLHparams)}
    inner_names = {f.name for f in dataclasses.fields(inner_hp)}
    clash = sorted(fbl_names & inner_names)
    if clash:
        raise ConfigError(
            f"cannot compose fbl with {inner.name!r}: hyperparameter name(s) {clash} exist in both; "
            "rename them in the inner method"
        )
    params = getattr(inner_hp, "__dataclass_params__", None)
    if params is None or not params.frozen:
        raise ConfigError(f"cannot compose fbl with {inner.name!r}: its Hparams must be a frozen dataclass")

    def __post_init__(self: Any) -> None:
        FBLHparams.__post_init__(self)
        own = getattr(inner_hp, "__post_init__", None)
        if own is not None:
            own(self)

    def __reduce__(self: Any) -> tuple[Any, ...]:
        # Made at run time, so not importable by name: pickle as (inner method, values).
        return (rebuild_hparams, (composed, inner, dataclasses.asdict(self)))

    return dataclasses.make_dataclass(
        f"FBL_{inner.__name__}_Hparams",
        [],
        bases=(FBLHparams, inner_hp),
        frozen=True,
        namespace={"__post_init__": __post_init__, "__reduce__": __reduce__, "__module__": __name__},
    )


def _compose(inner: type[Method]) -> type[Method]:
    if not (isinstance(inner, type) and issubclass(inner, Method)):
        raise ConfigError(f"fbl composes with a Method subclass, but got {inner!r}")
    if issubclass(inner, FBLCore):
        raise ConfigError(f"cannot compose fbl with {inner.name!r}: it already is FBL")
    name = f"fbl+{inner.name}"
    ns = {
        "name": name,
        "summary": f"FBL's balanced data and aligned features + {inner.name}: {inner.summary}".rstrip(": "),
        "paper": f"{FBLCore.paper}; {inner.paper}" if inner.paper else FBLCore.paper,
        "Hparams": _merged_hparams(inner),
        "inner_method": inner,
        "__module__": __name__,
        "__doc__": f"FBL composed with {inner.__name__} ({name}).",
        "__reduce__": _reduce_composed,
    }
    return cast(type[Method], type(name, (FBLCore, inner), ns))


def _reduce_composed(self: FBLCore) -> tuple[Any, ...]:
    # A composed class is made at run time: pickle its instances as (inner method,
    # hyperparameters); the run state (plans, synthetic sets) is rebuilt by setup().
    return (rebuild_method, (composed, type(self).inner_method, dataclasses.asdict(self.hp)))

