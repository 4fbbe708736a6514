"""Directory entries of a user's data folder read with one-line errors: a symlink loop, an
unreadable entry or a name that is not valid UTF-8 is a DataError naming the path and the
fix, not a traceback."""

from __future__ import annotations

import errno
import os

from fblbench.errors import DataError


def shown(path: str | os.PathLike[str]) -> str:
    """A path for a message: bytes that are not UTF-8 as ``\\xff`` escapes (printable anywhere)."""
    return os.fspath(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def hash_text(text: str) -> bytes:
    """``text`` as bytes for a fingerprint; a file name that is not valid UTF-8 keeps its bytes."""
    return text.encode("utf-8", "surrogateescape")


def unreadable(path: str | os.PathLike[str], err: OSError) -> DataError:
    if err.errno == errno.ELOOP:
        return DataError(f"cannot read {shown(path)}: {err.strerror} (a symlink loop?): remove or fix the link")
    return DataError(f"cannot read {shown(path)}: {err.strerror}: fix its permissions or remove it")


def is_dir(entry: os.DirEntry[str]) -> bool:
    """``entry.is_dir()`` (following links); an entry that cannot be read is a DataError."""
    try:
        return entry.is_dir()
    except OSError as e:
        raise unreadable(entry.path, e) from e


def is_file(entry: os.DirEntry[str]) -> bool:
    """``entry.is_file()`` (following links); an entry that cannot be read is a DataError."""
    try:
        return entry.is_file()
    except OSError as e:
        raise unreadable(entry.path, e) from e


def stat(entry: os.DirEntry[str]) -> os.stat_result:
    try:
        return entry.stat()
    except OSError as e:
        raise unreadable(entry.path, e) from e


def check_label(folder: str | os.PathLike[str]) -> None:
    """A class folder's name becomes a label (stored, printed): it must be valid UTF-8."""
    try:
        os.path.basename(os.fspath(folder)).encode("utf-8")
    except UnicodeEncodeError:
        raise DataError(f"class folder {shown(folder)} has a name that is not valid UTF-8: rename it") from None
