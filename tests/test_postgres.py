"""Two workers on one PostgreSQL study, as two machines would run it.

Needs a PostgreSQL server: ``FBLBENCH_TEST_POSTGRES_URL`` names a database on it
whose user may create databases (``.ci/run`` starts one). The test creates two fresh
databases (the Optuna storage and the MLflow store) and drops them afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import optuna
import pytest
from mlflow.tracking import MlflowClient
from optuna.trial import TrialState

from fblbench.tuning.database import database_url
from tests.study_helpers import TINY, cli_env, spaces

URL_ENV = "FBLBENCH_TEST_POSTGRES_URL"
pytestmark = pytest.mark.postgres


@pytest.fixture
def databases() -> Iterator[tuple[str, str]]:
    url = os.environ.get(URL_ENV)
    if not url:
        pytest.skip(f"{URL_ENV} is not set: no PostgreSQL server to test against (.ci/run starts one)")
    import sqlalchemy

    admin = sqlalchemy.create_engine(database_url(url), isolation_level="AUTOCOMMIT",
                                     poolclass=sqlalchemy.pool.NullPool)
    tag = uuid.uuid4().hex[:8]
    names = [f"fbl_optuna_{tag}", f"fbl_mlflow_{tag}"]
    base = database_url(url).rsplit("/", 1)[0]
    with admin.connect() as conn:
        for n in names:
            conn.execute(sqlalchemy.text(f'CREATE DATABASE "{n}"'))
    try:
        yield f"{base}/{names[0]}", f"{base}/{names[1]}"
    finally:
        with admin.connect() as conn:
            for n in names:
                conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)'))
        admin.dispose()


def test_two_workers_share_one_postgres_study_exactly(databases: tuple[str, str], tmp_path: Path,
                                                      data_dir: Path) -> None:
    optuna_url, mlflow_url = databases
    sp = spaces(tmp_path / "sp", fedavg="{}\n")
    trials = 6
    procs = []
    for i in range(2):  # two independent commands against brand-new databases, started together
        args = ["sweep", *[a for a in TINY if a != "--quiet"], "--trials", str(trials), "--storage", optuna_url,
                "--mlflow-uri", mlflow_url, "--runs-dir", str(tmp_path / f"worker{i}"), "--spaces-dir", str(sp)]
        procs.append(subprocess.Popen([sys.executable, "-m", "fblbench", *args], env=cli_env(),
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err

    study = optuna.load_study(study_name="eurosat-dir0.1-fedavg", storage=optuna_url)
    got = study.get_trials()
    assert len(got) == trials and [t.state for t in got] == [TrialState.COMPLETE] * trials
    assert [t.number for t in got] == list(range(trials))
    # each trial ran once, in one of the two workers (their progress lines name it)
    ran = [sum(f"(#{n}) round 1/1" in out for out, _ in outs) for n in range(trials)]
    assert ran == [1] * trials
    per_worker = [out.count(" round 1/1 ") for out, _ in outs]
    assert sum(per_worker) == trials and min(per_worker) >= 1, per_worker  # both really worked

    client = MlflowClient(mlflow_url)
    exp = client.get_experiment_by_name("fblbench/eurosat-dir0.1")
    assert exp is not None
    runs = client.search_runs([exp.experiment_id], max_results=100)
    parents = [r for r in runs if r.data.tags.get("fblbench.kind") == "sweep"]
    logged = [r for r in runs if r.data.tags.get("fblbench.kind") == "trial"]
    assert len(parents) == 1
    assert sorted(int(r.data.tags["fblbench.trial_number"]) for r in logged) == list(range(trials))
    assert all(r.info.status == "FINISHED" and r.data.tags["mlflow.parentRunId"] == parents[0].info.run_id
               for r in logged)
