"""Every selected client of a round trained at once: ``vmap`` over stacked client weights.

For methods whose client side is FedAvg's (neither ``local_update`` nor ``loss`` is
overridden: FedAvg, FedAvgM, FedAdam, ...), one round of :meth:`ClientContext.train`
per client is the same computation for every client, on different data. This module
runs it as one computation over a leading client axis (``torch.func``:
``functional_call`` + ``grad_and_value`` + ``vmap``), so a GPU sees one large batch of
work per step instead of one small model at a time.

It reproduces the sequential loop step for step: each client's generator is seeded as
the round loop seeds its :class:`ClientContext`, draws one ``randperm`` per epoch, drops
tails shorter than the minimum batch, augments each batch from the client's own
augmentation stream (the same draws, applied to all members' batches at once), and takes
``torch.optim.SGD``'s step (weight decay added to the gradient, momentum buffer = first
step's direction). At each step, the clients whose batches have the same size run together
(no padding, so BatchNorm batch statistics and each client's running statistics are exact);
a client whose batches are used up waits, unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import torch
import torch.nn.functional as F
from torch.func import functional_call, grad_and_value, vmap

from fblbench.config import TrainConfig
from fblbench.engine.aggregate import State
from fblbench.engine.augment import apply_augment, augment_seed, draw_augment
from fblbench.engine.client import ClientUpdate, LocalData, has_batchnorm
from fblbench.errors import ConfigError, DivergedError
from fblbench.method import Method
from fblbench.models import FLModel


def batching_blocker(method: Method) -> str | None:
    """Why the round's clients cannot be trained at once, or ``None`` when they can."""
    cls = type(method)
    overridden = [h for h in ("local_update", "loss") if getattr(cls, h) is not getattr(Method, h)]
    if overridden:
        return f"method {method.name!r} overrides {' and '.join(overridden)} (only FedAvg's client side is batched)"
    return None


def device_blocker(model: torch.nn.Module, device: torch.device) -> str | None:
    """Why this model cannot be batched on this device, or ``None``."""
    if device.type == "cuda" and has_batchnorm(model):
        return ("the model has BatchNorm and the device is CUDA, where torch's vmap refused cuDNN's "
                "BatchNorm (ResNet-18 on an H200: 'Tensor.clone(memory_format) inside vmap', "
                "benchmarks/results/gpu_session_2026-12-04a.md)")
    return None


