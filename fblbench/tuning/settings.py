"""The settings of ``fblbench sweep`` (``SweepConfig``) and ``fblbench compare``
(``CompareConfig``): each default and help text once, here; the CLI builds the commands'
flags from these fields (:mod:`fblbench.cliflags`). Light on purpose: the CLI imports this
module to build its parser, so it imports no Optuna, MLflow or torch."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fblbench import runtime
from fblbench.config import (
    BUDGET_SWEEP,
    BUDGETS,
    DEFAULT_BUDGET,
    DataConfig,
    TrainConfig,
    build_configs,
    default_runs_dir,
    setting,
)
from fblbench.errors import ConfigError
from fblbench.tracking.mlflow_log import sqlite_uri

# --objective choices: the first objective is always the validation accuracy (maximised).
OBJECTIVES: dict[str, tuple[str, ...]] = {
    "accuracy": ("accuracy",),
    # Fewer synthetic samples for the same accuracy (FBL's generator filling; 0 for others).
    "accuracy,synthetic": ("accuracy", "synthetic"),
    # Cheaper trials for the same accuracy (wall-clock seconds of training).
    "accuracy,cost": ("accuracy", "cost"),
}
PRUNERS = ("median", "hyperband", "none")

_RUNS_DIR = "folder of the stores"
_STORAGE = "Optuna storage URL"
_MLFLOW_URI = "MLflow tracking URI"
_OPTUNA_DB = "sqlite:///<runs-dir>/optuna.db"
_MLFLOW_DB = "sqlite:///<runs-dir>/mlflow.db"


def store_url(given: str | None, runs_dir: Path, filename: str) -> str:
    """The store's URL: ``given`` (--storage / --mlflow-uri), else the SQLite file
    ``<runs_dir>/<filename>``; a PostgreSQL URL names the driver that is installed."""
    from fblbench.tuning.database import database_url

    return database_url(given or sqlite_uri(runs_dir / filename))


def sweep_defaults(budget: str, trials: int | None, n_jobs: int | None) -> tuple[int, int]:
    """(trials, workers): the values given, else the budget's (workers 0 = one per usable core)."""
    preset = BUDGET_SWEEP[budget]
    return (preset["trials"] if trials is None else trials,
            (preset["workers"] or runtime.usable_cores()) if n_jobs is None else n_jobs)


def _per_budget(key: str, zero: str = "0") -> str:
    return ", ".join(f"{b} {p[key] or zero}" for b, p in BUDGET_SWEEP.items())


def _spaces_dir() -> Path:
    """``$FBLBENCH_SPACES_DIR``, else none (the files the methods ship)."""
    from fblbench.tuning.space import default_spaces_dir

    return default_spaces_dir()


@dataclass(frozen=True)
class SweepConfig:
    """Everything a sweep needs; built by the CLI, validated before the first trial."""

    dataset: str = DataConfig.dataset
    methods: tuple[str, ...] = setting(("fedavg",), "comma-separated methods: names, fbl+<method> or "
                                                    "package.module:Class", flags=("--method",))
    partition: str = DataConfig.partition
    alphas: tuple[float, ...] = setting((DataConfig.alpha,), "comma-separated Dirichlet alphas, one study each",
                                        flags=("--alpha",))
    # Not given (None): the budget's (BUDGET_SWEEP), set in __post_init__: a handful for smoke,
    # 100 for the others.
    trials: int = setting(None, "trials per study", unset=f"the budget's: {_per_budget('trials')}")
    budget: str = DEFAULT_BUDGET
    # Seed of the TPE sampler and of every trial's model initialisation and client sampling.
    seed: int = TrainConfig.seed
    runs_dir: Path = setting(help=_RUNS_DIR, factory=default_runs_dir)
    storage: str | None = setting(None, _STORAGE, unset=_OPTUNA_DB)
    mlflow_uri: str | None = setting(None, _MLFLOW_URI, unset=_MLFLOW_DB)
    spaces_dir: Path = setting(help="folder of search-space YAML files laid over the ones the methods ship, "
                                    "file by file: common.yaml, <method>.yaml, fbl+<method>.yaml "
                                    "(docs/methods.md, Search spaces)", factory=_spaces_dir)
    pruner: str = setting("median", "stop weak trials early (multi-objective studies never prune)",
                          choices=PRUNERS)
    # Rounds before a trial may be pruned, and complete trials before pruning starts.
    pruner_warmup_rounds: int = setting(5, "rounds before a trial may be pruned", flags=("--pruner-warmup",))
    pruner_startup_trials: int = setting(5, "complete trials before the median pruner starts",
                                         flags=("--pruner-startup",))
    objective: str = setting(
        "accuracy", "accuracy: maximise validation accuracy. accuracy,synthetic: also minimise the synthetic "
        "samples trained on (FBL's num_synthetic; 0 for other methods). accuracy,cost: also minimise a trial's "
        "wall-clock seconds. Multi-objective studies keep a Pareto front and cannot prune: pruning is off "
        "for them", choices=tuple(OBJECTIVES))
    # Worker processes on this machine; torch threads are divided among them. Not given: the budget's.
    n_jobs: int = setting(None, "worker processes on this machine; torch threads are divided among them. Other "
                                "machines join with the same --storage",
                          unset=f"the budget's: {_per_budget('workers', 'one per usable core')}")
    retire_changed: bool = setting(
        False, "a study whose trials trained under other settings or searched another space (a protocol, flag or "
        "method default that changed) is kept as <study>@retired-<n>, its trials and MLflow runs intact and left "
        "out of compare, and started afresh; the other studies stay as they are")
    # Settings passed to fblbench.config.build_configs (data and training overrides).
    overrides: dict[str, Any] = field(default_factory=dict)
    progress: bool = True

    def __post_init__(self) -> None:
        if self.budget not in BUDGETS:
            raise ConfigError(f"budget must be one of {', '.join(BUDGETS)}, but got {self.budget!r}")
        trials, n_jobs = sweep_defaults(self.budget, self.trials, self.n_jobs)
        object.__setattr__(self, "trials", trials)
        object.__setattr__(self, "n_jobs", n_jobs)
        if self.trials < 1:
            raise ConfigError(f"--trials must be >= 1, but got {self.trials}")
        if not self.methods:
            raise ConfigError("--methods must name at least one method")
        if len(set(self.methods)) != len(self.methods):
            raise ConfigError(f"--methods names a method twice: {','.join(self.methods)}")
        if not self.alphas:
            raise ConfigError("--alphas must name at least one value")
        if self.pruner not in PRUNERS:
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
        return store_url(self.storage, self.runs_dir, "optuna.db")

    def tracking_uri(self) -> str:
        return store_url(self.mlflow_uri, self.runs_dir, "mlflow.db")

    def configs(self, alpha: float) -> tuple[DataConfig, TrainConfig]:
        return build_configs(
            self.budget,
            dataset=self.dataset,
            partition=self.partition,
            alpha=alpha,
            seed=self.seed,
            **self.overrides,
        )


