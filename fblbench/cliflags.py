"""Command-line flags built from the settings dataclasses, so that a setting's default and
its help text live only in its dataclass (``fblbench.config.setting``).

``add_flags(group, DataConfig, names)`` adds ``--<field-name>`` for each field (and the
spellings in the field's ``flags``), typed from its annotation (``bool``: ``--x/--no-x``), with
the field's ``choices`` and a help text ending "(default: X)", X read from the dataclass. A
flag not given is None, so the budget preset, the protocol or the dataclass default decides;
only the fields named in ``keep`` get the dataclass default as the flag's default (the CLI
always reads them). ``given(args, cls)`` passes on the fields set, and nothing else.
"""

from __future__ import annotations

import argparse
import dataclasses
import types
import typing
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal

from fblbench.validate import finite_float, finite_floats, names

_TYPES: dict[Any, Callable[[str], Any]] = {int: int, float: finite_float, str: str, Path: Path}
_TUPLES: dict[Any, Callable[[str], Any]] = {float: finite_floats, str: names}


def flagged(cls: type) -> tuple[str, ...]:
    """The fields of the dataclass ``cls`` that are command-line settings (they carry a help text)."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.metadata.get("help"))


def show(value: Any, unset: str = "") -> str:
    """A default as the help shows it; None and () as ``unset`` (what the field says they mean)."""
    if value is None or value == ():
        return unset or "unset"
    if isinstance(value, tuple):
        return ",".join(str(v) for v in value)
    return str(value)


def default_text(f: dataclasses.Field[Any]) -> str:
    """The default of field ``f`` in words: its value, or the first line of its factory's docstring."""
    if f.default is dataclasses.MISSING and f.default_factory is not dataclasses.MISSING:
        doc = (f.default_factory.__doc__ or "").strip()
        return (doc.splitlines()[0] if doc else "computed").replace("``", "").rstrip(".")
    return show(f.default, f.metadata.get("unset", ""))


def _kind(annotation: Any) -> dict[str, Any]:
    """argparse keywords (``type`` or ``action``, and ``choices`` of a Literal) from a field's type."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):  # X | None: a flag not given is None anyway
        (annotation,) = (a for a in args if a is not type(None))
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is Literal:
        return {"type": str, "choices": args}
    if annotation is bool:
        return {"action": argparse.BooleanOptionalAction}
    if origin is tuple and args[1:] == (Ellipsis,) and args[0] in _TUPLES:
        return {"type": _TUPLES[args[0]]}
    if annotation in _TYPES:
        return {"type": _TYPES[annotation]}
    raise TypeError(f"no command-line type for {annotation!r}")


def add_flags(group: Any, cls: type, fields: Iterable[str], *, keep: Collection[str] = (),
              presets: Mapping[str, Mapping[str, Any]] | None = None) -> None:
    """Add the flags of the settings ``fields`` of dataclass ``cls`` to ``group`` (a parser or group).

    ``keep``: fields whose flag defaults to the dataclass default instead of None. ``presets``
    (the budgets): the help also lists the values each preset gives the setting.
    """
    hints = typing.get_type_hints(cls)
    by_name = {f.name: f for f in dataclasses.fields(cls)}
    for name in fields:
        f = by_name[name]
        meta = f.metadata
        if not meta.get("help"):
            raise ValueError(f"{cls.__name__}.{name} is not a setting: give it a help text with setting()")
        kw = _kind(hints[name])
        if meta["choices"]:
            kw["choices"] = meta["choices"]
            if any("," in c for c in meta["choices"]):  # argparse's {a,b,c} would run them together
                kw["metavar"] = "{" + " | ".join(meta["choices"]) + "}"
        shown = default_text(f)
        sets = [f"{p} {show(v[name], meta['unset'])}" for p, v in (presets or {}).items() if name in v]
        if sets:
            shown += "; budgets: " + ", ".join(sets)
        default = f.default if name in keep else None
        group.add_argument(f"--{name.replace('_', '-')}", *meta["flags"], dest=name, default=default,
                           help=f"{meta['help']} (default: {shown})".replace("%", "%%"), **kw)


def given(args: argparse.Namespace, cls: type) -> dict[str, Any]:
    """The fields of dataclass ``cls`` that ``args`` sets (not None): the dataclass decides the rest."""
    return {f.name: getattr(args, f.name) for f in dataclasses.fields(cls) if getattr(args, f.name, None) is not None}


def defaults_from(load: Callable[[], type]) -> type[argparse.HelpFormatter]:
    """A help formatter that ends the help of each flag named after a field of the dataclass
    ``load()`` returns with "(default: X)". For a command whose settings live in a module too
    heavy to import for every parse: ``load`` runs only when the help is shown."""

    class DefaultsFrom(argparse.HelpFormatter):
        def _get_help_string(self, action: argparse.Action) -> str:
            text = action.help or ""
            if "(default:" in text or action.help == argparse.SUPPRESS:
                return text
            f = {f.name: f for f in dataclasses.fields(load())}.get(action.dest)
            return text if f is None else f"{text} (default: {default_text(f).replace('%', '%%')})"

    return DefaultsFrom


__all__ = ["add_flags", "default_text", "defaults_from", "flagged", "given", "show"]
