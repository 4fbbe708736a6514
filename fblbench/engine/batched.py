"""Every selected client of a round trained at once: ``vmap`` over stacked client weights.

For methods whose client side is FedAvg's (neither ``local_update`` nor ``loss`` is
overridden: FedAvg, FedAvgM, FedAdam, ...), one round of :meth:`ClientContext.train`
per client is the same computation for every client, on different data. This module
runs it as one computation over a leading client axis (``torch.func``:
``functional_call`` + ``grad_and_value`` + ``vmap``), so a GPU sees one large batch of
work per step instead of one small model at a time.

It reproduces the sequential loop step for step: each client's generator is seeded as
the round loop seeds its :class:`ClientContext`, draws one ``randperm`` per epoch, drops
tails shorter than the minimum batch, and takes ``torch.optim.SGD``'s step (weight decay
added to the gradient, momentum buffer = first step's direction). Clients of unequal
size are padded and masked: a partial batch's loss is the mean over its valid rows, and
a client whose batches are used up does not move. Models with BatchNorm are not batched
(padding would enter the batch statistics); they train sequentially.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import torch
import torch.nn.functional as F
from torch.func import functional_call, grad_and_value, vmap

from fblbench.config import TrainConfig
from fblbench.engine.aggregate import State
from fblbench.engine.client import ClientUpdate, LocalData, has_batchnorm
from fblbench.errors import ConfigError, DivergedError
from fblbench.method import Method
from fblbench.models import FLModel

BatchClients = Literal["auto", "on", "off"]


def batching_blocker(method: Method, model: FLModel) -> str | None:
    """Why the round's clients cannot be trained at once, or ``None`` when they can."""
    cls = type(method)
    overridden = [h for h in ("local_update", "loss") if getattr(cls, h) is not getattr(Method, h)]
    if overridden:
        return f"method {method.name!r} overrides {' and '.join(overridden)} (only FedAvg's client side is batched)"
    if has_batchnorm(model):
        return "the model has BatchNorm layers (padded rows would enter the batch statistics)"
    return None


def use_batched(method: Method, model: FLModel, train: TrainConfig, device: torch.device) -> bool:
    """Resolve ``train.batch_clients`` for this method, model and device.

    ``auto`` batches only on CUDA: on CPU, ``vmap``'s grouped convolutions were slower than
    one client at a time (``benchmarks/batched_clients.py``).
    """
    if train.batch_clients == "off":
        return False
    reason = batching_blocker(method, model)
    if train.batch_clients == "on":
        if reason is not None:
            raise ConfigError(f"batch_clients='on' cannot train this run's clients at once: {reason}; "
                              "use batch_clients='auto' (falls back to one client at a time) or 'off'")
        return True
    return reason is None and device.type == "cuda"


def _plan(n: int, seed: int, epochs: int, batch_size: int, min_batch: int, device: torch.device) -> list[torch.Tensor]:
    """The index batches of one client's round, in the order :meth:`ClientContext.train` draws them."""
    gen = torch.Generator().manual_seed(seed)
    batches: list[torch.Tensor] = []
    for _ in range(epochs):
        perm = torch.randperm(n, generator=gen).to(device)
        batches.extend(idx for s in range(0, n, batch_size) if len(idx := perm[s : s + batch_size]) >= min_batch)
    return batches


