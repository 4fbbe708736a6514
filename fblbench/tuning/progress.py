"""A sweep's progress lines: per study, trials done / pruned / failed, the best so far and
an ETA from the mean time of the trials finished so far (read from the Optuna storage,
so it covers every worker and a resumed sweep's earlier trials).

Each trial is named by the slot its worker claimed (``trial 2/3 (#1)``: slot 2 of 3,
Optuna trial number 1), which no other worker holds; the worker that ran it prints one
line when it ends (complete, pruned or failed) with the study's progress bar."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import optuna
from optuna.trial import FrozenTrial, TrialState

from fblbench.tuning.coordination import FAILURE_ATTR, is_counted


class Reporter:
    """Progress lines: trial n/N, round, current best."""

    def __init__(self, enabled: bool = True, prefix: str = "") -> None:
        from rich.console import Console

        self.console = Console(highlight=False)
        self.enabled = enabled
        self.prefix = prefix

    def line(self, text: str) -> None:
        if self.enabled:
            self.console.print(self.prefix + text, soft_wrap=True, markup=False)

    def round_line(self, text: str) -> None:
        self.line(text)

    @staticmethod
    def trial_label(slot: int | None, total: int, number: int) -> str:
        """``trial 2/3 (#1)``: the claimed slot of ``total``, and the Optuna trial number."""
        return f"trial {slot}/{total} (#{number})" if slot is not None else f"trial #{number}"

    def trial_done(self, study: optuna.Study, total: int, slot: int | None, number: int) -> None:
        """The one line printed when a trial ends: how it ended, and the study's progress."""
        if not self.enabled:
            return
        trials = study.get_trials(deepcopy=False)
        mine = next((t for t in trials if t.number == number), None)
        how = _outcome(mine)
        progress = study_progress(trials, total)
        self.line(f"[{study.study_name}] {self.trial_label(slot, total, number)} {how} | {progress.bar()} "
                  f"{progress.text()} | best {best_text(study)}")


def duration(seconds: float) -> str:
    """``42s``, ``17m05s``, ``3h12m``."""
    s = round(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


@dataclass(frozen=True)
class StudyProgress:
    """Where a study stands; ``mean_seconds`` is None until a trial has finished."""

    total: int
    complete: int
    pruned: int
    failed: int
    running: int
    mean_seconds: float | None

    @property
    def counted(self) -> int:
        return self.complete + self.pruned + self.failed

    @property
    def remaining(self) -> int:
        return max(0, self.total - self.counted)

    def eta_seconds(self) -> float | None:
        """Mean trial time x trials left / trials running at once (at least 1)."""
        if self.mean_seconds is None:
            return None
        return self.mean_seconds * self.remaining / max(1, self.running)

    def eta_text(self) -> str:
        """`` | ETA 4m00s`` once a trial has finished, else empty."""
        eta = self.eta_seconds()
        return f" | ETA {duration(eta)}" if eta is not None else ""

    def bar(self, width: int = 20) -> str:
        """``[######--------------] 3/10``: counted trials of the target."""
        filled = min(width, round(width * self.counted / self.total)) if self.total else width
        return f"[{'#' * filled}{'-' * (width - filled)}] {self.counted}/{self.total}"

    def text(self) -> str:
        eta = self.eta_seconds()
        timing = (f"{duration(self.mean_seconds)}/trial, ETA {duration(eta)}"
                  if self.mean_seconds is not None and eta is not None else "ETA after the first trial")
        return f"{self.complete} done, {self.pruned} pruned, {self.failed} failed | {timing}"


def study_progress(trials: Sequence[FrozenTrial], total: int) -> StudyProgress:
    """Counts and mean duration of the counted trials (complete, pruned, diverged)."""
    counted = [t for t in trials if is_counted(t)]
    seconds = [(t.datetime_complete - t.datetime_start).total_seconds() for t in counted
               if t.datetime_start is not None and t.datetime_complete is not None]
    return StudyProgress(
        total=total,
        complete=sum(t.state == TrialState.COMPLETE for t in counted),
        pruned=sum(t.state == TrialState.PRUNED for t in counted),
        failed=sum(t.state == TrialState.FAIL for t in counted),
        running=sum(t.state == TrialState.RUNNING for t in trials),
        mean_seconds=sum(seconds) / len(seconds) if seconds else None,
    )


def best_text(study: optuna.Study) -> str:
    """The best value so far and its trial (the Pareto front's size for a multi-objective study)."""
    if len(study.directions) > 1:
        return f"{len(study.best_trials)} on the Pareto front"
    try:
        bt = study.best_trial
    except ValueError:
        return "-"
    return f"{bt.value:.3f} (#{bt.number})"


def _outcome(t: FrozenTrial | None) -> str:
    if t is None:
        return "ended"
    seconds = ""
    if t.datetime_start is not None and t.datetime_complete is not None:
        seconds = f" in {duration((t.datetime_complete - t.datetime_start).total_seconds())}"
    if t.state == TrialState.COMPLETE:
        values = "/".join(f"{v:.4g}" for v in (t.values or []))
        return f"complete: val {values}{seconds}"
    if t.state == TrialState.PRUNED:
        step = t.last_step
        return f"pruned at round {step}{seconds}" if step is not None else f"pruned{seconds}"
    if t.state == TrialState.FAIL:
        return f"failed: {t.user_attrs[FAILURE_ATTR]}" if FAILURE_ATTR in t.user_attrs else "failed"
    return t.state.name.lower()


__all__ = ["Reporter", "StudyProgress", "best_text", "duration", "study_progress"]
