"""FBL: balance plan, knowledge sampling and replay, knowledge filling.

Fast: toy federations from tests/fakes.py and a fake generator (tests/fbl_helpers.py; no DDPM
training). Alignment, drop, equivalences, composition and artifacts: tests/test_fbl_alignment.py.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

from fblbench.engine.client import LocalData
from fblbench.engine.loop import run_federated
from fblbench.errors import ConfigError
from fblbench.fbl import plan as P
from fblbench.fbl.alignment import SYNTHETIC
from fblbench.fbl.method import FBL, FBLCore, FBLHparams
from fblbench.models import FLModel
from tests.fakes import make_federation, small_train
from tests.fbl_helpers import FakeAugment, FakeGenerator, fbl, make_ctx, skewed_parts

# ---- the balance plan ----------------------------------------------------------------------


def test_limited_one_class_client() -> None:
    p = P.plan_client([12, 0, 0, 0], "limited")
    assert p.target.tolist() == [3, 3, 3, 3]
    assert p.keep.tolist() == [3, 0, 0, 0] and p.fill.tolist() == [0, 3, 3, 3]
    assert p.excessive.tolist() == [True, False, False, False]
    assert p.missing.tolist() == [False, True, True, True]
    assert p.total == 12


def test_limited_missing_and_scarce_remainder_goes_to_largest() -> None:
    # N = 23, C = 4: b = 5, remainder 3 to the three largest classes (ties: lower index).
    p = P.plan_client([10, 2, 0, 11], "limited")
    assert p.target.tolist() == [6, 6, 5, 6]
    assert p.keep.tolist() == [6, 2, 0, 6]
    assert p.fill.tolist() == [0, 4, 5, 0]
    assert p.scarce.tolist() == [False, True, False, False]
    assert p.missing.tolist() == [False, False, True, False]
    assert p.total == 23 and p.num_synthetic == 9


def test_fewer_samples_than_classes() -> None:
    # N = 3 < C = 4: b = 0, the 3 remainder slots go to classes 1, 2 (largest) then 0 (tie, lower index).
    p = P.plan_client([0, 2, 1, 0], "limited")
    assert p.target.tolist() == [1, 1, 1, 0] and p.keep.tolist() == [0, 1, 1, 0]
    assert p.fill.tolist() == [1, 0, 0, 0] and p.total == 3


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 200), min_size=1, max_size=12).filter(lambda c: sum(c) > 0))
def test_limited_total_is_exactly_n(counts: list[int]) -> None:
    p = P.plan_client(counts, "limited")
    c = np.array(counts)
    assert p.total == c.sum() and p.target.sum() == c.sum()
    assert p.target.max() - p.target.min() <= 1
    assert (p.keep <= c).all() and (p.keep == np.minimum(c, p.target)).all()
    assert (p.keep + p.fill == p.target).all() and p.unfilled.sum() == 0


def test_unlimited_keeps_all_and_tops_up_to_max() -> None:
    p = P.plan_client([30, 4, 0, 12], "unlimited")
    assert p.keep.tolist() == [30, 4, 0, 12]
    assert p.fill.tolist() == [0, 26, 30, 18]
    assert p.after.tolist() == [30] * 4 and not p.excessive.any()


def test_no_generator_client_is_unchanged() -> None:
    p = P.plan_client([30, 4, 0, 12], "no_generator", can_fill=True)
    assert p.keep.tolist() == [30, 4, 0, 12] and p.num_synthetic == 0


def test_unfillable_share_is_not_replaced() -> None:
    counts = np.array([13, 3, 0, 0])  # N = 16, b = 4
    off = P.plan_client(counts, "limited", can_fill=False)
    assert off.keep.tolist() == [4, 3, 0, 0] and off.fill.sum() == 0
    assert off.unfilled.tolist() == [0, 1, 4, 4] and off.total == 7
    aug = P.plan_client(counts, "limited", can_fill=counts > 0)
    assert aug.fill.tolist() == [0, 1, 0, 0] and aug.unfilled.tolist() == [0, 0, 4, 4] and aug.total == 8
    short = P.plan_client(counts, "limited").with_fill(np.array([0, 0, 4, 4]))
    assert short.unfilled.tolist() == [0, 1, 0, 0] and short.total == 15


def test_client_kinds_counts_and_determinism() -> None:
    kinds = P.assign_client_kinds(10, 0.3, 0.2, np.random.default_rng(7))
    assert kinds.count("unlimited") == 3 and kinds.count("no_generator") == 2 and kinds.count("limited") == 5
    assert kinds == P.assign_client_kinds(10, 0.3, 0.2, np.random.default_rng(7))
    assert P.assign_client_kinds(4, 0.0, 0.0, np.random.default_rng(0)) == ["limited"] * 4
    assert P.assign_client_kinds(3, 1.0, 0.0, np.random.default_rng(0)) == ["unlimited"] * 3
    with pytest.raises(ConfigError, match="share_unlimited"):
        P.assign_client_kinds(10, 0.6, 0.5, np.random.default_rng(0))
    with pytest.raises(ConfigError, match="sum <= 1"):
        FBLHparams(share_unlimited=0.7, share_no_generator=0.4)


# ---- knowledge sampling and replay ---------------------------------------------------------


def test_select_by_loss_picks_highest_per_class() -> None:
    labels = np.array([0, 0, 0, 0, 1, 1, 2])
    losses = np.array([0.1, 0.9, 0.5, 0.7, 0.3, 0.2, 0.0])
    kept = P.select_by_loss(losses, labels, np.array([2, 2, 1]))
    assert kept.tolist() == [1, 3, 4, 5, 6]
    rnd = P.select_random(labels, np.array([2, 1, 1]), np.random.default_rng(0))
    assert np.bincount(labels[rnd]).tolist() == [2, 1, 1]


class _LogitModel(FLModel):
    """logits = the first C pixels: a model whose per-sample losses are set by the input."""

    def __init__(self, c: int) -> None:
        super().__init__()
        self.c, self.feature_dim = c, c
        self.scale = nn.Parameter(torch.ones(()))

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return x.flatten(1)[:, : self.c]

    def head(self, z: torch.Tensor) -> torch.Tensor:
        return z * self.scale


def test_loss_sampling_uses_the_global_model_losses() -> None:
    # 8 samples of class 0 whose logit for class 0 falls with the index (loss rises), 2 of class 1.
    x = torch.zeros(10, 1, 1, 2)
    x[:8, 0, 0, 0] = -torch.arange(8.0)
    y = torch.tensor([0] * 8 + [1] * 2)
    data = LocalData(x, y)
    plan = P.plan_client([8, 2], "limited")  # keep 5 of class 0
    m = fbl(sampling="loss")
    ctx = make_ctx(m, _LogitModel(2), data)
    losses = FBLCore.sample_losses(ctx, data, np.ones(10, dtype=bool))
    expect = F.cross_entropy(x.flatten(1), y, reduction="none").double().numpy()
    np.testing.assert_allclose(losses, expect)
    kept, left = m._sample(ctx, data, plan)
    assert kept.tolist() == [3, 4, 5, 6, 7, 8, 9] and left.tolist() == [0, 1, 2]
    # The local model is not the one asked: changing it does not change the choice.
    with torch.no_grad():
        ctx.model.scale.fill_(-1.0)
    assert m._sample(ctx, data, plan)[0].tolist() == kept.tolist()


def test_replay_schedule() -> None:
    assert [t for t in range(9) if P.is_replay_round(t, 3)] == [2, 5, 8]
    assert [t for t in range(4) if P.is_replay_round(t, 1)] == [0, 1, 2, 3]
    assert not any(P.is_replay_round(t, 0) for t in range(10))
    assert P.num_replay(47, 0.1) == 5 and P.num_replay(45, 0.1) == 5 and P.num_replay(44, 0.1) == 4
    assert P.num_replay(3, 1.0) == 3 and P.num_replay(0, 0.5) == 0


def test_replay_in_rounds() -> None:
    # Client 0 = [45, 5, 10, 0]: b = 15, class 0 keeps 15 of 45, 30 are left out each round.
    fed = make_federation(parts=skewed_parts())
    m = fbl(replay_period=2, replay_fraction=0.1, alignment=False)
    run_federated(fed, small_train(rounds=4), m)
    per_round = {r: c.num_replayed for r, c in m.round_counts.items()}
    left_out_1 = int((m.plans[1].counts - m.plans[1].keep).sum())
    assert per_round == {0: 0, 1: 3 + P.num_replay(left_out_1, 0.1), 2: 0, 3: 3 + P.num_replay(left_out_1, 0.1)}
    assert m.round_counts[1].num_real == m.round_counts[0].num_real + per_round[1]


# ---- knowledge filling -----------------------------------------------------------------------


def test_filling_sets_and_determinism() -> None:
    fed = make_federation(parts=skewed_parts())
    gen = FakeGenerator()
    m = fbl(gen=gen)
    m.setup(fed, small_train())
    assert gen.prepared == 1 and m.run_metrics()["generator_fidelity"] == 0.5
    p0 = m.plans[0]
    assert p0.counts.tolist() == [45, 5, 10, 0] and p0.fill.tolist() == [0, 10, 5, 15]
    syn = m.synthetic[0]
    assert syn is not None and len(syn) == 30 and bool(syn.aux[SYNTHETIC].all())
    assert np.bincount(syn.y.numpy(), minlength=4).tolist() == [0, 10, 5, 15]
    assert syn.x.dtype == torch.uint8 and syn.x.shape[1:] == fed.clients[0].x.shape[1:]
    assert syn.batch(torch.arange(2)).x.dtype == torch.float32
    m2 = fbl()
    m2.setup(fed, small_train())
    assert m2.synthetic[0] is not None and torch.equal(m2.synthetic[0].x, syn.x)
    m3 = fbl()
    m3.setup(fed, small_train(seed=1))
    assert m3.synthetic[0] is not None and not torch.equal(m3.synthetic[0].x, syn.x)


def test_augment_like_generator_cannot_fill_missing() -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl(gen=FakeAugment(), generator="augment")
    m.setup(fed, small_train())
    p0 = m.plans[0]
    assert p0.fill.tolist() == [0, 10, 5, 0] and p0.unfilled.tolist() == [0, 0, 0, 15]
    assert p0.total == 60 - 15
    assert m.run_metrics()["fbl_unfilled"] >= 15


def test_real_augment_generator_end_to_end() -> None:
    # The generators module's own augment filler (no training): scarce classes only.
    fed = make_federation(parts=skewed_parts())
    m = FBL.from_dict({"generator": "augment"})
    res = run_federated(fed, small_train(rounds=1), m)
    assert m.plans[0].fill.tolist() == [0, 10, 5, 0] and m.plans[0].unfilled.tolist() == [0, 0, 0, 15]
    syn = m.synthetic[0]
    assert syn is not None and len(syn) == 15 and m.plans[1].fill.tolist() == [30, 0, 0, 0]
    assert res.final.metrics["num_synthetic"] == 15 + 30


def test_local_update_data_and_metrics() -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl(replay_period=0)
    res = run_federated(fed, small_train(rounds=1), m)
    rc = m.round_counts[0]
    assert rc.num_real == sum(p.num_real for p in m.plans)
    assert rc.num_synthetic == sum(p.num_synthetic for p in m.plans) and rc.num_replayed == 0
    metrics = res.final.metrics
    assert metrics["num_real"] == rc.num_real and metrics["num_synthetic"] == rc.num_synthetic
    assert all(p.total == p.counts.sum() for p in m.plans)  # limited clients: the budget holds


def test_no_generator_clients_run_plain() -> None:
    fed = make_federation(num_clients=4, parts=None)
    m = fbl(share_no_generator=0.5, share_unlimited=0.25)
    m.setup(fed, small_train())
    assert m.kinds.count("no_generator") == 2 and m.kinds.count("unlimited") == 1
    for k, kind in enumerate(m.kinds):
        if kind == "no_generator":
            assert m.plans[k].num_synthetic == 0 and m.synthetic[k] is None
        if kind == "unlimited":
            assert (m.plans[k].keep == m.plans[k].counts).all()
            assert (m.plans[k].after == m.plans[k].counts.max()).all()
