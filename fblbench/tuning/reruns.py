"""The reruns of ``fblbench compare``: one federation per (method, seed) on the test split.

A rerun whose identical run already exists is not trained again (``--reuse``, the default):

- the method's best trial itself, when it ran with the rerun's seed, threads and device:
  every setting that decides the training is the same (only ``test_every`` differs, and
  evaluating changes no weights), so the run is the same run; the trial recorded its final
  test accuracy and every round's validation accuracy (tests/test_reruns.py checks that a
  fresh rerun gives the same numbers);
- an earlier ``compare`` rerun in the same MLflow store with every setting equal (the
  study, the trial, the seed, threads, device, ...): a compare that was interrupted, or
  one that adds a method to a level, trains only what is missing. A compare that logs
  nothing (``--no-mlflow``) still reads them back (``store_reader``). A rerun that diverged is
  read back as diverged: the same run diverges again.

Both need the same kernels (``run.kernels``: the CPU model and ISA, or the GPU): the same seed
ends at other floats on another machine. ``--reuse-other-machines`` reads back a run of another
machine too, every other setting equal; each outcome keeps the kernels it came from, and the
table names the machines of its runs (``machines_text``).

A rerun whose training loss becomes non-finite is a result of that (method, seed), not an
error: its run ends tagged ``diverged``, the other reruns go on, and the table shows it.

The rest run in this process, or in ``n_jobs`` spawned worker processes (each with the
``threads`` of its configuration); an interrupt or the parent's death stops them, and the
reruns that finished stay in MLflow for the next compare to reuse.
"""

from __future__ import annotations

import datetime
import math
import multiprocessing
import os
import pickle
import queue
import signal
import sys
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from optuna.trial import FrozenTrial, TrialState

from fblbench.config import EVAL_SETTINGS, WHERE_SETTINGS, DataConfig, TrainConfig
from fblbench.errors import DivergedError, FblbenchError
from fblbench.registry import get_method
from fblbench.runtime import note
from fblbench.tracking.convergence import last_rounds_slope
from fblbench.tracking.mlflow_log import TAG_KIND, TAG_STATE, TAG_STUDY, Tracker, param_text
from fblbench.tracking.owner import TAG_OWNER, owner_gone, owner_text
from fblbench.tracking.store import sqlite_store_path, store_state
from fblbench.tuning import provenance, runlog, signals
from fblbench.tuning.objective import FederationCache
from fblbench.tuning.provenance import Provenance
from fblbench.tuning.runlog import (
    KERNELS,
    TAG_FAILURE,
    Destination,
    changed_settings,
    method_record,
    resolved_params,
    run_and_log,
)

TAG_SEED = "fblbench.seed"


@dataclass(frozen=True)
class Rerun:
    """One (method, seed) of a comparison, with all a worker process needs to run and log it."""

    method: str  # the table's row
    study: str
    trial: int  # the best trial's number
    spec: str  # what get_method resolves (method.name of the trial)
    hp: dict[str, Any]
    data_cfg: DataConfig
    train_cfg: TrainConfig  # its seed, this machine's threads and device, the test split at the last round
    tracking_uri: str | None = None  # None: not logged
    artifact_root: Path | None = None
    experiment_id: str = ""
    parent_run: str | None = None
    factor: int = 1  # > 1: a budget-check rerun, at factor x the best trial's rounds

    @property
    def seed(self) -> int:
        return self.train_cfg.seed

    @property
    def row(self) -> str:
        """The method, and for a budget-check rerun its rounds: how progress lines and run names call it."""
        return self.method if self.factor == 1 else f"{self.method} x{self.factor} rounds"

    @property
    def key(self) -> tuple[str, int]:
        return self.row, self.seed

    def params(self) -> dict[str, Any]:
        """The resolved settings the run logs (and that an identical run must have logged)."""
        return resolved_params(self.data_cfg, self.train_cfg, get_method(self.spec).from_dict(self.hp), self.spec)

    def method_defaults(self) -> dict[str, Any]:
        """The method's hyperparameters at their defaults, as a run records them: how a stored run
        that lacks one (it ran before the method had it) is read (``changed_settings``)."""
        return method_record(get_method(self.spec).from_dict({}), self.data_cfg)


@dataclass(frozen=True)
class Outcome:
    test_acc: float  # NaN when the run diverged
    val_acc: float
    slope: float  # Theil-Sen slope of the validation accuracy over its last rounds (slope_window)
    source: str = "rerun"  # or where the reused run came from
    curve: tuple[float, ...] = field(default=(), repr=False)
    diverged: str = ""  # why the run stopped: its training loss became non-finite (a result, not an error)
    kernels: str = ""  # the kernels its floats came from (run.kernels; "" where the run did not record them)
    # Method.provenance() of the run (fblbench.tuning.provenance): {} nothing to record, None not recorded
    provenance: Provenance = field(default_factory=dict)


