"""The machine a table was made on: platform, CPU, cores, torch, device and threads, for the record."""

from __future__ import annotations

import os
import platform

from fblbench.runtime import cpu_name


def machine_info(device: str = "cpu") -> dict[str, str]:
    """Platform, CPU, cores, torch version and training device, for the record."""
    import torch

    cpu = cpu_name()
    # The same seed and threads give the same numbers only on the same kernels: torch picks
    # them by this capability (AVX2 / AVX512 ...), and two "AMD EPYC" machines differed.
    cpu += f", torch kernels {torch.backends.cpu.get_cpu_capability()}"
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 1
    dev = device
    if device.startswith("cuda") and torch.cuda.is_available():
        dev = f"{device} ({torch.cuda.get_device_name(torch.device(device))})"
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": f"{os.cpu_count()} ({usable} usable)",
        "python": platform.python_version(),
        "torch": torch.__version__,
        "device": dev,
        "torch_threads": str(torch.get_num_threads()),
    }


__all__ = ["machine_info"]
