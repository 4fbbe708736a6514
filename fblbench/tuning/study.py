"""The study manager: one Optuna study per (dataset, heterogeneity level, method).

Every study of a sweep gets the same trial budget and the same cached partition;
all studies live in one Optuna storage, and every trial is an MLflow run nested
under its study's parent run (one MLflow experiment per dataset and heterogeneity
level). Re-running the same command resumes the studies.

A sweep runs in two phases. ``prepare_sweep`` (once, in the parent process) validates
every search space, reaches the MLflow store and the Optuna storage (creating their
tables under a storage-wide lock), loads the data, creates the studies and enqueues
their trial slots (:mod:`fblbench.tuning.coordination`). Then ``--n-jobs`` workers
(this process, or spawned processes, or other machines sharing ``--storage``) claim
and run the slots until every study holds exactly ``--trials`` counted trials.
"""

from __future__ import annotations

import dataclasses
import math
import multiprocessing
import os
import signal
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from fblbench.config import DataConfig, TrainConfig, build_configs, default_runs_dir, to_flat_dict
from fblbench.engine.loop import derive_seed
from fblbench.errors import ConfigError, FblbenchError, SearchSpaceError, TrackingError
from fblbench.registry import get_method
from fblbench.runtime import auto_threads, usable_cores
from fblbench.tracking import plots
from fblbench.tracking.mlflow_log import (
    TAG_METHOD,
    RunLog,
    Tracker,
    sqlite_uri,
)
from fblbench.tuning import signals
from fblbench.tuning.coordination import (
    FAILURE_ATTR,
    StorageLock,
    check_database,
    claim,
    counted_trials,
    database_url,
    fail_claimed,
    fail_stale,
    redact,
    run_claimed,
    slot_counts,
    top_up,
)
from fblbench.tuning.objective import HEATMAP, FederationCache, Objective, StudyPlan, log_run_artifacts
from fblbench.tuning.progress import Reporter
from fblbench.tuning.space import (
    common_space,
    default_spaces_dir,
    defaults_in_space,
    method_space,
)

__all__ = ["FAILURE_ATTR", "FederationCache", "Objective", "Reporter", "StudyPlan", "SweepConfig", "counted_trials",
           "log_run_artifacts", "plan_sweep", "run_sweep", "usable_cores"]

# Seconds between a running trial's heartbeats; a trial silent for GRACE seconds is
# failed (and retried with the same parameters) by the next worker, e.g. after the
# sweep was killed. GRACE is 3 intervals so that a busy machine does not fail a live
# trial. Both can be set by environment (tests use 1 s / 4 s).
HEARTBEAT_INTERVAL = 10
HEARTBEAT_GRACE = 30
HEARTBEAT_INTERVAL_ENV = "FBLBENCH_HEARTBEAT_INTERVAL"
HEARTBEAT_GRACE_ENV = "FBLBENCH_HEARTBEAT_GRACE"

# --objective choices: the first objective is always the validation accuracy (maximised).
OBJECTIVES: dict[str, tuple[str, ...]] = {
    "accuracy": ("accuracy",),
    # Fewer synthetic samples for the same accuracy (FBL's generator filling; 0 for others).
    "accuracy,synthetic": ("accuracy", "synthetic"),
    # Cheaper trials for the same accuracy (wall-clock seconds of training).
    "accuracy,cost": ("accuracy", "cost"),
}


def heartbeat_settings() -> tuple[int, int]:
    """(interval, grace) in seconds, from the environment or the defaults."""

    def read(env: str, default: int) -> int:
        raw = os.environ.get(env)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ConfigError(f"{env} must be a whole number of seconds, but got {raw!r}") from None
        if value < 1:
            raise ConfigError(f"{env} must be >= 1, but got {value}")
        return value

    interval = read(HEARTBEAT_INTERVAL_ENV, HEARTBEAT_INTERVAL)
    grace = read(HEARTBEAT_GRACE_ENV, max(HEARTBEAT_GRACE, 3 * interval))
    if grace <= interval:
        raise ConfigError(f"{HEARTBEAT_GRACE_ENV} must exceed the heartbeat interval ({interval}s), but got {grace}")
    return interval, grace


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


