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


def test_a_finished_study_resumes_after_its_space_gained_a_dimension_but_more_trials_are_refused(
        tmp_path: Path) -> None:
    """A sweep whose studies hold their --trials runs no trial more: resuming it (for compare, after
    fblbench added gen_pool_scale to fbl.yaml) mixes no searches. Asking for more trials does."""
    import dataclasses

    import optuna

    from fblbench.errors import ConfigError
    from fblbench.tuning.space import suggest
    from fblbench.tuning.study import create_study

    one = SweepConfig(dataset="eurosat", methods=("fbl",), budget="smoke", runs_dir=tmp_path, trials=1)
    (plan,) = plan_sweep(one)
    before = dataclasses.replace(plan, own={k: p for k, p in plan.own.items() if k != "gen_pool_scale"})
    storage = optuna.storages.InMemoryStorage()
    study = create_study(one, before, storage)
    trial = study.ask()  # trial 0, as the objective runs it
    suggest(trial, before.own)
    study.tell(trial, 0.5)
    create_study(one, plan, storage)  # finished: resumes under the wider space
    more = dataclasses.replace(one, trials=2)
    with pytest.raises(ConfigError, match=r"searched gen_pool_scale over nothing, this sweep over "
                                          r"CategoricalDistribution\(choices=\(1.0, 2.0, 5.0\)\)"):
        create_study(more, plan, storage)



def test_a_study_resumed_under_other_fixed_settings_is_refused_before_any_work(tmp_path: Path) -> None:
    import optuna

    from fblbench.errors import ConfigError
    from fblbench.method import FedAvg
    from fblbench.tuning.runlog import resolved_params
    from fblbench.tuning.study import create_study, fixed_settings

    def resume(storage: optuna.storages.BaseStorage, **overrides: object) -> optuna.Study:
        cfg = SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path,
                          overrides=dict(overrides))
        (plan,) = plan_sweep(cfg)
        return create_study(cfg, plan, storage)

    def with_one_trial(drop: str = "") -> optuna.storages.BaseStorage:
        storage = optuna.storages.InMemoryStorage()
        study = resume(storage)
        (plan,) = plan_sweep(SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path))
        trial = study.ask()  # trial 0 records its settings as the objective does
        record = resolved_params(plan.data_cfg, plan.train_cfg, FedAvg(), "fedavg")
        trial.set_user_attr("config", {k: v for k, v in record.items() if k != drop})
        study.tell(trial, 0.5)
        return storage

    storage = with_one_trial()
    resume(storage)  # the same settings: resumes
    resume(storage, threads=1, test_every=3, device="cpu")  # where it runs and how often it tests: resumes too
    with pytest.raises(ConfigError, match=r"holds trials trained with other settings \(train.rounds=2, this sweep 7\)"
                                          r": resume with the same settings, sweep into a new --runs-dir, or retire the study \(--retire-changed\)"):
        resume(storage, rounds=7)
    (plan,) = plan_sweep(SweepConfig(dataset="eurosat", methods=("fedavg",), budget="smoke", runs_dir=tmp_path))
    assert "train.rounds" in fixed_settings(plan) and "train.lr" not in fixed_settings(plan)  # lr is searched
    # A trial recorded before a setting existed trained with its default: clip 0 resumes, clip 10 is refused.
    legacy = with_one_trial(drop="train.clip_grad_norm")
    resume(legacy)
    with pytest.raises(ConfigError, match=r"train.clip_grad_norm=0.0, this sweep 10.0"):
        resume(legacy, clip_grad_norm=10.0)


@pytest.mark.parametrize("spec, prefix", [("fbl", ""), ("fbl+fedprox", "fbl.")])
def test_a_study_whose_trials_trained_under_another_method_default_is_refused(
        spec: str, prefix: str, tmp_path: Path) -> None:
    """A hyperparameter outside the search space is a fixed setting too: trials of a study resumed
    after its default changed (an upgrade, an edited plugin) would be ranked against the new ones."""
    import optuna

    from fblbench.errors import ConfigError
    from fblbench.registry import get_method
    from fblbench.tuning.runlog import resolved_params
    from fblbench.tuning.study import create_study, fixed_settings

    cfg = SweepConfig(dataset="eurosat", methods=(spec,), budget="smoke", runs_dir=tmp_path)
    (plan,) = plan_sweep(cfg)
    assert f"method.{prefix}gen_seed" in fixed_settings(plan) and f"method.{prefix}p_drop" not in fixed_settings(plan)

    def recorded_with(**changes: object) -> optuna.storages.BaseStorage:
        storage = optuna.storages.InMemoryStorage()
        study = create_study(cfg, plan, storage)
        trial = study.ask()
        record = resolved_params(plan.data_cfg, plan.train_cfg, get_method(spec).from_dict({}), spec)
        for k, v in changes.items():
            record.pop(f"method.{prefix}{k}") if v is None else record.update({f"method.{prefix}{k}": v})
        trial.set_user_attr("config", record)
        study.tell(trial, 0.5)
        return storage

    create_study(cfg, plan, recorded_with())  # the same defaults: resumes
    create_study(cfg, plan, recorded_with(p_drop=0.7))  # a searched one differs per trial: resumes
    create_study(cfg, plan, recorded_with(gen_pool_scale=2.0, gen_pool_size=32))  # so does the pool its scale sizes
    with pytest.raises(ConfigError, match=rf"method.{prefix}gen_pool_size=32, this sweep 80"):
        create_study(cfg, plan, recorded_with(gen_pool_size=32))  # but at the default scale 5 the smoke pool is 80
    create_study(cfg, plan, recorded_with(redraw_synthetic=None))  # recorded before it existed: its default
    with pytest.raises(ConfigError, match=rf"holds trials trained with other settings \(method.{prefix}gen_train_steps=5000, "
                                          r"this sweep 40\): resume with the same settings, sweep into a new --runs-dir, or retire the study \(--retire-changed\)"):
        create_study(cfg, plan, recorded_with(gen_train_steps=5000))