def diverged_outcome(why: str, source: str = "rerun", kernels: str = "", provenance: Provenance = None) -> Outcome:
    """A rerun whose training loss became non-finite: no accuracy, and the reason."""
    nan = math.nan
    return Outcome(nan, nan, nan, source, (), why, kernels, provenance)


def kernels_here(device: str) -> str:
    """This machine's kernels for ``device``, as its runs record them (``run.kernels``)."""
    return runlog.kernels(device)


def _ignored(where: tuple[str, ...], other_machines: bool) -> tuple[str, ...]:
    return (*where, KERNELS) if other_machines else where


def from_trial(job: Rerun, trial: FrozenTrial, other_machines: bool = False, reader: Tracker | None = None,
               experiment_id: str = "") -> Outcome | None:
    """The best trial's own run, when it is this rerun: complete, every training setting
    equal (seed, threads and device included; one the trial did not record at its default), its
    test accuracy and full curve stored; on this machine's kernels unless ``other_machines``.
    ``reader`` (the MLflow store) gives the provenance of a trial that did not record it."""
    stored = trial.user_attrs.get("config")
    test = trial.user_attrs.get("final_test_acc")
    curve = [trial.intermediate_values.get(r) for r in range(1, job.train_cfg.rounds + 1)]
    if trial.state != TrialState.COMPLETE or not isinstance(stored, dict) or test is None or not trial.values:
        return None
    if any(v is None for v in curve):  # multi-objective studies report no rounds
        return None
    if changed_settings(stored, job.params(), ignore=_ignored(WHERE_SETTINGS + EVAL_SETTINGS, other_machines),
                        method_defaults=job.method_defaults()):
        return None
    vals = tuple(float(v) for v in curve if v is not None)
    return Outcome(float(test), float(trial.values[0]), last_rounds_slope(list(vals)),
                   f"trial #{trial.number}", vals, kernels=str(stored.get(KERNELS, "")),
                   provenance=provenance.of_trial(job, trial, reader, experiment_id))


def from_store(job: Rerun, tracker: Tracker, experiment_id: str, other_machines: bool = False,
               warn: bool = True) -> Outcome | None:
    """An earlier compare rerun in the MLflow store's experiment with every setting equal to this
    one's (the kernels too, unless ``other_machines``)."""
    flt = (f"tags.`{TAG_KIND}` = 'compare' and tags.`{TAG_STUDY}` = '{job.study}' and tags.`{TAG_SEED}` = "
           f"'{job.seed}' and params.best_trial = '{job.trial}'")
    wanted, defaults = job.params(), job.method_defaults()
    diverged = None  # the same run diverged (its stored run): read back as diverged, unless a complete one is stored
    running = None  # an identical run another process may be training right now
    for run in tracker.find_runs(experiment_id, flt):
        metrics, params, state = run.data.metrics, run.data.params, run.data.tags.get(TAG_STATE)
        if changed_settings(params, wanted, ignore=_ignored(WHERE_SETTINGS, other_machines), as_text=param_text,
                            method_defaults=defaults):
            continue
        where = params.get(KERNELS, "")
        if run.info.status == "RUNNING" and running is None:
            running = run
        if state == "diverged" and run.info.status == "FAILED":
            diverged = run
        if state != "complete" or run.info.status != "FINISHED" or "final_test_acc" not in metrics:
            continue
        history = sorted(tracker.client.get_metric_history(run.info.run_id, "val_acc"), key=lambda m: m.step)
        curve = tuple(float(m.value) for m in history)
        if [m.step for m in history] != list(range(1, job.train_cfg.rounds + 1)):
            continue
        return Outcome(float(metrics["final_test_acc"]), float(metrics.get("final_val_acc", curve[-1])),
                       last_rounds_slope(list(curve)),
                       "an earlier compare run", curve, kernels=where,
                       provenance=provenance.of_stored_run(job, tracker, run))
    if running is not None and diverged is None and warn:  # a diverged one is read back: nothing trains
        _warn_running(job, tracker, running)
    if diverged is None:
        return None
    return diverged_outcome(diverged.data.tags.get(TAG_FAILURE, "diverged"), "an earlier compare run",
                            diverged.data.params.get(KERNELS, ""), provenance.of_stored_run(job, tracker, diverged))


