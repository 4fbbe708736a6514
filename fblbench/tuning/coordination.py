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
- A trial that failed on a bug is not retried by its worker, and a later ``top_up``
  refills its slot; when it was trial 0 and no other defaults trial counts, runs or waits,
  the refill is the defaults again (``DEFAULT_ATTR``), so a study's first trial is its
  method's published defaults however that first try ended.

Table creation is also done under the lock: two workers racing to create the schema
of a new SQLite or PostgreSQL database crash otherwise.
"""

from __future__ import annotations

import contextlib
import threading
import warnings
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

import optuna
from optuna.trial import FrozenTrial, TrialState

from fblbench.errors import DivergedError
from fblbench.tuning import signals
from fblbench.tuning.database import StorageLock

DEFAULT_ATTR = "fblbench_default"  # user attr of a trial enqueued at the method's published defaults
MAX_DEFAULT_TRIES = 3  # failed defaults trials after which a refill is left to the sampler

# Marks a trial that fblbench failed on purpose (divergence): it counts toward --trials.
FAILURE_ATTR = "fblbench_failure"


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


def enqueue_defaults(study: optuna.Study, params: dict[str, Any]) -> None:
    """Enqueue the method's published defaults as a trial (``DEFAULT_ATTR``)."""
    study.enqueue_trial(params, user_attrs={DEFAULT_ATTR: True})


def failed_defaults(study: optuna.Study) -> dict[str, Any] | None:
    """The parameters of a failed defaults trial to try again, when no defaults trial is
    counted, running or waiting (None otherwise, or after ``MAX_DEFAULT_TRIES`` failures)."""
    defaults = [t for t in study.get_trials(deepcopy=False) if t.user_attrs.get(DEFAULT_ATTR)]
    if any(is_counted(t) or t.state in (TrialState.RUNNING, TrialState.WAITING) for t in defaults):
        return None
    failed = [t for t in defaults if t.state == TrialState.FAIL and "fixed_params" in t.system_attrs]
    if not failed or len(failed) >= MAX_DEFAULT_TRIES:
        return None
    return dict(failed[-1].system_attrs["fixed_params"])


def top_up(study: optuna.Study, target: int, lock: StorageLock) -> int:
    """Enqueue WAITING trials until counted + running + waiting == target: the defaults
    again when their trial failed (:func:`failed_defaults`), the others empty.

    Returns how many were enqueued. Stale trials are failed (and retried) first, so a
    dead worker's trial is not counted as running.
    """
    with lock:
        fail_stale(study)
        counted, running, waiting = slot_counts(study)
        missing = max(0, target - counted - running - waiting)
        params = failed_defaults(study) if missing else None
        if params is not None:
            enqueue_defaults(study, params)
        for _ in range(missing - (params is not None)):
            study.enqueue_trial({})
        return missing


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
    No trial is created here, and none is claimed once this process has received SIGTERM or
    SIGINT (``signals.received``, checked before each switch): a claim runs deferred, so a
    worker told to stop while it waited for the lock would otherwise start a trial only to
    fail it and queue a retry: a FAIL in the study for a trial that never ran.
    """
    with lock:
        trials = study.get_trials(deepcopy=False)
        busy = sum(is_counted(t) or t.state == TrialState.RUNNING for t in trials)
        if busy >= target:  # the target was lowered since the slots were enqueued
            return None
        # RDBStorage (and Redis) beat; record_heartbeat is public on them, not on BaseStorage.
        beats = getattr(storage, "get_heartbeat_interval", lambda: None)() is not None
        for t in sorted((t for t in trials if t.state == TrialState.WAITING), key=claim_order):
            if signals.received():
                return None
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
    objective); interrupted (Ctrl-C, SIGTERM: see :mod:`fblbench.tuning.signals`, whatever
    exception then propagates) -> FAIL plus a retry with the same parameters, and the
    exception propagates. Any other exception is a bug: FAIL (not counted, so a later run
    refills the slot) and it propagates.
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
        # Interrupted also when the bookkeeping after the interrupt failed and its error took
        # the KeyboardInterrupt's place: the signal was received, so the trial is retried.
        interrupted = isinstance(e, KeyboardInterrupt | SystemExit) or signals.received() is not None
        fail_claimed(study, storage, trial_id, retry=interrupted)
        raise
