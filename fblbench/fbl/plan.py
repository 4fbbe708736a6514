"""FBL's balance plan and sample selection: pure functions on class histograms and arrays.

Nothing here touches a model, a generator or global state; randomness comes in as a
``numpy.random.Generator``. See ``docs/fbl.md`` for the choices the paper leaves open.

Terms, for a client with ``n_c`` real samples of class ``c`` (``N = sum_c n_c``, ``C`` classes)
and a per-class target ``b_c`` (the *balance point*):

- *excessive*: ``n_c > b_c``: knowledge sampling keeps ``b_c`` real samples of the class;
- *scarce*: ``0 < n_c < b_c``: all real samples are kept and ``b_c - n_c`` synthetic ones added;
- *missing*: ``n_c == 0``: ``b_c`` synthetic samples are added (when the generator can).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np

from fblbench.errors import ConfigError

ClientKind = Literal["limited", "unlimited", "no_generator"]
CLIENT_KINDS: tuple[ClientKind, ...] = ("limited", "unlimited", "no_generator")


def _as_counts(counts: np.ndarray | list[int]) -> np.ndarray:
    c = np.asarray(counts, dtype=np.int64)
    if c.ndim != 1 or len(c) == 0:
        raise ValueError(f"a class histogram must be a non-empty 1-d array, but got shape {c.shape}")
    if (c < 0).any():
        raise ValueError(f"class counts must be >= 0, but got {c.tolist()}")
    return c


def balance_targets(counts: np.ndarray | list[int], kind: ClientKind) -> np.ndarray:
    """Per-class target ``b_c`` of one client.

    - ``limited``: the mean count ``N // C`` for every class, and the remainder ``N % C``
      handed out one each to the classes with the MOST real samples (ties: lower class
      index first), so ``sum_c b_c == N`` exactly. Favouring the largest classes means the
      extra slots are filled with real samples where there are any to spare, never with
      synthetic ones when a real one is available.
    - ``unlimited``: ``max_c n_c`` for every class (keeps all real data, tops up to the max).
    - ``no_generator``: ``n_c`` (nothing changes: the client trains on its real data).
    """
    c = _as_counts(counts)
    if kind == "unlimited":
        return np.full_like(c, int(c.max()))
    if kind == "no_generator":
        return c.copy()
    if kind != "limited":
        raise ConfigError(f"client kind must be one of {', '.join(CLIENT_KINDS)}, but got {kind!r}")
    total, num_classes = int(c.sum()), len(c)
    base, rem = divmod(total, num_classes)
    target = np.full_like(c, base)
    # Stable sort on -count: largest counts first, lower class index first among equals.
    order = np.argsort(-c, kind="stable")
    target[order[:rem]] += 1
    return target


@dataclass(frozen=True)
class BalancePlan:
    """What one client trains on each round (before replay), per class.

    ``keep + fill + unfilled == target`` for every class whose real count does not exceed
    its target; for excessive classes ``keep == target`` and ``fill == unfilled == 0``.
    """

    kind: ClientKind
    counts: np.ndarray  # n_c: real samples the client holds
    target: np.ndarray  # b_c: the balance point
    keep: np.ndarray  # real samples kept = min(n_c, b_c)
    fill: np.ndarray  # synthetic samples added
    unfilled: np.ndarray  # the deficit the generator cannot fill: NOT replaced by anything

    @property
    def excessive(self) -> np.ndarray:
        return self.counts > self.target

    @property
    def scarce(self) -> np.ndarray:
        return (self.counts > 0) & (self.counts < self.target)

    @property
    def missing(self) -> np.ndarray:
        return self.counts == 0

    @property
    def num_real(self) -> int:
        """Real samples kept per round (before replay)."""
        return int(self.keep.sum())

    @property
    def num_synthetic(self) -> int:
        return int(self.fill.sum())

    @property
    def total(self) -> int:
        """Samples trained on per round (before replay)."""
        return self.num_real + self.num_synthetic

    @property
    def after(self) -> np.ndarray:
        """The balanced class histogram (real kept + synthetic)."""
        return self.keep + self.fill

    def with_fill(self, fill: np.ndarray) -> BalancePlan:
        """The plan with the synthetic counts a generator actually delivered (<= the planned ones)."""
        f = np.asarray(fill, dtype=np.int64)
        if f.shape != self.fill.shape or (f > self.fill).any() or (f < 0).any():
            raise ValueError(f"delivered fill must lie in [0, planned], but got {f.tolist()} > {self.fill.tolist()}")
        return replace(self, fill=f, unfilled=self.unfilled + (self.fill - f))


def plan_client(
    counts: np.ndarray | list[int],
    kind: ClientKind = "limited",
    can_fill: np.ndarray | list[bool] | bool = True,
) -> BalancePlan:
    """The balance plan of one client.

    ``can_fill`` says per class (or for all) whether the generator can make synthetic
    samples: ``False`` everywhere when filling is off; ``counts > 0`` for a generator that
    cannot fill a missing class (augmentation). An unfillable deficit is recorded in
    ``unfilled`` and not replaced: the client then trains on fewer samples than its budget,
    because topping up with more real samples of the excessive classes would bring back
    the very skew balancing removes.
    """
    c = _as_counts(counts)
    target = balance_targets(c, kind)
    keep = np.minimum(c, target)
    deficit = target - keep
    mask = np.broadcast_to(np.asarray(can_fill, dtype=bool), c.shape)
    fill = np.where(mask, deficit, 0).astype(np.int64)
    return BalancePlan(kind=kind, counts=c, target=target, keep=keep, fill=fill, unfilled=deficit - fill)


def assign_client_kinds(
    num_clients: int, share_unlimited: float, share_no_generator: float, rng: np.random.Generator
) -> list[ClientKind]:
    """Kinds of the extended framework: ``round(share * K)`` unlimited and generator-less clients
    (round half up), the rest limited; which clients get which kind is a permutation drawn from ``rng``.
    """
    n_unl = math.floor(share_unlimited * num_clients + 0.5)
    n_nogen = math.floor(share_no_generator * num_clients + 0.5)
    if not (0 <= share_unlimited <= 1 and 0 <= share_no_generator <= 1) or n_unl + n_nogen > num_clients:
        raise ConfigError(
            "share_unlimited and share_no_generator must lie in [0, 1] and leave room for each other, but got "
            f"share_unlimited={share_unlimited}, share_no_generator={share_no_generator} "
            f"({n_unl} + {n_nogen} clients of {num_clients})"
        )
    kinds: list[ClientKind] = ["limited"] * num_clients
    order = rng.permutation(num_clients)
    for i in order[:n_unl]:
        kinds[int(i)] = "unlimited"
    for i in order[n_unl : n_unl + n_nogen]:
        kinds[int(i)] = "no_generator"
    return kinds


def _check_keep(labels: np.ndarray, keep: np.ndarray) -> None:
    have = np.bincount(labels, minlength=len(keep))
    if len(have) > len(keep) or (keep > have[: len(keep)]).any() or (keep < 0).any():
        raise ValueError(f"cannot keep {keep.tolist()} samples per class out of {have.tolist()}")


def _select_per_class(
    labels: np.ndarray, keep: np.ndarray, pick: Callable[[np.ndarray, int], np.ndarray]
) -> np.ndarray:
    """Sorted int64 indices: all of class ``c`` when ``keep[c]`` covers it, else ``pick(idx, keep[c])``."""
    _check_keep(labels, keep)
    out: list[np.ndarray] = []
    for c, k in enumerate(keep):
        idx = np.flatnonzero(labels == c)
        if k >= len(idx):
            out.append(idx)
        elif k > 0:
            out.append(pick(idx, int(k)))
    return np.sort(np.concatenate(out)).astype(np.int64) if out else np.zeros(0, dtype=np.int64)


def select_by_loss(losses: np.ndarray, labels: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Indices (sorted) of the ``keep[c]`` highest-loss samples of every class ``c``.

    Ties are broken by position (the earlier sample wins), so the choice is deterministic.
    """
    losses = np.asarray(losses, dtype=np.float64)
    return _select_per_class(
        np.asarray(labels), np.asarray(keep),
        lambda idx, k: idx[np.argsort(-losses[idx], kind="stable")[:k]],
    )


def select_random(labels: np.ndarray, keep: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Indices (sorted) of ``keep[c]`` samples of every class ``c``, uniformly at random (the ablation)."""
    return _select_per_class(
        np.asarray(labels), np.asarray(keep), lambda idx, k: rng.choice(idx, size=k, replace=False)
    )


def is_replay_round(round_idx: int, period: int) -> bool:
    """Knowledge replay happens in the 0-based rounds ``t`` with ``(t + 1) % period == 0``:
    rounds ``period, 2 * period, ...`` counted from 1. ``period == 0`` turns replay off.
    """
    return period > 0 and (round_idx + 1) % period == 0


def num_replay(num_left_out: int, fraction: float) -> int:
    """How many left-out real samples a replay round adds: ``round(fraction * m)``, half up."""
    return min(num_left_out, math.floor(fraction * num_left_out + 0.5))
