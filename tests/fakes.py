"""Small synthetic federations for fast engine and method tests (no disk I/O)."""

from __future__ import annotations

import numpy as np
import torch

from fblbench.config import DataConfig, TrainConfig
from fblbench.data.datasets import Splits
from fblbench.data.partition import dirichlet
from fblbench.engine.loop import Federation, federation_from_splits


def make_splits(n: int = 240, num_classes: int = 4, res: int = 16, seed: int = 0) -> Splits:
    """Learnable toy images: each class brightens its own quadrant/channel pattern plus noise."""
    g = torch.Generator().manual_seed(seed)

    def draw(m: int) -> tuple[torch.Tensor, torch.Tensor]:
        y = torch.arange(m) % num_classes
        x = torch.randint(0, 120, (m, 3, res, res), generator=g, dtype=torch.int64)
        for c in range(num_classes):
            sel = y == c
            x[sel, c % 3, (c // 3) * (res // 2) :, : res // 2 + c] += 120
        return x.clamp(0, 255).to(torch.uint8), y.long()

    tx, ty = draw(n)
    vx, vy = draw(n // 4)
    sx, sy = draw(n // 4)
    return Splits(
        name="toy",
        classes=tuple(f"c{i}" for i in range(num_classes)),
        train_x=tx,
        train_y=ty,
        val_x=vx,
        val_y=vy,
        test_x=sx,
        test_y=sy,
        mean=(0.5, 0.5, 0.5),
        std=(0.25, 0.25, 0.25),
    )


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
