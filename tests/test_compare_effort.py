"""``compare``: equal search effort (trials, shared ranges) and the convergence guard
(issue 11, items 3 and 4)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import optuna
import pytest
from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution
from optuna.trial import TrialState, create_trial

from fblbench.cli import main
from fblbench.engine.loop import RoundReport, RunResult
from fblbench.errors import ConfigError
from fblbench.tracking import board_view
from fblbench.tuning import candidates as cands
from fblbench.tuning import compare, reruns
from fblbench.tuning.coordination import FAILURE_ATTR
from fblbench.tuning.effort import check_effort, study_effort
from fblbench.tuning.runlog import LoggedRun
from fblbench.tuning.settings import CompareConfig
from tests.study_helpers import load, storage_url, sweep_fedavg_fedprox

PROX = "mu: {type: float, low: 0.001, high: 1.0, log: true}\n"
LR = FloatDistribution(0.005, 0.05, log=True)
# Rising 0.01 per round over the last 5 rounds; flat (to 1e-4) over them.
RISING = [0.30, 0.40, 0.45, 0.50, 0.51, 0.52, 0.53, 0.54]
FLAT = [0.30, 0.50, 0.60, 0.6000, 0.6001, 0.6000, 0.6001, 0.6000]


def _study(runs: Path, method: str, counted: int, lr: FloatDistribution = LR, running: int = 0) -> optuna.Study:
    """A study of eurosat dir0.1 with ``counted`` complete trials (one diverged when > 2)."""
    runs.mkdir(parents=True, exist_ok=True)
    study = optuna.create_study(study_name=f"eurosat-dir0.1-{method}", storage=storage_url(runs),
                                direction="maximize", load_if_exists=True)
    for k, v in {"method": method, "dataset": "eurosat", "partition": "dir0.1", "objective": "accuracy"}.items():
        study.set_user_attr(k, v)
    dists: dict[str, Any] = {"lr": lr}
    if method == "fedprox":
        dists["mu"] = FloatDistribution(0.001, 1.0, log=True)
    if method == "fedavgm":  # its server momentum shares its name with the shared SGD momentum setting
        dists["momentum"] = FloatDistribution(0.0, 0.99)
    for i in range(counted):
        params = {k: d.low for k, d in dists.items()}
        state, attrs = TrialState.COMPLETE, {"config": {"method.name": method}}
        if i == 2:
            state, attrs = TrialState.FAIL, {FAILURE_ATTR: "diverged"}
        value = 0.5 + i / 100 if state == TrialState.COMPLETE else None
        study.add_trial(create_trial(params=params, distributions=dists, value=value, state=state, user_attrs=attrs))
    for _ in range(running):
        study.add_trial(create_trial(params={"lr": 0.01}, distributions={"lr": lr}, state=TrialState.RUNNING))
    return study


def _compare(runs: Path, *extra: str) -> int:
    return main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--seeds", "2", "--runs-dir", str(runs),
                 "--no-mlflow", "--no-reuse", "--quiet", *extra])


def test_counted_trials_are_complete_pruned_and_diverged(tmp_path: Path) -> None:
    study = _study(tmp_path, "fedavg", 3, running=2)  # 2 complete + 1 diverged; 2 running do not count
    study.add_trial(create_trial(params={"lr": 0.01}, distributions={"lr": LR}, state=TrialState.PRUNED))
    study.add_trial(create_trial(params={"lr": 0.01}, distributions={"lr": LR}, state=TrialState.FAIL))  # dead worker
    e = study_effort("fedavg", study)
    assert e.trials == 4 and e.dims == (0, 1) and e.shared == (("lr", "[0.005, 0.05] log"),)
    mixed = _study(tmp_path / "m", "fedavg", 1)
    mixed.add_trial(create_trial(params={"lr": 0.01}, distributions={"lr": FloatDistribution(0.001, 0.1, log=True)},
                                 value=0.4))
    with pytest.raises(Exception, match=r"searched the shared settings over \(lr \[0.005, 0.05\] log\) vs "
                                        r"\(lr \[0.001, 0.1\] log\) in different trials"):
        check_effort([study_effort("fedavg", mixed)], allow=False)


def test_unequal_trial_counts_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _study(tmp_path, "fedavg", 3)
    _study(tmp_path, "fedprox", 2, running=1)
    assert _compare(tmp_path) == 2
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "unequal search effort" in x)
    assert "unequal trial counts (fedavg 3, fedprox 2)" in line
    assert "complete + pruned + diverged" in line
    assert "same --trials" in line and "--allow-unequal-effort" in line


def test_different_shared_ranges_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _study(tmp_path, "fedavg", 2)
    _study(tmp_path, "fedprox", 2, lr=FloatDistribution(0.001, 0.1, log=True))
    assert _compare(tmp_path) == 2
    err = capsys.readouterr().err
    assert ("different shared-settings ranges (fedavg: lr [0.005, 0.05] log; fedprox: lr [0.001, 0.1] log)"
            in err)
    assert "unequal trial counts" not in err and "--allow-unequal-effort" in err


def test_best_trials_of_different_round_budgets_refuse(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One table, one convergence window and a like-for-like comparison: the rows' rounds must agree."""
    _study(tmp_path, "fedavg", 2)
    prox = _study(tmp_path, "fedprox", 1)
    dists = {"lr": LR, "mu": FloatDistribution(0.001, 1.0, log=True)}
    prox.add_trial(create_trial(params={"lr": 0.01, "mu": 0.01}, distributions=dists, value=0.9,
                                user_attrs={"config": {"method.name": "fedprox", "train.rounds": 7}}))
    assert _compare(tmp_path) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith("the studies' best trials trained under different settings (train.rounds: fedavg 20, "
                            "fedprox 7); compare studies swept with the same budget, protocol and flags")


