"""The workers of a sweep: each claims trial slots of every study and runs them until none
is left (:func:`run_worker`), in this process or in ``--n-jobs`` spawned processes
(:func:`run_processes`), which stop cleanly on SIGTERM / SIGINT or their parent's death and
report a database loss or a full disk with its exit status."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import sys
import time
import traceback
from dataclasses import dataclass
from typing import Any

import optuna
from optuna.trial import TrialState

from fblbench.errors import EXIT_DATABASE_LOST, EXIT_DISK_FULL, FblbenchError, OutageError
from fblbench.runtime import auto_threads
from fblbench.tracking.mlflow_log import Tracker
from fblbench.tuning import signals
from fblbench.tuning.coordination import Claimed, claim, fail_claimed, fail_stale, slot_counts, top_up
from fblbench.tuning.database import StorageLock
from fblbench.tuning.factories import heartbeat_settings, make_pruner, make_sampler, make_storage
from fblbench.tuning.objective import FederationCache, Objective
from fblbench.tuning.plan import StudyPlan, SweepConfig, plan_sweep
from fblbench.tuning.progress import Reporter


@dataclass(frozen=True)
class StudyRuns:
    """Where a study's trials are logged (created by the parent, used by every worker)."""

    experiment_id: str
    parent_run_id: str


def load_study(cfg: SweepConfig, plan: StudyPlan, storage: optuna.storages.BaseStorage) -> optuna.Study:
    return optuna.load_study(study_name=plan.name, storage=storage, sampler=make_sampler(cfg, plan.name, 0),
                             pruner=make_pruner(cfg, plan.train_cfg.rounds))


def fail_stale_runs(tracker: Tracker, runs: StudyRuns, study: optuna.Study) -> int:
    """MLflow runs still RUNNING whose Optuna trial failed (its worker died) -> FAILED."""
    states = {t.number: t.state for t in study.get_trials(deepcopy=False)}
    return tracker.fail_stale_runs(runs.experiment_id, study.study_name,
                                   lambda n: states.get(n) == TrialState.FAIL)


def _run_claimed(*args: Any) -> TrialState:
    # Looked up on fblbench.tuning.study at call time: tests replace it there
    # (tests/test_bad_inputs.py patches study.run_claimed to simulate an outage).
    from fblbench.tuning import study

    return study.run_claimed(*args)  # type: ignore[no-any-return]


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
    studies = {p.name: load_study(cfg, p, storage) for p in plans}
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
            fail_stale_runs(tracker, runs[plan.name], study)
            failed_seen[plan.name] = failed

    while True:
        claimed: Claimed | None = None
        for plan in plans:
            if signals.parent_gone():  # a worker whose sweep died claims nothing more
                raise signals.Interrupted(signal.SIGTERM)
            study = studies[plan.name]
            fail_dead_workers_trials(plan)
            try:
                with signals.deferred():  # an interrupt lands after the claim, not inside it
                    claimed = claim(study, cfg.trials, lock, storage)
                if claimed is not None:
                    study.sampler = make_sampler(cfg, plan.name, claimed.number)
                    slot = claimed.slot

                    def objective(trial: optuna.Trial, _o: Objective = objectives[plan.name],
                                  _slot: int = slot) -> Any:
                        return _o(trial, _slot)

                    _run_claimed(study, storage, claimed.trial_id, objective, interval)
                    reporter.trial_done(study, cfg.trials, claimed.slot, claimed.number)
            except KeyboardInterrupt:  # FAIL and a retry, also when it came before the trial started
                if claimed is not None:
                    fail_claimed(study, storage, claimed.trial_id, retry=True)
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
        fail_stale_runs(tracker, runs[plan.name], studies[plan.name])
    return ran


def worker_main(cfg: SweepConfig, runs: dict[str, StudyRuns], worker: int, parent_pid: int) -> None:
    """Entry point of a spawned worker process: it stops (recording its trial) on SIGTERM,
    SIGINT or its parent's death; a database loss or full disk exits with its status (3, 4)."""
    from fblbench.outage import describe, quiet_outage_logs

    quiet_outage_logs()
    try:
        with signals.handling():
            signals.watch_parent(parent_pid)
            run_worker(cfg, runs, worker)
    except FblbenchError as e:
        print(f"worker {worker}: error: {e}", file=sys.stderr, flush=True)
        sys.exit(int(getattr(e, "exit_code", 2)))
    except KeyboardInterrupt as e:
        sys.exit(128 + int(getattr(e, "signum", signal.SIGINT)))
    except BaseException as e:
        known = describe(e)
        if known is not None:
            print(f"worker {worker}: error: {known[1]}", file=sys.stderr, flush=True)
            sys.exit(known[0])
        traceback.print_exc()
        sys.stderr.flush()
        sys.exit(1)


def run_processes(cfg: SweepConfig, runs: dict[str, StudyRuns]) -> None:
    """``cfg.n_jobs`` spawned worker processes (fresh interpreters: no forked torch
    threads or open database connections), each opening the storage created above."""
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=worker_main, args=(cfg, runs, i, os.getpid()), name=f"fblbench-worker-{i}")
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
    check_exit_codes([p.exitcode for p in procs])


def check_exit_codes(codes: list[int | None]) -> None:
    """Raise when a worker failed: an OutageError with the workers' status when every failed
    worker lost the database (3) or filled the disk (4), else a FblbenchError."""
    bad = [(i, c) for i, c in enumerate(codes) if c != 0]
    if not bad:
        return
    names = ", ".join(f"{i} (exit code {c})" for i, c in bad)
    statuses = {c for _, c in bad}
    if len(statuses) == 1 and statuses <= {EXIT_DATABASE_LOST, EXIT_DISK_FULL}:
        what = "lost the connection to the database" if EXIT_DATABASE_LOST in statuses else "ran out of disk space"
        raise OutageError(f"worker process(es) {names} {what} (see their messages above); the Optuna and MLflow "
                          "stores stay consistent: fix it and run the same command again to resume",
                          bad[0][1] or EXIT_DATABASE_LOST)
    raise FblbenchError(f"worker process(es) {names} failed (see their messages above); run the same command "
                        "again to resume")


# The names used before the split.
_worker_main = worker_main
_run_processes = run_processes
_load_study = load_study
_fail_stale_runs = fail_stale_runs

__all__ = ["StudyRuns", "check_exit_codes", "fail_stale_runs", "load_study", "run_processes", "run_worker",
           "worker_main"]
