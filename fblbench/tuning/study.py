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
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import optuna
from optuna.trial import TrialState

from fblbench.config import DataConfig, to_flat_dict, trained_settings
from fblbench.errors import ConfigError
from fblbench.runtime import note, usable_cores
from fblbench.tracking import plots
from fblbench.tracking.mlflow_log import TAG_METHOD, RunLog, Tracker
from fblbench.tuning import retire, signals
from fblbench.tuning.coordination import (
    FAILURE_ATTR,
    counted_trials,
    enqueue_defaults,
    run_claimed,
    slot_counts,
    top_up,
)
from fblbench.tuning.database import StorageLock, check_database, redact
from fblbench.tuning.factories import (
    HEARTBEAT_GRACE,
    HEARTBEAT_GRACE_ENV,
    HEARTBEAT_INTERVAL,
    HEARTBEAT_INTERVAL_ENV,
    heartbeat_settings,
    make_pruner,
    make_sampler,
    make_storage,
)
from fblbench.tuning.objective import FederationCache, Objective
from fblbench.tuning.plan import (
    OBJECTIVES,
    StudyPlan,
    SweepConfig,
    best_config_trial,
    experiment_name,
    plan_sweep,
    study_name,
    widenings,
)
from fblbench.tuning.progress import Reporter
from fblbench.tuning.runlog import HEATMAP, changed_settings, log_run_artifacts, method_record
from fblbench.tuning.space import defaults_in_space
from fblbench.tuning.workers import (
    StudyRuns,
    fail_stale_runs,
    load_study,
    run_processes,
    run_worker,
)

# Re-exported: the names other modules and tests import from here.
__all__ = ["FAILURE_ATTR", "HEARTBEAT_GRACE", "HEARTBEAT_GRACE_ENV", "HEARTBEAT_INTERVAL", "HEARTBEAT_INTERVAL_ENV",
           "OBJECTIVES", "FederationCache", "Objective", "PreparedSweep", "Reporter", "StudyChanged", "StudyPlan",
           "StudyRuns", "StudySummary", "SweepConfig", "best_config_trial", "counted_trials", "create_study", "experiment_name",
           "heartbeat_settings", "log_run_artifacts", "make_pruner", "make_sampler", "make_storage", "plan_sweep",
           "prepare_sweep", "run_claimed", "run_sweep", "run_worker", "study_name", "usable_cores"]


SPACE_ATTR = "fblbench_search_space"  # a study's search space, recorded when it is created
RETIRE_HINT = "resume with the same settings, sweep into a new --runs-dir, or retire the study (--retire-changed)"


class StudyChanged(ConfigError):
    """An existing study trained under other settings or searched another space (``--retire-changed``
    keeps it under another name and starts afresh: :mod:`fblbench.tuning.retire`)."""


@dataclass
class StudySummary:
    name: str
    study: optuna.Study
    experiment: str


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
    if counted_trials(study) < cfg.trials:  # one that runs no more trials mixes no searches: resume it
        _check_space_unchanged(study, plan)
    _check_settings_unchanged(study, plan)
    if not study.get_trials(deepcopy=False):
        # Trial 0 = the method's published defaults (where they lie inside the ranges).
        defaults = dataclasses.asdict(plan.method_cls.Hparams())
        train_defaults = {k: getattr(plan.train_cfg, k) for k in plan.common}
        params = {**defaults_in_space(plan.common, train_defaults), **defaults_in_space(plan.own, defaults)}
        enqueue_defaults(study, params)
        study.set_user_attr("method", plan.method_spec)
        study.set_user_attr("dataset", plan.data_cfg.dataset)
        study.set_user_attr("partition", plan.data_cfg.partition_tag())
        study.set_user_attr("objective", cfg.objective)
        study.set_user_attr(SPACE_ATTR, _space(plan))
    return study


def _space(plan: StudyPlan) -> dict[str, str]:
    """The study's search space as stored with it (``SPACE_ATTR``): parameter -> distribution JSON."""
    return {name: optuna.distributions.distribution_to_json(p.distribution())
            for name, p in sorted({**plan.common, **plan.own}.items())}


