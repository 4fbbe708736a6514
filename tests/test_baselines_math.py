"""Each bundled baseline against its paper's update rule, on hand-computed numbers.

The tiny model below has ``encode = identity`` and ``head = Linear``: at W = 0, b = 0 the
softmax of a 2-class problem is uniform, so the cross-entropy gradient for a sample x of
class 0 is by hand ``dW = [[-x/2], [x/2]]``, ``db = [-1/2, 1/2]``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
import torch
from fblbench_baselines.fedadam import FedAdam
from fblbench_baselines.fedavgm import FedAvgM
from fblbench_baselines.feddyn import GRAD, FedDyn
from fblbench_baselines.fedlc import FedLC, calibrated_logits
from fblbench_baselines.fednova import MOMENTUM, FedNova, a_norm
from fblbench_baselines.fedprox import FedProx
from fblbench_baselines.moon import PREV_MODEL, Moon, contrastive_loss
from fblbench_baselines.scaffold import DELTA_C, Scaffold
from torch import nn

from fblbench.config import TrainConfig
from fblbench.engine.aggregate import State, clone_state
from fblbench.engine.client import ClientContext, ClientUpdate, LocalData
from fblbench.engine.loop import run_federated
from fblbench.method import FedAvg, Method
from fblbench.models import FLModel
from tests.fakes import make_federation, small_train


@pytest.fixture(autouse=True)
def _one_thread() -> Iterator[None]:
    # Tiny tensors: one intra-op thread is fastest and immune to a loaded machine.
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


class Tiny(FLModel):
    """``logits = W x + b``; features are the inputs themselves."""

    def __init__(self, d: int = 2, c: int = 2) -> None:
        super().__init__()
        self.fc = nn.Linear(d, c)
        self.feature_dim = d

    def encode(self, x: torch.Tensor) -> torch.Tensor:
        return x

    def head(self, z: torch.Tensor) -> torch.Tensor:
        return self.fc(z)


def tiny(w: list[list[float]], b: list[float]) -> Tiny:
    m = Tiny(len(w[0]), len(w))
    with torch.no_grad():
        m.fc.weight.copy_(torch.tensor(w))
        m.fc.bias.copy_(torch.tensor(b))
    return m


def params(w: list[list[float]], b: list[float]) -> State:
    return {"fc.weight": torch.tensor(w), "fc.bias": torch.tensor(b)}


def make_ctx(
    method: Method,
    model: FLModel,
    x: torch.Tensor,
    y: torch.Tensor,
    *,
    global_params: State | None = None,
    state: dict | None = None,
    server_state: object = None,
    lr: float = 0.1,
    momentum: float = 0.0,
    batch_size: int = 1,
    num_classes: int = 2,
) -> ClientContext:
    cfg = TrainConfig(lr=lr, momentum=momentum, weight_decay=0.0, batch_size=batch_size, local_epochs=1, device="cpu")
    return ClientContext(
        method=method,
        client_id=0,
        round_idx=0,
        num_rounds=1,
        model=model,
        global_params=clone_state(model.state_dict()) if global_params is None else global_params,
        data=LocalData(x, y),
        num_classes=num_classes,
        train_cfg=cfg,
        seed=0,
        device=torch.device("cpu"),
        state={} if state is None else state,
        server_state=server_state,
    )


def upd(p: State, n: int, steps: int = 1, **extras: object) -> ClientUpdate:
    return ClientUpdate(
        client_id=0, params=p, num_samples=n, num_steps=steps, train_loss=0.0, extras=dict(extras),
        param_names=tuple(k for k in p if "running" not in k),
    )


def close(a: torch.Tensor, b: list | float | torch.Tensor) -> bool:
    return torch.allclose(a.double(), torch.as_tensor(b, dtype=torch.float64), rtol=0, atol=1e-6)


X1 = torch.tensor([[1.0, 2.0]])
Y0 = torch.tensor([0])


# --------------------------------------------------------------------------------- FedProx
def test_fedprox_proximal_gradient_is_mu_times_w_minus_w0() -> None:
    model = tiny([[1.0, 2.0], [3.0, 4.0]], [1.0, -1.0])
    w0 = params([[0.5, 2.0], [1.0, 4.0]], [0.0, 0.0])
    method = FedProx(FedProx.Hparams(mu=0.1))
    ctx = make_ctx(method, model, X1, Y0, global_params=w0)
    batch = ctx.data.batch(torch.tensor([0]))
    prox = method.loss(ctx, batch) - ctx.default_loss(batch)
    # mu/2 * (0.5^2 + 2^2 + 1^2 + 1^2) = 0.05 * 6.25
    assert close(prox, 0.3125)
    prox.backward()
    assert close(model.fc.weight.grad, [[0.05, 0.0], [0.2, 0.0]])  # 0.1 * (W - W0)
    assert close(model.fc.bias.grad, [0.1, -0.1])


# -------------------------------------------------------------------------------- SCAFFOLD
def test_scaffold_corrected_step_and_option_ii_control_variate() -> None:
    c = params([[0.1, 0.2], [0.3, 0.4]], [0.0, 0.0])
    c_i = params([[0.3, 0.1], [0.0, 0.2]], [0.0, 0.0])
    state = {"c_i": c_i}
    method = Scaffold()
    ctx = make_ctx(method, tiny([[0, 0], [0, 0]], [0, 0]), X1, Y0, state=state,
                   server_state={"c": c, "num_clients": 3}, lr=0.1)
    u = method.local_update(ctx)
    # one step (K = 1): y = x - lr * (g + c - c_i), g = [[-.5, -1], [.5, 1]], c - c_i = [[-.2, .1], [.3, .2]]
    assert u.num_steps == 1
    assert close(u.params["fc.weight"], [[0.07, 0.09], [-0.08, -0.12]])
    assert close(u.params["fc.bias"], [0.05, -0.05])
    # option II: c_i+ = c_i - c + (x - y) / (K lr) = g at K = 1
    assert close(state["c_i"]["fc.weight"], [[-0.5, -1.0], [0.5, 1.0]])
    assert close(state["c_i"]["fc.bias"], [-0.5, 0.5])
    assert close(u.extras[DELTA_C]["fc.weight"], [[-0.8, -1.1], [0.5, 0.8]])


def test_scaffold_two_steps_match_a_reference_loop() -> None:
    lr, x, y = 0.1, torch.cat([X1, X1]), torch.cat([Y0, Y0])  # two equal samples: order irrelevant
    c = params([[0.1, -0.2], [0.0, 0.4]], [0.1, 0.0])
    c_i = params([[0.0, 0.3], [-0.1, 0.0]], [0.0, 0.2])
    method = Scaffold()
    state = {"c_i": c_i}
    u = method.local_update(make_ctx(method, tiny([[0, 0], [0, 0]], [0, 0]), x, y, state=state,
                                     server_state={"c": c, "num_clients": 2}, lr=lr))
    ref = tiny([[0, 0], [0, 0]], [0, 0])
    for _ in range(2):
        ref.zero_grad()
        nn.functional.cross_entropy(ref(X1), Y0).backward()
        with torch.no_grad():
            for n, p in ref.named_parameters():
                p -= lr * (p.grad + c[n] - c_i[n])
    for n, p in ref.named_parameters():
        assert close(u.params[n], p.detach())
        assert close(state["c_i"][n], c_i[n] - c[n] + (0 - p.detach()) / (2 * lr))


def test_scaffold_control_variate_uses_the_momentum_effective_step() -> None:
    # Two equal samples, momentum 0.5: heavy-ball steps y1 = x - lr*g0, y2 = y1 - lr*(0.5*g0 + g1)
    lr, beta, x, y = 0.1, 0.5, torch.cat([X1, X1]), torch.cat([Y0, Y0])
    zero = params([[0, 0], [0, 0]], [0, 0])
    method = Scaffold()
    state = {"c_i": zero}
    u = method.local_update(make_ctx(method, tiny([[0, 0], [0, 0]], [0, 0]), x, y, state=state,
                                     server_state={"c": zero, "num_clients": 2}, lr=lr, momentum=beta))
    for n in zero:
        # c_i+ = c_i - c + (1 - beta) (x - y) / (K lr), with c = c_i = 0 and x = 0
        assert close(state["c_i"][n], (1 - beta) * (0 - u.params[n]) / (2 * lr))


def test_scaffold_server_step_and_control_variate() -> None:
    x = {"w": torch.tensor([0.0, 0.0])}
    state = {"c": {"w": torch.tensor([0.1, 0.1])}, "num_clients": 4}
    updates = [
        upd({"w": torch.tensor([1.0, 2.0])}, 10, **{DELTA_C: {"w": torch.tensor([0.4, 0.0])}}),
        upd({"w": torch.tensor([3.0, 0.0])}, 30, **{DELTA_C: {"w": torch.tensor([0.2, 0.6])}}),
    ]
    new, s = Scaffold(Scaffold.Hparams(server_lr=0.5)).aggregate(x, updates, state)
    assert close(new["w"], [1.0, 0.5])  # x + 0.5 * uniform mean([1, 2], [3, 0]) = 0.5 * [2, 1]
    assert close(s["c"]["w"], [0.25, 0.25])  # c + (1/N) sum dc = 0.1 + [0.6, 0.6] / 4


def test_scaffold_server_step_averages_buffers() -> None:
    # A BatchNorm running variance must stay the clients' average whatever server_lr is.
    x = {"w": torch.tensor([0.0]), "bn.running_var": torch.tensor([1.0])}
    state = {"c": {"w": torch.tensor([0.0])}, "num_clients": 2}
    updates = [
        upd({"w": torch.tensor([1.0]), "bn.running_var": torch.tensor([0.4])}, 1, **{DELTA_C: {"w": torch.tensor([0.0])}}),
        upd({"w": torch.tensor([3.0]), "bn.running_var": torch.tensor([0.4])}, 1, **{DELTA_C: {"w": torch.tensor([0.0])}}),
    ]
    new, _ = Scaffold(Scaffold.Hparams(server_lr=2.0)).aggregate(x, updates, state)
    assert close(new["w"], [4.0])  # 0 + 2 * mean(1, 3)
    assert close(new["bn.running_var"], [0.4])  # not 1 + 2 * (0.4 - 1) = -0.2


# --------------------------------------------------------------------------------- FedNova
def test_fednova_normalised_aggregate_with_unequal_steps() -> None:
    x = {"w": torch.tensor([1.0, 1.0])}
    updates = [
        upd({"w": torch.tensor([0.0, 1.0])}, 10, steps=2, **{MOMENTUM: 0.0}),
        upd({"w": torch.tensor([1.0, 0.0])}, 30, steps=4, **{MOMENTUM: 0.0}),
    ]
    new, _ = FedNova().aggregate(x, updates, None)
    # p = (1/4, 3/4); d = ([1, 0]/2, [0, 1]/4); tau_eff = 1/4*2 + 3/4*4 = 3.5
    # x - 3.5 * (1/4*[.5, 0] + 3/4*[0, .25]) = 1 - 3.5 * [.125, .1875]
    assert close(new["w"], [0.5625, 0.34375])
    fedavg, _ = FedAvg().aggregate(x, updates, None)
    assert close(fedavg["w"], [0.75, 0.25])  # what FedNova corrects


def test_fednova_momentum_effective_steps() -> None:
    assert a_norm(3, 0.0) == 3.0
    # sum over steps k of sum_{j < tau - k} rho^j: tau=2, rho=.5 -> 1.5 + 1; tau=4 -> 1.875+1.75+1.5+1
    assert a_norm(2, 0.5) == pytest.approx(2.5)
    assert a_norm(4, 0.5) == pytest.approx(6.125)
    x = {"w": torch.tensor([1.0, 1.0])}
    updates = [
        upd({"w": torch.tensor([0.0, 1.0])}, 10, steps=2, **{MOMENTUM: 0.5}),
        upd({"w": torch.tensor([1.0, 0.0])}, 30, steps=4, **{MOMENTUM: 0.5}),
    ]
    new, _ = FedNova().aggregate(x, updates, None)
    tau_eff = 0.25 * 2.5 + 0.75 * 6.125
    assert close(new["w"], [1 - tau_eff * 0.25 / 2.5, 1 - tau_eff * 0.75 / 6.125])


def test_fednova_reports_the_local_momentum() -> None:
    method = FedNova()
    u = method.local_update(make_ctx(method, tiny([[0, 0], [0, 0]], [0, 0]), X1, Y0, momentum=0.9))
    assert u.extras[MOMENTUM] == 0.9 and u.num_steps == 1


# ------------------------------------------------------------------------------------ MOON
def test_moon_contrastive_loss_on_fixed_features() -> None:
    z = torch.tensor([[1.0, 0.0], [3.0, 4.0]])
    z_glob = torch.tensor([[1.0, 1.0], [3.0, 4.0]])  # cosines 1/sqrt(2) and 1
    z_prev = torch.tensor([[0.0, 1.0], [-3.0, -4.0]])  # cosines 0 and -1
    tau = 0.5
    row1 = -math.log(math.exp(math.sqrt(0.5) / tau) / (math.exp(math.sqrt(0.5) / tau) + math.exp(0.0)))
    row2 = -math.log(math.exp(1 / tau) / (math.exp(1 / tau) + math.exp(-1 / tau)))
    assert close(contrastive_loss(z, z_glob, z_prev, tau), (row1 + row2) / 2)


def test_moon_loss_uses_global_and_previous_local_model() -> None:
    method = Moon(Moon.Hparams(mu=2.0, tau=0.5))
    x, y = torch.tensor([[1.0, 0.0]]), Y0
    model = tiny([[1, 0], [0, 1]], [0, 0])
    state: dict = {}
    ctx = make_ctx(method, model, x, y, state=state)
    batch = ctx.data.batch(torch.tensor([0]))
    ce = ctx.default_loss(batch)
    assert torch.equal(method.loss(ctx, batch), ce)  # no previous model yet: l_con = 0
    # encode = identity, so every model gives the same features: sim = 1 for both pairs
    state[PREV_MODEL] = tiny([[0, 0], [0, 0]], [0, 0])
    expected = float(ce.detach()) + 2.0 * math.log(2.0)
    assert close(method.loss(ctx, batch), expected)
    # after a round the client keeps a frozen copy of its trained model
    u = method.local_update(make_ctx(method, tiny([[0, 0], [0, 0]], [0, 0]), x, y, state=state))
    prev = state[PREV_MODEL]
    assert not any(p.requires_grad for p in prev.parameters())
    assert all(torch.equal(prev.state_dict()[k], v) for k, v in u.params.items())


# ----------------------------------------------------------------------------------- FedLC
def test_fedlc_calibrated_logits_and_loss() -> None:
    logits = torch.tensor([[1.0, 2.0, 0.5]])
    counts = torch.tensor([16, 1, 0])
    cal = calibrated_logits(logits, counts, tau=2.0)
    # shifts tau * n^(-1/4) = [2 * 16^-.25, 2 * 1, inf] = [1, 2, inf]
    assert close(cal[:, :2], [[0.0, 0.0]]) and cal[0, 2] == float("-inf")
    assert torch.equal(calibrated_logits(logits, counts, tau=0.0), logits)
    # FedLC.loss on a model whose logits are its bias [1, 2, .5]; 16 samples of class 0, one of class 1
    model = tiny([[0.0], [0.0], [0.0]], [1.0, 2.0, 0.5])
    y = torch.tensor([0] * 16 + [1])
    method = FedLC(FedLC.Hparams(tau=2.0))
    ctx = make_ctx(method, model, torch.ones(17, 1), y, num_classes=3)
    loss = method.loss(ctx, ctx.data.batch(torch.tensor([0])))
    assert close(loss, math.log(2.0))  # softmax over calibrated [0, 0, -inf]
    loss.backward()
    assert close(model.fc.bias.grad, [-0.5, 0.5, 0.0])  # the absent class gets no gradient


# ---------------------------------------------------------------------------------- FedDyn
def test_feddyn_linear_and_quadratic_terms() -> None:
    alpha, lr = 0.5, 0.1
    prev = params([[0.5, 0.0], [0.0, -1.0]], [0.0, 0.0])  # theta^{t-1}
    g_k = params([[0.1, 0.2], [0.3, 0.4]], [0.1, -0.1])
    state = {GRAD: g_k}
    method = FedDyn(FedDyn.Hparams(alpha=alpha))
    # start the local model away from theta^{t-1} so the quadratic term is active at step 1
    ctx = make_ctx(method, tiny([[0, 0], [0, 0]], [0, 0]), X1, Y0, global_params=prev, state=state,
                   server_state={"h": {}, "num_clients": 1}, lr=lr)
    u = method.local_update(ctx)
    # grad = g_CE - g_k + alpha (theta - theta^{t-1})
    #      = [[-.5, -1], [.5, 1]] - [[.1, .2], [.3, .4]] + .5 * [[-.5, 0], [0, 1]] = [[-.85, -1.2], [.2, 1.1]]
    assert close(u.params["fc.weight"], [[0.085, 0.12], [-0.02, -0.11]])
    assert close(u.params["fc.bias"], [0.06, -0.06])  # bias grad [-.5, .5] - [.1, -.1]
    # g_k <- g_k - alpha (theta_k - theta^{t-1})
    assert close(state[GRAD]["fc.weight"], [[0.3075, 0.14], [0.31, -0.045]])
    assert close(state[GRAD]["fc.bias"], [0.07, -0.07])
    # the same step from autograd on the written objective L - <g_k, theta> + alpha/2 ||theta - prev||^2
    ref = tiny([[0, 0], [0, 0]], [0, 0])
    obj = nn.functional.cross_entropy(ref(X1), Y0)
    for n, p in ref.named_parameters():
        obj = obj - (g_k[n] * p).sum() + alpha / 2 * ((p - prev[n]) ** 2).sum()
    obj.backward()
    for n, p in ref.named_parameters():
        assert close(u.params[n], (p - lr * p.grad).detach())


def test_feddyn_server_update() -> None:
    alpha = 0.5
    x = {"w": torch.tensor([1.0, 1.0])}
    state = {"h": {"w": torch.tensor([0.2, -0.2])}, "num_clients": 4}
    updates = [upd({"w": torch.tensor([2.0, 1.0])}, 5), upd({"w": torch.tensor([1.0, 3.0])}, 50)]
    new, s = FedDyn(FedDyn.Hparams(alpha=alpha)).aggregate(x, updates, state)
    # h = h - alpha/m * sum(theta_k - x) = [.2, -.2] - .125 * [1, 2]
    assert close(s["h"]["w"], [0.075, -0.45])
    # theta = uniform mean - h / alpha = [1.5, 2] - [.15, -.9]
    assert close(new["w"], [1.35, 2.9])


# ---------------------------------------------------------------------------------- FedAdam
def test_fedadam_one_and_two_server_steps() -> None:
    hp = FedAdam.Hparams(server_lr=0.1, beta1=0.9, beta2=0.99, tau=0.1)
    method = FedAdam(hp)
    x = {"w": torch.tensor([1.0, 2.0]), "bn.running_var": torch.tensor([1.0])}
    state = method.init_state(x, 2)
    assert close(state["v"]["w"], [0.01, 0.01])  # v starts at tau^2
    updates = [
        upd({"w": torch.tensor([1.0, 1.0]), "bn.running_var": torch.tensor([2.0])}, 1),
        upd({"w": torch.tensor([2.0, 1.0]), "bn.running_var": torch.tensor([4.0])}, 1),
    ]
    new, state = method.aggregate(x, updates, state)
    # Delta = [1.5, 1] - [1, 2] = [.5, -1]; m = .1 Delta; v = .99 * .01 + .01 Delta^2
    m, v = [0.05, -0.1], [0.0099 + 0.0025, 0.0099 + 0.01]
    expected = [1 + 0.1 * m[0] / (math.sqrt(v[0]) + 0.1), 2 + 0.1 * m[1] / (math.sqrt(v[1]) + 0.1)]
    assert close(state["m"]["w"], m) and close(state["v"]["w"], v)
    assert close(new["w"], expected)
    assert close(new["bn.running_var"], [3.0])  # buffers: the weighted mean, no Adam step
    # second step from x1 with the same client models
    x1 = new
    d2 = [1.5 - expected[0], 1.0 - expected[1]]
    m2 = [0.9 * m[i] + 0.1 * d2[i] for i in range(2)]
    v2 = [0.99 * v[i] + 0.01 * d2[i] ** 2 for i in range(2)]
    new2, _ = method.aggregate(x1, updates, state)
    assert close(new2["w"], [expected[i] + 0.1 * m2[i] / (math.sqrt(v2[i]) + 0.1) for i in range(2)])


# ---------------------------------------------------------------------------------- FedAvgM
def test_fedavgm_momentum_by_hand() -> None:
    method = FedAvgM(FedAvgM.Hparams(momentum=0.5, server_lr=0.5))
    x = {"w": torch.tensor([2.0])}
    state = method.init_state(x, 1)
    new, state = method.aggregate(x, [upd({"w": torch.tensor([0.0])}, 1)], state)
    assert close(new["w"], [1.0])  # v = 2; x - .5 * 2
    new, state = method.aggregate(new, [upd({"w": torch.tensor([0.0])}, 1)], state)
    assert close(new["w"], [0.0])  # v = .5 * 2 + 1 = 2; 1 - .5 * 2


# --------------------------------------------------------------------- equal to FedAvg exactly
def _final_params(method: Method) -> State:
    train = small_train(rounds=2)
    return run_federated(make_federation(num_clients=3, train=train), train, method).params


@pytest.mark.parametrize(
    "method",
    [FedProx(FedProx.Hparams(mu=0.0)), FedAvgM(FedAvgM.Hparams(momentum=0.0, server_lr=1.0))],
    ids=["fedprox-mu0", "fedavgm-m0-lr1"],
)
def test_reduces_to_fedavg_exactly(method: Method) -> None:
    ref, got = _final_params(FedAvg()), _final_params(method)
    assert ref.keys() == got.keys()
    assert all(torch.equal(ref[k], got[k]) for k in ref), "final parameters differ from FedAvg's"
