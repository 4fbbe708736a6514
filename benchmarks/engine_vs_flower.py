"""fblbench's engine vs Flower's simulation (flwr 1.42 + Ray) on the identical FedAvg workload.

Both sides train the workload of ``flower_fedavg.workload`` (EuroSAT 32 px, 10 clients,
Dirichlet 0.1, simple CNN, SGD lr 0.01 momentum 0.9 wd 1e-5, batch 64, 1 local epoch, all
clients every round, sample-weighted FedAvg of the full state dicts, validation every round
on the server, test at the last round) with the same model initialisation and the same
seeded batch order, each in a fresh process of this interpreter, one after the other:

- fblbench: ``run_federated(build_federation(...), train, FedAvg())`` in one process;
- Flower: ``flwr.simulation.run_simulation`` (deprecated in 1.42 in favour of the ``flwr run``
  CLI, but still the in-Python entry point) of a ``ClientApp`` + ``ServerApp`` with
  ``flwr.serverapp.strategy.FedAvg`` on the Ray backend (``flower_fedavg.py``), with
  ``init_args={"num_cpus": 1}`` and ``client_resources={"num_cpus": 1}``: one Ray actor
  runs the clients one after another, as the engine does.

Same compute on both sides: 1 torch thread (``OMP_NUM_THREADS=1``,
``torch.set_num_threads(1)``) in every process, ``OMP_WAIT_POLICY=PASSIVE``, and by default
each side with all its processes pinned to one core (``--cores``), so that Ray's own
processes do not get a second core for free.

Measured in one run: end-to-end wall (process start to exit: imports, data loading, Ray
start-up and shutdown included) and CPU seconds of all processes (psutil, every process of
the tree sampled every 0.1 s; this process is a child subreaper, so Ray's processes stay in
its tree after the driver exits); per round, the wall and the CPU of the process tree
between round ends, the steady round being the median of the rounds after the first. Ratios are Flower / fblbench
(> 1: fblbench is faster). Final validation accuracies should agree closely (Flower averages
in float32, the engine in float64).

Needs flwr, which the main venv does not hold; run it with the venv of flower_env.sh:

    benchmarks/flower_env.sh
    .venv-flower/bin/python benchmarks/engine_vs_flower.py               # 5 rounds
    .venv-flower/bin/python benchmarks/engine_vs_flower.py --rounds 10 --repeats 2
"""

from __future__ import annotations

