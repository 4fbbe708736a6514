"""Knowledge Alignment and Knowledge Drop: per-class embeddings on synthetic features.

``head(f(x) + e_y)`` for a synthetic sample whose embedding is not dropped, ``head(f(x))``
for every real sample, every dropped synthetic sample and every evaluation pass (the
engine's ``evaluate`` calls ``model(x)``, which never sees the feature hook).
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from fblbench.engine.client import Batch, FeatureHook

SYNTHETIC = "synthetic"  # the aux column that marks synthetic rows


def drop_keep_mask(synthetic: torch.Tensor, p_drop: float, generator: torch.Generator) -> torch.Tensor:
    """Rows that get their class embedding: synthetic rows minus a Bernoulli(p_drop) drop.

    One uniform draw per row of the batch (real rows included, so the generator advances
    by the batch size whatever the mix), on the CPU generator, moved to the mask's device.
    """
    mask = synthetic.bool()
    if p_drop <= 0:
        return mask
    u = torch.rand(len(mask), generator=generator).to(mask.device)
    return mask & (u >= p_drop)


def make_feature_hook(embeddings: torch.Tensor, p_drop: float, generator: torch.Generator) -> FeatureHook:
    """The ``ctx.feature_hook`` of Knowledge Alignment with Knowledge Drop.

    Real rows come back bit-identical (``torch.where``, not ``z + 0 * e``); batches without
    synthetic rows come back as the very same tensor and draw nothing from ``generator``.
    """

    def hook(z: torch.Tensor, batch: Batch) -> torch.Tensor:
        syn = batch.aux.get(SYNTHETIC)
        if syn is None or not bool(syn.any()):
            return z
        keep = drop_keep_mask(syn, p_drop, generator)
        e = embeddings[batch.y].to(z.dtype)
        return torch.where(keep.unsqueeze(1), z + e, z)

    return hook


def average_embeddings(
    previous: torch.Tensor | None,
    tensors: Sequence[torch.Tensor],
    class_masks: Sequence[torch.Tensor],
    weights: Sequence[float],
) -> torch.Tensor | None:
    """Server side of shared embeddings: per class, the ``weights``-weighted mean over the
    clients that trained that class's embedding (``class_masks[i][c]``: client i had
    synthetic samples of class c). Classes nobody trained keep ``previous`` (zeros at first).
    """
    if not tensors:
        return previous
    ref = tensors[0]
    acc = torch.zeros_like(ref, dtype=torch.float64)
    wsum = torch.zeros(ref.shape[0], dtype=torch.float64, device=ref.device)
    for t, m, w in zip(tensors, class_masks, weights, strict=True):
        wm = m.to(device=ref.device, dtype=torch.float64) * float(w)
        acc += t.to(torch.float64) * wm.unsqueeze(1)
        wsum += wm
    base = torch.zeros_like(ref) if previous is None else previous.to(ref.device, ref.dtype)
    trained = wsum > 0
    mean = (acc / wsum.clamp_min(1e-300).unsqueeze(1)).to(ref.dtype)
    return torch.where(trained.unsqueeze(1), mean, base)
