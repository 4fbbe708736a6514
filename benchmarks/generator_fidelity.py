"""Cost and class fidelity of FBL's default generator (federated class-conditional DDPM).

Builds the cpu budget's federation (``build_configs(budget="cpu", dataset=...)``: 10
clients, Dirichlet 0.1, 32 px), trains the ddpm generator by FedAvg over the clients'
training data, samples its per-class pool and prints:

* wall (and process CPU) minutes of training and of sampling, and the rates
  s/step (one local AdamW step on a batch of 64) and s/image (all DDIM steps of one
  pool image, guidance included);
* the class fidelity of the pool (accuracy of a SimpleCNN trained on the real training
  data, classifying the pool by intended class) next to that classifier's real-test
  accuracy, the ceiling a perfect generator would reach;
* an estimate of the full-default cost (train_steps=1500, pool_size=200, sampling_steps=25)
  scaled from the measured rates.

The generator cache goes to a fresh temporary folder unless ``--cache-dir`` is given,
so the run measures training and sampling. Data: ``$FBLBENCH_DATA_DIR``.

    python benchmarks/generator_fidelity.py                                   # full default (long on a CPU)
    python benchmarks/generator_fidelity.py --train-steps 300 --pool-size 50  # reduced
    python benchmarks/generator_fidelity.py --dataset cifar10 --grid samples.png
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import platform
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> dict[str, float]:
    from fblbench.fbl.generators import GeneratorSpec

    d = GeneratorSpec()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--dataset", default="eurosat", choices=["eurosat", "cifar10"])
    ap.add_argument("--resolution", type=int, default=32)
    ap.add_argument("--train-steps", type=int, default=d.train_steps)
    ap.add_argument("--local-steps", type=int, default=d.local_steps)
    ap.add_argument("--width", type=int, default=d.width)
    ap.add_argument("--sampling-steps", type=int, default=d.sampling_steps)
    ap.add_argument("--guidance", type=float, default=d.guidance)
    ap.add_argument("--pool-size", type=int, default=d.pool_size)
    ap.add_argument("--seed", type=int, default=d.seed)
    ap.add_argument("--device", default="auto", help="auto, cpu, cuda")
    ap.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0 = torch's default)")
    ap.add_argument("--cache-dir", type=Path, default=None, help="generator cache (default: a fresh temp dir)")
    ap.add_argument("--grid", type=Path, default=None, help="also save a PNG grid of pool samples here")
    ap.add_argument("--no-progress", action="store_true")
    args = ap.parse_args(argv)

    import torch

    from fblbench.config import build_configs
    from fblbench.engine.loop import build_federation
    from fblbench.fbl.generators import build_generator, fidelity_classifier, save_sample_grid

    if args.threads:
        torch.set_num_threads(args.threads)
    spec = dataclasses.replace(
        d,
        train_steps=args.train_steps,
        local_steps=args.local_steps,
        width=args.width,
        sampling_steps=args.sampling_steps,
        guidance=args.guidance,
        pool_size=args.pool_size,
        seed=args.seed,
    )
    data_cfg, train_cfg = build_configs("cpu", dataset=args.dataset, resolution=args.resolution, device=args.device)
    t0 = time.perf_counter()
    fed = build_federation(data_cfg, train_cfg)
    load_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory(prefix="fblbench-genbench-") as tmp:
        cache = args.cache_dir or Path(tmp)
        # The fidelity classifier first, so its cost is not counted as the generator's.
        t0, c0 = time.perf_counter(), time.process_time()
        _, clf_acc = fidelity_classifier(fed, cache)
        clf_s, clf_cpu = time.perf_counter() - t0, time.process_time() - c0
        gen = build_generator(spec)
        t0, c0 = time.perf_counter(), time.process_time()
        metrics = gen.prepare(fed, cache, progress=not args.no_progress)
        prep_s, prep_cpu = time.perf_counter() - t0, time.process_time() - c0
        if args.grid is not None:
            pool = gen.pool  # type: ignore[attr-defined]
            labels = torch.arange(fed.num_classes).repeat_interleave(spec.pool_size)
            save_sample_grid(pool.flatten(0, 1), labels, fed.splits.classes, args.grid, per_class=8)

    c = fed.num_classes
    train_s = metrics["generator_train_minutes"] * 60
    sample_s = metrics["generator_sample_minutes"] * 60
    s_per_step = train_s / spec.train_steps
    s_per_image = sample_s / (c * spec.pool_size)
    full = GeneratorSpec()
    est_train_min = s_per_step * full.train_steps / 60
    est_sample_min = s_per_image * full.sampling_steps / spec.sampling_steps * c * full.pool_size / 60
    result = {
        "dataset": args.dataset,
        "resolution": fed.splits.resolution,
        "device": str(fed.device),
        "threads": torch.get_num_threads(),
        "clients": fed.num_clients,
        "train_images": int(sum(len(p) for p in fed.parts)),
        "spec": dataclasses.asdict(spec),
        "data_load_s": round(load_s, 1),
        "generator_fidelity": round(metrics["generator_fidelity"], 4),
        "fidelity_classifier_test_acc": round(clf_acc, 4),
        "fidelity_classifier_s": round(clf_s, 1),
        "fidelity_classifier_cpu_s": round(clf_cpu, 1),
        "train_minutes": round(train_s / 60, 2),
        "sample_minutes": round(sample_s / 60, 2),
        "prepare_cpu_minutes": round(prep_cpu / 60, 2),
        "prepare_wall_minutes": round(prep_s / 60, 2),
        "train_s_per_step": round(s_per_step, 3),
        "sample_s_per_image": round(s_per_image, 3),
        "estimated_full_default_train_minutes": round(est_train_min, 1),
        "estimated_full_default_sample_minutes": round(est_sample_min, 1),
        "machine": f"{platform.processor() or platform.machine()}, torch {torch.__version__}",
    }
    print(json.dumps(result, indent=2))
    print(
        f"\n{args.dataset} {fed.splits.resolution}px, {fed.num_clients} clients: fidelity "
        f"{metrics['generator_fidelity']:.3f} (classifier real-test acc {clf_acc:.3f}, chance {1 / c:.3f}); "
        f"train {train_s / 60:.1f} min ({s_per_step:.2f} s/step), sample {sample_s / 60:.1f} min "
        f"({s_per_image:.3f} s/image at {spec.sampling_steps} DDIM steps); full default "
        f"~{est_train_min:.0f} + {est_sample_min:.0f} min on this machine"
    )
    return result


if __name__ == "__main__":
    main()
