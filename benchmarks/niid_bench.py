"""The NIID-Bench check: fblbench's ``niid-bench`` protocol next to NIID-Bench's published table.

Runs ``fblbench run --protocol niid-bench --method M --seed S`` (CIFAR-10, simple CNN, 10
clients, Dirichlet 0.5, 50 rounds x 10 local epochs, batch 64, SGD 0.01 / 0.9 / 1e-5,
crop + flip; see fblbench/protocols.py) for FedAvg, FedProx, SCAFFOLD and FedNova and
writes a Markdown table: per method the final test accuracy over the seeds run, the test
accuracy every 10 rounds, the slope over the last fifth of the rounds, NIID-Bench's published accuracy (Li et al.,
ICDE 2022, Table 3, CIFAR-10, Dir(0.5)) and Flower's replication of it, and whether fblbench
is within 5 points of NIID-Bench.

Every run's whole output goes to ``<out>/<method>-seed<s>.log`` (beside the table, committed
with it), headed by its command and machine. A run whose log is complete and names the same
command is read back, not run again: an interrupted check, or one continued on another day or
machine (a CPU run takes over an hour), runs only what is missing. Runs go seed-major (every
method's seed 0 first), ``--jobs`` at a time. ``--table-only`` runs nothing and
writes the table from the logs there are, saying which runs are missing. Notes written by hand
below a line ``## Notes (written by hand; kept when the table is rewritten)`` survive a rewrite.

    python benchmarks/niid_bench.py --device cuda --seeds 3           # the whole check: a GPU
    python benchmarks/niid_bench.py --device cpu --seeds 3 --jobs 2   # 2 CPU cores: ~70 min a run, 2 at a time
    python benchmarks/niid_bench.py --device cpu --seeds 1 --rounds 2 --methods fedavg \
        --extra "--max-train 2000" --out /tmp/niid_slice.md           # a slice on CPU (not comparable)

With ``--rounds`` below 50 or ``--extra`` flags the table says the protocol was cut and
compares nothing.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import re
import shlex
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

# Test accuracy (%), CIFAR-10, Dirichlet 0.5, 10 clients, 50 rounds x 10 epochs.
PUBLISHED = {"fedavg": 68.2, "fedprox": 67.9, "scaffold": 69.8, "fednova": 66.8}  # NIID-Bench Table 3
FLOWER = {"fedavg": 63.4, "fedprox": 65.6, "scaffold": 68.0, "fednova": 65.0}  # Flower's replication
# FedProx's mu: NIID-Bench tunes it over {0.001, 0.01, 0.1, 1}; 0.01 is assumed here (its
# paper reports the tuned accuracy, not the chosen mu per row).
HPARAMS = {"fedprox": ["--hp", "mu=0.01"]}
TOLERANCE = 5.0  # points
PROTOCOL_ROUNDS = 50
CURVE_EVERY = 10  # the table's test accuracy columns
ROUND = re.compile(r"^round\s+(\d+)/(\d+).*?test_acc ([0-9.]+)", re.M)
FINAL = re.compile(r"^final: val_acc ([0-9.]+)\s+test_acc ([0-9.]+)", re.M)
HEADER = "# niid_bench run"
NOTES = "## Notes (written by hand; kept when the table is rewritten)"


@dataclass
class Run:
    method: str
    seed: int
    test_acc: float  # the last round's, in [0, 1]
    curve: dict[int, float]  # round -> test accuracy
    wall_s: float
    machine: str
    source: str  # "run" or "log"


def command(method: str, seed: int, args: argparse.Namespace) -> list[str]:
    """The fblbench command of one run (tested every round, nothing logged to MLflow)."""
    cmd = ["fblbench", "run", "--protocol", "niid-bench", "--method", method, "--seed", str(seed),
           "--device", args.device, "--threads", str(args.threads), "--no-mlflow", "--test-every", "1",
           *HPARAMS.get(method, [])]
    if args.rounds:
        cmd += ["--rounds", str(args.rounds)]
    return cmd + shlex.split(args.extra)


def machine(device: str, threads: int) -> str:
    from fblbench.tracking.leaderboard import machine_info

    info = machine_info(device)
    return f"{info['cpu']}, {info['cores']} cores, device {info['device']}, torch {info['torch']}, {threads} thread(s)"


def log_path(logs: Path, method: str, seed: int) -> Path:
    return logs / f"{method}-seed{seed}.log"


def parse_log(path: Path, method: str, seed: int, args: argparse.Namespace, source: str = "log") -> Run | None:
    """The run a complete log holds (None when it is incomplete: the run did not finish).
    A log of another command is an error: the table would mix settings."""
    cmd = command(method, seed, args)
    text = path.read_text()
    meta = dict(line[2:].split(": ", 1) for line in text.splitlines() if line.startswith("# ") and ": " in line)
    if meta.get("command") != shlex.join(cmd):
        sys.exit(f"error: {path} is the log of `{meta.get('command')}`, not of `{shlex.join(cmd)}`; "
                 "move it away or pass another --out")
    final = FINAL.search(text)
    if final is None or meta.get("exit") != "0" or "wall_s" not in meta:
        return None
    curve = {int(m.group(1)): float(m.group(3)) for m in ROUND.finditer(text)}
    return Run(method, seed, float(final.group(2)), curve, float(meta["wall_s"]), meta.get("machine", "?"), source)


RUNNING: set[subprocess.Popen[bytes]] = set()  # the runs in flight, stopped on an interrupt


def launch(cmd: list[str], log) -> int:  # type: ignore[no-untyped-def]
    """Run ``cmd`` (this Python's fblbench), its output streamed into the open ``log``."""
    proc = subprocess.Popen([sys.executable, "-m", "fblbench", *cmd[1:]], stdout=log, stderr=subprocess.STDOUT)
    RUNNING.add(proc)
    try:
        return proc.wait()
    finally:
        RUNNING.discard(proc)


def read_back(method: str, seed: int, args: argparse.Namespace, logs: Path) -> Run | None:
    """The run's complete log, or None: it has to run (no log, or one of an unfinished run)."""
    path = log_path(logs, method, seed)
    return parse_log(path, method, seed, args) if path.exists() else None


def say(line: str) -> None:
    """``line`` in one write with its newline (print writes the end separately), so lines the
    jobs' threads write at the same time do not run into each other."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def run_one(method: str, seed: int, args: argparse.Namespace, logs: Path) -> Run:
    cmd = command(method, seed, args)
    path = log_path(logs, method, seed)
    say(f"$ {shlex.join(cmd)}   (output: {path})")
    logs.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with path.open("w") as log:
        log.write(f"{HEADER}\n# command: {shlex.join(cmd)}\n# machine: {machine(args.device, args.threads)}\n"
                  f"# started: {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}\n")
        log.flush()
        code = launch(cmd, log)
        log.write(f"# exit: {code}\n# wall_s: {time.perf_counter() - t0:.0f}\n")
    if code != 0:
        raise SystemExit(f"error: `{shlex.join(cmd)}` failed (exit {code}); its output is in {path}")
    done = parse_log(path, method, seed, args, source="run")
    if done is None:
        raise SystemExit(f"error: no final line in {path}")
    return done


def run_all(todo: list[tuple[str, int]], args: argparse.Namespace, logs: Path) -> list[Run]:
    """``todo``'s runs, ``args.jobs`` at a time; an interrupt (Ctrl-C, SIGTERM) or a failure
    stops the runs in flight (their logs stay incomplete, so the next check runs them again)."""
    from fblbench.tuning import signals

    done: list[Run] = []
    futures: list[concurrent.futures.Future[Run]] = []
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs)
    try:
        with signals.handling():  # SIGTERM raises as Ctrl-C does
            futures += [pool.submit(run_one, m, s, args, logs) for m, s in todo]
            for f in concurrent.futures.as_completed(futures):
                r = f.result()
                say(f"{r.method} seed {r.seed}: test {100 * r.test_acc:.1f} % in {r.wall_s / 60:.1f} min")
                done.append(r)
    except BaseException:
        for f in futures:
            f.cancel()
        for proc in list(RUNNING):
            proc.terminate()
        raise
    finally:
        pool.shutdown(wait=True)
    return done


def _row(cells: list[object]) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def table(args: argparse.Namespace, methods: list[str], runs: dict[str, list[Run]], cut: bool) -> list[str]:
    from fblbench.tracking.convergence import last_rounds_slope, slope_window

    rounds = args.rounds or PROTOCOL_ROUNDS
    marks = list(range(CURVE_EVERY, rounds + 1, CURVE_EVERY))
    lines = ["# NIID-Bench check: CIFAR-10, Dirichlet 0.5, 10 clients", "",
             f"Command: `python benchmarks/{Path(__file__).name} {shlex.join(sys.argv[1:])}` (the runs' outputs: "
             f"`{logs_dir(args.out)}/`, each headed by its `fblbench run` command and machine).", "",
             f"Written {datetime.date.today().isoformat()}. Protocol: `--protocol niid-bench` (fblbench/protocols.py)"
             + (f", **cut ({rounds} rounds, extra flags `{args.extra}`): not comparable with the published table**"
                if cut else "")
             + ". NIID-Bench: Li et al., ICDE 2022, Table 3; Flower: its baseline replication. Test accuracy (%) "
             "at the last round, mean ± std over the seeds run.", "",
             _row(["method", "fblbench", "seeds", *(f"r{r}" for r in marks), f"last-{slope_window(rounds)} slope (pts/round)",
                   "NIID-Bench", "Flower", "fblbench − NIID-Bench", "within 5 pts"]),
             _row(["---"] * (len(marks) + 8))]
    missing, machines = [], {}
    for method in methods:
        got = runs.get(method, [])
        missing += [f"{method} seed {s}" for s in range(args.seeds) if s not in {r.seed for r in got}]
        pub = PUBLISHED.get(method)
        if not got:
            lines.append(_row([method, "not run", f"0 of {args.seeds}", *[""] * (len(marks) + 1), pub or "",
                               FLOWER.get(method, ""), "", ""]))
            continue
        accs = [100 * r.test_acc for r in got]
        mean = statistics.fmean(accs)
        at = [statistics.fmean(100 * r.curve[m] for r in got) if all(m in r.curve for r in got) else None
              for m in marks]
        slope = statistics.fmean(100 * last_rounds_slope([r.curve[k] for k in sorted(r.curve)]) for r in got)
        diff = "" if pub is None or cut else f"{mean - pub:+.1f}"
        ok = "" if pub is None or cut else ("yes" if abs(mean - pub) <= TOLERANCE else "**no**")
        lines.append(_row([method, f"{mean:.1f} ± {statistics.stdev(accs):.1f}" if len(got) > 1 else f"{mean:.1f} (one seed)",
                           f"{len(got)} of {args.seeds}",
                           *("" if a is None else f"{a:.1f}" for a in at), f"{slope:+.2f}",
                           "" if pub is None else pub, FLOWER.get(method, ""), diff, ok]))
        for r in got:
            machines.setdefault(r.machine, []).append(f"{r.method} seed {r.seed} ({r.wall_s / 60:.0f} min)")
    lines.append("")
    lines += [f"- Machine: {m}: {', '.join(which)} (wall time per run, from its log)." for m, which in machines.items()]
    if missing:
        lines.append(f"- **Not run yet** ({len(missing)} of {len(methods) * args.seeds} runs): {', '.join(missing)}. "
                     "The same command runs only these (the logs above are read back).")
    return lines


def logs_dir(out: Path) -> Path:
    return out.with_suffix("")


def write_table(out: Path, lines: list[str]) -> None:
    """The table into ``out``, keeping the hand-written notes of the file it replaces: from a
    line ``NOTES`` to the end."""
    notes = ""
    if out.exists():
        old = out.read_text()
        at = old.find(f"\n{NOTES}\n")
        notes = old[at:] if at >= 0 else ""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n" + notes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--methods", default="fedavg,fedprox,scaffold,fednova")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=0, help="cut the protocol (0 = its 50 rounds)")
    ap.add_argument("--extra", default="", help="more fblbench flags, e.g. \"--max-train 5000\" (a cut protocol)")
    ap.add_argument("--out", type=Path, default=Path("leaderboards/niid_bench_cifar10.md"),
                    help="the table; the runs' logs go to the folder of the same name without .md")
    ap.add_argument("--jobs", type=int, default=1, help="runs at a time (each with --threads threads)")
    ap.add_argument("--table-only", action="store_true", help="run nothing: the table from the logs there are")
    args = ap.parse_args()
    if min(args.seeds, args.threads, args.jobs) < 1 or args.rounds < 0:
        ap.error("--seeds, --threads and --jobs must be >= 1 and --rounds >= 0")
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    cut = (bool(args.rounds) and args.rounds < PROTOCOL_ROUNDS) or bool(args.extra.strip())
    logs = logs_dir(args.out)
    runs: dict[str, list[Run]] = {}
    todo = []
    for seed in range(args.seeds):  # seed-major: a check cut short has every method's first seeds
        for method in methods:
            r = read_back(method, seed, args, logs)
            if r is None:
                todo.append((method, seed))
            else:
                runs.setdefault(method, []).append(r)
    if runs:
        print(f"read back from {logs}/: " + ", ".join(f"{m} seed {r.seed}" for m, rs in runs.items() for r in rs))
    if not args.table_only:
        try:
            for r in run_all(todo, args, logs):
                runs.setdefault(r.method, []).append(r)
        except KeyboardInterrupt:
            sys.exit("interrupted: the finished runs' logs are kept; the same command runs the rest")
    for rs in runs.values():
        rs.sort(key=lambda r: r.seed)
    lines = table(args, methods, runs, cut)
    print("\n".join(lines))
    write_table(args.out, lines)
    print(f"written: {args.out}")


if __name__ == "__main__":
    main()
