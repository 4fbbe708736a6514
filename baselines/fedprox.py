"""FedProx (Li et al., MLSys 2020): FedAvg plus a proximal term on the local objective.

Client k minimises ``h_k(w) = F_k(w) + mu/2 * ||w - w^t||^2`` where ``w^t`` is this round's
global model, so each local gradient gets the extra pull ``mu * (w - w^t)`` towards it.
Aggregation is FedAvg's. Only the ``loss`` hook changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import torch
from torch import nn

from fblbench.engine.client import Batch, ClientContext
from fblbench.errors import ConfigError
from fblbench.method import Method


def proximal_term(model: nn.Module, global_params: Mapping[str, torch.Tensor]) -> torch.Tensor:
    """``||w - w^t||^2`` over the trainable parameters of ``model`` (buffers are not weights)."""
    terms = [((p - global_params[n]) ** 2).sum() for n, p in model.named_parameters() if p.requires_grad]
    return torch.stack(terms).sum()


class FedProx(Method):
    """FedAvg with the proximal term ``mu/2 ||w - w^t||^2`` added to every client's loss."""

    name = "fedprox"
    summary = "local loss + mu/2 ||w - w_global||^2 (limits client drift)"
    paper = "Li et al., Federated Optimization in Heterogeneous Networks, MLSys 2020"

    @dataclass(frozen=True)
    class Hparams:
        # Proximal weight. The paper searches {0.001, 0.01, 0.1, 1}; NIID-Bench (Li et al.,
        # ICDE 2022) and MOON (CVPR 2021) report 0.01 as FedProx's best value on CIFAR-10.
        mu: float = 0.01

        def __post_init__(self) -> None:
            if self.mu < 0:
                raise ConfigError(f"fedprox: mu must be >= 0, but got mu={self.mu}")

    hp: Hparams

    def loss(self, ctx: ClientContext, batch: Batch) -> torch.Tensor:
        return super().loss(ctx, batch) + 0.5 * self.hp.mu * proximal_term(ctx.model, ctx.global_params)
