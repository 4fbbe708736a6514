"""The paired statistics of a leaderboard: each method against the reference, paired by seed.

Significance against the reference method (FBL):

- **Primary: the paired t-test** (``scipy.stats.ttest_rel``, two-sided) on the
  per-seed differences. With the handful of seeds a benchmark can afford, it is the
  only test of the two that can reach conventional significance at all: the exact
  Wilcoxon signed-rank test cannot give p < 0.0625 with 5 pairs (its smallest
  two-sided p is 2 / 2^n), nor p < 0.25 with 3. Its assumption (roughly normal
  seed-to-seed differences) is a fair one for accuracies averaged over thousands of
  test images; the 95% confidence interval of the mean difference is reported with it.
- **Check: the Wilcoxon signed-rank test** (exact, two-sided), which assumes no
  normality. Where the two disagree, one seed's outlier is driving the t-test.

Both are computed on the same pairs; no correction for multiple comparisons is
applied (the table reports raw p-values, one per method against the reference).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PairedTest:
    """Reference minus other, paired by seed. ``degenerate``: the differences are (all but)
    identical, so the t-test has no spread to test against and ``p_ttest`` is NaN."""

    n: int
    mean_diff: float
    ci95: tuple[float, float]
    p_ttest: float
    p_wilcoxon: float
    degenerate: bool = False


# Below this spread the per-seed differences are identical up to float rounding (accuracies
# differ by 1/test-set-size, >= 1e-5): a t-test on them would report p ~ 1e-16, meaningless.
DEGENERATE_SD = 1e-9
IDENTICAL = "n/a (identical)"


def paired_tests(reference: Sequence[float], other: Sequence[float]) -> PairedTest:
    """Paired t-test (primary) and exact Wilcoxon signed-rank test (check), two-sided."""
    from scipy import stats

    if len(reference) != len(other):
        raise ValueError(f"paired samples need equal lengths, but got {len(reference)} and {len(other)}")
    diffs = [a - b for a, b in zip(reference, other, strict=True)]
    n = len(diffs)
    nan = math.nan
    if n == 0:
        return PairedTest(0, nan, (nan, nan), nan, nan)
    mean = statistics.fmean(diffs)
    if n < 2:
        return PairedTest(n, mean, (nan, nan), nan, nan)
    sd = statistics.stdev(diffs)
    degenerate = False
    if sd <= DEGENERATE_SD:
        # Identical differences: no spread to test against (p = 1 if they are all 0).
        degenerate = abs(mean) > DEGENERATE_SD
        p_t = nan if degenerate else 1.0
        ci = (mean, mean)
    else:
        p_t = float(stats.ttest_rel(reference, other).pvalue)
        half = float(stats.t.ppf(0.975, n - 1)) * sd / math.sqrt(n)
        ci = (mean - half, mean + half)
    if all(d == 0 for d in diffs):
        p_w = 1.0
    else:
        try:
            p_w = float(stats.wilcoxon(reference, other, method="exact" if n <= 50 else "auto").pvalue)
        except ValueError:
            p_w = nan
    return PairedTest(n, mean, ci, p_t, p_w, degenerate)


__all__ = ["DEGENERATE_SD", "IDENTICAL", "PairedTest", "paired_tests"]
