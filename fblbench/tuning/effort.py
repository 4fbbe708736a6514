"""Equal search effort: what ``fblbench compare`` checks before it re-runs anything.

A comparison is fair only if every method was tuned with the same effort:

- the same number of **counted trials**: complete + pruned + diverged (failed by fblbench
  itself, :func:`fblbench.tuning.coordination.is_counted`), exactly the trials ``--trials``
  counts, so a sweep run to the same ``--trials`` always matches. Running and waiting
  trials, and trials of a dead worker (failed by the heartbeat, retried), do not count;
- the shared training settings (``common.yaml``: lr, local epochs, batch size, ...) searched
  over the **same ranges** for every method, FBL included.

The ranges are read from the studies themselves: Optuna stores every trial's distributions,
so each counted trial says over which range each shared setting was searched (a
``--spaces-dir`` overlay that changed ``common.yaml`` for one method's sweep shows there,
even in a study that was continued with another overlay halfway through). The dimensions
a method searched are its trials' parameters: its own (``<method>.yaml``) plus the shared.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import optuna
from optuna.distributions import (
    BaseDistribution,
    CategoricalDistribution,
    FloatDistribution,
    IntDistribution,
)

from fblbench.errors import ConfigError
from fblbench.tuning.coordination import is_counted
from fblbench.tuning.space import COMMON_KEYS

ALLOW_FLAG = "--allow-unequal-effort"
COUNTED_TEXT = "complete + pruned + diverged, the trials --trials counts"


def range_text(d: BaseDistribution) -> str:
    """A distribution as a short range: ``[0.001, 0.05] log``, ``{32, 64, 128}``."""
    if isinstance(d, CategoricalDistribution):
        return "{" + ", ".join(str(c) for c in d.choices) + "}"
    if isinstance(d, FloatDistribution | IntDistribution):
        text = f"[{d.low:g}, {d.high:g}]"
        if d.log:
            text += " log"
        if d.step is not None and (isinstance(d, FloatDistribution) or d.step != 1):
            text += f" step {d.step:g}"
        return text
    return repr(d)


Ranges = tuple[tuple[str, str], ...]  # ((setting, range text), ...) sorted by setting


@dataclass(frozen=True)
class StudyEffort:
    """One method's study: its counted trials, the shared settings' ranges, its own dimensions."""

    method: str
    study: str
    trials: int
    shared: Ranges  # the ranges of its counted trials (the first, when they disagree: see ``mixed``)
    own: int  # dimensions of its own search space
    mixed: tuple[Ranges, ...] = ()  # every distinct set of shared ranges, when its trials disagree

    @property
    def dims(self) -> tuple[int, int]:
        return self.own, len(self.shared)


def study_effort(method: str, study: optuna.Study, own_fields: Collection[str] = ()) -> StudyEffort:
    """``own_fields``: the method's hyperparameter names. A trial parameter named like a shared
    setting but also a field of the method (FedAvgM's server ``momentum``) is the method's own:
    a sweep refuses to search one name in both spaces, so it cannot be the shared one."""
    counted = [t for t in study.get_trials(deepcopy=False) if is_counted(t)]
    seen: list[Ranges] = []
    own: set[str] = set()

    def is_shared(name: str) -> bool:
        return name in COMMON_KEYS and name not in own_fields

    for t in counted:
        shared = tuple(sorted((k, range_text(d)) for k, d in t.distributions.items() if is_shared(k)))
        own.update(k for k in t.distributions if not is_shared(k))
        if shared not in seen:
            seen.append(shared)
    return StudyEffort(method, study.study_name, len(counted), seen[0] if seen else (), len(own),
                       tuple(seen) if len(seen) > 1 else ())


def _ranges(r: Ranges) -> str:
    return ", ".join(f"{k} {v}" for k, v in r) or "none searched"


def effort_problems(efforts: Sequence[StudyEffort]) -> list[str]:
    """What makes the efforts unequal (empty: equal), one clause each."""
    problems = []
    counts = {e.trials for e in efforts}
    if len(counts) > 1:
        problems.append("unequal trial counts (" + ", ".join(f"{e.method} {e.trials}" for e in efforts) + ")")
    for e in efforts:
        if e.mixed:
            problems.append(f"{e.method}'s study {e.study} searched the shared settings over "
                            + " vs ".join(f"({_ranges(r)})" for r in e.mixed) + " in different trials")
    shared = {e.shared for e in efforts}
    if len(shared) > 1:
        problems.append("different shared-settings ranges (" + "; ".join(f"{e.method}: {_ranges(e.shared)}"
                                                                         for e in efforts) + ")")
    return problems


def check_effort(efforts: Sequence[StudyEffort], allow: bool) -> str:
    """Raise a ConfigError naming the methods and the fix when the efforts differ (unless
    ``allow``); return the problem text the table is flagged with ("" when equal)."""
    problems = effort_problems(efforts)
    if not problems:
        return ""
    text = "; ".join(problems)
    if not allow:
        raise ConfigError(
            f"unequal search effort: {text}. Counted trials = {COUNTED_TEXT}. Fix: run `fblbench sweep` for "
            f"every method to the same --trials with the same common.yaml (--spaces-dir) and training settings "
            f"(budget, protocol, flags: a range widens to hold trial 0's value), or pass {ALLOW_FLAG} "
            "to compare anyway (the table is then flagged)"
        )
    return text


__all__ = ["ALLOW_FLAG", "COUNTED_TEXT", "StudyEffort", "check_effort", "effort_problems", "range_text",
           "study_effort"]
