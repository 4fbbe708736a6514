"""THE round loop: sample clients -> local update -> aggregate -> evaluate -> report."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import torch

from fblbench.config import DataConfig, TrainConfig
from fblbench.data.datasets import Splits, load_splits
from fblbench.data.partition import class_histograms, partition
from fblbench.engine.aggregate import State, clone_state
from fblbench.engine.batched import train_round, use_batched
from fblbench.engine.client import ClientContext, ClientUpdate, LocalData, evaluate
from fblbench.errors import ConfigError
from fblbench.method import Method
from fblbench.models import FLModel, build_model
from fblbench.runtime import auto_threads, deterministic_cuda
from fblbench.server import ServerRound, call_aggregate


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        dev = torch.device(name)
    except RuntimeError as e:
        raise ConfigError(f"device must be auto, cpu, cuda or cuda:N, but got {name!r}") from e
    if dev.type == "cuda" and not torch.cuda.is_available():
        raise ConfigError(f"device {name!r} was asked for but CUDA is not available; use --device cpu")
    return dev


def derive_seed(*parts: object) -> int:
    """A stable 63-bit seed from any printable parts (independent of PYTHONHASHSEED)."""
    digest = hashlib.sha256(repr(parts).encode()).digest()
    return int.from_bytes(digest[:8], "little") >> 1


@dataclass
class Federation:
    """The clients' data and the evaluation splits, on the device.

    Images stay uint8 (a quarter of float32's memory) in one tensor per split; each
    client indexes the shared training tensor, and every batch is normalised when drawn.
    """

    data_cfg: DataConfig
    splits: Splits
    parts: list[np.ndarray]
    clients: list[LocalData]
    val: LocalData
    test: LocalData
    histograms: np.ndarray
    device: torch.device
    channels_last: bool

    def __post_init__(self) -> None:
        self._mean = torch.tensor(self.splits.mean, device=self.device).view(1, -1, 1, 1)
        self._std = torch.tensor(self.splits.std, device=self.device).view(1, -1, 1, 1)

    @property
    def num_classes(self) -> int:
        return self.splits.num_classes

    @property
    def num_clients(self) -> int:
        return len(self.clients)

    def normalize(self, x_uint8: torch.Tensor) -> torch.Tensor:
        """uint8 [N,3,H,W] images -> the normalised float tensor the models train on."""
        x = (x_uint8.to(self.device).float() / 255.0 - self._mean) / self._std
        return x.contiguous(memory_format=torch.channels_last) if self.channels_last else x.contiguous()

    def local_data(self, x_uint8: torch.Tensor, y: torch.Tensor, rows: torch.Tensor | None = None) -> LocalData:
        """Images kept uint8 on the device, normalised per batch (``rows`` index into ``x_uint8``)."""
        return LocalData(x_uint8, y.to(self.device), rows=rows, prepare=self.normalize)


@lru_cache(maxsize=4)
def _cached_splits(cfg: DataConfig) -> Splits:
    return load_splits(cfg)


def build_federation(data_cfg: DataConfig, train_cfg: TrainConfig) -> Federation:
    """Load (cached) splits, partition the training set and move the images to the device."""
    splits = _cached_splits(data_cfg)
    return federation_from_splits(splits, partition(splits.train_y.numpy(), data_cfg), data_cfg, train_cfg)


def federation_from_splits(
    splits: Splits, parts: list[np.ndarray], data_cfg: DataConfig, train_cfg: TrainConfig
) -> Federation:
    """Put each split's uint8 images on the training device once; clients index the training split."""
    device = resolve_device(train_cfg.device)
    empty = LocalData(torch.empty(0), torch.empty(0, dtype=torch.long))
    fed = Federation(
        data_cfg=data_cfg,
        splits=splits,
        parts=parts,
        clients=[],
        val=empty,
        test=empty,
        histograms=class_histograms(splits.train_y.numpy(), parts, splits.num_classes),
        device=device,
        channels_last=train_cfg.channels_last,
    )
    train_x, train_y = splits.train_x.to(device), splits.train_y.to(device)
    for p in parts:
        rows = torch.as_tensor(np.asarray(p), dtype=torch.long, device=device)
        fed.clients.append(fed.local_data(train_x, train_y[rows], rows))
    fed.val = fed.local_data(splits.val_x.to(device), splits.val_y)
    fed.test = fed.local_data(splits.test_x.to(device), splits.test_y)
    return fed


@dataclass(frozen=True)
class RoundReport:
    """Metrics of one finished round (1-based ``round``)."""

    round: int
    num_rounds: int
    val_acc: float
    val_loss: float
    test_acc: float | None
    test_loss: float | None
    train_loss: float
    seconds: float
    clients: tuple[int, ...]
    metrics: dict[str, float] = field(default_factory=dict)

    def as_metrics(self) -> dict[str, float]:
        out = {
            "val_acc": self.val_acc,
            "val_loss": self.val_loss,
            "train_loss": self.train_loss,
            "round_seconds": self.seconds,
        }
        if self.test_acc is not None and self.test_loss is not None:
            out["test_acc"], out["test_loss"] = self.test_acc, self.test_loss
        out.update(self.metrics)
        return out


@dataclass
class RunResult:
    reports: list[RoundReport]
    params: State

    @property
    def final(self) -> RoundReport:
        return self.reports[-1]

    @property
    def best_val_acc(self) -> float:
        return max(r.val_acc for r in self.reports)


RoundCallback = Callable[[RoundReport], None]


def _merge_metrics(updates: Sequence[ClientUpdate]) -> dict[str, float]:
    keys = sorted({k for u in updates for k in u.metrics})
    out: dict[str, float] = {}
    for k in keys:
        vals = [u.metrics[k] for u in updates if k in u.metrics]
        out[k] = float(sum(vals)) if k.startswith("num_") else float(np.mean(vals))
    return out


def sample_clients(num_clients: int, participation: float, rng: np.random.Generator) -> list[int]:
    m = max(1, round(participation * num_clients))
    return sorted(rng.choice(num_clients, size=m, replace=False).tolist())


def run_federated(
    fed: Federation,
    train: TrainConfig,
    method: Method,
    callbacks: Sequence[RoundCallback] = (),
) -> RunResult:
    """Train ``method`` on ``fed`` for ``train.rounds`` rounds; deterministic for a seed (on a GPU
    through :func:`fblbench.runtime.deterministic_cuda`)."""
    device = fed.device
    if device.type == "cuda":
        deterministic_cuda()
    torch.set_num_threads(auto_threads(1, train.threads))
    model: FLModel = build_model(train.model, fed.num_classes, fed.splits.resolution, train.seed).to(device)
    if train.channels_last:
        model = model.to(memory_format=torch.channels_last)  # type: ignore[call-overload]
    global_params = clone_state(model.state_dict())
    method.setup(fed, train)
    server_state = method.init_state(global_params, fed.num_clients)
    client_states: list[dict] = [{} for _ in range(fed.num_clients)]
    batched = use_batched(method, train, device, model)
    rng = np.random.default_rng(derive_seed("client-sampling", train.seed))
    reports: list[RoundReport] = []
    for r in range(train.rounds):
        t0 = time.perf_counter()
        selected = sample_clients(fed.num_clients, train.participation, rng)
        updates: list[ClientUpdate] = []
        if batched:  # every client at once, the same numbers (fblbench/engine/batched.py)
            seeds = [derive_seed("client", train.seed, r, k) for k in selected]
            updates = train_round(model, global_params, [fed.clients[k] for k in selected], selected, seeds, r, train)
        for k in () if batched else selected:
            model.load_state_dict(global_params)
            ctx = ClientContext(
                method=method,
                client_id=k,
                round_idx=r,
                num_rounds=train.rounds,
                model=model,
                global_params=global_params,
                data=fed.clients[k],
                num_classes=fed.num_classes,
                train_cfg=train,
                seed=derive_seed("client", train.seed, r, k),
                device=device,
                state=client_states[k],
                server_state=server_state,
            )
            updates.append(method.local_update(ctx))
        server = ServerRound(round_idx=r, num_rounds=train.rounds, lr=train.lr_at(r))
        global_params, server_state = call_aggregate(method.aggregate, global_params, updates, server_state, server)
        model.load_state_dict(global_params)
        val_acc, val_loss = evaluate(model, fed.val)
        test_acc = test_loss = None
        if (r + 1) % train.test_every == 0 or r + 1 == train.rounds:
            test_acc, test_loss = evaluate(model, fed.test)
        weights = [u.num_samples for u in updates]
        report = RoundReport(
            round=r + 1,
            num_rounds=train.rounds,
            val_acc=val_acc,
            val_loss=val_loss,
            test_acc=test_acc,
            test_loss=test_loss,
            train_loss=float(np.average([u.train_loss for u in updates], weights=weights)),
            seconds=time.perf_counter() - t0,
            clients=tuple(selected),
            metrics={**_merge_metrics(updates), **server.prefixed_metrics()},
        )
        reports.append(report)
        for cb in callbacks:
            cb(report)
    return RunResult(reports=reports, params=global_params)
