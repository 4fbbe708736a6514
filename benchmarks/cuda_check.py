"""CUDA-path check: every registered method runs on the GPU, stays on the GPU, is
deterministic under a seed, and the engine keeps pace with a plain PyTorch loop there.

Needs no dataset (synthetic images), no Optuna and no MLflow, so it runs on a bare
GPU machine with torch and the project installed:

    python benchmarks/cuda_check.py --device cuda
    python benchmarks/cuda_check.py --device cpu --quick      # the same checks on a CPU
"""

from __future__ import annotations

import argparse
import platform
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from plain_fedavg import plain_fedavg_seconds

from fblbench.config import DataConfig, TrainConfig
from fblbench.data.datasets import Splits
from fblbench.data.partition import dirichlet
from fblbench.engine.loop import Federation, federation_from_splits, run_federated
from fblbench.method import FedAvg
from fblbench.registry import available_methods, build_method


def synthetic_splits(n: int, res: int, classes: int = 10, seed: int = 0) -> Splits:
    g = torch.Generator().manual_seed(seed)

    def draw(m: int) -> tuple[torch.Tensor, torch.Tensor]:
        y = torch.arange(m) % classes
        x = torch.randint(0, 150, (m, 3, res, res), generator=g)
        for c in range(classes):
            x[y == c, c % 3, : res // 2, (c * res) // (2 * classes) :] += 100
        return x.clamp(0, 255).to(torch.uint8), y.long()

    tx, ty = draw(n)
    vx, vy = draw(max(n // 10, 50))
    sx, sy = draw(max(n // 10, 50))
    px, py = draw(max(n // 10, 50))  # the public pool FBL's fillers train on (no client holds it)
    return Splits("synthetic", tuple(f"c{i}" for i in range(classes)), tx, ty, vx, vy, sx, sy,
                  (0.5, 0.5, 0.5), (0.25, 0.25, 0.25), px, py)


def federation(n: int, res: int, clients: int, train: TrainConfig, cache: Path) -> Federation:
    splits = synthetic_splits(n, res)
    data_cfg = DataConfig(dataset="imagefolder", num_clients=clients, alpha=0.5, cache_dir=cache)
    parts = dirichlet(splits.train_y.numpy(), clients, 0.5, np.random.default_rng(0), min_size=10)
    return federation_from_splits(splits, parts, data_cfg, train)


def check_methods(device: str, cache: Path, specs: list[str] | None = None) -> None:
    train = TrainConfig(rounds=2, batch_size=32, lr=0.02, device=device)
    tiny_fbl = {"gen_train_steps": 20, "gen_local_steps": 5, "gen_width": 16, "gen_pool_size": 8,
                "gen_sampling_steps": 4}
    if specs is None:
        specs = [*sorted(available_methods()), "fbl+fedprox", "fbl+scaffold"]
    print("| method | final val acc | params on device | deterministic | seconds |")
    print("|---|---|---|---|---|")
    for spec in specs:
        hp = tiny_fbl if spec.startswith("fbl") else {}
        results = []
        t0 = time.perf_counter()
        try:
            for _ in range(2):
                fed = federation(600, 16, 3, train, cache)
                results.append(run_federated(fed, train, build_method(spec, hp)))
        except RuntimeError as e:  # e.g. an op without a deterministic kernel (deterministic_cuda is strict)
            print(f"| {spec} | failed: {str(e).splitlines()[0]} | - | - | - |", flush=True)
            continue
        secs = (time.perf_counter() - t0) / 2
        on_dev = all(v.device.type == torch.device(device).type for v in results[0].params.values())
        same = all(torch.equal(results[0].params[k], results[1].params[k]) for k in results[0].params)
        print(f"| {spec} | {results[0].final.val_acc:.3f} | {on_dev} | {same} | {secs:.1f} |", flush=True)


def throughput(device: str, res: int, n: int, rounds: int, cache: Path) -> None:
    train = TrainConfig(rounds=rounds, batch_size=64, device=device)
    fed = federation(n, res, 10, train, cache)
    n_train = sum(len(c) for c in fed.clients)
    sync = torch.cuda.synchronize if device.startswith("cuda") else (lambda: None)

    def plain() -> float:
        return n_train * rounds / plain_fedavg_seconds(fed, train, rounds, sync)

    def engine() -> float:
        sync()
        t0 = time.perf_counter()
        run_federated(fed, train, FedAvg())
        sync()
        return n_train * rounds / (time.perf_counter() - t0)

    plain()
    p = max(plain() for _ in range(2))
    e = max(engine() for _ in range(2))
    print(f"| {res}x{res} | {p:.0f} | {e:.0f} | {e / p:.2f}x |", flush=True)


def ddpm_speed(device: str, cache: Path, steps: int, pool: int) -> None:
    from fblbench.fbl.generators import GeneratorSpec, build_generator

    train = TrainConfig(device=device)
    fed = federation(2000, 32, 10, train, cache)
    spec = GeneratorSpec(train_steps=steps, pool_size=pool).sized("cpu")
    # A speed check on more images than the synthetic public pool holds: the training split.
    public = (fed.splits.train_x, fed.splits.train_y)
    t0 = time.perf_counter()
    metrics = build_generator(spec).prepare(fed, cache, progress=False, public=public)
    secs = time.perf_counter() - t0
    print(f"ddpm at 32x32, width {spec.width}: {steps} train steps + {pool * 10} pool images "
          f"({spec.sampling_steps} DDIM steps) took {secs:.1f} s; metrics {metrics}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--device", default="cuda")
    ap.add_argument("--quick", action="store_true", help="small sizes (CPU sanity run)")
    args = ap.parse_args()
    dev = args.device
    name = torch.cuda.get_device_name(0) if dev.startswith("cuda") else platform.processor() or "cpu"
    print(f"device: {name}; torch {torch.__version__}; python {platform.python_version()}\n")
    with tempfile.TemporaryDirectory() as d:
        cache = Path(d)
        check_methods(dev, cache)
        print("\n| resolution | plain img/s | engine img/s | engine / plain |\n|---|---|---|---|")
        for res in (32, 64):
            throughput(dev, res, 2000 if args.quick else 20000, 1 if args.quick else 3, cache)
        print()
        ddpm_speed(dev, cache, 10 if args.quick else 300, 2 if args.quick else 50)


if __name__ == "__main__":
    main()
