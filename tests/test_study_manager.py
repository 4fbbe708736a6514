"""The study manager at full strength: what a sweep stores for several methods and
levels, trial 0, pruning, multi-objective studies, compare + leaderboards, --n-jobs.

Real EuroSAT at a tiny size (a trial is about a second) except where a scripted
engine makes the accuracies deterministic (pruning, multi-objective values).
"""

from __future__ import annotations

import itertools
import math
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any

import optuna
import pytest
from optuna.trial import TrialState
from scipy import stats

from fblbench.cli import main
from fblbench.config import TrainConfig
from fblbench.engine.loop import RoundReport, RunResult
from fblbench.tracking.board_view import read_csv
from fblbench.tracking.stats import paired_tests
from fblbench.tuning import runlog as runlog_mod
from fblbench.tuning import study as study_mod
from fblbench.tuning.coordination import claim, slot_counts, top_up
from fblbench.tuning.database import StorageLock
from fblbench.tuning.study import SweepConfig, make_pruner
from tests.study_helpers import TINY, client, load, runs_of, spaces, storage_url

PROX = "mu: {type: float, low: 0.001, high: 1.0, log: true}\n"


def _sweep(runs: Path, trials: int, *extra: str) -> int:
    return main(["sweep", *TINY, "--trials", str(trials), "--runs-dir", str(runs), *extra])


@pytest.fixture(scope="module")
def level_sweep(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    """fedavg and fedprox at Dirichlet 0.1 and 0.5, two trials each."""
    root = tmp_path_factory.mktemp("levels")
    sp = spaces(root / "spaces", fedavg="{}\n", fedprox=PROX)
    rc = _sweep(root / "runs", 2, "--methods", "fedavg,fedprox", "--alphas", "0.1,0.5", "--spaces-dir", str(sp))
    assert rc == 0
    return root / "runs"


def test_one_study_per_level_and_method_with_the_same_budget(level_sweep: Path) -> None:
    names = {s.study_name for s in optuna.get_all_study_summaries(storage_url(level_sweep))}
    assert names == {f"eurosat-dir{a}-{m}" for a in ("0.1", "0.5") for m in ("fedavg", "fedprox")}
    for name in names:
        trials = load(level_sweep, name).get_trials()
        assert [t.state for t in trials] == [TrialState.COMPLETE] * 2, name
        # trial 0 = the paper defaults: TrainConfig's lr, FedProx's mu
        assert trials[0].user_attrs["fblbench_default"] is True
        assert trials[0].params["lr"] == TrainConfig().lr
        if name.endswith("fedprox"):
            assert trials[0].params["mu"] == 0.01 and "mu" in trials[1].params
        assert trials[1].params["lr"] != trials[0].params["lr"]


def test_one_experiment_per_level_with_parent_and_nested_trial_runs(level_sweep: Path) -> None:
    for alpha in ("0.1", "0.5"):
        runs = runs_of(level_sweep, f"fblbench/eurosat-dir{alpha}")
        parents = {r.data.tags["fblbench.study"]: r for r in runs if r.data.tags["fblbench.kind"] == "sweep"}
        trials = [r for r in runs if r.data.tags["fblbench.kind"] == "trial"]
        assert set(parents) == {f"eurosat-dir{alpha}-fedavg", f"eurosat-dir{alpha}-fedprox"}
        assert len(trials) == 4
        for r in trials:
            assert r.info.status == "FINISHED" and r.data.tags["fblbench.state"] == "complete"
            assert r.data.tags["mlflow.parentRunId"] == parents[r.data.tags["fblbench.study"]].info.run_id
            assert r.data.params["data.alpha"] == alpha
        for p in parents.values():
            assert p.info.status == "FINISHED" and p.data.metrics["trials"] == 2
        # every method of a level trains on the same partition
        data = {k: v for k, v in trials[0].data.params.items() if k.startswith("data.")}
        for r in trials[1:]:
            assert {k: v for k, v in r.data.params.items() if k.startswith("data.")} == data


def test_method_search_space_error_names_file_key_values_before_any_work(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]
                                                                         ) -> None:
    sp = spaces(tmp_path / "spaces", fedavg="{}\n", fedprox="mu: {type: float, low: 1.0, high: 0.1}\n")
    rc = _sweep(tmp_path / "runs", 2, "--methods", "fedavg,fedprox", "--spaces-dir", str(sp))
    err = capsys.readouterr().err
    assert rc == 2
    assert str(sp / "fedprox.yaml") in err and "'mu'" in err and "low=1.0, high=0.1" in err
    assert not (tmp_path / "runs" / "optuna.db").exists() and not (tmp_path / "runs" / "mlflow.db").exists()


