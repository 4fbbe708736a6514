"""Mixed federations (``mix:<method>=<share>:...``, fblbench/mixed.py): clients run different methods."""

from __future__ import annotations

import dataclasses
import json
import pickle
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch

from fblbench import registry
from fblbench.config import DataConfig
from fblbench.engine.aggregate import State, weighted_mean
from fblbench.engine.client import ClientContext, ClientUpdate
from fblbench.engine.loop import RunResult, federation_from_splits, run_federated
from fblbench.errors import ConfigError, MethodNotFound
from fblbench.method import FedAvg, Method
from fblbench.mixed import (
    ASSIGNMENT_FILE,
    MixedMethod,
    MixServerState,
    assign_methods,
    mix_space,
    mixed_method,
    namespace,
    share_counts,
)
from fblbench.registry import build_method, get_method
from fblbench.server import ServerRound
from fblbench.testing import check_method
from fblbench.validate import coerce_hparams
from tests.fakes import make_federation, small_train

# ----------------------------------------------------------------------------- helpers


class _Spy(Method):
    """FedAvg's client side; records what it is given, returns garbage from aggregate."""

    name = "spy"
    summary = "test spy"
    paper = "none"

    @dataclass(frozen=True)
    class Hparams:
        tag: str = "?"

    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        self.setups = 0
        self.init_num_clients: int | None = None
        self.trained: list[int] = []
        self.server_states_seen: list[Any] = []
        self.aggregated: list[list[int]] = []

    def setup(self, fed: Any, train: Any) -> None:
        self.setups += 1

    def init_state(self, global_params: State, num_clients: int) -> Any:
        self.init_num_clients = num_clients
        return {"owner": self.hp.tag, "rounds": 0}

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        assert ctx.method is self  # the default loss (ctx.train) reaches this member's hooks
        self.trained.append(ctx.client_id)
        self.server_states_seen.append(dict(ctx.server_state))
        return super().local_update(ctx)

    def aggregate(self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
                  server: ServerRound | None = None) -> tuple[State, Any]:
        self.aggregated.append([u.client_id for u in updates])
        if server is not None:
            server.log("seen", len(updates))
        garbage = {k: torch.zeros_like(v) for k, v in global_params.items()}  # must not become the model
        return garbage, {**server_state, "rounds": server_state["rounds"] + 1}

    def run_metrics(self) -> dict[str, float]:
        return {"trained": float(len(self.trained))}


class SpyA(_Spy):
    name = "spya"


class SpyB(_Spy):
    name = "spyb"


@pytest.fixture
def spies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry._BUILTINS, "spya", f"{__name__}:SpyA")
    monkeypatch.setitem(registry._BUILTINS, "spyb", f"{__name__}:SpyB")


def params_equal(a: State, b: State) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def run(method: Method, num_clients: int = 4, rounds: int = 2, seed: int = 0, partition_seed: int = 0,
        **train_kw: Any) -> RunResult:
    fed = make_federation(num_clients=num_clients, alpha=0.5, n=96)  # small: the machine may be loaded
    if partition_seed:
        fed.data_cfg = dataclasses.replace(fed.data_cfg, partition_seed=partition_seed)
    return run_federated(fed, small_train(rounds=rounds, seed=seed, **train_kw), method)


class _Capture:
    """Mixin: keeps the last server state and every client's state dict."""

    last_state: Any = None
    client_states: dict[int, dict[str, Any]]

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        self.client_states = getattr(self, "client_states", {})
        self.client_states[ctx.client_id] = ctx.state
        return super().local_update(ctx)  # type: ignore[misc,no-any-return]

    def aggregate(self, *args: Any, **kw: Any) -> tuple[State, Any]:
        out = super().aggregate(*args, **kw)  # type: ignore[misc]
        self.last_state = out[1]
        return out  # type: ignore[no-any-return]


def captured(spec: str, hparams: dict[str, Any] | None = None) -> Any:
    cls = get_method(spec)
    sub: Any = type("Captured", (_Capture, cls), {})
    return sub.from_dict(hparams or {})


# ------------------------------------------------------------------- equivalence with FedAvg


def test_single_method_mix_equals_that_method_exactly() -> None:
    mixed = run(build_method("mix:fedavg=1.0"))
    plain = run(FedAvg())
    assert params_equal(mixed.params, plain.params)
    assert [r.val_acc for r in mixed.reports] == [r.val_acc for r in plain.reports]
    assert [r.train_loss for r in mixed.reports] == [r.train_loss for r in plain.reports]


def test_fedprox_with_mu_zero_in_a_mix_equals_fedavg_and_mu_matters() -> None:
    spec = "mix:fedavg=0.5:fedprox=0.5"
    plain = run(FedAvg())
    zero = run(build_method(spec, {"fedprox.mu": 0.0}))
    assert params_equal(zero.params, plain.params)
    strong = run(build_method(spec, {"fedprox.mu": 1.0}))  # the same test can fail: mu reaches FedProx
    assert not params_equal(strong.params, plain.params)