def _warn_running(job: Rerun, tracker: Tracker, run: Any) -> None:
    """Say that an identical run is still RUNNING in the store and which process holds it: two
    compares started side by side (or one started before the other has closed its runs) would
    train the same run twice. Silent when that process has certainly died (``owner_gone``):
    training the run again is then right."""
    tag = run.data.tags.get(TAG_OWNER, "")
    if owner_gone(tag) is not None:
        return
    who = owner_text(tag) or "a process fblbench did not record"
    done = len(tracker.client.get_metric_history(run.info.run_id, "val_acc"))
    started = datetime.datetime.fromtimestamp(run.info.start_time / 1000, datetime.timezone.utc)
    note(f"compare: {job.row} seed {job.seed}: an identical run is still RUNNING in the store, held by {who} "
         f"(started {started:%Y-%m-%d %H:%M} UTC, {done} of {job.train_cfg.rounds} rounds logged): if that "
         "process is still training it, stop this compare and run it again once that process has exited (the "
         "run is then read back); otherwise this compare trains it again, as it does now")


def store_reader(tracking_uri: str, experiment: str) -> tuple[Tracker | None, str]:
    """The store and experiment id a compare that logs nothing (``--no-mlflow``) reads earlier
    reruns back from; ``(None, "")`` when there is nothing to read (no store file, no such
    experiment) or the store cannot be read (said in one line). It creates and writes nothing."""
    path = sqlite_store_path(tracking_uri)
    if path is not None and not path.exists():
        return None, ""
    try:
        state = "complete" if path is None else store_state(path)
        if state != "complete":
            raise FblbenchError(f"{path} is not a complete store of this MLflow's schema ({state})")
        tracker = Tracker(tracking_uri)
        tracker.check()
        exp = tracker.client.get_experiment_by_name(experiment)
    except Exception as e:  # reading back is a saving, never a reason to stop: every rerun trains
        note(f"compare: earlier compare reruns not read back from the MLflow store: {str(e).splitlines()[0]}")
        return None, ""
    return (None, "") if exp is None else (tracker, str(exp.experiment_id))


def run_one(job: Rerun, feds: FederationCache, trackers: dict[str, Tracker]) -> Outcome:
    """Train and log one rerun (in this process)."""
    fed = feds.get(job.data_cfg, job.train_cfg)
    dest = None
    if job.tracking_uri is not None:
        tracker = trackers.get(job.tracking_uri)
        if tracker is None:
            tracker = trackers[job.tracking_uri] = Tracker(job.tracking_uri, artifact_root=job.artifact_root)
        dest = Destination(tracker, job.experiment_id, f"{job.row}-seed{job.seed}", "compare",
                           {TAG_STUDY: job.study, TAG_SEED: job.seed}, parent=job.parent_run,
                           params={"best_trial": job.trial})
    method = get_method(job.spec).from_dict(job.hp)
    try:
        logged = run_and_log(fed, job.data_cfg, job.train_cfg, method, job.spec,
                             dest, f"{job.row} seed {job.seed} {job.data_cfg.partition_tag()}", heatmap=False)
    except DivergedError as e:  # a result of this (method, seed): the table shows it, the other runs go on
        return diverged_outcome(str(e), kernels=kernels_here(job.train_cfg.device), provenance=runlog.provenance_of(method))
    final = logged.result.final
    assert final.test_acc is not None  # test_every = rounds: tested at the last round
    curve = tuple(r.val_acc for r in logged.result.reports)
    return Outcome(final.test_acc, final.val_acc, last_rounds_slope(list(curve)), "rerun", curve,
                   kernels=kernels_here(job.train_cfg.device), provenance=logged.provenance)


def _portable(e: BaseException) -> FblbenchError:
    """The error as the parent re-raises it: a FblbenchError as it is, anything else wrapped."""
    if isinstance(e, FblbenchError):
        try:
            pickle.loads(pickle.dumps(e))
            return e
        except Exception:
            return FblbenchError(str(e))
    traceback.print_exc()
    sys.stderr.flush()
    return FblbenchError(f"a rerun failed with {type(e).__name__}: {e} (traceback above); the reruns that finished "
                         "are kept: run the same command again to resume")


def worker_main(jobs: Any, results: Any, parent_pid: int) -> None:
    """A spawned worker: takes reruns from ``jobs`` until None, puts (key, outcome, error) on
    ``results``; stops on SIGTERM, SIGINT or its parent's death (the run in hand ends KILLED)."""
    from fblbench.outage import quiet_outage_logs

    quiet_outage_logs()
    feds, trackers = FederationCache(), {}  # type: ignore[var-annotated]
    try:
        with signals.handling():
            signals.watch_parent(parent_pid)
            for job in iter(jobs.get, None):
                results.put((job.key, run_one(job, feds, trackers), None))
    except KeyboardInterrupt as e:
        sys.exit(128 + int(getattr(e, "signum", signal.SIGINT)))
    except BaseException as e:
        results.put((None, None, _portable(e)))
        sys.exit(1)


