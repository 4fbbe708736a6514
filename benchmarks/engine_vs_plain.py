"""Engine overhead: fblbench's round loop vs a minimal plain-PyTorch FedAvg loop.

Both train the same model (same init) on the same client tensors (EuroSAT, 10 clients,
Dirichlet 0.1) with the same SGD settings; the plain loop is the smallest correct FedAvg
(load global -> SGD over the client's data -> weighted average). Images/second count
training samples only; the engine's time includes its per-round evaluation on a small
validation/test set, as a user's run would. Each resolution is measured in a child
process with and without the glibc allocator settings fblbench applies at start-up.

    python benchmarks/engine_vs_plain.py                 # 32x32 and 64x64, 2 rounds, 3 repeats
    python benchmarks/engine_vs_plain.py --resolutions 32 --rounds 1 --repeats 1
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time

MALLOC_ENV = {
    "MALLOC_MMAP_THRESHOLD_": "4294967296",
    "MALLOC_TRIM_THRESHOLD_": "4294967296",
    "MALLOC_TOP_PAD_": "1073741824",
}


def measure(resolution: int, rounds: int, repeats: int) -> dict[str, float]:
    import torch
    from plain_fedavg import plain_fedavg_throughput

    from fblbench.config import build_configs
    from fblbench.engine.loop import build_federation, run_federated
    from fblbench.method import FedAvg

    data_cfg, train = build_configs(
        "cpu", dataset="eurosat", resolution=resolution, rounds=rounds, max_eval=200, device="cpu",
        partition="dirichlet", alpha=0.1, num_clients=10,
    )
    fed = build_federation(data_cfg, train)
    n_train = sum(len(c) for c in fed.clients)

    def plain() -> float:
        return plain_fedavg_throughput(fed, train, rounds)

    def engine() -> float:
        t0 = time.perf_counter()
        run_federated(fed, train, FedAvg())
        return n_train * rounds / (time.perf_counter() - t0)

    plain()  # warm-up (allocator, kernels)
    p, e = [], []
    for _ in range(repeats):
        p.append(plain())
        e.append(engine())
    return {"plain": max(p), "engine": max(e), "threads": torch.get_num_threads(), "n_train": n_train}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--resolutions", type=int, nargs="+", default=[32, 64])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.resolutions[0], args.rounds, args.repeats)))
        return
    import torch

    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, torch {torch.__version__}, "
          f"python {platform.python_version()}")
    print(f"command: {' '.join([os.path.basename(sys.argv[0]), *sys.argv[1:]])}\n")
    print("| resolution | allocator | plain img/s | engine img/s | engine / plain |")
    print("|---|---|---|---|---|")
    base_env = {k: v for k, v in os.environ.items() if k not in MALLOC_ENV}
    base_env["FBLBENCH_NO_MALLOC_TUNING"] = "1"
    for res in args.resolutions:
        rows = {}
        for label, env in (("glibc default", base_env), ("fblbench tuned", {**base_env, **MALLOC_ENV})):
            out = subprocess.run(
                [sys.executable, __file__, "--child", "--resolutions", str(res), "--rounds", str(args.rounds),
                 "--repeats", str(args.repeats)],
                env=env, check=True, capture_output=True, text=True,
            ).stdout.strip().splitlines()[-1]
            rows[label] = json.loads(out)
            r = rows[label]
            print(f"| {res}x{res} | {label} | {r['plain']:.0f} | {r['engine']:.0f} | {r['engine'] / r['plain']:.2f}x |",
                  flush=True)
        gain = rows["fblbench tuned"]["engine"] / rows["glibc default"]["engine"]
        print(f"| {res}x{res} | tuned / default (engine) | | | {gain:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
