"""Search spaces: YAML files -> validated Optuna distributions.

A file maps hyperparameter names to ranges, never to defaults (defaults live in the
method's ``Hparams`` dataclass and in :mod:`fblbench.config`)::

    lr: {type: float, low: 0.001, high: 0.1, log: true}
    local_epochs: {type: int, low: 1, high: 5}
    batch_size: {type: categorical, choices: [32, 64, 128]}

Where the files come from (``docs/methods.md``, "Search spaces"):

1. A method ships its own ``<name>.yaml`` as package data: the class attribute
   ``search_space_file`` (a path, relative to the module that defines the class), else
   ``search_spaces/<name>.yaml`` in the package of that module or the nearest package
   above it, found with :mod:`importlib.resources` (so installed wheels work). FedAvg's
   and FBL's are in ``fblbench/search_spaces/``, the baselines' in
   ``fblbench_baselines/search_spaces/``. Subclasses inherit their bases' files. No file:
   no tunable hyperparameters of its own.
2. ``common.yaml`` (the training settings every method shares) ships in
   ``fblbench/search_spaces/``.
3. ``--spaces-dir`` / ``$FBLBENCH_SPACES_DIR`` overlays that, file by file: a
   ``common.yaml`` or ``<name>.yaml`` there replaces the shipped one; files it lacks keep
   the shipped ones.

``fbl+<method>`` uses FBL's file and the method's, namespaced: ``fbl.p_drop``,
``fedprox.mu`` (:mod:`fblbench.composite`); a ``fbl+<method>.yaml`` in the overlay,
written with namespaced keys, replaces ranges of the composition only.
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import math
import os
import sys
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
SPACES_FOLDER = "search_spaces"  # the folder of package data that holds a package's methods' files
# Training settings a sweep may tune through common.yaml.
COMMON_KEYS = ("lr", "local_epochs", "batch_size", "momentum", "weight_decay")
_TYPES = ("float", "int", "categorical")


def _package_dir(package: str) -> Path | None:
    """The folder of an imported or importable package (None: not one, or not on disk)."""
    try:
        found = importlib.resources.files(package)
    except (ImportError, TypeError, ValueError):
        return None
    return found if isinstance(found, Path) else None


def bundled_spaces_dir() -> Path:
    """``fblbench/search_spaces``: common.yaml and the files of FedAvg and FBL."""
    here = _package_dir("fblbench")
    return (here if here is not None else Path(__file__).resolve().parents[1]) / SPACES_FOLDER


def default_spaces_dir() -> Path:
    """The overlay folder: ``$FBLBENCH_SPACES_DIR``, else the bundled folder (nothing to overlay)."""
    env = os.environ.get(SPACES_DIR_ENV)
    return Path(env) if env else bundled_spaces_dir()


def _search_dirs(module_name: str) -> list[Path]:
    """``search_spaces/`` of the module's package and of each package above it; for a
    top-level module, the one beside its file."""
    module = sys.modules.get(module_name)
    if module is None:
        return []
    package = module.__package__ if module.__package__ is not None else module_name.rpartition(".")[0]
    dirs = []
    parts = package.split(".") if package else []
    for i in range(len(parts), 0, -1):
        d = _package_dir(".".join(parts[:i]))
        if d is not None:
            dirs.append(d / SPACES_FOLDER)
    if not parts and getattr(module, "__file__", None):
        dirs.append(Path(module.__file__).resolve().parent / SPACES_FOLDER)  # type: ignore[arg-type]
    return dirs


def shipped_space_file(cls: type[Method]) -> Path | None:
    """The search space ``cls`` ships (see the module doc), or None."""
    for klass in cls.__mro__:
        if klass is Method or not (isinstance(klass, type) and issubclass(klass, Method)):
            break
        own = klass.__dict__.get("search_space_file")
        if own is not None:
            path = Path(own)
            module = sys.modules.get(klass.__module__)
            if not path.is_absolute() and getattr(module, "__file__", None):
                path = Path(module.__file__).resolve().parent / path  # type: ignore[arg-type,union-attr]
            return path
        for d in _search_dirs(klass.__module__):
            if (d / f"{cls.name}.yaml").is_file():
                return d / f"{cls.name}.yaml"
    return None


def _overlay(spaces_dir: Path, filename: str) -> Path | None:
    """``spaces_dir/filename`` when the overlay has it (a folder or unreadable file there is
    still returned: reading it says what is wrong)."""
    if spaces_dir.exists() and not spaces_dir.is_dir():
        raise SearchSpaceError(f"search-space folder {spaces_dir} is a file: pass the folder that holds "
                               f"your {filename} (--spaces-dir or ${SPACES_DIR_ENV})")
    if not spaces_dir.exists():
        raise SearchSpaceError(f"search-space folder {spaces_dir} does not exist (--spaces-dir or "
                               f"${SPACES_DIR_ENV}): create it, or leave it out to use the shipped spaces")
    path = spaces_dir / filename
    return path if os.path.lexists(path) else None


def space_file(name: str, cls: type[Method], spaces_dir: Path) -> Path | None:
    """The file of method ``name``: the overlay's ``<name>.yaml``, else the one ``cls`` ships."""
    return _overlay(spaces_dir, f"{name}.yaml") or shipped_space_file(cls)


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

    def holding(self, value: Any) -> Param | None:
        """This range stretched to hold ``value`` (trial 0's value of a shared training setting:
        the budget's, the protocol's or the command line's); None where it cannot hold it (a log
        range and a value <= 0, a stepped range and a value off its grid, a value of the wrong type)."""
        if self.type == "categorical":
            if value in self.choices:
                return self
            numeric = all(isinstance(c, int | float) and not isinstance(c, bool) for c in (*self.choices, value))
            return dataclasses.replace(self, choices=tuple(sorted((*self.choices, value))) if numeric
                                       else (*self.choices, value))
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            return None
        if (self.log and value <= 0) or (self.type == "int" and int(value) != value):
            return None
        assert self.low is not None and self.high is not None
        if self.step is not None and abs((value - self.low) / self.step - round((value - self.low) / self.step)) > 1e-9:
            return None  # off the grid, inside the range or not
        if self.contains(value):
            return self
        return dataclasses.replace(self, low=float(min(self.low, value)), high=float(max(self.high, value)))


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
    path = _overlay(spaces_dir, "common.yaml") or bundled_spaces_dir() / "common.yaml"
    return load_space(path, COMMON_KEYS, "the common training settings", TrainConfig)


