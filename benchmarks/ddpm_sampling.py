"""Speed of the ddpm generator's pool sampling on this CPU: the UNet forward of one DDIM
batch under each precision and memory layout, as ratios against fblbench's own choice.

FBL's first run on a machine samples its pool once (``sample_pool``: ``pool_size`` images per
class x ``sampling_steps`` UNet calls in batches of ``SAMPLE_BATCH``), in channels_last, in fp32
on a CPU (bf16 autocast on CUDA only: ``ddpm_train.runs_in_bf16``). This times the four variants
(fp32 / bf16 x contiguous / channels_last) on the cpu size's UNet (random weights: the cost does
not depend on them), interleaved, best of ``--repeats`` per variant, and prints images per
second per variant, each one's ratio to fblbench's choice (fp32, channels_last), measured in
the same run, and each one's largest difference from fp32 contiguous. Run it alone (one heavy job per core), e.g.:

    python benchmarks/ddpm_sampling.py --threads 1
    python benchmarks/ddpm_sampling.py --threads 2 --batch 250 --repeats 5
"""

from __future__ import annotations

import argparse
import platform
import time
from contextlib import nullcontext
from typing import Any


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads")
    ap.add_argument("--batch", type=int, default=0, help="images per UNet call (0 = SAMPLE_BATCH)")
    ap.add_argument("--width", type=int, default=0, help="UNet base channels (0 = the cpu size's)")
    ap.add_argument("--resolution", type=int, default=32)
    ap.add_argument("--repeats", type=int, default=3, help="timed calls per variant (best kept)")
    args = ap.parse_args(argv)

    import torch

    from fblbench.fbl.generators import ddpm_train as T
    from fblbench.fbl.generators.base import GENERATOR_SIZES_TABLE
    from fblbench.tracking.machine import machine_info

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    width = args.width or GENERATOR_SIZES_TABLE["cpu"].width
    batch = args.batch or T.SAMPLE_BATCH
    classes = 10
    unet: Any = T.build_unet(width, classes, args.resolution).eval()
    x = torch.randn(batch, 3, args.resolution, args.resolution)
    y = torch.arange(batch) % classes
    t = torch.tensor(500)
    try:
        bf16_native = bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):
        bf16_native = False
    reference = ("bf16" if T.runs_in_bf16(torch.device("cpu")) else "fp32") + ", channels_last"  # fblbench's choice

    variants: dict[str, tuple[bool, bool]] = {  # name -> (bf16, channels_last)
        "fp32, contiguous": (False, False),
        "fp32, channels_last": (False, True),
        "bf16, contiguous": (True, False),
        "bf16, channels_last": (True, True),
    }
    best = {name: float("inf") for name in variants}
    outs: dict[str, torch.Tensor] = {}
    with torch.no_grad():
        for r in range(args.repeats + 1):  # the first pass warms each variant up, untimed
            for name, (bf16, last) in variants.items():
                fmt = torch.channels_last if last else torch.contiguous_format
                model = unet.to(memory_format=fmt)
                ctx = torch.autocast("cpu", dtype=torch.bfloat16) if bf16 else nullcontext()
                xin = x.contiguous(memory_format=fmt)
                t0 = time.perf_counter()
                with ctx:
                    out = model(xin, t, class_labels=y).sample.float()
                dt = time.perf_counter() - t0
                if r:
                    best[name] = min(best[name], dt)
                outs[name] = out
    ref = outs["fp32, contiguous"]
    print(f"machine: {machine_info().get('cpu', platform.processor())}; torch {torch.__version__}; "
          f"{args.threads} thread(s); oneDNN native bf16: {bf16_native}")
    print(f"UNet width {width} at {args.resolution} px, batch {batch}, best of {args.repeats} calls per variant "
          f"(interleaved)")
    print(f"{'variant':<22}{'images/s':>10}{'x fblbench':>11}{'max |out - fp32|':>18}")
    rates = {name: batch / s for name, s in best.items()}
    for name in variants:
        err = (outs[name] - ref).abs().max().item()
        print(f"{name:<22}{rates[name]:>10.0f}{rates[name] / rates[reference]:>11.2f}{err:>18.4f}")
    steps = GENERATOR_SIZES_TABLE["cpu"].sampling_steps
    print(f"a pool of 1,000 images per class x {classes} classes x {steps} steps at these rates: "
          + ", ".join(f"{name} {classes * 1000 * steps / rates[name] / 60:.1f} min" for name in variants))
    return rates


if __name__ == "__main__":
    main()