@dataclass(frozen=True)
class CompareConfig:
    """What ``fblbench compare`` re-runs and where it writes (:mod:`fblbench.tuning.compare`)."""

    dataset: str
    partition: str  # the heterogeneity level's tag: dir0.1, shards2, iid
    methods: tuple[str, ...] = setting((), "comma-separated methods", flags=("--method",),
                                       unset="every method with a study at this level")
    seeds: int = setting(5, "seeds per method, paired across methods")
    seed: int = setting(TrainConfig.seed, "first seed; the others follow")
    reference: str = setting("fbl", "method the others are tested against")
    objective: str = setting(SweepConfig.objective, "which sweep's studies to read", choices=tuple(OBJECTIVES))
    runs_dir: Path = setting(help=_RUNS_DIR, factory=default_runs_dir)
    storage: str | None = setting(None, _STORAGE, unset=_OPTUNA_DB)
    mlflow_uri: str | None = setting(None, _MLFLOW_URI, unset=_MLFLOW_DB)
    leaderboard_dir: Path | None = setting(None, "where <dataset>-<level>.md/.csv go",
                                           unset="<runs-dir>/leaderboards")
    # Settings of this machine that replace the stored ones (data_dir, cache_dir, device, threads).
    local: dict[str, Any] = field(default_factory=dict)
    protocol: str | None = None  # --protocol: the table says whether its fixed settings are that protocol's
    command: str = "fblbench compare"
    progress: bool = True
    log_mlflow: bool = True
    notes: tuple[str, ...] = ()  # lines printed under the leaderboard
    n_jobs: int = setting(1, "worker processes for the reruns; torch threads are divided among them")
    reuse: bool = setting(True, "read back a rerun's identical run instead of training it again: the best "
                                "trial's own run (same seed, threads, device) or an earlier compare rerun in the "
                                "store (an interrupted compare resumes); --no-reuse trains every rerun")
    reuse_other_machines: bool = setting(False, "read back identical runs trained on other kernels too (another "
                                                "CPU model or GPU: the same seed ends at other floats there); "
                                                "the table names each run's machine")
    # Compare methods tuned with different effort (trials, shared ranges); the table says so.
    allow_unequal_effort: bool = setting(False, "compare methods whose studies hold different counted trials or "
                                                "searched the shared settings over different ranges (refused "
                                                "otherwise); the table is flagged")
    # Under a decaying lr every curve is flat at the end: only more rounds show convergence.
    budget_check: int = setting(0, "the round-budget check: re-run the --budget-check-methods' best configurations "
                                   "with this many times the rounds (the lr schedule spread over them) and the "
                                   "same seeds, and flag the table when one gains more than a point of test "
                                   "accuracy (each such rerun costs that many reruns); 0: off")
    budget_check_methods: tuple[str, ...] = setting(("fedavg",), "comma-separated methods the budget check "
                                                                  "re-runs (those in the comparison)")

    def __post_init__(self) -> None:
        if self.seeds < 1:
            raise ConfigError(f"--seeds must be >= 1, but got {self.seeds}")
        if self.budget_check == 1 or self.budget_check < 0:
            raise ConfigError(f"--budget-check must be 0 (off) or a factor >= 2, but got {self.budget_check}")
        if self.n_jobs < 1:
            raise ConfigError(f"--n-jobs must be >= 1, but got {self.n_jobs}")
        if self.reuse_other_machines and not self.reuse:
            raise ConfigError("--reuse-other-machines reads stored runs back and --no-reuse trains every run again: "
                              "drop one of the two")
        if self.objective not in OBJECTIVES:
            raise ConfigError(f"--objective must be one of {', '.join(OBJECTIVES)}, but got {self.objective!r}")

    def storage_url(self) -> str:
        return store_url(self.storage, self.runs_dir, "optuna.db")

    def tracking_uri(self) -> str:
        return store_url(self.mlflow_uri, self.runs_dir, "mlflow.db")

    def board_dir(self) -> Path:
        """Where the leaderboard files go: ``leaderboard_dir``, else ``<runs_dir>/leaderboards``."""
        return self.leaderboard_dir if self.leaderboard_dir is not None else self.runs_dir / "leaderboards"


__all__ = ["OBJECTIVES", "PRUNERS", "CompareConfig", "SweepConfig", "store_url", "sweep_defaults"]
