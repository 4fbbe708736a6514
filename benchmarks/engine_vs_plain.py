"""Engine overhead: fblbench's round loop vs a minimal plain-PyTorch FedAvg loop.

Both train the same model (same init) on the same clients (EuroSAT, 10 clients, Dirichlet
0.1) with the same SGD settings and the same batch order, and both evaluate the same way
(validation every round, test at the engine's ``test_every`` cadence and the last round):
see ``plain_fedavg.py``. Both are warmed up first, then run alternately; the table gives
the best (min seconds) and the median of the repeats, as images trained per second and as the ratio
engine / plain (> 1: the engine is faster). One process, ``--threads`` intra-op threads
(default 1: run it alone on the machine).

    python benchmarks/engine_vs_plain.py                      # 32 and 64 px, 2 rounds, 3 repeats
    python benchmarks/engine_vs_plain.py --resolutions 32 --rounds 1 --repeats 2
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--resolutions", type=int, nargs="+", default=[32, 64])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--max-train", type=int, default=None, help="stratified cap on the training set")
    args = ap.parse_args()

    import torch
    from plain_fedavg import plain_fedavg_seconds

    from fblbench.config import build_configs
    from fblbench.engine.loop import build_federation, run_federated
    from fblbench.method import FedAvg

    torch.set_num_threads(args.threads)
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, torch {torch.__version__}, "
          f"python {platform.python_version()}, threads {args.threads}")
    print(f"command: {' '.join([os.path.basename(sys.argv[0]), *sys.argv[1:]])}\n")
    print("| resolution | plain img/s (best / median) | engine img/s (best / median) | engine / plain (best / median) |")
    print("|---|---|---|---|")
    for res in args.resolutions:
        data_cfg, train = build_configs(
            "cpu", dataset="eurosat", resolution=res, rounds=args.rounds, device="cpu", threads=args.threads,
            partition="dirichlet", alpha=0.1, num_clients=10, max_train=args.max_train,
            # The plain loop has neither augmentation nor a schedule: compare like with like.
            local_epochs=1, augment="none", lr_schedule="constant",
        )
        fed = build_federation(data_cfg, train)
        n_img = sum(len(c) for c in fed.clients) * train.local_epochs * args.rounds

        def engine() -> float:
            t0 = time.perf_counter()
            run_federated(fed, train, FedAvg())  # noqa: B023
            return time.perf_counter() - t0

        def plain() -> float:
            return plain_fedavg_seconds(fed, train, args.rounds)  # noqa: B023

        engine(), plain()  # warm-up (allocator, kernels)
        e, p = [], []
        for _ in range(args.repeats):
            e.append(engine())
            p.append(plain())
        # Best = the fastest repeat (min seconds), median = the median repeat.
        ips = {name: (n_img / min(v), n_img / statistics.median(v)) for name, v in (("e", e), ("p", p))}
        ratio = (min(p) / min(e), statistics.median(p) / statistics.median(e))
        print(f"| {res}x{res} | {ips['p'][0]:.0f} / {ips['p'][1]:.0f} | {ips['e'][0]:.0f} / {ips['e'][1]:.0f} "
              f"| {ratio[0]:.2f}x / {ratio[1]:.2f}x |", flush=True)


if __name__ == "__main__":
    main()