def test_global_model_is_the_weighted_mean_of_all_clients_not_the_members_aggregate(spies: None) -> None:
    # The spies' aggregate returns zeros: a mix must ignore it and take FedAvg's mean of every client.
    mix = build_method("mix:spya=0.5:spyb=0.5")
    assert isinstance(mix, MixedMethod)
    assert params_equal(run(mix).params, run(FedAvg()).params)
    updates = [ClientUpdate(k, {"w": torch.full((2,), float(k)), "n": torch.tensor(k)}, k + 1, 1, 0.0)
               for k in range(4)]
    mix.assignment = [0, 1, 0, 1]
    state = MixServerState([{"owner": "a", "rounds": 0}, {"owner": "b", "rounds": 0}])
    params, new = mix.aggregate({"w": torch.zeros(2), "n": torch.tensor(0)}, updates, state)
    want = weighted_mean([u.params for u in updates], [1, 2, 3, 4])
    assert params_equal(params, want)  # buffers (the integer "n") included, as FedAvg
    assert new.slots == [{"owner": "a", "rounds": 1}, {"owner": "b", "rounds": 1}]


# ------------------------------------------------------------------------------ assignment


@pytest.mark.parametrize(
    ("k", "shares", "want"),
    [
        (10, [0.5, 0.3, 0.2], [5, 3, 2]),
        (7, [1 / 3, 1 / 3, 1 / 3], [3, 2, 2]),  # leftover to the largest remainder, ties: listed first
        (3, [0.98, 0.01, 0.01], [1, 1, 1]),  # every share gets a client, taken from the largest
        (10, [0.95, 0.05], [9, 1]),  # 9.5 / 0.5: the tie goes to the one listed first, then the minimum
        (1, [1.0], [1]),
    ],
)
def test_share_counts_rounding_rule(k: int, shares: list[float], want: list[int]) -> None:
    assert share_counts(k, shares) == want


def test_assignment_is_deterministic_respects_shares_and_follows_the_partition_seed() -> None:
    rng = np.random.default_rng(0)
    for _ in range(50):
        k = int(rng.integers(3, 60))
        raw = rng.random(3) + 0.01
        shares = list(raw / raw.sum())
        a = assign_methods(k, shares, 5)
        assert a == assign_methods(k, shares, 5)
        counts = [a.count(i) for i in range(3)]
        assert sum(counts) == k and min(counts) >= 1
        assert all(abs(n - s * k) < 1 + 1e-9 or n == 1 for n, s in zip(counts, shares, strict=True))
    seeds = {tuple(assign_methods(20, [0.5, 0.5], s)) for s in range(5)}
    assert len(seeds) > 1  # the partition seed moves it
    with pytest.raises(ConfigError, match="at least 3 clients"):
        assign_methods(2, [0.4, 0.3, 0.3], 0)


def test_run_uses_the_partition_seed_not_the_run_seed_and_logs_the_assignment(spies: None, tmp_path: Path) -> None:
    spec = "mix:spya=0.75:spyb=0.25"
    a, b, c = build_method(spec), build_method(spec), build_method(spec)
    run(a, seed=0)
    run(b, seed=1, rounds=1)
    run(c, partition_seed=3, rounds=1)
    assert isinstance(a, MixedMethod) and isinstance(b, MixedMethod) and isinstance(c, MixedMethod)
    assert a.assignment == b.assignment == assign_methods(4, [0.75, 0.25], 0)
    assert c.assignment == assign_methods(4, [0.75, 0.25], 3)
    metrics = a.run_metrics()
    assert metrics["mix.clients.spya"] == 3 and metrics["mix.clients.spyb"] == 1
    assert [metrics[f"mix.client.{k}"] for k in range(4)] == [float(i) for i in a.assignment]
    assert metrics["spya.trained"] == 6 and metrics["spyb.trained"] == 2  # members' metrics, namespaced
    paths = a.artifacts(tmp_path)
    table = json.loads((tmp_path / ASSIGNMENT_FILE).read_text())
    assert tmp_path / ASSIGNMENT_FILE in paths
    assert table["client_method"] == [["spya", "spyb"][i] for i in a.assignment]


# ---------------------------------------------------------------------- members and their state


