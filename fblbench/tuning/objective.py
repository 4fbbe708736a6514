"""One Optuna trial of a study: sample the search space, train, log to MLflow, report
each round to the pruner. Also the study's plan and the federation shared by its trials."""

from __future__ import annotations

import dataclasses
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna

from fblbench.config import DataConfig, TrainConfig, to_flat_dict
from fblbench.engine.loop import Federation, RoundReport, build_federation, run_federated
from fblbench.errors import DivergedError
from fblbench.method import Method
from fblbench.tracking import plots
from fblbench.tracking.mlflow_log import (
    TAG_KIND,
    TAG_METHOD,
    TAG_STATE,
    TAG_STUDY,
    TAG_TRIAL,
    RunLog,
    Tracker,
)
from fblbench.tuning.coordination import FAILURE_ATTR
from fblbench.tuning.progress import Reporter, duration, study_progress
from fblbench.tuning.space import Param, suggest


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


class FederationCache:
    """The last federation built, reused by the next study on the same data (every
    method of a heterogeneity level trains on the very same client tensors)."""

    def __init__(self) -> None:
        self._key: Any = None
        self._fed: Federation | None = None

    def get(self, data_cfg: DataConfig, train_cfg: TrainConfig) -> Federation:
        key = (data_cfg, train_cfg.device, train_cfg.channels_last)
        if self._fed is None or self._key != key:
            self._fed = None  # free the previous level's tensors first
            self._fed = build_federation(data_cfg, train_cfg)
            self._key = key
        return self._fed

    def clear(self) -> None:
        self._key = self._fed = None


class Objective:
    """One Optuna trial = one federated run logged as a nested MLflow run."""

    def __init__(self, plan: StudyPlan, tracker: Tracker, experiment_id: str, parent_run_id: str,
                 reporter: Reporter, total: int, objectives: tuple[str, ...] = ("accuracy",),
                 feds: FederationCache | None = None) -> None:
        self.plan = plan
        self.tracker = tracker
        self.experiment_id = experiment_id
        self.parent_run_id = parent_run_id
        self.reporter = reporter
        self.total = total
        self.objectives = objectives
        self.feds = feds or FederationCache()

    def federation(self) -> Federation:
        return self.feds.get(self.plan.data_cfg, self.plan.train_cfg)

    def __call__(self, trial: optuna.Trial) -> float | tuple[float, ...]:
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
        fed = self.federation()
        run = self.tracker.start_run(
            self.experiment_id,
            # The method in the name: one experiment holds every method of a level.
            f"{plan.name.removeprefix(f'{plan.data_cfg.dataset}-{plan.data_cfg.partition_tag()}-')}-trial-{trial.number}",
            {TAG_KIND: "trial", TAG_STUDY: plan.name, TAG_TRIAL: trial.number, TAG_METHOD: plan.method_spec},
            parent=self.parent_run_id,
        )
        try:
            return self._train(trial, run, resolved, fed, train_cfg, method)
        except BaseException as e:
            # Interrupted (Ctrl-C, SIGTERM) or a bug, wherever it struck: the run ends, never
            # left RUNNING. (Pruned and diverged runs were ended by ``_finish``.)
            if not run.ended:
                run.set_tags({"fblbench.failure": f"{type(e).__name__}: {e}"[:5000], TAG_STATE: "failed"})
                run.end("KILLED" if isinstance(e, KeyboardInterrupt) else "FAILED")
            raise

    def _train(self, trial: optuna.Trial, run: RunLog, resolved: dict[str, Any], fed: Federation,
               train_cfg: TrainConfig, method: Method) -> float | tuple[float, ...]:
        plan = self.plan
        run.log_params(resolved)
        study = trial.study
        progress = study_progress(study.get_trials(deepcopy=False), self.total)
        done = progress.counted
        best = _best_text(study)
        eta = progress.eta_seconds()
        eta_text = f" | ETA {duration(eta)}" if eta is not None else ""
        self.reporter.line(f"[{plan.name}] trial {done + 1}/{self.total} (#{trial.number}) starts: "
                           f"{progress.text()} | best {best}")
        prune = len(self.objectives) == 1
        t0 = time.perf_counter()

        def on_round(rep: RoundReport) -> None:
            run.log_round(rep)
            test = f" test {rep.test_acc:.3f}" if rep.test_acc is not None else ""
            self.reporter.line(
                f"[{plan.name}] trial {done + 1}/{self.total} (#{trial.number}) round {rep.round}/{rep.num_rounds} "
                f"val {rep.val_acc:.3f}{test} loss {rep.train_loss:.3f} {rep.seconds:.1f}s | best {best}{eta_text}"
            )
            if prune:  # Optuna's report/prune are single-objective only
                trial.report(rep.val_acc, rep.round)
                if trial.should_prune():
                    raise optuna.TrialPruned(f"pruned at round {rep.round} (val_acc {rep.val_acc:.4f})")

        reports: list[RoundReport] = []
        try:
            result = run_federated(fed, train_cfg, method, callbacks=[reports.append, on_round])
        except optuna.TrialPruned:
            self._finish(run, trial, reports, method, "pruned", time.perf_counter() - t0)
            self.reporter.line(f"[{plan.name}] trial #{trial.number} pruned at round {len(reports)}")
            raise
        except DivergedError as e:
            trial.set_user_attr(FAILURE_ATTR, str(e))
            run.set_tags({"fblbench.failure": str(e)})
            self._finish(run, trial, reports, method, "failed", time.perf_counter() - t0)
            self.reporter.line(f"[{plan.name}] trial #{trial.number} failed: {e}")
            raise
        seconds = time.perf_counter() - t0
        final = result.final
        synthetic = sum(r.metrics.get("num_synthetic", 0.0) for r in reports)
        trial.set_user_attr("final_test_acc", final.test_acc)
        trial.set_user_attr("best_val_acc", result.best_val_acc)
        trial.set_user_attr("total_synthetic", synthetic)
        self._finish(run, trial, reports, method, "complete", seconds, {"total_synthetic": synthetic})
        if not self.objectives[1:]:
            return final.val_acc
        extra = {"synthetic": synthetic, "cost": seconds}
        return (final.val_acc, *(extra[o] for o in self.objectives[1:]))

    def _finish(self, run: RunLog, trial: optuna.Trial, reports: Sequence[RoundReport], method: Method,
                state: str, seconds: float, extra: dict[str, float] | None = None) -> None:
        trial.set_user_attr("seconds", seconds)
        summary: dict[str, float] = {"trial_seconds": seconds, **method.run_metrics(), **(extra or {})}
        if reports:
            last = reports[-1]
            summary.update(final_val_acc=last.val_acc, best_val_acc=max(r.val_acc for r in reports))
            if last.test_acc is not None:
                summary["final_test_acc"] = last.test_acc
        run.log_metrics(summary)
        run.set_tags({TAG_STATE: state})
        # The partition heatmap is the study's (its parent run has it), not each trial's.
        log_run_artifacts(run, reports, self.federation(), method, self.plan.name, heatmap=False)
        run.end("FAILED" if state == "failed" else "FINISHED")


HEATMAP = "partition_heatmap.png"


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


def _best_text(study: optuna.Study) -> str:
    if len(study.directions) > 1:
        return f"{len(study.best_trials)} on the Pareto front"
    try:
        bt = study.best_trial
    except ValueError:
        return "-"
    return f"{bt.value:.3f} (#{bt.number})"


__all__ = ["HEATMAP", "FederationCache", "Objective", "StudyPlan", "log_run_artifacts"]
