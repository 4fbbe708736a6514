"""Threads on a machine shared with other work: CPU-seconds and wall of a small SGD loop.

A fixed workload (fblbench's simple CNN, 32 px, batch 64, plain SGD) runs in a fresh
interpreter per setting, while one other process spins on a core (the "other work"):

* 1 thread;
* 2 threads, OpenMP's default wait policy (libgomp spins between parallel regions);
* 2 threads with ``OMP_WAIT_POLICY=PASSIVE`` (what ``fblbench`` sets before torch starts).

Each setting runs ``--repeats`` times, interleaved, after a warm-up; the table shows the
median CPU-seconds (user + system, of the measured steps only) and wall, and the ratios
against 1 thread, all from this one run. The rows without "+busy" run beside whatever
else the machine runs (the load average is printed).

    python benchmarks/threads_under_load.py              # ~2 min on 2 cores
    python benchmarks/threads_under_load.py --steps 20   # quicker
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

SETTINGS: tuple[tuple[str, int, dict[str, str], bool], ...] = (
    # (label, threads, extra environment, busy process running)
    ("1 thread", 1, {}, False),
    ("2 threads", 2, {}, False),
    ("2 threads PASSIVE", 2, {"OMP_WAIT_POLICY": "PASSIVE"}, False),
    ("1 thread, +busy", 1, {}, True),
    ("2 threads, +busy", 2, {}, True),
    ("2 threads PASSIVE, +busy", 2, {"OMP_WAIT_POLICY": "PASSIVE"}, True),
)


def child(threads: int, steps: int) -> None:
    """The workload; prints {"cpu": s, "wall": s} of the measured steps as JSON."""
    import torch
    import torch.nn.functional as F

    from fblbench.models import build_model

    torch.set_num_threads(threads)
    model = build_model("simple_cnn", 10, 32, seed=0)
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    g = torch.Generator().manual_seed(0)
    x = torch.randn(64, 3, 32, 32, generator=g)
    y = torch.randint(0, 10, (64,), generator=g)

    def step() -> None:
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(model(x), y).backward()
        opt.step()

    for _ in range(10):  # warm-up: thread pool, allocator, kernels
        step()
    r0, t0 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    for _ in range(steps):
        step()
    r1, t1 = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    print(json.dumps({"cpu": cpu, "wall": t1 - t0}))


def measure(threads: int, extra: dict[str, str], steps: int) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT", "KMP_BLOCKTIME")}
    env.update(extra)
    env["OMP_NUM_THREADS"] = str(threads)
    out = subprocess.run([sys.executable, __file__, "--child", str(threads), "--steps", str(steps)],
                         env=env, check=True, capture_output=True, text=True, timeout=300)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--steps", type=int, default=40, help="measured SGD steps per run (default 40)")
    ap.add_argument("--repeats", type=int, default=3, help="runs per setting, interleaved (default 3)")
    ap.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.steps)
        return
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores visible, "
          f"load average {os.getloadavg()[0]:.2f} at start; python {platform.python_version()}; "
          f"{args.steps} steps x {args.repeats} repeats", flush=True)
    results: dict[str, list[dict[str, float]]] = {s[0]: [] for s in SETTINGS}
    busy: subprocess.Popen[bytes] | None = None
    try:
        for _ in range(args.repeats):
            for label, threads, extra, loaded in SETTINGS:
                if loaded and busy is None:
                    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
                elif not loaded and busy is not None:
                    busy.kill()
                    busy.wait()
                    busy = None
                results[label].append(measure(threads, extra, args.steps))
    finally:
        if busy is not None:
            busy.kill()
            busy.wait()
    med = {k: {m: statistics.median(r[m] for r in v) for m in ("cpu", "wall")} for k, v in results.items()}
    print(f"\n{'setting':28s} {'CPU-s':>7s} {'wall-s':>7s}  {'CPU vs 1 thread':>15s} {'wall vs 1 thread':>16s}")
    for label, _threads, _extra, loaded in SETTINGS:
        ref = med["1 thread, +busy" if loaded else "1 thread"]
        m = med[label]
        print(f"{label:28s} {m['cpu']:7.2f} {m['wall']:7.2f}  {m['cpu'] / ref['cpu']:14.2f}x "
              f"{m['wall'] / ref['wall']:15.2f}x")
    a, p = med["2 threads, +busy"], med["2 threads PASSIVE, +busy"]
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    print(f"\nbeside a busy process, PASSIVE vs default wait policy (2 threads): CPU {p['cpu'] / a['cpu']:.2f}x, "
          f"wall {p['wall'] / a['wall']:.2f}x")


if __name__ == "__main__":
    main()