def train_round(
    model: FLModel,
    global_params: Mapping[str, torch.Tensor],
    clients: Sequence[LocalData],
    client_ids: Sequence[int],
    seeds: Sequence[int],
    round_idx: int,
    train: TrainConfig,
) -> list[ClientUpdate]:
    """Train ``clients`` from ``global_params`` together; one :class:`ClientUpdate` each, in order.

    ``seeds[i]`` is the seed the sequential loop gives client ``client_ids[i]``'s context.
    """
    if not (len(clients) == len(client_ids) == len(seeds) >= 1):
        raise ValueError(f"need >= 1 client and one id and seed each, but got {len(clients)}, "
                         f"{len(client_ids)}, {len(seeds)}")
    num, bs = len(clients), train.batch_size
    device = clients[0].y.device
    min_batch = 2 if has_batchnorm(model) else 1
    plans = [_plan(len(d), s, train.local_epochs, bs, min_batch, device) for d, s in zip(clients, seeds, strict=True)]
    num_steps = max(len(p) for p in plans)
    # sizes[t, i]: rows of client i's batch at step t (0 = it has no batch left).
    sizes_host = torch.tensor([[len(p[t]) if t < len(p) else 0 for p in plans] for t in range(num_steps)])
    all_active = (sizes_host > 0).all(dim=1).tolist()
    sizes = sizes_host.to(device)
    rows = torch.arange(bs, device=device)

    names = [n for n, p in model.named_parameters() if p.requires_grad]
    params = {n: torch.stack([global_params[n].detach()] * num).contiguous() for n in names}
    # Buffers and frozen parameters are the same for every client (no BatchNorm here).
    fixed = {k: v for k, v in global_params.items() if k not in params}
    bufs = {n: torch.zeros_like(p) for n, p in params.items()} if train.momentum else {}

    def client_loss(p: State, x: torch.Tensor, y: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        logits = functional_call(model, {**p, **fixed}, (x,))
        return (F.cross_entropy(logits, y, reduction="none") * w).sum() / w.sum().clamp_min(1.0)

    step = vmap(grad_and_value(client_loss))
    model.train()
    xs: torch.Tensor | None = None
    ys = torch.zeros(num, bs, dtype=torch.long, device=device)
    loss_sum = torch.zeros(num, dtype=torch.float64, device=device)
    for t in range(num_steps):
        for i, (data, plan) in enumerate(zip(clients, plans, strict=True)):
            if t < len(plan):
                batch = data.batch(plan[t])
                if xs is None:
                    xs = torch.zeros(num, bs, *batch.x.shape[1:], dtype=batch.x.dtype, device=device)
                xs[i, : len(batch.y)] = batch.x
                ys[i, : len(batch.y)] = batch.y
        assert xs is not None  # the longest plan has a batch at every step, so at step 0
        counts = sizes[t]
        weights = (rows < counts[:, None]).to(xs.dtype)
        grads, losses = step(params, xs, ys, weights)
        loss_sum += (losses.detach() * counts.to(losses.dtype)).double()
        active = None if all_active[t] else counts > 0
        with torch.no_grad():
            for n in names:
                p, d = params[n], grads[n]
                if train.weight_decay:
                    d = d.add(p, alpha=train.weight_decay)
                if train.momentum:
                    d = bufs[n].mul(train.momentum).add_(d)
                new = p.add(d, alpha=-train.lr)
                if active is None:
                    params[n] = new
                    if train.momentum:
                        bufs[n] = d
                else:
                    keep = active.view(-1, *[1] * (p.dim() - 1))
                    params[n] = torch.where(keep, new, p)
                    if train.momentum:
                        bufs[n] = torch.where(keep, d, bufs[n])
    return _updates(global_params, params, plans, loss_sum, clients, client_ids, round_idx, train)


def _updates(
    global_params: Mapping[str, torch.Tensor],
    params: State,
    plans: Sequence[Sequence[torch.Tensor]],
    loss_sum: torch.Tensor,
    clients: Sequence[LocalData],
    client_ids: Sequence[int],
    round_idx: int,
    train: TrainConfig,
) -> list[ClientUpdate]:
    """Package each client's slice of the stacked weights as :meth:`ClientContext.update` does."""
    losses = loss_sum.cpu()
    for i, k in enumerate(client_ids):
        if not torch.isfinite(losses[i]):
            raise DivergedError(
                f"client {k}, round {round_idx + 1}: the training loss became "
                f"non-finite (lr={train.lr}); lower the learning rate"
            )
    names = tuple(params)
    out: list[ClientUpdate] = []
    for i, k in enumerate(client_ids):
        seen = sum(len(b) for b in plans[i])
        state = {key: (params[key][i] if key in params else v.detach()).clone() for key, v in global_params.items()}
        out.append(ClientUpdate(
            client_id=k,
            params=state,
            num_samples=len(clients[i]),
            num_steps=len(plans[i]),
            train_loss=float(losses[i]) / max(seen, 1),
            param_names=names,
        ))
    return out