def test_shards_level(tmp_path: Path, data_dir: Path) -> None:
    runs = tmp_path / "runs"
    assert _sweep(runs, 1, "--partition", "shards", "--classes-per-client", "2", "--clients", "5",
                  "--spaces-dir", str(spaces(tmp_path / "sp", fedavg="{}\n"))) == 0
    assert [t.state for t in load(runs, "eurosat-shards2-fedavg").get_trials()] == [TrialState.COMPLETE]
    (run,) = runs_of(runs, "fblbench/eurosat-shards2", "trial")
    assert run.data.params["data.partition"] == "shards" and run.data.params["data.classes_per_client"] == "2"
    assert main(["sweep", *TINY, "--partition", "shards", "--alphas", "0.1,0.5", "--runs-dir", str(runs)]) == 2


# ---- compare + leaderboard -------------------------------------------------------------


@pytest.fixture(scope="module")
def compared(level_sweep: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("boards")
    rc = main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--seeds", "2", "--reference", "fedavg",
               "--runs-dir", str(level_sweep), "--leaderboard-dir", str(out), "--quiet"])
    assert rc == 0
    return out


def test_compare_writes_leaderboard_files(compared: Path, level_sweep: Path) -> None:
    assert sorted(p.name for p in compared.iterdir()) == ["eurosat-dir0.1.csv", "eurosat-dir0.1.md"]
    table = read_csv((compared / "eurosat-dir0.1.csv").read_text(), "csv")
    assert any(h.startswith("command: fblbench compare --dataset eurosat --alpha 0.1 --seeds 2") for h in table.header)
    assert any(h.startswith("machine: platform:") and "torch:" in h and "device: cpu" in h for h in table.header)
    rows = {r["method"]: r for r in table.rows}
    assert set(rows) == {"fedavg", "fedprox"}
    for m, r in rows.items():
        accs = [float(x.split(":")[1]) for x in r["test_acc_per_seed"].split(";")]
        assert [x.split(":")[0] for x in r["test_acc_per_seed"].split(";")] == ["0", "1"]
        assert math.isclose(float(r["test_acc_mean"]), sum(accs) / 2)
        best = load(level_sweep, f"eurosat-dir0.1-{m}").best_trial
        assert int(r["best_trial"]) == best.number
    assert rows["fedavg"]["p_ttest"] == "" and rows["fedprox"]["reference"] == "fedavg"
    assert rows["fedprox"]["p_wilcoxon"] != ""
    md = (compared / "eurosat-dir0.1.md").read_text()
    assert "fblbench compare --dataset eurosat" in md and "paired t-test (primary)" in md


def test_compare_logs_a_leaderboard_run(compared: Path, level_sweep: Path) -> None:
    runs = runs_of(level_sweep, "fblbench/eurosat-dir0.1")
    (board,) = [r for r in runs if r.data.tags["fblbench.kind"] == "leaderboard"]
    seeds = [r for r in runs if r.data.tags["fblbench.kind"] == "compare"]
    assert board.info.status == "FINISHED"
    assert {a.path for a in client(level_sweep).list_artifacts(board.info.run_id)} == {
        "leaderboard.csv", "leaderboard.md"}
    assert all(r.data.tags["mlflow.parentRunId"] == board.info.run_id for r in seeds)
    # Seed 0 of each method is its best trial's own run (same seed, threads, device): read back, not retrained.
    assert sorted((r.data.tags["fblbench.method"], r.data.tags["fblbench.seed"]) for r in seeds) == [
        ("fedavg", "1"), ("fedprox", "1")]
    md = (compared / "eurosat-dir0.1.md").read_text()
    assert "fedavg seed 0 (trial #0)" in md and "fedprox seed 0 (trial #" in md
    rows = {r["method"]: r for r in read_csv((compared / "eurosat-dir0.1.csv").read_text(), "csv").rows}
    assert math.isclose(board.data.metrics["test_acc_mean/fedprox"], float(rows["fedprox"]["test_acc_mean"]))


def test_leaderboard_prints_from_files_and_from_mlflow(compared: Path, level_sweep: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["leaderboard", "--leaderboard-dir", str(compared)]) == 0
    out = capsys.readouterr().out
    assert "eurosat dir0.1" in out and "fedprox" in out and "eurosat-dir0.1.csv" in out
    assert main(["leaderboard", "--leaderboard-dir", str(tmp_path / "none"), "--runs-dir", str(level_sweep)]) == 0
    out = capsys.readouterr().out
    assert "fedprox" in out and "MLflow run" in out
    assert main(["leaderboard", "--source", "files", "--leaderboard-dir", str(tmp_path)]) == 2


