"""``compare``'s reruns: an identical stored run is read back instead of trained again (the
best trial's own run, an earlier compare rerun), a changed setting is retrained, and
``--n-jobs 2`` gives the numbers of one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fblbench.cli import main
from fblbench.tracking import leaderboard as lb
from tests.study_helpers import TINY, runs_of, spaces

PROX = "mu: {type: float, low: 0.001, high: 1.0, log: true}\n"
EXPERIMENT = "fblbench/eurosat-dir0.1"


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    """fedavg and fedprox, one trial each (the defaults), 3 rounds on 1 thread."""
    root = tmp_path_factory.mktemp("reruns")
    runs = root / "runs"
    sp = spaces(root / "spaces", fedavg="{}\n", fedprox=PROX)
    assert main(["sweep", *TINY, "--rounds", "3", "--threads", "1", "--n-jobs", "1", "--trials", "1",
                 "--methods", "fedavg,fedprox", "--spaces-dir", str(sp), "--runs-dir", str(runs)]) == 0
    return runs


def _compare(runs: Path, board: Path, *extra: str) -> dict[str, dict[str, str]]:
    assert main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--reference", "fedavg", "--runs-dir", str(runs),
                 "--leaderboard-dir", str(board), "--quiet", *extra]) == 0
    return {r["method"]: r for r in lb.read_csv((board / "eurosat-dir0.1.csv").read_text(), "").rows}


def _numbers(rows: dict[str, dict[str, str]]) -> dict[str, tuple[str, str]]:
    return {m: (r["test_acc_per_seed"], r["val_slope_last"]) for m, r in rows.items()}


def test_the_best_trials_own_run_is_read_back_with_the_numbers_of_a_fresh_rerun(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fresh = _compare(swept, tmp_path / "fresh", "--seeds", "1", "--threads", "1", "--no-mlflow", "--no-reuse")
    assert "read back" not in capsys.readouterr().err
    read = _compare(swept, tmp_path / "read", "--seeds", "1", "--threads", "1", "--no-mlflow")
    assert "compare: 2 of 2 runs read back" in capsys.readouterr().err
    assert _numbers(read) == _numbers(fresh)
    assert all(float(r["test_acc_mean"]) > 0 for r in read.values())
    md = (tmp_path / "read" / "eurosat-dir0.1.md").read_text()
    assert "fedavg seed 0 (trial #0); fedprox seed 0 (trial #0)" in md
    assert "read back" not in (tmp_path / "fresh" / "eurosat-dir0.1.md").read_text()


def test_earlier_compare_reruns_are_read_back_and_a_changed_setting_is_trained_again(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runs = tmp_path / "runs"
    shutil.copytree(swept, runs)
    first = _compare(runs, tmp_path / "b1", "--seeds", "2", "--threads", "1")
    assert "compare: 2 of 4 runs read back" in capsys.readouterr().err  # seed 0: the trials
    assert len(runs_of(runs, EXPERIMENT, "compare")) == 2
    again = _compare(runs, tmp_path / "b2", "--seeds", "2", "--threads", "1")  # e.g. after an interrupt
    assert "compare: 4 of 4 runs read back" in capsys.readouterr().err
    assert _numbers(again) == _numbers(first)
    assert len(runs_of(runs, EXPERIMENT, "compare")) == 2
    assert "fedavg seed 1 (an earlier compare run)" in (tmp_path / "b2" / "eurosat-dir0.1.md").read_text()
    # Another thread count is another run: nothing matches, everything is trained.
    _compare(runs, tmp_path / "b3", "--seeds", "2", "--threads", "2")
    assert "read back" not in capsys.readouterr().err
    assert len(runs_of(runs, EXPERIMENT, "compare")) == 6


def test_two_worker_processes_give_the_numbers_of_one(swept: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    runs = tmp_path / "runs"
    shutil.copytree(swept, runs)
    one = _compare(runs, tmp_path / "one", "--seeds", "2", "--threads", "1", "--no-reuse", "--no-mlflow")
    two = _compare(runs, tmp_path / "two", "--seeds", "2", "--threads", "1", "--no-reuse", "--n-jobs", "2")
    assert "compare: 0 of 4 runs read back (identical runs already stored), 4 to train in 2 processes" \
        in capsys.readouterr().err
    assert _numbers(two) == _numbers(one)
    reruns = runs_of(runs, EXPERIMENT, "compare")
    (board,) = runs_of(runs, EXPERIMENT, "leaderboard")
    assert sorted((r.data.tags["fblbench.method"], r.data.tags["fblbench.seed"]) for r in reruns) == [
        ("fedavg", "0"), ("fedavg", "1"), ("fedprox", "0"), ("fedprox", "1")]
    assert all(r.info.status == "FINISHED" and r.data.tags["mlflow.parentRunId"] == board.info.run_id
               for r in reruns)
    assert "torch_threads 1" in (tmp_path / "two" / "eurosat-dir0.1.md").read_text()


def test_n_jobs_below_one_is_refused_before_any_work(swept: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--runs-dir", str(swept), "--n-jobs", "0",
                 "--leaderboard-dir", str(tmp_path)]) == 2
    assert "--n-jobs must be >= 1, but got 0" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_a_run_stored_on_other_kernels_is_trained_again(swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # The trials ran on this machine's ISA; on another (AVX2 vs AVX512, or a GPU) the same
    # settings can give other floats, as another thread count does: nothing is read back.
    from fblbench.tuning import runlog

    monkeypatch.setattr(runlog, "kernels", lambda device: "cpu OTHER-ISA")
    rows = _compare(swept, tmp_path / "other", "--seeds", "1", "--threads", "1", "--no-mlflow")
    assert "read back" not in capsys.readouterr().err
    assert all(float(r["test_acc_mean"]) > 0 for r in rows.values())
