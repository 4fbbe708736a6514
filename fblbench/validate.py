"""Checks of command-line inputs that must fail in one line, before any long work.

The CLI calls these before it loads data or opens a store: flag values that are not
finite numbers, ``--hp`` values of the wrong type, folders that are files, and store
URLs that would not outlive the process. Each raises :class:`ConfigError` naming the
flag, the value and the fix (the CLI prints it as one line, exit status 2).
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fblbench.errors import ConfigError


def finite_float(text: str) -> float:
    """argparse type: a finite number (``inf`` and ``nan`` are refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return value


def finite_floats(text: str) -> tuple[float, ...]:
    """argparse type: comma-separated finite numbers."""
    try:
        values = tuple(float(v) for v in text.split(",") if v.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated numbers, got {text!r}") from None
    if not all(math.isfinite(v) for v in values):
        raise argparse.ArgumentTypeError(f"expected comma-separated finite numbers, got {text!r}")
    return values


def names(text: str) -> tuple[str, ...]:
    """argparse type: comma-separated names (empty entries dropped)."""
    return tuple(v.strip() for v in text.split(",") if v.strip())


def key_value(text: str) -> tuple[str, Any]:
    """argparse type of ``--hp KEY=VALUE``: the value parsed as YAML (``0.01``, ``true``, ``[1, 2]``)."""
    import yaml

    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"expected key=value, got {text!r}")
    try:
        return key.strip(), yaml.safe_load(value)
    except yaml.YAMLError as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise argparse.ArgumentTypeError(f"cannot parse the value of {text!r} ({first}); quote text values, "
                                         "e.g. --hp 'key=\"a {b}\"'") from None


def _kind(annotation: Any, default: Any) -> str | None:
    """The value kind of a hyperparameter: bool, int, float, str, or None (anything goes).

    From the field's annotation where it is one of those plain types, else from its default."""
    name = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    if name in ("bool", "int", "float", "str"):
        return str(name)
    if annotation is not None and name:  # an Optional, a tuple, a Literal ...: no check
        return None
    for kind in (bool, int, float, str):  # bool first: it is an int
        if isinstance(default, kind):
            return kind.__name__
    return None


def field_kinds(hparams_cls: type) -> dict[str, str | None]:
    """``{field: kind}`` of a dataclass whose fields all have defaults."""
    out: dict[str, str | None] = {}
    for f in dataclasses.fields(hparams_cls):
        default = f.default if f.default is not dataclasses.MISSING else None
        out[f.name] = _kind(f.type, default)
    return out


def coerce_value(kind: str | None, value: Any) -> Any:
    """``value`` as a ``kind``, or ValueError saying what was expected."""
    if kind is None:
        return value
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise ValueError("expected true or false")
    if kind == "int":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ValueError("expected a whole number")
    if kind == "float":
        if isinstance(value, str):  # YAML reads 1e-3 (no dot) as text
            try:
                value = float(value)
            except ValueError:
                raise ValueError("expected a number") from None
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not math.isfinite(value):
                raise ValueError("expected a finite number")
            return float(value)
        raise ValueError("expected a number")
    if isinstance(value, str):
        return value
    raise ValueError("expected text")


def coerce_hparams(method: str, hparams_cls: type, pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """``--hp`` values checked against the method's fields (unknown names are left to the method)."""
    kinds = field_kinds(hparams_cls)
    resolve = getattr(hparams_cls, "resolve_name", None)  # fbl+X: a plain p_drop is fbl.p_drop
    out: dict[str, Any] = {}
    for key, value in pairs:
        full = resolve(key) if resolve is not None else key  # unchanged when unknown or ambiguous
        if full not in kinds:
            out[key] = value
            continue
        try:
            out[key] = coerce_value(kinds[full], value)
        except ValueError as e:
            shown = "" if value is None else repr(value)
            raise ConfigError(f"--hp {key}={shown}: {e} for {method}'s {kinds[full]} hyperparameter {full!r}"
                              ) from None
    return out


def check_folder(path: Path, flag: str, writable: bool = True) -> None:
    """``path`` is a folder, or can be created as one: not a file, not under a file."""
    if path.exists() and not path.is_dir():
        raise ConfigError(f"{flag} {path} is a file, not a folder: pass a folder (it is created if missing)")
    ancestor = path
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise ConfigError(f"{flag} {path} cannot be created: {ancestor} is a file; pass another folder")
    if writable and not os.access(ancestor, os.W_OK | os.X_OK):
        raise ConfigError(f"{flag} {path}: {ancestor} is not writable by this user; pass another folder")


def is_ephemeral(url: str) -> bool:
    """A SQLite URL of an in-memory database (gone when the process exits)."""
    if not url.startswith("sqlite:"):
        return False
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return not path.split("?", 1)[0] or ":memory:" in path or "mode=memory" in path


def check_persistent(url: str | None, flag: str) -> None:
    if url is not None and is_ephemeral(url):
        raise ConfigError(f"{flag} {url!r} is an in-memory database that vanishes when this command exits: "
                          f"pass a file (sqlite:///path/to/file.db) or a server URL, or leave {flag} out")


def check_args(args: argparse.Namespace, writes: bool) -> None:
    """The folder and store flags of any command; ``writes``: the command writes to them."""
    from fblbench.config import CACHE_DIR_ENV, RUNS_DIR_ENV, default_cache_dir, default_runs_dir

    if hasattr(args, "runs_dir"):
        check_folder(args.runs_dir or default_runs_dir(), "--runs-dir" if args.runs_dir else RUNS_DIR_ENV, writes)
    if hasattr(args, "cache_dir"):
        check_folder(args.cache_dir or default_cache_dir(), "--cache-dir" if args.cache_dir else CACHE_DIR_ENV,
                     writes)
    if getattr(args, "leaderboard_dir", None) is not None:
        check_folder(args.leaderboard_dir, "--leaderboard-dir", writes)
    spaces = getattr(args, "spaces_dir", None)
    if spaces is not None and spaces.exists() and not spaces.is_dir():
        raise ConfigError(f"--spaces-dir {spaces} is a file: pass a folder of search-space YAML files")
    for attr, flag in (("mlflow_uri", "--mlflow-uri"), ("storage", "--storage")):
        check_persistent(getattr(args, attr, None), flag)
