"""The machine a table was made on: platform, CPU, cores, torch, device and threads, for the record."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def machine_info(device: str = "cpu") -> dict[str, str]:
    """Platform, CPU, cores, torch version and training device, for the record."""
    import torch

    cpu = platform.processor() or platform.machine()
    ident: dict[str, str] = {}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            key = key.strip()
            if key in ("model name", "cpu family", "model") and key not in ident:
                ident[key] = value.strip()
            if len(ident) == 3:
                break
    except OSError:
        pass
    cpu = ident.get("model name", cpu)
    if "cpu family" in ident and "model" in ident:
        cpu += f" (family {ident['cpu family']} model {ident['model']})"
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
