"""Model zoo. Every model is ``encode(x) -> features`` plus ``head(z) -> logits``.

FBL's Knowledge Alignment adds class embeddings between the two; MOON's contrastive
loss works on the features. ``forward(x) == head(encode(x))``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from fblbench.config import MODELS
from fblbench.errors import ConfigError


class FLModel(nn.Module):
    """Base: subclasses define ``encode`` and ``head`` and set ``feature_dim``."""

    feature_dim: int

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    def head(self, z: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.encode(x))


class SimpleCNN(FLModel):
    """The CNN of NIID-Bench / MOON's CIFAR-10 experiments.

    conv(6,5x5) -> pool -> conv(16,5x5) -> pool -> fc 120 -> fc 84 -> fc C; features are
    the 84-d activations. The first fc layer's input size follows the image resolution.
    """

    def __init__(self, num_classes: int, resolution: int = 32, in_channels: int = 3) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(in_channels, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        side = ((resolution - 4) // 2 - 4) // 2
        if side < 1:
            raise ConfigError(f"simple_cnn needs resolution >= 16, but got {resolution}")
        self.fc1 = nn.Linear(16 * side * side, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, num_classes)
        self.feature_dim = 84

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        return F.relu(self.fc2(F.relu(self.fc1(x))))

    def head(self, z: torch.Tensor) -> torch.Tensor:
        return self.fc3(z)


class _BasicBlock(nn.Module):
    def __init__(self, cin: int, cout: int, stride: int) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut: nn.Module = nn.Identity()
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))


class ResNet18(FLModel):
    """ResNet-18 with the CIFAR stem (3x3 conv, stride 1, no max-pool); 512-d features."""

    def __init__(self, num_classes: int, in_channels: int = 3) -> None:
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(in_channels, 64, 3, 1, 1, bias=False), nn.BatchNorm2d(64), nn.ReLU(inplace=True)
        )
        layers: list[nn.Module] = []
        cin = 64
        for cout, stride in ((64, 1), (128, 2), (256, 2), (512, 2)):
            layers += [_BasicBlock(cin, cout, stride), _BasicBlock(cout, cout, 1)]
            cin = cout
        self.layers = nn.Sequential(*layers)
        self.fc = nn.Linear(512, num_classes)
        self.feature_dim = 512

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        # Global average pool as a mean: the same numbers as adaptive_avg_pool2d(x, 1), and it
        # has a vmap batching rule (batched clients, fblbench/engine/batched.py).
        return self.layers(self.stem(x)).mean(dim=(2, 3))

    def head(self, z: torch.Tensor) -> torch.Tensor:
        return self.fc(z)


def build_model(name: str, num_classes: int, resolution: int, seed: int) -> FLModel:
    """Build a model with weights initialised from ``seed`` (the global RNG is left untouched)."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        if name == "simple_cnn":
            return SimpleCNN(num_classes, resolution)
        if name == "resnet18":
            return ResNet18(num_classes)
    raise ConfigError(f"model must be one of {', '.join(MODELS)}, but got {name!r}")
