"""Faults: a sweep killed mid-trial resumes (the interrupted trial's retry first), one killed
while creating the MLflow store too, a diverging trial fails cleanly, and an unreachable
MLflow server or database is reported before the first trial."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import optuna
import pytest
import sqlalchemy.exc
from optuna.trial import TrialState

from fblbench.cli import main
from fblbench.tuning import study as study_mod
from fblbench.tuning.coordination import (
    DEFAULT_ATTR,
    MAX_DEFAULT_TRIES,
    claim,
    enqueue_defaults,
    retry_same_params,
    top_up,
)
from fblbench.tuning.database import StorageLock
from tests.study_helpers import TINY, cli_env, fblbench, load, runs_of, spaces

STUDY = "eurosat-dir0.1-fedavg"


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends

def _running_after_complete(db: Path) -> int | None:
    """The number of a trial running with 1-8 rounds reported once another has completed, read
    from the SQLite store without creating anything in it (None: not yet, or no store yet)."""
    if not db.exists():
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)) as con:
            if not con.execute("SELECT 1 FROM trials WHERE state = 'COMPLETE'").fetchone():
                return None
            row = con.execute(
                "SELECT t.number FROM trials t JOIN trial_intermediate_values v ON v.trial_id = t.trial_id "
                "WHERE t.state = 'RUNNING' GROUP BY t.trial_id HAVING COUNT(*) BETWEEN 1 AND 8").fetchone()
    except sqlite3.Error:  # the tables are not there yet, or the store is busy: look again shortly
        return None
    return None if row is None else int(row[0])



def test_sigkill_mid_trial_then_rerun_retries_it(tmp_path: Path, data_dir: Path) -> None:
    runs = tmp_path / "runs"
    sp = spaces(tmp_path / "sp", fedavg="{}\n")
    # Enough rounds that a trial takes a few seconds (~0.1 s a round); heartbeats every second,
    # stale after 3. The kill comes while the trial is early (1-8 of 24 rounds reported), ~1.6 s
    # or more from its end, so it does not finish between our read of the store and the kill.
    args = ["sweep", "--dataset", "eurosat", "--budget", "smoke", "--max-train", "400", "--rounds", "24",
            "--trials", "3", "--pruner", "none", "--quiet", "--runs-dir", str(runs), "--spaces-dir", str(sp)]
    env = cli_env(FBLBENCH_HEARTBEAT_INTERVAL="1", FBLBENCH_HEARTBEAT_GRACE="3")
    proc = subprocess.Popen([sys.executable, "-m", "fblbench", *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    killed: int | None = None  # the number of the trial killed mid-way
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.1)
            # Read the store with plain read-only SQL while the sweep runs: opening it through
            # Optuna would create its schema, racing the sweep's own set-up of a new store (the
            # sweep then failed with "table ... already exists").
            found = _running_after_complete(runs / "optuna.db")
            if found is not None:
                os.kill(proc.pid, signal.SIGKILL)  # mid-trial: a round reported, more to come
                killed = found
                break
    finally:
        if proc.poll() is None and killed is None:
            proc.kill()
        proc.wait(timeout=60)
    assert killed is not None, f"never saw a running trial after a complete one; stderr: {proc.stderr.read()}"
    assert proc.returncode == -signal.SIGKILL
    stored = load(runs, STUDY).get_trials()[killed]  # as the kill left it
    assert stored.state == TrialState.RUNNING and len(stored.intermediate_values) < 24, stored

    # The killed run is left RUNNING in both stores until a worker notices the dead heartbeat.
    again = fblbench(args, env=env)
    assert again.returncode == 0, again.stderr

    trials = load(runs, STUDY).get_trials()
    states = [t.state for t in trials]
    assert states.count(TrialState.COMPLETE) == 3 and states.count(TrialState.FAIL) == 1 and len(trials) == 4
    failed = trials[killed]
    assert failed.state == TrialState.FAIL
    (retry,) = [t for t in trials if t.system_attrs.get("failed_trial") == killed]
    assert retry.state == TrialState.COMPLETE and retry.params == failed.params
    assert retry.number > killed
    # MLflow: the killed run FAILED, each complete trial exactly one FINISHED run.
    logged = runs_of(runs, "fblbench/eurosat-dir0.1", "trial")
    by_number: dict[int, list[str]] = {}
    for r in logged:
        by_number.setdefault(int(r.data.tags["fblbench.trial_number"]), []).append(r.info.status)
    assert by_number[killed] == ["FAILED"]
    for t in trials:
        if t.state == TrialState.COMPLETE:
            assert by_number[t.number] == ["FINISHED"], t.number
    assert len(logged) == 4
    (dead,) = [r for r in logged if int(r.data.tags["fblbench.trial_number"]) == killed]
    assert dead.data.tags["fblbench.state"] == "failed" and "heartbeat" in dead.data.tags["fblbench.failure"]
    (parent,) = runs_of(runs, "fblbench/eurosat-dir0.1", "sweep")
    assert parent.info.status == "FINISHED"


def _mid_migration(path: Path) -> bool:
    """A schema migration is half done in the file: SQLite cannot roll such a step back."""
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.05) as db:
            names = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
            return any(n.startswith("_alembic_tmp_") for (n,) in names)
    except sqlite3.Error:  # not there (yet) or busy: look again
        return False


def _complete_store(path: Path) -> bool:
    """The file exists and is at this MLflow's schema revision, with no half-done migration."""
    from mlflow.store.db.utils import _get_latest_schema_revision

    if not path.exists():
        return False
    with sqlite3.connect(path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or any(t.startswith("_alembic_tmp_") for t in tables):
            return False
        return db.execute("SELECT version_num FROM alembic_version").fetchone() == (_get_latest_schema_revision(),)


def _kill_mid_migration(args: list[str], runs: Path) -> bool:
    """Start the command and SIGKILL it while it migrates the new MLflow store (the real
    file before the fix, a temporary one after). False if no half-done step was seen."""
    proc = subprocess.Popen([sys.executable, "-m", "fblbench", *args], env=cli_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            files = [p for p in runs.glob("mlflow.db*") if not p.name.endswith((".lock", "-journal"))]
            if any(_mid_migration(p) for p in files):
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=60)
                return proc.returncode == -signal.SIGKILL
            time.sleep(0.01)
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=60)


