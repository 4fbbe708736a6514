"""FBL: balance plan, sampling, replay, filling, alignment, drop, extended framework, composition.

Fast: toy federations from tests/fakes.py and a fake generator (no DDPM training).
"""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

from fblbench.engine.client import Batch, ClientContext, ClientUpdate, LocalData, evaluate
from fblbench.engine.loop import Federation, run_federated
from fblbench.errors import ConfigError
from fblbench.fbl import plan as P
from fblbench.fbl.alignment import SYNTHETIC, average_embeddings, drop_keep_mask, make_feature_hook
from fblbench.fbl.method import (
    EMBEDDING_CLASSES_KEY,
    EMBEDDINGS_KEY,
    FBL,
    FBLCore,
    FBLHparams,
    FBLServerState,
)
from fblbench.method import FedAvg, Method
from fblbench.models import FLModel
from fblbench.registry import build_method, get_method
from tests.fakes import make_federation, small_train

# ---- helpers -------------------------------------------------------------------------------


class FakeGenerator:
    """The generators.Generator interface without a model: seeded noise images."""

    can_fill_missing: ClassVar[bool] = True
    needs_public: ClassVar[bool] = False

    def __init__(self) -> None:
        self.prepared = 0
        self.shape: tuple[int, ...] = (3, 16, 16)

    def prepare(
        self, fed: Federation, cache_dir: Path, progress: bool = True, public: object = None
    ) -> dict[str, float]:
        self.prepared += 1
        self.shape = tuple(fed.splits.train_x.shape[1:])
        return {"generator_fidelity": 0.5}

    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        return torch.randint(0, 256, (n, *self.shape), generator=rng).to(torch.uint8)


class FakeAugment(FakeGenerator):
    can_fill_missing: ClassVar[bool] = False

    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        if len(real) == 0:
            return torch.zeros(0, *self.shape, dtype=torch.uint8)
        return real[torch.randint(0, len(real), (n,), generator=rng)]


def fbl(cls: type[Method] = FBL, gen: FakeGenerator | None = None, **hp: Any) -> Any:
    m = cls.from_dict(hp)
    m.show_progress = False
    g = gen or FakeGenerator()
    m.make_generator = lambda: g  # inject the filler
    return m


def skewed_parts(fed_n: int = 240, num_classes: int = 4) -> list[np.ndarray]:
    """Two clients with known histograms: client 0 = [45, 5, 10, 0], client 1 = the rest."""
    y = np.arange(fed_n) % num_classes
    by = [np.flatnonzero(y == c) for c in range(num_classes)]
    p0 = np.concatenate([by[0][:45], by[1][:5], by[2][:10]])
    p1 = np.setdiff1d(np.arange(fed_n), p0)
    return [np.sort(p0), p1]


def params_equal(a: dict[str, torch.Tensor], b: dict[str, torch.Tensor]) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


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


def _ctx(method: Method, model: FLModel, data: LocalData, round_idx: int = 0, **kw: Any) -> ClientContext:
    base: dict[str, Any] = {
        "method": method,
        "client_id": 0,
        "round_idx": round_idx,
        "num_rounds": 10,
        "model": model,
        "global_params": {k: v.clone() for k, v in model.state_dict().items()},
        "data": data,
        "num_classes": 2,
        "train_cfg": small_train(),
        "seed": 123,
        "device": torch.device("cpu"),
        "state": {},
        "server_state": None,
    }
    base.update(kw)
    return ClientContext(**base)


def test_loss_sampling_uses_the_global_model_losses() -> None:
    # 8 samples of class 0 whose logit for class 0 falls with the index (loss rises), 2 of class 1.
    x = torch.zeros(10, 1, 1, 2)
    x[:8, 0, 0, 0] = -torch.arange(8.0)
    y = torch.tensor([0] * 8 + [1] * 2)
    data = LocalData(x, y)
    plan = P.plan_client([8, 2], "limited")  # keep 5 of class 0
    m = fbl(sampling="loss")
    ctx = _ctx(m, _LogitModel(2), data)
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


