"""The convergence guard's two slope rules side by side: least squares (the rule before) and
Theil-Sen (fblbench.tracking.convergence), each over the last fifth of the rounds.

1. Synthetic curves (seeded): 20-round windows of a level or rising accuracy with per-round
   noise of 2.5 points (what constant-lr runs show on eurosat-niid-recipe), with and without
   one low round; rows are flagged on the mean slope over 3 seeds, as in a leaderboard.
   Reported: the share of 2,000 draws flagged "still rising".
2. Stored curves (optional, ``--store runs/mlflow.db ...``, ``--log run.log ...``): every
   finished run's validation-accuracy history of at least 60 rounds, cut at every 10th round
   R from 50 and judged by what came next: a cut *rises* when the mean of the next R/5 rounds
   beats the mean of the last R/5 by more than twice the threshold per round, it is *not
   rising* when the next rounds' mean is no higher (falling curves included); cuts in between
   are left out as ambiguous. Reported: per rule, rises missed and not-rising cuts flagged.
   Pass only curves the rule was not designed on.

    python benchmarks/convergence_guard.py --store fblbench-runs/<dir>/mlflow.db --log run.log
"""

from __future__ import annotations

import argparse
import re
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from fblbench.tracking.convergence import RISING_SLOPE, slope_window, theil_sen_slope

Rule = Callable[[Sequence[float]], float]


def least_squares(tail: Sequence[float]) -> float:
    return float(np.polyfit(np.arange(len(tail)), np.asarray(tail, dtype=np.float64), 1)[0])


RULES: dict[str, Rule] = {"least squares": least_squares, "Theil-Sen": theil_sen_slope}
CASES = {  # (per-round trend, where the one low round (-0.15) falls: None, "start" (rounds 1-3), "end" (18-20),
    # "any" (1-20))
    "level": (0.0, None), "level, low round at the start": (0.0, "start"),
    "level, low round anywhere": (0.0, "any"), "rising 0.002/round": (0.002, None),
    "rising 0.002/round, low round at the end": (0.002, "end"),
}


def synthetic(draws: int, seed: int) -> list[str]:
    rng = np.random.default_rng(seed)
    lines = ["| 20-round window, 3 seeds, noise sd 0.025 | " + " | ".join(f"flagged ({r})" for r in RULES) + " |",
             "|---|" + "---|" * len(RULES)]
    for name, (trend, dip) in CASES.items():
        flagged = dict.fromkeys(RULES, 0)
        for _ in range(draws):
            tails = []
            for _seed in range(3):
                t = 0.72 + trend * np.arange(20) + rng.normal(0.0, 0.025, 20)
                if dip is not None:
                    t[{"start": rng.integers(0, 3), "end": rng.integers(17, 20), "any": rng.integers(0, 20)}[dip]] -= 0.15
                tails.append(t)
            for r, f in RULES.items():
                flagged[r] += float(np.mean([f(list(t)) for t in tails])) > RISING_SLOPE
        lines.append(f"| {name} | " + " | ".join(f"{flagged[r] / draws:.0%}" for r in RULES) + " |")
    return lines


def stored_curves(stores: list[Path], logs: list[Path]) -> dict[str, np.ndarray]:
    curves: dict[str, np.ndarray] = {}
    for db in stores:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        finished = con.execute("select run_uuid from runs where status = 'FINISHED' and run_uuid in "
                               "(select run_uuid from metrics where key = 'val_acc')").fetchall()
        for (run,) in finished:
            rows = con.execute("select step, value, is_nan from metrics where key = 'val_acc' and run_uuid = ? "
                               "order by step", (run,)).fetchall()
            if [r[0] for r in rows] == list(range(1, len(rows) + 1)) and not any(r[2] for r in rows):
                curves[f"{db}:{run}"] = np.array([r[1] for r in rows])
    for log in logs:
        text = log.read_text(errors="ignore")
        found = re.findall(r"round\s+(\d+)/\d+\s+val_acc ([0-9.]+)", text)
        if [int(r) for r, _ in found] == list(range(1, len(found) + 1)):  # one run, every round
            curves[str(log)] = np.array([float(v) for _, v in found])
    # A run's log (4 decimals) and its store (full floats) hold the same curve: keep it once.
    unique: dict[str, np.ndarray] = {}
    for k, c in curves.items():
        if len(c) >= 60 and np.isfinite(c).all() and not any(
                len(u) == len(c) and np.allclose(u, c, rtol=0, atol=6e-5) for u in unique.values()):
            unique[k] = c
    return unique


def cuts(curves: dict[str, np.ndarray]) -> list[str]:
    counts = {r: np.zeros((2, 2), int) for r in RULES}  # [rises][flagged]
    ambiguous = 0
    for c in curves.values():
        for end in range(50, len(c) + 1, 10):
            w = slope_window(end)
            if end + w > len(c):
                break
            tail, nxt = c[end - w:end], c[end:end + w]
            gain = (nxt.mean() - tail.mean()) / w
            if 0 < gain <= 2 * RISING_SLOPE:
                ambiguous += 1
                continue
            for r, f in RULES.items():
                counts[r][int(gain > 0), int(f(list(tail)) > RISING_SLOPE)] += 1
    m = counts["Theil-Sen"]
    lines = [f"{len(curves)} stored curves; cuts that rise: {int(m[1].sum())}, not rising: {int(m[0].sum())}, "
             f"ambiguous (left out): {ambiguous}", "", "| rule | rises missed | not-rising cuts flagged |",
             "|---|---|---|"]
    for r, m in counts.items():
        lines.append(f"| {r} | {m[1, 0]} ({m[1, 0] / max(1, m[1].sum()):.0%}) | "
                     f"{m[0, 1]} ({m[0, 1] / max(1, m[0].sum()):.0%}) |")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, nargs="*", default=[], help="MLflow sqlite stores (mlflow.db)")
    ap.add_argument("--log", type=Path, nargs="*", default=[], help="`fblbench run` logs")
    ap.add_argument("--draws", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if args.draws < 1:
        ap.error("--draws must be >= 1")
    print(f"Threshold {RISING_SLOPE:g} accuracy per round on the mean slope.\n")
    print("\n".join(synthetic(args.draws, args.seed)))
    if args.store or args.log:
        print()
        print("\n".join(cuts(stored_curves(args.store, args.log))))


if __name__ == "__main__":
    main()
