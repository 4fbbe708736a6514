"""Stopping a sweep with real signals (issue 10, items 2 and 5): SIGTERM and SIGINT end
the running trial as FAIL with its retry queued and its MLflow run KILLED, ``--n-jobs``
workers never outlive their parent, and a rerun runs the interrupted configuration first."""

from __future__ import annotations

import copy
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import optuna
import pytest
import sqlalchemy
from optuna.distributions import FloatDistribution
from optuna.trial import FrozenTrial, TrialState

from fblbench.tuning import signals
from fblbench.tuning.coordination import claim, fail_claimed, fail_stale, run_claimed, top_up
from fblbench.tuning.database import StorageLock
from fblbench.tuning.factories import WholeCallsRDBStorage, _rdb_storage
from tests.study_helpers import cli_env, fblbench, load, runs_of, spaces

STUDY = "eurosat-dir0.1-fedavg"
EXPERIMENT = "fblbench/eurosat-dir0.1"


# ---- the handler itself ------------------------------------------------------------------


def test_sigterm_raises_interrupted_once_and_handlers_are_restored() -> None:
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(signals.Interrupted) as e, signals.handling():
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(1000):  # the handler runs at the next bytecode boundary
            time.sleep(0.001)
    assert e.value.signum == signal.SIGTERM and isinstance(e.value, KeyboardInterrupt)
    with signals.handling():
        with pytest.raises(signals.Interrupted):
            with signals.deferred():  # held back until the block ends ...
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(0.05)
                os.kill(os.getpid(), signal.SIGINT)  # ... and a second signal is ignored
                time.sleep(0.05)
                reached = True
        assert reached and signals.received() == signal.SIGTERM
    assert signal.getsignal(signal.SIGTERM) == before


