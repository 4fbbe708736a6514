"""Bundled baselines side by side on CIFAR-10: the NIID-Bench protocol, scaled to a CPU.

NIID-Bench (Li et al., ICDE 2022) / MOON setting: simple CNN, 10 clients, Dirichlet(0.5)
label skew, every client every round, SGD lr 0.01 momentum 0.9 weight decay 1e-5, batch 64.
The paper runs 50 rounds x 10 local epochs on all 50,000 images; the defaults here
(12 rounds x 1 local epoch on a stratified 10,000-image subsample, evaluation on 2,000)
are 18 runs of 120,000 training samples each (MOON does two extra forward passes): at the
~1,000-2,000 images/s a loaded-to-idle 2-core CPU trains this CNN, about 25-40 minutes.
Every method uses its Hparams defaults (the papers' values) and the same partition
(partition seed 0); the seed changes the model initialisation and the local batch order.
Each cell is the test accuracy after the last round.

    python benchmarks/baselines_cifar10.py --out leaderboards/baselines_cifar10.md
    python benchmarks/baselines_cifar10.py --rounds 1 --max-train 500 --out /tmp/smoke.md   # smoke
    python benchmarks/baselines_cifar10.py --rounds 50 --local-epochs 10 --max-train 0 \\
        --device cuda --out leaderboards/baselines_cifar10_full.md                         # paper scale

Data: ``$FBLBENCH_DATA_DIR/cifar10`` (or ``--data-dir``).
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import shlex
import statistics
import sys
import time
from pathlib import Path

import torch

from fblbench.config import build_configs, to_flat_dict
from fblbench.engine.loop import build_federation, run_federated
from fblbench.errors import DivergedError
from fblbench.registry import build_method

METHODS = ("fedavg", "fedprox", "scaffold", "moon", "feddyn", "fednova", "fedavgm", "fedadam", "fedlc")


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    dev = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no CUDA device"
    return (
        f"{platform.platform()}; CPU {cpu}, {os.cpu_count()} logical cores; torch {torch.__version__} "
        f"({torch.get_num_threads()} threads); python {platform.python_version()}; {dev}"
    )


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True, help="markdown results file to write")
    ap.add_argument("--methods", default=",".join(METHODS), help="comma-separated (default: all bundled + fedavg)")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1])
    ap.add_argument("--rounds", type=int, default=12, help="communication rounds (NIID-Bench: 50)")
    ap.add_argument("--local-epochs", type=int, default=1, help="local epochs per round (NIID-Bench: 10)")
    ap.add_argument("--max-train", type=int, default=10_000, help="stratified training subsample; 0 = all 45,000")
    ap.add_argument("--max-eval", type=int, default=2_000, help="stratified val/test subsample; 0 = all")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--lr", type=float, default=0.01)
    ap.add_argument("--alpha", type=float, default=0.5, help="Dirichlet concentration")
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--data-dir", type=Path, default=None, help="dataset root (default $FBLBENCH_DATA_DIR)")
    ap.add_argument("--device", default="auto")
    ap.add_argument("--threads", type=int, default=0, help="torch threads (0 = all cores)")
    args = ap.parse_args(argv)
    command = shlex.join([sys.executable, *([__file__] if argv is None else []), *(sys.argv[1:] if argv is None else argv)])
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]

    base = {
        "dataset": "cifar10",
        "partition": "dirichlet",
        "alpha": args.alpha,
        "num_clients": args.clients,
        "participation": 1.0,
        "rounds": args.rounds,
        "local_epochs": args.local_epochs,
        "batch_size": args.batch_size,
        "lr": args.lr,
        "momentum": 0.9,
        "weight_decay": 1e-5,
        "max_train": args.max_train or None,
        "max_eval": args.max_eval or None,
        "test_every": args.rounds,
        "device": args.device,
        "threads": args.threads,
        "data_dir": args.data_dir,
    }
    data_cfg, train0 = build_configs(budget="cpu", **base)
    t_start = time.perf_counter()
    fed = build_federation(data_cfg, train0)  # one partition for every method and seed
    sizes = [len(c) for c in fed.clients]
    print(f"machine: {_machine()}", flush=True)
    print(f"data: {len(fed.splits.train_y)} train / {len(fed.splits.val_y)} val / {len(fed.splits.test_y)} test, "
          f"client sizes {sizes}", flush=True)

    acc: dict[str, dict[int, float]] = {}
    secs: dict[str, float] = {}
    hparams: dict[str, str] = {}
    for name in methods:
        acc[name], secs[name] = {}, 0.0
        for seed in args.seeds:
            _, train = build_configs(budget="cpu", **{**base, "seed": seed})
            method = build_method(name)
            hparams[name] = ", ".join(f"{k}={v}" for k, v in method.hparams_dict().items()) or "-"
            t0 = time.perf_counter()
            try:
                result = run_federated(fed, train, method)
            except DivergedError as e:  # reported as such in the table, the other runs go on
                secs[name] += time.perf_counter() - t0
                acc[name][seed] = math.nan
                print(f"{name:9s} seed {seed}: diverged: {e}", flush=True)
                continue
            secs[name] += time.perf_counter() - t0
            test_acc = result.final.test_acc
            assert test_acc is not None  # test_every == rounds: the last round is tested
            acc[name][seed] = test_acc
            print(f"{name:9s} seed {seed}: test_acc {test_acc:.4f}  ({time.perf_counter() - t0:.0f}s)", flush=True)

    seed_cols = " | ".join(f"seed {s}" for s in args.seeds)
    lines = [
        f"| method | hyperparameters | {seed_cols} | mean | s/run |",
        "|" + "---|" * (len(args.seeds) + 4),
    ]
    for name in methods:
        vals = [acc[name][s] for s in args.seeds]
        ok = [v for v in vals if not math.isnan(v)]
        mean = statistics.fmean(ok) if ok else math.nan
        spread = f" ± {statistics.stdev(ok):.4f}" if len(ok) > 1 else ""
        if len(ok) < len(vals):
            spread += f" ({len(vals) - len(ok)} diverged)"
        cells = " | ".join("diverged" if math.isnan(v) else f"{v:.4f}" for v in vals)
        lines.append(f"| {name} | {hparams[name]} | {cells} | {mean:.4f}{spread} | {secs[name] / len(vals):.0f} |")
    table = "\n".join(lines)
    print("\n" + table, flush=True)

    settings = {k: v for k, v in to_flat_dict(data_cfg, train0).items() if k not in ("seed", "cache_dir")}
    text = "\n".join([
        "# Bundled baselines on CIFAR-10 (NIID-Bench protocol, scaled)",
        "",
        f"Command: `{command}`",
        "",
        f"Machine: {_machine()}",
        "",
        f"Total time: {time.perf_counter() - t_start:.0f} s. Test accuracy after round {args.rounds}; "
        f"{len(fed.splits.train_y)} training images over {args.clients} clients (sizes {sizes}), "
        f"{len(fed.splits.test_y)} test images. Same partition for every run; the seed sets the "
        "model initialisation and the batch order.",
        "",
        table,
        "",
        "Settings: " + ", ".join(f"{k}={v}" for k, v in settings.items()),
        "",
    ])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print(f"\nwrote {args.out}", flush=True)


if __name__ == "__main__":
    main()