def _check_space_unchanged(study: optuna.Study, plan: StudyPlan) -> None:
    """A study resumed over other ranges (an edited search-space file, or a shared range widened
    for another trial-0 value: another budget, protocol or flag) would mix two searches, which
    ``compare`` refuses once the trials are spent, or fail every new trial (Optuna cannot change
    a categorical's choices within a study). Refuse before any work instead, when the study has
    trials left to run (a finished one resumes, for ``compare``, after fblbench added a dimension).
    Studies record their space when created; older ones are checked against their trials'
    distributions."""
    now = _space(plan)
    stored = study.user_attrs.get(SPACE_ATTR)
    if isinstance(stored, dict):
        for name in sorted(set(stored) | set(now)):
            if stored.get(name) != now.get(name):
                _space_changed(plan, name, stored.get(name), now.get(name))
        return
    for trial in study.get_trials(deepcopy=False):
        for name, dist in trial.distributions.items():
            if name in now and optuna.distributions.distribution_to_json(dist) != now[name]:
                _space_changed(plan, name, optuna.distributions.distribution_to_json(dist), now[name])


def _space_changed(plan: StudyPlan, name: str, before: str | None, now: str | None) -> NoReturn:
    def text(dist: str | None) -> str:
        return "nothing" if dist is None else str(optuna.distributions.json_to_distribution(dist))

    raise StudyChanged(f"study {plan.name!r} searched {name} over {text(before)}, this sweep over {text(now)} "
                       f"(another search-space file, budget, protocol or training flag): {RETIRE_HINT}")


