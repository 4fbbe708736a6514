"""Run one federation and log it to MLflow: the single path of ``fblbench run``, of every
sweep trial (:mod:`fblbench.tuning.objective`) and of every ``fblbench compare`` rerun.

One sequence, so the three produce the same run layout:

- tags: ``fblbench.kind`` (run / trial / compare, plus the caller's own tags), ``fblbench.method``,
  and at the end ``fblbench.state`` (complete / pruned / diverged / failed) and, when it
  diverged or failed, ``fblbench.failure``;
- params: the resolved configuration (``data.*``, ``train.*``, ``method.*``, ``method.name``)
  plus the caller's extras;
- metrics: every round's metrics at its step, then ``train_seconds``, ``final_val_acc``,
  ``best_val_acc``, ``final_test_acc`` (when tested), ``total_synthetic`` and the method's
  own run metrics;
- artifacts: the accuracy curve, ``rounds.json``, the method's artifacts and (``heatmap``)
  the partition heatmap;
- status: FINISHED (complete or pruned), FAILED (diverged or any error), KILLED (Ctrl-C,
  SIGTERM: a KeyboardInterrupt). The run is never left RUNNING.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import optuna

from fblbench.config import DataConfig, TrainConfig, flat_defaults, to_flat_dict
from fblbench.engine.loop import Federation, RoundReport, RunResult, run_federated
from fblbench.errors import DivergedError
from fblbench.fbl.hparams import sized_record
from fblbench.method import Method
from fblbench.outage import describe
from fblbench.runtime import kernels, note
from fblbench.tracking import plots
from fblbench.tracking.mlflow_log import (
    TAG_ARTIFACTS_ERROR,
    TAG_FAILURE,
    TAG_KIND,
    TAG_METHOD,
    TAG_PROVENANCE,
    TAG_STATE,
    RunLog,
    Tracker,
)

HEATMAP = "partition_heatmap.png"
KERNELS = "run.kernels"  # the param that names the kernels a run's floats come from


def resolved_params(data_cfg: DataConfig, train_cfg: TrainConfig, method: Method, method_spec: str) -> dict[str, Any]:
    """Every setting of a run, flat: ``data.*``, ``train.*``, ``method.*``, ``method.name`` and
    ``run.kernels`` (the CPU ISA or GPU its floats come from: :func:`fblbench.runtime.kernels`)."""
    return {
        **to_flat_dict(data_cfg, train_cfg, prefix=True),
        **method_record(method, data_cfg),
        "method.name": method_spec,
        KERNELS: kernels(train_cfg.device),
    }


def method_record(method: Method, data_cfg: DataConfig) -> dict[str, Any]:
    """``method.<name>`` -> value of every hyperparameter, the generator's sizes as trained
    (``sized_record``: a 0, "the budget's size", is recorded as the size it stands for)."""
    return {f"method.{k}": v for k, v in sized_record(method.hparams_dict(), data_cfg.generator_size).items()}


def setting_json(value: Any) -> str:
    """A setting as one comparable text, whether it comes from a config or from a record that went
    through JSON (an Optuna trial's ``config``: tuples are lists there)."""
    return json.dumps(value, default=str, sort_keys=True)


def changed_settings(recorded: Mapping[str, Any], wanted: Mapping[str, Any], ignore: Collection[str] = (),
                     as_text: Callable[[Any], str] = setting_json,
                     method_defaults: Mapping[str, Any] | None = None) -> dict[str, tuple[Any, Any]]:
    """The settings of ``wanted`` that a run's or trial's record holds otherwise, as name ->
    (recorded, wanted), compared as ``as_text`` writes them. A setting the record lacks is read
    as its default (``method_defaults``: the method's, as ``method_record`` names them): a run
    recorded before that setting existed trained with it; a generator size recorded as 0 (before
    runs recorded sizes) as the size it stood for then, at the pool scale of then (1)."""
    defaults = flat_defaults()
    recorded = {**(method_defaults or {}), **sized_record(
        recorded, str(recorded.get("data.generator_size", defaults["data.generator_size"])), legacy=True)}
    out: dict[str, tuple[Any, Any]] = {}
    for k, v in wanted.items():
        old = recorded.get(k, defaults.get(k))
        if k not in ignore and as_text(old) != as_text(v):
            out[k] = (old, v)
    return out


@dataclass(frozen=True)
class Destination:
    """Where a run is logged: the store, the experiment, the run's name, kind and own tags,
    its parent run (a sweep's study run, a leaderboard run) and extra params."""

    tracker: Tracker
    experiment_id: str
    name: str
    kind: str
    tags: Mapping[str, Any] = field(default_factory=dict)
    parent: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class LoggedRun:
    """What a finished federation returns: its result, training seconds and synthetic samples."""

    result: RunResult
    seconds: float
    synthetic: float
    run_id: str | None
    provenance: dict[str, str] | None = field(default_factory=dict)  # method.provenance(); None: its hook failed


def run_and_log(fed: Federation, data_cfg: DataConfig, train_cfg: TrainConfig, method: Method, method_spec: str,
                dest: Destination | None, title: str, callbacks: Sequence[Callable[[RoundReport], None]] = (),
                heatmap: bool = True, before: Callable[[RunLog | None], None] | None = None) -> LoggedRun:
    """Train ``method`` on ``fed`` and log it to ``dest`` (None: train only).

    ``callbacks`` see every round after it is logged; one may raise ``optuna.TrialPruned``
    (the run ends FINISHED, tagged pruned, and the exception propagates). A diverged run
    ends FAILED tagged diverged, and the DivergedError propagates; so does anything else,
    the run ending KILLED for an interrupt and FAILED otherwise. ``before`` runs once the
    run is created and its params are logged, before the first round.
    """
    run = None
    extra: dict[str, Any] = {}
    if dest is not None:
        run = dest.tracker.start_run(dest.experiment_id, dest.name,
                                     {**dict(dest.tags), TAG_KIND: dest.kind, TAG_METHOD: method_spec},
                                     parent=dest.parent)
        extra = dict(dest.params)
    reports: list[RoundReport] = []
    t0 = time.perf_counter()
    try:
        if run is not None:
            run.log_params({**resolved_params(data_cfg, train_cfg, method, method_spec), **extra})
        if before is not None:
            before(run)
        rounds: list[Callable[[RoundReport], None]] = [reports.append]
        if run is not None:
            rounds.append(run.log_round)
        t0 = time.perf_counter()
        try:
            result = run_federated(fed, train_cfg, method, callbacks=[*rounds, *callbacks])
        except optuna.TrialPruned:
            _finish(run, reports, fed, method, "pruned", time.perf_counter() - t0, title, heatmap)
            raise
        except DivergedError as e:
            if run is not None:
                run.set_tags({TAG_FAILURE: str(e)[:5000]})
            _finish(run, reports, fed, method, "diverged", time.perf_counter() - t0, title, heatmap)
            raise
        seconds = time.perf_counter() - t0
        synthetic = sum(r.metrics.get("num_synthetic", 0.0) for r in reports)
        recorded = _finish(run, reports, fed, method, "complete", seconds, title, heatmap)
        return LoggedRun(result, seconds, synthetic, run.run_id if run is not None else None, recorded)
    except BaseException as e:
        # Interrupted (Ctrl-C, SIGTERM) or a bug, wherever it struck: the run ends, never
        # left RUNNING. (Pruned and diverged runs were ended by ``_finish``.)
        if run is not None and not run.ended:
            try:
                run.set_tags({TAG_FAILURE: f"{type(e).__name__}: {e}"[:5000], TAG_STATE: "failed"})
            finally:
                run.end("KILLED" if isinstance(e, KeyboardInterrupt) else "FAILED")
        raise


def summary_metrics(reports: Sequence[RoundReport], method: Method, seconds: float) -> dict[str, float]:
    """The end-of-run metrics every logged run carries."""
    summary: dict[str, float] = {
        "train_seconds": seconds,
        "total_synthetic": sum(r.metrics.get("num_synthetic", 0.0) for r in reports),
        **method.run_metrics(),
    }
    if reports:
        last = reports[-1]
        summary.update(final_val_acc=last.val_acc, best_val_acc=max(r.val_acc for r in reports))
        if last.test_acc is not None:
            summary["final_test_acc"] = last.test_acc
    return summary


def _finish(run: RunLog | None, reports: Sequence[RoundReport], fed: Federation, method: Method, state: str,
            seconds: float, title: str, heatmap: bool) -> dict[str, str] | None:
    """End the run in ``state`` with its metrics, tags and artifacts; returns the method's
    provenance (``provenance_of``), computed here once for the run, its trial and its rerun."""
    recorded = provenance_of(method)
    if run is None:
        return recorded
    run.log_metrics(summary_metrics(reports, method, seconds))
    run.set_tags({TAG_STATE: state})
    if recorded is not None:
        run.set_tags({TAG_PROVENANCE: json.dumps(recorded, sort_keys=True)})
    try:
        log_run_artifacts(run, reports, fed, method, title, heatmap=heatmap)
    except Exception as e:
        # The run's result is logged; a plot or a method's file that fails (a bug in a
        # method's artifacts(), say) must not fail a trial that trained for hours. A lost
        # database or a full disk still stops the sweep, as everywhere else.
        if describe(e) is not None:
            raise
        why = f"{type(e).__name__}: {e}"
        note(f"warning: run {run.run_id}: its artifacts were not all logged ({why[:300]}); its metrics were, "
             f"and the error is in its tag {TAG_ARTIFACTS_ERROR}")
        run.set_tags({TAG_ARTIFACTS_ERROR: why[:5000]})
    run.end("FAILED" if state in ("failed", "diverged") else "FINISHED")
    return recorded


def provenance_of(method: Method) -> dict[str, str] | None:
    """``method.provenance()`` as strings; None (said in one line) when the hook fails: a bug
    in it must not fail a run that trained for hours."""
    try:
        return {str(k): str(v) for k, v in method.provenance().items()}
    except Exception as e:
        note(f"warning: {type(method).__name__}.provenance() failed ({type(e).__name__}: {str(e)[:300]}); "
             "the run's provenance is not recorded")
        return None


def log_run_artifacts(run: RunLog, reports: Sequence[RoundReport], fed: Federation, method: Method,
                      title: str, heatmap: bool = True) -> None:
    """Accuracy curve, the round table, the method's own artifacts, and (``heatmap``) the
    partition heatmap; each drawn once, here, at the end of the run."""
    with tempfile.TemporaryDirectory() as d:
        out = Path(d)
        if reports:
            run.log_artifact(plots.accuracy_curve(reports, out / "accuracy_curve.png", title))
            run.log_dict([r.as_metrics() | {"round": r.round} for r in reports], "rounds.json")
        if heatmap:
            run.log_artifact(plots.histogram_heatmap(fed.histograms, fed.splits.classes, out / HEATMAP, title))
        mdir = out / "method"
        mdir.mkdir()
        for p in method.artifacts(mdir):
            run.log_artifact(p, "method")


__all__ = ["HEATMAP", "TAG_FAILURE", "Destination", "LoggedRun", "changed_settings", "log_run_artifacts", "method_record",
           "provenance_of", "resolved_params", "run_and_log", "summary_metrics"]