def test_an_interrupt_while_failing_stale_trials_still_enqueues_their_retries(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Optuna sets a stale trial FAIL, then enqueues its retry: a SIGTERM in between (a worker
    whose sweep was killed) must not leave the FAIL without its retry (the trial's own worker,
    finding it no longer RUNNING, adds none)."""
    storage = _rdb_storage(f"sqlite:///{tmp_path / 'optuna.db'}", {}, 1, 1)
    study = optuna.create_study(study_name="s", storage=storage, direction="maximize")
    trial = study.ask({"lr": FloatDistribution(0.001, 0.1)})
    storage.record_heartbeat(trial._trial_id)
    time.sleep(2.5)  # past the grace period: stale
    set_state = storage.set_trial_state_values

    def set_then_interrupted(trial_id: int, state: TrialState, values: Any = None) -> bool:
        done = set_state(trial_id, state=state, values=values)
        if state == TrialState.FAIL:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.2)  # the handler runs here, between the FAIL and the retry
        return done

    monkeypatch.setattr(storage, "set_trial_state_values", set_then_interrupted)
    with signals.handling(), pytest.raises(signals.Interrupted):
        fail_stale(study)
    trials = study.get_trials()
    assert trials[0].state == TrialState.FAIL
    (retry,) = [t for t in trials if t.system_attrs.get("failed_trial") == 0]
    assert retry.state == TrialState.WAITING and retry.params == trials[0].params


def _study_with_slots(tmp_path: Path, slots: int) -> tuple[optuna.Study, optuna.storages.RDBStorage, StorageLock]:
    """A fresh SQLite study holding ``slots`` WAITING trial slots, its storage and lock."""
    url = f"sqlite:///{tmp_path / 'optuna.db'}"
    storage = _rdb_storage(url, {}, 1, 3)
    lock = StorageLock(url)
    study = optuna.create_study(study_name="s", storage=storage, direction="maximize")
    top_up(study, slots, lock)
    return study, storage, lock


def test_a_worker_told_to_stop_while_claiming_claims_nothing(tmp_path: Path) -> None:
    """A claim runs deferred. A worker between two trials that gets SIGTERM while it waits
    for the lock used to claim the next slot anyway, then fail it and queue a retry: a FAIL
    for a trial that never ran. Now it claims nothing and the interrupt lands after."""
    study, storage, lock = _study_with_slots(tmp_path, 2)
    with signals.handling(), pytest.raises(signals.Interrupted):
        with signals.deferred():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)  # the handler has run: the signal is held back
            got = claim(study, 2, lock, storage)
    assert got is None
    assert [t.state for t in study.get_trials()] == [TrialState.WAITING, TrialState.WAITING]
    claimed = claim(study, 2, lock, storage)  # no signal: the same call claims
    assert claimed is not None and claimed.number == 0


def test_an_interrupt_whose_bookkeeping_fails_still_queues_the_retry(tmp_path: Path) -> None:
    """SIGTERM mid-trial, then the objective's own bookkeeping fails (a store error raised
    while ending its MLflow run) and that error replaces the KeyboardInterrupt: the trial
    was still interrupted, so it ends FAIL with its retry, not FAIL alone."""
    study, storage, lock = _study_with_slots(tmp_path, 1)
    claimed = claim(study, 1, lock, storage)
    assert claimed is not None

    def objective(trial: optuna.Trial) -> float:
        trial.suggest_float("lr", 0.001, 0.1)
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)
        except KeyboardInterrupt:
            raise RuntimeError("the store failed while the run was ended") from None
        return 0.0

    with signals.handling(), pytest.raises(RuntimeError):
        run_claimed(study, storage, claimed.trial_id, objective, 1)
    first, retry = study.get_trials()
    assert first.state == TrialState.FAIL
    assert retry.state == TrialState.WAITING and retry.system_attrs["failed_trial"] == 0
    assert retry.params == first.params


@pytest.mark.parametrize("nth", [1, 4])
def test_an_interrupt_inside_a_storage_call_lands_after_it(tmp_path: Path, nth: int) -> None:
    """SIGTERM right after a statement of ``trial.report``'s transaction. Optuna's plain
    RDBStorage let the KeyboardInterrupt cut the transaction: SQLite stayed locked, the
    bookkeeping failed ("database is locked") and the trial was left RUNNING (the CI failure
    of the SIGKILL sweep test). Now the report is written whole and the interrupt lands after."""
    storage = WholeCallsRDBStorage(f"sqlite:///{tmp_path / 'optuna.db'}", engine_kwargs={"connect_args": {"timeout": 2}})
    study = optuna.create_study(study_name="s", storage=storage, direction="maximize")
    trial = study.ask({"lr": FloatDistribution(0.001, 0.1)})
    statements = [0]

    def interrupt(*args: Any) -> None:
        statements[0] += 1
        if statements[0] == nth:
            os.kill(os.getpid(), signal.SIGTERM)

    sqlalchemy.event.listen(storage.engine, "after_cursor_execute", interrupt)
    reported = []
    with signals.handling(), pytest.raises(signals.Interrupted):
        try:
            for step in range(3):
                trial.report(0.5, step)
                reported.append(step)
        except KeyboardInterrupt:
            sqlalchemy.event.remove(storage.engine, "after_cursor_execute", interrupt)
            fail_claimed(study, storage, trial._trial_id, retry=True)
            raise
    done = storage.get_trial(trial._trial_id)
    assert done.state == TrialState.FAIL
    assert sorted(done.intermediate_values) == [*reported, len(reported)]  # the cut report is written
    (retry,) = [t for t in study.get_trials() if t.system_attrs.get("failed_trial") == done.number]
    assert retry.state == TrialState.WAITING


def test_whole_calls_run_to_their_end_and_only_the_main_thread_defers() -> None:
    log: list[str] = []

    class Store:
        def write(self) -> None:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)  # the handler would run here
            log.append("written")

    store = signals.WholeCalls(Store())
    with pytest.raises(signals.Interrupted), signals.handling():
        store.write()
    assert log == ["written"]
    assert copy.copy(signals.WholeCalls([1, 2, 1])).count(1) == 2  # copy/pickle: no __getattr__ recursion
    outside: list[int] = []
    thread = threading.Thread(target=signals.whole(lambda: outside.append(signals._state["defer"])))
    thread.start()
    thread.join()
    assert outside == [0]  # a heartbeat thread's storage calls never defer the main thread's signals


def test_ctrl_c_while_waiting_for_the_storage_lock_stops_the_wait_holding_nothing(tmp_path: Path) -> None:
    """StorageLock's enter runs whole (an interrupt never leaves the lock half-taken), but a
    Ctrl-C while another process holds it stops the wait at once instead of waiting it out."""
    url = f"sqlite:///{tmp_path / 'optuna.db'}"
    holder, waiter = StorageLock(url), StorageLock(url, timeout=60)
    with holder:
        threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGTERM)).start()
        t0 = time.monotonic()
        with pytest.raises(signals.Interrupted), signals.handling(), waiter:
            raise AssertionError("entered a lock another holder has")
        assert time.monotonic() - t0 < 30 and waiter._file is None and waiter._depth == 0
    with waiter:  # released by the holder: the waiter takes it normally
        assert waiter._depth == 1


# ---- real sweeps ---------------------------------------------------------------------------


def _args(runs: Path, sp: Path, n_jobs: int) -> list[str]:
    # Several rounds, so that a trial is caught between two of them.
    return ["sweep", "--dataset", "eurosat", "--budget", "smoke", "--max-train", "400", "--rounds", "8",
            "--trials", "4", "--pruner", "none", "--quiet", "--n-jobs", str(n_jobs), "--runs-dir", str(runs),
            "--spaces-dir", str(sp)]


ENV = {"FBLBENCH_HEARTBEAT_INTERVAL": "1", "FBLBENCH_HEARTBEAT_GRACE": "3"}


def _mid_trials(runs: Path) -> list[int]:
    """Numbers of the RUNNING trials that reported a round. Read-only SQL: opening the
    storage with Optuna while the sweep creates it would race its schema set-up."""
    try:
        with sqlite3.connect(f"file:{runs / 'optuna.db'}?mode=ro", uri=True, timeout=1) as db:
            rows = db.execute(
                "SELECT t.number FROM trials t JOIN studies s ON s.study_id = t.study_id "
                "WHERE s.study_name = ? AND t.state = 'RUNNING' AND EXISTS "
                "(SELECT 1 FROM trial_intermediate_values v WHERE v.trial_id = t.trial_id)", (STUDY,))
            return [n for (n,) in rows]
    except sqlite3.Error:  # not created yet, or busy: look again
        return []


def _start_and_wait_mid_trial(args: list[str], runs: Path, running: int) -> tuple[subprocess.Popen[str], list[int]]:
    """Start the sweep; return once ``running`` trials are between two rounds."""
    proc = subprocess.Popen([sys.executable, "-m", "fblbench", *args], env=cli_env(**ENV), text=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 400
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        mid = _mid_trials(runs)
        if len(mid) >= running:
            return proc, mid
    proc.kill()
    proc.wait(timeout=60)
    raise AssertionError(f"never saw {running} trial(s) mid-way; stderr: {proc.stderr.read() if proc.stderr else ''}")


def _workers(parent: int) -> list[int]:
    """The spawned worker processes of ``parent`` (multiprocessing's spawn_main)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == parent and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_gone(pids: list[int]) -> list[int]:
    """The pids still alive after a generous wait (an empty list when all exited)."""
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.2)
    return [p for p in pids if _alive(p)]


