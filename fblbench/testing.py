"""A reusable conformance suite for federated methods (bundled or your own).

Call it from your plugin's tests::

    from fblbench.testing import check_method

    def test_my_method_conforms():
        check_method(MyMethod)                      # default hyperparameters
        check_method(MyMethod, {"strength": 0.5})   # or chosen ones

It runs the method on a tiny synthetic federation (16x16 images, 4 classes, label-skewed
clients so some classes are missing on some clients) and raises :class:`AssertionError`
with a message naming the broken rule when the method:

- has no frozen ``Hparams`` dataclass with defaults, or no ``name`` / ``summary`` / ``paper``;
- yields a non-finite loss or non-finite parameters;
- is not deterministic (same seed twice -> identical final parameters and accuracies);
- loses its per-client state between rounds (``ctx.state`` must be the same dict, holding
  the very objects it held when the client last finished) or rebinds ``ctx.state``;
- changes parameter names, shapes or dtypes in a client update or in ``aggregate``;
- fails with partial participation (clients skipping rounds).

A run takes a second or two on a CPU; it needs no data on disk.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import torch

from fblbench.config import DataConfig, TrainConfig
from fblbench.data.datasets import Splits
from fblbench.engine.aggregate import State
from fblbench.engine.client import ClientContext, ClientUpdate
from fblbench.engine.loop import Federation, RunResult, federation_from_splits, run_federated
from fblbench.method import Method
from fblbench.server import ServerRound, call_aggregate

__all__ = ["check_method", "toy_federation", "toy_splits", "toy_train_config"]

_NUM_CLASSES = 4
_RES = 16  # the smallest resolution simple_cnn accepts


def toy_splits(
    n_train: int = 96,
    n_eval: int = 32,
    seed: int = 0,
    num_classes: int = _NUM_CLASSES,
    res: int = _RES,
    n_public: int | None = None,
) -> Splits:
    """Learnable synthetic images: class ``c`` brightens its own channel/quadrant, plus noise.

    The public pool holds ``n_public`` images (default ``n_eval``), drawn after the others.

    Classes beyond four reuse the quadrants with another channel and a wider patch.
    """
    g = torch.Generator().manual_seed(seed)

    def draw(m: int) -> tuple[torch.Tensor, torch.Tensor]:
        y = torch.arange(m) % num_classes
        x = torch.randint(0, 110, (m, 3, res, res), generator=g, dtype=torch.int64)
        half = res // 2
        for c in range(num_classes):
            q = c % 4
            rows = slice((q // 2) * half, (q // 2 + 1) * half)
            cols = slice((q % 2) * half, min(res, (q % 2 + 1) * half + c // 4))
            x[y == c, c % 3, rows, cols] += 130
        return x.clamp(0, 255).to(torch.uint8), y.long()

    tx, ty = draw(n_train)
    vx, vy = draw(n_eval)
    sx, sy = draw(n_eval)
    px, py = draw(n_eval if n_public is None else n_public)
    return Splits(
        name="conformance-toy",
        classes=tuple(f"c{i}" for i in range(num_classes)),
        train_x=tx,
        train_y=ty,
        val_x=vx,
        val_y=vy,
        test_x=sx,
        test_y=sy,
        mean=(0.3, 0.3, 0.3),
        std=(0.2, 0.2, 0.2),
        public_x=px,
        public_y=py,
    )


def _skewed_parts(labels: np.ndarray, num_clients: int) -> list[np.ndarray]:
    """Label-skewed, unequal clients: each class goes to two neighbouring clients (2:1)."""
    owners: list[list[int]] = [[] for _ in range(num_clients)]
    for c in range(_NUM_CLASSES):
        idx = np.flatnonzero(labels == c)
        first = c % num_clients
        cut = (2 * len(idx)) // 3
        owners[first].extend(idx[:cut].tolist())
        owners[(first + 1) % num_clients].extend(idx[cut:].tolist())
    return [np.sort(np.asarray(o, dtype=np.int64)) for o in owners]


def toy_train_config(**overrides: Any) -> TrainConfig:
    """Small CPU training settings (momentum and weight decay at the library defaults)."""
    base: dict[str, Any] = {
        "model": "simple_cnn",
        "rounds": 2,
        "local_epochs": 1,
        "batch_size": 8,
        "lr": 0.05,
        "device": "cpu",
        "seed": 0,
    }
    base.update(overrides)
    return TrainConfig(**base)


def toy_federation(num_clients: int = 2, train: TrainConfig | None = None, seed: int = 0) -> Federation:
    """A tiny label-skewed federation: with 2 clients each misses one class, sizes differ."""
    splits = toy_splits(n_train=48 * num_clients, seed=seed)
    parts = _skewed_parts(splits.train_y.numpy(), num_clients)
    data_cfg = DataConfig(dataset="imagefolder", num_clients=num_clients, min_client_size=5)
    return federation_from_splits(splits, parts, data_cfg, train or toy_train_config())


# ------------------------------------------------------------------------------ checks


def _fail(method_name: str, rule: str) -> AssertionError:
    return AssertionError(f"method {method_name!r}: {rule}")


def _check_class(cls: type[Method], label: str) -> None:
    hp = getattr(cls, "Hparams", None)
    if not (isinstance(hp, type) and dataclasses.is_dataclass(hp)):
        raise _fail(label, f"Hparams must be a dataclass, but got {hp!r}")
    if not hp.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        raise _fail(label, f"Hparams {hp.__name__} must be frozen (@dataclass(frozen=True))")
    missing = [
        f.name
        for f in dataclasses.fields(hp)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    if missing:
        raise _fail(label, f"every hyperparameter needs a default (in Hparams), but {missing} have none")
    for attr in ("name", "summary", "paper"):
        value = getattr(cls, attr, None)
        if not isinstance(value, str) or not value.strip():
            raise _fail(label, f"class attribute {attr!r} must be a non-empty string, but got {value!r}")


def _signature(state: Mapping[str, torch.Tensor]) -> dict[str, tuple[tuple[int, ...], torch.dtype]]:
    return {k: (tuple(v.shape), v.dtype) for k, v in state.items()}


def _compare_signature(label: str, where: str, got: Mapping[str, torch.Tensor], ref: Mapping[str, torch.Tensor]) -> None:
    g, r = _signature(got), _signature(ref)
    if g.keys() != r.keys():
        raise _fail(
            label,
            f"{where} changed the parameter names: missing {sorted(r.keys() - g.keys())}, "
            f"unexpected {sorted(g.keys() - r.keys())}",
        )
    diff = {k: (r[k], g[k]) for k in r if r[k] != g[k]}
    if diff:
        k, (want, have) = next(iter(diff.items()))
        raise _fail(
            label,
            f"{where} changed {len(diff)} parameter shape(s)/dtype(s), e.g. {k!r}: "
            f"expected {want[0]} {want[1]}, got {have[0]} {have[1]}",
        )


def _check_finite(label: str, where: str, state: Mapping[str, torch.Tensor]) -> None:
    bad = [k for k, v in state.items() if v.is_floating_point() and not bool(torch.isfinite(v).all())]
    if bad:
        raise _fail(label, f"{where} has non-finite values in {bad[:5]}")


def _probe(cls: type[Method], label: str) -> type[Method]:
    """A subclass of ``cls`` that checks every client update, aggregation and state hand-over."""

    class Probe(cls):  # type: ignore[valid-type,misc]
        def __init__(self, hparams: Any = None) -> None:
            super().__init__(hparams)
            # client id -> (the state dict, {key: id(value)}) when its last local update ended
            self._handover: dict[int, tuple[dict[str, Any], dict[str, int]]] = {}
            self.updates_checked = 0
            self.rounds_with_returning_clients = 0

        def local_update(self, ctx: ClientContext) -> ClientUpdate:
            state = ctx.state
            before = self._handover.get(ctx.client_id)
            if before is not None:
                old, ids = before
                if state is not old:
                    raise _fail(label, f"client {ctx.client_id}'s ctx.state is not the dict it had last round")
                now = {k: id(v) for k, v in state.items()}
                if now != ids:
                    raise _fail(
                        label,
                        f"client {ctx.client_id}'s state changed between its rounds: keys before "
                        f"{sorted(ids)}, now {sorted(now)} (or values replaced outside local_update)",
                    )
                self.rounds_with_returning_clients += 1
            global_params = ctx.global_params
            update = super().local_update(ctx)
            if ctx.state is not state:
                raise _fail(label, "local_update rebound ctx.state; mutate the dict instead so it survives rounds")
            if not isinstance(update, ClientUpdate):
                raise _fail(label, f"local_update must return a ClientUpdate, but got {type(update).__name__}")
            if update.client_id != ctx.client_id:
                raise _fail(label, f"update of client {ctx.client_id} carries client_id={update.client_id}")
            if update.num_samples <= 0:
                raise _fail(label, f"update of client {ctx.client_id} has num_samples={update.num_samples}")
            if not math.isfinite(update.train_loss):
                raise _fail(label, f"client {ctx.client_id}'s training loss is {update.train_loss}")
            where = f"the update of client {ctx.client_id} in round {ctx.round_idx + 1}"
            _compare_signature(label, where, update.params, global_params)
            _check_finite(label, where, update.params)
            self._handover[ctx.client_id] = (state, {k: id(v) for k, v in state.items()})
            self.updates_checked += 1
            return update

        def aggregate(
            self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
            server: ServerRound | None = None,
        ) -> tuple[State, Any]:
            out = call_aggregate(super().aggregate, global_params, updates, server_state, server)
            if not (isinstance(out, tuple) and len(out) == 2):
                raise _fail(label, "aggregate must return (new_global_params, new_server_state)")
            _compare_signature(label, "aggregate", out[0], global_params)
            _check_finite(label, "aggregate's new global model", out[0])
            return out

    Probe.__name__ = Probe.__qualname__ = f"Probe[{cls.__name__}]"
    return Probe


def _run(cls: type[Method], hparams: dict[str, Any] | None, label: str, **train_kw: Any) -> tuple[RunResult, Any]:
    num_clients = train_kw.pop("num_clients", 2)
    train = toy_train_config(**train_kw)
    fed = toy_federation(num_clients, train)
    probe_cls = _probe(cls, label)
    method = probe_cls.from_dict(hparams) if hparams is not None else probe_cls()
    result = run_federated(fed, train, method)
    if len(result.reports) != train.rounds:
        raise _fail(label, f"expected {train.rounds} round reports, got {len(result.reports)}")
    for r in result.reports:
        values = {"train_loss": r.train_loss, "val_loss": r.val_loss, "test_loss": r.test_loss}
        bad = {k: v for k, v in values.items() if v is not None and not math.isfinite(v)}
        if bad:
            raise _fail(label, f"round {r.round}: non-finite {bad}")
    return result, method


def check_method(method_cls: type[Method], hparams: dict[str, Any] | None = None) -> None:
    """Run the conformance checks on ``method_cls`` (with ``hparams`` or its defaults).

    Raises :class:`AssertionError` naming the first broken rule.
    """
    label = getattr(method_cls, "name", method_cls.__name__)
    if not (isinstance(method_cls, type) and issubclass(method_cls, Method)):
        raise AssertionError(f"{method_cls!r} is not a subclass of fblbench.method.Method")
    _check_class(method_cls, label)
    # One intra-op thread: these models are tiny, and on a loaded machine extra threads only spin.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        _check_runs(method_cls, hparams, label)
    finally:
        torch.set_num_threads(threads)


def _check_runs(method_cls: type[Method], hparams: dict[str, Any] | None, label: str) -> None:

    # 1. 2 clients, 2 rounds, everyone every round: finite losses, stable shapes, state hand-over.
    first, probe = _run(method_cls, hparams, label)
    if probe.rounds_with_returning_clients < 2:
        raise _fail(label, "the state hand-over check saw no returning client (suite bug)")
    # (Every update and every aggregate was checked against the global model it started from,
    # so the final model has the initial model's names, shapes and dtypes.)
    _check_finite(label, "the final global model", first.params)

    # 2. Determinism: the same seed again gives bit-identical parameters and metrics.
    second, _ = _run(method_cls, hparams, label)
    differing = [k for k in first.params if not torch.equal(first.params[k], second.params[k])]
    if differing:
        raise _fail(
            label,
            f"not deterministic: two runs with seed 0 end with different parameters {differing[:5]} "
            "(use ctx.generator / ctx.np_rng, never the global RNGs)",
        )
    for a, b in zip(first.reports, second.reports, strict=True):
        if (a.val_acc, a.test_acc, a.train_loss) != (b.val_acc, b.test_acc, b.train_loss):
            raise _fail(
                label,
                f"not deterministic: round {a.round} gives val_acc {a.val_acc} vs {b.val_acc}, "
                f"test_acc {a.test_acc} vs {b.test_acc}, train_loss {a.train_loss} vs {b.train_loss}",
            )

    # 3. Partial participation: 4 clients, half of them per round, for 3 rounds.
    partial, probe = _run(method_cls, hparams, label, num_clients=4, participation=0.5, rounds=3)
    if probe.updates_checked != 6:
        raise _fail(label, f"with participation 0.5 of 4 clients expected 6 updates, got {probe.updates_checked}")
    _compare_signature(label, "the run with participation 0.5", partial.params, first.params)