def make_storage(url: str) -> optuna.storages.BaseStorage:
    """Create (or open) the RDB storage with heartbeats and retries of dead workers' trials.

    Creating the tables of a new database must happen once, before any worker starts
    (``prepare_sweep`` does it under the storage lock)."""
    interval, grace = heartbeat_settings()
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
                heartbeat_interval=interval,
                grace_period=grace,
                **retry,
            )
    except Exception as e:
        raise TrackingError(f"cannot open the Optuna storage {redact(url)!r}: {type(e).__name__}: {e}") from e


def make_pruner(cfg: SweepConfig, rounds: int) -> optuna.pruners.BasePruner:
    """Median (after ``pruner_startup_trials`` complete trials) or Hyperband; both wait
    ``pruner_warmup_rounds`` rounds before pruning a trial."""
    pruner = cfg.effective_pruner
    if pruner == "none":
        return optuna.pruners.NopPruner()
    if pruner == "hyperband":
        return optuna.pruners.HyperbandPruner(
            min_resource=max(1, min(cfg.pruner_warmup_rounds, rounds)), max_resource=rounds
        )
    return optuna.pruners.MedianPruner(
        n_startup_trials=cfg.pruner_startup_trials, n_warmup_steps=cfg.pruner_warmup_rounds
    )


def make_sampler(cfg: SweepConfig, name: str, trial_number: int) -> optuna.samplers.BaseSampler:
    """A TPE sampler seeded per trial: reproducible for one worker, and no two workers
    (or a resumed sweep) draw the same "random" start-up configurations. The constant
    liar makes parallel workers avoid the configurations being run right now."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        return optuna.samplers.TPESampler(
            seed=derive_seed("tpe", cfg.seed, name, trial_number) % (2**32), constant_liar=True
        )


@dataclass
class StudySummary:
    name: str
    study: optuna.Study
    experiment: str


@dataclass(frozen=True)
class StudyRuns:
    """Where a study's trials are logged (created by the parent, used by every worker)."""

    experiment_id: str
    parent_run_id: str


def create_study(cfg: SweepConfig, plan: StudyPlan, storage: optuna.storages.BaseStorage) -> optuna.Study:
    """Create or open the study; a new one gets trial 0 = the method's defaults."""
    directions = [optuna.study.StudyDirection.MAXIMIZE] + [optuna.study.StudyDirection.MINIMIZE] * (
        len(cfg.objectives) - 1
    )
    try:
        study = optuna.create_study(
            storage=storage,
            study_name=plan.name,
            directions=directions,
            sampler=make_sampler(cfg, plan.name, 0),
            pruner=make_pruner(cfg, plan.train_cfg.rounds),
            load_if_exists=True,
        )
    except ValueError as e:  # an existing study with other directions
        raise ConfigError(f"study {plan.name!r} exists in the storage but does not match: {e}") from e
    if not study.get_trials(deepcopy=False):
        # Trial 0 = the method's published defaults (where they lie inside the ranges).
        defaults = dataclasses.asdict(plan.method_cls.Hparams())
        train_defaults = {k: getattr(plan.train_cfg, k) for k in plan.common}
        params = {**defaults_in_space(plan.common, train_defaults), **defaults_in_space(plan.own, defaults)}
        study.enqueue_trial(params, user_attrs={"fblbench_default": True})
        study.set_user_attr("method", plan.method_spec)
        study.set_user_attr("dataset", plan.data_cfg.dataset)
        study.set_user_attr("partition", plan.data_cfg.partition_tag())
        study.set_user_attr("objective", cfg.objective)
    return study


def _load_study(cfg: SweepConfig, plan: StudyPlan, storage: optuna.storages.BaseStorage) -> optuna.Study:
    return optuna.load_study(study_name=plan.name, storage=storage, sampler=make_sampler(cfg, plan.name, 0),
                             pruner=make_pruner(cfg, plan.train_cfg.rounds))


def _trial_states(study: optuna.Study) -> dict[int, TrialState]:
    return {t.number: t.state for t in study.get_trials(deepcopy=False)}