def test_sweep_killed_while_creating_the_store_then_rerun_works(tmp_path: Path, data_dir: Path) -> None:
    sp = spaces(tmp_path / "sp", fedavg="{}\n")
    for attempt in range(3):  # a poll may miss every half-done step; start afresh then
        runs = tmp_path / f"runs{attempt}"
        args = ["sweep", *TINY, "--trials", "1", "--runs-dir", str(runs), "--spaces-dir", str(sp)]
        if _kill_mid_migration(args, runs):
            break
    else:
        pytest.fail("never caught the first command while it migrated the MLflow store")
    assert not _complete_store(runs / "mlflow.db")

    # The same command again: no "table _alembic_tmp_... already exists", no manual clean-up.
    assert main(args) == 0
    assert [t.state for t in load(runs, STUDY).get_trials()] == [TrialState.COMPLETE]
    assert [r.info.status for r in runs_of(runs, "fblbench/eurosat-dir0.1", "trial")] == ["FINISHED"]
    assert _complete_store(runs / "mlflow.db")
    assert not [p for p in runs.iterdir() if ".creating-" in p.name]  # the dead creator's temp file is gone


def test_diverging_trial_fails_cleanly_and_the_sweep_goes_on(tmp_path: Path, data_dir: Path) -> None:
    runs = tmp_path / "runs"
    huge = spaces(tmp_path / "huge", common="lr: {type: float, low: 1.0e+20, high: 1.0e+30, log: true}\n",
                  fedavg="{}\n")
    # --lr inside the huge range: trial 0 trains at the run's own lr (a range is widened to hold it otherwise).
    assert main(["sweep", *TINY, "--trials", "2", "--runs-dir", str(runs), "--spaces-dir", str(huge),
                 "--lr", "1e25"]) == 0
    trials = load(runs, STUDY).get_trials()
    assert [t.state for t in trials] == [TrialState.FAIL, TrialState.FAIL]
    assert all("non-finite" in t.user_attrs["fblbench_failure"] for t in trials)
    logged = runs_of(runs, "fblbench/eurosat-dir0.1", "trial")
    assert len(logged) == 2
    for r in logged:
        assert r.info.status == "FAILED" and r.data.tags["fblbench.state"] == "diverged"
        assert r.data.tags["fblbench.failure"]
    # Diverged trials count toward --trials (they are not retried); the study goes on.
    assert main(["sweep", *TINY, "--trials", "3", "--runs-dir", str(runs), "--spaces-dir", str(huge),
                 "--lr", "1e25"]) == 0
    trials = load(runs, STUDY).get_trials()
    assert [t.state for t in trials] == [TrialState.FAIL] * 3
    # Continuing it over a sane lr range would mix two searches (compare refuses such a study): refused at once.
    sane = spaces(tmp_path / "sane", fedavg="{}\n")
    assert main(["sweep", *TINY, "--trials", "4", "--runs-dir", str(runs), "--spaces-dir", str(sane)]) == 2
    assert len(load(runs, STUDY).get_trials()) == 3


