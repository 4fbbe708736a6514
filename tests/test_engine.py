"""The round loop and the local loop: equivalence with plain SGD, BN averaging, determinism."""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from fblbench.engine.aggregate import weighted_mean
from fblbench.engine.loop import derive_seed, run_federated, sample_clients
from fblbench.errors import DivergedError
from fblbench.method import FedAvg
from fblbench.models import ResNet18, build_model
from tests.fakes import make_federation, small_train


def test_fedavg_one_client_full_participation_equals_plain_sgd() -> None:
    n = 120
    train = small_train(rounds=3, local_epochs=2, momentum=0.0, weight_decay=0.0, lr=0.05)
    fed = make_federation(num_clients=1, n=n, train=train, parts=[np.arange(n)])
    result = run_federated(fed, train, FedAvg())

    model = build_model(train.model, fed.num_classes, fed.splits.resolution, train.seed)
    model = model.to(memory_format=torch.channels_last)
    opt = torch.optim.SGD(model.parameters(), lr=train.lr)
    x, y = fed.normalize(fed.clients[0].images()), fed.clients[0].y
    for r in range(train.rounds):
        g = torch.Generator().manual_seed(derive_seed("client", train.seed, r, 0))
        for _ in range(train.local_epochs):
            perm = torch.randperm(n, generator=g)
            for s in range(0, n, train.batch_size):
                idx = perm[s : s + train.batch_size]
                loss = F.cross_entropy(model(x[idx]), y[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
    for k, v in model.state_dict().items():
        assert torch.equal(v, result.params[k]), k


def test_weighted_mean_averages_batchnorm_buffers() -> None:
    a, b = ResNet18(3).state_dict(), ResNet18(3).state_dict()
    a["stem.1.running_mean"].fill_(1.0)
    b["stem.1.running_mean"].fill_(4.0)
    a["stem.1.running_var"].fill_(2.0)
    b["stem.1.running_var"].fill_(8.0)
    a["stem.1.num_batches_tracked"].fill_(10)
    b["stem.1.num_batches_tracked"].fill_(20)
    out = weighted_mean([a, b], [1, 2])
    assert torch.allclose(out["stem.1.running_mean"], torch.full((64,), 3.0))
    assert torch.allclose(out["stem.1.running_var"], torch.full((64,), 6.0))
    assert int(out["stem.1.num_batches_tracked"]) == 17
    assert out["stem.1.num_batches_tracked"].dtype == torch.long


def test_weighted_mean_is_sample_weighted() -> None:
    s1 = {"w": torch.tensor([0.0, 2.0])}
    s2 = {"w": torch.tensor([3.0, 5.0])}
    assert torch.allclose(weighted_mean([s1, s2], [10, 20])["w"], torch.tensor([2.0, 4.0]))


def test_same_seed_same_numbers_and_other_seed_differs() -> None:
    train = small_train(rounds=2)
    runs = [run_federated(make_federation(num_clients=3, train=train), train, FedAvg()) for _ in range(2)]
    accs = [[(r.val_acc, r.test_acc, r.train_loss) for r in res.reports] for res in runs]
    assert accs[0] == accs[1]
    other = small_train(rounds=2, seed=1)
    res3 = run_federated(make_federation(num_clients=3, train=other), other, FedAvg())
    assert any(not torch.equal(res3.params[k], runs[0].params[k]) for k in res3.params)


def test_fedavg_learns_toy_task() -> None:
    train = small_train(rounds=6, lr=0.05)
    res = run_federated(make_federation(num_clients=2, alpha=10.0, train=train), train, FedAvg())
    assert res.final.val_acc > 0.6, [r.val_acc for r in res.reports]


def test_participation_samples_expected_clients() -> None:
    rng = np.random.default_rng(0)
    picks = [sample_clients(10, 0.3, rng) for _ in range(50)]
    assert all(len(p) == 3 and len(set(p)) == 3 for p in picks)
    assert len({tuple(p) for p in picks}) > 10
    train = small_train(rounds=2, participation=0.5)
    res = run_federated(make_federation(num_clients=4, train=train), train, FedAvg())
    assert all(len(r.clients) == 2 for r in res.reports)


def test_divergence_raises_clear_error() -> None:
    train = small_train(rounds=1, lr=1e6, momentum=0.0)
    with pytest.raises(DivergedError, match="non-finite"):
        run_federated(make_federation(num_clients=2, train=train), train, FedAvg())


def test_round_reports_have_all_metrics() -> None:
    train = small_train(rounds=2, test_every=2)
    res = run_federated(make_federation(num_clients=2, train=train), train, FedAvg())
    assert res.reports[0].test_acc is None and res.reports[1].test_acc is not None
    m = res.reports[1].as_metrics()
    assert {"val_acc", "test_acc", "train_loss", "round_seconds", "val_loss"} <= set(m)
