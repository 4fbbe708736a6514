"""The README's main job, measured: trials per hour of ``fblbench sweep --dataset eurosat``
and the projected time of its 100 trials.

Runs the main job's exact command (embedded defaults: budget, search space, pruner, workers)
with ``--trials K`` into a fresh runs dir, then reads the Optuna storage: per-trial seconds
of complete and pruned trials, trials/hour over the trial phase and end to end (start-up
and data loading included). The projection for ``--project`` trials assumes the K
measured trials are representative; the first trials are the pruner's start-up trials,
which always run to the end, so with pruning on the projection is an upper bound.
Run it alone on the machine: other jobs inflate every figure.

    python benchmarks/main_job_projection.py --trials 10
    python benchmarks/main_job_projection.py --trials 6 -- --n-jobs 1     # extra sweep flags after --
"""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def machine() -> str:
    cpu = platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{platform.platform()}; {cpu}; {len(os.sched_getaffinity(0))} usable cores"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default="eurosat")
    ap.add_argument("--trials", type=int, default=10, help="trials to measure")
    ap.add_argument("--project", type=int, default=100, help="trials to project to")
    ap.add_argument("extra", nargs="*", help="more sweep flags, after --")
    args = ap.parse_args()

    import optuna

    with tempfile.TemporaryDirectory() as d:
        runs = Path(d) / "runs"
        cmd = [sys.executable, "-m", "fblbench", "sweep", "--dataset", args.dataset, "--trials", str(args.trials),
               "--runs-dir", str(runs), "--quiet", *args.extra]
        print(f"$ {shlex.join(['fblbench', *cmd[3:]])}", flush=True)
        load = os.getloadavg()[0]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        storage = f"sqlite:///{runs / 'optuna.db'}"
        summaries = optuna.get_all_study_summaries(storage)
        trials = [t for s in summaries for t in optuna.load_study(study_name=s.study_name, storage=storage).get_trials()]
        attrs = [t.user_attrs for t in trials]
    done = [t for t in trials if t.state.name in ("COMPLETE", "PRUNED") and t.datetime_complete and t.datetime_start]
    secs = [(t.datetime_complete - t.datetime_start).total_seconds() for t in done]  # type: ignore[operator]
    start = min(t.datetime_start for t in done if t.datetime_start)
    end = max(t.datetime_complete for t in done if t.datetime_complete)
    phase = (end - start).total_seconds()
    per_hour = 3600 * len(done) / phase
    overhead = wall - phase
    projected = overhead + args.project / per_hour * 3600
    states = {s: sum(t.state.name == s for t in done) for s in ("COMPLETE", "PRUNED")}
    best = max((t for t in done if t.state.name == "COMPLETE"), key=lambda t: t.value or 0.0, default=None)
    best_test = float(best.user_attrs.get("final_test_acc") or "nan") if best else float("nan")
    threads = sorted({str(a.get("config", {}).get("train.threads", "?")) for a in attrs})
    print(f"\nmachine: {machine()}; load average before: {load:.2f}")
    print(f"trials measured: {len(done)} ({states['COMPLETE']} complete, {states['PRUNED']} pruned); "
          f"threads per trial: {', '.join(threads)}")
    print(f"per trial: mean {statistics.mean(secs):.1f} s, median {statistics.median(secs):.1f} s, "
          f"max {max(secs):.1f} s")
    print(f"trial phase: {phase:.0f} s -> {per_hour:.1f} trials/hour; end to end {wall:.0f} s "
          f"(start-up and data {overhead:.0f} s)")
    print(f"best trial (by validation): final test accuracy {best_test:.3f}")
    print(f"projected {args.project} trials: {projected / 3600:.2f} h")


if __name__ == "__main__":
    main()
