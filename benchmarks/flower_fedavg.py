"""The workload of engine_vs_flower.py and its Flower side (flwr 1.42 Message API).

``workload`` is THE configuration both sides train (EuroSAT 32 px, 10 clients, Dirichlet
0.1, simple CNN, SGD lr 0.01 momentum 0.9 wd 1e-5, batch 64, 1 local epoch, all clients
every round, validation every round, test at the last round). The Flower side is a
``ClientApp`` whose ``train`` runs the engine's local SGD loop (same model, same
initialisation, same seeded batch order as ``fblbench.engine.client.ClientContext.train``)
on ``fed.clients[partition-id]``, and a ``ServerApp`` running
``flwr.serverapp.strategy.FedAvg`` (sample-weighted mean of the full state dicts) with
a centralised ``evaluate_fn`` (fblbench's ``evaluate`` on the validation split every round,
the test split at the last round), so both sides do the same computation.

This module is imported by the Ray workers too (the benchmark puts ``benchmarks/`` on their
PYTHONPATH), so ``train_client`` is found by name; flwr is imported inside the functions,
so that the fblbench side of the benchmark never imports it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import torch
import torch.nn.functional as F

from fblbench.config import DataConfig, TrainConfig, build_configs
from fblbench.engine.client import LocalData, evaluate, has_batchnorm
from fblbench.engine.loop import Federation, build_federation, derive_seed
from fblbench.models import FLModel, build_model

if TYPE_CHECKING:
    from flwr.app import Context, Message
    from flwr.clientapp import ClientApp
    from flwr.serverapp import Grid, ServerApp

NUM_CLIENTS = 10


def workload(rounds: int, seed: int = 0, max_train: int | None = None) -> tuple[DataConfig, TrainConfig]:
    """The FedAvg workload of both sides (``max_train``: a stratified cap, for quick checks only)."""
    return build_configs(
        "cpu", dataset="eurosat", resolution=32, rounds=rounds, device="cpu", threads=1,
        partition="dirichlet", alpha=0.1, num_clients=NUM_CLIENTS, test_every=rounds, seed=seed,
        max_train=max_train,
        # The Flower client is plain SGD: no augmentation, one epoch, a constant lr on both sides.
        local_epochs=1, augment="none", lr_schedule="constant",
    )


# Per process (the driver, each Ray worker): the federation and a model to load weights into.
_CACHE: dict[tuple[DataConfig, TrainConfig], tuple[Federation, FLModel]] = {}


def federation(rounds: int, seed: int, max_train: int | None) -> tuple[Federation, FLModel, TrainConfig]:
    data_cfg, train = workload(rounds, seed, max_train)
    if (data_cfg, train) not in _CACHE:
        fed = build_federation(data_cfg, train)
        model = build_model(train.model, fed.num_classes, fed.splits.resolution, train.seed)
        if train.channels_last:  # as run_federated does
            model = model.to(memory_format=torch.channels_last)  # type: ignore[call-overload]
        _CACHE[data_cfg, train] = (fed, model)
    fed, model = _CACHE[data_cfg, train]
    return fed, model, train


def local_sgd(model: FLModel, data: LocalData, train: TrainConfig, seed: int) -> float:
    """The engine's local loop for FedAvg (ClientContext.train with the default loss): the
    same optimizer, the same seeded batch order; returns the mean training loss."""
    model.train()
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=train.lr,
                          momentum=train.momentum, weight_decay=train.weight_decay)
    gen = torch.Generator().manual_seed(seed)
    n, bs = len(data), train.batch_size
    min_batch = 2 if has_batchnorm(model) else 1
    loss_sum = torch.zeros((), dtype=torch.float64)
    seen = 0
    for _ in range(train.local_epochs):
        perm = torch.randperm(n, generator=gen)
        for start in range(0, n, bs):
            idx = perm[start : start + bs]
            if len(idx) < min_batch:
                continue
            batch = data.batch(idx)
            loss = F.cross_entropy(model(batch.x), batch.y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            loss_sum += loss.detach() * len(idx)
            seen += len(idx)
    return float(loss_sum) / max(seen, 1)


def train_client(msg: Message, context: Context) -> Message:
    """The ClientApp's ``train``: client ``partition-id`` trains one round from the global weights."""
    from flwr.app import ArrayRecord, Message, MetricRecord, RecordDict

    cfg = msg.content["config"]
    fed, model, train = federation(int(cfg["rounds"]), int(cfg["seed"]), int(cfg["max-train"]) or None)
    torch.set_num_threads(train.threads)
    k = int(context.node_config["partition-id"])
    r = int(cfg["server-round"]) - 1  # the engine's 0-based round index
    model.load_state_dict(msg.content["arrays"].to_torch_state_dict())
    data = fed.clients[k]
    loss = local_sgd(model, data, train, derive_seed("client", train.seed, r, k))
    reply = RecordDict({
        "arrays": ArrayRecord(model.state_dict()),
        "metrics": MetricRecord({"train_loss": loss, "num-examples": len(data)}),
    })
    return Message(content=reply, reply_to=msg)


def client_app() -> ClientApp:
    from flwr.clientapp import ClientApp

    app = ClientApp()
    app.train()(train_client)
    return app


def server_app(rounds: int, seed: int, max_train: int | None,
               mark: Callable[[], dict[str, float]], out: dict[str, Any]) -> ServerApp:
    """FedAvg over all NUM_CLIENTS clients every round, no client-side evaluation; the
    server evaluates like the engine. ``mark()`` is recorded before round 1 and after each
    round's evaluation (in ``out["marks"]``); the metrics go to ``out["rounds"]``."""
    from flwr.app import ArrayRecord, ConfigRecord, MetricRecord
    from flwr.serverapp import ServerApp
    from flwr.serverapp.strategy import FedAvg

    app = ServerApp()

    @app.main()
    def main(grid: Grid, context: Context) -> None:
        fed, model, train = federation(rounds, seed, max_train)
        initial = ArrayRecord(model.state_dict())
        out["marks"], out["rounds"] = [], []

        def evaluate_fn(server_round: int, arrays: ArrayRecord) -> MetricRecord | None:
            if server_round == 0:  # Flower would evaluate the initial weights; the engine does not
                out["marks"].append(mark())
                return None
            model.load_state_dict(arrays.to_torch_state_dict())
            metrics = dict(zip(("val_acc", "val_loss"), evaluate(model, fed.val), strict=True))
            if server_round % train.test_every == 0 or server_round == rounds:
                metrics.update(zip(("test_acc", "test_loss"), evaluate(model, fed.test), strict=True))
            out["marks"].append(mark())
            out["rounds"].append(metrics)
            return MetricRecord(metrics)

        strategy = FedAvg(fraction_train=1.0, fraction_evaluate=0.0, min_train_nodes=NUM_CLIENTS,
                          min_available_nodes=NUM_CLIENTS)
        strategy.start(
            grid=grid, initial_arrays=initial, num_rounds=rounds,
            train_config=ConfigRecord({"rounds": rounds, "seed": seed, "max-train": max_train or 0}),
            evaluate_fn=evaluate_fn,
        )
        out["done"] = time.time()

    return app
