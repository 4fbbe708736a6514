"""One Optuna trial of a study: sample the search space, then train and log through the
shared run-and-log path (:func:`fblbench.tuning.runlog.run_and_log`), reporting each round
to the pruner. Also the federation shared by a study's trials."""

from __future__ import annotations

import dataclasses
from typing import Any

import optuna

from fblbench.config import DataConfig, TrainConfig
from fblbench.engine.loop import Federation, RoundReport, build_federation
from fblbench.errors import DivergedError
from fblbench.tracking.mlflow_log import TAG_STUDY, TAG_TRIAL, RunLog, Tracker
from fblbench.tuning.coordination import FAILURE_ATTR
from fblbench.tuning.plan import StudyPlan
from fblbench.tuning.progress import Reporter, best_text, study_progress
from fblbench.tuning.provenance import PROVENANCE_ATTR
from fblbench.tuning.runlog import (
    HEATMAP,
    Destination,
    log_run_artifacts,
    resolved_params,
    run_and_log,
)
from fblbench.tuning.space import suggest


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

    def __call__(self, trial: optuna.Trial, slot: int | None = None) -> float | tuple[float, ...]:
        """Run the trial; ``slot`` is the slot the worker claimed (printed as ``trial slot/total``)."""
        plan = self.plan
        common = suggest(trial, plan.common)
        own = suggest(trial, plan.own)
        train_cfg = dataclasses.replace(plan.train_cfg, **common)
        method = plan.method_cls.from_dict(own)
        trial.set_user_attr("config", resolved_params(plan.data_cfg, train_cfg, method, plan.method_spec))
        fed = self.federation()
        label = f"[{plan.name}] {self.reporter.trial_label(slot, self.total, trial.number)}"
        study = trial.study
        best = best_text(study)
        progress = study_progress(study.get_trials(deepcopy=False), self.total)
        eta = progress.eta_text()

        def started(run: RunLog | None) -> None:
            self.reporter.line(f"{label} starts: {progress.text()} | best {best}")

        prune = len(self.objectives) == 1

        def on_round(rep: RoundReport) -> None:
            test = f" test {rep.test_acc:.3f}" if rep.test_acc is not None else ""
            self.reporter.round_line(
                f"{label} round {rep.round}/{rep.num_rounds} val {rep.val_acc:.3f}{test} loss {rep.train_loss:.3f} "
                f"{rep.seconds:.1f}s | best {best}{eta}"
            )
            if prune:  # Optuna's report/prune are single-objective only
                trial.report(rep.val_acc, rep.round)
                if trial.should_prune():
                    raise optuna.TrialPruned(f"pruned at round {rep.round} (val_acc {rep.val_acc:.4f})")

        dest = Destination(
            self.tracker, self.experiment_id,
            # The method in the name: one experiment holds every method of a level.
            f"{plan.name.removeprefix(f'{plan.data_cfg.dataset}-{plan.data_cfg.partition_tag()}-')}-trial-{trial.number}",
            "trial", {TAG_STUDY: plan.name, TAG_TRIAL: trial.number}, parent=self.parent_run_id)
        try:
            logged = run_and_log(fed, plan.data_cfg, train_cfg, method, plan.method_spec, dest, plan.name,
                                 callbacks=[on_round], heatmap=False, before=started)
        except DivergedError as e:
            trial.set_user_attr(FAILURE_ATTR, str(e))
            raise
        final = logged.result.final
        trial.set_user_attr("seconds", logged.seconds)
        trial.set_user_attr("final_test_acc", final.test_acc)
        trial.set_user_attr("best_val_acc", logged.result.best_val_acc)
        trial.set_user_attr("total_synthetic", logged.synthetic)
        if logged.provenance is not None:
            trial.set_user_attr(PROVENANCE_ATTR, logged.provenance)
        if not self.objectives[1:]:
            return final.val_acc
        extra = {"synthetic": logged.synthetic, "cost": logged.seconds}
        return (final.val_acc, *(extra[o] for o in self.objectives[1:]))


__all__ = ["HEATMAP", "FederationCache", "Objective", "StudyPlan", "log_run_artifacts"]