# ---- alignment and drop --------------------------------------------------------------------


def test_feature_hook_only_touches_synthetic_rows() -> None:
    emb = torch.randn(3, 5)
    hook = make_feature_hook(emb, 0.0, torch.Generator().manual_seed(0))
    z = torch.randn(6, 5)
    syn = torch.tensor([False, True, False, True, True, False])
    y = torch.tensor([0, 1, 2, 2, 0, 1])
    out = hook(z, Batch(z, y, {SYNTHETIC: syn}, torch.arange(6)))
    assert torch.equal(out[~syn], z[~syn])
    assert torch.equal(out[syn], z[syn] + emb[y[syn]])
    all_real = Batch(z, y, {SYNTHETIC: torch.zeros(6, dtype=torch.bool)}, torch.arange(6))
    assert hook(z, all_real) is z


def test_average_embeddings_per_class_weighted() -> None:
    prev = torch.full((3, 2), 7.0)
    a, b = torch.ones(3, 2), torch.full((3, 2), 4.0)
    ma, mb = torch.tensor([True, True, False]), torch.tensor([True, False, False])
    out = average_embeddings(prev, [a, b], [ma, mb], [1.0, 3.0])
    assert out is not None
    assert out[0].tolist() == [3.25, 3.25]  # (1 * 1 + 3 * 4) / 4
    assert out[1].tolist() == [1.0, 1.0] and out[2].tolist() == [7.0, 7.0]  # untrained: previous
    assert average_embeddings(prev, [], [], []) is prev


def test_drop_fraction_statistics() -> None:
    g = torch.Generator().manual_seed(0)
    syn = torch.tensor([True] * 48 + [False] * 16)
    kept = torch.stack([drop_keep_mask(syn, 0.3, g) for _ in range(400)])
    assert not kept[:, 48:].any()
    frac_dropped = 1 - kept[:, :48].float().mean().item()
    assert abs(frac_dropped - 0.3) < 0.015  # 19200 Bernoulli draws: sd ~ 0.0033
    assert drop_keep_mask(syn, 0.0, g).equal(syn) and not drop_keep_mask(syn, 1.0, g).any()
    a = drop_keep_mask(syn, 0.5, torch.Generator().manual_seed(3))
    assert a.equal(drop_keep_mask(syn, 0.5, torch.Generator().manual_seed(3)))


def test_alignment_never_touches_evaluation() -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl(replay_period=0)
    run_federated(fed, small_train(rounds=1), m)
    model = _model_for(fed)
    data = fed.clients[0]
    ctx = _ctx(m, model, data, num_classes=fed.num_classes)
    emb = torch.randn(fed.num_classes, model.feature_dim) * 5
    before = evaluate(model, fed.test)
    ctx.feature_hook = make_feature_hook(emb, 0.0, ctx.generator)
    assert evaluate(ctx.model, fed.test) == before
    # ctx.forward on real rows equals the raw path even with the hook set.
    batch = data.subset(torch.arange(8)).with_aux({SYNTHETIC: torch.zeros(8, dtype=torch.bool)}).batch(torch.arange(8))
    z, logits = ctx.forward(batch)
    assert torch.equal(z, model.encode(batch.x)) and torch.equal(logits, model(batch.x))
    syn_batch = Batch(batch.x, batch.y, {SYNTHETIC: torch.ones(8, dtype=torch.bool)}, batch.index)
    assert not torch.equal(ctx.forward(syn_batch)[1], logits)


def _model_for(fed: Federation) -> FLModel:
    from fblbench.models import build_model

    return build_model("simple_cnn", fed.num_classes, fed.splits.resolution, 0)


class _Spy(FBL):
    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        self.log: list[tuple[int, int, Any, Any]] = []
        self.states: list[FBLServerState] = []
        self.updates: list[list[ClientUpdate]] = []

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        st = ctx.server_state
        before = (st.embeddings if isinstance(st, FBLServerState) else None, ctx.state.get(EMBEDDINGS_KEY))
        upd = super().local_update(ctx)
        self.log.append((ctx.round_idx, ctx.client_id, before, ctx.state.get(EMBEDDINGS_KEY)))
        return upd

    def aggregate(self, global_params: Any, updates: Any, server_state: Any) -> tuple[Any, Any]:
        out = super().aggregate(global_params, updates, server_state)
        self.updates.append(list(updates))
        self.states.append(out[1])
        return out


