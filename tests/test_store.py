"""The local MLflow store is created atomically: a command killed while creating it, a
half-migrated file left by an older version, and two first commands at once all leave a
store the next command opens (issue 10, item 1)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from mlflow.tracking import MlflowClient

from fblbench.tracking.mlflow_log import Tracker
from fblbench.tracking.store import ensure_sqlite_store, store_state
from tests.study_helpers import REPO, cli_env


def _half_migrated(path: Path) -> None:
    """What ``kill -9`` during MLflow's in-place migrations leaves: the first tables, an
    old alembic revision and a batch-migration table that never got renamed."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE experiments (experiment_id INTEGER PRIMARY KEY, name VARCHAR(256))")
        db.execute("CREATE TABLE runs (run_uuid VARCHAR(32) PRIMARY KEY, experiment_id INTEGER)")
        db.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        db.execute("INSERT INTO alembic_version VALUES ('2b4d017a5e9b')")
        db.execute("CREATE TABLE _alembic_tmp_runs (run_uuid VARCHAR(32))")


def test_half_migrated_store_without_runs_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "mlflow.db"
    _half_migrated(path)
    tracker = Tracker(f"sqlite:///{path}")
    tracker.check()
    exp = tracker.experiment("e")
    run = tracker.start_run(exp, "r", {"k": "v"})
    run.end()
    assert [r.info.status for r in tracker.find_runs(exp, "")] == ["FINISHED"]
    with sqlite3.connect(path) as db:
        assert not db.execute("SELECT name FROM sqlite_master WHERE name LIKE '_alembic_tmp_%'").fetchall()


def test_find_runs_returns_every_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """MLflow returns at most a page of runs a call: past it, orphans would stay RUNNING and a
    retired study keep runs under its old name. find_runs pages through all of them."""
    from fblbench.tracking import mlflow_log

    tracker = Tracker(f"sqlite:///{tmp_path / 'mlflow.db'}")
    exp = tracker.experiment("e")
    for i in range(5):
        tracker.start_run(exp, f"r{i}", {"k": "v"}).end()
    monkeypatch.setattr(mlflow_log, "SEARCH_PAGE", 2)
    assert sorted(r.info.run_name for r in tracker.find_runs(exp, "tags.k = 'v'")) == [f"r{i}" for i in range(5)]


def test_out_of_date_store_with_runs_is_never_touched(tmp_path: Path) -> None:
    path = tmp_path / "mlflow.db"
    _half_migrated(path)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO runs VALUES ('abc', 0)")
    before = path.read_bytes()
    assert store_state(path) == "incomplete"
    assert ensure_sqlite_store(path) is False
    assert path.read_bytes() == before  # MLflow, not fblbench, tells the user to upgrade it


def test_two_first_commands_create_the_store_at_once(tmp_path: Path) -> None:
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    code = ("import sys; from fblbench.tracking.mlflow_log import Tracker; t = Tracker(sys.argv[1]); t.check(); "
            "e = t.experiment('shared'); t.start_run(e, sys.argv[2], {}).end(); print('ok')")
    procs = [subprocess.Popen([sys.executable, "-c", code, uri, name], cwd=REPO, env=cli_env(), text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for name in ("a", "b")]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err[-2000:] for _, err in outs]
    c = MlflowClient(uri)
    exp = c.get_experiment_by_name("shared")
    assert exp is not None
    assert sorted(r.info.run_name for r in c.search_runs([exp.experiment_id])) == ["a", "b"]
