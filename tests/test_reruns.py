"""``compare``'s reruns: an identical stored run is read back instead of trained again (the
best trial's own run, an earlier compare rerun), a changed setting is retrained, and
``--n-jobs 2`` gives the numbers of one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fblbench.cli import main
from fblbench.tracking import board_view
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
    return {r["method"]: r for r in board_view.read_csv((board / "eurosat-dir0.1.csv").read_text(), "").rows}


def _numbers(rows: dict[str, dict[str, str]]) -> dict[str, tuple[str, str]]:
    return {m: (r["test_acc_per_seed"], r["val_slope_last"]) for m, r in rows.items()}


def test_the_best_trials_own_run_is_read_back_with_the_numbers_of_a_fresh_rerun(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fresh = _compare(swept, tmp_path / "fresh", "--seeds", "1", "--threads", "1", "--no-mlflow", "--no-reuse")
    assert "read back" not in capsys.readouterr().err
    read = _compare(swept, tmp_path / "read", "--seeds", "1", "--threads", "1", "--no-mlflow")
    shown = capsys.readouterr()
    assert "compare: 2 of 2 runs read back" in shown.err
    assert "fixed settings (every row" in shown.out  # the printed table says what every row trained with
    assert _numbers(read) == _numbers(fresh)
    assert all(float(r["test_acc_mean"]) > 0 for r in read.values())
    md = (tmp_path / "read" / "eurosat-dir0.1.md").read_text()
    assert "fedavg seed 0 (trial #0); fedprox seed 0 (trial #0)" in md
    fixed = next(x for x in md.splitlines() if x.startswith("**Fixed settings (every row"))
    assert "train.rounds=3, " in fixed and "train.clip_grad_norm=0.0" in fixed and "data.dataset=eurosat" in fixed
    assert not any(f"{k}=" in fixed for k in ("train.seed", "train.threads", "train.lr", "data.data_dir",
                                               "data.download"))  # the rerun's, searched, this machine's
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
    # --no-mlflow logs nothing, but reads the stored reruns back all the same.
    unlogged = _compare(runs, tmp_path / "b2n", "--seeds", "2", "--threads", "1", "--no-mlflow")
    assert "compare: 4 of 4 runs read back" in capsys.readouterr().err
    assert _numbers(unlogged) == _numbers(first)
    assert len(runs_of(runs, EXPERIMENT, "compare")) == 2 and len(runs_of(runs, EXPERIMENT, "leaderboard")) == 2
    # Another thread count is another run: nothing matches, everything is trained.
    _compare(runs, tmp_path / "b3", "--seeds", "2", "--threads", "2")
    assert "read back" not in capsys.readouterr().err
    assert len(runs_of(runs, EXPERIMENT, "compare")) == 6


def test_an_unlogged_compare_creates_no_store_and_trains_what_no_store_holds(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runs = tmp_path / "runs"
    shutil.copytree(swept, runs)
    (runs / "mlflow.db").unlink()
    rows = _compare(runs, tmp_path / "b1", "--seeds", "2", "--threads", "1", "--no-mlflow")
    assert "compare: 2 of 4 runs read back" in capsys.readouterr().err  # seed 0: the trials; seed 1 trained
    assert not (runs / "mlflow.db").exists() and all(r["seeds"] == "2" for r in rows.values())
    (runs / "mlflow.db").write_text("not a database")
    _compare(runs, tmp_path / "b2", "--seeds", "2", "--threads", "1", "--no-mlflow")
    err = capsys.readouterr().err
    assert "compare: earlier compare reruns not read back from the MLflow store: the MLflow store" in err
    assert "compare: 2 of 4 runs read back" in err and (runs / "mlflow.db").read_text() == "not a database"


# A training setting, and a method hyperparameter (fedprox's mu, at its default in trial 0), as a
# store written before fblbench had them records them: not at all.
NEWER = ["train.clip_grad_norm", "method.mu"]


@pytest.mark.parametrize("key", NEWER)
def test_a_rerun_stored_before_a_setting_existed_is_read_back_at_that_settings_default(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str) -> None:
    import sqlite3

    runs = tmp_path / "runs"
    shutil.copytree(swept, runs)
    first = _compare(runs, tmp_path / "b1", "--seeds", "2", "--threads", "1")
    capsys.readouterr()
    with sqlite3.connect(runs / "mlflow.db") as db:  # as an MLflow store written before the setting existed
        gone = db.execute("DELETE FROM params WHERE key = ?", (key,)).rowcount
    assert gone >= (2 if key.startswith("train.") else 1)
    again = _compare(runs, tmp_path / "b2", "--seeds", "2", "--threads", "1")
    assert "compare: 4 of 4 runs read back" in capsys.readouterr().err  # they trained without a clip, as now
    assert _numbers(again) == _numbers(first)


@pytest.mark.parametrize("key", NEWER)
def test_a_best_trial_recorded_before_a_setting_existed_is_read_back_at_that_settings_default(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str) -> None:
    import json
    import sqlite3

    runs = tmp_path / "runs"
    shutil.copytree(swept, runs)
    with sqlite3.connect(runs / "optuna.db") as db:  # as trials recorded before the setting existed
        rows = db.execute("SELECT trial_user_attribute_id, value_json FROM trial_user_attributes "
                          "WHERE key = 'config'").fetchall()
        for attr_id, text in rows:
            config = json.loads(text)
            config.pop(key, None)
            db.execute("UPDATE trial_user_attributes SET value_json = ? WHERE trial_user_attribute_id = ?",
                       (json.dumps(config), attr_id))
    assert len(rows) == 2
    _compare(runs, tmp_path / "b", "--seeds", "1", "--threads", "1", "--no-mlflow")
    assert "compare: 2 of 2 runs read back" in capsys.readouterr().err  # they trained without a clip, as now


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
    assert main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--runs-dir", str(swept), "--no-reuse",
                 "--reuse-other-machines", "--leaderboard-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "--reuse-other-machines reads stored runs back and --no-reuse trains every run again" in err
    assert "Traceback" not in err and not list(tmp_path.iterdir())


def test_a_run_stored_on_other_kernels_is_trained_again(swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # The trials ran on this machine's ISA; on another (AVX2 vs AVX512, or a GPU) the same
    # settings can give other floats, as another thread count does: nothing is read back.
    from fblbench.tuning import runlog

    monkeypatch.setattr(runlog, "kernels", lambda device: "cpu OTHER-ISA")
    rows = _compare(swept, tmp_path / "other", "--seeds", "1", "--threads", "1", "--no-mlflow")
    err = capsys.readouterr().err
    assert "runs read back" not in err
    assert ("compare: 2 run(s) to train are stored from another machine (fedavg seed 0, fedprox seed 0): "
            "--reuse-other-machines reads them back") in err
    assert all(float(r["test_acc_mean"]) > 0 for r in rows.values())
    assert {r["run_kernels"] for r in rows.values()} == {"0:cpu OTHER-ISA"}
    assert "read back with --reuse-other-machines" not in (tmp_path / "other" / "eurosat-dir0.1.md").read_text()


def test_runs_of_other_machines_are_read_back_on_request_and_the_table_names_each_runs_machine(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # A table grown over sessions on different CPU models: --reuse-other-machines reads the stored
    # runs back (their numbers, not a retrained run's) and says which run came from which kernels.
    from fblbench.tuning import runlog

    here = runlog.kernels("cpu")
    trials = _compare(swept, tmp_path / "trials", "--seeds", "1", "--threads", "1", "--no-mlflow")
    capsys.readouterr()
    monkeypatch.setattr(runlog, "kernels", lambda device: "cpu OTHER-ISA")
    rows = _compare(swept, tmp_path / "all", "--seeds", "1", "--threads", "1", "--no-mlflow", "--reuse-other-machines")
    assert "compare: 2 of 2 runs read back" in capsys.readouterr().err
    assert _numbers(rows) == _numbers(trials)
    assert {r["run_kernels"] for r in rows.values()} == {f"0:{here}"}
    md = (tmp_path / "all" / "eurosat-dir0.1.md").read_text()
    assert f"runs from another machine, read back with --reuse-other-machines: {here}: fedavg seed 0; fedprox seed 0." in md
    assert "torch_threads 1; runs trained on another machine: the note below." in md  # the machine line
    # Seed 0 read back from the trials' machine, seed 1 trained on this one: the table has runs of two.
    mixed = _compare(swept, tmp_path / "mixed", "--seeds", "2", "--threads", "1", "--no-mlflow",
                     "--reuse-other-machines")
    assert "compare: 2 of 4 runs read back" in capsys.readouterr().err
    assert {r["run_kernels"] for r in mixed.values()} == {f"0:{here};1:cpu OTHER-ISA"}
    md = (tmp_path / "mixed" / "eurosat-dir0.1.md").read_text()
    assert (f"runs from 2 machines, read back with --reuse-other-machines: {here}: fedavg seed 0; fedprox seed 0 | "
            "cpu OTHER-ISA (this machine): fedavg seed 1; fedprox seed 1.") in md
    assert "runs trained on this machine and another machine: the note below." in md


def test_a_diverged_rerun_is_a_result_in_the_table_and_is_read_back(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """FedAvg at the eurosat-niid-recipe defaults diverged on seed 1 of a compare (round 34): the
    compare used to stop there, killing the other rerun. It is a result of that (method, seed)."""
    from fblbench.errors import DivergedError
    from fblbench.tuning import runlog

    runs = tmp_path / "runs"
    shutil.copytree(swept, runs)
    real = runlog.run_federated
    why = "client 0, round 2: the training loss became non-finite (lr=0.01); lower the learning rate"

    def diverging(fed, train_cfg, method, callbacks=()):  # type: ignore[no-untyped-def]
        if method.name == "fedprox" and train_cfg.seed == 1:
            raise DivergedError(why)
        return real(fed, train_cfg, method, callbacks=callbacks)

    monkeypatch.setattr(runlog, "run_federated", diverging)
    rows = _compare(runs, tmp_path / "b1", "--seeds", "3", "--threads", "1")
    prox, avg = rows["fedprox"], rows["fedavg"]
    assert [r["method"] for r in sorted(rows.values(), key=lambda r: int(r["rank"]))] == ["fedavg", "fedprox"]
    assert prox["seeds"] == "2" and avg["seeds"] == "3"
    assert prox["test_acc_per_seed"].split(";")[1] == "1:diverged" and prox["diverged_seeds"] == f"1:{why}"
    finished = [float(x.split(":")[1]) for x in prox["test_acc_per_seed"].split(";") if "diverged" not in x]
    assert float(prox["test_acc_mean"]) == pytest.approx(sum(finished) / 2)
    per_seed = {int(x.split(":")[0]): float(x.split(":")[1]) for x in avg["test_acc_per_seed"].split(";")}
    paired = [per_seed[0] - finished[0], per_seed[2] - finished[1]]  # seeds 0 and 2: both finished
    assert float(prox["diff_vs_reference"]) == pytest.approx(sum(paired) / 2)
    assert float(prox["test_acc_std"]) == pytest.approx(abs(finished[0] - finished[1]) / 2 ** 0.5)
    md = (tmp_path / "b1" / "eurosat-dir0.1.md").read_text()
    assert "| 2 of 3 (**diverged: seed 1**) |" in md and "seed 1: diverged" in md
    assert f"Note: diverged: fedprox seed 1: {why}" in md
    stored = [r for r in runs_of(runs, EXPERIMENT, "compare") if r.data.tags.get("fblbench.seed") == "1"
              and r.data.tags.get("fblbench.method") == "fedprox"]
    assert [(r.info.status, r.data.tags["fblbench.state"]) for r in stored] == [("FAILED", "diverged")]
    # The same run diverges again: read back, not trained (here it would now finish: it is not retrained).
    monkeypatch.setattr(runlog, "run_federated", real)
    again = _compare(runs, tmp_path / "b2", "--seeds", "3", "--threads", "1")
    assert "compare: 6 of 6 runs read back" in capsys.readouterr().err
    assert again["fedprox"]["diverged_seeds"] == f"1:{why}"
    # Without reuse it is trained again, and now finishes.
    fresh = _compare(runs, tmp_path / "b3", "--seeds", "3", "--threads", "1", "--no-reuse", "--no-mlflow")
    assert fresh["fedprox"]["seeds"] == "3" and fresh["fedprox"]["diverged_seeds"] == ""


def test_an_identical_run_still_running_in_the_store_is_named_before_it_is_trained_again(
        swept: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two compares side by side, or one started while another still closes its runs, train the
    same run twice: the second says which run another process may be training."""
    import json
    import os
    import socket
    import sqlite3
    import subprocess
    import sys

    from fblbench.tracking.owner import TAG_OWNER

    runs = tmp_path / "runs"
    shutil.copytree(swept, runs)
    _compare(runs, tmp_path / "b1", "--seeds", "2", "--threads", "1")  # 1 process: the runs are this one's
    capsys.readouterr()
    with sqlite3.connect(runs / "mlflow.db") as db:  # as while its process still trains it
        assert db.execute("UPDATE runs SET status = 'RUNNING' WHERE name = 'fedprox-seed1'").rowcount == 1
    # --no-mlflow: opening the experiment would end a run whose process is gone; reading does not.
    _compare(runs, tmp_path / "b2", "--seeds", "2", "--threads", "1", "--no-mlflow")
    err = " ".join(capsys.readouterr().err.split())
    assert "compare: 3 of 4 runs read back" in err
    assert (f"compare: fedprox seed 1: an identical run is still RUNNING in the store, held by process {os.getpid()} "
            f"on {socket.gethostname()} (started ") in err  # this test's process: alive
    assert "UTC, 3 of 3 rounds logged): if that process is still training it, stop this compare" in err
    assert "fedavg seed 1: an identical run" not in err
    # Its process died (the tag names a pid that has exited): trained again without a word.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    with sqlite3.connect(runs / "mlflow.db") as db:
        run_id = db.execute("SELECT run_uuid FROM runs WHERE name = 'fedprox-seed1'").fetchone()[0]
        tag = db.execute("SELECT value FROM tags WHERE run_uuid = ? AND key = ?", (run_id, TAG_OWNER)).fetchone()[0]
        db.execute("UPDATE tags SET value = ? WHERE run_uuid = ? AND key = ?",
                   (json.dumps({**json.loads(tag), "pid": int(dead.stdout)}), run_id, TAG_OWNER))
    _compare(runs, tmp_path / "b3", "--seeds", "2", "--threads", "1", "--no-mlflow")
    err = capsys.readouterr().err
    assert "compare: 3 of 4 runs read back" in err and "still RUNNING" not in err
    # A finished identical run beside one RUNNING in a live process is read back: nothing to say.
    _compare(runs, tmp_path / "b4", "--seeds", "2", "--threads", "1")  # ends the dead one, trains and logs it
    capsys.readouterr()
    with sqlite3.connect(runs / "mlflow.db") as db:
        db.execute("UPDATE tags SET value = ? WHERE run_uuid = ? AND key = ?", (tag, run_id, TAG_OWNER))
        assert db.execute("UPDATE runs SET status = 'RUNNING' WHERE run_uuid = ?", (run_id,)).rowcount == 1
        assert db.execute("SELECT count(*) FROM runs WHERE name = 'fedprox-seed1' AND status = 'FINISHED'"
                          ).fetchone()[0] == 1
    _compare(runs, tmp_path / "b5", "--seeds", "2", "--threads", "1", "--no-mlflow")
    err = capsys.readouterr().err
    assert "compare: 4 of 4 runs read back" in err and "still RUNNING" not in err