def test_each_client_runs_its_own_method_with_its_own_state_and_hparams(spies: None) -> None:
    mix = build_method("mix:spya=0.5:spyb=0.5", {"spya.tag": "A", "spyb.tag": "B"})
    assert isinstance(mix, MixedMethod)
    result = run(mix, rounds=3)
    spy_a, spy_b = mix.methods
    assert isinstance(spy_a, SpyA) and isinstance(spy_b, SpyB)
    assert mix.assignment is not None
    mine = {i: [k for k, j in enumerate(mix.assignment) if j == i] for i in (0, 1)}
    assert spy_a.trained == mine[0] * 3 and spy_b.trained == mine[1] * 3
    assert (spy_a.setups, spy_b.setups) == (1, 1)
    assert (spy_a.init_num_clients, spy_b.init_num_clients) == (2, 2)  # its own clients, not all 4
    assert spy_a.aggregated == [mine[0]] * 3 and spy_b.aggregated == [mine[1]] * 3
    assert {s["owner"] for s in spy_a.server_states_seen} == {"A"}  # its own slot, advanced by itself
    assert [s["rounds"] for s in spy_b.server_states_seen] == [0, 0, 1, 1, 2, 2]
    last = result.final.metrics
    assert last["num_clients_spya"] == 2 and last["num_clients_spyb"] == 2
    assert last["server.spya.seen"] == 2 and last["server.spyb.seen"] == 2


def test_a_member_without_clients_this_round_keeps_its_state(spies: None) -> None:
    mix = build_method("mix:spya=0.5:spyb=0.5")
    assert isinstance(mix, MixedMethod)
    run(mix, rounds=4, participation=0.25)  # one client per round
    spy_a, spy_b = mix.methods
    assert isinstance(spy_a, _Spy) and isinstance(spy_b, _Spy)
    assert len(spy_a.aggregated) + len(spy_b.aggregated) == 4
    assert all(len(ids) == 1 for ids in spy_a.aggregated + spy_b.aggregated)


def test_scaffold_control_variate_stays_the_mean_of_its_own_clients() -> None:
    mix = captured("mix:scaffold=0.5:fedavg=0.5")
    run(mix, rounds=2)
    i = 0  # scaffold
    own = [k for k, j in enumerate(mix.assignment) if j == i]
    slot = mix.last_state.slots[i]
    assert slot["num_clients"] == len(own) == 2
    for name, c in slot["c"].items():
        if name in mix.client_states[own[0]]["c_i"]:
            mean = sum(mix.client_states[k]["c_i"][name] for k in own) / len(own)
            torch.testing.assert_close(c, mean)
    assert all("c_i" not in mix.client_states[k] for k, j in enumerate(mix.assignment) if j != i)


# ---------------------------------------------------------------------------------- with FBL


def test_mix_with_fbl_runs_end_to_end() -> None:
    mix = captured("mix:fbl=0.5:fedprox=0.5", {"fbl.generator": "augment", "fedprox.mu": 0.01})
    fbl = mix.methods[0]
    fbl.show_progress = False
    result = run(mix, rounds=2)
    assert all(np.isfinite(r.train_loss) for r in result.reports)
    own = [k for k, j in enumerate(mix.assignment) if j == 0]
    last = result.final.metrics
    assert last["num_clients_fbl"] == len(own) == 2 and last["num_clients_fedprox"] == 2
    assert "num_real" in last  # FBL's per-client metrics reach the round's metrics
    from fblbench.fbl.method import FBLServerState

    assert isinstance(mix.last_state.slots[0], FBLServerState)
    metrics = mix.run_metrics()
    assert "fbl.fbl_planned_real" in metrics and metrics["mix.clients.fbl"] == 2


def test_fbl_mix_with_the_real_filler_passes_the_conformance_suite() -> None:
    check_method(get_method("mix:fbl=0.5:fedprox=0.5"), {"fbl.generator": "real", "fedprox.mu": 0.1})


@pytest.mark.parametrize("spec", ["mix:fedprox=0.5:scaffold=0.5", "mix:feddyn=0.5:fedavg=0.5"])
def test_mixes_pass_the_conformance_suite(spec: str) -> None:
    check_method(get_method(spec))


# --------------------------------------------------------------------- specs and hyperparameters


@pytest.mark.parametrize(
    ("spec", "error", "fix"),
    [
        ("mix:nosuchmethod=0.5:fedavg=0.5", MethodNotFound, "available:"),
        ("mix:fedavg=0.5:fedprox=0.4", ConfigError, "sum to 1"),
        ("mix:fedavg=1.5:fedprox=-0.5", ConfigError, "must be > 0"),
        ("mix:fedavg=1.0:fedprox=0", ConfigError, "leave a method out"),
        ("mix:mix:fedavg=1.0", ConfigError, "nested mix"),
        ("mix:fedavg=0.5:mix=0.5", ConfigError, "nested mix"),
        ("fbl+mix:fedavg=1.0", ConfigError, "inside the mix"),
        ("mix:fedavg=0.5,fedprox=0.5", ConfigError, "not ','"),
        ("mix:fedavg", ConfigError, "<method>=<share>"),
        ("mix:fedavg=half", ConfigError, "not a number"),
        ("mix:", ConfigError, "e.g. mix:"),
        ("mix:fedavg=0.5:fedavg=0.5", ConfigError, "once"),
    ],
)
def test_bad_specs_give_one_line_messages_naming_the_fix(spec: str, error: type, fix: str) -> None:
    with pytest.raises(error) as info:
        get_method(spec)
    message = str(info.value)
    assert fix in message and "\n" not in message and spec.strip() in message


