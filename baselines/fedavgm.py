"""FedAvgM (Hsu, Qi and Brown, 2019): FedAvg with server momentum.

The server treats ``Delta = x - mean_w(y_i)`` (sample-weighted, as FedAvg) as a pseudo-gradient::

    v <- beta * v + Delta,      x <- x - eta * v

Momentum 0 and server lr 1 is exactly FedAvg. Buffers (BatchNorm statistics) are the weighted mean.
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


class FedAvgM(Method):
    """FedAvg whose server step goes through heavy-ball momentum."""

    name = "fedavgm"
    summary = "server momentum on the averaged update (pseudo-gradient)"
    paper = "Hsu, Qi and Brown, Measuring the Effects of Non-Identical Data Distribution for FL, arXiv 2019"

    @dataclass(frozen=True)
    class Hparams:
        # Server momentum beta: 0.9, the value Hsu et al. single out and Reddi et al. (ICLR 2021) fix.
        momentum: float = 0.9
        # Server learning rate eta: 1.0 = FedAvg's own step size, so momentum is the only change.
        server_lr: float = 1.0

        def __post_init__(self) -> None:
            if not (0 <= self.momentum < 1 and self.server_lr > 0):
                raise ConfigError(
                    "fedavgm: 0 <= momentum < 1 and server_lr > 0 must hold, but got "
                    f"momentum={self.momentum}, server_lr={self.server_lr}"
                )

    hp: Hparams

    def init_state(self, global_params: State, num_clients: int) -> dict[str, State]:
        return {"v": {k: torch.zeros_like(v, dtype=torch.float64) for k, v in global_params.items()
                      if v.is_floating_point()}}

    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        beta, eta = self.hp.momentum, self.hp.server_lr
        avg = weighted_mean([u.params for u in updates], [u.num_samples for u in updates])
        keys = trainable_keys(global_params, updates)
        new, v = dict(avg), dict(server_state["v"])
        for k in keys:
            a = avg[k].to(torch.float64)
            delta = global_params[k].to(torch.float64) - a
            v[k] = beta * v[k] + delta
            # x - eta * v written as avg - (eta * v - delta): momentum 0, lr 1 gives avg bit for bit.
            new[k] = (a - (eta * v[k] - delta)).to(avg[k].dtype)
        if server is not None:
            server.log("step_norm", norm(server_delta(global_params, new, keys)))
        return new, {"v": v}
