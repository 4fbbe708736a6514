"""Peak memory (RSS) of a CIFAR-10 ``fblbench run`` against ``import torch`` alone, in one run.

Each command runs as a fresh child process; its peak resident set size comes from
``os.wait4``'s rusage (the kernel's ``ru_maxrss``, which ``/usr/bin/time -v`` also reports).
The reference, ``import torch`` in the same interpreter, is the floor no fblbench change can
go below: a CUDA build of torch maps far more library code than a CPU build, so the table
names the torch build it ran with. Run it once per environment to compare builds, e.g.::

    python benchmarks/memory.py                       # the project's .venv (CUDA build here)
    .venv-cpu/bin/python benchmarks/memory.py         # a venv with torch's CPU build

The CIFAR-10 images must be decoded once beforehand in that environment (a first
``fblbench run --dataset cifar10 --rounds 1`` does it); the script refuses otherwise, so
that decoding is never what it measures.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from pathlib import Path


def peak_rss_mb(cmd: list[str], env: dict[str, str]) -> tuple[float, int]:
    """(peak RSS in MB, exit code) of ``cmd`` run as a child."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} failed ({code}):\n{err[-2000:]}")
    if "decoding the images once" in err:
        sys.exit("the images were decoded during the measurement: run the command once first, then again")
    return usage.ru_maxrss / 1024, code  # Linux reports KiB


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", default="cifar10")
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()

    import torch  # only for its version; the measured processes are children

    env = dict(os.environ, OMP_NUM_THREADS="1")
    run = [sys.executable, "-m", "fblbench", "run", "--dataset", args.dataset, "--rounds",
           str(args.rounds), "--threads", "1", "--no-mlflow"]
    rows = [
        ("python -c 'import torch' (floor)", [sys.executable, "-c", "import torch"], env),
        ("fblbench run (allocator settings on, the default)", run, env),
        ("fblbench run, FBLBENCH_NO_MALLOC_TUNING=1", run, dict(env, FBLBENCH_NO_MALLOC_TUNING="1")),
    ]
    build = "CUDA" if torch.version.cuda else "CPU"
    print(f"# {platform.machine()}, Python {platform.python_version()}, torch {torch.__version__} "
          f"({build} build), {os.cpu_count()} cores; {Path(sys.executable).parent.parent.name}")
    print(f"# run: fblbench run --dataset {args.dataset} --rounds {args.rounds} --threads 1 --no-mlflow")
    print("| process | peak RSS (MB) | over the floor (MB) |")
    print("|---|---|---|")
    floor = None
    for name, cmd, e in rows:
        mb, _ = peak_rss_mb(cmd, e)
        floor = mb if floor is None else floor
        print(f"| {name} | {mb:.0f} | {mb - floor:.0f} |", flush=True)


if __name__ == "__main__":
    main()
