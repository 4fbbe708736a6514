"""Several workers, one study: exact trial counts, a storage-wide lock, heartbeats.

A study holds exactly ``--trials`` counted trials however many worker processes or
machines run it. The mechanism is a queue of *slots*:

- Under a lock held in the storage itself (a file lock next to a SQLite file, an
  advisory lock in PostgreSQL or MySQL), ``top_up`` enqueues WAITING trials until
  counted + running + waiting trials equal the target. Trial 0 (the method's
  defaults) is the first slot; the others are enqueued without parameters, so the
  sampler draws them when a worker claims them.
- A worker ``claim``s a WAITING trial by switching it to RUNNING, which the storage
  does atomically (only one worker wins), and never creates a trial of its own.
  Claims move trials between states without changing the sum, so no worker can
  overshoot the target, however the workers interleave.
- A claimed trial sends heartbeats. When its worker dies (SIGKILL, a lost machine),
  the next ``fail_stale`` by any worker marks it FAIL and enqueues a retry with the
  same parameters (``RetryHeartbeatStaleTrialCallback``); the retry fills the same slot.

Table creation is also done under the lock: two workers racing to create the schema
of a new SQLite or PostgreSQL database crash otherwise.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import optuna
from optuna.trial import FrozenTrial, TrialState

from fblbench.errors import DivergedError, TrackingError
from fblbench.tuning import signals

# Marks a trial that fblbench failed on purpose (divergence): it counts toward --trials.
FAILURE_ATTR = "fblbench_failure"
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


def is_diverged(t: FrozenTrial) -> bool:
    """Failed by fblbench itself: its training loss became non-finite (a counted trial)."""
    return t.state == TrialState.FAIL and FAILURE_ATTR in t.user_attrs


def is_counted(t: FrozenTrial) -> bool:
    """Complete, pruned, or failed by fblbench itself (divergence). Trials of a dead
    worker are failed by the heartbeat and retried; they do not count."""
    return t.state in (TrialState.COMPLETE, TrialState.PRUNED) or is_diverged(t)


def counted_trials(study: optuna.Study) -> int:
    """Trials that count toward --trials."""
    return sum(is_counted(t) for t in study.get_trials(deepcopy=False))


def slot_counts(study: optuna.Study) -> tuple[int, int, int]:
    """(counted, running, waiting) trials of the study."""
    counted = running = waiting = 0
    for t in study.get_trials(deepcopy=False):
        if is_counted(t):
            counted += 1
        elif t.state == TrialState.RUNNING:
            running += 1
        elif t.state == TrialState.WAITING:
            waiting += 1
    return counted, running, waiting


def fail_stale(study: optuna.Study) -> None:
    """Fail the running trials whose heartbeat stopped and enqueue their retries.

    Optuna sets every stale trial FAIL first and enqueues the retries after, so a SIGTERM
    raised in between (a worker whose sweep was killed) would leave a FAIL without its
    retry, and the trial's own worker, finding it no longer RUNNING, adds none either: the
    interrupt is deferred until both are written."""
    with signals.deferred(), warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        optuna.storages.fail_stale_trials(study)


def top_up(study: optuna.Study, target: int, lock: StorageLock) -> int:
    """Enqueue empty WAITING trials until counted + running + waiting == target.

    Returns how many were enqueued. Stale trials are failed (and retried) first, so a
    dead worker's trial is not counted as running.
    """
    with lock:
        fail_stale(study)
        counted, running, waiting = slot_counts(study)
        missing = target - counted - running - waiting
        for _ in range(max(0, missing)):
            study.enqueue_trial({})
        return max(0, missing)


def claim_order(t: FrozenTrial) -> tuple[bool, int]:
    """Retries of failed or interrupted trials first, then the oldest slot: a rerun after
    Ctrl-C finishes the interrupted configuration before the sampler draws a new one."""
    return "failed_trial" not in t.system_attrs, t.number


class Claimed(NamedTuple):
    """A trial this worker switched to RUNNING: its storage id, its number, and its slot:
    1 + the trials counted or running when it was claimed (under the lock, so no two
    workers ever hold the same slot of a study; a retry fills the slot of the trial it retries)."""

    trial_id: int
    number: int
    slot: int


def trial_id_of(storage: optuna.storages.BaseStorage, study: optuna.Study, number: int) -> int:
    """The storage id of trial ``number`` (public storage API; FrozenTrial keeps it private)."""
    return storage.get_trial_id_from_study_id_trial_number(storage.get_study_id_from_name(study.study_name), number)


def claim(study: optuna.Study, target: int, lock: StorageLock,
          storage: optuna.storages.BaseStorage) -> Claimed | None:
    """Switch one WAITING trial to RUNNING; return it, None if nothing to claim.
    Retries come first (``claim_order``). ``storage`` is the study's storage.

    Of two workers reaching for the same trial only one gets it: PostgreSQL and MySQL
    lock the row (``SELECT ... FOR UPDATE``), but SQLite ignores that and Python's
    sqlite3 reads outside the writing transaction, so two processes could both see the
    trial WAITING and both switch it. Claims therefore run under the storage lock.
    No trial is created here.
    """
    with lock:
        trials = study.get_trials(deepcopy=False)
        busy = sum(is_counted(t) or t.state == TrialState.RUNNING for t in trials)
        if busy >= target:  # the target was lowered since the slots were enqueued
            return None
        # RDBStorage (and Redis) beat; record_heartbeat is public on them, not on BaseStorage.
        beats = getattr(storage, "get_heartbeat_interval", lambda: None)() is not None
        for t in sorted((t for t in trials if t.state == TrialState.WAITING), key=claim_order):
            trial_id = trial_id_of(storage, study, t.number)
            try:
                # Heartbeat first: a RUNNING trial without one is never found stale, so a
                # worker killed between the two statements would leave it RUNNING forever.
                if beats:
                    storage.record_heartbeat(trial_id)  # type: ignore[attr-defined]  # beats: it has one
                if storage.set_trial_state_values(trial_id, state=TrialState.RUNNING):
                    return Claimed(trial_id, t.number, busy + 1)
            except optuna.exceptions.UpdateFinishedTrialError:
                continue
        return None


@contextlib.contextmanager
def heartbeat(storage: Any, trial_id: int, interval: float) -> Iterator[None]:
    """Record the trial's heartbeat every ``interval`` seconds while the block runs."""
    stop = threading.Event()

    def beat() -> None:
        while True:
            try:
                storage.record_heartbeat(trial_id)
            except Exception:  # a missed beat is retried; the grace period absorbs a few
                pass
            if stop.wait(interval):
                return

    thread = threading.Thread(target=beat, name=f"heartbeat-{trial_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


def retry_same_params(study: optuna.Study, trial: FrozenTrial, max_retry: int = 3) -> None:
    """Enqueue a retry of ``trial`` with the same parameters (what the heartbeat does)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        optuna.storages.RetryHeartbeatStaleTrialCallback(max_retry=max_retry)(study, trial)


Objective = Callable[[optuna.Trial], float | Sequence[float]]


def fail_claimed(study: optuna.Study, storage: optuna.storages.BaseStorage, trial_id: int, retry: bool) -> None:
    """A claimed trial that was stopped: FAIL if it is still RUNNING and, for an interrupt
    (``retry``), a retry with the same parameters. A trial already finished is left alone."""
    if storage.get_trial(trial_id).state != TrialState.RUNNING:
        return
    try:
        storage.set_trial_state_values(trial_id, state=TrialState.FAIL)
    except optuna.exceptions.UpdateFinishedTrialError:
        return
    if retry:
        retry_same_params(study, storage.get_trial(trial_id))


def run_claimed(study: optuna.Study, storage: optuna.storages.BaseStorage, trial_id: int, objective: Objective,
                interval: float) -> TrialState:
    """Run ``objective`` on the claimed trial and tell the study how it ended.

    Pruned -> PRUNED; diverged -> FAIL (counted, tagged with FAILURE_ATTR by the
    objective); interrupted (Ctrl-C, SIGTERM: see :mod:`fblbench.tuning.signals`) -> FAIL
    plus a retry with the same parameters, and the exception propagates. Any other
    exception is a bug: FAIL (not counted, so a later run refills the slot) and it propagates.
    """
    values: float | Sequence[float] | None = None
    try:
        trial = optuna.Trial(study, trial_id)
        with heartbeat(storage, trial_id, interval):
            try:
                values = objective(trial)
            except optuna.TrialPruned:
                study.tell(trial, state=TrialState.PRUNED)
                return TrialState.PRUNED
            except DivergedError:
                study.tell(trial, state=TrialState.FAIL)
                return TrialState.FAIL
        study.tell(trial, values)
        return TrialState.COMPLETE
    except BaseException as e:
        if values is not None and storage.get_trial(trial_id).state == TrialState.RUNNING:
            study.tell(storage.get_trial(trial_id).number, values)  # trained and logged: keep it
        fail_claimed(study, storage, trial_id, retry=isinstance(e, KeyboardInterrupt | SystemExit))
        raise
