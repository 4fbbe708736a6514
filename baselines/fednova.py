"""FedNova (Wang et al., NeurIPS 2020): normalised averaging removes objective inconsistency.

Clients that take more local steps move further; FedAvg's plain average then optimises a
skewed objective. FedNova normalises each client's change by its ``||a_i||_1`` and rescales
by the effective step count ``tau_eff``::

    d_i     = (x - y_i) / ||a_i||_1
    x_new   = x - tau_eff * sum_i p_i d_i,    tau_eff = sum_i p_i ||a_i||_1,   p_i = n_i / sum n

For local SGD with momentum ``rho`` over ``tau_i`` steps (the paper's Section 4 / Appendix)::

    ||a_i||_1 = (tau_i - rho * (1 - rho^tau_i) / (1 - rho)) / (1 - rho)     (= tau_i when rho = 0)

``tau_i`` is the update's ``num_steps``; ``rho`` is the train config's momentum, which each
client reports in its update's extras. Buffers (BatchNorm statistics) are the weighted mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from fblbench.engine.aggregate import State, weighted_mean
from fblbench.engine.client import ClientContext, ClientUpdate
from fblbench.method import Method, NoHparams
from fblbench.server import ServerRound, trainable_keys

MOMENTUM = "fednova_momentum"  # ClientUpdate.extras key: the local optimiser's momentum


def a_norm(steps: int, momentum: float) -> float:
    """``||a_i||_1`` of ``steps`` local SGD steps with heavy-ball ``momentum``."""
    if momentum == 0.0:
        return float(steps)
    rho = momentum
    return (steps - rho * (1.0 - rho**steps) / (1.0 - rho)) / (1.0 - rho)


class FedNova(Method):
    """FedNova: every client's update normalised by its local step count (momentum-aware)."""

    name = "fednova"
    summary = "aggregation normalises each client's update by its number of local steps"
    paper = "Wang et al., Tackling the Objective Inconsistency Problem in Heterogeneous FL, NeurIPS 2020"
    # No hyperparameters of its own: the step counts and momentum come from the local training.
    Hparams = NoHparams

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        update = super().local_update(ctx)
        update.extras[MOMENTUM] = ctx.train_cfg.momentum
        return update

    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        weights = [u.num_samples for u in updates]
        new = weighted_mean([u.params for u in updates], weights)  # buffers (and integer entries)
        total = float(sum(weights))
        p = [w / total for w in weights]
        norms = []
        for u in updates:
            if MOMENTUM not in u.extras:
                raise ValueError(
                    f"fednova: the update of client {u.client_id} has no extras[{MOMENTUM!r}]; "
                    "FedNova.local_update must run on every client"
                )
            norms.append(a_norm(u.num_steps, float(u.extras[MOMENTUM])))
        tau_eff = sum(pi * a for pi, a in zip(p, norms, strict=True))
        keys = trainable_keys(global_params, updates)
        for k in keys:
            x = global_params[k].to(torch.float64)
            d = torch.zeros_like(x)
            for pi, a, u in zip(p, norms, updates, strict=True):
                if a > 0:  # a client without a local step contributes no direction
                    d += (pi / a) * (x - u.params[k].to(torch.float64))
            new[k] = (x - tau_eff * d).to(global_params[k].dtype)
        if server is not None:
            server.log("tau_eff", tau_eff)
        return new, server_state