def _fail_stale_runs(tracker: Tracker, runs: StudyRuns, study: optuna.Study) -> int:
    """MLflow runs still RUNNING whose Optuna trial failed (its worker died) -> FAILED."""
    states = _trial_states(study)
    return tracker.fail_stale_runs(runs.experiment_id, study.study_name,
                                   lambda n: states.get(n) == TrialState.FAIL)


@dataclass
class PreparedSweep:
    plans: list[StudyPlan]
    runs: dict[str, StudyRuns]
    tracker: Tracker


def _attach_heatmaps(tracker: Tracker, plans: list[StudyPlan], runs: dict[str, StudyRuns],
                     feds: FederationCache) -> None:
    """The partition heatmap, drawn once per heterogeneity level, on every parent run
    that lacks it (every trial of a level trains on that same partition)."""
    with tempfile.TemporaryDirectory() as d:
        drawn: dict[DataConfig, Path] = {}
        for plan in plans:
            parent = RunLog(tracker.client, runs[plan.name].parent_run_id)
            if any(a.path == HEATMAP for a in tracker.client.list_artifacts(parent.run_id)):
                continue
            if plan.data_cfg not in drawn:
                fed = feds.get(plan.data_cfg, plan.train_cfg)
                folder = Path(d) / str(len(drawn))
                folder.mkdir()
                drawn[plan.data_cfg] = plots.histogram_heatmap(
                    fed.histograms, fed.splits.classes, folder / HEATMAP,
                    f"{plan.data_cfg.dataset} {plan.data_cfg.partition_tag()}")
            parent.log_artifact(drawn[plan.data_cfg])


def prepare_sweep(cfg: SweepConfig, plans: list[StudyPlan], reporter: Reporter,
                  feds: FederationCache | None = None) -> PreparedSweep:
    """Everything that must happen once, in this process, before any worker starts.

    Order: reach the MLflow store and the Optuna storage without writing to either;
    load the data (a missing dataset or an impossible partition fails here, before any
    file or table exists); create both stores' tables under the storage lock; then
    create the studies, their MLflow experiments and parent runs, and enqueue the slots.
    The tracker (MLflow opens a store once per process) and ``feds`` are reused by this
    process's worker (``--n-jobs 1``).
    """
    feds = feds if feds is not None else FederationCache()
    cfg.runs_dir.mkdir(parents=True, exist_ok=True)
    url = cfg.storage_url()
    lock = StorageLock(url)
    tracking = cfg.tracking_uri()
    artifacts = cfg.runs_dir / "mlartifacts"
    if tracking.startswith(("http:", "https:", "databricks")):
        Tracker(tracking, artifact_root=artifacts).check()  # a server: it answers or not
    else:
        check_database(tracking, "the MLflow tracking store", "--mlflow-uri")
    lock.check()
    for plan in {p.data_cfg: p for p in plans}.values():
        feds.get(plan.data_cfg, plan.train_cfg)
    with lock:  # two processes creating one new database's tables crash otherwise
        tracker = Tracker(tracking, artifact_root=artifacts)  # a database store: this creates it
        tracker.check()
        storage = make_storage(url)
    runs: dict[str, StudyRuns] = {}
    with lock:
        for plan in plans:
            study = create_study(cfg, plan, storage)
            top_up(study, cfg.trials, lock)
            exp_id = tracker.experiment(experiment_name(plan.data_cfg))
            parent = tracker.parent_run(
                exp_id, plan.name,
                {TAG_METHOD: plan.method_spec, "fblbench.dataset": plan.data_cfg.dataset,
                 "fblbench.partition": plan.data_cfg.partition_tag()},
            )
            # Params are immutable in MLflow; what a resume may change (the trial target) is a tag.
            parent.set_tags({"fblbench.trials_target": cfg.trials, "fblbench.pruner": cfg.effective_pruner,
                             "fblbench.objective": cfg.objective})
            if parent.created:
                parent.log_params({"budget": cfg.budget, "seed": cfg.seed, "method": plan.method_spec,
                                   **to_flat_dict(plan.data_cfg, plan.train_cfg, prefix=True)})
            runs[plan.name] = StudyRuns(exp_id, parent.run_id)
            _fail_stale_runs(tracker, runs[plan.name], study)
            counted, running, waiting = slot_counts(study)
            reporter.line(f"[{plan.name}] {counted}/{cfg.trials} trials done, {running} running elsewhere, "
                          f"{waiting} queued; storage {redact(url)}")
    _attach_heatmaps(tracker, plans, runs, feds)
    return PreparedSweep(plans, runs, tracker)