def test_best_trials_under_other_fixed_settings_refuse_but_searched_ones_may_differ(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A study swept under another protocol or flag (here without the gradient clip) is not ranked
    beside the others; the shared settings a study searched (lr here) differ by design."""
    def one(method: str, lr: float, config: dict[str, Any]) -> None:
        study = _study(tmp_path, method, 0)
        dists: dict[str, Any] = {"lr": LR, **({"mu": FloatDistribution(0.001, 1.0, log=True)} if method == "fedprox"
                                              else {})}
        params = {"lr": lr, **({"mu": 0.01} if method == "fedprox" else {})}
        study.add_trial(create_trial(params=params, distributions=dists, value=0.9,
                                     user_attrs={"config": {"method.name": method, "train.lr": lr, **config}}))

    one("fedavg", 0.01, {"train.clip_grad_norm": 10.0, "train.threads": 2})
    one("fedprox", 0.02, {"train.threads": 1})
    assert _compare(tmp_path) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].endswith("the studies' best trials trained under different settings (train.clip_grad_norm: fedavg "
                            "10.0, fedprox 0.0); compare studies swept with the same budget, protocol and flags")


def test_a_method_whose_every_trial_diverged_is_left_out_with_the_reason(tmp_path: Path) -> None:
    """SCAFFOLD at its defaults diverged on eurosat-niid-recipe: at equal effort that is its result,
    and the table's note says so instead of 'no complete trial yet'."""
    _study(tmp_path, "fedavg", 1)
    prox = _study(tmp_path, "fedprox", 0)
    dists = {"lr": LR, "mu": FloatDistribution(0.001, 1.0, log=True)}
    prox.add_trial(create_trial(params={"lr": 0.01, "mu": 0.01}, distributions=dists, state=TrialState.FAIL,
                                user_attrs={FAILURE_ATTR: "client 0, round 11: the training loss became non-finite"}))
    _study(tmp_path, "moon", 0)  # nothing counted yet
    cfg = CompareConfig(dataset="eurosat", partition="dir0.1", runs_dir=tmp_path)
    candidates, missing = cands.find_candidates(cfg, optuna.storages.RDBStorage(cfg.storage_url()))
    assert [c.method for c in candidates] == ["fedavg"]
    assert sorted(missing) == [
        "fbl (no study)", "fedprox (none of its 1 counted trial(s) completed: 1 diverged, 0 pruned; trial 0: client 0, round 11: "
        "the training loss became non-finite)", "moon (no complete trial yet)"]


def test_a_method_hyperparameter_named_like_a_shared_setting_is_the_methods_own(tmp_path: Path) -> None:
    _study(tmp_path, "fedavg", 2)
    _study(tmp_path, "fedavgm", 2)
    cfg = CompareConfig(dataset="eurosat", partition="dir0.1", runs_dir=tmp_path)
    candidates, _ = cands.find_candidates(cfg, optuna.storages.RDBStorage(cfg.storage_url()))
    efforts = {c.method: c.effort for c in candidates}
    m = efforts["fedavgm"]
    assert m is not None and m.dims == (1, 1) and m.shared == (("lr", "[0.005, 0.05] log"),)
    assert check_effort([e for e in efforts.values() if e is not None], allow=False) == ""
    # Read as a shared setting, FedAvgM's server momentum made every comparison with it "unequal".
    with pytest.raises(ConfigError, match="different shared-settings ranges"):
        check_effort([efforts["fedavg"], study_effort("fedavgm", load(tmp_path, "eurosat-dir0.1-fedavgm"))],
                     allow=False)


def test_range_text_forms() -> None:
    from fblbench.tuning.effort import range_text

    assert range_text(IntDistribution(1, 5)) == "[1, 5]"
    assert range_text(IntDistribution(2, 8, step=2)) == "[2, 8] step 2"
    assert range_text(CategoricalDistribution([32, 64])) == "{32, 64}"


# ---- real (tiny) sweeps, the reruns replaced by fixed curves ------------------------------


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    """fedavg and fedprox, one complete trial each, the same shared ranges."""
    runs = sweep_fedavg_fedprox(tmp_path_factory.mktemp("effort"))
    return runs


def _fake_runs(monkeypatch: pytest.MonkeyPatch, curves: dict[str, list[float]]) -> None:
    def run(fed: Any, data_cfg: Any, train_cfg: Any, method: Any, spec: str, *a: Any, **kw: Any) -> LoggedRun:
        c = curves[spec]
        reports = [RoundReport(i + 1, len(c), v, 0.0, v if i == len(c) - 1 else None, None, 0.0, 0.0, ())
                   for i, v in enumerate(c)]
        return LoggedRun(RunResult(reports, {}), 0.0, 0.0, None)

    monkeypatch.setattr(reruns, "run_and_log", run)


def _rows(board: Path) -> dict[str, dict[str, str]]:
    return {r["method"]: r for r in board_view.read_csv((board / "eurosat-dir0.1.csv").read_text(), "").rows}


def test_equal_effort_states_trials_and_dimensions(swept: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_runs(monkeypatch, {"fedavg": FLAT, "fedprox": FLAT})
    assert _compare(swept, "--leaderboard-dir", str(tmp_path), "--reference", "fedavg") == 0
    md = (tmp_path / "eurosat-dir0.1.md").read_text()
    effort = ("search effort: 1 trial per method (counted: complete + pruned + diverged); dimensions searched "
              "(own + shared): fedavg 0 + 1, fedprox 1 + 1")
    assert f"**S{effort[1:]}.**" in md and "UNEQUAL" not in md
    table = board_view.read_csv((tmp_path / "eurosat-dir0.1.csv").read_text(), "")
    assert effort in table.header
    rows = _rows(tmp_path)
    assert (rows["fedprox"]["trials"], rows["fedprox"]["dims_own"], rows["fedprox"]["dims_shared"]) == ("1", "1", "1")


def test_allow_unequal_effort_flags_the_table(swept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    runs = tmp_path / "runs"
    shutil.copytree(swept, runs)
    study = load(runs, "eurosat-dir0.1-fedprox")
    t = study.get_trials()[0]
    study.add_trial(create_trial(params=t.params, distributions=t.distributions, state=TrialState.PRUNED))
    _fake_runs(monkeypatch, {"fedavg": FLAT, "fedprox": FLAT})
    assert _compare(runs) == 2
    assert "unequal trial counts (fedavg 1, fedprox 2)" in capsys.readouterr().err
    assert _compare(runs, "--allow-unequal-effort") == 0
    cap = capsys.readouterr()
    assert "compared anyway" in cap.err and "UNEQUAL SEARCH EFFORT" in cap.out  # the printed table too
    md = (runs / "leaderboards" / "eurosat-dir0.1.md").read_text()
    assert "UNEQUAL SEARCH EFFORT, compared anyway (--allow-unequal-effort): unequal trial counts (fedavg 1, " \
           "fedprox 2)" in md
    assert "trials per method fedavg 1, fedprox 2" in md
    header = board_view.read_csv((runs / "leaderboards" / "eurosat-dir0.1.csv").read_text(), "").header
    assert any(h.startswith("UNEQUAL SEARCH EFFORT") for h in header)


def test_a_rising_rerun_is_flagged_a_flat_one_is_not(swept: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_runs(monkeypatch, {"fedavg": FLAT, "fedprox": RISING})
    assert _compare(swept, "--leaderboard-dir", str(tmp_path), "--reference", "fedprox") == 0
    rows = _rows(tmp_path)
    assert rows["fedprox"]["still_rising"] == "still rising" and rows["fedavg"]["still_rising"] == ""
    assert float(rows["fedprox"]["val_slope_last"]) == pytest.approx(0.01)
    assert abs(float(rows["fedavg"]["val_slope_last"])) < 0.001
    md = (tmp_path / "eurosat-dir0.1.md").read_text()
    assert "| fedprox | 0.5400 ± 0.0000 | 2 | +0.01000 **still rising** |" in md
    assert "| fedavg | 0.6000 ± 0.0000 | 2 | +0.00000 |" in md
    assert "last-5 slope = mean over seeds of the Theil-Sen slope (the median of the slopes between every two of " \
           "those rounds, which a single outlying round moves far less than a least-squares line) of the validation " \
           "accuracy over the last 5 rounds" in md and "above 0.001 the row is flagged still rising" in md
    assert "a protocol whose reference rows still rise ranks nothing" in md
    assert "he reference fedprox is still rising: this table ranks nothing" in md


def test_a_slow_creep_under_the_slope_threshold_is_flagged_by_its_curves_gain(
        swept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """200 rounds creeping +0.0003 a round (last-40 slope under 0.001, 2.4 points over rounds
    101-200): flagged by the curve's gain; a level 200-round curve is not."""
    configs = cands.configs_from_trial

    def long(*a: Any, **kw: Any) -> Any:
        data_cfg, train_cfg, hp = configs(*a, **kw)
        return data_cfg, dataclasses.replace(train_cfg, rounds=200), hp

    monkeypatch.setattr(compare, "configs_from_trial", long)
    _fake_runs(monkeypatch, {"fedavg": [0.6] * 200, "fedprox": [0.5 + 0.0003 * r for r in range(200)]})
    assert _compare(swept, "--leaderboard-dir", str(tmp_path), "--reference", "fedavg") == 0
    rows = _rows(tmp_path)
    assert float(rows["fedprox"]["val_slope_last"]) < 0.001
    assert rows["fedprox"]["still_rising"] == "still rising (curve +0.0240)" and rows["fedavg"]["still_rising"] == ""
    windows = [float(v) for v in rows["fedprox"]["val_windows"].split(";")]
    assert windows == pytest.approx([0.53285, 0.53885, 0.54485, 0.55085, 0.55685], abs=1e-4)
    md = (tmp_path / "eurosat-dir0.1.md").read_text()
    assert "(rounds 101-120 / 121-140 / 141-160 / 161-180 / 181-200; gain = last window − first)" in md
    assert "fedprox 0.533 / 0.539 / 0.545 / 0.551 / 0.557 (gain +0.0240)" in md
    assert "a gain above 0.01 flags the row still rising" in md
    assert "**still rising (curve +0.0240)** |" in md  # the slope cell says which rule flagged it


def test_a_decaying_lr_schedule_is_named_beside_the_slope(swept: Path, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Under cosine decay the last rounds are flat by construction: the table says so."""
    _fake_runs(monkeypatch, {"fedavg": FLAT, "fedprox": FLAT})
    assert _compare(swept, "--leaderboard-dir", str(tmp_path / "constant")) == 0
    assert "the lr schedule is" not in (tmp_path / "constant" / "eurosat-dir0.1.md").read_text()

    configs = cands.configs_from_trial

    def cosine(*a: Any, **kw: Any) -> Any:
        data_cfg, train_cfg, hp = configs(*a, **kw)
        return data_cfg, dataclasses.replace(train_cfg, lr_schedule="cosine"), hp

    monkeypatch.setattr(compare, "configs_from_trial", cosine)
    assert _compare(swept, "--leaderboard-dir", str(tmp_path / "cosine")) == 0
    md = (tmp_path / "cosine" / "eurosat-dir0.1.md").read_text()
    assert md.count("the lr schedule is cosine: the learning rate falls to ~0 over the last rounds") == 1
    assert "`fblbench compare --budget-check 2` (or benchmarks/budget_check.sh)" in md


# ---- the round-budget check (--budget-check) ----------------------------------------------


def _fake_budget_runs(monkeypatch: pytest.MonkeyPatch, finals: dict[tuple[str, bool], float]) -> list[tuple[str, int]]:
    """Reruns ending at ``finals[(spec, longer)]`` (a flat curve as long as the run's rounds);
    returns the (spec, rounds) of every run trained."""
    calls: list[tuple[str, int]] = []

    def run(fed: Any, data_cfg: Any, train_cfg: Any, method: Any, spec: str, *a: Any, **kw: Any) -> LoggedRun:
        calls.append((spec, train_cfg.rounds))
        acc = finals[(spec, train_cfg.rounds > TINY_ROUNDS)]
        n = train_cfg.rounds
        reports = [RoundReport(i + 1, n, acc, 0.0, acc if i == n - 1 else None, None, 0.0, 0.0, ()) for i in range(n)]
        return LoggedRun(RunResult(reports, {}), 0.0, 0.0, None)

    monkeypatch.setattr(reruns, "run_and_log", run)
    return calls


TINY_ROUNDS = 1  # the rounds of the tiny sweep's trials (tests.study_helpers.TINY)


def test_the_budget_check_reruns_fedavg_longer_and_flags_a_budget_still_gaining(
        swept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert load(swept, "eurosat-dir0.1-fedavg").best_trial.user_attrs["config"]["train.rounds"] == TINY_ROUNDS
    calls = _fake_budget_runs(monkeypatch, {("fedavg", False): 0.60, ("fedavg", True): 0.65,
                                            ("fedprox", False): 0.62, ("fedprox", True): 0.99})
    # With --reuse (the default) seed 0's table row is the best trial's own run, but its longer run is not.
    assert main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--seeds", "2", "--runs-dir", str(swept),
                 "--no-mlflow", "--quiet", "--leaderboard-dir", str(tmp_path / "reuse"), "--budget-check", "3"]) == 0
    assert calls.count(("fedavg", 3 * TINY_ROUNDS)) == 2  # both seeds, at 3x the rounds
    assert calls.count(("fedavg", TINY_ROUNDS)) == 1  # seed 1 only: seed 0 was read back
    assert ("fedprox", 3 * TINY_ROUNDS) not in calls  # only the checked method
    capsys.readouterr()
    assert _compare(swept, "--leaderboard-dir", str(tmp_path), "--budget-check", "3") == 0
    md = (tmp_path / "eurosat-dir0.1.md").read_text()
    assert ("Budget check (--budget-check 3): best configuration re-run at 3 rounds instead of 1 (the lr schedule "
            "spread over them), seeds 0-1, mean test accuracy: fedavg 0.6000 -> 0.6500 (gain +0.0500; per seed "
            "+0.0500, +0.0500)") in md
    assert "BUDGET NOT CONVERGED: fedavg gains +0.0500 at 3 rounds; this table ranks methods at a fixed budget" in md
    rows = _rows(tmp_path)
    assert float(rows["fedavg"]["budget_gain"]) == pytest.approx(0.05) and rows["fedprox"]["budget_gain"] == ""
    assert float(rows["fedavg"]["test_acc_mean"]) == pytest.approx(0.60)  # the table keeps the protocol's rounds
    assert "BUDGET NOT CONVERGED" in capsys.readouterr().out  # the printed table warns too


def test_a_budget_that_gains_under_a_point_is_converged(swept: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_budget_runs(monkeypatch, {("fedavg", False): 0.600, ("fedavg", True): 0.605,
                                    ("fedprox", False): 0.62, ("fedprox", True): 0.64})
    assert _compare(swept, "--leaderboard-dir", str(tmp_path), "--budget-check", "2",
                    "--budget-check-methods", "fedavg,fedprox") == 0
    md = (tmp_path / "eurosat-dir0.1.md").read_text()
    assert "fedavg 0.6000 -> 0.6050 (gain +0.0050" in md and "fedprox 0.6200 -> 0.6400 (gain +0.0200" in md
    assert "BUDGET NOT CONVERGED: fedprox gains +0.0200" in md and "fedavg gains" not in md
    _fake_budget_runs(monkeypatch, {("fedavg", False): 0.600, ("fedavg", True): 0.605,
                                    ("fedprox", False): 0.62, ("fedprox", True): 0.62})
    assert _compare(swept, "--leaderboard-dir", str(tmp_path), "--budget-check", "2",
                    "--budget-check-methods", "fedavg,fedprox") == 0
    md = (tmp_path / "eurosat-dir0.1.md").read_text()
    assert "Budget converged: no checked method gains more than 0.01 at 2 rounds" in md
    assert "NOT CONVERGED" not in md


def test_a_bad_budget_check_fails_before_any_run(swept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    calls = _fake_budget_runs(monkeypatch, {})
    assert _compare(swept, "--budget-check", "1") == 2
    assert "--budget-check must be 0 (off) or a factor >= 2, but got 1" in capsys.readouterr().err
    assert _compare(swept, "--budget-check", "2", "--budget-check-methods", "fedadam") == 2
    err = capsys.readouterr().err
    assert "--budget-check: fedadam not in this comparison (methods: fedavg, fedprox)" in err
    assert "Traceback" not in err and calls == []


def test_a_table_naming_a_protocol_says_whether_its_fixed_settings_are_that_protocols(
        swept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`compare --protocol P` on studies swept otherwise (here the tiny test budget, or a flag such as
    --rounds 200 reproducing an earlier table) is not refused, but the table and stderr say which
    fixed settings are not P's; studies swept under P exactly get a line saying they are."""
    _fake_budget_runs(monkeypatch, {("fedavg", False): 0.60, ("fedprox", False): 0.62})
    assert main(["compare", "--protocol", "eurosat-2core", "--alpha", "0.1", "--seeds", "1", "--runs-dir",
                 str(swept), "--no-mlflow", "--no-reuse", "--quiet", "--leaderboard-dir", str(tmp_path)]) == 0
    out = capsys.readouterr()
    md = (tmp_path / "eurosat-dir0.1.md").read_text()
    assert "NOT protocol eurosat-2core as it stands" in md and "train.rounds=1 (the protocol's: 100)" in md
    assert "train.rounds=1 (the protocol's: 100)" in out.err and "NOT protocol eurosat-2core" in out.out
    assert "every fixed setting is the protocol's" not in md

    from fblbench.config import trained_settings
    from fblbench.protocols import protocol_configs

    data, train = protocol_configs("eurosat-niid-recipe", "dirichlet", 0.1, 2)
    fixed = trained_settings(data, train, ["train.lr", "train.local_epochs", "train.batch_size", "train.seed"])
    assert fixed["train.rounds"] == 300 and cands.off_protocol("eurosat-niid-recipe", fixed, data) == []
    at_200 = {**fixed, "train.rounds": 200}  # the earlier Dirichlet 0.1 tables' budget (--rounds 200)
    assert cands.off_protocol("eurosat-niid-recipe", at_200, data) == ["train.rounds=200 (the protocol's: 300)"]
    half = dataclasses.replace(data, alpha=0.5)  # 200 rounds is the protocol's own at Dirichlet 0.5
    assert cands.off_protocol("eurosat-niid-recipe", {**at_200, "data.alpha": 0.5}, half) == []
