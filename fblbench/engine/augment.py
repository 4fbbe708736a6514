"""Training-time augmentation on image tensors: random crop with reflect padding and flips.

The NIID-Bench / MOON CIFAR-10 recipe (pad 4 with reflection, random 32x32 crop, random
horizontal flip), done on a whole batch on its device. Randomness comes from a CPU
``torch.Generator`` the caller seeds, so a run is reproducible for a seed and the batch
order does not depend on whether augmentation is on.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F


def augment_seed(client_seed: int) -> int:
    """The seed of a client's augmentation stream, derived from its round seed."""
    return (client_seed * 0x9E3779B97F4A7C15 + 0x632BE59BD9B4E019) % (1 << 63)


def augment_batch(x: torch.Tensor, kind: str, gen: torch.Generator, pad: int = 4) -> torch.Tensor:
    """``x`` [B,C,H,W] (model-ready floats) with a random crop of the reflect-padded image and
    a random horizontal flip per sample; ``crop_flips`` also flips vertically (aerial images
    such as EuroSAT have no "up"); ``flips`` flips both ways without cropping. ``none``
    returns ``x`` unchanged."""
    if kind == "none" or len(x) == 0:
        return x
    return apply_augment(x, kind, *draw_augment(len(x), kind, gen, pad), pad=pad)


def _pad(kind: str, pad: int) -> int:
    """The reflect padding ``kind`` crops from: none for ``flips``, which does not crop."""
    return 0 if kind == "flips" else pad


def draw_augment(b: int, kind: str, gen: torch.Generator, pad: int = 4) -> tuple[torch.Tensor, torch.Tensor]:
    """The random draws of :func:`augment_batch` for ``b`` samples, from ``gen``: crop offsets
    [2,b] (row, column) and flips [2,b] (horizontal, vertical), on the CPU. Drawing several
    clients' batches, each from its own generator, and applying them to the concatenated
    batch at once gives each client exactly what :func:`augment_batch` would."""
    pad = _pad(kind, pad)
    off = torch.randint(0, 2 * pad + 1, (2, b), generator=gen)
    flips = torch.rand(2, b, generator=gen) < 0.5
    return off, flips


def apply_augment(x: torch.Tensor, kind: str, off: torch.Tensor, flips: torch.Tensor, pad: int = 4) -> torch.Tensor:
    """:func:`augment_batch` with the draws given (see :func:`draw_augment`)."""
    if kind == "none" or len(x) == 0:
        return x
    pad = _pad(kind, pad)
    b, _, h, w = x.shape
    dev = x.device
    off, flips = off.to(dev), flips.to(dev)
    padded = F.pad(x, (pad, pad, pad, pad), mode="reflect") if pad else x
    rows = off[0].view(b, 1) + torch.arange(h, device=dev).view(1, h)
    cols = off[1].view(b, 1) + torch.arange(w, device=dev).view(1, w)
    cols = torch.where(flips[0].view(b, 1), cols.flip(1), cols)
    if kind in ("crop_flips", "flips"):
        rows = torch.where(flips[1].view(b, 1), rows.flip(1), rows)
    out = padded[torch.arange(b, device=dev).view(b, 1, 1), :, rows.view(b, h, 1), cols.view(b, 1, w)]
    # Advanced indexing puts the channel axis last: [B,H,W,C] -> [B,C,H,W] in x's memory format.
    out = out.permute(0, 3, 1, 2)
    fmt = torch.channels_last if x.is_contiguous(memory_format=torch.channels_last) else torch.contiguous_format
    return out.contiguous(memory_format=fmt)