def fixed_settings(plan: StudyPlan, searched: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The settings every trial of the study trains with (neither searched nor the machine's),
    named as the trials record them (``train.rounds``, ``data.max_train``, ...), the method's
    hyperparameters outside its search space included (``method.mu``, ``method.fbl.gen_seed``)."""
    return {**trained_settings(plan.data_cfg, plan.train_cfg, tuple(plan.common)), **fixed_hparams(plan, searched)}


def fixed_hparams(plan: StudyPlan, searched: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The method's hyperparameters its study does not search, at their defaults, named as the
    trials record them: every trial trains with these (a changed default changes them all). With
    ``searched``, a trial's searched values: a size that follows one (the generator's pool, from
    ``gen_pool_scale``) is recorded as that trial trained it."""
    record = method_record(plan.method_cls.from_dict(dict(searched or {})), plan.data_cfg)
    return {k: v for k, v in record.items() if k.removeprefix("method.") not in plan.own}


def _check_settings_unchanged(study: optuna.Study, plan: StudyPlan) -> None:
    """A study resumed under other fixed settings (rounds, gradient clip, data size, seed: another
    protocol, budget or flag; a method default changed since) would rank trials of two budgets
    against each other. Its trials record every setting: refuse before any work. A setting added
    to fblbench after a trial ran is read as its default, the value that trial trained with."""
    recorded = next((t.user_attrs["config"] for t in study.get_trials(deepcopy=False) if "config" in t.user_attrs),
                    None)
    if not isinstance(recorded, dict):
        return
    searched = {k: recorded[f"method.{k}"] for k in plan.own if f"method.{k}" in recorded}
    # A hyperparameter added to the method after a trial ran is read as its default, as a setting is.
    changed = [f"{k}={old!r}, this sweep {new!r}" for k, (old, new) in changed_settings(
        recorded, fixed_settings(plan, searched), method_defaults=fixed_hparams(plan, searched)).items()]
    if changed:
        raise StudyChanged(f"study {plan.name!r} holds trials trained with other settings ({'; '.join(changed)}): "
                           f"{RETIRE_HINT}")


@dataclass
class PreparedSweep:
    plans: list[StudyPlan]
    runs: dict[str, StudyRuns]
    tracker: Tracker
    storage: optuna.storages.BaseStorage


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
            exp_id = tracker.experiment(experiment_name(plan.data_cfg))
            study = _create_or_retire(cfg, plan, storage, tracker, exp_id)
            top_up(study, cfg.trials, lock)
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
            fail_stale_runs(tracker, runs[plan.name], study)
            counted, running, waiting = slot_counts(study)
            reporter.line(f"[{plan.name}] {counted}/{cfg.trials} trials done, {running} running elsewhere, "
                          f"{waiting} queued; storage {redact(url)}")
    _attach_heatmaps(tracker, plans, runs, feds)
    return PreparedSweep(plans, runs, tracker, storage)


def _create_or_retire(cfg: SweepConfig, plan: StudyPlan, storage: optuna.storages.BaseStorage, tracker: Tracker,
                      experiment_id: str) -> optuna.Study:
    """``create_study``; with ``--retire-changed``, a study it refuses is retired first (:mod:`.retire`)."""
    try:
        return create_study(cfg, plan, storage)
    except StudyChanged as e:
        if not cfg.retire_changed:
            raise
        new = retire.retired_name(storage, plan.name)
        runs = retire.retag_runs(tracker, experiment_id, plan.name, new)
        trials = retire.retire_study(storage, plan.name, new, str(e))
        note(f"[{plan.name}] retired as {new!r} ({trials} trials, {runs} MLflow runs): {e}")
    return create_study(cfg, plan, storage)


def run_sweep(cfg: SweepConfig, on_study_done: Callable[[StudySummary], None] | None = None) -> list[StudySummary]:
    """Validate everything, then run every study until it holds ``cfg.trials`` counted trials."""
    plans = plan_sweep(cfg)  # search spaces and method specs, before any long work
    for line in widenings(plans):
        note(line)
    heartbeat_settings()  # a malformed FBLBENCH_HEARTBEAT_* fails here, not in a worker
    # Our progress lines replace Optuna's per-trial log lines.
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    reporter = Reporter(cfg.progress)
    if cfg.multi_objective and cfg.pruner != "none":
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
            run_processes(cfg, prepared.runs)
    except BaseException as e:
        # The sweep's parent runs end too (the next run of the command reopens them).
        status = "KILLED" if isinstance(e, KeyboardInterrupt) else "FAILED"
        client = tracker.client
        for study_runs in prepared.runs.values():
            try:
                client.set_terminated(study_runs.parent_run_id, status=status)
            except Exception:  # the store itself may be what failed; the error below matters more
                pass
        if isinstance(e, KeyboardInterrupt):
            _print_tables(cfg, plans, prepared.storage, e)
        raise
    summaries = []
    for plan in plans:
        study = load_study(cfg, plan, prepared.storage)
        parent = RunLog(tracker.client, prepared.runs[plan.name].parent_run_id)
        complete = [t for t in study.get_trials(deepcopy=False) if t.state == TrialState.COMPLETE]
        best = max((float(t.values[0]) for t in complete), default=math.nan)
        parent.log_metrics({"best_val_acc": best, "trials": counted_trials(study)})
        parent.end("FINISHED")
        summaries.append(StudySummary(plan.name, study, experiment_name(plan.data_cfg)))
        if on_study_done:
            on_study_done(summaries[-1])
    return summaries




def _print_tables(cfg: SweepConfig, plans: list[StudyPlan], storage: optuna.storages.BaseStorage,
                  e: BaseException) -> None:
    """After Ctrl-C or SIGTERM: each study's best trials so far, as a finished sweep prints them."""
    from fblbench.tuning.report import print_best_trials

    print(f"\n{e or 'interrupted'}: the trials so far", flush=True)
    for plan in plans:
        try:
            with signals.deferred():  # a second signal does not cut the tables short
                print_best_trials(load_study(cfg, plan, storage))
        except Exception as err:  # the storage itself may be what failed
            print(f"[{plan.name}] no summary: {type(err).__name__}: {err}", file=sys.stderr, flush=True)
            return
    sys.stdout.flush()
