"""FedLC (Zhang et al., ICML 2022): logit calibration against label distribution skew.

During local training the logit of class ``y`` is shifted by ``-tau * n_y^(-1/4)``, where
``n_y`` counts class ``y`` in the client's training data, and the loss is the softmax
cross-entropy of the calibrated logits. Rare classes are pushed down more in training, so
the model is not biased against them at inference (which uses the raw logits). A class the
client does not hold (``n_y = 0``) has an infinite shift: it drops out of the softmax and its
logit gets no gradient, the limit of the formula. Aggregation is FedAvg's.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from fblbench.engine.client import Batch, ClientContext
from fblbench.errors import ConfigError
from fblbench.method import Method


def calibrated_logits(logits: torch.Tensor, counts: torch.Tensor, tau: float) -> torch.Tensor:
    """``logits - tau * counts^(-1/4)`` per class; absent classes (count 0) become ``-inf``."""
    if tau == 0:
        return logits
    counts = counts.to(logits.dtype)
    shift = torch.where(counts > 0, tau * counts.clamp(min=1).pow(-0.25), torch.full_like(counts, float("inf")))
    return logits - shift


class FedLC(Method):
    """FedLC: cross-entropy of label-frequency-calibrated logits."""

    name = "fedlc"
    summary = "local loss on logits shifted by -tau * n_y^(-1/4) (client label counts n_y)"
    paper = "Zhang et al., Federated Learning with Label Distribution Skew via Logits Calibration, ICML 2022"

    @dataclass(frozen=True)
    class Hparams:
        # Calibration strength. The paper tunes it; 1.0 is the default of the common reimplementations
        # (FL-bench), i.e. the bare n_y^(-1/4) shift.
        tau: float = 1.0

        def __post_init__(self) -> None:
            if self.tau < 0:
                raise ConfigError(f"fedlc: tau must be >= 0, but got tau={self.tau}")

    hp: Hparams

    def loss(self, ctx: ClientContext, batch: Batch) -> torch.Tensor:
        # Counts of the data being trained on (cheap next to a forward pass; FBL may swap ctx.data).
        counts = torch.bincount(ctx.data.y, minlength=ctx.num_classes)
        logits = ctx.forward(batch)[1]
        return F.cross_entropy(calibrated_logits(logits, counts, self.hp.tau), batch.y)
