"""Training-time augmentation: crops of the reflect-padded image, flips, seeded, and the
local loop's batch order unchanged by it."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from fblbench.config import TrainConfig
from fblbench.engine.augment import augment_batch
from fblbench.engine.loop import run_federated
from fblbench.errors import ConfigError
from fblbench.method import FedAvg
from tests.fakes import make_federation, small_train


def _windows(img: torch.Tensor, pad: int) -> list[torch.Tensor]:
    p = F.pad(img.unsqueeze(0), (pad,) * 4, mode="reflect")[0]
    h, w = img.shape[-2:]
    return [p[:, i : i + h, j : j + w] for i in range(2 * pad + 1) for j in range(2 * pad + 1)]


@pytest.mark.parametrize("kind", ["crop_flip", "crop_flips", "flips"])
def test_every_output_is_a_flipped_window_of_the_padded_image(kind: str) -> None:
    x = torch.randn(16, 3, 8, 8)
    out = augment_batch(x, kind, torch.Generator().manual_seed(0), pad=2)
    assert out.shape == x.shape
    flipped_v = 0
    for img, o in zip(x, out, strict=True):
        cands = _windows(img, 2)
        h_only = [c.flip(-1) for c in cands]
        v = [c.flip(-2) for c in cands] + [c.flip(-1).flip(-2) for c in cands]
        allowed = cands + h_only + (v if kind != "crop_flip" else [])
        assert any(torch.equal(o, c) for c in allowed)
        flipped_v += int(not any(torch.equal(o, c) for c in cands + h_only))
    assert (flipped_v > 0) == (kind != "crop_flip")
    if kind == "flips":
        assert all(any(torch.equal(o, c) for c in (i, i.flip(-1), i.flip(-2), i.flip(-1).flip(-2)))
                   for i, o in zip(x, out, strict=True))


def test_seeded_and_not_identity() -> None:
    x = torch.randn(32, 3, 8, 8)
    a = augment_batch(x, "crop_flip", torch.Generator().manual_seed(1))
    b = augment_batch(x, "crop_flip", torch.Generator().manual_seed(1))
    c = augment_batch(x, "crop_flip", torch.Generator().manual_seed(2))
    assert torch.equal(a, b) and not torch.equal(a, c) and not torch.equal(a, x)
    assert augment_batch(x, "none", torch.Generator()) is x


def test_channels_last_is_kept() -> None:
    x = torch.randn(4, 3, 8, 8).contiguous(memory_format=torch.channels_last)
    out = augment_batch(x, "crop_flip", torch.Generator().manual_seed(0))
    assert out.is_contiguous(memory_format=torch.channels_last)


def test_runs_are_deterministic_and_augmentation_changes_training() -> None:
    fed = make_federation()
    off = run_federated(fed, small_train(), FedAvg())
    on1 = run_federated(fed, small_train(augment="crop_flip"), FedAvg())
    on2 = run_federated(fed, small_train(augment="crop_flip"), FedAvg())
    assert all(torch.equal(on1.params[k], on2.params[k]) for k in on1.params)
    assert any(not torch.equal(on1.params[k], off.params[k]) for k in off.params)


def test_unknown_augmentation_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="augment must be one of"):
        TrainConfig(augment="rotate")