def _hparam_fields(cls: type[Method]) -> list[str]:
    return [f.name for f in dataclasses.fields(cls.Hparams)]


def method_space(spec: str, cls: type[Method], spaces_dir: Path) -> dict[str, Param]:
    """The method's own ranges: the overlay's ``<name>.yaml``, else the file the method ships.

    ``fbl+<method>`` (a class with ``namespaces``) takes FBL's file and the method's, each
    checked against its own part, with keys ``fbl.<name>`` / ``<method>.<name>``; then the
    overlay's ``fbl+<method>.yaml`` (namespaced keys), if any, replaces ranges of the pair.
    A mixed federation (``mix:<a>=<share>:...``) takes its members' spaces, keys ``<ns>.<field>``.
    """
    from fblbench.mixed import MixedMethod, mix_space

    if issubclass(cls, MixedMethod):
        return mix_space(cls, spaces_dir)
    parts = getattr(cls, "namespaces", None)
    if not parts:
        path = space_file(cls.name, cls, spaces_dir)
        return {} if path is None else load_space(path, _hparam_fields(cls), f"method {cls.name!r}", cls.Hparams)
    out: dict[str, Param] = {}
    for prefix, part in parts:
        path = space_file(part.name, part, spaces_dir)
        if path is None:
            continue
        own = load_space(path, _hparam_fields(part), f"method {cls.name!r}", part.Hparams)
        out.update({f"{prefix}.{k}": dataclasses.replace(p, name=f"{prefix}.{k}") for k, p in own.items()})
    pair = _overlay(spaces_dir, f"{cls.name}.yaml")
    if pair is not None:
        out.update(load_space(pair, _hparam_fields(cls), f"method {cls.name!r}", cls.Hparams))
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