def _assert_interrupted_and_retried(runs: Path, mid: list[int], proc: subprocess.Popen[str]) -> list[FrozenTrial]:
    """No trial RUNNING; each interrupted one FAIL with a WAITING retry of the same params;
    no trial MLflow run RUNNING, the interrupted ones KILLED. A failure shows what the sweep
    and its workers printed (their stderr is the sweep's)."""
    try:
        return _check_interrupted_and_retried(runs, mid)
    except AssertionError as e:
        raise AssertionError(f"{e}\nstderr of the sweep and its workers:\n{proc.stderr.read() if proc.stderr else ''}") from e


def _check_interrupted_and_retried(runs: Path, mid: list[int]) -> list[FrozenTrial]:
    trials = load(runs, STUDY).get_trials()
    assert not [t.number for t in trials if t.state == TrialState.RUNNING]
    failed = [t for t in trials if t.state == TrialState.FAIL]
    # Trials that finished meanwhile are COMPLETE; their worker may have claimed the next slot
    # before the signal came (numbered above every trial seen mid-way): that one is interrupted too.
    assert failed and all(t.number in mid or t.number > max(mid) for t in failed), ([t.number for t in failed], mid)
    for t in failed:
        retries = [r for r in trials if r.system_attrs.get("failed_trial") == t.number]
        assert len(retries) == 1, f"interrupted trial {t.number} has {len(retries)} retries, not 1"
        retry = retries[0]
        assert retry.state == TrialState.WAITING and retry.params == t.params
    logged = runs_of(runs, EXPERIMENT, "trial")
    assert not [r.data.tags["fblbench.trial_number"] for r in logged if r.info.status == "RUNNING"]
    statuses = {int(r.data.tags["fblbench.trial_number"]): r.info.status for r in logged}
    for t in failed:
        assert statuses.get(t.number) in (None, "KILLED"), (t.number, statuses)  # None: stopped before logging
    assert any(statuses.get(t.number) == "KILLED" for t in failed)
    return trials


