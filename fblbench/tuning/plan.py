"""Planning a sweep: its settings (``SweepConfig``), the studies it holds (``StudyPlan``,
one per heterogeneity level and method, with validated search spaces) and their names.
No work happens here: ``plan_sweep`` only resolves and checks."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial

from fblbench.config import DataConfig, TrainConfig, build_configs, default_runs_dir
from fblbench.errors import ConfigError, SearchSpaceError
from fblbench.method import Method
from fblbench.registry import get_method
from fblbench.tracking.mlflow_log import sqlite_uri
from fblbench.tuning.coordination import database_url
from fblbench.tuning.space import Param, common_space, default_spaces_dir, method_space

# --objective choices: the first objective is always the validation accuracy (maximised).
OBJECTIVES: dict[str, tuple[str, ...]] = {
    "accuracy": ("accuracy",),
    # Fewer synthetic samples for the same accuracy (FBL's generator filling; 0 for others).
    "accuracy,synthetic": ("accuracy", "synthetic"),
    # Cheaper trials for the same accuracy (wall-clock seconds of training).
    "accuracy,cost": ("accuracy", "cost"),
}


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


@dataclass(frozen=True)
class SweepConfig:
    """Everything a sweep needs; built by the CLI, validated before the first trial."""

    dataset: str = "eurosat"
    methods: tuple[str, ...] = ("fedavg",)
    partition: str = "dirichlet"
    alphas: tuple[float, ...] = (0.1,)
    trials: int = 100
    budget: str = "cpu"
    # Seed of the TPE sampler and of every trial's model initialisation and client sampling.
    seed: int = 0
    runs_dir: Path = field(default_factory=default_runs_dir)
    storage: str | None = None  # default: sqlite:///<runs_dir>/optuna.db
    mlflow_uri: str | None = None  # default: sqlite:///<runs_dir>/mlflow.db
    spaces_dir: Path = field(default_factory=default_spaces_dir)
    pruner: str = "median"  # median | hyperband | none (multi-objective studies never prune)
    # Rounds before a trial may be pruned, and complete trials before pruning starts.
    pruner_warmup_rounds: int = 5
    pruner_startup_trials: int = 5
    # "accuracy" (default), "accuracy,synthetic" or "accuracy,cost": see OBJECTIVES.
    objective: str = "accuracy"
    # Worker processes on this machine; torch threads are divided among them.
    n_jobs: int = 1
    # Settings passed to fblbench.config.build_configs (data and training overrides).
    overrides: dict[str, Any] = field(default_factory=dict)
    progress: bool = True

    def __post_init__(self) -> None:
        if self.trials < 1:
            raise ConfigError(f"--trials must be >= 1, but got {self.trials}")
        if not self.methods:
            raise ConfigError("--methods must name at least one method")
        if len(set(self.methods)) != len(self.methods):
            raise ConfigError(f"--methods names a method twice: {','.join(self.methods)}")
        if not self.alphas:
            raise ConfigError("--alphas must name at least one value")
        if self.pruner not in ("median", "hyperband", "none"):
            raise ConfigError(f"--pruner must be median, hyperband or none, but got {self.pruner!r}")
        if self.objective not in OBJECTIVES:
            raise ConfigError(f"--objective must be one of {', '.join(OBJECTIVES)}, but got {self.objective!r}")
        if self.n_jobs < 1:
            raise ConfigError(f"--n-jobs must be >= 1, but got {self.n_jobs}")
        if self.pruner_warmup_rounds < 0:
            raise ConfigError(f"--pruner-warmup must be >= 0, but got {self.pruner_warmup_rounds}")

    @property
    def objectives(self) -> tuple[str, ...]:
        return OBJECTIVES[self.objective]

    @property
    def multi_objective(self) -> bool:
        return len(self.objectives) > 1

    @property
    def effective_pruner(self) -> str:
        """Multi-objective studies cannot prune (Optuna's pruners rank one value)."""
        return "none" if self.multi_objective else self.pruner

    def storage_url(self) -> str:
        return database_url(self.storage or sqlite_uri(self.runs_dir / "optuna.db"))

    def tracking_uri(self) -> str:
        return database_url(self.mlflow_uri or sqlite_uri(self.runs_dir / "mlflow.db"))

    def configs(self, alpha: float) -> tuple[DataConfig, TrainConfig]:
        return build_configs(
            self.budget,
            dataset=self.dataset,
            partition=self.partition,
            alpha=alpha,
            seed=self.seed,
            **self.overrides,
        )


def study_name(data: DataConfig, method: str, objective: str = "accuracy") -> str:
    """``<dataset>-<level>-<method>``; multi-objective studies add ``@<objectives>``."""
    base = f"{data.dataset}-{data.partition_tag()}-{method}"
    return base if objective == "accuracy" else f"{base}@{objective}"


def experiment_name(data: DataConfig) -> str:
    return f"fblbench/{data.dataset}-{data.partition_tag()}"


def plan_sweep(cfg: SweepConfig) -> list[StudyPlan]:
    """Resolve every (alpha, method) study and validate its search spaces: no work yet."""
    common = common_space(cfg.spaces_dir)
    plans = []
    for alpha in cfg.alphas:
        data_cfg, train_cfg = cfg.configs(alpha)
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
                                   common, own))
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


__all__ = ["OBJECTIVES", "StudyPlan", "SweepConfig", "best_config_trial", "experiment_name", "plan_sweep",
           "study_name"]
