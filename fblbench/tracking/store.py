"""A local SQLite MLflow store, created atomically.

MLflow creates a new ``sqlite:///`` store in place: it makes the tables, then runs some
forty schema migrations, several seconds in all, and SQLite cannot roll most of them
back. A process killed meanwhile (Ctrl-C, ``kill -9``) left a half-migrated file that
every later run failed to open (``table _alembic_tmp_tags already exists``,
``duplicate column name: step``) until the user deleted it.

``ensure_sqlite_store`` therefore builds a new store in a temporary file of the same
folder and links it into place only once it is complete; a process killed while
building leaves the final name untouched (and a temporary file that the next creator
removes). A half-made store left by an older version is rebuilt when it holds nothing
(no runs, experiments or models); one that holds data is never touched. Creators
serialise on ``flock(<db>.lock)``; opening a complete store takes no lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from fblbench.errors import TrackingError

_TEMP_MARK = ".creating-"
_SIDECARS = ("-journal", "-wal", "-shm")


def sqlite_store_path(uri: str) -> Path | None:
    """The file of a ``sqlite:///`` URI (None for other URIs and in-memory databases)."""
    if not uri.startswith("sqlite:///"):
        return None
    path = uri.removeprefix("sqlite:///").split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def head_revision() -> str:
    from mlflow.store.db.utils import _get_latest_schema_revision

    return str(_get_latest_schema_revision())


def schema_revision(db: sqlite3.Connection) -> str | None:
    """The MLflow schema revision a store's ``alembic_version`` holds (None: none recorded)."""
    try:
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def store_state(path: Path) -> str:
    """``missing``, ``complete`` (at this MLflow's schema), ``empty-incomplete`` (half
    made or out of date, holding nothing) or ``incomplete`` (out of date, holding data)."""
    if not path.exists():
        return "missing"
    # A normal connection (not read-only): SQLite rolls back a hot journal left by a
    # killed writer, as any opener would.
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=120)) as db:
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            version = schema_revision(db) if "alembic_version" in tables else None
            if version == head_revision() and not any(t.startswith("_alembic_tmp_") for t in tables):
                return "complete"
            holds = 0
            for table, where in (("runs", ""), ("experiments", " WHERE experiment_id != 0"),
                                 ("registered_models", ""), ("logged_models", ""), ("trace_info", "")):
                if table in tables:
                    holds += db.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0]
    except sqlite3.DatabaseError as e:  # not a database at all: leave it to the user
        raise TrackingError(f"the MLflow store {path} is not a readable SQLite database ({e}); "
                            "move it away or fix --mlflow-uri") from e
    return "incomplete" if holds else "empty-incomplete"


@contextlib.contextmanager
def _creation_lock(path: Path) -> Iterator[None]:
    with open(path.with_name(path.name + ".lock"), "a+") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _remove(path: Path) -> None:
    for p in [path, *(path.with_name(path.name + s) for s in _SIDECARS)]:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


def _build(temp: Path) -> None:
    """A complete MLflow schema in ``temp`` (MLflow's own create + migrate steps)."""
    import logging

    import sqlalchemy
    from mlflow.store.db import utils

    logging.getLogger("mlflow").setLevel(logging.WARNING)  # its INFO lines name each migration step
    logging.getLogger("alembic").setLevel(logging.WARNING)
    engine = sqlalchemy.create_engine(f"sqlite:///{temp}", poolclass=sqlalchemy.pool.NullPool)
    try:
        utils._initialize_tables(engine)
        utils._verify_schema(engine)
    finally:
        engine.dispose()
    with open(temp, "rb") as f:
        os.fsync(f.fileno())


def install(temp: Path, path: Path) -> None:
    """Put ``temp`` at ``path`` atomically, never over a store that appeared meanwhile
    (a hard link fails when the name exists; a rename is the fallback where links are not
    supported, and runs under the creation lock)."""
    for suffix in _SIDECARS:  # a stale journal would be played back onto the new file
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    try:
        os.link(temp, path)
    except FileExistsError:
        pass  # created by a process that does not take the lock: keep that one
    except OSError:
        if not path.exists():
            os.replace(temp, path)
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    with contextlib.suppress(OSError):  # the new name survives a power cut too
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def ensure_sqlite_store(path: Path) -> bool:
    """Make sure a complete MLflow store exists at ``path``; True when one was (re)built.

    A complete store is left as it is (no lock, one small read). A missing one is built
    aside and linked into place; a half-made one that holds nothing is replaced; one that
    is out of date but holds data is left to MLflow (which names ``mlflow db upgrade``).
    """
    if store_state(path) in ("complete", "incomplete"):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with _creation_lock(path):
        state = store_state(path)  # another creator may have finished while we waited
        if state in ("complete", "incomplete"):
            return False
        # Left by creators killed while building (only lock holders build).
        for old in path.parent.iterdir():
            if old.name.startswith(path.name + _TEMP_MARK):
                with contextlib.suppress(FileNotFoundError):
                    old.unlink()
        if state == "empty-incomplete":
            _remove(path)
        temp = path.with_name(f"{path.name}{_TEMP_MARK}{os.getpid()}")
        try:
            _build(temp)
        except BaseException:
            _remove(temp)
            raise
        install(temp, path)
        return True


__all__ = ["ensure_sqlite_store", "head_revision", "install", "schema_revision", "sqlite_store_path", "store_state"]
