"""Pure tensor functions on state dicts (``{name: tensor}``): means, deltas, axpy.

State dicts include buffers (BatchNorm running statistics), so a weighted mean of
client states averages those too, unlike averaging ``.parameters()`` only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import torch

State = dict[str, torch.Tensor]


def clone_state(state: Mapping[str, torch.Tensor]) -> State:
    return {k: v.detach().clone() for k, v in state.items()}


def weighted_mean(states: Sequence[Mapping[str, torch.Tensor]], weights: Sequence[float]) -> State:
    """Weighted mean of state dicts; weights are normalised to sum to 1.

    Floating tensors (parameters, BN running mean/var) are averaged in float64 for
    exactness and cast back; integer buffers (BN ``num_batches_tracked``) get the
    rounded weighted mean.
    """
    if not states:
        raise ValueError("weighted_mean needs at least one state")
    if len(states) != len(weights):
        raise ValueError(f"got {len(states)} states but {len(weights)} weights")
    total = float(sum(weights))
    if total <= 0:
        raise ValueError(f"weights must sum to > 0, but got {list(weights)}")
    out: State = {}
    for key, ref in states[0].items():
        acc = torch.zeros_like(ref, dtype=torch.float64)
        for s, w in zip(states, weights, strict=True):
            acc.add_(s[key].to(torch.float64), alpha=float(w) / total)
        out[key] = acc.round().to(ref.dtype) if not ref.is_floating_point() else acc.to(ref.dtype)
    return out


def delta(new: Mapping[str, torch.Tensor], old: Mapping[str, torch.Tensor]) -> State:
    """``new - old`` for floating entries (integer buffers are skipped)."""
    return {k: new[k] - old[k] for k in old if old[k].is_floating_point()}


def add_scaled(base: Mapping[str, torch.Tensor], update: Mapping[str, torch.Tensor], scale: float) -> State:
    """``base + scale * update`` for the keys of ``update``; other entries of ``base`` are copied."""
    out = clone_state(base)
    for k, v in update.items():
        out[k] = base[k] + scale * v.to(base[k].dtype)
    return out


def zeros_like_state(state: Mapping[str, torch.Tensor], floating_only: bool = True) -> State:
    return {k: torch.zeros_like(v) for k, v in state.items() if v.is_floating_point() or not floating_only}


def flat_norm(state: Mapping[str, torch.Tensor]) -> float:
    return float(torch.sqrt(sum((v.double() ** 2).sum() for v in state.values())))  # type: ignore[arg-type]
