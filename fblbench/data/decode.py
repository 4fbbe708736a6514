"""Decode image files to in-memory uint8 RGB tensors, resized if asked.

``torchvision.io.decode_image`` decodes on a small thread pool (PIL for formats
torchvision can't read, or without torchvision); images are converted to RGB and,
if asked, resized with torch's antialiased bilinear uint8 kernel. The result is one
uint8 ``[N, 3, S, S]`` tensor: training never touches PIL again.
"""

from __future__ import annotations

import functools
import io
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from fblbench.errors import DataError
from fblbench.runtime import note

# Decoding cost per image and thread (JPEG/PNG read + decode + resize), for the ETA of the
# "decoding once" message: 0.25 ms measured on EuroSAT (64 px JPEG -> 32 px, 1 thread, 2-core
# x86), doubled for a cold disk or a busy machine.
DECODE_SECONDS_PER_IMAGE = 0.0005

__all__ = ["decode_images"]

_CHUNK = 512  # files per decode task
_RESIZE_BYTES = 32 << 20  # images buffered per batched resize


@functools.cache
def _torchvision_decoder() -> Callable[[torch.Tensor], torch.Tensor] | None:
    """torchvision's RGB decoder, or None without torchvision (PIL then decodes every file)."""
    try:
        from torchvision.io import ImageReadMode, decode_image
    except ImportError:
        return None
    return functools.partial(decode_image, mode=ImageReadMode.RGB)


def _decode_one(path: str | os.PathLike[str]) -> torch.Tensor:
    """One file -> uint8 RGB ``[3, H, W]``; torchvision first, PIL as fallback."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise DataError(f"cannot read image {path}: {e}") from e
    decode = _torchvision_decoder()
    if decode is not None:  # without torchvision, PIL decodes every file
        try:
            img = decode(torch.frombuffer(bytearray(data), dtype=torch.uint8))
            if img.dtype == torch.uint16:  # 16-bit PNG: rescale to 8 bits
                img = ((img.to(torch.int32) + 128) // 257).to(torch.uint8)
            if img.dtype == torch.uint8 and img.ndim == 3 and img.shape[0] == 3:
                return img
        except Exception:  # unsupported format (bmp, tif) or corrupt: PIL decides which
            pass
    try:
        with Image.open(io.BytesIO(data)) as im:
            arr = np.asarray(im.convert("RGB"), dtype=np.uint8)
    except Exception as e:
        raise DataError(
            f"cannot decode image {path}: {type(e).__name__}: {e}. Delete or replace the file."
        ) from e
    return torch.from_numpy(arr.copy()).permute(2, 0, 1).contiguous()


def _resize(img: torch.Tensor, size: int) -> torch.Tensor:
    """Antialiased bilinear resize of uint8 ``[..., 3, H, W]`` to ``size x size``.

    Runs torch's native uint8 kernel: 5-8x faster than interpolating floats and
    rounding back, and within 1 grey level of it.
    """
    batched = img if img.ndim == 4 else img.unsqueeze(0)
    out = F.interpolate(batched, size=(size, size), mode="bilinear", align_corners=False, antialias=True)
    return out if img.ndim == 4 else out[0]


def _size_error(path: str | os.PathLike[str], shape: tuple[int, int], ref: str) -> DataError:
    return DataError(
        f"image {path} is {shape[0]}x{shape[1]} pixels, but {ref}: at native resolution all images must "
        "share one square size; set --resolution N to resize every image to NxN"
    )


def _default_workers() -> int:
    return max(1, min(8, os.cpu_count() or 1))


def decode_images(
    paths: Sequence[str | os.PathLike[str]], resolution: int | None, workers: int | None = None
) -> torch.Tensor:
    """Decode image files to one uint8 ``[N, 3, S, S]`` tensor (RGB), resized if asked.

    ``resolution=None`` keeps the native size, which must be square and shared by all
    images. Decoding runs on a thread pool (torchvision's decoders release the GIL;
    on 2 cores this beat both a single thread and a process pool).
    """
    if not paths:
        raise DataError("no images to decode")
    first = _decode_one(paths[0])
    h, w = int(first.shape[1]), int(first.shape[2])
    if resolution is None:
        if h != w:
            raise _size_error(paths[0], (h, w), "images must be square")
        size = h
    else:
        size = resolution
    out = torch.empty((len(paths), 3, size, size), dtype=torch.uint8)

    def work(start: int) -> None:
        # Images to resize wait in per-shape batches (one batched resize is ~8x faster
        # than one call per image); a batch is flushed once it holds _RESIZE_BYTES.
        pending: dict[tuple[int, int], tuple[list[int], list[torch.Tensor]]] = {}

        def flush(shape: tuple[int, int]) -> None:
            idx, imgs = pending.pop(shape)
            out[idx] = _resize(torch.stack(imgs), size)

        for i in range(start, min(start + _CHUNK, len(paths))):
            img = first if i == 0 else _decode_one(paths[i])
            shape = (int(img.shape[1]), int(img.shape[2]))
            if shape == (size, size):
                out[i] = img
                continue
            if resolution is None:
                raise _size_error(paths[i], shape, f"{paths[0]} is {size}x{size}")
            idx, imgs = pending.setdefault(shape, ([], []))
            idx.append(i)
            imgs.append(img)
            if len(imgs) * img.numel() >= _RESIZE_BYTES:
                flush(shape)
        for shape in list(pending):
            flush(shape)

    n_workers = workers or _default_workers()
    if len(paths) > 1000:
        eta = len(paths) * DECODE_SECONDS_PER_IMAGE / min(n_workers, os.cpu_count() or 1)
        note(f"  {len(paths)} images on {n_workers} threads, ~{eta:.0f} s")
    starts = range(0, len(paths), _CHUNK)
    if n_workers == 1 or len(paths) <= _CHUNK:
        for s in starts:
            work(s)
    else:
        with ThreadPoolExecutor(max_workers=n_workers) as pool:
            futures = [pool.submit(work, s) for s in starts]
            try:
                for fut in futures:
                    fut.result()
            except BaseException:
                for fut in futures:  # a bad file: stop decoding the rest
                    fut.cancel()
                raise
    return out


def _resize_all(images: torch.Tensor, resolution: int | None) -> torch.Tensor:
    """Resize an in-memory uint8 batch chunk by chunk (CIFAR-10 pickles)."""
    if resolution is None or (images.shape[-1] == resolution and images.shape[-2] == resolution):
        return images.contiguous()
    out = torch.empty((len(images), 3, resolution, resolution), dtype=torch.uint8)
    for s in range(0, len(images), 1024):
        out[s : s + 1024] = _resize(images[s : s + 1024], resolution)
    return out