def run_worker(cfg: SweepConfig, runs: dict[str, StudyRuns], worker: int = 0,
               plans: list[StudyPlan] | None = None, tracker: Tracker | None = None,
               feds: FederationCache | None = None) -> int:
    """Claim and run trial slots of every study, in order, until none is left.

    Returns the number of trials this worker ran. A worker with nothing to claim
    waits while other workers' trials run: if one of them dies, its trial turns stale
    and the retry is claimed here.
    """
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    if plans is None:
        plans = plan_sweep(cfg)
    # --threads 0 (the default) = this machine's usable cores divided among its workers.
    threads = auto_threads(cfg.n_jobs, int(cfg.overrides.get("threads") or 0))
    import torch

    torch.set_num_threads(threads)
    plans = [dataclasses.replace(p, train_cfg=dataclasses.replace(p.train_cfg, threads=threads)) for p in plans]
    interval, _ = heartbeat_settings()
    url = cfg.storage_url()
    storage = make_storage(url)
    lock = StorageLock(url)
    tracker = tracker or Tracker(cfg.tracking_uri(), artifact_root=cfg.runs_dir / "mlartifacts")
    reporter = Reporter(cfg.progress, prefix=f"w{worker} " if cfg.n_jobs > 1 else "")
    feds = feds if feds is not None else FederationCache()
    studies = {p.name: _load_study(cfg, p, storage) for p in plans}
    objectives = {
        p.name: Objective(p, tracker, runs[p.name].experiment_id, runs[p.name].parent_run_id, reporter,
                          cfg.trials, cfg.objectives, feds)
        for p in plans
    }
    ran = 0
    failed_seen: dict[str, int] = {}

    def fail_dead_workers_trials(plan: StudyPlan) -> None:
        study = studies[plan.name]
        with lock:
            fail_stale(study)
        failed = sum(t.state == TrialState.FAIL for t in study.get_trials(deepcopy=False))
        if failed_seen.get(plan.name) != failed:  # close their MLflow runs (only when something failed)
            _fail_stale_runs(tracker, runs[plan.name], study)
            failed_seen[plan.name] = failed

    while True:
        claimed = None
        for plan in plans:
            if signals.parent_gone():  # a worker whose sweep died claims nothing more
                raise signals.Interrupted(signal.SIGTERM)
            study = studies[plan.name]
            fail_dead_workers_trials(plan)
            try:
                with signals.deferred():  # an interrupt lands after the claim, not inside it
                    claimed = claim(study, cfg.trials, lock)
                if claimed is not None:
                    trial_id, number = claimed
                    study.sampler = make_sampler(cfg, plan.name, number)
                    run_claimed(study, trial_id, objectives[plan.name], interval)
            except KeyboardInterrupt:  # FAIL and a retry, also when it came before the trial started
                if claimed is not None:
                    fail_claimed(study, claimed[0], retry=True)
                raise
            if claimed is not None:
                ran += 1
                break
        if claimed is not None:
            continue
        if any(slot_counts(studies[p.name])[1] for p in plans):
            time.sleep(max(1.0, min(interval / 2, 5.0)))  # other workers' trials still run; one may die
            continue
        # Nothing queued or running: refill slots lost to crashed trials, else done.
        if not sum(top_up(studies[p.name], cfg.trials, lock) for p in plans):
            break
    for plan in plans:
        _fail_stale_runs(tracker, runs[plan.name], studies[plan.name])
    return ran


