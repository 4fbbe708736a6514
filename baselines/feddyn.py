"""FedDyn (Acar et al., ICLR 2021): federated learning with dynamic regularisation.

Client ``k`` keeps ``g_k`` (its previous local gradient, zero at first) and at round ``t`` minimises::

    L_k(theta) - <g_k, theta> + alpha/2 * ||theta - theta^{t-1}||^2

so every local gradient gets ``-g_k + alpha * (theta - theta^{t-1})`` (added in ``after_backward``).
After training, ``g_k <- g_k - alpha * (theta_k - theta^{t-1})`` (the first-order condition).
The server keeps ``h`` (zero at first), with ``m`` all clients and ``P`` the sampled ones::

    h     <- h - alpha * (1/m) * sum_P (theta_k - theta^{t-1})
    theta <- (1/|P|) * sum_P theta_k - h / alpha

Both act on the trainable parameters; buffers (BatchNorm statistics) are the plain average.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from fblbench.engine.aggregate import State, weighted_mean, zeros_like_state
from fblbench.engine.client import ClientContext, ClientUpdate
from fblbench.errors import ConfigError
from fblbench.method import Method
from fblbench.server import ServerRound, norm, trainable_keys

GRAD = "feddyn_grad"  # ctx.state key of the client's g_k


class FedDyn(Method):
    """FedDyn: a linear and a quadratic term make the local optima consistent with the global one."""

    name = "feddyn"
    summary = "local loss - <g_k, w> + alpha/2 ||w - w_global||^2; server corrects the mean by h/alpha"
    paper = "Acar et al., Federated Learning Based on Dynamic Regularization, ICLR 2021"

    @dataclass(frozen=True)
    class Hparams:
        # Regularisation weight. The paper searches {0.1, 0.01, 0.001}; 0.01 is its CIFAR-10 code's value.
        alpha: float = 0.01

        def __post_init__(self) -> None:
            if self.alpha <= 0:
                raise ConfigError(f"feddyn: alpha must be > 0, but got alpha={self.alpha}")

    hp: Hparams

    def init_state(self, global_params: State, num_clients: int) -> dict[str, Any]:
        return {"h": zeros_like_state(global_params), "num_clients": num_clients}

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        alpha = self.hp.alpha
        params = {n: p for n, p in ctx.model.named_parameters() if p.requires_grad}
        prev = ctx.global_params
        g_k: State | None = ctx.state.get(GRAD)
        if g_k is None:
            g_k = {n: torch.zeros_like(p) for n, p in params.items()}

        def after_backward() -> None:
            # Gradient of -<g_k, theta> + alpha/2 ||theta - theta^{t-1}||^2.
            for n, p in params.items():
                extra = alpha * (p.detach() - prev[n]) - g_k[n]
                if p.grad is None:
                    p.grad = extra
                else:
                    p.grad.add_(extra)

        result = ctx.train(after_backward=after_backward)
        with torch.no_grad():
            ctx.state[GRAD] = {n: g_k[n] - alpha * (p - prev[n]) for n, p in params.items()}
        return ctx.update(result)

    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        alpha, m = self.hp.alpha, server_state["num_clients"]
        keys = trainable_keys(global_params, updates)
        h = dict(server_state["h"])
        avg = weighted_mean([u.params for u in updates], [1.0] * len(updates))  # (1/|P|) sum_P theta_k
        new = dict(avg)
        for k in keys:
            drift = sum((u.params[k] - global_params[k] for u in updates), torch.zeros_like(h[k]))
            h[k] = h[k] - (alpha / m) * drift
            new[k] = avg[k] - h[k] / alpha
        if server is not None:
            server.log("h_norm", norm(h, keys))
        return new, {"h": h, "num_clients": m}
