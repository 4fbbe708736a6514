"""The study manager: one Optuna study per (dataset, heterogeneity level, method).

Every study of a sweep gets the same trial budget and the same cached partition;
all studies live in one Optuna storage, and every trial is an MLflow run nested
under its study's parent run. Re-running the same command resumes the studies.
"""

from __future__ import annotations

import dataclasses
import math
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import TrialState

from fblbench.config import DataConfig, TrainConfig, build_configs, default_runs_dir, to_flat_dict
from fblbench.engine.loop import Federation, RoundReport, build_federation, run_federated
from fblbench.errors import ConfigError, DivergedError, SearchSpaceError, TrackingError
from fblbench.method import Method
from fblbench.registry import get_method
from fblbench.tracking import plots
from fblbench.tracking.mlflow_log import (
    TAG_KIND,
    TAG_METHOD,
    TAG_STATE,
    TAG_STUDY,
    TAG_TRIAL,
    RunLog,
    Tracker,
    sqlite_uri,
)
from fblbench.tuning.space import (
    Param,
    common_space,
    default_spaces_dir,
    defaults_in_space,
    method_space,
    suggest,
)

FAILURE_ATTR = "fblbench_failure"
# Seconds between a running trial's heartbeats; a trial silent for GRACE seconds is
# failed (and retried) by the next worker, e.g. after the sweep was killed.
HEARTBEAT_INTERVAL = 10
HEARTBEAT_GRACE = 30


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
    pruner: str = "median"  # median | hyperband | none
    # Rounds before a trial may be pruned, and complete trials before pruning starts.
    pruner_warmup_rounds: int = 5
    pruner_startup_trials: int = 5
    # Settings passed to fblbench.config.build_configs (data and training overrides).
    overrides: dict[str, Any] = field(default_factory=dict)
    progress: bool = True

    def __post_init__(self) -> None:
        if self.trials < 1:
            raise ConfigError(f"--trials must be >= 1, but got {self.trials}")
        if not self.methods:
            raise ConfigError("--methods must name at least one method")
        if not self.alphas:
            raise ConfigError("--alphas must name at least one value")
        if self.pruner not in ("median", "hyperband", "none"):
            raise ConfigError(f"--pruner must be median, hyperband or none, but got {self.pruner!r}")

    def storage_url(self) -> str:
        return self.storage or sqlite_uri(self.runs_dir / "optuna.db")

    def tracking_uri(self) -> str:
        return self.mlflow_uri or sqlite_uri(self.runs_dir / "mlflow.db")

    def configs(self, alpha: float) -> tuple[DataConfig, TrainConfig]:
        return build_configs(
            self.budget,
            dataset=self.dataset,
            partition=self.partition,
            alpha=alpha,
            seed=self.seed,
            **self.overrides,
        )


def study_name(data: DataConfig, method: str) -> str:
    return f"{data.dataset}-{data.partition_tag()}-{method}"


def experiment_name(data: DataConfig) -> str:
    return f"fblbench/{data.dataset}-{data.partition_tag()}"


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
            plans.append(StudyPlan(study_name(data_cfg, spec), spec, cls, data_cfg, train_cfg, common, own))
    return plans


def make_storage(url: str) -> optuna.storages.BaseStorage:
    """Create (or open) the RDB storage once, before any worker starts, with heartbeats."""
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 120}
    else:
        kwargs["pool_pre_ping"] = True
    retry: dict[str, Any]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
            if hasattr(optuna.storages, "RetryHeartbeatStaleTrialCallback"):  # optuna >= 4.9
                retry = {"heartbeat_stale_trial_callback": optuna.storages.RetryHeartbeatStaleTrialCallback(3)}
            else:
                retry = {"failed_trial_callback": optuna.storages.RetryFailedTrialCallback(max_retry=3)}
            return optuna.storages.RDBStorage(
                url,
                engine_kwargs=kwargs,
                heartbeat_interval=HEARTBEAT_INTERVAL,
                grace_period=HEARTBEAT_GRACE,
                **retry,
            )
    except Exception as e:
        raise TrackingError(f"cannot open the Optuna storage {url!r}: {type(e).__name__}: {e}") from e


def make_pruner(cfg: SweepConfig, rounds: int) -> optuna.pruners.BasePruner:
    if cfg.pruner == "none":
        return optuna.pruners.NopPruner()
    if cfg.pruner == "hyperband":
        return optuna.pruners.HyperbandPruner(min_resource=max(1, cfg.pruner_warmup_rounds), max_resource=rounds)
    return optuna.pruners.MedianPruner(
        n_startup_trials=cfg.pruner_startup_trials, n_warmup_steps=cfg.pruner_warmup_rounds
    )


def counted_trials(study: optuna.Study) -> int:
    """Trials that count toward --trials: complete, pruned, or failed by fblbench itself
    (divergence). Trials failed by a dead worker are retried and do not count."""
    n = 0
    for t in study.get_trials(deepcopy=False):
        if t.state in (TrialState.COMPLETE, TrialState.PRUNED):
            n += 1
        elif t.state == TrialState.FAIL and FAILURE_ATTR in t.user_attrs:
            n += 1
    return n