def test_shared_embeddings_are_averaged_by_the_server() -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl(_Spy, align_shared=True, replay_period=0)
    run_federated(fed, small_train(rounds=2), m)
    s1 = m.states[0]
    assert s1.embeddings is not None and s1.embeddings.abs().sum() > 0
    ups = m.updates[0]
    assert all(EMBEDDINGS_KEY in u.extras for u in ups)
    expect = average_embeddings(
        None, [u.extras[EMBEDDINGS_KEY] for u in ups], [u.extras[EMBEDDING_CLASSES_KEY] for u in ups],
        [u.num_samples for u in ups],
    )
    assert expect is not None and torch.equal(s1.embeddings, expect)
    # Client 0 = [45, 5, 10, 0] fills classes 1-3, client 1 = [15, 55, 50, 60] only class 0:
    # each class's shared embedding is the one client's that trained it.
    assert m.plans[0].fill.tolist() == [0, 10, 5, 15] and m.plans[1].fill.tolist() == [30, 0, 0, 0]
    by_client = {u.client_id: u.extras[EMBEDDINGS_KEY] for u in ups}
    assert torch.equal(s1.embeddings[0], by_client[1][0]) and torch.equal(s1.embeddings[1:], by_client[0][1:])
    # Round 2 starts from the server's embeddings; no client keeps its own.
    round2 = [entry for entry in m.log if entry[0] == 1]
    assert all(torch.equal(e[2][0], s1.embeddings) and e[3] is None for e in round2)


def test_local_embeddings_stay_with_the_client() -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl(_Spy, align_shared=False, replay_period=0)
    run_federated(fed, small_train(rounds=2), m)
    assert all(s.embeddings is None for s in m.states)
    assert all(EMBEDDINGS_KEY not in u.extras for ups in m.updates for u in ups)
    r1 = {e[1]: e[3] for e in m.log if e[0] == 0}
    r2 = {e[1]: e[2][1] for e in m.log if e[0] == 1}
    assert r1.keys() == r2.keys() == {0, 1}
    assert all(torch.equal(r1[k], r2[k]) for k in r1)  # each client resumes its own
    assert not torch.equal(r1[0], r1[1])


def test_updates_carry_model_params_only() -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl(_Spy)
    res = run_federated(fed, small_train(rounds=1), m)
    assert res.params.keys() == _model_for(fed).state_dict().keys()
    assert all(u.num_samples == len(fed.clients[u.client_id]) for u in m.updates[0])


# ---- equivalences ----------------------------------------------------------------------------


def test_balancing_off_equals_fedavg_exactly() -> None:
    fed = make_federation(parts=skewed_parts())
    train = small_train(rounds=2, seed=3)
    ref = run_federated(fed, train, FedAvg())
    off = run_federated(fed, train, fbl(balancing=False, sampling="random", alignment=False, filling=False))
    assert params_equal(ref.params, off.params)
    assert [r.val_acc for r in ref.reports] == [r.val_acc for r in off.reports]


def test_already_balanced_clients_train_like_fedavg() -> None:
    # Every client holds 30 of each class: nothing to sample, fill or align.
    parts = [np.arange(0, 120), np.arange(120, 240)]
    fed = make_federation(parts=parts)
    train = small_train(rounds=2, seed=5)
    gen = FakeGenerator()
    out = run_federated(fed, train, fbl(gen=gen))
    assert gen.prepared == 0
    assert params_equal(run_federated(fed, train, FedAvg()).params, out.params)


# ---- composition -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _ToyHparams:
    bonus: float = 1.0


