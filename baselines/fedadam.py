"""FedAdam (Reddi et al., ICLR 2021, Adaptive Federated Optimization, Algorithm 2).

With ``Delta = mean_w(y_i) - x`` (sample-weighted, as FedAvg) the server runs Adam without
bias correction, ``v`` starting at ``tau^2``::

    m <- beta1 * m + (1 - beta1) * Delta
    v <- beta2 * v + (1 - beta2) * Delta^2
    x <- x + server_lr * m / (sqrt(v) + tau)

Buffers (BatchNorm statistics) are the weighted mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from fblbench.engine.aggregate import State, weighted_mean
from fblbench.engine.client import ClientUpdate
from fblbench.errors import ConfigError
from fblbench.method import Method
from fblbench.server import ServerRound, norm, server_delta, trainable_keys


class FedAdam(Method):
    """FedAvg whose server step is Adam on the averaged update."""

    name = "fedadam"
    summary = "server Adam on the averaged update (pseudo-gradient)"
    paper = "Reddi et al., Adaptive Federated Optimization, ICLR 2021"

    @dataclass(frozen=True)
    class Hparams:
        # Server learning rate: 10^-2, the paper's tuned FedAdam value for CIFAR-10 (grid 10^-3 .. 10^1).
        server_lr: float = 0.01
        # The paper fixes beta1 = 0.9 and beta2 = 0.99 in all experiments.
        beta1: float = 0.9
        beta2: float = 0.99
        # Adaptivity tau: 10^-3, the paper's default (its grid spans 10^-7 .. 10^-1).
        tau: float = 1e-3

        def __post_init__(self) -> None:
            if not (self.server_lr > 0 and 0 <= self.beta1 < 1 and 0 <= self.beta2 < 1 and self.tau > 0):
                raise ConfigError(
                    "fedadam: server_lr > 0, 0 <= beta1 < 1, 0 <= beta2 < 1 and tau > 0 must hold, but got "
                    f"server_lr={self.server_lr}, beta1={self.beta1}, beta2={self.beta2}, tau={self.tau}"
                )

    hp: Hparams

    def init_state(self, global_params: State, num_clients: int) -> dict[str, State]:
        floats = {k: v for k, v in global_params.items() if v.is_floating_point()}
        return {
            "m": {k: torch.zeros_like(v, dtype=torch.float64) for k, v in floats.items()},
            "v": {k: torch.full_like(v, self.hp.tau**2, dtype=torch.float64) for k, v in floats.items()},
        }

    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        hp = self.hp
        avg = weighted_mean([u.params for u in updates], [u.num_samples for u in updates])
        keys = trainable_keys(global_params, updates)
        new, m, v = dict(avg), dict(server_state["m"]), dict(server_state["v"])
        for k in keys:
            x = global_params[k].to(torch.float64)
            delta = avg[k].to(torch.float64) - x
            m[k] = hp.beta1 * m[k] + (1 - hp.beta1) * delta
            v[k] = hp.beta2 * v[k] + (1 - hp.beta2) * delta**2
            new[k] = (x + hp.server_lr * m[k] / (v[k].sqrt() + hp.tau)).to(global_params[k].dtype)
        if server is not None:
            server.log("step_norm", norm(server_delta(global_params, new, keys)))
        return new, {"m": m, "v": v}
