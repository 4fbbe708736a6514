"""Issue 10, item 9: one run-and-log path for ``fblbench run``, sweep trials and compare
reruns; Optuna's public API only; ``--n-jobs`` workers report outages with their status;
``fblbench run`` stops cleanly on SIGTERM."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import psycopg2
import pytest
import sqlalchemy.exc

import fblbench
from fblbench.cli import main
from fblbench.errors import EXIT_DATABASE_LOST, EXIT_DISK_FULL, FblbenchError, OutageError
from fblbench.tuning import workers
from fblbench.tuning.plan import SweepConfig
from tests.study_helpers import TINY, cli_env, client, runs_of, spaces

EXPERIMENT = "fblbench/eurosat-dir0.1"
# Kind-specific tags and params; everything else is the same for the three kinds of run.
OWN_TAGS = {"fblbench.kind", "fblbench.study", "fblbench.trial_number", "fblbench.seed", "mlflow.parentRunId",
            "mlflow.runName", "mlflow.user", "mlflow.source.name", "mlflow.source.type", "mlflow.source.git.commit"}
OWN_PARAMS = {"best_trial"}


def _layout(run: Any) -> tuple[set[str], set[str], set[str]]:
    return (set(run.data.params) - OWN_PARAMS, set(run.data.metrics),
            set(run.data.tags) - OWN_TAGS)


def test_run_trial_and_compare_runs_have_the_same_layout(tmp_path: Path, data_dir: Path, cache_dir: Path) -> None:
    runs = tmp_path / "runs"
    common = [*TINY, "--runs-dir", str(runs), "--cache-dir", str(cache_dir)]
    sp = spaces(tmp_path / "sp", fedavg="{}\n")
    assert main(["sweep", *common, "--trials", "1", "--spaces-dir", str(sp)]) == 0  # trial 0: the defaults
    assert main(["compare", "--dataset", "eurosat", "--methods", "fedavg", "--reference", "fedavg", "--seeds", "1",
                 "--runs-dir", str(runs), "--cache-dir", str(cache_dir), "--no-reuse", "--quiet"]) == 0
    assert main(["run", *[a for a in common if a != "--quiet"]]) == 0
    (trial,) = runs_of(runs, EXPERIMENT, "trial")
    (rerun,) = runs_of(runs, EXPERIMENT, "compare")
    (run,) = runs_of(runs, EXPERIMENT, "run")
    for r in (trial, rerun, run):
        assert r.info.status == "FINISHED" and r.data.tags["fblbench.state"] == "complete"
        assert r.data.tags["fblbench.method"] == "fedavg" and r.data.params["method.name"] == "fedavg"
        assert {"final_val_acc", "best_val_acc", "final_test_acc", "train_seconds", "val_acc"} <= set(r.data.metrics)
    assert _layout(trial) == _layout(rerun) == _layout(run)
    assert rerun.data.params["best_trial"] == "0"
    # Same configuration: the defaults of trial 0 are what `fblbench run` uses.
    for key in ("train.lr", "train.rounds", "train.seed", "data.partition_seed", "train.local_epochs"):
        assert trial.data.params[key] == rerun.data.params[key] == run.data.params[key], key
    history = client(runs).get_metric_history(rerun.info.run_id, "val_acc")  # compare reruns log every round
    assert [m.step for m in history] == [1]


def test_two_fblbench_run_at_once_on_a_new_runs_dir(tmp_path: Path, data_dir: Path, cache_dir: Path) -> None:
    runs = tmp_path / "runs"
    tiny = [a for a in TINY if a != "--quiet"]  # run has no --quiet
    args = [sys.executable, "-m", "fblbench", "run", *tiny, "--runs-dir", str(runs), "--cache-dir", str(cache_dir)]
    env = cli_env(OMP_NUM_THREADS="1")
    procs = [subprocess.Popen([*args, "--seed", str(s)], env=env, text=True, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE) for s in (1, 2)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert "logged to MLflow" in out
    logged = runs_of(runs, EXPERIMENT, "run")
    assert len(logged) == 2 and all(r.info.status == "FINISHED" for r in logged)


def test_sigterm_ends_fblbench_run_as_killed(tmp_path: Path, data_dir: Path, cache_dir: Path) -> None:
    runs = tmp_path / "runs"
    proc = subprocess.Popen(
        [sys.executable, "-m", "fblbench", "run", "--dataset", "eurosat", "--budget", "smoke", "--max-train", "400",
         "--rounds", "40", "--runs-dir", str(runs), "--cache-dir", str(cache_dir)],
        env=cli_env(OMP_NUM_THREADS="1"), text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    for line in proc.stdout:  # the run is logging rounds: stop it mid-way
        if line.startswith("round   1/"):
            break
    else:
        pytest.fail(f"no round printed; stderr: {proc.stderr.read() if proc.stderr else ''}")
    os.kill(proc.pid, signal.SIGTERM)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert "interrupted; run the same command again to start it over" in err and "Traceback" not in err
    (run,) = runs_of(runs, EXPERIMENT, "run")
    assert run.info.status == "KILLED"
    assert run.data.tags["fblbench.state"] == "failed" and "SIGTERM" in run.data.tags["fblbench.failure"]


def test_a_run_whose_process_was_sigkilled_is_ended_by_the_next_command(
        tmp_path: Path, data_dir: Path, cache_dir: Path) -> None:
    """SIGKILL (or the OOM killer, or a machine that stops) gives a run no chance to end
    itself: compare reruns killed with the session stayed RUNNING in the store for days. The
    next command that opens the experiment ends it KILLED and says why."""
    runs = tmp_path / "runs"
    args = ["run", "--dataset", "eurosat", "--budget", "smoke", "--max-train", "400", "--runs-dir", str(runs),
            "--cache-dir", str(cache_dir)]
    proc = subprocess.Popen([sys.executable, "-m", "fblbench", *args, "--rounds", "40"],
                            env=cli_env(OMP_NUM_THREADS="1"), text=True, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("round   1/"):
            break
    else:
        pytest.fail(f"no round printed; stderr: {proc.stderr.read() if proc.stderr else ''}")
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)
    (left,) = runs_of(runs, EXPERIMENT, "run")
    assert left.info.status == "RUNNING"  # as the kill left it

    again = subprocess.run([sys.executable, "-m", "fblbench", *args, "--rounds", "1"],
                           env=cli_env(OMP_NUM_THREADS="1"), text=True, capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr
    status = {r.info.run_id: r for r in runs_of(runs, EXPERIMENT, "run")}
    killed = status[left.info.run_id]
    assert killed.info.status == "KILLED" and killed.data.tags["fblbench.state"] == "failed"
    assert f"process {proc.pid} on" in killed.data.tags["fblbench.failure"]
    assert "ended without ending the run" in killed.data.tags["fblbench.failure"]
    assert sorted(r.info.status for r in status.values()) == ["FINISHED", "KILLED"]


def test_no_private_optuna_attributes_in_fblbench() -> None:
    """study._storage, trial._trial_id, ... change without notice between Optuna versions."""
    private = re.compile(r"\.(_storage|_trial_id|_study_id|_cached_frozen_trial|_suggest)\b")
    found = []
    for path in Path(fblbench.__file__).parent.rglob("*.py"):
        for n, line in enumerate(path.read_text().splitlines(), 1):
            if private.search(line):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert not found, found


# ---- --n-jobs workers and outages (simulated, as tests/test_bad_inputs.py does for one process) ----


def _lost_connection() -> BaseException:
    orig = psycopg2.OperationalError("server closed the connection unexpectedly")
    return sqlalchemy.exc.OperationalError("UPDATE trials SET ...", {}, orig)


@pytest.mark.parametrize(("failure", "status", "text"), [
    (_lost_connection, EXIT_DATABASE_LOST, "worker 1: error: lost the connection to the database"),
    (lambda: OSError(28, "No space left on device", "/runs/optuna.db"), EXIT_DISK_FULL,
     "worker 1: error: no space left on device writing /runs/optuna.db"),
])
def test_a_worker_that_lost_the_database_exits_with_its_status(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str],
                                                              failure: Any, status: int, text: str) -> None:
    logger = logging.getLogger("mlflow.store.db.utils")
    for f in list(logger.filters):
        logger.removeFilter(f)

    def loses_it(*a: Any, **kw: Any) -> int:
        raise failure()

    monkeypatch.setattr(workers, "run_worker", loses_it)
    monkeypatch.setattr(workers.signals, "watch_parent", lambda pid: None)
    with pytest.raises(SystemExit) as e:
        workers.worker_main(SweepConfig(trials=1), {}, 1, os.getppid())
    assert e.value.code == status
    err = capsys.readouterr().err
    assert "Traceback" not in err
    (line,) = err.splitlines()
    assert line.startswith(text)
    assert logger.filters  # MLflow's logged tracebacks of an outage are dropped in the worker too


def test_the_parent_reports_the_workers_outage_status() -> None:
    workers.check_exit_codes([0, 0])
    with pytest.raises(OutageError) as lost:
        workers.check_exit_codes([EXIT_DATABASE_LOST, EXIT_DATABASE_LOST])
    assert lost.value.exit_code == EXIT_DATABASE_LOST and "0 (exit code 3), 1 (exit code 3)" in str(lost.value)
    with pytest.raises(OutageError) as full:
        workers.check_exit_codes([0, EXIT_DISK_FULL])
    assert full.value.exit_code == EXIT_DISK_FULL
    for mixed in ([EXIT_DATABASE_LOST, EXIT_DISK_FULL], [EXIT_DATABASE_LOST, 1], [2, 0]):
        with pytest.raises(FblbenchError) as other:
            workers.check_exit_codes(mixed)
        assert not isinstance(other.value, OutageError), mixed


def test_sweep_exit_status_after_sigterm_is_143_with_tables(tmp_path: Path, data_dir: Path, cache_dir: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A SIGTERM-derived interrupt on the second trial: exit 128 + 15, the first trial's
    completion line with the study's progress, and the summary table of the trials so far."""
    import fblbench.tuning.study as study_mod
    from fblbench.tuning import signals

    real = study_mod.run_claimed
    calls = []

    def stopped_on_the_second(*a: Any, **kw: Any) -> Any:
        calls.append(1)
        if len(calls) == 2:
            raise signals.Interrupted(signal.SIGTERM)
        return real(*a, **kw)

    monkeypatch.setattr(study_mod, "run_claimed", stopped_on_the_second)
    argv = ["sweep", *[a for a in TINY if a != "--quiet"], "--trials", "3", "--runs-dir", str(tmp_path / "runs"),
            "--cache-dir", str(cache_dir), "--spaces-dir", str(spaces(tmp_path / "sp", fedavg="{}\n"))]
    assert main(argv) == 143
    out = capsys.readouterr().out
    done = [ln for ln in out.splitlines() if " complete: " in ln]
    assert len(done) == 1 and done[0].startswith("[eurosat-dir0.1-fedavg] trial 1/3 (#0) complete: val ")
    assert "1/3 1 done, 0 pruned, 0 failed" in done[0] and "ETA" in done[0] and "| best " in done[0]
    assert "interrupted by SIGTERM: the trials so far" in out
    words = " ".join(out.split())  # rich wraps a long title over a narrow table
    assert "eurosat-dir0.1-fedavg: best trials (1 complete, 0 pruned, 1 failed)" in words