class _Toy(Method):
    """An inner method with its own loss term and server state."""

    name = "toy"
    summary = "cross-entropy + bonus * ||w||^2"
    Hparams = _ToyHparams

    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        self.seen_aux: set[str] = set()
        self.server_seen: list[Any] = []

    def loss(self, ctx: ClientContext, batch: Batch) -> torch.Tensor:
        self.seen_aux.update(batch.aux)
        reg = sum(p.pow(2).sum() for p in ctx.model.parameters())
        return ctx.default_loss(batch) + self.hp.bonus * reg

    def init_state(self, global_params: Any, num_clients: int) -> Any:
        return {"rounds": 0}

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        self.server_seen.append(ctx.server_state)
        return super().local_update(ctx)

    def aggregate(self, global_params: Any, updates: Any, server_state: Any) -> tuple[Any, Any]:
        params, _ = super().aggregate(global_params, updates, server_state)
        return params, {"rounds": server_state["rounds"] + 1}


def test_compose_builds_merged_method() -> None:
    cls = FBL.compose(_Toy)
    assert cls.name == "fbl+toy" and cls.__name__ == "fbl+toy" and FBL.compose(_Toy) is cls
    names = {f.name for f in dataclasses.fields(cls.Hparams)}
    assert {"bonus", "p_drop", "sampling"} <= names
    m = cls.from_dict({"bonus": 0.5, "p_drop": 0.2})
    assert m.hp.bonus == 0.5 and m.hp.p_drop == 0.2 and isinstance(m.hp, FBLHparams)
    with pytest.raises(ConfigError, match="p_drop"):
        cls.from_dict({"p_drop": 2.0})

    @dataclasses.dataclass(frozen=True)
    class Clash:
        p_drop: float = 0.1

    class Bad(Method):
        name = "bad"
        Hparams = Clash

    with pytest.raises(ConfigError, match="p_drop"):
        FBL.compose(Bad)
    with pytest.raises(ConfigError, match="already is FBL"):
        FBL.compose(FBL)
    m2 = pickle.loads(pickle.dumps(m))
    assert type(m2) is cls and m2.hp == m.hp
    assert pickle.loads(pickle.dumps(m.hp)) == m.hp
    plain = pickle.loads(pickle.dumps(FBL(FBLHparams(p_drop=0.3))))
    assert type(plain) is FBL and plain.hp.p_drop == 0.3


def test_composition_applies_inner_loss_and_server_logic() -> None:
    fed = make_federation(parts=skewed_parts())
    train = small_train(rounds=2, seed=2)
    cls = FBL.compose(_Toy)
    zero = fbl(cls, bonus=0.0)
    plain = fbl()
    a, b = run_federated(fed, train, zero), run_federated(fed, train, plain)
    assert params_equal(a.params, b.params)  # bonus 0: the inner loss adds nothing
    assert SYNTHETIC in zero.seen_aux  # the inner loss trained on FBL's balanced data
    assert zero.server_seen == [{"rounds": 0}] * 2 + [{"rounds": 1}] * 2  # its own server state
    c = run_federated(fed, train, fbl(cls, bonus=1e-3))
    assert not params_equal(c.params, b.params)


def test_hparams_validation() -> None:
    with pytest.raises(ConfigError, match="sampling"):
        FBLHparams(sampling="entropy")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="p_drop"):
        FBLHparams(p_drop=1.5)
    with pytest.raises(ConfigError, match=r"gen_.*width"):
        FBLHparams(gen_width=6)
    assert FBLHparams(gen_sampling_steps=10).generator_spec().sampling_steps == 10


def test_registry() -> None:
    assert get_method("fbl") is FBL
    m = build_method("fbl+fedavg", {"p_drop": 0.1})
    assert m.name == "fbl+fedavg" and isinstance(m, FBLCore) and m.hp.p_drop == 0.1
    assert FBL().name == "fbl" and "2601.14042" in FBL.paper


# ---- artifacts -------------------------------------------------------------------------------