def test_unreachable_mlflow_server_fails_before_any_trial(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    runs = tmp_path / "runs"
    port = _closed_port()
    t0 = time.monotonic()
    rc = main(["sweep", *TINY, "--trials", "1", "--runs-dir", str(runs), "--mlflow-uri", f"http://127.0.0.1:{port}"])
    err = capsys.readouterr().err
    assert rc == 2 and time.monotonic() - t0 < 30
    assert f"cannot reach the MLflow tracking store 'http://127.0.0.1:{port}'" in err
    assert not (runs / "optuna.db").exists()  # the Optuna storage got no study, no trial


def test_unreachable_storage_fails_before_any_trial(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runs = tmp_path / "runs"
    port = _closed_port()
    url = f"postgresql://fbl:secret@127.0.0.1:{port}/optuna"
    t0 = time.monotonic()
    rc = main(["sweep", *TINY, "--trials", "1", "--runs-dir", str(runs), "--storage", url])
    err = capsys.readouterr().err
    assert rc == 2 and time.monotonic() - t0 < 30
    assert f"cannot reach the Optuna storage 'postgresql+psycopg2://fbl:***@127.0.0.1:{port}/optuna'" in err
    assert "secret" not in err
    assert not (runs / "mlflow.db").exists()  # nothing written to the MLflow store either


def test_retry_of_an_interrupted_trial_is_claimed_before_new_slots(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'o.db'}"
    lock = StorageLock(url)
    storage = study_mod.make_storage(url)
    study = optuna.create_study(storage=storage, study_name="s")
    study.enqueue_trial({"x": 0.5})
    top_up(study, 4, lock)  # slots 0 (with params) and 1..3 (empty)
    first = claim(study, 4, lock, storage)
    assert first is not None and first[1] == 0
    trial = optuna.Trial(study, first[0])
    trial.suggest_float("x", 0.0, 1.0)
    study.tell(trial, state=TrialState.FAIL)  # Ctrl-C: FAIL, then the retry is queued last
    retry_same_params(study, study.get_trials()[0])
    retry = study.get_trials()[-1]
    assert retry.number == 4 and retry.state == TrialState.WAITING

    nxt = claim(study, 4, lock, storage)
    assert nxt is not None and nxt[1] == retry.number  # the retry, not new slot #1
    then = claim(study, 4, lock, storage)
    assert then is not None and then.number == 1  # then the oldest slot


def test_storage_opened_while_another_process_creates_its_schema_is_retried(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader (dashboard, script) that opens a new optuna.db at the instant the sweep
    creates it wins the schema row; the sweep's open then raises IntegrityError once and
    must open the now-complete store instead of failing (seen in CI under load)."""
    from fblbench.tuning import factories

    real = factories.WholeCallsRDBStorage
    calls: list[int] = []

    def racing(*a: object, **k: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            real(*a, **k)  # the other process: creates the schema ...
            raise sqlalchemy.exc.IntegrityError("INSERT INTO alembic_version", {}, Exception("UNIQUE"))
        return real(*a, **k)

    monkeypatch.setattr(factories, "WholeCallsRDBStorage", racing)
    monkeypatch.setattr(factories.time, "sleep", lambda s: None)
    storage = factories.make_storage(f"sqlite:///{tmp_path / 'optuna.db'}")
    monkeypatch.undo()
    assert len(calls) == 2 and isinstance(storage, real)
    assert optuna.create_study(storage=storage, study_name="s").study_name == "s"


def _open_at(url: str, start: float) -> str:
    from fblbench.tuning import factories

    while time.time() < start:
        pass
    try:
        factories.make_storage(url)
        return "ok"
    except Exception as e:  # reported, so that the assertion shows what failed
        return f"{type(e).__name__}: {e}"[:300]


def test_processes_creating_the_same_new_storage_at_once_all_open_it(tmp_path: Path) -> None:
    """The real race, not a simulation: 4 processes open each of 5 new optuna.db files in the
    same instant. Without the retry, 18 of 40 such opens failed ('table studies already
    exists' from SQLAlchemy's check-then-create, or the alembic_version row); one of them
    killed a sweep in CI when a test's watcher opened the store the sweep was creating."""
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(4) as pool:
        for i in range(5):
            start = time.time() + 0.5
            url = f"sqlite:///{tmp_path / f'optuna{i}.db'}"
            assert pool.starmap(_open_at, [(url, start)] * 4) == ["ok"] * 4


def test_the_end_of_sweep_table_says_why_trials_diverged() -> None:
    """SCAFFOLD's only trial diverged on eurosat-niid-recipe: its table had no row and no reason."""
    import io

    from optuna.distributions import FloatDistribution
    from optuna.trial import create_trial
    from rich.console import Console

    from fblbench.tuning.coordination import FAILURE_ATTR
    from fblbench.tuning.report import print_best_trials

    study = optuna.create_study(study_name="eurosat-dir0.5-scaffold", direction="maximize")
    study.add_trial(create_trial(params={"lr": 0.01}, distributions={"lr": FloatDistribution(0.001, 0.1)},
                                 state=TrialState.FAIL,
                                 user_attrs={FAILURE_ATTR: "client 0, round 11: the training loss became non-finite"}))
    study.add_trial(create_trial(params={"lr": 0.02}, distributions={"lr": FloatDistribution(0.001, 0.1)},
                                 state=TrialState.FAIL))  # a dead worker's: failed, not diverged
    out = io.StringIO()
    print_best_trials(study, console=Console(file=out, width=160))
    text = " ".join(out.getvalue().split())
    assert "best trials (0 complete, 0 pruned, 2 failed)" in text
    assert ("1 of the failed diverged (they count as trials); trial 0: client 0, round 11: the training loss became "
            "non-finite") in text


def test_a_method_whose_artifacts_fail_keeps_its_finished_trial(tmp_path: Path, data_dir: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from fblbench.method import FedAvg

    def broken(self: FedAvg, out_dir: Path) -> list[Path]:
        raise AttributeError("'fedavg' object has no attribute 'generator_provenance'")

    monkeypatch.setattr(FedAvg, "artifacts", broken)
    runs = tmp_path / "runs"
    assert main(["sweep", *TINY, "--trials", "1", "--runs-dir", str(runs)]) == 0
    [trial] = load(runs, STUDY).get_trials()
    assert trial.state == TrialState.COMPLETE and trial.user_attrs["fblbench_default"]
    [run] = runs_of(runs, "fblbench/eurosat-dir0.1", "trial")
    assert run.info.status == "FINISHED" and run.data.tags["fblbench.state"] == "complete"
    assert "generator_provenance" in run.data.tags["fblbench.artifacts_error"]
    assert "val_acc" in run.data.metrics
    assert "its artifacts were not all logged" in capsys.readouterr().err


def test_a_defaults_trial_failed_by_a_bug_is_refilled_with_the_defaults(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'o.db'}"
    lock = StorageLock(url)
    storage = study_mod.make_storage(url)
    study = optuna.create_study(storage=storage, study_name="s")
    enqueue_defaults(study, {"x": 0.25})

    def fail_next_by_a_bug(target: int) -> int:
        claimed = claim(study, target, lock, storage)
        assert claimed is not None
        trial = optuna.Trial(study, claimed.trial_id)
        trial.suggest_float("x", 0.0, 1.0)
        study.tell(trial, state=TrialState.FAIL)  # a bug: FAIL, no retry, the slot left empty
        return claimed.number

    assert fail_next_by_a_bug(2) == 0
    assert top_up(study, 2, lock) == 2
    waiting = [t for t in study.get_trials() if t.state == TrialState.WAITING]
    assert waiting[0].system_attrs["fixed_params"] == {"x": 0.25} and waiting[0].user_attrs[DEFAULT_ATTR]
    assert not waiting[1].system_attrs.get("fixed_params") and DEFAULT_ATTR not in waiting[1].user_attrs
    assert top_up(study, 3, lock) == 1  # a defaults trial waits: the new slot is the sampler's
    assert not study.get_trials()[-1].system_attrs.get("fixed_params")
    # Failing on every try: after MAX_DEFAULT_TRIES the refills are left to the sampler.
    lone = optuna.create_study(storage=storage, study_name="lone")
    study = lone
    enqueue_defaults(study, {"x": 0.25})
    for _ in range(MAX_DEFAULT_TRIES - 1):
        fail_next_by_a_bug(1)
        assert top_up(study, 1, lock) == 1
        assert study.get_trials()[-1].user_attrs[DEFAULT_ATTR]
    fail_next_by_a_bug(1)
    assert top_up(study, 1, lock) == 1
    last = study.get_trials()[-1]
    assert not last.system_attrs.get("fixed_params") and DEFAULT_ATTR not in last.user_attrs