def use_batched(method: Method, train: TrainConfig, device: torch.device, model: torch.nn.Module) -> bool:
    """Resolve ``train.batch_clients`` for this method, model and device.

    ``auto`` batches only on CUDA: on CPU, ``vmap``'s grouped convolutions were slower than
    one client at a time (``benchmarks/batched_clients.py``).
    """
    if train.batch_clients == "off":
        return False
    reason = batching_blocker(method) or device_blocker(model, device)
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
    # Each client's augmentation stream, seeded as ClientContext seeds it.
    aug = train.augment
    aug_gens = [torch.Generator().manual_seed(augment_seed(s)) for s in seeds] if aug != "none" else []
    names = [n for n, p in model.named_parameters() if p.requires_grad]
    # Per client: trainable parameters, their momentum buffers and the module buffers
    # (BatchNorm running statistics, updated in place by the forward pass).
    # Stacked in the standard layout, as are the inputs (_inputs). On the H200 the simple CNN
    # batched 3.1-3.4x with channels_last stacks and 4.0-4.6x with these (one call each, not a
    # controlled comparison); it did not make BatchNorm work under vmap there (device_blocker).
    params = {n: torch.stack([global_params[n].detach()] * num).contiguous() for n in names}
    bufs = {n: torch.zeros_like(p) for n, p in params.items()} if train.momentum else {}
    buffers = {n: torch.stack([global_params[n].detach()] * num).contiguous() for n, _ in model.named_buffers()}
    fixed = {k: v for k, v in global_params.items() if k not in params and k not in buffers}

    def client_loss(p: State, b: State, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return F.cross_entropy(functional_call(model, {**p, **b, **fixed}, (x,)), y)

    step = vmap(grad_and_value(client_loss))
    model.train()
    loss_sum = torch.zeros(num, dtype=torch.float64, device=device)
    for t in range(max(len(p) for p in plans)):
        # Clients whose step-t batches have the same size run together; the others wait.
        groups: dict[int, list[int]] = {}
        for i, plan in enumerate(plans):
            if t < len(plan):
                groups.setdefault(len(plan[t]), []).append(i)
        for size, members in groups.items():
            batches = [clients[i].batch(plans[i][t]) for i in members]
            gens = [aug_gens[i] for i in members] if aug_gens else []
            x, y = _inputs([b.x for b in batches], gens, aug), torch.stack([b.y for b in batches])
            rows = None if len(members) == num else torch.tensor(members, device=device)
            p, m, b = _take(params, rows), _take(bufs, rows), _take(buffers, rows)
            grads, losses = step(p, b, x, y)  # b: the members' buffers, updated in place
            new_p, new_m = _sgd(p, m, grads, train, train.lr_at(round_idx))
            params, bufs, buffers = _put(params, new_p, rows), _put(bufs, new_m, rows), _put(buffers, b, rows)
            contrib = (losses.detach() * size).double()
            if rows is None:
                loss_sum += contrib
            else:
                loss_sum.index_add_(0, rows, contrib)
    state = {**params, **buffers}
    return _updates(global_params, state, names, plans, loss_sum, clients, client_ids, round_idx, train)


def _inputs(xs: list[torch.Tensor], gens: list[torch.Generator], kind: str) -> torch.Tensor:
    """The members' input batches stacked [M,B,...] in the standard layout, each augmented from
    its own generator."""
    if not gens:
        return torch.stack(xs).contiguous()
    draws = [draw_augment(len(x), kind, g) for x, g in zip(xs, gens, strict=True)]
    flat = apply_augment(torch.cat(xs), kind, torch.cat([d[0] for d in draws], 1), torch.cat([d[1] for d in draws], 1))
    return flat.reshape(len(xs), len(xs[0]), *flat.shape[1:]).contiguous()


def _take(stacked: State, rows: torch.Tensor | None) -> State:
    """The slices ``rows`` (``None`` = all, no copy) of every stacked tensor."""
    return stacked if rows is None else {k: v.index_select(0, rows) for k, v in stacked.items()}


def _put(stacked: State, part: State, rows: torch.Tensor | None) -> State:
    """``stacked`` with slices ``rows`` replaced by ``part`` (``rows=None``: ``part`` is the whole)."""
    if rows is None:
        return part
    for k, v in part.items():
        stacked[k].index_copy_(0, rows, v)
    return stacked


@torch.no_grad()
def _sgd(params: State, momenta: State, grads: State, train: TrainConfig, lr: float) -> tuple[State, State]:
    """One ``torch.optim.SGD`` step (dampening 0, no Nesterov), out of place: (params, momenta),
    each client's gradient first clipped to ``train.clip_grad_norm`` when set."""
    new_p: State = {}
    new_m: State = {}
    scale = None
    if train.clip_grad_norm:  # per client, as torch.nn.utils.clip_grad_norm_ scales one client's gradient
        norm = torch.stack([g.flatten(1).pow(2).sum(1) for g in grads.values()]).sum(0).sqrt()
        scale = (train.clip_grad_norm / (norm + 1e-6)).clamp(max=1.0)
    for n, p in params.items():
        d = grads[n] if scale is None else grads[n] * scale.view(-1, *[1] * (grads[n].dim() - 1))
        if train.weight_decay:
            d = d.add(p, alpha=train.weight_decay)
        if train.momentum:
            # The first step's buffer is d itself: momentum * 0 + d, exactly.
            d = new_m[n] = momenta[n].mul(train.momentum).add_(d)
        new_p[n] = p.add(d, alpha=-lr)
    return new_p, new_m


def _updates(
    global_params: Mapping[str, torch.Tensor],
    stacked: State,
    names: Sequence[str],
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
                f"non-finite (lr={train.lr_at(round_idx)}); lower the learning rate or clip the gradients (--clip-grad-norm)"
            )
    out: list[ClientUpdate] = []
    for i, k in enumerate(client_ids):
        seen = sum(len(b) for b in plans[i])
        state = {key: (stacked[key][i] if key in stacked else v.detach()).clone() for key, v in global_params.items()}
        out.append(ClientUpdate(
            client_id=k,
            params=state,
            num_samples=len(clients[i]),
            num_steps=len(plans[i]),
            train_loss=float(losses[i]) / max(seen, 1),
            param_names=tuple(names),
        ))
    return out
