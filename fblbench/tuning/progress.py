"""A sweep's progress lines: per study, trials done / pruned / failed, the best so far and
an ETA from the mean time of the trials finished so far (read from the Optuna storage,
so it covers every worker and a resumed sweep's earlier trials)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from optuna.trial import FrozenTrial, TrialState

from fblbench.tuning.coordination import is_counted


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


__all__ = ["Reporter", "StudyProgress", "duration", "study_progress"]
