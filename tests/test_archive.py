"""``fblbench archive save|load``: a runs dir's stores as SQL text, loaded into a new runs dir
elsewhere, where the sweep reads its finished trials back instead of training them again."""

from __future__ import annotations

from pathlib import Path

import pytest

from fblbench.cli import main
from fblbench.tracking.archive import RUNS_DIR_TOKEN
from tests.study_helpers import TINY, load, runs_of, spaces

EXPERIMENT = "fblbench/eurosat-dir0.1"
STUDY = "eurosat-dir0.1-fedavg"


def test_an_archive_round_trips_and_a_sweep_resumes_from_it(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    first, second, folder = tmp_path / "a" / "runs", tmp_path / "b" / "runs", tmp_path / "archive"
    sp = spaces(tmp_path / "spaces", fedavg="{}\n")
    sweep = ["sweep", *TINY, "--methods", "fedavg", "--threads", "1", "--n-jobs", "1", "--trials", "2",
             "--spaces-dir", str(sp)]
    assert main([*sweep, "--runs-dir", str(first)]) == 0
    assert main(["archive", "save", str(folder), "--runs-dir", str(first)]) == 0
    mlflow_sql = (folder / "mlflow.sql").read_text()
    assert str(first.resolve()) not in mlflow_sql and RUNS_DIR_TOKEN in mlflow_sql  # portable

    assert main(["archive", "load", str(folder), "--runs-dir", str(second)]) == 0
    before = [(t.number, t.state, t.value, t.params) for t in load(first, STUDY).trials]
    assert [(t.number, t.state, t.value, t.params) for t in load(second, STUDY).trials] == before
    runs = {r.info.run_id: r for r in runs_of(second, EXPERIMENT)}
    assert {r.info.run_id: r.data.metrics for r in runs_of(first, EXPERIMENT)} == \
        {k: r.data.metrics for k, r in runs.items()}
    assert all(r.info.artifact_uri.startswith((second.resolve() / "mlartifacts").as_uri()) for r in runs.values())

    # Saved again from the loaded copy: the same text, byte for byte.
    again = tmp_path / "again"
    assert main(["archive", "save", str(again), "--runs-dir", str(second)]) == 0
    for name in ("optuna.sql", "mlflow.sql"):
        assert (again / name).read_text() == (folder / name).read_text()

    # The same sweep on the loaded runs dir has nothing left to train.
    capsys.readouterr()
    assert main([*sweep, "--runs-dir", str(second)]) == 0
    assert len(load(second, STUDY).trials) == 2
    assert set(r.info.run_id for r in runs_of(second, EXPERIMENT)) == set(runs)


def test_archive_refusals_name_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["archive", "save", str(tmp_path / "out"), "--runs-dir", str(empty)]) == 2
    assert "no stores in" in capsys.readouterr().err
    assert main(["archive", "load", str(empty), "--runs-dir", str(tmp_path / "new")]) == 2
    assert "holds no fblbench archive" in capsys.readouterr().err
    assert not (tmp_path / "new" / "optuna.db").exists()

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "optuna.sql").write_text("CREATE TABLE t(x);\n")
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "optuna.db").write_bytes(b"")
    assert main(["archive", "load", str(folder), "--runs-dir", str(taken)]) == 2
    err = capsys.readouterr().err
    assert "already has optuna.db" in err and "new --runs-dir" in err and "Traceback" not in err
    assert (taken / "optuna.db").read_bytes() == b""  # untouched

    (folder / "optuna.sql").write_text("CREATE TABLE t(x);\nnot sql at all;\n")
    assert main(["archive", "load", str(folder), "--runs-dir", str(tmp_path / "fresh")]) == 2
    assert "is not a valid archive" in capsys.readouterr().err
    assert not (tmp_path / "fresh" / "optuna.db").exists()
    assert not [p for p in (tmp_path / "fresh").iterdir() if p.name.startswith(".")]  # no temp file left