def test_a_run_records_its_generators_sizes_and_a_change_of_the_sizes_table_shows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The sized generator fields default to 0, "the budget's size": a record of 0 would hide a
    change of GENERATOR_SIZES_TABLE (a bigger pool) from every resume and read-back. Runs record
    the sizes; a record from before then reads its 0 as the sizes of that time."""
    import dataclasses

    import optuna

    from fblbench.errors import ConfigError
    from fblbench.fbl.generators import base
    from fblbench.registry import get_method
    from fblbench.tuning.runlog import changed_settings, resolved_params
    from fblbench.tuning.study import create_study

    cfg = SweepConfig(dataset="eurosat", methods=("fbl+fedprox",), budget="smoke", runs_dir=tmp_path)
    (plan,) = plan_sweep(cfg)
    fbl = get_method("fbl+fedprox")
    assert resolved_params(plan.data_cfg, plan.train_cfg, fbl.from_dict({}), "fbl+fedprox")[
        "method.fbl.gen_pool_size"] == 80  # smoke's 16 at the default scale 5
    one = {"fbl.gen_pool_scale": 1.0}  # the scale of the records from before the field existed
    record = resolved_params(plan.data_cfg, plan.train_cfg, fbl.from_dict(one), "fbl+fedprox")
    assert (record["method.fbl.gen_pool_size"], record["method.fbl.gen_width"]) == (16, 16)  # smoke's
    explicit = resolved_params(plan.data_cfg, plan.train_cfg, fbl.from_dict({"fbl.gen_pool_size": 7}), "fbl+fedprox")
    assert explicit["method.fbl.gen_pool_size"] == 7
    legacy = {**record, **{f"method.fbl.gen_{f}": 0 for f in ("train_steps", "width", "pool_size", "sampling_steps")}}
    assert changed_settings(legacy, record) == {}
    mlflow_params = {k: str(v) for k, v in legacy.items()}  # an MLflow param is text: "0"
    assert changed_settings(mlflow_params, record, as_text=str) == {}
    # A record from before gen_pool_scale existed trained at scale 1, whatever the default says now.
    older = {k: v for k, v in legacy.items() if k != "method.fbl.gen_pool_scale"}
    five = {**record, "method.fbl.gen_pool_scale": 5.0, "method.fbl.gen_pool_size": 80}
    assert changed_settings(older, five, method_defaults={"method.fbl.gen_pool_scale": 5.0}) == {
        "method.fbl.gen_pool_size": (16, 80)}

    def with_trial(config: dict[str, object]) -> optuna.storages.BaseStorage:
        storage = optuna.storages.InMemoryStorage()
        study = create_study(cfg, plan, storage)
        trial = study.ask()
        trial.set_user_attr("config", config)
        study.tell(trial, 0.5)
        return storage

    old, new = with_trial(legacy), with_trial(record)
    bigger = dict(base.GENERATOR_SIZES_TABLE, smoke=dataclasses.replace(base.GENERATOR_SIZES_TABLE["smoke"], pool_size=32))
    monkeypatch.setattr(base, "GENERATOR_SIZES_TABLE", bigger)
    (plan32,) = plan_sweep(cfg)
    now = resolved_params(plan32.data_cfg, plan32.train_cfg, fbl.from_dict(one), "fbl+fedprox")
    assert changed_settings(legacy, now) == changed_settings(record, now) == {"method.fbl.gen_pool_size": (16, 32)}
    for storage in (old, new):
        with pytest.raises(ConfigError, match=r"method.fbl.gen_pool_size=16, this sweep 32"):
            create_study(cfg, plan32, storage)