def test_artifacts_written(tmp_path: Path) -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl()
    run_federated(fed, small_train(rounds=2), m)
    files = m.artifacts(tmp_path)
    names = {f.name for f in files}
    assert {
        "fbl_samples.png",
        "fbl_histograms.csv",
        "fbl_histograms.png",
        "fbl_synthetic_per_round.csv",
        "fbl_synthetic_per_round.png",
    } <= names
    assert all(f.exists() and f.stat().st_size > 0 for f in files)
    rows = (tmp_path / "fbl_synthetic_per_round.csv").read_text().splitlines()
    assert rows[0].startswith("round,num_synthetic") and len(rows) == 3
    hist = (tmp_path / "fbl_histograms.csv").read_text().splitlines()
    assert len(hist) == 1 + 2 * fed.num_classes
    assert FBL(FBLHparams(balancing=False)).artifacts(tmp_path / "off") == []


def test_search_space_names_fbl_fields_and_holds_defaults() -> None:
    from fblbench.tuning.space import load_space

    path = Path(__file__).resolve().parents[1] / "fblbench" / "search_spaces" / "fbl.yaml"
    fields = {f.name for f in dataclasses.fields(FBLHparams)}
    space = load_space(path, fields, "fbl")
    assert {"replay_period", "replay_fraction", "p_drop", "align_lr", "sampling", "generator"} <= set(space)
    defaults = dataclasses.asdict(FBLHparams())
    assert all(p.contains(defaults[k]) for k, p in space.items()), "a default lies outside its range"


def test_fbl_with_the_real_filler_trains_on_public_images_of_each_class() -> None:
    fed = make_federation(num_clients=2, alpha=0.1)
    method = FBL(FBLHparams(generator="real"))
    method.show_progress = False
    run_federated(fed, small_train(rounds=1), method)
    public = {bytes(x.numpy().tobytes()): int(y) for x, y in zip(fed.splits.public_x, fed.splits.public_y, strict=True)}
    drawn = 0
    for synth in method.synthetic:
        if synth is None:
            continue
        for x, y in zip(synth.images().cpu(), synth.y.cpu(), strict=True):
            assert public[bytes(x.numpy().tobytes())] == int(y)  # a public image of its own class
            drawn += 1
    assert drawn == method.setup_metrics["fbl_planned_synthetic"] > 0


def test_redraw_synthetic_switch_draws_a_new_set_each_round() -> None:
    class Counting(FakeGenerator):
        def __init__(self) -> None:
            super().__init__()
            self.images = 0

        def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
            self.images += n
            return super().fill(cls, n, real, rng)

    fixed, redrawn = Counting(), Counting()
    fed = make_federation(num_clients=2, alpha=0.1)
    run_federated(fed, small_train(rounds=3), fbl(gen=fixed, redraw_synthetic=False))
    m = fbl(gen=redrawn)  # the default
    result = run_federated(fed, small_train(rounds=3), m)
    per_round = int(m.setup_metrics["fbl_planned_synthetic"])
    assert per_round > 0 and fixed.images == per_round
    assert redrawn.images == 3 * per_round  # setup + rounds 2 and 3
    assert all(r.metrics["num_synthetic"] == per_round for r in result.reports)


def test_fbl_generator_fields_follow_generator_spec() -> None:
    """One gen_<name> per GeneratorSpec field (but kind), same type and default; the mapping is by name."""
    import dataclasses

    from fblbench.fbl.generators import GeneratorSpec
    from fblbench.fbl.hparams import GEN_PREFIX

    spec_fields = {f.name: f for f in dataclasses.fields(GeneratorSpec) if f.name != "kind"}
    gen_fields = {f.name[len(GEN_PREFIX):]: f for f in dataclasses.fields(FBLHparams) if f.name.startswith(GEN_PREFIX)}
    assert set(gen_fields) == set(spec_fields)
    for name, f in spec_fields.items():
        assert (gen_fields[name].type, gen_fields[name].default) == (f.type, f.default), name
    hp = FBLHparams(generator="gaussian", gen_guidance=3.5, gen_pool_size=7, gen_seed=4)
    spec = hp.generator_spec()
    assert (spec.kind, spec.guidance, spec.pool_size, spec.seed) == ("gaussian", 3.5, 7, 4)
    assert FBLHparams().generator_spec() == GeneratorSpec()
