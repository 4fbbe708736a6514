"""The process around training: cores, threads, environment and early messages.

Nothing here imports torch: the CLI uses it before deciding what else to import.
"""

from __future__ import annotations

import functools
import os
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

# glibc's allocator page-faults badly on the large tensors of a training loop; these
# settings, which must be in place before Python starts, gave 1.5-4x at 64x64 on CPU.
MALLOC_ENV = {
    "MALLOC_MMAP_THRESHOLD_": "4294967296",
    "MALLOC_TRIM_THRESHOLD_": "4294967296",
    "MALLOC_TOP_PAD_": "1073741824",
}
# OpenMP threads that wait for work sleep instead of spinning. With the default (spin),
# 2 threads beside one other busy process burnt ~20x the CPU-seconds and ~30x the wall
# of 1 thread; with PASSIVE, ~1.5x and ~2x (benchmarks/threads_under_load.py). Read by
# OpenMP when torch first loads it, so it is set before torch is imported.
OPENMP_ENV = {"OMP_WAIT_POLICY": "PASSIVE"}


def set_openmp_env() -> None:
    """Put :data:`OPENMP_ENV` in this process's environment (a value the user set wins).
    Only takes effect when called before torch is imported; spawned workers inherit it."""
    for k, v in OPENMP_ENV.items():
        os.environ.setdefault(k, v)


def deterministic_cuda() -> None:
    """The same seed gives the same numbers on a GPU too: cuDNN's deterministic kernels and no
    autotuning, torch's deterministic algorithms and cuBLAS's fixed workspace (read when cuBLAS
    starts, so set before the first product). Without it every method's two same-seed runs
    differed on an H200 (benchmarks/results/gpu_session_2026-12-04a.md). Strict, not
    warn-only: warned, cuDNN's attention (FBL's DDPM) keeps its non-deterministic kernel."""
    import torch

    os.environ.setdefault("CUBLAS_WORKSPACE_CONFIG", ":4096:8")
    torch.backends.cudnn.deterministic = True
    torch.backends.cudnn.benchmark = False
    torch.use_deterministic_algorithms(True)


@functools.cache  # read once per process: kernels() describes every run
def cpu_name() -> str:
    """This CPU as ``/proc/cpuinfo`` names it, ``<model name> (family F model M)`` (the platform's
    name where there is no such file): part of a run's kernels and of a table's machine line."""
    import platform

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
    cpu = ident.get("model name", platform.processor() or platform.machine())
    if "cpu family" in ident and "model" in ident:
        cpu += f" (family {ident['cpu family']} model {ident['model']})"
    return cpu


def kernels(device: str) -> str:
    """The kernels a run's numbers depend on beyond its settings: the vector ISA torch dispatches
    to and the CPU (:func:`cpu_name`), or the GPU's name. Runs on other machines can end at other
    floats (README, Reproducibility), so a stored run is read back only on the same kernels (an
    archived store loaded on another machine: its seeds are trained again there). The ISA alone
    was not enough: CIFAR-10 Dirichlet 0.5 FedAvg, seed 0, 1 thread, ended at test 0.4977 on an
    AVX512 Xeon (family 6 model 167) and at 0.4889 on an AVX512 EPYC (family 25 model 17). Nor is
    the CPU's name sufficient in every case (two AVX2 EPYCs differed): a conservative guard."""
    import torch

    from fblbench.engine.loop import resolve_device  # torch and the engine: only where a run is described

    dev = resolve_device(device)
    if dev.type == "cuda":
        return f"cuda {torch.cuda.get_device_name(dev)}"
    return f"cpu {torch.backends.cpu.get_cpu_capability()}, {cpu_name()}"


def _cgroup_cpus() -> float | None:
    """The CPU quota of this container (cgroup v2 ``cpu.max``), if it sets one."""
    try:
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    try:
        return int(quota) / int(period)
    except (ValueError, ZeroDivisionError):
        return None


def usable_cores() -> int:
    """Cores this process may run on: its CPU affinity, capped by a container's quota."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    quota = _cgroup_cpus()
    if quota is not None:
        cores = min(cores, max(1, int(quota)))
    return max(1, cores)


def atomic_write(path: Path, write: Callable[[Path], object]) -> None:
    """``write(tmp)`` to a temporary name in ``path``'s folder, then ``os.replace`` it onto
    ``path``: a reader never sees half a file, and a failed write leaves no temporary behind.
    Used for text, arrays, checkpoints and images; the dataset cache (a whole folder) and the
    MLflow store (never put over an existing one) keep their own installs."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def atomic_write_text(text: str, path: Path) -> None:
    """:func:`atomic_write` of ``text``."""
    atomic_write(path, lambda tmp: tmp.write_text(text))


def auto_threads(workers: int = 1, requested: int | None = None) -> int:
    """Torch threads per worker: ``requested`` when > 0, else usable cores / workers (at
    least 1), so that the workers of one machine never oversubscribe its cores."""
    if requested:
        return requested
    return max(1, usable_cores() // max(1, workers))


def note(text: str) -> None:
    """A progress line on stderr, shown at once (stdout stays for results). One write of
    the whole line: ``print`` writes the text and its newline apart, so the notes of two
    worker processes came out as one line ("...9e93cifar10: loading ...")."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


__all__ = ["MALLOC_ENV", "OPENMP_ENV", "atomic_write", "atomic_write_text", "auto_threads", "note", "set_openmp_env", "usable_cores"]
