"""Failures of the machine, not of the input: a database lost mid-run, a full disk.

A sweep that loses its PostgreSQL server or fills its disk ends in a chain of library
exceptions (psycopg2 -> SQLAlchemy -> Optuna or MLflow). :func:`describe` finds the
cause anywhere in that chain and turns it into one line and an exit status, so the
CLI prints what happened and what to do instead of the chain. Nothing here imports
SQLAlchemy or psycopg2: exceptions are recognised by class name and module.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Iterator

from fblbench.errors import EXIT_DATABASE_LOST, EXIT_DISK_FULL

RESUME = "the Optuna and MLflow stores stay consistent"

# Exception classes (by name) that mean "the database connection failed", in the modules
# of SQLAlchemy, the PostgreSQL/MySQL drivers and SQLite.
_DB_MODULES = ("sqlalchemy", "psycopg2", "psycopg", "pymysql", "MySQLdb", "sqlite3")
_DB_CLASSES = ("OperationalError", "InterfaceError", "DisconnectionError", "TimeoutError")
# SQLite reports a full disk as an OperationalError with this text (SQLITE_FULL).
_SQLITE_FULL = "database or disk is full"


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it was raised from or during, each once."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        e = todo.pop(0)
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo += [c for c in (e.__cause__, e.__context__) if c is not None]


def _first_line(e: BaseException) -> str:
    orig = getattr(e, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's error
    text = str(orig if orig is not None else e).strip()
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return f"{type(orig if orig is not None else e).__name__}: {line}" if line else type(e).__name__


def _is_database_error(e: BaseException) -> bool:
    mod = type(e).__module__.split(".", 1)[0]
    if mod not in _DB_MODULES:
        return False
    if any(c.__name__ in _DB_CLASSES for c in type(e).__mro__):
        return True
    # Any other DBAPIError that SQLAlchemy saw invalidate its connection.
    return bool(getattr(e, "connection_invalidated", False))


def describe(exc: BaseException) -> tuple[int, str] | None:
    """(exit status, one-line message) for a database loss or a full disk, else None."""
    chain = list(_chain(exc))
    for e in chain:
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
            what = "no space left on device" if e.errno == errno.ENOSPC else "disk quota exceeded"
            where = f" writing {e.filename}" if e.filename else ""
            return EXIT_DISK_FULL, (f"{what}{where}; {RESUME}: free some space (or move --runs-dir / "
                                    "--cache-dir to a larger disk) and rerun the same command to resume")
        if _is_database_error(e) and _SQLITE_FULL in str(e):
            return EXIT_DISK_FULL, (f"the SQLite store's disk is full ({_first_line(e)}); {RESUME}: free some "
                                    "space and rerun the same command to resume")
    for e in chain:
        if _is_database_error(e):
            return EXIT_DATABASE_LOST, (f"lost the connection to the database ({_first_line(e)}); {RESUME}: "
                                        "start the database server again (or fix --storage / --mlflow-uri) "
                                        "and rerun the same command to resume")
    return None


# MLflow logs every database error with its whole traceback (at ERROR, from this logger)
# before it raises it again; the CLI reports the raised error in one line.
_NOISY_LOGGERS = ("mlflow.store.db.utils",)


class _DropOutageTracebacks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return exc is None or describe(exc) is None


def quiet_outage_logs() -> None:
    """Drop the library log records that only repeat a database loss or full disk with its traceback."""
    for name in _NOISY_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _DropOutageTracebacks) for f in logger.filters):
            logger.addFilter(_DropOutageTracebacks())