def run_jobs(jobs: list[Rerun], n_jobs: int, done: Callable[[Rerun, Outcome], None],
             feds: FederationCache, trackers: dict[str, Tracker]) -> dict[tuple[str, int], Outcome]:
    """Run ``jobs`` here (``n_jobs`` 1) or in ``n_jobs`` spawned processes; ``done`` sees each
    outcome as it arrives. The first failure stops the other workers and is raised."""
    out: dict[tuple[str, int], Outcome] = {}
    if n_jobs <= 1 or len(jobs) <= 1:
        for job in jobs:
            out[job.key] = run_one(job, feds, trackers)
            done(job, out[job.key])
        return out
    feds.clear()  # the workers build their own; free this process's copy
    ctx = multiprocessing.get_context("spawn")
    todo, results = ctx.Queue(), ctx.Queue()
    workers = min(n_jobs, len(jobs))
    for item in [*jobs, *[None] * workers]:
        todo.put(item)
    by_key = {j.key: j for j in jobs}
    procs = [ctx.Process(target=worker_main, args=(todo, results, os.getpid()), name=f"fblbench-compare-{i}")
             for i in range(workers)]
    try:
        for p in procs:
            p.start()
        while len(out) < len(jobs):
            try:
                key, outcome, error = results.get(timeout=1.0)
            except queue.Empty:
                if any(p.is_alive() for p in procs) or not results.empty():
                    continue
                codes = ", ".join(str(p.exitcode) for p in procs)
                raise FblbenchError(
                    f"compare's worker processes ended (exit codes {codes}) with {len(jobs) - len(out)} reruns "
                    "left; the finished ones are kept: run the same command again to resume") from None
            if error is not None:
                raise error
            out[key] = outcome
            done(by_key[key], outcome)
        for p in procs:
            p.join()
    except BaseException:
        signals.stop_workers([p for p in procs if p.pid is not None])
        raise
    return out


def reuse_text(reused: Mapping[tuple[str, int], Outcome]) -> str:
    """The table's note on the rows it did not train again."""
    parts = [f"{m} seed {s} ({o.source})" for (m, s), o in reused.items()]
    return ("not trained again, the same run with every training setting equal (seed, threads, device) was read "
            f"back: {'; '.join(parts)}")


def elsewhere(job: Rerun, trial: FrozenTrial, reader: Tracker | None, experiment_id: str) -> bool:
    """Whether this rerun's run is stored, but trained on other kernels (another machine): what
    ``--reuse-other-machines`` would read back."""
    return (from_trial(job, trial, True) is not None
            or (reader is not None and from_store(job, reader, experiment_id, True, warn=False) is not None))


def seeds_text(seeds: list[int]) -> str:
    return f"seed {seeds[0]}" if len(seeds) == 1 else f"seeds {', '.join(map(str, seeds))}"


def machines_text(runs: Mapping[str, Mapping[int, str]], here: str) -> tuple[str, str]:
    """Where a table's runs were trained, when not all on this machine's kernels ``here``: the
    note (each machine's kernels and the rows and seeds that ran there) and the words the
    table's machine line ends with; ("", "") when all ran here."""
    by: dict[str, dict[str, list[int]]] = {}
    for method, seeds in runs.items():
        for s, k in sorted(seeds.items()):
            by.setdefault(k, {}).setdefault(method, []).append(s)
    if set(by) <= {here}:
        return "", ""
    parts = []
    for k, rows in sorted(by.items(), key=lambda kv: (kv[0] == here, kv[0])):
        name = ("kernels not recorded" if not k else k) + (" (this machine)" if k == here else "")
        parts.append(f"{name}: " + "; ".join(f"{m} {seeds_text(s)}" for m, s in rows.items()))
    many = f"{len(by)} machines" if len(by) > 1 else "another machine"
    others = len(set(by) - {here})
    line = (("trained on this machine and " if here in by else "trained on ")
            + (f"{others} other machines" if others > 1 else "another machine") + ": the note below")
    return (f"runs from {many}, read back with --reuse-other-machines: {' | '.join(parts)}. The same seed and "
            "settings end at other floats on other kernels, so a paired difference between two machines' runs "
            "also carries that noise; each run reproduces on its own machine"), line


__all__ = [
    "TAG_SEED",
    "Outcome",
    "Rerun",
    "elsewhere",
    "from_store",
    "from_trial",
    "kernels_here",
    "machines_text",
    "reuse_text",
    "run_jobs",
    "run_one",
    "seeds_text",
    "store_reader",
    "worker_main",
]
