"""The server side of the method API: ``aggregate``'s ``server`` argument and the toolkit."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pytest
import torch

from fblbench.engine.aggregate import State, weighted_mean
from fblbench.engine.client import ClientUpdate
from fblbench.engine.loop import run_federated
from fblbench.method import FedAvg
from fblbench.registry import build_method
from fblbench.server import ServerRound, apply_step, call_aggregate, norm, server_delta, trainable_keys
from tests.fakes import make_federation, small_train


class _Watcher(FedAvg):
    """FedAvg that records what the server is told and logs a metric per round."""

    name = "watcher"

    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        self.seen: list[tuple[int, int, float]] = []

    def aggregate(self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
                  server: ServerRound | None = None) -> tuple[State, Any]:
        assert server is not None
        self.seen.append((server.round_idx, server.num_rounds, server.lr))
        server.log("clients", len(updates))
        return super().aggregate(global_params, updates, server_state, server)


class _OldStyle(FedAvg):
    """An aggregate written before ``server`` existed: three arguments."""

    name = "old-style"
    calls = 0

    def aggregate(self, global_params: Any, updates: Any, server_state: Any) -> Any:  # type: ignore[override]
        type(self).calls += 1
        return super().aggregate(global_params, updates, server_state)


def test_aggregate_sees_the_round_and_its_metrics_are_logged_per_round() -> None:
    train = small_train(rounds=4, lr=0.08, lr_schedule="cosine")
    method = _Watcher()
    reports = run_federated(make_federation(num_clients=3, train=train), train, method).reports
    assert [(r, n) for r, n, _ in method.seen] == [(0, 4), (1, 4), (2, 4), (3, 4)]
    assert [lr for _, _, lr in method.seen] == pytest.approx([train.lr_at(r) for r in range(4)])
    assert method.seen[1][2] < method.seen[0][2]  # the cosine schedule, as the clients saw it
    for rep in reports:
        assert rep.metrics["server.clients"] == 3.0 and rep.as_metrics()["server.clients"] == 3.0


def test_a_three_argument_aggregate_still_runs_and_matches_fedavg() -> None:
    train = small_train(rounds=2)
    old = run_federated(make_federation(train=train), train, _OldStyle()).params
    ref = run_federated(make_federation(train=train), train, FedAvg()).params
    assert _OldStyle.calls == 2
    assert all(torch.equal(old[k], ref[k]) for k in ref)


@pytest.mark.parametrize("spec", ["fedavgm", "fedadam", "scaffold", "fbl+fedavgm"])
def test_server_optimisers_log_their_step_norm_every_round(spec: str) -> None:
    hp = {"generator": "real", "alignment": False} if spec.startswith("fbl") else {}
    train = small_train(rounds=2)
    fed = make_federation(num_clients=2, train=train)
    reports = run_federated(fed, train, build_method(spec, hp)).reports
    norms = [r.metrics["server.step_norm"] for r in reports]
    assert all(math.isfinite(v) and v > 0 for v in norms)


def test_fedavgm_step_norm_is_the_norm_of_the_global_step() -> None:
    x = {"w": torch.tensor([1.0, 2.0]), "bn.running_var": torch.tensor([1.0])}
    ups = [ClientUpdate(client_id=i, params={"w": torch.tensor([0.0, 2.0 + i]), "bn.running_var": torch.tensor([0.5])},
                        num_samples=1, num_steps=1, train_loss=0.0, param_names=("w",)) for i in range(2)]
    method = build_method("fedavgm", {"momentum": 0.0})
    server = ServerRound(round_idx=0, num_rounds=1, lr=0.1)
    new, _ = call_aggregate(method.aggregate, x, ups, method.init_state(x, 2), server)
    # momentum 0, server_lr 1: the average [0, 2.5]; step [-1, 0.5]; buffers averaged, not stepped.
    assert torch.allclose(new["w"], torch.tensor([0.0, 2.5])) and float(new["bn.running_var"]) == 0.5
    assert server.metrics["step_norm"] == pytest.approx(math.hypot(1.0, 0.5))


def test_toolkit_math() -> None:
    x = {"w": torch.tensor([1.0, 1.0]), "b": torch.tensor([0.5], dtype=torch.float16),
         "n": torch.tensor(3), "bn.running_mean": torch.tensor([0.0])}
    ups = [ClientUpdate(client_id=0, params={}, num_samples=1, num_steps=1, train_loss=0.0, param_names=("w", "b"))]
    assert trainable_keys(x, ups) == ["w", "b"]
    assert trainable_keys(x, [ClientUpdate(0, {}, 1, 1, 0.0)]) == ["w", "b", "bn.running_mean"]  # floating entries
    avg = {"w": torch.tensor([4.0, -3.0]), "b": torch.tensor([1.5], dtype=torch.float16),
           "n": torch.tensor(5), "bn.running_mean": torch.tensor([2.0])}
    d = server_delta(x, avg, ["w", "b"])
    assert d["w"].dtype == torch.float64 and d["w"].tolist() == [3.0, -4.0] and d["b"].tolist() == [1.0]
    assert norm(d) == pytest.approx(math.sqrt(26.0)) and norm(d, ["w"]) == 5.0
    new = apply_step(x, avg, {k: 0.5 * v for k, v in d.items()})
    assert new["w"].tolist() == [2.5, -1.0] and new["b"].dtype == torch.float16 and new["b"].tolist() == [1.0]
    assert int(new["n"]) == 5 and new["bn.running_mean"].tolist() == [2.0]  # from the average
    ref = weighted_mean([avg], [1.0])
    assert torch.equal(apply_step(x, avg, {})["w"], ref["w"])
