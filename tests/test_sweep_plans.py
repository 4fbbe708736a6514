"""Every registered method, alone and composed with FBL, can be planned as a sweep with the
bundled search spaces: no name clash with the shared settings, every range valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from fblbench.registry import available_methods
from fblbench.tuning.study import SweepConfig, plan_sweep

METHODS = sorted(available_methods())
COMPOSED = [f"fbl+{m}" for m in METHODS if m not in ("fbl", "fedavg")]


@pytest.mark.parametrize("spec", METHODS + COMPOSED)
def test_every_method_plans_a_sweep(spec: str, tmp_path: Path) -> None:
    cfg = SweepConfig(dataset="eurosat", methods=(spec,), budget="smoke", runs_dir=tmp_path)
    (plan,) = plan_sweep(cfg)
    assert plan.method_spec == spec
    assert not set(plan.own) & set(plan.common), "a method's own space repeats a shared setting"


def test_a_mixed_federation_plans_its_members_namespaced_spaces(tmp_path: Path) -> None:
    spec = "mix:fbl=0.5:fedprox=0.3:scaffold=0.2"
    cfg = SweepConfig(dataset="eurosat", methods=(spec,), budget="smoke", runs_dir=tmp_path)
    (plan,) = plan_sweep(cfg)
    assert {"fbl.p_drop", "fedprox.mu", "scaffold.server_lr"} <= set(plan.own)
    assert all("." in k for k in plan.own) and not set(plan.own) & set(plan.common)


def _trial_zero(cfg: SweepConfig) -> dict[str, object]:
    import optuna

    from fblbench.tuning.study import create_study

    (plan,) = plan_sweep(cfg)
    study = create_study(cfg, plan, optuna.storages.InMemoryStorage())
    (waiting,) = study.get_trials(deepcopy=False)
    return dict(waiting.system_attrs["fixed_params"])


def test_trial_zero_trains_at_the_runs_own_shared_settings_even_outside_common_yaml(tmp_path: Path) -> None:
    """A protocol of 10 local epochs (common.yaml: 1-5) starts its studies at 10, not at a sampled value."""
    from fblbench.tuning.plan import widenings

    cfg = SweepConfig(dataset="eurosat", methods=("fedavg", "fbl"), budget="smoke", runs_dir=tmp_path,
                      overrides={"local_epochs": 10, "batch_size": 256, "lr": 0.01})
    plans = plan_sweep(cfg)
    for plan in plans:
        assert (plan.common["local_epochs"].low, plan.common["local_epochs"].high) == (1, 10)
        assert plan.common["batch_size"].choices == (32, 64, 128, 256)
        assert (plan.common["lr"].low, plan.common["lr"].high) == (0.001, 0.05)  # inside: untouched
    assert widenings(plans) == [
        "search space: batch_size widened from [32, 64, 128] to [32, 64, 128, 256] to hold this run's "
        "batch_size=256 (trial 0), for every method",
        "search space: local_epochs widened from 1-5 to 1-10 to hold this run's local_epochs=10 (trial 0), "
        "for every method"]
    zero = _trial_zero(SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path,
                                   overrides={"local_epochs": 10}))
    assert zero["local_epochs"] == 10 and "lr" in zero and "batch_size" in zero


def test_a_shared_setting_no_range_can_hold_is_one_clear_error(tmp_path: Path) -> None:
    from fblbench.errors import SearchSpaceError

    spaces = tmp_path / "spaces"
    spaces.mkdir()
    (spaces / "common.yaml").write_text("momentum: {type: float, low: 0.5, high: 0.99, log: true}\n"
                                        "local_epochs: {type: int, low: 2, high: 6, step: 2}\n")
    cfg = SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path / "r",
                      spaces_dir=spaces, overrides={"momentum": 0.0, "local_epochs": 2})
    with pytest.raises(SearchSpaceError, match=r"common.yaml's range for momentum cannot hold this run's "
                                               r"momentum=0.0: pass a --momentum inside it"):
        plan_sweep(cfg)
    for off_grid in (7, 3):  # outside the range, and inside it
        odd = SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path / "r",
                          spaces_dir=spaces, overrides={"momentum": 0.9, "local_epochs": off_grid})
        with pytest.raises(SearchSpaceError, match=f"range for local_epochs cannot hold this run's local_epochs={off_grid}"):
            plan_sweep(odd)
    (plan,) = plan_sweep(SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path / "r",
                                     spaces_dir=spaces, overrides={"momentum": 0.9, "local_epochs": 10}))
    assert (plan.common["local_epochs"].low, plan.common["local_epochs"].high) == (2, 10)  # on the grid: widened


def test_resuming_a_study_with_other_categorical_choices_is_refused_before_any_trial(tmp_path: Path) -> None:
    """Optuna cannot change a categorical's choices inside a study (every new trial would fail), and
    a study over two ranges is one compare refuses: both are refused when the sweep starts."""
    import optuna

    from fblbench.errors import ConfigError
    from fblbench.tuning.study import create_study

    storage = optuna.storages.InMemoryStorage()
    before = SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path)
    (plan,) = plan_sweep(before)
    study = create_study(before, plan, storage)
    trial = study.ask()
    trial.suggest_categorical("batch_size", list(plan.common["batch_size"].choices))
    study.tell(trial, 0.5)
    create_study(before, plan, storage)  # the same settings: resumes
    wider = SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path,
                        overrides={"batch_size": 256})
    (plan256,) = plan_sweep(wider)
    with pytest.raises(ConfigError, match=r"searched batch_size over CategoricalDistribution\(choices=\(32, 64, 128\)\), "
                                          r"this sweep over CategoricalDistribution\(choices=\(32, 64, 128, 256\)\)"
                                          r".*new --runs-dir"):
        create_study(wider, plan256, storage)
    longer = SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path,
                         overrides={"local_epochs": 10})
    (plan10,) = plan_sweep(longer)
    fresh = optuna.storages.InMemoryStorage()
    create_study(before, plan, fresh)  # stopped before trial 0 ran: it waits, fixed at the smoke budget's values
    with pytest.raises(ConfigError, match=r"searched local_epochs over IntDistribution\(.*high=5.*this sweep over "
                                          r"IntDistribution\(.*high=10"):
        create_study(longer, plan10, fresh)
    older = optuna.storages.InMemoryStorage()
    legacy = optuna.create_study(storage=older, study_name=plan.name)
    old = legacy.ask()  # a study from before spaces were stored: its trials' distributions are checked
    old.suggest_categorical("batch_size", [32, 64, 128])
    legacy.tell(old, 0.5)
    with pytest.raises(ConfigError, match="searched batch_size over"):
        create_study(wider, plan256, older)
