"""The learning-rate schedule over rounds: values, the local loop's optimiser, batched clients."""

from __future__ import annotations

import math

import pytest
import torch

from fblbench.config import TrainConfig
from fblbench.engine.loop import run_federated
from fblbench.errors import ConfigError
from fblbench.method import FedAvg
from tests.fakes import make_federation, small_train


def test_lr_at() -> None:
    const = TrainConfig(lr=0.1, rounds=4)
    assert [const.lr_at(r) for r in range(4)] == [0.1] * 4
    cos = TrainConfig(lr=0.1, rounds=4, lr_schedule="cosine")
    want = [0.1 * 0.5 * (1 + math.cos(math.pi * r / 4)) for r in range(4)]
    assert [cos.lr_at(r) for r in range(4)] == pytest.approx(want)
    assert cos.lr_at(0) == 0.1 and cos.lr_at(3) < 0.02
    with pytest.raises(ConfigError, match="lr_schedule must be one of"):
        TrainConfig(lr_schedule="step")


def test_cosine_equals_constant_in_round_one_and_differs_after() -> None:
    fed = make_federation()
    one_const = run_federated(fed, small_train(rounds=1), FedAvg())
    # Round 1 of a 2-round cosine schedule uses the full lr: the same numbers as constant.
    two_cos = run_federated(fed, small_train(rounds=2, lr_schedule="cosine"), FedAvg())
    two_const = run_federated(fed, small_train(rounds=2), FedAvg())
    assert two_cos.reports[0].train_loss == one_const.reports[0].train_loss
    assert any(not torch.equal(two_cos.params[k], two_const.params[k]) for k in two_const.params)


def test_batched_clients_follow_the_schedule() -> None:
    fed = make_federation(num_clients=3)
    kw: dict[str, object] = {"rounds": 3, "lr_schedule": "cosine"}
    seq = run_federated(fed, small_train(batch_clients="off", **kw), FedAvg())
    bat = run_federated(fed, small_train(batch_clients="on", **kw), FedAvg())
    for k in seq.params:
        torch.testing.assert_close(bat.params[k], seq.params[k], rtol=1e-5, atol=1e-6)
