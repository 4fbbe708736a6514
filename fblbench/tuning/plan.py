"""Planning a sweep: its settings (``SweepConfig``, defined in :mod:`fblbench.tuning.settings`), the studies it holds (``StudyPlan``,
one per heterogeneity level and method, with validated search spaces) and their names.
No work happens here: ``plan_sweep`` only resolves and checks."""

from __future__ import annotations

from dataclasses import dataclass, field

import optuna
from optuna.trial import FrozenTrial

from fblbench.config import DataConfig, TrainConfig
from fblbench.errors import ConfigError, SearchSpaceError
from fblbench.method import Method
from fblbench.registry import get_method
from fblbench.tuning.settings import OBJECTIVES, SweepConfig
from fblbench.tuning.space import Param, common_space, method_space


@dataclass
class StudyPlan:
    """A validated study, ready to run."""

    name: str
    method_spec: str
    method_cls: type[Method]
    data_cfg: DataConfig
    train_cfg: TrainConfig
    common: dict[str, Param]
    own: dict[str, Param]
    widened_from: dict[str, Param] = field(default_factory=dict)  # shipped ranges ``holding_trial_zero`` stretched


def study_name(data: DataConfig, method: str, objective: str = "accuracy") -> str:
    """``<dataset>-<level>-<method>``; multi-objective studies add ``@<objectives>``."""
    base = f"{data.dataset}-{data.partition_tag()}-{method}"
    return base if objective == "accuracy" else f"{base}@{objective}"


def experiment_name(data: DataConfig) -> str:
    return f"fblbench/{data.dataset}-{data.partition_tag()}"


def holding_trial_zero(common: dict[str, Param], train_cfg: TrainConfig) -> dict[str, Param]:
    """The shared ranges, each stretched to hold the run's own setting (the budget's, the
    protocol's or the command line's), which trial 0 trains at: a protocol of 10 local epochs
    searched over common.yaml's 1-5 would otherwise start from a sampled value, not its own.
    Every method of a sweep shares one training configuration, so all get the same ranges."""
    out = {}
    for key, param in common.items():
        value = getattr(train_cfg, key)
        held = param.holding(value)
        if held is None:
            raise SearchSpaceError(
                f"common.yaml's range for {key} cannot hold this run's {key}={value!r}: pass a --{key.replace('_', '-')} "
                "inside it, or give a common.yaml (--spaces-dir) whose range holds it")
        out[key] = held
    return out


def widenings(plans: list[StudyPlan]) -> list[str]:
    """One line per shared range ``holding_trial_zero`` stretched (for the sweep's start-up output)."""
    lines = {f"search space: {key} widened from {_range_text(old)} to {_range_text(plan.common[key])} to hold "
             f"this run's {key}={getattr(plan.train_cfg, key)} (trial 0), for every method"
             for plan in plans for key, old in plan.widened_from.items()}
    return sorted(lines)


def _range_text(p: Param) -> str:
    return f"{list(p.choices)}" if p.type == "categorical" else f"{p.low:g}-{p.high:g}"


def plan_sweep(cfg: SweepConfig) -> list[StudyPlan]:
    """Resolve every (alpha, method) study and validate its search spaces: no work yet."""
    shipped = common_space(cfg.spaces_dir)
    plans = []
    for alpha in cfg.alphas:
        data_cfg, train_cfg = cfg.configs(alpha)
        common = holding_trial_zero(shipped, train_cfg)
        for spec in cfg.methods:
            cls = get_method(spec)
            own = method_space(spec, cls, cfg.spaces_dir)
            clash = set(own) & set(common)
            if clash:
                raise SearchSpaceError(
                    f"{spec}: hyperparameter(s) {sorted(clash)} appear in both common.yaml and the method's "
                    "own search space; rename the method's field"
                )
            plans.append(StudyPlan(study_name(data_cfg, spec, cfg.objective), spec, cls, data_cfg, train_cfg,
                                   common, own, {k: shipped[k] for k, p in common.items() if p != shipped[k]}))
    names = [p.name for p in plans]
    dup = sorted({n for n in names if names.count(n) > 1})
    if dup:
        raise ConfigError(f"two studies would share the name(s) {dup}: give distinct --alphas / --methods")
    return plans


def best_config_trial(study: optuna.Study) -> FrozenTrial | None:
    """The trial whose configuration a comparison re-runs: the best validation accuracy
    (for a multi-objective study, the most accurate trial of the Pareto front)."""
    if len(study.directions) == 1:
        try:
            return study.best_trial
        except ValueError:
            return None
    front = study.best_trials
    return max(front, key=lambda t: (t.values[0], -t.number)) if front else None


__all__ = ["OBJECTIVES", "StudyPlan", "SweepConfig", "best_config_trial", "experiment_name", "holding_trial_zero",
           "plan_sweep", "study_name", "widenings"]