def _worker_main(cfg: SweepConfig, runs: dict[str, StudyRuns], worker: int, parent_pid: int) -> None:
    """Entry point of a spawned worker process: it stops (recording its trial) on SIGTERM,
    SIGINT or its parent's death."""
    import sys

    try:
        with signals.handling():
            signals.watch_parent(parent_pid)
            run_worker(cfg, runs, worker)
    except FblbenchError as e:
        print(f"worker {worker}: error: {e}", file=sys.stderr, flush=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
        sys.exit(1)


def _run_processes(cfg: SweepConfig, runs: dict[str, StudyRuns]) -> None:
    """``cfg.n_jobs`` spawned worker processes (fresh interpreters: no forked torch
    threads or open database connections), each opening the storage created above."""
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_worker_main, args=(cfg, runs, i, os.getpid()), name=f"fblbench-worker-{i}")
             for i in range(cfg.n_jobs)]
    try:
        for p in procs:
            p.start()
        for p in procs:
            p.join()
    except BaseException:
        # Ctrl-C reached the workers too, SIGTERM only this process: either way each worker
        # gets a SIGTERM (a second signal is ignored), records its trial and exits.
        signals.stop_workers([p for p in procs if p.pid is not None])
        raise
    bad = [(i, p.exitcode) for i, p in enumerate(procs) if p.exitcode != 0]
    if bad:
        raise FblbenchError(
            "worker process(es) " + ", ".join(f"{i} (exit code {c})" for i, c in bad)
            + " failed (see their messages above); run the same command again to resume"
        )


def run_sweep(cfg: SweepConfig, on_study_done: Callable[[StudySummary], None] | None = None) -> list[StudySummary]:
    """Validate everything, then run every study until it holds ``cfg.trials`` counted trials."""
    plans = plan_sweep(cfg)  # search spaces and method specs, before any long work
    heartbeat_settings()  # a malformed FBLBENCH_HEARTBEAT_* fails here, not in a worker
    # Our progress lines replace Optuna's per-trial log lines.
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    reporter = Reporter(cfg.progress)
    if cfg.multi_objective and cfg.pruner != "none":
        import sys

        print(f"note: --objective {cfg.objective} is multi-objective; pruning is off (--pruner {cfg.pruner} "
              "ignored)", file=sys.stderr, flush=True)
    with signals.handling():  # SIGTERM stops the sweep as Ctrl-C does
        return _run_sweep(cfg, plans, reporter, on_study_done)


def _run_sweep(cfg: SweepConfig, plans: list[StudyPlan], reporter: Reporter,
               on_study_done: Callable[[StudySummary], None] | None) -> list[StudySummary]:
    feds = FederationCache()
    prepared = prepare_sweep(cfg, plans, reporter, feds)
    tracker = prepared.tracker
    if cfg.n_jobs > 1:
        feds.clear()  # the workers load their own copy
    try:
        if cfg.n_jobs == 1:
            run_worker(cfg, prepared.runs, plans=plans, tracker=tracker, feds=feds)
        else:
            _run_processes(cfg, prepared.runs)
    except BaseException as e:
        # The sweep's parent runs end too (the next run of the command reopens them).
        status = "KILLED" if isinstance(e, KeyboardInterrupt) else "FAILED"
        client = tracker.client
        for study_runs in prepared.runs.values():
            try:
                client.set_terminated(study_runs.parent_run_id, status=status)
            except Exception:  # the store itself may be what failed; the error below matters more
                pass
        raise
    storage = make_storage(cfg.storage_url())
    summaries = []
    for plan in plans:
        study = _load_study(cfg, plan, storage)
        parent = RunLog(tracker.client, prepared.runs[plan.name].parent_run_id)
        complete = [t for t in study.get_trials(deepcopy=False) if t.state == TrialState.COMPLETE]
        best = max((float(t.values[0]) for t in complete), default=math.nan)
        parent.log_metrics({"best_val_acc": best, "trials": counted_trials(study)})
        parent.end("FINISHED")
        summaries.append(StudySummary(plan.name, study, experiment_name(plan.data_cfg)))
        if on_study_done:
            on_study_done(summaries[-1])
    return summaries


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
