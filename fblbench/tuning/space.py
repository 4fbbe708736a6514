"""Search spaces: ``search_spaces/*.yaml`` -> validated Optuna distributions.

A file maps hyperparameter names to ranges, never to defaults (defaults live in the
method's ``Hparams`` dataclass and in :mod:`fblbench.config`)::

    lr: {type: float, low: 0.001, high: 0.1, log: true}
    local_epochs: {type: int, low: 1, high: 5}
    batch_size: {type: categorical, choices: [32, 64, 128]}

``common.yaml`` holds the training settings every method shares; ``<method>.yaml``
the method's own. ``fbl+<method>`` uses ``fbl.yaml`` and ``<method>.yaml`` together.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna
import yaml

from fblbench.config import TrainConfig
from fblbench.errors import SearchSpaceError
from fblbench.method import Method

SPACES_DIR_ENV = "FBLBENCH_SPACES_DIR"
# Training settings a sweep may tune through common.yaml.
COMMON_KEYS = ("lr", "local_epochs", "batch_size", "momentum", "weight_decay")
_TYPES = ("float", "int", "categorical")


def default_spaces_dir() -> Path:
    """``$FBLBENCH_SPACES_DIR``, else ``./search_spaces``, else the one beside the installed package."""
    env = os.environ.get(SPACES_DIR_ENV)
    if env:
        return Path(env)
    local = Path("search_spaces")
    if local.is_dir():
        return local
    return Path(__file__).resolve().parents[2] / "search_spaces"


@dataclass(frozen=True)
class Param:
    """One tunable hyperparameter and its range."""

    name: str
    type: str
    low: float | None = None
    high: float | None = None
    log: bool = False
    step: float | None = None
    choices: tuple[Any, ...] = ()

    def distribution(self) -> optuna.distributions.BaseDistribution:
        if self.type == "categorical":
            return optuna.distributions.CategoricalDistribution(list(self.choices))
        assert self.low is not None and self.high is not None
        if self.type == "int":
            return optuna.distributions.IntDistribution(
                int(self.low), int(self.high), log=self.log, step=int(self.step or 1)
            )
        return optuna.distributions.FloatDistribution(self.low, self.high, log=self.log, step=self.step)

    def contains(self, value: Any) -> bool:
        if self.type == "categorical":
            return value in self.choices
        assert self.low is not None and self.high is not None
        return isinstance(value, int | float) and not isinstance(value, bool) and self.low <= value <= self.high


def _err(path: Path, key: str, msg: str) -> SearchSpaceError:
    return SearchSpaceError(f"{path}: key {key!r}: {msg}")


def _parse_param(path: Path, key: str, spec: Any) -> Param:
    if not isinstance(spec, Mapping):
        raise _err(path, key, f"must be a mapping like {{type: float, low: 0.001, high: 0.1}}, but got {spec!r}")
    kind = spec.get("type")
    if kind not in _TYPES:
        raise _err(path, key, f"type must be one of {', '.join(_TYPES)}, but got {kind!r}")
    allowed = {"type", "choices"} if kind == "categorical" else {"type", "low", "high", "log", "step"}
    extra = set(spec) - allowed
    if extra:
        raise _err(path, key, f"unknown field(s) {sorted(extra)} for type {kind}; allowed: {sorted(allowed)}")
    if kind == "categorical":
        choices = spec.get("choices")
        if not isinstance(choices, list) or not choices:
            raise _err(path, key, f"categorical needs a non-empty list 'choices', but got {choices!r}")
        bad = [c for c in choices if not isinstance(c, bool | int | float | str) and c is not None]
        if bad:
            raise _err(path, key, f"choices must be scalars, but got {bad!r}")
        return Param(key, kind, choices=tuple(choices))
    low, high = spec.get("low"), spec.get("high")
    for n, v in (("low", low), ("high", high)):
        if not isinstance(v, int | float) or isinstance(v, bool) or not math.isfinite(v):
            raise _err(path, key, f"{n} must be a finite number, but got {v!r}")
    assert isinstance(low, int | float) and isinstance(high, int | float)
    if kind == "int" and (int(low) != low or int(high) != high):
        raise _err(path, key, f"int ranges need whole numbers, but got low={low}, high={high}")
    if not low <= high:
        raise _err(path, key, f"low <= high must hold, but got low={low}, high={high}")
    log = spec.get("log", False)
    if not isinstance(log, bool):
        raise _err(path, key, f"log must be true or false, but got {log!r}")
    if log and low <= 0:
        raise _err(path, key, f"a log range needs low > 0, but got low={low}")
    step = spec.get("step")
    if step is not None:
        if not isinstance(step, int | float) or step <= 0:
            raise _err(path, key, f"step must be a positive number, but got {step!r}")
        if log:
            raise _err(path, key, "step and log cannot be combined")
    return Param(key, kind, float(low), float(high), log, None if step is None else float(step))


def load_space(path: Path, valid_keys: Iterable[str], owner: str) -> dict[str, Param]:
    """Parse and validate one YAML file; every key must be one of ``valid_keys``."""
    try:
        raw = yaml.safe_load(path.read_text())
    except FileNotFoundError as e:
        raise SearchSpaceError(f"search-space file {path} not found (create it, or set --spaces-dir)") from e
    except yaml.YAMLError as e:
        raise SearchSpaceError(f"{path}: not valid YAML: {e}") from e
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise SearchSpaceError(f"{path}: must map hyperparameter names to ranges, but got {type(raw).__name__}")
    valid = set(valid_keys)
    out: dict[str, Param] = {}
    for key, spec in raw.items():
        if key not in valid:
            raise _err(path, str(key), f"is not a hyperparameter of {owner}; valid: {sorted(valid) or 'none'}")
        out[key] = _parse_param(path, key, spec)
    return out


def common_space(spaces_dir: Path) -> dict[str, Param]:
    return load_space(spaces_dir / "common.yaml", COMMON_KEYS, "the common training settings")


def _hparam_fields(cls: type[Method]) -> list[str]:
    return [f.name for f in dataclasses.fields(cls.Hparams)]


def method_space(spec: str, cls: type[Method], spaces_dir: Path) -> dict[str, Param]:
    """The method's own ranges: ``<name>.yaml`` (``fbl.yaml`` + ``<inner>.yaml`` for ``fbl+<inner>``).

    A plugin method without a file in ``spaces_dir`` may name one in its ``search_space_file``
    class attribute; with neither, it has no tunable hyperparameters of its own.
    """
    names = spec.split("+") if "+" in spec else [cls.name]
    fields = _hparam_fields(cls)
    out: dict[str, Param] = {}
    for name in names:
        path = spaces_dir / f"{name}.yaml"
        if not path.exists():
            own = getattr(cls, "search_space_file", None)
            if own is None or len(names) > 1:
                continue
            path = Path(own)
        out.update(load_space(path, fields, f"method {cls.name!r}"))
    return out


def suggest(trial: optuna.Trial, space: Mapping[str, Param], prefix: str = "") -> dict[str, Any]:
    """Sample every parameter of ``space`` from ``trial`` (names prefixed with ``prefix``)."""
    out: dict[str, Any] = {}
    for name, p in space.items():
        if p.type == "categorical":
            out[name] = trial.suggest_categorical(prefix + name, list(p.choices))
        elif p.type == "int":
            assert p.low is not None and p.high is not None
            out[name] = trial.suggest_int(prefix + name, int(p.low), int(p.high), step=int(p.step or 1), log=p.log)
        else:
            assert p.low is not None and p.high is not None
            out[name] = trial.suggest_float(prefix + name, p.low, p.high, step=p.step, log=p.log)
    return out


def defaults_in_space(space: Mapping[str, Param], defaults: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """The defaults of the tuned parameters that lie inside their ranges (for enqueuing trial 0)."""
    return {prefix + k: defaults[k] for k, p in space.items() if k in defaults and p.contains(defaults[k])}


def train_defaults() -> dict[str, Any]:
    return {k: getattr(TrainConfig(), k) for k in COMMON_KEYS}
