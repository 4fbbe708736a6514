"""FedGen (baselines/fedgen.py): conformance, the FedAvg limit, the server's generator step,
the per-label ensemble weights and determinism, on toy federations."""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
import torch
import torch.nn.functional as F
from fblbench_baselines.fedgen import (
    LABEL_COUNTS,
    FedGen,
    FedGenState,
    diversity_loss,
    ensemble_logits,
    label_weights,
)

from fblbench.engine.aggregate import State
from fblbench.engine.client import ClientContext, ClientUpdate
from fblbench.engine.loop import RunResult, run_federated
from fblbench.errors import ConfigError
from fblbench.method import FedAvg, Method
from fblbench.server import ServerRound
from fblbench.testing import check_method
from tests.fakes import make_federation, small_train


@pytest.fixture(autouse=True)
def _one_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Tiny tensors: one intra-op thread (run_federated would otherwise take every core, and on
    # a loaded machine the extra OpenMP threads only spin).
    monkeypatch.setattr("fblbench.engine.loop.auto_threads", lambda *a, **k: 1)
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


# Fewer generator steps where a test does not measure the generator itself.
FAST: dict[str, Any] = {"server_steps": 5, "hidden_dim": 32, "synthetic_batch_size": 8}


def run(method: Method, rounds: int = 2, num_clients: int = 3, **train_kw: Any) -> RunResult:
    train = small_train(rounds=rounds, threads=1, **train_kw)
    return run_federated(make_federation(num_clients=num_clients, train=train), train, method)


def same_params(a: State, b: State) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


class Recording(FedGen):
    """FedGen that keeps what each aggregate saw and returned."""

    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        self.rounds: list[tuple[list[ClientUpdate], FedGenState, FedGenState, dict[str, float]]] = []

    def aggregate(self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
                  server: ServerRound | None = None) -> tuple[State, Any]:
        new, state = super().aggregate(global_params, updates, server_state, server)
        self.rounds.append((list(updates), server_state, state, dict(server.metrics) if server else {}))
        return new, state


# ------------------------------------------------------------------------------ conformance
def test_fedgen_conforms() -> None:
    check_method(FedGen)


def test_hparams_are_validated() -> None:
    for bad in ({"alpha": -1.0}, {"decay": 0.0}, {"server_batch_size": 1}, {"generator_lr": 0.0},
                {"noise_dim": 0}):
        with pytest.raises(ConfigError, match="fedgen"):
            FedGen.from_dict(bad)


# ---------------------------------------------------------------------------- FedAvg limit
def test_regulariser_off_equals_fedavg_and_on_does_not() -> None:
    fedavg = run(FedAvg(), rounds=2)
    off = run(FedGen.from_dict({"alpha": 0.0, "beta": 0.0, **FAST}), rounds=2)
    assert same_params(off.params, fedavg.params)  # the generator trains, but nobody uses it
    assert [r.val_acc for r in off.reports] == [r.val_acc for r in fedavg.reports]
    # Round 0 is the warm-up (G untrained): FedAvg exactly; from round 1 the regulariser acts.
    assert same_params(run(FedGen.from_dict(FAST), rounds=1).params, run(FedAvg(), rounds=1).params)
    assert not same_params(run(FedGen.from_dict(FAST), rounds=2).params, fedavg.params)
    # alpha alone (no latent matching) also moves the model.
    assert not same_params(run(FedGen.from_dict({"beta": 0.0, **FAST}), rounds=2).params, fedavg.params)


# ---------------------------------------------------------------------------- server step
def _fixed_batch_ce(method: FedGen, state: FedGenState, updates: Sequence[ClientUpdate],
                    n: int = 256) -> float:
    g = torch.Generator().manual_seed(1234)
    counts = torch.stack([u.extras[LABEL_COUNTS] for u in updates])
    prior = counts.sum(0).double()
    y = torch.multinomial(prior / prior.sum(), n, replacement=True, generator=g)
    eps = torch.randn(n, method.hp.noise_dim, generator=g)
    gen = method.generator(state)
    with torch.no_grad():
        logits = ensemble_logits(method.template, [u.params for u in updates], label_weights(counts),
                                 gen(eps, y), y)
    return float(F.cross_entropy(logits, y))


def test_server_step_lowers_the_ensemble_cross_entropy_of_generated_features() -> None:
    method = Recording()  # the paper's defaults: 50 Adam steps
    run(method, rounds=2)
    for round_idx, (updates, before, after, metrics) in enumerate(method.rounds):
        assert after.trained_rounds == before.trained_rounds + 1 == round_idx + 1
        assert not same_params(after.generator, before.generator)
        ce_before = _fixed_batch_ce(method, before, updates)
        ce_after = _fixed_batch_ce(method, after, updates)
        assert ce_after < 0.9 * ce_before, (round_idx, ce_before, ce_after)
        # the logged per-step ensemble CE fell over the round's steps too
        assert metrics["generator_ce_last"] < metrics["generator_ce_first"], metrics
        assert set(metrics) == {"generator_loss", "generator_ce_first", "generator_ce_last", "generator_diversity"}
        # the label distribution the clients sample from is the participants' pooled counts
        counts = sum(u.extras[LABEL_COUNTS] for u in updates)
        assert after.label_prior is not None
        assert torch.allclose(after.label_prior.double(), counts.double() / counts.sum())
    assert method.rounds[0][1].label_prior is None  # warm-up: no generator before round 0's step
    # round 1 continued from round 0's generator and Adam state
    assert same_params(method.rounds[1][1].generator, method.rounds[0][2].generator)
    assert method.rounds[1][1].optimizer is not None


def test_diversity_term_rewards_spread_features() -> None:
    eps = torch.randn(16, 4, generator=torch.Generator().manual_seed(0))
    collapsed = torch.ones(16, 8)
    spread = eps.repeat(1, 2)
    assert float(diversity_loss(eps, collapsed)) == pytest.approx(1.0)
    assert float(diversity_loss(eps, spread)) < 0.5


# --------------------------------------------------------------------- label-count weights
def test_label_weights_give_a_client_without_class_y_weight_zero_for_y() -> None:
    counts = torch.tensor([[3, 0, 1, 0], [1, 2, 0, 0]])
    w = label_weights(counts)
    assert torch.equal(w, torch.tensor([[0.75, 0.0, 1.0, 0.0], [0.25, 1.0, 0.0, 0.0]], dtype=torch.float64))


def test_ensemble_ignores_a_client_head_on_labels_it_does_not_hold() -> None:
    method = Recording(FedGen.Hparams(**FAST))
    run(method, rounds=1, num_clients=2)
    updates = method.rounds[0][0]
    counts = torch.tensor([[5, 0, 3, 2], [1, 4, 0, 2]])  # client 0 lacks class 1, client 1 class 2
    z = torch.randn(8, method.template.feature_dim, generator=torch.Generator().manual_seed(0))
    y = torch.tensor([0, 1, 2, 3, 0, 1, 2, 3])
    params = [u.params for u in updates]
    base = ensemble_logits(method.template, params, label_weights(counts), z, y)
    # Perturb client 0's head: rows of class 1 (which it lacks) are unchanged, the others move.
    moved = {k: v + 1.0 if v.is_floating_point() else v for k, v in params[0].items()}
    logits = ensemble_logits(method.template, [moved, params[1]], label_weights(counts), z, y)
    same = (logits == base).all(dim=1)
    assert same.tolist() == [False, True, False, False, False, True, False, False]
    # A label held by one client is that client's head alone.
    alone = copy.deepcopy(method.template)
    alone.load_state_dict(params[1])
    assert torch.allclose(base[y == 1], alone.head(z[y == 1]))


# ---------------------------------------------------------------------------- clients
def test_clients_send_label_counts_and_leave_the_generator_alone() -> None:
    method = Recording(FedGen.Hparams(**FAST))
    run(method, rounds=2)
    updates, before, _, _ = method.rounds[1]
    gen_before = {k: v.clone() for k, v in before.generator.items()}
    fed = make_federation(num_clients=3, train=small_train(threads=1))
    for u in updates:
        assert torch.equal(u.extras[LABEL_COUNTS], torch.bincount(fed.clients[u.client_id].y, minlength=4))
    assert same_params(before.generator, gen_before)
    # the server state the clients read in round 1 is the one round 0 returned (not mutated after)
    assert same_params(method.rounds[0][2].generator, before.generator)


# ---------------------------------------------------------------------------- determinism
def test_two_runs_with_one_seed_are_identical() -> None:
    results, methods = [], []
    for _ in range(2):
        m = Recording(FedGen.Hparams(server_steps=10, hidden_dim=32))
        results.append(run(m, rounds=3, num_clients=4, participation=0.5))
        methods.append(m)
    a, b = results
    assert same_params(a.params, b.params)
    assert [r.as_metrics() | {"round_seconds": 0} for r in a.reports] == \
        [r.as_metrics() | {"round_seconds": 0} for r in b.reports]
    for ra, rb in zip(methods[0].rounds, methods[1].rounds, strict=True):
        assert same_params(ra[2].generator, rb[2].generator)
    # and a different seed gives a different run
    other = run(Recording(FedGen.Hparams(server_steps=10, hidden_dim=32)), rounds=3, num_clients=4,
                participation=0.5, seed=1)
    assert not same_params(other.params, a.params)


def test_client_loss_is_ce_plus_the_generative_and_latent_matching_terms() -> None:
    method = Recording(FedGen.Hparams(**FAST))
    run(method, rounds=1, num_clients=2)
    state = method.rounds[0][2]
    assert state.label_prior is not None
    prior = state.label_prior.double()
    train = small_train(threads=1)
    fed = make_federation(num_clients=2, train=train)
    model = copy.deepcopy(method.template)
    ctx = ClientContext(method=method, client_id=0, round_idx=1, num_rounds=2, model=model,
                        global_params=model.state_dict(), data=fed.clients[0], num_classes=4, train_cfg=train,
                        seed=0, device=torch.device("cpu"), state={}, server_state=state)
    gen = method.generator(state)
    nd, m = method.hp.noise_dim, method.hp.synthetic_batch_size

    def generate(y: torch.Tensor) -> torch.Tensor:
        with torch.no_grad():
            return gen(torch.randn(len(y), nd, generator=rng), y)

    batch = ctx.data.batch(torch.arange(8))
    rng = torch.Generator().manual_seed(5)
    loss = method.regularised_loss(ctx, batch, generate, prior, rng, alpha=2.0, beta=0.5)
    # the same draws by hand: labels y' ~ prior, then the noise for y', then the noise for the batch
    g = torch.Generator().manual_seed(5)
    y_gen = torch.multinomial(prior, m, replacement=True, generator=g)
    with torch.no_grad():
        f_gen = gen(torch.randn(m, nd, generator=g), y_gen)
        target = F.softmax(model.head(gen(torch.randn(8, nd, generator=g), batch.y)), dim=1)
    logits = model(batch.x)
    expected = (F.cross_entropy(logits, batch.y) + 2.0 * F.cross_entropy(model.head(f_gen), y_gen)
                + 0.5 * (target * (target.log() - F.log_softmax(logits, dim=1))).sum(1).mean())
    assert torch.allclose(loss, expected, rtol=1e-5, atol=1e-6)
    # alpha = beta = 0: exactly the cross-entropy
    plain = method.regularised_loss(ctx, batch, generate, prior, rng, alpha=0.0, beta=0.0)
    assert torch.equal(plain, F.cross_entropy(model(batch.x), batch.y))
