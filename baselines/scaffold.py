"""SCAFFOLD (Karimireddy et al., ICML 2020): control variates correct client drift.

Server state: the model ``x`` and the server control variate ``c``; client ``i`` keeps its
own control variate ``c_i`` (zero at first). One round, as in the paper's Algorithm 1:

- every local step uses the corrected gradient ``g_i(y) + c - c_i`` (``after_backward``);
- after ``K`` local steps with client step size ``eta_l`` (the train config's ``lr``), option II
  sets ``c_i+ = c_i - c + (x - y_i) / (K * eta_l)`` and sends ``dy_i = y_i - x``, ``dc_i = c_i+ - c_i``;
- the server sets ``x <- x + eta_g * mean_S(dy_i)`` and ``c <- c + (1/N) * sum_S(dc_i)``, where
  ``S`` are the sampled clients and ``N`` all clients.

Control variates cover the trainable parameters; buffers (BatchNorm statistics) are averaged.
The paper's analysis uses plain SGD; with the train config's momentum and weight decay the
correction is added to the gradient before the optimiser. With heavy-ball momentum ``beta`` a
step moves the weights by about ``eta_l / (1 - beta)`` times the gradient, so option II divides
by the effective step ``K * eta_l / (1 - beta)``: otherwise ``c_i`` comes out ``1 / (1 - beta)``
times too large (10x at beta = 0.9) and the corrected steps diverge (seen on CIFAR-10,
Dirichlet 0.5, round 7). With ``beta = 0`` this is exactly the paper's formula.

NIID-Bench (whose published table ``benchmarks/niid_bench.py`` checks against) does it the other
way round: after each optimiser step it subtracts ``eta_l * (c - c_i)`` from the weights, outside
the momentum, and divides by ``K * eta_l``, so its ``c_i`` estimate the momentum-amplified
gradient. Once the momentum buffer has settled both move the weights by the same
``eta_l * (g_mean - g_i) / (1 - beta)`` per step; they differ in the first steps of a round.
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
from fblbench.server import ServerRound, norm, server_delta

DELTA_C = "scaffold_delta_c"  # ClientUpdate.extras key of dc_i


class Scaffold(Method):
    """SCAFFOLD with option II control variates and a server step size."""

    name = "scaffold"
    summary = "control variates c, c_i correct every local gradient by c - c_i (option II update)"
    paper = "Karimireddy et al., SCAFFOLD: Stochastic Controlled Averaging for FL, ICML 2020"

    @dataclass(frozen=True)
    class Hparams:
        # Global step size eta_g. The paper's experiments use eta_g = 1 (plain averaging of y_i).
        server_lr: float = 1.0

        def __post_init__(self) -> None:
            if self.server_lr <= 0:
                raise ConfigError(f"scaffold: server_lr must be > 0, but got server_lr={self.server_lr}")

    hp: Hparams

    def init_state(self, global_params: State, num_clients: int) -> dict[str, Any]:
        return {"c": zeros_like_state(global_params), "num_clients": num_clients}

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        params = {n: p for n, p in ctx.model.named_parameters() if p.requires_grad}
        c: State = ctx.server_state["c"]
        c_i: State | None = ctx.state.get("c_i")
        if c_i is None:  # c_i starts at zero (the paper's initialisation)
            c_i = {n: torch.zeros_like(p) for n, p in params.items()}
        correction = {n: c[n] - c_i[n] for n in params}

        def after_backward() -> None:
            for n, p in params.items():
                if p.grad is None:  # a parameter the loss did not reach still gets c - c_i
                    p.grad = correction[n].clone()
                else:
                    p.grad.add_(correction[n])

        result = ctx.train(after_backward=after_backward)
        x = ctx.global_params
        with torch.no_grad():
            if result.steps > 0:
                scale = (1.0 - ctx.train_cfg.momentum) / (result.steps * ctx.lr)
                c_new = {n: c_i[n] - c[n] + (x[n] - p) * scale for n, p in params.items()}
            else:  # no local step (empty client): nothing learned, c_i unchanged
                c_new = {n: v.clone() for n, v in c_i.items()}
        ctx.state["c_i"] = c_new
        return ctx.update(result, extras={DELTA_C: {n: c_new[n] - c_i[n] for n in params}})

    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        # The paper averages uniformly over the sampled clients: x + eta_g * (1/|S|) sum (y_i - x).
        avg = weighted_mean([u.params for u in updates], [1.0] * len(updates))
        new = dict(avg)
        server_lr = self.hp.server_lr
        # Only trainable parameters take the server step; buffers (BatchNorm running
        # statistics) are the plain average: extrapolating a running variance can make it < 0.
        trainable = set(updates[0].param_names) or set(updates[0].extras[DELTA_C])
        for k, x in global_params.items():
            if k in trainable and x.is_floating_point():
                # == x + server_lr * (avg - x), written so that server_lr = 1 gives the average exactly.
                new[k] = avg[k] + (server_lr - 1.0) * (avg[k] - x)
        n_all = server_state["num_clients"]
        c = dict(server_state["c"])
        for k in updates[0].extras[DELTA_C]:
            c[k] = c[k] + sum(u.extras[DELTA_C][k] for u in updates) / n_all
        if server is not None:
            server.log("c_norm", norm(c))
            server.log("step_norm", norm(server_delta(global_params, new, sorted(trainable))))
        return new, {"c": c, "num_clients": n_all}
