"""The reference the engine is measured against: the smallest correct FedAvg in plain PyTorch.

Load the global weights -> SGD over the client's data in the same seeded order the engine
uses -> sample-weighted average of the full state dicts -> evaluate on the validation split
every round and on the test split at the engine's cadence (``train.test_every`` and the last
round), so evaluation is counted the same way on both sides. A plain loop normalises every
client's images once, up front (float copies). Shared by engine_vs_plain.py and
cuda_check.py so both measure the engine against the same loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import torch
import torch.nn.functional as F

from fblbench.config import TrainConfig
from fblbench.engine.aggregate import weighted_mean
from fblbench.engine.loop import Federation, derive_seed
from fblbench.models import build_model


@torch.no_grad()
def _accuracy(model: torch.nn.Module, x: torch.Tensor, y: torch.Tensor) -> float:
    model.eval()
    correct = sum(int((model(x[s : s + 1024]).argmax(1) == y[s : s + 1024]).sum()) for s in range(0, len(y), 1024))
    model.train()
    return correct / max(len(y), 1)


def plain_fedavg_seconds(fed: Federation, train: TrainConfig, rounds: int,
                         sync: Callable[[], None] = lambda: None) -> float:
    """Wall seconds of ``rounds`` plain FedAvg rounds over every client, evaluation included."""
    model = build_model(train.model, fed.num_classes, fed.splits.resolution, train.seed).to(fed.device)
    model = model.to(memory_format=torch.channels_last)  # type: ignore[call-overload]
    state = {k: v.clone() for k, v in model.state_dict().items()}
    xs = [fed.normalize(c.images()) for c in fed.clients]
    val_x, test_x = fed.normalize(fed.val.images()), fed.normalize(fed.test.images())
    sync()
    t0 = time.perf_counter()
    for r in range(rounds):
        states = []
        for k, data in enumerate(fed.clients):
            model.load_state_dict(state)
            opt = torch.optim.SGD(model.parameters(), lr=train.lr, momentum=train.momentum,
                                  weight_decay=train.weight_decay)
            g = torch.Generator().manual_seed(derive_seed("client", train.seed, r, k))
            for _ in range(train.local_epochs):
                perm = torch.randperm(len(data), generator=g).to(fed.device)
                for s in range(0, len(data), train.batch_size):
                    idx = perm[s : s + train.batch_size]
                    loss = F.cross_entropy(model(xs[k][idx]), data.y[idx])
                    opt.zero_grad(set_to_none=True)
                    loss.backward()
                    opt.step()
            states.append({k2: v.clone() for k2, v in model.state_dict().items()})
        state = weighted_mean(states, [len(c) for c in fed.clients])
        model.load_state_dict(state)
        _accuracy(model, val_x, fed.val.y)
        if (r + 1) % train.test_every == 0 or r + 1 == rounds:
            _accuracy(model, test_x, fed.test.y)
    sync()
    return time.perf_counter() - t0
