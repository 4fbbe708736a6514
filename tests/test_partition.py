"""Properties of the client partitions: coverage, disjointness, sizes, determinism, errors."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fblbench.config import DataConfig
from fblbench.data.partition import class_histograms, dirichlet, iid, partition, shards
from fblbench.errors import ConfigError, DataError

FAST = settings(max_examples=40, deadline=None)


def _labels(seed: int, n: int, num_classes: int, skew: bool = False) -> np.ndarray:
    rng = np.random.default_rng(seed)
    if skew:  # imbalanced classes, like real data
        p = rng.dirichlet(np.ones(num_classes))
        return rng.choice(num_classes, size=n, p=p).astype(np.int64)
    return rng.integers(0, num_classes, size=n).astype(np.int64)


def _assert_exact_cover(parts: list[np.ndarray], n: int) -> None:
    for p in parts:
        assert p.dtype == np.int64
        assert np.all(np.diff(p) > 0), "each part is sorted and free of duplicates"
    allidx = np.concatenate(parts)
    assert len(allidx) == n, "every sample assigned exactly once"
    assert np.array_equal(np.sort(allidx), np.arange(n))


def _same(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


@FAST
@given(
    seed=st.integers(0, 2**16),
    n=st.integers(1, 600),
    num_classes=st.integers(1, 12),
    clients=st.integers(1, 40),
)
def test_iid_exact_cover_and_balanced(seed: int, n: int, num_classes: int, clients: int) -> None:
    labels = _labels(seed, n, num_classes)
    if clients > n:
        with pytest.raises(DataError, match="--clients"):
            iid(labels, clients, np.random.default_rng(seed))
        return
    parts = iid(labels, clients, np.random.default_rng(seed))
    assert len(parts) == clients
    _assert_exact_cover(parts, n)
    sizes = [len(p) for p in parts]
    assert max(sizes) - min(sizes) <= 1


@FAST
@given(
    seed=st.integers(0, 2**16),
    n=st.integers(50, 1500),
    num_classes=st.integers(1, 12),
    clients=st.integers(1, 30),
    alpha=st.sampled_from([0.01, 0.05, 0.1, 0.5, 1.0, 100.0]),
    min_size=st.integers(0, 20),
    skew=st.booleans(),
)
def test_dirichlet_exact_cover_and_min_size(
    seed: int, n: int, num_classes: int, clients: int, alpha: float, min_size: int, skew: bool
) -> None:
    labels = _labels(seed, n, num_classes, skew)
    rng = np.random.default_rng(seed)
    if clients * min_size > n:
        with pytest.raises(DataError, match="cannot give"):
            dirichlet(labels, clients, alpha, rng, min_size=min_size)
        return
    parts = dirichlet(labels, clients, alpha, rng, min_size=min_size)
    assert len(parts) == clients
    _assert_exact_cover(parts, n)
    assert min(len(p) for p in parts) >= max(min_size, 0)


@pytest.mark.parametrize("n", [2000, 5000])
def test_dirichlet_extreme_alpha_terminates_with_min_size(n: int) -> None:
    labels = _labels(7, n, 10)
    parts = dirichlet(labels, 100, 0.01, np.random.default_rng(0), min_size=10)
    _assert_exact_cover(parts, n)
    assert min(len(p) for p in parts) >= 10
    # Still strongly skewed: most clients are dominated by one class.
    hist = class_histograms(labels, parts, 10)
    dominant = hist.max(axis=1) / hist.sum(axis=1)
    assert np.median(dominant) > 0.8


def test_dirichlet_min_size_exactly_fills_all_samples() -> None:
    labels = _labels(1, 1000, 10)
    parts = dirichlet(labels, 100, 0.01, np.random.default_rng(3), min_size=10)
    assert [len(p) for p in parts] == [10] * 100
    _assert_exact_cover(parts, 1000)


def test_dirichlet_large_alpha_is_near_iid() -> None:
    labels = _labels(0, 10_000, 10)
    parts = dirichlet(labels, 10, 1000.0, np.random.default_rng(0), min_size=10)
    hist = class_histograms(labels, parts, 10)
    frac = hist / hist.sum(axis=1, keepdims=True)
    assert np.abs(frac - 0.1).max() < 0.05


@FAST
@given(
    seed=st.integers(0, 2**16),
    num_classes=st.integers(1, 12),
    clients=st.integers(1, 30),
    cpc=st.integers(1, 12),
    per_class=st.integers(1, 60),
    skew=st.booleans(),
)
def test_shards_classes_per_client(
    seed: int, num_classes: int, clients: int, cpc: int, per_class: int, skew: bool
) -> None:
    rng = np.random.default_rng(seed)
    if skew:
        counts = rng.integers(1, per_class + 1, size=num_classes)
    else:
        counts = np.full(num_classes, per_class)
    labels = rng.permutation(np.repeat(np.arange(num_classes), counts)).astype(np.int64)
    n = len(labels)
    if clients > n:
        with pytest.raises(DataError, match="--clients"):
            shards(labels, clients, cpc, rng)
        return
    if cpc > num_classes:
        with pytest.raises(DataError, match="--classes-per-client"):
            shards(labels, clients, cpc, rng)
        return
    if clients * cpc < num_classes:
        with pytest.raises(DataError, match="--classes-per-client >="):
            shards(labels, clients, cpc, rng)
        return
    parts = shards(labels, clients, cpc, rng)
    assert len(parts) == clients
    _assert_exact_cover(parts, n)
    hist = class_histograms(labels, parts, num_classes)
    held = (hist > 0).sum(axis=1)
    assert held.max() <= cpc
    if counts.min() >= clients:  # every shard non-empty: exactly cpc distinct classes each
        assert np.all(held == cpc)
        # Balanced: each class is held by floor or ceil of clients * cpc / num_classes clients.
        holders = (hist > 0).sum(axis=0)
        assert holders.max() - holders.min() <= 1


@FAST
@given(
    seed=st.integers(0, 2**16),
    scheme=st.sampled_from(["iid", "dirichlet", "shards"]),
    clients=st.integers(1, 12),
)
def test_partition_determinism(
    seed: int, scheme: Literal["iid", "dirichlet", "shards"], clients: int
) -> None:
    labels = _labels(seed, 800, 10)
    cpc = max(1, -(-10 // clients))  # enough slots to cover all 10 classes
    cfg = DataConfig(
        partition=scheme, num_clients=clients, partition_seed=seed, min_client_size=5, classes_per_client=cpc
    )
    a, b = partition(labels, cfg), partition(labels, cfg)
    assert _same(a, b)
    _assert_exact_cover(a, len(labels))
    assert min(len(p) for p in a) >= 5
    other = partition(labels, replace(cfg, partition_seed=seed + 1))
    if clients > 1:
        assert not _same(a, other)


@FAST
@given(
    seed=st.integers(0, 2**16),
    n=st.integers(1, 400),
    num_classes=st.integers(1, 10),
    clients=st.integers(1, 10),
)
def test_class_histograms_sums(seed: int, n: int, num_classes: int, clients: int) -> None:
    labels = _labels(seed, n, num_classes)
    parts = iid(labels, min(clients, n), np.random.default_rng(seed))
    hist = class_histograms(labels, parts, num_classes)
    assert hist.dtype == np.int64
    assert hist.shape == (len(parts), num_classes)
    assert np.array_equal(hist.sum(axis=1), [len(p) for p in parts])
    assert np.array_equal(hist.sum(axis=0), np.bincount(labels, minlength=num_classes))


def test_partition_uses_config() -> None:
    labels = _labels(0, 1000, 10)
    cfg = DataConfig(partition="dirichlet", alpha=0.1, num_clients=10, partition_seed=3, min_client_size=10)
    parts = partition(labels, cfg)
    expected = dirichlet(labels, 10, 0.1, np.random.default_rng(3), min_size=10)
    assert _same(parts, expected)


# ------------------------------------------------------------------ errors


def test_alpha_must_be_positive() -> None:
    labels = _labels(0, 100, 3)
    for alpha in (0.0, -1.0):
        with pytest.raises(ConfigError, match=rf"alpha={alpha}.*--alpha"):
            dirichlet(labels, 2, alpha, np.random.default_rng(0))
    with pytest.raises(ConfigError, match="alpha"):
        DataConfig(alpha=0.0)


def test_more_clients_than_samples() -> None:
    labels = _labels(0, 5, 2)
    with pytest.raises(DataError, match=r"5 samples among 6 clients.*--clients"):
        iid(labels, 6, np.random.default_rng(0))
    with pytest.raises(DataError, match=r"--clients"):
        shards(labels, 6, 1, np.random.default_rng(0))
    with pytest.raises(
        DataError,
        match=r"cannot give 6 clients at least 1 samples each from only 5 samples: use fewer clients "
        r"\(--clients\) or a smaller --min-client-size",
    ):
        dirichlet(labels, 6, 0.5, np.random.default_rng(0), min_size=1)


def test_min_size_impossible() -> None:
    labels = _labels(0, 99, 3)
    msg = r"cannot give 10 clients at least 10 samples each from only 99 samples"
    with pytest.raises(DataError, match=msg):
        dirichlet(labels, 10, 0.5, np.random.default_rng(0), min_size=10)
    for scheme in ("iid", "dirichlet", "shards"):
        with pytest.raises(DataError, match=msg):
            partition(labels, DataConfig(partition=scheme, num_clients=10, min_client_size=10))


def test_classes_per_client_too_large() -> None:
    labels = _labels(0, 200, 4)
    with pytest.raises(DataError, match=r"classes_per_client=5 .* only 4 classes.*--classes-per-client <= 4"):
        shards(labels, 4, 5, np.random.default_rng(0))
    with pytest.raises(DataError, match="--classes-per-client"):
        partition(labels, DataConfig(partition="shards", num_clients=4, classes_per_client=5))


def test_shards_too_few_slots_names_fix() -> None:
    labels = _labels(0, 1000, 10)
    with pytest.raises(DataError, match=r"--classes-per-client >= 3"):
        shards(labels, 4, 2, np.random.default_rng(0))


def test_shards_small_client_rejected_by_partition() -> None:
    # One tiny class shared among clients leaves some client under the minimum.
    labels = np.concatenate([np.zeros(200), np.ones(4)]).astype(np.int64)
    cfg = DataConfig(partition="shards", num_clients=4, classes_per_client=1, min_client_size=10)
    with pytest.raises(DataError, match="--min-client-size"):
        partition(labels, cfg)