class Reporter:
    """Progress lines: trial n/N, round, current best."""

    def __init__(self, enabled: bool = True) -> None:
        from rich.console import Console

        self.console = Console(highlight=False)
        self.enabled = enabled

    def line(self, text: str) -> None:
        if self.enabled:
            self.console.print(text, soft_wrap=True, markup=False)


class Objective:
    """One Optuna trial = one federated run logged as a nested MLflow run."""

    def __init__(self, plan: StudyPlan, tracker: Tracker, experiment_id: str, parent: RunLog,
                 reporter: Reporter, total: int) -> None:
        self.plan = plan
        self.tracker = tracker
        self.experiment_id = experiment_id
        self.parent = parent
        self.reporter = reporter
        self.total = total
        self._fed: Federation | None = None

    def federation(self) -> Federation:
        if self._fed is None:
            self._fed = build_federation(self.plan.data_cfg, self.plan.train_cfg)
        return self._fed

    def __call__(self, trial: optuna.Trial) -> float:
        plan = self.plan
        common = suggest(trial, plan.common)
        own = suggest(trial, plan.own)
        train_cfg = dataclasses.replace(plan.train_cfg, **common)
        method = plan.method_cls.from_dict(own)
        resolved = {
            **to_flat_dict(plan.data_cfg, train_cfg, prefix=True),
            **{f"method.{k}": v for k, v in method.hparams_dict().items()},
            "method.name": plan.method_spec,
        }
        trial.set_user_attr("config", {k: v for k, v in resolved.items()})
        run = self.tracker.start_run(
            self.experiment_id,
            f"trial-{trial.number}",
            {TAG_KIND: "trial", TAG_STUDY: plan.name, TAG_TRIAL: trial.number, TAG_METHOD: plan.method_spec},
            parent=self.parent.run_id,
        )
        run.log_params(resolved)
        study = trial.study
        done = counted_trials(study)
        best = _best_text(study)
        t0 = time.perf_counter()

        def on_round(rep: RoundReport) -> None:
            run.log_round(rep)
            test = f" test {rep.test_acc:.3f}" if rep.test_acc is not None else ""
            self.reporter.line(
                f"[{plan.name}] trial {done + 1}/{self.total} (#{trial.number}) round {rep.round}/{rep.num_rounds} "
                f"val {rep.val_acc:.3f}{test} loss {rep.train_loss:.3f} {rep.seconds:.1f}s | best {best}"
            )
            trial.report(rep.val_acc, rep.round)
            if trial.should_prune():
                raise optuna.TrialPruned(f"pruned at round {rep.round} (val_acc {rep.val_acc:.4f})")

        reports: list[RoundReport] = []
        try:
            result = run_federated(self.federation(), train_cfg, method,
                                   callbacks=[reports.append, on_round])
        except optuna.TrialPruned:
            self._finish(run, trial, reports, method, "pruned", time.perf_counter() - t0)
            raise
        except DivergedError as e:
            trial.set_user_attr(FAILURE_ATTR, str(e))
            run.set_tags({"fblbench.failure": str(e)})
            self._finish(run, trial, reports, method, "failed", time.perf_counter() - t0)
            self.reporter.line(f"[{plan.name}] trial #{trial.number} failed: {e}")
            raise
        except BaseException as e:
            run.set_tags({"fblbench.failure": f"{type(e).__name__}: {e}"[:5000]})
            run.set_tags({TAG_STATE: "failed"})
            run.end("KILLED" if isinstance(e, KeyboardInterrupt) else "FAILED")
            raise
        final = result.final
        trial.set_user_attr("final_test_acc", final.test_acc)
        trial.set_user_attr("best_val_acc", result.best_val_acc)
        self._finish(run, trial, reports, method, "complete", time.perf_counter() - t0)
        return final.val_acc

    def _finish(self, run: RunLog, trial: optuna.Trial, reports: Sequence[RoundReport], method: Method,
                state: str, seconds: float) -> None:
        trial.set_user_attr("seconds", seconds)
        summary: dict[str, float] = {"trial_seconds": seconds, **method.run_metrics()}
        if reports:
            last = reports[-1]
            summary.update(final_val_acc=last.val_acc, best_val_acc=max(r.val_acc for r in reports))
            if last.test_acc is not None:
                summary["final_test_acc"] = last.test_acc
        run.log_metrics(summary)
        run.set_tags({TAG_STATE: state})
        log_run_artifacts(run, reports, self.federation(), method, self.plan.name)
        run.end("FAILED" if state == "failed" else "FINISHED")