def test_hyperparameters_are_namespaced_and_validated_by_each_member() -> None:
    cls = get_method("mix:fedprox=0.5:fedavgm=0.5")
    names = [f.name for f in dataclasses.fields(cls.Hparams)]
    assert names == ["fedprox.mu", "fedavgm.momentum", "fedavgm.server_lr"]
    hp = cls.Hparams(**{"fedprox.mu": 0.3})
    assert dataclasses.asdict(hp) == {"fedprox.mu": 0.3, "fedavgm.momentum": 0.9, "fedavgm.server_lr": 1.0}
    assert getattr(dataclasses.replace(hp, **{"fedavgm.momentum": 0.5}), "fedavgm.momentum") == 0.5
    assert hp == cls.Hparams(**{"fedprox.mu": 0.3}) and hash(hp) == hash(cls.Hparams(**{"fedprox.mu": 0.3}))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(hp, "fedprox.mu", 1.0)
    method = cls.from_dict({"fedprox.mu": 0.3})
    assert method.hparams_dict()["fedprox.mu"] == 0.3
    assert method.methods[0].hp.mu == 0.3  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="mu must be >= 0"):
        cls.from_dict({"fedprox.mu": -1.0})
    with pytest.raises(ConfigError, match=r"namespaced <method>.<field>.*'fedprox.mu'"):
        cls.from_dict({"mu": 0.1})
    # --hp fedprox.mu=0.1 (fblbench run) is checked against the member's field kind
    assert coerce_hparams(cls.name, cls.Hparams, [("fedprox.mu", "0.1")]) == {"fedprox.mu": 0.1}
    again = pickle.loads(pickle.dumps(method))
    assert type(again) is cls and again.hp == method.hp


def test_spec_names_and_namespaces() -> None:
    assert get_method("mix:fedavg=1").name == "mix:fedavg=1.0"
    assert get_method(" mix:fedavg=1.0 ") is get_method("mix:fedavg=1")
    assert namespace("fbl+fedprox") == "fbl_fedprox"
    cls = get_method("mix:fbl+fedprox=0.5:fedavg=0.5")
    assert all(f.name.startswith("fbl_fedprox.") for f in dataclasses.fields(cls.Hparams))
    assert cls.uses_public_data  # a member reads the public pool
    assert not get_method("mix:fedprox=0.5:fedavg=0.5").uses_public_data


def test_too_few_clients_for_the_mix_is_a_config_error() -> None:
    fed = make_federation(num_clients=2)
    with pytest.raises(ConfigError, match="at least 3 clients"):
        run_federated(fed, small_train(rounds=1), build_method("mix:fedavg=0.4:fedprox=0.3:scaffold=0.3"))


def test_search_space_is_the_union_of_the_members_namespaced(tmp_path: Path) -> None:
    (tmp_path / "fedprox.yaml").write_text("mu: {type: float, low: 0.001, high: 1.0, log: true}\n")
    (tmp_path / "fedavgm.yaml").write_text("momentum: {type: float, low: 0.0, high: 0.99}\n")
    cls = get_method("mix:fedprox=0.5:fedavgm=0.3:fedavg=0.2")
    space = mix_space(cls, tmp_path)
    assert set(space) == {"fedprox.mu", "fedavgm.momentum"}
    assert space["fedprox.mu"].name == "fedprox.mu" and space["fedprox.mu"].log
    for key, p in space.items():  # every end of every range builds the mix
        assert p.low is not None and p.high is not None
        cls.from_dict({key: p.low})
        cls.from_dict({key: p.high})


def test_federation_data_config_keeps_the_partition_seed() -> None:
    # The assignment reads fed.data_cfg.partition_seed: a federation built from a DataConfig carries it.
    fed = make_federation(num_clients=4)
    splits, parts = fed.splits, fed.parts
    cfg = DataConfig(dataset="imagefolder", num_clients=4, min_client_size=5, partition_seed=7)
    other = federation_from_splits(splits, parts, cfg, small_train())
    mix = build_method("mix:fedavg=0.5:fedprox=0.5")
    assert isinstance(mix, MixedMethod)
    mix.setup(other, small_train())
    assert mix.assignment == assign_methods(4, [0.5, 0.5], 7)


def test_mixed_method_is_cached_per_canonical_spec() -> None:
    assert mixed_method("mix:fedavg=0.5:fedprox=0.5") is mixed_method("mix:fedavg=0.50:fedprox=0.5")
