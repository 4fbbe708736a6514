"""FBL: alignment and drop, equivalences with FedAvg, composition, artifacts and the search space.

Fast: toy federations from tests/fakes.py and a fake generator (tests/fbl_helpers.py).
"""

from __future__ import annotations

import dataclasses
import json
import pickle
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

from fblbench.engine.client import Batch, ClientContext, ClientUpdate, evaluate
from fblbench.engine.loop import Federation, run_federated
from fblbench.errors import ConfigError
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
from tests.fbl_helpers import FakeGenerator, fbl, make_ctx, params_equal, skewed_parts

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
    ctx = make_ctx(m, model, data, num_classes=fed.num_classes)
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
        "fbl_generator.json",
    } <= names
    assert all(f.exists() and f.stat().st_size > 0 for f in files)
    rows = (tmp_path / "fbl_synthetic_per_round.csv").read_text().splitlines()
    assert rows[0].startswith("round,num_synthetic") and len(rows) == 3
    hist = (tmp_path / "fbl_histograms.csv").read_text().splitlines()
    assert len(hist) == 1 + 2 * fed.num_classes
    # The filler's provenance (the fake has no provenance(): its class names it).
    assert json.loads((tmp_path / "fbl_generator.json").read_text()) == {"kind": "FakeGenerator"}
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
