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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna
import yaml

from fblbench.config import TrainConfig
from fblbench.errors import ConfigError, SearchSpaceError
from fblbench.method import Method
from fblbench.validate import field_kinds

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


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise SearchSpaceError(f"search-space file {path} not found (create it, or set --spaces-dir)") from e
    except IsADirectoryError as e:
        raise SearchSpaceError(f"search-space file {path} is a folder: it must be a YAML file") from e
    except NotADirectoryError as e:
        raise SearchSpaceError(f"search-space file {path} cannot exist: a part of its path is a file "
                               "(--spaces-dir must be a folder)") from e
    except UnicodeDecodeError as e:
        raise SearchSpaceError(f"{path}: not UTF-8 text (byte {e.object[e.start]:#04x} at offset {e.start}): "
                               "save it as UTF-8") from e
    except OSError as e:
        raise SearchSpaceError(f"cannot read search-space file {path}: {e.strerror or e}") from e
    except yaml.YAMLError as e:
        raise SearchSpaceError(f"{path}: not valid YAML: {e}") from e


# The values a field of each kind takes; a range of another kind is refused.
_KIND_OK: dict[str, Callable[[Any], bool]] = {
    "bool": lambda v: isinstance(v, bool),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
}


def _probes(p: Param) -> list[tuple[str, Any]]:
    """(what, value) pairs that span the range: its ends, or every choice."""
    if p.type == "categorical":
        return [("choice", c) for c in p.choices]
    assert p.low is not None and p.high is not None
    if p.type == "int":
        step = int(p.step or 1)
        low = int(p.low)
        return [("low", low), ("high", low + (int(p.high) - low) // step * step)]
    high = p.high if p.step is None else min(p.high, p.low + math.floor((p.high - p.low) / p.step + 1e-9) * p.step)
    return [("low", p.low), ("high", high)]


def check_allowed(path: Path, space: Mapping[str, Param], record: type, owner: str) -> None:
    """Every value ``space`` can suggest is one that ``record`` (a validating dataclass whose
    fields all have defaults: TrainConfig, a method's Hparams) accepts, each end of a range
    and each choice tried with the other fields at their defaults. Catches at start-up what
    would otherwise fail trials after the data is loaded."""
    kinds = field_kinds(record)
    for key, p in space.items():
        kind = kinds.get(key)
        if kind is not None:
            if p.type != "categorical" and kind in ("bool", "str"):
                raise _err(path, key, f"takes a {kind} in {owner}: use {{type: categorical, choices: [...]}}")
            if p.type == "float" and kind == "int":
                raise _err(path, key, f"takes a whole number in {owner}: use type: int")
            bad = [c for c in p.choices if not _KIND_OK[kind](c)]
            if bad:
                raise _err(path, key, f"takes a {kind} in {owner}, but the choices include {bad!r}")
        for what, value in _probes(p):
            try:
                record(**{key: value})
            except (ConfigError, TypeError, ValueError) as e:
                raise _err(path, key, f"{what} {value!r} is refused by {owner} ({e}); narrow the range") from e


def load_space(path: Path, valid_keys: Iterable[str], owner: str, record: type | None = None) -> dict[str, Param]:
    """Parse and validate one YAML file; every key must be one of ``valid_keys`` and, with
    ``record``, every value it can suggest must be one ``record`` accepts (:func:`check_allowed`)."""
    raw = _read(path)
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
    if record is not None:
        check_allowed(path, out, record, owner)
    return out


def common_space(spaces_dir: Path) -> dict[str, Param]:
    return load_space(spaces_dir / "common.yaml", COMMON_KEYS, "the common training settings", TrainConfig)


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
        out.update(load_space(path, fields, f"method {cls.name!r}", cls.Hparams))
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