def test_paired_tests_match_scipy_and_handle_ties() -> None:
    a, b = [0.71, 0.74, 0.69, 0.73, 0.75], [0.65, 0.70, 0.66, 0.70, 0.69]
    t = paired_tests(a, b)
    assert math.isclose(t.p_ttest, stats.ttest_rel(a, b).pvalue)
    assert math.isclose(t.p_wilcoxon, 0.0625)  # the smallest two-sided exact p with 5 pairs
    assert math.isclose(t.mean_diff, sum(x - y for x, y in zip(a, b, strict=True)) / 5)
    assert t.ci95[0] < t.mean_diff < t.ci95[1]
    same = paired_tests(a, a)
    assert same.p_ttest == 1.0 and same.p_wilcoxon == 1.0
    assert math.isnan(paired_tests([0.5], [0.4]).p_ttest)


# ---- pruning and multi-objective (scripted engine) ---------------------------------


def _scripted_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """run_federated stand-in: the first run reaches 0.9, every later run 0.1; each
    round reports 10 * run_index synthetic samples. The data and MLflow are real."""
    calls = itertools.count(1)

    def fake(fed: Any, train: TrainConfig, method: Any, callbacks: Any = ()) -> RunResult:
        k = next(calls)
        acc = 0.9 if k == 1 else 0.1
        reports = []
        for r in range(train.rounds):
            rep = RoundReport(round=r + 1, num_rounds=train.rounds, val_acc=acc, val_loss=1.0, test_acc=acc,
                              test_loss=1.0, train_loss=1.0, seconds=0.01, clients=(0,),
                              metrics={"num_synthetic": 10.0 * k})
            reports.append(rep)
            for cb in callbacks:
                cb(rep)
        return RunResult(reports, {})

    monkeypatch.setattr(runlog_mod, "run_federated", fake)


