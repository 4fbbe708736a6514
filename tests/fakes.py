"""Small synthetic federations for fast engine and method tests (no disk I/O)."""

from __future__ import annotations

import numpy as np

from fblbench.config import DataConfig, TrainConfig
from fblbench.data.datasets import Splits
from fblbench.data.partition import dirichlet
from fblbench.engine.loop import Federation, federation_from_splits
from fblbench.testing import toy_splits


def make_splits(n: int = 240, num_classes: int = 4, res: int = 16, seed: int = 0) -> Splits:
    """The conformance suite's learnable toy images, with n // 4 validation and test images."""
    return toy_splits(n_train=n, n_eval=n // 4, seed=seed, num_classes=num_classes, res=res)


def make_federation(
    num_clients: int = 2,
    alpha: float = 0.5,
    seed: int = 0,
    n: int = 240,
    num_classes: int = 4,
    train: TrainConfig | None = None,
    parts: list[np.ndarray] | None = None,
) -> Federation:
    splits = make_splits(n=n, num_classes=num_classes, seed=seed)
    data_cfg = DataConfig(dataset="imagefolder", num_clients=num_clients, alpha=alpha, min_client_size=5)
    if parts is None:
        parts = dirichlet(splits.train_y.numpy(), num_clients, alpha, np.random.default_rng(seed), min_size=5)
    return federation_from_splits(splits, parts, data_cfg, train or small_train())


def small_train(**kw: object) -> TrainConfig:
    base: dict[str, object] = {"rounds": 2, "local_epochs": 1, "batch_size": 16, "lr": 0.05, "device": "cpu"}
    base.update(kw)
    return TrainConfig(**base)  # type: ignore[arg-type]
