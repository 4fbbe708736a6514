"""The databases behind a study: URLs (driver, redaction), a first connection check, and
the storage-wide lock every worker of one Optuna storage takes (:class:`StorageLock`)."""

from __future__ import annotations

import fcntl
import hashlib
import threading
import time
from pathlib import Path
from typing import Any

from fblbench.errors import TrackingError
from fblbench.tuning import signals

_LOCK_KEY = "fblbench.storage-lock"


def database_url(url: str) -> str:
    """``postgresql://`` with the driver that is installed: SQLAlchemy >= 2.1 picks
    psycopg 3 for a bare ``postgresql://``; fblbench's ``[postgres]`` extra installs psycopg2."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            import importlib.util

            if importlib.util.find_spec("psycopg") is None and importlib.util.find_spec("psycopg2") is not None:
                return "postgresql+psycopg2://" + url[len(prefix):]
            return "postgresql://" + url[len(prefix):]
    return url


def redact(url: str) -> str:
    """The URL with its password replaced by ``***``."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    cred, host = rest.rsplit("@", 1)
    if ":" not in cred:
        return url
    return f"{scheme}://{cred.split(':', 1)[0]}:***@{host}"


def _sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite:"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return Path(path) if path and path != ":memory:" else None


def check_database(url: str, what: str, flag: str) -> None:
    """Connect once (``SELECT 1``) without creating anything; a SQLite file's folder is
    created. Raises TrackingError naming the URL (password masked) and the fix."""
    kind = "sqlite" if url.startswith("sqlite") else url.split(":", 1)[0].split("+", 1)[0]
    if kind not in ("sqlite", "postgresql", "mysql"):
        raise TrackingError(
            f"{what} must be a sqlite:///, postgresql:// or mysql:// URL, but got {redact(url)!r} (fix {flag})"
        )
    if kind == "sqlite":
        path = _sqlite_path(url)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise TrackingError(f"cannot create the folder of {what} {url!r}: {e}") from e
        return
    import sqlalchemy

    connect_args = {"connect_timeout": 10} if kind in ("postgresql", "mysql") else {}
    try:
        engine = sqlalchemy.create_engine(url, poolclass=sqlalchemy.pool.NullPool, connect_args=connect_args)
        with engine.connect() as conn:
            conn.execute(sqlalchemy.text("SELECT 1"))
        engine.dispose()
    except Exception as e:
        text = str(e).strip()
        first = text.splitlines()[0] if text else type(e).__name__
        hint = " (pip install 'fblbench[postgres]')" if isinstance(e, ImportError) else ""
        raise TrackingError(
            f"cannot reach {what} {redact(url)!r}: {type(e).__name__}: {first}{hint}. "
            f"Start the database server or fix {flag}"
        ) from e


class StorageLock:
    """A lock shared by every process using one Optuna storage URL (re-entrant per object).

    SQLite: ``flock`` on ``<db>.lock`` (SQLite is local to one machine anyway).
    PostgreSQL: ``pg_advisory_lock``; MySQL: ``GET_LOCK``. Other URLs: no lock.
    """

    def __init__(self, url: str, timeout: float = 600.0) -> None:
        self.url = url
        self.timeout = timeout
        self._depth = 0
        self._file: Any = None
        self._conn: Any = None
        self._engine: Any = None
        self._thread_lock = threading.RLock()
        self.kind = "sqlite" if url.startswith("sqlite") else url.split(":", 1)[0].split("+", 1)[0]

    def _engine_for_server(self) -> Any:
        if self._engine is None:
            import sqlalchemy

            connect_args: dict[str, Any] = {}
            if self.kind == "postgresql":
                connect_args["connect_timeout"] = 10
            elif self.kind == "mysql":
                connect_args["connect_timeout"] = 10
            try:
                self._engine = sqlalchemy.create_engine(
                    self.url, poolclass=sqlalchemy.pool.NullPool, connect_args=connect_args
                )
            except Exception as e:
                raise TrackingError(
                    f"cannot use the Optuna storage {redact(self.url)!r}: {type(e).__name__}: {e}"
                    + (" (pip install 'fblbench[postgres]')" if isinstance(e, ImportError) else "")
                ) from e
        return self._engine

    def check(self) -> None:
        """Fail fast, before any work, when the storage's server cannot be reached."""
        check_database(self.url, "the Optuna storage", "--storage")

    @signals.whole  # an interrupt lands once the lock is taken (or released), not half-way
    def __enter__(self) -> StorageLock:
        self._thread_lock.acquire()
        try:
            if self._depth == 0:
                self._acquire()
            self._depth += 1
        except BaseException:
            self._thread_lock.release()
            raise
        return self

    @signals.whole
    def __exit__(self, *exc: object) -> None:
        try:
            self._depth -= 1
            if self._depth == 0:
                self._release()
        finally:
            self._thread_lock.release()

    def _acquire(self) -> None:
        if self.kind == "sqlite":
            path = _sqlite_path(self.url)
            if path is None:
                return
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = open(path.with_name(path.name + ".lock"), "a+")
            deadline = time.monotonic() + self.timeout
            while True:
                try:
                    fcntl.flock(self._file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    return
                except BlockingIOError:
                    try:  # Ctrl-C while waiting, or the wait timed out: stop now, holding nothing
                        signals.raise_received()
                        if time.monotonic() > deadline:
                            raise TrackingError(f"timed out after {self.timeout:.0f}s waiting for {path}.lock") from None
                    except BaseException:
                        self._file.close()
                        self._file = None
                        raise
                    time.sleep(0.05)
        if self.kind not in ("postgresql", "mysql"):
            return
        import sqlalchemy

        key = int.from_bytes(hashlib.sha256(_LOCK_KEY.encode()).digest()[:8], "big", signed=True)
        try:
            self._conn = self._engine_for_server().connect()
            if self.kind == "postgresql":
                self._conn.execute(sqlalchemy.text("SELECT pg_advisory_lock(:k)"), {"k": key})
            else:
                got = self._conn.execute(
                    sqlalchemy.text("SELECT GET_LOCK(:k, :t)"), {"k": _LOCK_KEY, "t": int(self.timeout)}
                ).scalar()
                if got != 1:
                    raise TrackingError(f"timed out waiting for the MySQL lock {_LOCK_KEY!r}")
            self._conn.commit()
        except TrackingError:
            raise
        except Exception as e:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            raise TrackingError(
                f"cannot lock the Optuna storage {redact(self.url)!r}: {type(e).__name__}: {e}"
            ) from e

    def _release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            self._file.close()
            self._file = None
        if self._conn is not None:
            import sqlalchemy

            try:
                if self.kind == "postgresql":
                    key = int.from_bytes(hashlib.sha256(_LOCK_KEY.encode()).digest()[:8], "big", signed=True)
                    self._conn.execute(sqlalchemy.text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                else:
                    self._conn.execute(sqlalchemy.text("SELECT RELEASE_LOCK(:k)"), {"k": _LOCK_KEY})
                self._conn.commit()
            finally:
                self._conn.close()  # closing the session releases the lock in any case
                self._conn = None


# ---- counting ------------------------------------------------------------------------
