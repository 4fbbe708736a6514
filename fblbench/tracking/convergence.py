"""The convergence guard: has a run's validation accuracy stopped rising?

Every leaderboard row (``fblbench compare``), generators-table row and the NIID-Bench
script's rows carry the slope of the validation accuracy over a run's last rounds; a mean
slope above ``RISING_SLOPE`` flags the row as still rising, and a table whose reference
row still rises ranks nothing. Leaderboard and generators-table rows are also flagged when
their validation curve (mean over seeds, ``CURVE_WINDOWS`` windows of a tenth of the run
ending it) gains more than ``CURVE_GAIN`` from the first window to the last: the slope over the
last fifth lets a slow creep over a long run pass. That rule applies to constant-lr runs of 100
rounds and more (``curve_rule_applies``).

The slope is Theil-Sen's: the median of the slopes between every two of the last rounds.
Under a constant learning rate the validation accuracy moves 2-3 points from round to round
and now and then drops 10-20 points for one round; a least-squares slope is tilted by one
such round (a dip at the start of the window reads as a rise, one at the end hides a rise),
the median of the pairwise slopes much less (not at all when the round is the only outlier
and the rest of the window is level; a few low rounds together still tilt it).
``benchmarks/convergence_guard.py`` measures both rules on synthetic curves and on stored
runs' curves.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

SLOPE_ROUNDS = 5  # at least this many last rounds make the slope that says "still rising"
# A mean last-rounds slope above this (accuracy per round) flags a row as still rising: half a
# point over 5 rounds, two over 20, is more than the protocol can be trusted to rank.
RISING_SLOPE = 0.001
SLOPE_TEXT = ("Theil-Sen slope (the median of the slopes between every two of those rounds, which a single "
              "outlying round moves far less than a least-squares line)")


def slope_window(rounds: int) -> int:
    """The last rounds whose slope says "still rising": the last fifth of a run, at least
    ``SLOPE_ROUNDS``. Under a constant lr a 5-round least-squares slope scattered ~8x the
    threshold (eurosat-niid-recipe) and flagged or cleared a row by chance; the last 20 of 100
    rounds measure the trend."""
    return max(SLOPE_ROUNDS, rounds // 5)


def theil_sen_slope(values: Sequence[float]) -> float:
    """Median over all pairs i < j of (values[j] - values[i]) / (j - i); NaN under 2 points
    or with a non-finite point (a diverged run has no trend)."""
    y = np.asarray(values, dtype=np.float64)
    if len(y) < 2 or not np.isfinite(y).all():
        return float("nan")
    i, j = np.triu_indices(len(y), 1)
    return float(np.median((y[j] - y[i]) / (j - i)))


def last_rounds_slope(curve: Sequence[float], rounds: int | None = None) -> float:
    """Theil-Sen slope (accuracy per round) of the last ``rounds`` points of ``curve``
    (default: ``slope_window`` of its length)."""
    return theil_sen_slope(list(curve)[-(rounds or slope_window(len(curve))):])


def mean_slope(slopes: Sequence[float]) -> float:
    """A row's slope: the mean of its seeds' finite slopes (NaN when none is finite)."""
    finite = [x for x in slopes if math.isfinite(x)]
    return float(np.mean(finite)) if finite else float("nan")


def is_rising(mean_slope: float, curve_gain: float = math.nan) -> bool:
    """The guard's verdict on a row: its mean slope over seeds above ``RISING_SLOPE``, or its
    validation curve gaining more than ``CURVE_GAIN`` across its windows (NaN: not flagged by it)."""
    return bool(mean_slope > RISING_SLOPE or curve_gain > CURVE_GAIN)


CURVE_WINDOWS = 5  # a table shows each row's validation curve as this many window means
# A row whose curve (mean over seeds) gains more than this from its first window to its last is
# still rising, whatever its slope: over a long run the slope's threshold lets a slow creep pass
# (EuroSAT Dirichlet 0.1 FedAvg at 200 rounds: last-40 slope under 0.001 on every seed, but its
# window means gained 2-4 points over rounds 101-200 and 1.5-2 more by round 300). Window means
# of 3 seeds scatter by a few tenths of a point under a constant lr: 1 point is well above that,
# and it is the budget check's point (``budget.BUDGET_GAIN``), not a value tuned on any table.
CURVE_GAIN = 0.01
CURVE_MIN_WIDTH = 10  # rounds per window below which the gain flags nothing (curve_rule_applies)


def curve_windows(rounds: int) -> list[tuple[int, int]]:
    """The rounds (first, last; 1-based) of the ``CURVE_WINDOWS`` windows that end a run of
    ``rounds``, each a tenth of the run (at least one round): its second half when the rounds
    are a multiple of 10 (101-120 ... 181-200 of 200), the last 5 rounds under 20 rounds, every
    round under 5. The slope's verdict in numbers a reader can check."""
    n = min(CURVE_WINDOWS, rounds)
    width = max(1, rounds // (2 * CURVE_WINDOWS))
    start = rounds - n * width
    return [(start + i * width + 1, start + (i + 1) * width) for i in range(n)]


def curve_rule_applies(rounds: int, lr_schedule: str) -> bool:
    """Whether the curve's gain may flag a run of ``rounds`` under ``lr_schedule``: windows of at
    least ``CURVE_MIN_WIDTH`` rounds (100 rounds and more: rounds move 2-3 points apart under a
    constant lr, so the difference of two 10-round means over 3 seeds scatters by ~0.6 points,
    of one-round windows by several), and a constant lr (under a decaying one the curve rises as
    the lr falls whether or not the budget has converged: the budget check tests that)."""
    return lr_schedule == "constant" and rounds // (2 * CURVE_WINDOWS) >= CURVE_MIN_WIDTH


def window_means(curve: Sequence[float], windows: Sequence[tuple[int, int]]) -> list[float]:
    """The mean of ``curve`` (one value per round, round 1 first) over each window (NaN where
    the curve does not reach it: a diverged run)."""
    out = []
    for first, last in windows:
        part = list(curve)[first - 1:last]
        out.append(float(np.mean(part)) if len(part) == last - first + 1 else float("nan"))
    return out


def seeds_curve(curves: Sequence[Sequence[float]]) -> list[float]:
    """The window means (``curve_windows`` of the longest curve) of each seed's curve, mean over
    the seeds whose curve reaches every window (a diverged seed's does not)."""
    if not curves:
        return []
    windows = curve_windows(max(len(c) for c in curves))
    return mean_windows([window_means(c, windows) for c in curves])


def mean_windows(per_seed: Sequence[Sequence[float]]) -> list[float]:
    """The mean over seeds of each window's mean, over the seeds whose every window is finite (a
    diverged seed's are NaN); empty when none is."""
    rows = [m for m in per_seed if m and all(math.isfinite(v) for v in m)]
    return [float(np.mean(col)) for col in zip(*rows, strict=True)] if rows else []


def curve_gain(means: Sequence[float]) -> float:
    """A curve's gain from its first window to its last (NaN under 2 windows)."""
    return float(means[-1] - means[0]) if len(means) > 1 else float("nan")


def schedule_caveat(lr_schedule: str) -> str | None:
    """What a flat last-rounds slope does not prove under a decaying learning rate, or None."""
    if lr_schedule == "constant":
        return None
    return (f"the lr schedule is {lr_schedule}: the learning rate falls to ~0 over the last rounds, so a flat "
            "last-rounds slope there is partly the schedule's doing and does not show that more rounds would "
            "change nothing; `fblbench compare --budget-check 2` (or benchmarks/budget_check.sh) reruns FedAvg at "
            "twice the rounds to check the budget")


__all__ = ["CURVE_GAIN", "CURVE_MIN_WIDTH", "CURVE_WINDOWS", "RISING_SLOPE", "SLOPE_ROUNDS", "SLOPE_TEXT", "curve_gain", "curve_rule_applies", "curve_windows", "is_rising", "last_rounds_slope", "mean_slope", "mean_windows", "schedule_caveat", "seeds_curve",
           "slope_window", "theil_sen_slope", "window_means"]