def test_pruned_trials_are_pruned_in_optuna_and_tagged_in_mlflow(tmp_path: Path, data_dir: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _scripted_engine(monkeypatch)
    runs = tmp_path / "runs"
    assert _sweep(runs, 3, "--rounds", "3", "--pruner", "median", "--pruner-warmup", "0",
                  "--pruner-startup", "1") == 0
    trials = load(runs, "eurosat-dir0.1-fedavg").get_trials()
    assert [t.state for t in trials] == [TrialState.COMPLETE, TrialState.PRUNED, TrialState.PRUNED]
    assert all(t.last_step == 1 for t in trials[1:])  # stopped after round 1 of 3
    by_trial = {int(r.data.tags["fblbench.trial_number"]): r for r in runs_of(runs, "fblbench/eurosat-dir0.1",
                                                                               "trial")}
    assert by_trial[0].data.tags["fblbench.state"] == "complete"
    c = client(runs)
    for n in (1, 2):
        assert by_trial[n].data.tags["fblbench.state"] == "pruned" and by_trial[n].info.status == "FINISHED"
        assert [m.step for m in c.get_metric_history(by_trial[n].info.run_id, "val_acc")] == [1]


def test_pruner_settings() -> None:
    hb = make_pruner(SweepConfig(pruner="hyperband", pruner_warmup_rounds=3), rounds=20)
    assert isinstance(hb, optuna.pruners.HyperbandPruner) and hb._min_resource == 3 and hb._max_resource == 20
    med = make_pruner(SweepConfig(pruner="median", pruner_warmup_rounds=4, pruner_startup_trials=2), rounds=20)
    assert isinstance(med, optuna.pruners.MedianPruner)
    assert med._n_warmup_steps == 4 and med._n_startup_trials == 2
    mo = make_pruner(SweepConfig(pruner="median", objective="accuracy,cost"), rounds=20)
    assert isinstance(mo, optuna.pruners.NopPruner)


@pytest.mark.parametrize("objective", ["accuracy,synthetic", "accuracy,cost"])
def test_multi_objective_study_keeps_a_front_and_never_prunes(objective: str, tmp_path: Path, data_dir: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    _scripted_engine(monkeypatch)
    runs = tmp_path / "runs"
    # The same settings pruned trials 1 and 2 above; a multi-objective study runs them out.
    assert _sweep(runs, 3, "--rounds", "2", "--pruner", "median", "--pruner-warmup", "0", "--pruner-startup", "1",
                  "--objective", objective) == 0
    assert "pruning is off" in capsys.readouterr().err
    study = load(runs, f"eurosat-dir0.1-fedavg@{objective}")
    assert study.directions == [optuna.study.StudyDirection.MAXIMIZE, optuna.study.StudyDirection.MINIMIZE]
    trials = study.get_trials()
    assert [t.state for t in trials] == [TrialState.COMPLETE] * 3
    assert [t.values[0] for t in trials] == [0.9, 0.1, 0.1]
    for k, t in enumerate(trials, 1):
        if objective == "accuracy,synthetic":
            assert t.values[1] == 2 * 10.0 * k  # summed over the 2 rounds
        else:
            assert t.values[1] == t.user_attrs["seconds"] > 0
    front = [t.number for t in study.best_trials]
    if objective == "accuracy,synthetic":
        assert front == [0]  # most accurate and fewest synthetic samples
    else:  # the most accurate is on the front; a cheaper, less accurate trial may be too
        assert 0 in front and all(trials[n].values[1] < trials[0].values[1] for n in front if n != 0)
    for r in runs_of(runs, "fblbench/eurosat-dir0.1", "trial"):
        assert r.data.tags["fblbench.state"] == "complete" and "total_synthetic" in r.data.metrics


# ---- exact counts with several workers ------------------------------------------------


def test_claims_never_exceed_the_target(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'o.db'}"
    lock = StorageLock(url)
    storage = study_mod.make_storage(url)
    study = optuna.create_study(storage=storage, study_name="s")
    assert top_up(study, 7, lock) == 7 and top_up(study, 7, lock) == 0
    done: list[int] = []

    def worker() -> None:
        own_storage = study_mod.make_storage(url)
        s = optuna.load_study(study_name="s", storage=own_storage)
        own_lock = StorageLock(url)  # as in another process: its own lock file handle
        while (c := claim(s, 7, own_lock, own_storage)) is not None:
            s.tell(c[1], 1.0)
            done.append(c[1])

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(done) == list(range(7))
    assert slot_counts(study) == (7, 0, 0) and len(study.get_trials()) == 7
    # every claim wrote a heartbeat before RUNNING (else a worker dying right then leaves a
    # trial that is never found stale)
    with sqlite3.connect(tmp_path / "o.db") as db:
        assert db.execute("SELECT count(DISTINCT trial_id) FROM trial_heartbeats").fetchone()[0] == 7
    assert top_up(study, 9, lock) == 2  # a larger --trials on resume adds exactly the difference


def test_n_jobs_2_runs_exactly_the_target(tmp_path: Path, data_dir: Path, capfd: pytest.CaptureFixture[str]) -> None:
    runs = tmp_path / "runs"
    rc = main(["sweep", *[a for a in TINY if a != "--quiet"], "--trials", "5", "--n-jobs", "2",
               "--runs-dir", str(runs), "--spaces-dir", str(spaces(tmp_path / "sp", fedavg="{}\n"))])
    out = capfd.readouterr().out
    assert rc == 0
    trials = load(runs, "eurosat-dir0.1-fedavg").get_trials()
    assert [t.state for t in trials] == [TrialState.COMPLETE] * 5
    threads = {t.user_attrs["config"]["train.threads"] for t in trials}
    assert threads == {max(1, study_mod.usable_cores() // 2)}  # the cores divided among the workers
    logged = runs_of(runs, "fblbench/eurosat-dir0.1", "trial")
    assert sorted(int(r.data.tags["fblbench.trial_number"]) for r in logged) == [0, 1, 2, 3, 4]
    assert all(r.info.status == "FINISHED" for r in logged)
    # One progress line per trial (1 round each), each naming its worker.
    lines = [line for line in out.splitlines() if " round 1/1 " in line]
    assert len(lines) == 5 and all(line.startswith(("w0 [", "w1 [")) for line in lines)
    # Each trial is named by the slot its worker claimed: no two workers print "trial 1/5";
    # and exactly one line per finished trial, from the worker that ran it.
    slot = re.compile(r"^w[01] \[eurosat-dir0.1-fedavg\] trial (\d)/5 \(#(\d)\) (starts|complete):")
    started = [m.groups()[:2] for line in out.splitlines() if (m := slot.match(line)) and m[3] == "starts"]
    finished = [m.groups()[:2] for line in out.splitlines() if (m := slot.match(line)) and m[3] == "complete"]
    assert sorted(s for s, _ in started) == sorted(s for s, _ in finished) == ["1", "2", "3", "4", "5"]
    assert sorted(started) == sorted(finished)
    assert sum(" complete: " in line for line in out.splitlines()) == 5
    assert any("[####################] 5/5 5 done, 0 pruned, 0 failed" in line for line in out.splitlines())
