"""Helpers shared by the generators: stable seeds, hashes, atomic cache files, a file lock,
the progress bar, and the PNG sample grid."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import torch

from fblbench.runtime import atomic_write


def seed_of(*parts: object) -> int:
    """A stable 63-bit seed from printable parts (as fblbench.engine.loop.derive_seed)."""
    return int.from_bytes(hashlib.sha256(repr(parts).encode()).digest()[:8], "little") >> 1


def digest(obj: object) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()


def tensor_sha(*tensors: torch.Tensor | np.ndarray) -> str:
    """sha256 of the raw bytes (and shapes/dtypes) of ``tensors``."""
    h = hashlib.sha256()
    for t in tensors:
        a = t.detach().cpu().contiguous().numpy() if isinstance(t, torch.Tensor) else np.ascontiguousarray(t)
        h.update(f"{a.dtype}{a.shape}".encode())
        h.update(a.reshape(-1).view(np.uint8).data)
    return h.hexdigest()


def atomic_save(obj: Any, path: Path) -> None:
    """torch.save through :func:`fblbench.runtime.atomic_write`."""
    atomic_write(path, lambda tmp: torch.save(obj, tmp))


def load_cached(path: Path) -> Any | None:
    """A cached torch file, or None when missing or unreadable (then it is rebuilt)."""
    if not path.is_file():
        return None
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except (OSError, RuntimeError, EOFError, ValueError):
        return None


def draw_indices(m: int, n: int, rng: torch.Generator) -> torch.Tensor:
    """``n`` indices into ``range(m)``: without replacement while possible, then a new permutation."""
    perms = [torch.randperm(m, generator=rng) for _ in range(math.ceil(n / m))]
    return torch.cat(perms)[:n] if perms else torch.empty(0, dtype=torch.long)


def to_uint8(x: torch.Tensor) -> torch.Tensor:
    """Float images in [0, 1] -> uint8 on the CPU."""
    return (x.float().clamp(0, 1) * 255).round().to(torch.uint8).cpu()


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive advisory lock (POSIX flock) so parallel trials train a generator once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, at worst two processes build the same files
        yield
        return
    with open(path, "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


@contextmanager
def progress_bar(enabled: bool) -> Iterator[Any]:
    """A rich progress bar (or a disabled one: same API, prints nothing)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        disable=not enabled,
        transient=False,
    ) as bar:
        yield bar




def save_sample_grid(
    images: torch.Tensor,
    labels: torch.Tensor,
    classes: Sequence[str],
    path: Path,
    per_class: int = 8,
) -> Path:
    """A PNG grid of ``images`` (uint8 [n,3,H,W]): one row per class with up to ``per_class``
    images, the class name on the left. Written atomically; returns ``path``."""
    from PIL import Image, ImageDraw, ImageFont

    path = Path(path)
    h, w = (int(images.shape[-2]), int(images.shape[-1])) if images.ndim == 4 else (32, 32)
    scale = max(1, 64 // max(h, 1))
    th, tw, gap = h * scale, w * scale, 2
    font = ImageFont.load_default()
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    label_w = 8 + max((int(probe.textlength(str(c), font=font)) for c in classes), default=0)
    cols = max(1, per_class)
    grid = Image.new("RGB", (label_w + cols * (tw + gap), max(1, len(classes)) * (th + gap)), "white")
    draw = ImageDraw.Draw(grid)
    labels = labels.cpu()
    for row, name in enumerate(classes):
        top = row * (th + gap)
        draw.text((4, top + th // 2 - 6), str(name), fill="black", font=font)
        sel = torch.nonzero(labels == row).flatten()[:per_class]
        for col, i in enumerate(sel.tolist()):
            arr = images[i].detach().cpu().to(torch.uint8).permute(1, 2, 0).numpy()
            tile = Image.fromarray(arr).resize((tw, th), Image.Resampling.NEAREST)
            grid.paste(tile, (label_w + col * (tw + gap), top))
    atomic_write(path, lambda tmp: grid.save(tmp, format="PNG"))
    return path

