"""The convergence guard's slope: Theil-Sen over the last fifth of the rounds."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from fblbench.tracking.convergence import (
    RISING_SLOPE,
    curve_gain,
    curve_rule_applies,
    curve_windows,
    is_rising,
    last_rounds_slope,
    mean_slope,
    seeds_curve,
    slope_window,
    theil_sen_slope,
    window_means,
)


def _least_squares(tail: list[float]) -> float:
    return float(np.polyfit(np.arange(len(tail)), tail, 1)[0])


def test_theil_sen_is_the_median_of_the_pairwise_slopes() -> None:
    assert theil_sen_slope([0.1, 0.3, 0.5, 0.7]) == pytest.approx(0.2)
    # pairs: (0,1) +1, (0,2) 0, (1,2) -1: the median is 0
    assert theil_sen_slope([0.0, 1.0, 0.0]) == 0.0
    assert math.isnan(theil_sen_slope([0.5]))
    assert math.isnan(theil_sen_slope([0.5, float("nan"), 0.6]))  # a diverged run has no trend
    assert not is_rising(float("nan")) and is_rising(2 * RISING_SLOPE) and not is_rising(RISING_SLOPE)


def test_one_low_round_at_the_start_of_the_window_does_not_flag_a_level_curve() -> None:
    """As on FBL's eurosat-niid-recipe runs (here synthetic): a one-round dip (0.53 among ~0.72)
    at the start of the last 20 rounds tilts the least-squares slope to 'still rising'."""
    noise = np.random.default_rng(3).normal(0.0, 0.02, 100)
    level = [0.72 + float(x) for x in noise]
    level[81] = 0.53
    tail = level[-slope_window(len(level)):]
    assert _least_squares(tail) > RISING_SLOPE  # the old rule flags it ...
    assert abs(last_rounds_slope(level)) < RISING_SLOPE  # ... the median of the pairwise slopes does not


def test_one_low_round_at_the_end_does_not_hide_a_rise() -> None:
    noise = np.random.default_rng(4).normal(0.0, 0.02, 100)
    rising = [0.5 + 0.003 * i + float(x) for i, x in enumerate(noise)]  # 6 points over the last 20 rounds
    rising[98] -= 0.2
    tail = rising[-slope_window(len(rising)):]
    assert _least_squares(tail) < RISING_SLOPE  # the old rule misses the rise ...
    assert last_rounds_slope(rising) > RISING_SLOPE  # ... the robust slope sees it
    assert last_rounds_slope(rising, 5) == theil_sen_slope(rising[-5:])


def test_the_slope_spans_the_last_fifth_of_the_run_so_round_noise_cannot_flag_a_flat_curve() -> None:
    """Under a constant lr validation accuracy moves 2-3 points a round: a 5-round slope flags a
    level curve by chance. The slope spans the last fifth of the rounds (at least 5)."""
    assert [slope_window(n) for n in (3, 10, 25, 50, 100, 400)] == [5, 5, 5, 10, 20, 80]
    noise = np.random.default_rng(6).normal(0.0, 0.025, 100)
    level = [0.72 + float(x) for x in noise]  # level since round 1: no trend at all
    assert last_rounds_slope(level, 5) > 2 * RISING_SLOPE  # a 5-round window flags it ...
    assert abs(last_rounds_slope(level)) < RISING_SLOPE  # ... the last 20 rounds do not
    rising = [0.5 + 0.002 * i + float(x) for i, x in enumerate(noise)]  # 2 points over 10 rounds
    assert last_rounds_slope(rising) > RISING_SLOPE


def test_a_rows_slope_is_the_mean_of_its_finite_seed_slopes() -> None:
    assert mean_slope([0.002, float("nan"), 0.0]) == pytest.approx(0.001)
    assert math.isnan(mean_slope([float("nan")])) and math.isnan(mean_slope([]))


def test_a_row_without_a_finite_slope_prints_a_dash_and_five_decimals_show_the_threshold() -> None:
    from fblbench.tracking import leaderboard as lb

    def entry(slopes: list[float]) -> lb.Entry:
        e = lb.Entry(method="fedavg", study="s", best_trial=0, best_trial_val_acc=0.5, hyperparameters={},
                     seeds=[0], test_acc=[0.5], val_acc=[0.5], val_slopes=slopes)
        e.rising = is_rising(e.slope)
        return e

    assert lb._slope_text(entry([float("nan")])) == "—"  # a 1-round run: no slope, never flagged
    assert lb._slope_text(entry([0.00104])) == "+0.00104 **still rising**"  # "+0.0010" hid why
    assert lb._slope_text(entry([-0.000001])) == "+0.00000"


def test_curve_windows_are_the_five_tenths_of_the_runs_second_half() -> None:
    assert curve_windows(200) == [(101, 120), (121, 140), (141, 160), (161, 180), (181, 200)]
    assert curve_windows(300)[0] == (151, 180) and curve_windows(300)[-1] == (271, 300)
    assert curve_windows(7) == [(3, 3), (4, 4), (5, 5), (6, 6), (7, 7)]  # under 10 rounds: one round each
    assert curve_windows(2) == [(1, 1), (2, 2)]
    curve = [r / 100 for r in range(1, 201)]  # round r: r/100
    assert window_means(curve, curve_windows(200)) == pytest.approx([1.105, 1.305, 1.505, 1.705, 1.905])
    assert math.isnan(window_means(curve[:150], curve_windows(200))[-1])  # a run that stopped early


def test_a_table_shows_each_rows_curve_over_the_seeds_that_finished() -> None:
    """The check a reader makes before trusting a table ("is FedAvg still creeping up under the
    flag?") is in the table: window means over the second half, and the gain across them."""
    from fblbench.tracking import leaderboard as lb

    windows = curve_windows(10)  # (6, 6) ... (10, 10)
    fedavg = lb.Entry(method="fedavg", study="s", best_trial=0, best_trial_val_acc=0.5, hyperparameters={},
                      seeds=[0, 1, 2], test_acc=[0.5, float("nan"), 0.7], val_acc=[0.5, float("nan"), 0.7],
                      diverged={1: "loss non-finite"},
                      val_windows=[[0.60, 0.61, 0.62, 0.63, 0.64], [float("nan")] * 5, [0.62, 0.63, 0.64, 0.65, 0.66]])
    fbl = lb.Entry(method="fbl", study="t", best_trial=0, best_trial_val_acc=0.7, hyperparameters={},
                   seeds=[0, 1, 2], test_acc=[0.7] * 3, val_acc=[0.7] * 3, val_windows=[[0.7] * 5] * 3)
    board = lb.Leaderboard(dataset="eurosat", partition="dir0.1", reference="fbl", entries=[fedavg, fbl],
                           command="fblbench compare", machine={}, created="now", windows=windows)
    md = lb.to_markdown(board)
    assert ("validation curve, mean over the seeds that finished, by window of the run's last rounds (rounds "
            "6 / 7 / 8 / 9 / 10; gain = last window − first): fbl 0.700 / 0.700 / 0.700 / 0.700 / 0.700 (gain "
            "+0.0000); fedavg 0.610 / 0.620 / 0.630 / 0.640 / 0.650 (gain +0.0400); the gain flags no row here (a "
            "decaying lr, or under 100 rounds)").lower() in md.lower()
    rows = {r["method"]: r for r in lb.rows(board)}
    assert rows["fedavg"]["val_windows"] == "0.6100;0.6200;0.6300;0.6400;0.6500"
    assert "validation curve" not in lb.to_markdown(lb.Leaderboard(
        dataset="eurosat", partition="dir0.1", reference="fbl", entries=[fbl], command="c", machine={}, created="n"))
    one = dataclasses.replace(fbl, val_windows=[[0.7]] * 3)  # a 1-round run: one window, no gain to show
    assert "validation curve" not in lb.to_markdown(lb.Leaderboard(
        dataset="eurosat", partition="dir0.1", reference="fbl", entries=[one], command="c", machine={}, created="n",
        windows=curve_windows(1)))


def test_the_curves_gain_judges_only_constant_lr_runs_of_100_rounds_or_more() -> None:
    """One-round windows of a short run move 2-3 points by chance; under a decaying lr the curve
    rises as the lr falls whether or not the budget has converged (the budget check tests that)."""
    assert curve_rule_applies(100, "constant") and curve_rule_applies(300, "constant")
    assert not curve_rule_applies(99, "constant") and not curve_rule_applies(15, "constant")
    assert not curve_rule_applies(300, "cosine")


def test_a_curve_gaining_over_a_point_across_its_windows_is_still_rising_whatever_its_slope() -> None:
    """FedAvg at eurosat-niid-recipe Dirichlet 0.1, 200 rounds: each seed's last-40 slope was under
    0.001, but its window means rose 2-4 points over rounds 101-200: the gain flags it."""
    creep = [0.5 + 0.0003 * r for r in range(200)]  # +0.0003/round: 3 points over the second half
    level = [0.6] * 200
    assert last_rounds_slope(creep) < RISING_SLOPE and not is_rising(last_rounds_slope(creep))
    gain = curve_gain(seeds_curve([creep, creep]))
    assert gain == pytest.approx(0.024) and is_rising(last_rounds_slope(creep), gain)
    assert not is_rising(0.0, curve_gain(seeds_curve([level, level])))
    assert not is_rising(0.0, 0.0099) and is_rising(0.0, 0.0101)
    assert not is_rising(float("nan"), float("nan"))  # no slope, no windows: never flagged
    diverged = [0.5] * 120  # a seed that stopped at round 120 reaches no later window: left out
    assert seeds_curve([creep, diverged]) == pytest.approx(seeds_curve([creep]))
    assert math.isnan(curve_gain([0.5]))
