"""Cost and quality (CAS) of FBL's default generator: a class-conditional DDPM pretrained
centrally on the public pool.

Builds the cpu budget's federation (``build_configs(budget="cpu", dataset=...)``, 32 px;
the public pool is ``public_fraction`` of the training pool), trains the ddpm generator on
the public pool, samples its per-class pool and prints:

* wall (and process CPU) minutes of training and sampling, s/step and s/image;
* the classification accuracy score (CAS: a SimpleCNN trained on the pool, tested on the
  real test split) next to the CAS of as many real public images per class (the ceiling),
  the CAS of the training-free ``gaussian`` filler, and class fidelity (secondary).

The generator cache goes to a fresh temporary folder unless ``--cache-dir`` is given.
Data: ``$FBLBENCH_DATA_DIR``.

    python benchmarks/generator_fidelity.py --threads 1                       # the cpu size
    python benchmarks/generator_fidelity.py --threads 1 --train-steps 600     # shorter
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


def main(argv: list[str] | None = None) -> dict[str, object]:
    from fblbench.config import GENERATOR_SIZES
    from fblbench.fbl.generators import GeneratorSpec

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--dataset", default="eurosat", choices=["eurosat", "cifar10"])
    ap.add_argument("--resolution", type=int, default=32)
    ap.add_argument("--size", default="cpu", choices=GENERATOR_SIZES, help="generator size preset")
    ap.add_argument("--train-steps", type=int, default=0, help="0 = the size's")
    ap.add_argument("--width", type=int, default=0, help="0 = the size's")
    ap.add_argument("--sampling-steps", type=int, default=0, help="0 = the size's")
    ap.add_argument("--guidance", type=float, default=GeneratorSpec.guidance)
    ap.add_argument("--pool-size", type=int, default=0, help="0 = the size's")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--device", default="auto", help="auto, cpu, cuda")
    ap.add_argument("--threads", type=int, default=0, help="torch intra-op threads (0 = torch's default)")
    ap.add_argument("--cache-dir", type=Path, default=None, help="generator cache (default: a fresh temp dir)")
    ap.add_argument("--grid", type=Path, default=None, help="also save a PNG grid of pool samples here")
    ap.add_argument("--no-progress", action="store_true")
    args = ap.parse_args(argv)

    import torch

    from fblbench.config import build_configs
    from fblbench.data.public import public_data
    from fblbench.engine.loop import build_federation
    from fblbench.fbl.generators import build_generator, classification_accuracy_score, save_sample_grid
    from fblbench.fbl.generators.metrics import public_subset
    from fblbench.fbl.method import FBL

    if args.threads:
        torch.set_num_threads(args.threads)
    data_cfg, train_cfg = build_configs(
        "cpu", dataset=args.dataset, resolution=args.resolution, device=args.device, generator_size=args.size
    )
    spec = GeneratorSpec(
        train_steps=args.train_steps, width=args.width, sampling_steps=args.sampling_steps,
        guidance=args.guidance, pool_size=args.pool_size, seed=args.seed,
    ).sized(args.size)
    t0 = time.perf_counter()
    fed = build_federation(data_cfg, train_cfg)
    public = public_data(fed, FBL())
    load_s = time.perf_counter() - t0
    c = fed.num_classes
    with tempfile.TemporaryDirectory(prefix="fblbench-genbench-") as tmp:
        cache = args.cache_dir or Path(tmp)
        gen = build_generator(spec)
        t0, c0 = time.perf_counter(), time.process_time()
        metrics = gen.prepare(fed, cache, progress=not args.no_progress, public=public)
        prep_s, prep_cpu = time.perf_counter() - t0, time.process_time() - c0
        per_class = int(metrics["generator_cas_per_class"])
        gauss = build_generator(GeneratorSpec(kind="gaussian"))
        gauss.prepare(fed, cache, progress=False, public=public)
        g = torch.Generator().manual_seed(0)
        gx = torch.cat([gauss.fill(k, per_class, torch.empty(0), g) for k in range(c)])
        gy = torch.arange(c).repeat_interleave(per_class)
        gauss_cas = classification_accuracy_score(fed, gx, gy, cache)
        if args.grid is not None:
            pool = gen.pool  # type: ignore[attr-defined]
            labels = torch.arange(c).repeat_interleave(spec.pool_size)
            save_sample_grid(pool.flatten(0, 1), labels, fed.splits.classes, args.grid, per_class=8)
            rx, ry = public_subset(public, c, 8)
            save_sample_grid(rx, ry, fed.splits.classes, args.grid.with_name(args.grid.stem + "-real.png"))

    train_s = metrics["generator_train_minutes"] * 60
    sample_s = metrics["generator_sample_minutes"] * 60
    result: dict[str, object] = {
        "dataset": args.dataset,
        "resolution": fed.splits.resolution,
        "device": str(fed.device),
        "threads": torch.get_num_threads(),
        "public_images": len(public[1]),
        "spec": dataclasses.asdict(spec),
        "data_load_s": round(load_s, 1),
        "cas": round(metrics["generator_cas"], 4),
        "cas_real": round(metrics["generator_cas_real"], 4),
        "cas_gaussian": round(gauss_cas, 4),
        "cas_per_class": per_class,
        "fidelity": round(metrics["generator_fidelity"], 4),
        "fidelity_classifier_test_acc": round(metrics["fidelity_classifier_test_acc"], 4),
        "train_minutes": round(train_s / 60, 2),
        "sample_minutes": round(sample_s / 60, 2),
        "prepare_wall_minutes": round(prep_s / 60, 2),
        "prepare_cpu_minutes": round(prep_cpu / 60, 2),
        "train_s_per_step": round(train_s / spec.train_steps, 3),
        "sample_s_per_image": round(sample_s / (c * spec.pool_size), 3),
        "machine": f"{platform.processor() or platform.machine()}, torch {torch.__version__}",
    }
    print(json.dumps(result, indent=2))
    print(
        f"\n{args.dataset} {fed.splits.resolution}px, public pool {len(public[1])} images: CAS "
        f"{metrics['generator_cas']:.3f} (real {metrics['generator_cas_real']:.3f}, gaussian {gauss_cas:.3f}, "
        f"chance {1 / c:.3f}; {per_class}/class); train {train_s / 60:.1f} min, sample {sample_s / 60:.1f} min "
        f"on {torch.get_num_threads()} thread(s)"
    )
    return result


if __name__ == "__main__":
    main()
