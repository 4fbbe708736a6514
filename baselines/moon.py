"""MOON (Li, He and Song, CVPR 2021): model-contrastive federated learning.

Client loss ``CE + mu * l_con`` with, for features ``z`` of the local model, ``z_glob`` of this
round's global model and ``z_prev`` of the client's previous local model::

    l_con = -log( exp(sim(z, z_glob)/tau) / (exp(sim(z, z_glob)/tau) + exp(sim(z, z_prev)/tau)) )

``sim`` is cosine similarity. The previous local model lives in the client's persistent
state (``ctx.state``); at a client's first round there is none and ``l_con`` is 0, as in
MOON's reference code, whose model buffer is empty in round 1. The features are the model
zoo's ``encode`` output (MOON adds a projection head on top; the zoo's models have none).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from fblbench.engine.client import Batch, ClientContext, ClientUpdate
from fblbench.errors import ConfigError
from fblbench.method import Method

PREV_MODEL = "moon_prev_model"  # ctx.state key of the client's previous local model


def contrastive_loss(z: torch.Tensor, z_glob: torch.Tensor, z_prev: torch.Tensor, tau: float) -> torch.Tensor:
    """MOON's model-contrastive loss, averaged over the batch (positive pair: local vs global)."""
    logits = torch.stack([F.cosine_similarity(z, z_glob, dim=1), F.cosine_similarity(z, z_prev, dim=1)], 1)
    target = torch.zeros(len(z), dtype=torch.long, device=z.device)
    return F.cross_entropy(logits / tau, target)


class Moon(Method):
    """MOON: cross-entropy plus a contrastive pull towards the global model's features."""

    name = "moon"
    summary = "local loss + mu * contrastive(local feats ~ global feats, away from previous local feats)"
    paper = "Li, He and Song, Model-Contrastive Federated Learning, CVPR 2021"

    @dataclass(frozen=True)
    class Hparams:
        # Weight of the contrastive term: the paper uses mu = 5 on CIFAR-10 (1 on CIFAR-100/Tiny-ImageNet).
        mu: float = 5.0
        # Temperature of the contrastive softmax: the paper's 0.5.
        tau: float = 0.5

        def __post_init__(self) -> None:
            if self.mu < 0 or self.tau <= 0:
                raise ConfigError(f"moon: mu >= 0 and tau > 0 must hold, but got mu={self.mu}, tau={self.tau}")

    hp: Hparams

    def loss(self, ctx: ClientContext, batch: Batch) -> torch.Tensor:
        z, logits = ctx.forward(batch)
        ce = F.cross_entropy(logits, batch.y)
        prev = ctx.state.get(PREV_MODEL)
        if prev is None:
            return ce
        with torch.no_grad():
            z_glob = ctx.forward(batch, ctx.global_model)[0]
            z_prev = ctx.forward(batch, prev)[0]
        return ce + self.hp.mu * contrastive_loss(z, z_glob, z_prev, self.hp.tau)

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        update = super().local_update(ctx)
        prev = copy.deepcopy(ctx.model)
        prev.eval()
        prev.requires_grad_(False)
        for p in prev.parameters():
            p.grad = None
        ctx.state[PREV_MODEL] = prev
        return update