import argparse
import ctypes
import itertools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SIDES = ("fblbench", "flower")
ONE_THREAD_ENV = {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE"}


def tree_cpu() -> tuple[float, int]:
    """CPU seconds (user + system) of this process and all its live descendants, and their number."""
    import psutil

    me = psutil.Process()
    total, n = 0.0, 0
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
        except psutil.Error:  # exited meanwhile
            continue
        total += t.user + t.system
        n += 1
    return total, n


def mark() -> dict[str, float]:
    cpu, procs = tree_cpu()
    return {"time": time.time(), "cpu": cpu, "procs": procs}


def side_fblbench(args: argparse.Namespace, out: dict[str, Any]) -> None:
    import torch
    from flower_fedavg import workload

    from fblbench.engine.loop import RoundReport, build_federation, run_federated
    from fblbench.method import FedAvg

    torch.set_num_threads(1)
    data_cfg, train = workload(args.rounds, args.seed, args.max_train)
    fed = build_federation(data_cfg, train)
    out["marks"], out["rounds"] = [mark()], []

    def on_round(rep: RoundReport) -> None:
        out["marks"].append(mark())
        metrics = {"val_acc": rep.val_acc, "val_loss": rep.val_loss}
        if rep.test_acc is not None:
            metrics |= {"test_acc": rep.test_acc, "test_loss": rep.test_loss}
        out["rounds"].append(metrics)

    run_federated(fed, train, FedAvg(), callbacks=[on_round])
    out["done"] = time.time()


def side_flower(args: argparse.Namespace, out: dict[str, Any]) -> None:
    import torch
    from flower_fedavg import NUM_CLIENTS, client_app, server_app
    from flwr.simulation import run_simulation

    torch.set_num_threads(1)
    backend_config = {"init_args": {"num_cpus": 1, "num_gpus": 0},
                      "client_resources": {"num_cpus": 1, "num_gpus": 0.0}}
    run_simulation(
        server_app=server_app(args.rounds, args.seed, args.max_train, mark, out),
        client_app=client_app(),
        num_supernodes=NUM_CLIENTS,
        backend_config=backend_config,  # type: ignore[arg-type]
    )
    if len(out.get("rounds", ())) != args.rounds:
        raise RuntimeError(f"the Flower run finished {len(out.get('rounds', ()))} of {args.rounds} rounds")


POLL_S = 0.1


class DescendantsCpu:
    """CPU seconds of every descendant of this process, alive or gone: the last sampled own
    user + system time of each process (by pid and start time), summed. A process's last
    ``POLL_S`` before its exit can be missed. getrusage(RUSAGE_CHILDREN) (printed beside it
    as a check) missed most of the Ray actor's time in some runs: a process reaped by a
    parent that does not wait for it (SIGCHLD ignored) never reports its time upwards."""

    def __init__(self) -> None:
        self.last: dict[tuple[int, float], float] = {}

    def sample(self) -> None:
        import psutil

        for p in psutil.Process().children(recursive=True):
            try:
                with p.oneshot():
                    t, created = p.cpu_times(), p.create_time()
            except psutil.Error:
                continue
            self.last[p.pid, created] = t.user + t.system

    def total(self) -> float:
        return sum(self.last.values())


def run_side(side: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run one side in a fresh process; wall and CPU seconds of it and everything it spawned."""
    import psutil

    env = dict(os.environ, **ONE_THREAD_ENV)
    # The Ray workers import flower_fedavg by name.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE), env.get("PYTHONPATH", "")) if p)
    with tempfile.TemporaryDirectory() as tmp:
        result = Path(tmp) / "result.json"
        cmd = [sys.executable, str(Path(__file__).resolve()), "--side", side, "--result", str(result),
               "--rounds", str(args.rounds), "--seed", str(args.seed)]
        if args.max_train:
            cmd += ["--max-train", str(args.max_train)]
        ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = DescendantsCpu()
        t0 = time.time()
        cores = pinned_cores(args.cores)
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL if args.quiet else None,
                                stderr=subprocess.DEVNULL if args.quiet else None,
                                preexec_fn=(lambda: os.sched_setaffinity(0, cores)) if cores else None)
        while True:  # sample until the side's process has exited (a zombie, not yet reaped)
            cpu.sample()
            if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                break
            time.sleep(POLL_S)
        exited = time.time()
        cpu.sample()
        proc.wait()
        # Orphans (Ray's processes) were re-parented to this subreaper: wait for them to exit.
        deadline = time.time() + 60
        while psutil.Process().children() and time.time() < deadline:
            cpu.sample()
            try:
                os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            time.sleep(POLL_S)
        for p in psutil.Process().children():  # still there after a minute: ours, ended by pid
            print(f"note: ending leftover process {p.pid} ({p.name()})", file=sys.stderr)
            p.kill()
            p.wait()
        ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        reaped = time.time()
        if proc.returncode != 0:
            raise SystemExit(f"the {side} side failed (exit status {proc.returncode})")
        data = json.loads(result.read_text())
    marks = data["marks"]
    walls = [b["time"] - a["time"] for a, b in itertools.pairwise(marks)]
    cpus = [b["cpu"] - a["cpu"] for a, b in itertools.pairwise(marks)]
    steady = slice(1, None) if len(walls) > 1 else slice(None)
    return {
        "e2e_wall": exited - t0,
        "e2e_cpu": cpu.total(),
        "rusage_cpu": (ru1.ru_utime + ru1.ru_stime) - (ru0.ru_utime + ru0.ru_stime),
        "startup": marks[0]["time"] - t0,
        "reaped_after": reaped - exited,
        "first_round": walls[0],
        "steady_wall": statistics.median(walls[steady]),
        "steady_cpu": statistics.median(cpus[steady]),
        "walls": walls,
        "procs": max(m["procs"] for m in marks),
        "final": data["rounds"][-1],
        "val_accs": [r["val_acc"] for r in data["rounds"]],
    }


def pinned_cores(n: int) -> set[int] | None:
    """The last ``n`` cores this process may use (None: ``n`` = 0, no pinning)."""
    if n <= 0:
        return None
    allowed = sorted(os.sched_getaffinity(0))
    return set(allowed[-n:])


def set_child_subreaper() -> None:
    """Descendants orphaned by their parent (Ray's raylet, workers) become children of this
    process, so that they stay in its tree of descendants and are reaped here."""
    pr_set_child_subreaper = 36
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(pr_set_child_subreaper, 1, 0, 0, 0) != 0:
        print("note: prctl(PR_SET_CHILD_SUBREAPER) failed; orphans' CPU may be missed", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=1, help="runs of each side, alternating; medians reported")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-train", type=int, default=None, help="stratified cap on the training set (quick checks)")
    ap.add_argument("--cores", type=int, default=1,
                    help="pin each side, all its processes, to this many cores (0: no pinning)")
    ap.add_argument("--quiet", action="store_true", help="hide the sides' own output (Flower's log)")
    ap.add_argument("--side", choices=SIDES, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.side:  # one side, in its own process
        out: dict[str, Any] = {}
        (side_fblbench if args.side == "fblbench" else side_flower)(args, out)
        args.result.write_text(json.dumps(out))
        return

    set_child_subreaper()
    load0 = os.getloadavg()
    runs: dict[str, list[dict[str, Any]]] = {s: [] for s in SIDES}
    for i in range(args.repeats):
        for side in SIDES:
            print(f"[{i + 1}/{args.repeats}] {side}: {args.rounds} rounds ...", file=sys.stderr, flush=True)
            runs[side].append(run_side(side, args))
            r = runs[side][-1]
            print(f"[{i + 1}/{args.repeats}] {side}: {r['e2e_wall']:.1f} s / {r['e2e_cpu']:.1f} CPU-s end to end "
                  f"(getrusage: {r['rusage_cpu']:.1f}; +{r['reaped_after']:.1f} s until its processes were gone), rounds "
                  f"{', '.join(f'{w:.1f}' for w in r['walls'])} s, {r['procs']} processes, val acc "
                  f"{', '.join(f'{a:.4f}' for a in r['val_accs'])}", file=sys.stderr, flush=True)
    load1 = os.getloadavg()

    def med(side: str, key: str) -> float:
        return statistics.median(r[key] for r in runs[side])

    print(f"\nmachine: {platform.platform()}, {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} cores, load average {load0[0]:.2f} at start / {load1[0]:.2f} at end")
    print(f"python {platform.python_version()}, torch {version('torch')}, flwr {version('flwr')}, "
          f"ray {version('ray')}; 1 torch thread per process ({', '.join(f'{k}={v}' for k, v in ONE_THREAD_ENV.items())}); "
          "Flower: run_simulation, Ray init num_cpus=1, client_resources num_cpus=1 (1 actor); "
          f"each side pinned to {f'core(s) {sorted(pinned_cores(args.cores) or ())}' if args.cores else 'no core'}")
    print(f"workload: EuroSAT 32 px, 10 clients, Dirichlet 0.1, simple_cnn, {args.rounds} rounds, "
          f"seed {args.seed}{f', max_train {args.max_train}' if args.max_train else ''}; "
          f"{args.repeats} run(s) of each side, medians")
    print(f"command: {' '.join([os.path.relpath(sys.executable), os.path.relpath(__file__), *sys.argv[1:]])}\n")
    print("| measure | fblbench | Flower + Ray | Flower / fblbench |")
    print("|---|---|---|---|")
    rows = [
        ("end to end, wall s (process start to exit)", "e2e_wall"),
        ("end to end, CPU s (all processes)", "e2e_cpu"),
        ("start-up to round 1, wall s", "startup"),
        ("round 1, wall s", "first_round"),
        (f"steady round, wall s (median of rounds 2-{args.rounds})", "steady_wall"),
        ("steady round, CPU s (process tree)", "steady_cpu"),
    ]
    for label, key in rows:
        e, f = med("fblbench", key), med("flower", key)
        print(f"| {label} | {e:.2f} | {f:.2f} | {f / e:.2f}x |")
    for key in ("val_acc", "test_acc"):
        e = statistics.median(r["final"][key] for r in runs["fblbench"])
        f = statistics.median(r["final"][key] for r in runs["flower"])
        print(f"| final {key.replace('_acc', '')} accuracy | {e:.4f} | {f:.4f} | diff {f - e:+.4f} |")


if __name__ == "__main__":
    main()