def log_run_artifacts(run: RunLog, reports: Sequence[RoundReport], fed: Federation, method: Method,
                      title: str) -> None:
    """Accuracy curve, partition heatmap, the method's own artifacts, the round table."""
    with tempfile.TemporaryDirectory() as d:
        out = Path(d)
        if reports:
            run.log_artifact(plots.accuracy_curve(reports, out / "accuracy_curve.png", title))
            run.log_dict([r.as_metrics() | {"round": r.round} for r in reports], "rounds.json")
        run.log_artifact(plots.histogram_heatmap(fed.histograms, fed.splits.classes,
                                                 out / "partition_heatmap.png", title))
        mdir = out / "method"
        mdir.mkdir()
        for p in method.artifacts(mdir):
            run.log_artifact(p, "method")


def _best_text(study: optuna.Study) -> str:
    try:
        bt = study.best_trial
    except ValueError:
        return "-"
    return f"{bt.value:.3f} (#{bt.number})"


@dataclass
class StudySummary:
    name: str
    study: optuna.Study
    experiment: str


def run_sweep(cfg: SweepConfig, on_study_done: Callable[[StudySummary], None] | None = None) -> list[StudySummary]:
    """Validate everything, then run each study until it holds ``cfg.trials`` counted trials."""
    plans = plan_sweep(cfg)  # search spaces and method specs, before any long work
    # Our progress lines replace Optuna's per-trial log lines.
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    cfg.runs_dir.mkdir(parents=True, exist_ok=True)
    tracker = Tracker(cfg.tracking_uri(), artifact_root=cfg.runs_dir / "mlartifacts")
    tracker.check()
    storage = make_storage(cfg.storage_url())
    reporter = Reporter(cfg.progress)
    # Load the data once up front so a missing dataset fails before the first trial.
    for plan in {p.data_cfg: p for p in plans}.values():
        build_federation(plan.data_cfg, plan.train_cfg)
    summaries = []
    for plan in plans:
        summaries.append(run_study(cfg, plan, storage, tracker, reporter))
        if on_study_done:
            on_study_done(summaries[-1])
    return summaries


def create_study(cfg: SweepConfig, plan: StudyPlan, storage: optuna.storages.BaseStorage) -> optuna.Study:
    study = optuna.create_study(
        storage=storage,
        study_name=plan.name,
        direction="maximize",
        sampler=optuna.samplers.TPESampler(seed=cfg.seed),
        pruner=make_pruner(cfg, plan.train_cfg.rounds),
        load_if_exists=True,
    )
    if not study.get_trials(deepcopy=False):
        # Trial 0 = the method's published defaults (where they lie inside the ranges).
        defaults = dataclasses.asdict(plan.method_cls.Hparams())
        train_defaults = {k: getattr(plan.train_cfg, k) for k in plan.common}
        params = {**defaults_in_space(plan.common, train_defaults), **defaults_in_space(plan.own, defaults)}
        study.enqueue_trial(params, user_attrs={"fblbench_default": True})
        study.set_user_attr("method", plan.method_spec)
        study.set_user_attr("dataset", plan.data_cfg.dataset)
        study.set_user_attr("partition", plan.data_cfg.partition_tag())
    return study


def run_study(cfg: SweepConfig, plan: StudyPlan, storage: optuna.storages.BaseStorage, tracker: Tracker,
              reporter: Reporter) -> StudySummary:
    study = create_study(cfg, plan, storage)
    exp_name = experiment_name(plan.data_cfg)
    exp_id = tracker.experiment(exp_name)
    parent = tracker.parent_run(
        exp_id, plan.name,
        {TAG_METHOD: plan.method_spec, "fblbench.dataset": plan.data_cfg.dataset,
         "fblbench.partition": plan.data_cfg.partition_tag()},
    )
    # Params are immutable in MLflow; what a resume may change (the trial target) is a tag.
    parent.set_tags({"fblbench.trials_target": cfg.trials, "fblbench.pruner": cfg.pruner})
    parent.log_params({"budget": cfg.budget, "seed": cfg.seed, "method": plan.method_spec,
                       **to_flat_dict(plan.data_cfg, plan.train_cfg, prefix=True)})
    objective = Objective(plan, tracker, exp_id, parent, reporter, cfg.trials)

    def running(number: int) -> bool:
        return any(t.number == number and t.state == TrialState.RUNNING for t in study.get_trials(deepcopy=False))

    tracker.fail_stale_runs(exp_id, plan.name, lambda n: not running(n))
    start = counted_trials(study)
    reporter.line(f"[{plan.name}] {start}/{cfg.trials} trials done; storage {cfg.storage_url()}")
    while counted_trials(study) < cfg.trials:
        study.optimize(objective, n_trials=1, catch=(DivergedError,), gc_after_trial=False)
        tracker.fail_stale_runs(exp_id, plan.name, lambda n: not running(n))
    best = study.best_value if any(t.state == TrialState.COMPLETE for t in study.trials) else math.nan
    parent.log_metrics({"best_val_acc": best, "trials": counted_trials(study)})
    parent.end("FINISHED")
    return StudySummary(plan.name, study, exp_name)
