"""All clients of a round at once (vmap) give the sequential loop's numbers; ineligible runs fall back."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
import torch

from fblbench.config import TrainConfig
from fblbench.engine.aggregate import State, clone_state
from fblbench.engine.batched import train_round, use_batched
from fblbench.engine.client import ClientContext, ClientUpdate, LocalData
from fblbench.engine.loop import Federation, RunResult, run_federated
from fblbench.errors import ConfigError, DivergedError
from fblbench.method import FedAvg, Method
from fblbench.models import build_model
from fblbench.registry import build_method
from tests.fakes import make_federation, small_train

# Batch 16: 37 = 2 full batches + a tail of 5, 16 = exactly one batch, 9 < one batch, 50 = 3 + tail 2.
SIZES = (37, 16, 9, 50)


def _federation(train: TrainConfig) -> Federation:
    bounds = np.cumsum((0, *SIZES))
    parts = [np.arange(a, b) for a, b in itertools.pairwise(bounds)]
    return make_federation(num_clients=len(SIZES), n=240, train=train, parts=parts)


def _run(method: Method, train: TrainConfig) -> tuple[RunResult, list[list[ClientUpdate]]]:
    """Run and record every round's client updates as the method's aggregate receives them."""
    seen: list[list[ClientUpdate]] = []
    aggregate = method.aggregate

    def recording(g: State, updates: Sequence[ClientUpdate], s: Any) -> tuple[State, Any]:
        seen.append(list(updates))
        return aggregate(g, updates, s)

    method.aggregate = recording  # type: ignore[method-assign]  # an instance attribute: still batchable
    return run_federated(_federation(train), train, method), seen


def _train(**kw: object) -> TrainConfig:
    base: dict[str, object] = {"local_epochs": 2, "lr": 0.05, "momentum": 0.9, "weight_decay": 1e-3}
    return small_train(**{**base, **kw})


def _assert_same(a: State, b: State) -> None:
    assert a.keys() == b.keys()
    for k in a:
        assert a[k].dtype == b[k].dtype, k
        torch.testing.assert_close(b[k], a[k], rtol=1e-5, atol=1e-6, msg=k)


@pytest.mark.parametrize(("spec", "augment"), [("fedavg", "none"), ("fedavgm", "none"), ("fedavg", "crop_flip"),
                                               ("fedavgm", "crop_flips"), ("fedavg", "flips")])
def test_batched_equals_sequential(spec: str, augment: str) -> None:
    # Augmented: each client's crops and flips come from its own stream, drawn in its own step
    # order, whichever clients share a step with it.
    seq, seq_updates = _run(build_method(spec), _train(batch_clients="off", augment=augment))
    bat, bat_updates = _run(build_method(spec), _train(batch_clients="on", augment=augment))
    assert len(seq_updates) == len(bat_updates) == 2
    for us, ub in zip(seq_updates, bat_updates, strict=True):
        assert [u.client_id for u in us] == [u.client_id for u in ub] == [0, 1, 2, 3]
        # 2 epochs: ceil(37/16)=3, 1, 1, ceil(50/16)=4 batches per epoch.
        assert [u.num_steps for u in us] == [u.num_steps for u in ub] == [6, 2, 2, 8]
        for a, b in zip(us, ub, strict=True):
            assert (a.num_samples, a.param_names) == (b.num_samples, b.param_names)
            assert b.train_loss == pytest.approx(a.train_loss, rel=1e-5)
            _assert_same(a.params, b.params)
    _assert_same(seq.params, bat.params)
    for rs, rb in zip(seq.reports, bat.reports, strict=True):
        assert rb.train_loss == pytest.approx(rs.train_loss, rel=1e-5)
        assert rb.val_acc == pytest.approx(rs.val_acc, abs=1 / 60)


def test_batched_plain_sgd_without_momentum_or_weight_decay() -> None:
    kw: dict[str, object] = {"local_epochs": 1, "momentum": 0.0, "weight_decay": 0.0, "batch_size": 8}
    seq, _ = _run(FedAvg(), small_train(batch_clients="off", **kw))
    bat, _ = _run(FedAvg(), small_train(batch_clients="on", **kw))
    _assert_same(seq.params, bat.params)


def test_batched_batchnorm_keeps_each_clients_running_statistics() -> None:
    # ResNet-18 in float64, where the sequential and batched paths must agree to ~1e-9 (in
    # float32, BN on batches of 2 amplifies rounding: even channels_last on/off differ by
    # 1e-2). Batch 8: 17 = 2 batches + a tail of 1, dropped under BatchNorm; 11 ends with 3.
    sizes = (17, 8, 5, 11)
    train = _train(batch_clients="on", rounds=1, local_epochs=1, lr=0.01, batch_size=8)
    g = torch.Generator().manual_seed(0)
    clients = [LocalData(torch.randn(n, 3, 8, 8, generator=g, dtype=torch.float64),
                         torch.randint(0, 4, (n,), generator=g)) for n in sizes]
    model = build_model("resnet18", 4, 8, 0).double()
    start = clone_state(model.state_dict())
    ids, seeds = [0, 1, 2, 3], [11, 12, 13, 14]
    batched = train_round(model, start, clients, ids, seeds, 0, train)
    for k, data, seed, b in zip(ids, clients, seeds, batched, strict=True):
        model.load_state_dict(start)
        ctx = ClientContext(method=FedAvg(), client_id=k, round_idx=0, num_rounds=1, model=model,
                            global_params=start, data=data, num_classes=4, train_cfg=train, seed=seed,
                            device=torch.device("cpu"), state={}, server_state=None)
        a = FedAvg().local_update(ctx)
        assert (a.num_steps, a.num_samples, a.param_names) == (b.num_steps, b.num_samples, b.param_names)
        assert int(b.params["stem.1.num_batches_tracked"]) == a.num_steps
        assert b.train_loss == pytest.approx(a.train_loss, rel=1e-10)
        assert a.params.keys() == b.params.keys()
        for name in a.params:
            torch.testing.assert_close(b.params[name], a.params[name], rtol=1e-7, atol=1e-9, msg=name)
    assert [u.num_steps for u in batched] == [2, 1, 1, 2]


def test_batched_a_client_that_sees_no_batch_does_not_move() -> None:
    # The first step of every client moves it; a client must stay put once its batches are used up.
    train = _train(batch_clients="on", rounds=1, lr=0.5)
    _, updates = _run(FedAvg(), train)
    _, seq_updates = _run(FedAvg(), replace(train, batch_clients="off"))
    # 9 samples: 2 steps while the 50-sample client takes 8.
    _assert_same(seq_updates[0][2].params, updates[0][2].params)


def test_batched_augmentation_is_not_a_no_op() -> None:
    # The equality above must not hold because both paths skip augmentation.
    plain, _ = _run(FedAvg(), _train(batch_clients="on"))
    aug, _ = _run(FedAvg(), _train(batch_clients="on", augment="crop_flip"))
    assert any(not torch.equal(plain.params[k], aug.params[k]) for k in plain.params)


def test_fallback_for_ineligible_method_is_the_sequential_result() -> None:
    prox = {"mu": 0.1}
    auto, _ = _run(build_method("fedprox", prox), _train(batch_clients="auto"))
    off, _ = _run(build_method("fedprox", prox), _train(batch_clients="off"))
    for k in off.params:
        assert torch.equal(auto.params[k], off.params[k]), k
    assert [r.train_loss for r in auto.reports] == [r.train_loss for r in off.reports]


def test_auto_batches_only_eligible_methods_on_cuda() -> None:
    auto = _train(batch_clients="auto")
    cuda, cpu = torch.device("cuda"), torch.device("cpu")
    cnn, resnet = build_model("simple_cnn", 10, 32, 0), build_model("resnet18", 10, 32, 0)
    for spec in ("fedavg", "fedavgm", "fedadam"):
        assert use_batched(build_method(spec), auto, cuda, cnn), spec
    assert not use_batched(FedAvg(), auto, cpu, cnn)
    for spec in ("fedprox", "moon", "scaffold", "fednova", "feddyn", "fedlc", "fbl"):
        assert not use_batched(build_method(spec), auto, cuda, cnn), spec
    assert not use_batched(FedAvg(), _train(batch_clients="off"), cuda, cnn)
    assert use_batched(FedAvg(), _train(batch_clients="auto", augment="crop_flip"), cuda, cnn)
    assert use_batched(FedAvg(), _train(batch_clients="on"), cpu, cnn)
    # BatchNorm: batched on CPU (tested above), one client at a time on CUDA, where vmap refused it.
    assert use_batched(FedAvg(), _train(batch_clients="on"), cpu, resnet)
    assert not use_batched(FedAvg(), auto, cuda, resnet)
    with pytest.raises(ConfigError, match="BatchNorm and the device is CUDA"):
        use_batched(FedAvg(), _train(batch_clients="on"), cuda, resnet)


def test_on_with_ineligible_method_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"fedprox.*overrides loss"):
        _run(build_method("fedprox"), _train(batch_clients="on"))
    with pytest.raises(ConfigError, match="batch_clients must be one of"):
        _train(batch_clients="yes")


def test_batched_divergence_raises() -> None:
    with pytest.raises(DivergedError, match="non-finite"):
        _run(FedAvg(), _train(batch_clients="on", lr=1e6, momentum=0.0))


def test_gradient_clipping_bounds_each_step_and_batches_as_it_runs_one_client_at_a_time() -> None:
    # One step per client (batch 64 >= every client), plain SGD: each client moves by lr x its
    # gradient's norm, at most lr x clip; their weighted mean moves no more than that.
    kw: dict[str, object] = {"rounds": 1, "local_epochs": 1, "batch_size": 64, "lr": 0.5, "momentum": 0.0,
                             "weight_decay": 0.0}
    fed = _federation(_train(**kw))
    init = build_model("simple_cnn", fed.num_classes, fed.splits.resolution, 0).state_dict()

    def moved(**more: object) -> float:
        result, _ = _run(FedAvg(), _train(**{**kw, **more}))
        return float(torch.sqrt(sum(((result.params[k] - init[k]) ** 2).sum() for k in init)))

    clip = 0.05
    assert moved(batch_clients="off") > 2 * 0.5 * clip  # unclipped, the gradients are larger than the clip
    assert moved(batch_clients="off", clip_grad_norm=clip) <= 0.5 * clip * (1 + 1e-5)
    # With momentum, weight decay and several steps, the batched path clips each client as the loop does.
    seq, seq_updates = _run(FedAvg(), _train(batch_clients="off", clip_grad_norm=clip))
    bat, bat_updates = _run(FedAvg(), _train(batch_clients="on", clip_grad_norm=clip))
    free, _ = _run(FedAvg(), _train(batch_clients="off"))
    for us, ub in zip(seq_updates, bat_updates, strict=True):
        for a, b in zip(us, ub, strict=True):
            _assert_same(a.params, b.params)
    _assert_same(seq.params, bat.params)
    assert max(float((seq.params[k] - free.params[k]).abs().max()) for k in init) > 1e-3  # the clip acted
