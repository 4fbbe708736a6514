"""Sweep throughput: trials per hour with 1 vs 2 worker processes (``--n-jobs``).

Runs the same sweep into fresh stores with ``--n-jobs 1`` and ``--n-jobs 2``, each as
the command a user types (a fresh ``python -m fblbench``), and prints trials/hour for
both and their ratio, with the machine. ``--n-jobs 1`` lets torch use every core;
``--n-jobs 2`` gives each worker cores // 2 threads. A third run, one worker held to
the per-worker thread count (``--threads``), separates the effect of the processes
from that of the thread count. The search space is lr only (local epochs and batch
size fixed) so every trial costs the same whatever the sampler draws; pruning is off
so every trial runs every round.

Two figures per run: *end to end* (the whole command, start-up included) and *trial
phase* (first trial start to last trial end, from the Optuna storage).

    python benchmarks/sweep_throughput.py             # eurosat, cpu budget, 5 rounds, 6000 images, 8 trials
    python benchmarks/sweep_throughput.py --trials 4  # quicker
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SPACE = "lr: {type: float, low: 0.005, high: 0.05, log: true}\n"


def run(jobs: int, args: argparse.Namespace, root: Path, threads: int | None = None) -> dict[str, float]:
    import optuna

    runs = root / f"jobs{jobs}-threads{threads}"
    cmd = [sys.executable, "-m", "fblbench", "sweep", "--dataset", args.dataset, "--budget", args.budget,
           "--rounds", str(args.rounds), "--max-train", str(args.max_train), "--max-eval", str(args.max_eval),
           "--trials", str(args.trials), "--n-jobs", str(jobs), "--pruner", "none",
           "--quiet", "--runs-dir", str(runs), "--spaces-dir", str(root / "spaces"), *args.extra]
    if threads is not None:
        cmd += ["--threads", str(threads)]
    print(f"$ {shlex.join(cmd[1:])}", flush=True)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    study = optuna.load_study(study_name=f"{args.dataset}-dir0.1-fedavg", storage=f"sqlite:///{runs / 'optuna.db'}")
    trials = [t for t in study.get_trials() if t.state == optuna.trial.TrialState.COMPLETE]
    assert len(trials) == args.trials, f"expected {args.trials} complete trials, got {len(trials)}"
    start = min(t.datetime_start for t in trials if t.datetime_start)
    end = max(t.datetime_complete for t in trials if t.datetime_complete)
    phase = (end - start).total_seconds()
    mean_trial = sum((t.datetime_complete - t.datetime_start).total_seconds() for t in trials  # type: ignore[operator]
                     ) / len(trials)
    return {"wall": wall, "phase": phase, "mean_trial": mean_trial,
            "per_hour_wall": 3600 * len(trials) / wall, "per_hour_phase": 3600 * len(trials) / phase}


def machine() -> str:
    import torch

    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (f"{platform.platform()}; {cpu}; {os.cpu_count()} cores "
            f"({len(os.sched_getaffinity(0))} usable); torch {torch.__version__}; python {platform.python_version()}")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--dataset", default="eurosat")
    p.add_argument("--budget", default="cpu")
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--max-train", type=int, default=6000)
    p.add_argument("--max-eval", type=int, default=1000)
    p.add_argument("--trials", type=int, default=8)
    p.add_argument("extra", nargs="*", help="more sweep flags, after --")
    args = p.parse_args()
    with tempfile.TemporaryDirectory() as d:
        root = Path(d)
        (root / "spaces").mkdir()
        (root / "spaces" / "common.yaml").write_text(SPACE)
        (root / "spaces" / "fedavg.yaml").write_text("{}\n")
        # Decode the dataset into the cache first, so neither run pays for it.
        from fblbench.config import build_configs
        from fblbench.data.datasets import load_splits

        load_splits(build_configs(args.budget, dataset=args.dataset, max_train=args.max_train,
                                  max_eval=args.max_eval)[0])
        per_worker = max(1, len(os.sched_getaffinity(0)) // 2)
        load = os.getloadavg()
        one = run(1, args, root)
        two = run(2, args, root)
        control = run(1, args, root, threads=per_worker)
        load_after = os.getloadavg()
    print(f"\nmachine: {machine()}")
    print(f"load average before/after: {load[0]:.2f} / {load_after[0]:.2f} (a shared machine inflates both runs)")
    print(f"sweep: {args.dataset}, budget {args.budget}, {args.rounds} rounds, {args.max_train} training images, "
          f"{args.trials} trials, lr-only space")
    for name, r in (("1 worker, all cores     ", one), (f"2 workers, {per_worker} thread(s) each", two),
                    (f"1 worker, {per_worker} thread(s)      ", control)):
        print(f"{name}: {r['per_hour_wall']:7.0f} trials/hour end to end ({r['wall']:.0f} s), "
              f"{r['per_hour_phase']:7.0f} trials/hour in the trial phase ({r['phase']:.0f} s); "
              f"mean trial {r['mean_trial']:.1f} s")
    print(f"ratio 2/1 workers: {two['per_hour_wall'] / one['per_hour_wall']:.2f}x end to end, "
          f"{two['per_hour_phase'] / one['per_hour_phase']:.2f}x trial phase "
          f"(vs the {per_worker}-thread single worker: {two['per_hour_phase'] / control['per_hour_phase']:.2f}x)")


if __name__ == "__main__":
    main()
