"""FBL ablation: FedAvg vs FBL vs FBL without each component, over several seeds.

EuroSAT, 10 clients, Dirichlet(0.1), the ``cpu`` budget (simple CNN, 32x32, 20 rounds).
Every configuration trains on the same partition (``partition_seed`` 0); the run seeds
0..S-1 change the model init, the client batches and FBL's draws. FBL's generator is
trained once and cached on disk (``$FBLBENCH_CACHE_DIR``), then reused by every FBL
configuration and seed that asks for the same generator. Prints a markdown table of the
final test accuracy (mean ± sample std over seeds) and writes it, with the exact command
and the machine, to ``--out``.

    python benchmarks/fbl_ablation.py                               # the full cpu budget: hours
    python benchmarks/fbl_ablation.py --rounds 1 --seeds 1 --max-train 400 --gen-train-steps 2 --gen-pool-size 20
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import os
import platform
import shlex
import statistics
import sys
import time
from pathlib import Path
from typing import Any

# name -> (method spec, hyperparameters); FBL entries get --gen-train-steps on top.
CONFIGS: dict[str, tuple[str, dict[str, Any]]] = {
    "fedavg": ("fedavg", {}),
    "fbl": ("fbl", {}),
    "fbl-no-filling": ("fbl", {"filling": False}),
    "fbl-no-alignment": ("fbl", {"alignment": False}),
    "fbl-alignment-no-drop": ("fbl", {"p_drop": 0.0}),
    "fbl-random-sampling": ("fbl", {"sampling": "random"}),
    "fbl-augment": ("fbl", {"generator": "augment"}),
}


def machine_info() -> str:
    import torch

    dev = torch.cuda.get_device_name(0) if torch.cuda.is_available() else "no GPU"
    return (
        f"{platform.platform()}; {os.cpu_count()} CPU cores; {dev}; python {platform.python_version()}; "
        f"torch {torch.__version__}"
    )


def mean_std(values: list[float]) -> tuple[float, float]:
    return statistics.fmean(values), (statistics.stdev(values) if len(values) > 1 else 0.0)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=None, help="rounds per run (default: the cpu budget's)")
    ap.add_argument("--local-epochs", type=int, default=None, help="local epochs (default: the cpu budget's)")
    ap.add_argument("--seeds", type=int, default=3, help="run seeds 0..S-1 (default 3)")
    ap.add_argument("--max-train", type=int, default=None, help="stratified cap on the training split")
    ap.add_argument("--max-eval", type=int, default=None, help="stratified cap on val and test splits")
    ap.add_argument("--gen-train-steps", type=int, default=None, help="FBL generator training steps")
    ap.add_argument("--gen-pool-size", type=int, default=None, help="FBL synthetic images per class in the pool")
    ap.add_argument("--configs", default=",".join(CONFIGS), help=f"comma-separated subset of {', '.join(CONFIGS)}")
    ap.add_argument("--device", default="auto", help="auto, cpu, cuda or cuda:N")
    ap.add_argument("--data-dir", default=None, help="dataset root (default: $FBLBENCH_DATA_DIR or ./data)")
    ap.add_argument("--out", type=Path, default=Path("fbl_ablation.md"), help="markdown report to write")
    args = ap.parse_args(argv)

    from fblbench.config import build_configs
    from fblbench.engine.loop import build_federation, run_federated
    from fblbench.registry import build_method

    names = [n.strip() for n in args.configs.split(",") if n.strip()]
    unknown = [n for n in names if n not in CONFIGS]
    if unknown:
        ap.error(f"unknown config(s) {unknown}; choose from {', '.join(CONFIGS)}")
    if args.seeds < 1:
        ap.error(f"--seeds must be >= 1, but got {args.seeds}")

    data_cfg, train = build_configs(
        "cpu",
        dataset="eurosat",
        partition="dirichlet",
        alpha=0.1,
        num_clients=10,
        rounds=args.rounds,
        local_epochs=args.local_epochs,
        max_train=args.max_train,
        max_eval=args.max_eval,
        device=args.device,
        data_dir=args.data_dir,
    )
    fed = build_federation(data_cfg, train)
    print(f"EuroSAT: {sum(len(c) for c in fed.clients)} training samples over {fed.num_clients} clients; "
          f"{train.rounds} rounds; seeds 0..{args.seeds - 1}", flush=True)

    results: dict[str, list[float]] = {}
    extra: dict[str, dict[str, float]] = {}
    for name in names:
        spec, hp = CONFIGS[name]
        if spec.startswith("fbl"):
            for key, val in (("gen_train_steps", args.gen_train_steps), ("gen_pool_size", args.gen_pool_size)):
                if val is not None:
                    hp = {**hp, key: val}
        accs: list[float] = []
        for seed in range(args.seeds):
            method = build_method(spec, hp)
            t0 = time.perf_counter()
            res = run_federated(fed, dataclasses.replace(train, seed=seed), method)
            acc = res.final.test_acc
            assert acc is not None  # the last round is always tested
            accs.append(100 * acc)
            extra[name] = method.run_metrics()
            print(f"{name} seed {seed}: test acc {100 * acc:.2f}% ({time.perf_counter() - t0:.0f} s)", flush=True)
        results[name] = accs

    lines = [
        "| configuration | method | hyperparameters | test accuracy (%) | per seed |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, accs in results.items():
        spec, hp = CONFIGS[name]
        m, s = mean_std(accs)
        hps = ", ".join(f"{k}={v}" for k, v in hp.items()) or "defaults"
        lines.append(f"| {name} | {spec} | {hps} | {m:.2f} ± {s:.2f} | {', '.join(f'{a:.2f}' for a in accs)} |")
    table = "\n".join(lines)
    print("\n" + table)

    command = shlex.join([Path(sys.executable).name, *sys.argv]) if argv is None else shlex.join(argv)
    report = [
        "# FBL ablation (EuroSAT, 10 clients, Dirichlet 0.1, cpu budget)",
        "",
        f"- command: `{command}`",
        f"- date: {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}",
        f"- machine: {machine_info()}",
        f"- rounds: {train.rounds}, local epochs: {train.local_epochs}, batch size: {train.batch_size}, "
        f"lr: {train.lr}, model: {train.model}, resolution: {data_cfg.resolution}, "
        f"max_train: {data_cfg.max_train}, seeds: {args.seeds}"
        + (f", gen_train_steps: {args.gen_train_steps}" if args.gen_train_steps is not None else "")
        + (f", gen_pool_size: {args.gen_pool_size}" if args.gen_pool_size is not None else ""),
        "- accuracy: final-round test accuracy, mean ± sample standard deviation over seeds",
        "",
        table,
        "",
    ]
    one_time = {n: m for n, m in extra.items() if m}
    if one_time:
        report += ["One-time FBL metrics (last seed):", ""]
        report += [f"- {n}: " + ", ".join(f"{k}={v:.4g}" for k, v in sorted(m.items())) for n, m in one_time.items()]
        report.append("")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(report))
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
