"""Start-up cost of the ``fblbench`` commands that do not train, and the time to the first
message of one that does.

Each command runs as a user types it (a fresh ``python -m fblbench ...``), ``--repeats``
times; the table shows the median CPU-seconds (user + system of the child, from
``resource.getrusage(RUSAGE_CHILDREN)``) and wall. For reference: a bare interpreter and
``import torch``. The last line is the wall time from starting ``fblbench run`` until its
first line on stderr (the run is then stopped; it needs the data, see --data-dir).

    python benchmarks/startup.py
    python benchmarks/startup.py --repeats 5
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS: dict[str, list[str]] = {
    "python -c pass (reference)": ["-c", "pass"],
    "python -c 'import torch' (reference)": ["-c", "import torch"],
    "fblbench --help": ["-m", "fblbench", "--help"],
    "fblbench methods": ["-m", "fblbench", "methods"],
    "fblbench leaderboard": ["-m", "fblbench", "leaderboard", "--leaderboard-dir", str(ROOT / "leaderboards")],
    "fblbench sweep --help": ["-m", "fblbench", "sweep", "--help"],
}


def cost(args: list[str]) -> tuple[float, float]:
    """(CPU-s, wall-s) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=ROOT)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def first_message(data_dir: str) -> tuple[float, str]:
    """Wall seconds until ``fblbench run`` prints its first stderr line, and the line."""
    env = {**os.environ, "FBLBENCH_DATA_DIR": data_dir}
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "fblbench", "run", "--budget", "smoke", "--no-mlflow",
                          "--threads", "1"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
                         cwd=ROOT)
    assert p.stderr is not None
    line = p.stderr.readline().strip()
    seconds = time.perf_counter() - t0
    p.kill()
    p.wait()
    return seconds, line


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3, help="runs per command (default 3)")
    ap.add_argument("--data-dir", default=os.environ.get("FBLBENCH_DATA_DIR", "data"))
    args = ap.parse_args()
    for args_ in COMMANDS.values():  # warm the file cache and .pyc files
        cost(args_)
    rows = {name: [cost(a) for _ in range(args.repeats)] for name, a in COMMANDS.items()}
    print(f"{platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; python "
          f"{platform.python_version()}; median of {args.repeats}")
    print(f"{'command':40s} {'CPU-s':>6s} {'wall-s':>7s}")
    for name, r in rows.items():
        print(f"{name:40s} {statistics.median(c for c, _ in r):6.2f} {statistics.median(w for _, w in r):7.2f}")
    seconds, line = first_message(args.data_dir)
    print(f"\nfblbench run: first message after {seconds:.2f} s wall: {line!r}")


if __name__ == "__main__":
    main()