def test_sigterm_to_an_n_jobs_2_sweep_stops_every_worker_and_queues_retries(tmp_path: Path,
                                                                            data_dir: Path) -> None:
    runs = tmp_path / "runs"
    proc, mid = _start_and_wait_mid_trial(_args(runs, spaces(tmp_path / "sp", fedavg="{}\n"), 2), runs, 2)
    workers = _workers(proc.pid)
    assert len(workers) == 2
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(timeout=300)
    assert proc.returncode == 143, proc.stderr.read() if proc.stderr else ""
    assert _wait_gone(workers) == []
    _assert_interrupted_and_retried(runs, mid, proc)
    (sweep,) = runs_of(runs, EXPERIMENT, "sweep")
    assert sweep.info.status == "KILLED"


def test_sigkill_to_an_n_jobs_2_sweep_takes_its_workers_along(tmp_path: Path, data_dir: Path) -> None:
    runs = tmp_path / "runs"
    proc, mid = _start_and_wait_mid_trial(_args(runs, spaces(tmp_path / "sp", fedavg="{}\n"), 2), runs, 2)
    workers = _workers(proc.pid)
    assert len(workers) == 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    # The orphaned workers get SIGTERM (PR_SET_PDEATHSIG, or their parent watch) and record their trials.
    assert _wait_gone(workers) == []
    _assert_interrupted_and_retried(runs, mid, proc)


def test_sigterm_single_process_then_rerun_runs_the_retry_first(tmp_path: Path, data_dir: Path) -> None:
    runs = tmp_path / "runs"
    args = _args(runs, spaces(tmp_path / "sp", fedavg="{}\n"), 1)
    proc, mid = _start_and_wait_mid_trial(args, runs, 1)
    os.kill(proc.pid, signal.SIGTERM)
    proc.wait(timeout=300)
    assert proc.returncode == 143  # 128 + SIGTERM
    before = _assert_interrupted_and_retried(runs, mid, proc)
    (sweep,) = runs_of(runs, EXPERIMENT, "sweep")
    assert sweep.info.status == "KILLED"
    waiting = [t.number for t in before if t.state == TrialState.WAITING]
    (retry,) = [t for t in before if "failed_trial" in t.system_attrs]

    again = fblbench(args, env=cli_env(**ENV))
    assert again.returncode == 0, again.stderr
    trials = load(runs, STUDY).get_trials()
    assert sum(t.state == TrialState.COMPLETE for t in trials) == 4
    started = sorted((trials[n].datetime_start, n) for n in waiting)
    assert started[0][1] == retry.number  # the interrupted configuration ran first
    assert trials[retry.number].state == TrialState.COMPLETE
