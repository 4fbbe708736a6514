"""Batched vs sequential clients: rounds/s of the same FedAvg run both ways, in one process.

The engine trains a round's clients one after another (``batch_clients="off"``) or all at
once with ``vmap`` over stacked weights (``"on"``, fblbench/engine/batched.py). Both runs
see the same synthetic federation (learnable toy images, no dataset needed), the same
model init and SGD settings, and count the same per-round validation pass (the test split
only at the last round). Each repeat times both modes back to back after one warm-up run
of each; the table gives the median and the best rounds/s and their ratio, plus the
largest parameter difference between the two final models (the paths compute the same
numbers, up to float rounding).

    python benchmarks/batched_clients.py --device cuda                 # the GPU targets
    python benchmarks/batched_clients.py --device cuda --augment crop_flip --cases simple_cnn:32   # niid-bench's recipe
    python benchmarks/batched_clients.py --device cpu --threads 1 \\
        --cases simple_cnn:32 --samples-per-client 200 --rounds 2      # a short CPU check
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from dataclasses import replace

import numpy as np
import torch

from fblbench.config import AUGMENTATIONS, DataConfig, TrainConfig
from fblbench.data.partition import dirichlet
from fblbench.engine.loop import Federation, federation_from_splits, run_federated
from fblbench.errors import ConfigError
from fblbench.method import FedAvg
from fblbench.testing import toy_splits

NUM_CLASSES = 10


def make_federation(args: argparse.Namespace, res: int, train: TrainConfig) -> Federation:
    n = args.clients * args.samples_per_client
    splits = toy_splits(n_train=n, n_eval=args.eval_size, seed=0, num_classes=NUM_CLASSES, res=res)
    labels, rng = splits.train_y.numpy(), np.random.default_rng(0)
    if args.alpha is None:  # IID: equal shares
        parts = [np.sort(p) for p in np.array_split(rng.permutation(n), args.clients)]
    else:
        parts = dirichlet(labels, args.clients, args.alpha, rng, min_size=args.batch_size)
    data_cfg = DataConfig(dataset="imagefolder", num_clients=args.clients, min_client_size=1)
    return federation_from_splits(splits, parts, data_cfg, train)


def timed_run(fed: Federation, train: TrainConfig) -> tuple[float, dict[str, torch.Tensor]]:
    if fed.device.type == "cuda":
        torch.cuda.synchronize(fed.device)
    t0 = time.perf_counter()
    result = run_federated(fed, train, FedAvg())
    if fed.device.type == "cuda":
        torch.cuda.synchronize(fed.device)
    return time.perf_counter() - t0, result.params


def measure(args: argparse.Namespace, model: str, res: int) -> dict[str, float]:
    train = TrainConfig(
        model=model, rounds=args.rounds, local_epochs=args.local_epochs, batch_size=args.batch_size,
        lr=0.01, test_every=args.rounds, device=args.device, threads=args.threads, batch_clients="off",
        augment=args.augment,
    )
    fed = make_federation(args, res, train)
    modes = {"sequential": train, "batched": replace(train, batch_clients="on")}
    warm = {name: replace(cfg, rounds=1, test_every=1) for name, cfg in modes.items()}
    for cfg in warm.values():
        timed_run(fed, cfg)
    rps: dict[str, list[float]] = {name: [] for name in modes}
    params: dict[str, dict[str, torch.Tensor]] = {}
    for _ in range(args.repeats):
        for name, cfg in modes.items():
            seconds, params[name] = timed_run(fed, cfg)
            rps[name].append(args.rounds / seconds)
    diff = max(float((params["batched"][k].double() - params["sequential"][k].double()).abs().max())
               for k in params["sequential"] if params["sequential"][k].is_floating_point())
    sizes = [len(c) for c in fed.clients]
    out = {"min_client": min(sizes), "max_client": max(sizes), "max_abs_diff": diff}
    for name, vals in rps.items():
        out[f"{name}_median"], out[f"{name}_best"] = statistics.median(vals), max(vals)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", nargs="+", default=["simple_cnn:32", "resnet18:64"],
                    help="model:resolution pairs (default: simple_cnn:32 resnet18:64)")
    ap.add_argument("--device", default="auto", help="auto (cuda when available), cpu, cuda, cuda:N")
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads (0 = torch's default)")
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--samples-per-client", type=int, default=1500,
                    help="training images per client on average (EuroSAT's cpu budget: ~1,700)")
    ap.add_argument("--alpha", type=float, default=None,
                    help="Dirichlet label skew (unequal client sizes); default: IID, equal sizes")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--local-epochs", type=int, default=1)
    ap.add_argument("--augment", default="none", choices=AUGMENTATIONS,
                    help="training-time augmentation (the niid-bench and 2-core protocols: crop_flip)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per timed run")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--eval-size", type=int, default=500, help="validation / test images per split")
    args = ap.parse_args()
    if args.device == "auto":
        args.device = "cuda" if torch.cuda.is_available() else "cpu"
    if args.threads:
        torch.set_num_threads(args.threads)
    gpu = torch.cuda.get_device_name(torch.device(args.device)) if args.device.startswith("cuda") else "-"
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, GPU {gpu}, torch {torch.__version__}, "
          f"python {platform.python_version()}, {torch.get_num_threads()} thread(s)")
    print(f"command: {' '.join([os.path.basename(sys.argv[0]), *sys.argv[1:]])}\n")
    print(f"augmentation: {args.augment}")
    print("| model | px | clients (sizes) | device | sequential rounds/s (median / best) "
          "| batched rounds/s (median / best) | batched / sequential (median / best) | max abs param diff |")
    print("|---|---|---|---|---|---|---|---|")
    for case in args.cases:
        model, _, res = case.partition(":")
        try:
            r = measure(args, model, int(res))
        except ConfigError as e:  # this model cannot be batched on this device: say why, go on
            print(f"| {model} | {res} | {args.clients} | {args.device} | - | not batched: {e} | - | - |", flush=True)
            continue
        sizes = f"{args.clients} ({r['min_client']:.0f}-{r['max_client']:.0f})"
        print(f"| {model} | {res} | {sizes} | {args.device} "
              f"| {r['sequential_median']:.3f} / {r['sequential_best']:.3f} "
              f"| {r['batched_median']:.3f} / {r['batched_best']:.3f} "
              f"| {r['batched_median'] / r['sequential_median']:.2f}x / "
              f"{r['batched_best'] / r['sequential_best']:.2f}x | {r['max_abs_diff']:.1e} |", flush=True)


if __name__ == "__main__":
    main()
