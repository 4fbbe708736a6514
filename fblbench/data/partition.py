"""Split a training set among federated clients: IID, Dirichlet label skew, label shards.

All functions are pure: they take the label array and an explicit
:class:`numpy.random.Generator` and return one sorted ``int64`` index array per
client. Every sample goes to exactly one client (the parts are disjoint and cover
``range(len(labels))``).

* :func:`iid` -- a random permutation cut into near-equal parts.
* :func:`dirichlet` -- NIID-Bench label skew (Li et al., 2022): for every class,
  client proportions ~ Dir(alpha), with clients already above the average size
  masked out; then a deterministic fix-up moves random samples from the largest
  clients to any client below ``min_size``. The fix-up always terminates (each move
  shrinks the total deficit), unlike NIID-Bench's resample-until-ok loop.
* :func:`shards` -- every client holds exactly ``classes_per_client`` distinct
  classes; each class is held by as equal a number of clients as possible and its
  samples are cut into equal shards among them.
* :func:`partition` -- validates a :class:`~fblbench.config.DataConfig` and dispatches
  with ``rng = np.random.default_rng(cfg.partition_seed)``.
"""

from __future__ import annotations

import numpy as np

from fblbench.config import DataConfig
from fblbench.errors import ConfigError, DataError

__all__ = ["class_histograms", "dirichlet", "iid", "partition", "shards"]


def _check_labels(labels: np.ndarray) -> np.ndarray:
    arr = np.asarray(labels)
    if arr.ndim != 1:
        raise DataError(f"labels must be a 1-D array, but got shape {arr.shape}")
    if arr.size and not np.issubdtype(arr.dtype, np.integer):
        raise DataError(f"labels must be integers, but got dtype {arr.dtype}")
    if arr.size and arr.min() < 0:
        raise DataError(f"labels must be >= 0, but got {int(arr.min())}")
    return arr.astype(np.int64, copy=False)


def _check_clients(n: int, num_clients: int) -> None:
    if num_clients < 1:
        raise ConfigError(f"num_clients must be >= 1, but got {num_clients} (set --clients)")
    if num_clients > n:
        raise DataError(
            f"cannot split {n} samples among {num_clients} clients: every client needs at least one "
            f"sample; use at most {n} clients (--clients)"
        )


def _finish(parts: list[np.ndarray]) -> list[np.ndarray]:
    return [np.sort(np.asarray(p, dtype=np.int64)) for p in parts]


def iid(labels: np.ndarray, num_clients: int, rng: np.random.Generator) -> list[np.ndarray]:
    """A random permutation of all samples cut into ``num_clients`` near-equal parts."""
    y = _check_labels(labels)
    _check_clients(len(y), num_clients)
    perm = rng.permutation(len(y))
    return _finish(np.array_split(perm, num_clients))


def _dirichlet_proportions(alpha: float, num_clients: int, rng: np.random.Generator) -> np.ndarray:
    p = rng.dirichlet(np.full(num_clients, alpha))
    if not np.all(np.isfinite(p)) or p.sum() <= 0:
        # alpha -> 0 limit (numerical underflow): the whole class goes to one client.
        p = np.zeros(num_clients)
        p[rng.integers(num_clients)] = 1.0
    return np.asarray(p, dtype=np.float64)


def dirichlet(
    labels: np.ndarray,
    num_clients: int,
    alpha: float,
    rng: np.random.Generator,
    min_size: int = 10,
) -> list[np.ndarray]:
    """NIID-Bench Dirichlet label skew, with every client guaranteed ``>= min_size`` samples.

    Per class: shuffle its indices, draw proportions ~ Dir(alpha) over clients, zero
    the proportions of clients already holding more than ``len(labels) / num_clients``
    samples (NIID-Bench's balancing), renormalise and cut. Then, while some client
    holds fewer than ``min_size`` samples, move randomly chosen samples from the
    currently largest client to it. That donor always has spare samples because
    ``num_clients * min_size <= len(labels)``, so the loop ends after at most
    ``num_clients * min_size`` moves.
    """
    y = _check_labels(labels)
    n = len(y)
    if not alpha > 0:
        raise ConfigError(
            f"alpha must be > 0 (Dirichlet concentration; smaller = more skewed), but got alpha={alpha} "
            "(set --alpha, e.g. 0.1 or 0.5)"
        )
    if min_size < 0:
        raise ConfigError(f"min_size must be >= 0, but got {min_size} (set --min-client-size)")
    if num_clients * min_size > n:
        raise DataError(
            f"cannot give {num_clients} clients at least {min_size} samples each from only {n} samples: "
            "use fewer clients (--clients) or a smaller --min-client-size"
        )
    _check_clients(n, num_clients)

    buckets: list[list[np.ndarray]] = [[] for _ in range(num_clients)]
    sizes = np.zeros(num_clients, dtype=np.int64)
    for c in np.unique(y):
        idx = rng.permutation(np.flatnonzero(y == c))
        p = _dirichlet_proportions(alpha, num_clients, rng)
        masked = p * (sizes < n / num_clients)
        if masked.sum() > 0:
            p = masked / masked.sum()
        cuts = (np.cumsum(p) * len(idx)).astype(np.int64)[:-1]
        for k, piece in enumerate(np.split(idx, cuts)):
            if len(piece):
                buckets[k].append(piece)
                sizes[k] += len(piece)

    parts = [np.concatenate(b) if b else np.empty(0, dtype=np.int64) for b in buckets]
    # Fix-up: fill deficient clients (lowest index first) from the largest client.
    for k in range(num_clients):
        while len(parts[k]) < min_size:
            lens = np.array([len(p) for p in parts])
            lens[k] = -1
            donor = int(np.argmax(lens))
            spare = len(parts[donor]) - min_size
            take = min(min_size - len(parts[k]), spare)
            if take <= 0:  # impossible given the check above; guard against an endless loop
                raise DataError(
                    f"cannot give {num_clients} clients at least {min_size} samples each from only {n} "
                    "samples: use fewer clients (--clients) or a smaller --min-client-size"
                )
            shuffled = rng.permutation(parts[donor])
            parts[k] = np.concatenate([parts[k], shuffled[:take]])
            parts[donor] = shuffled[take:]
    return _finish(parts)


def shards(
    labels: np.ndarray, num_clients: int, classes_per_client: int, rng: np.random.Generator
) -> list[np.ndarray]:
    """Every client holds exactly ``classes_per_client`` distinct classes.

    There are ``num_clients * classes_per_client`` (client, class) slots. Each class
    fills ``floor`` or ``ceil`` of ``slots / num_classes`` of them (the classes that
    get one more are random), and slots are dealt round-robin over a random client
    order in runs of one class, so no client gets a class twice. Each class's shuffled
    samples are then cut into near-equal shards, one per holder, so every sample is
    assigned. Needs ``num_clients * classes_per_client >= num_classes`` (else some class
    would have no holder).
    """
    y = _check_labels(labels)
    _check_clients(len(y), num_clients)
    classes = np.unique(y)
    num_classes = len(classes)
    if classes_per_client < 1:
        raise ConfigError(f"classes_per_client must be >= 1, but got {classes_per_client}")
    if classes_per_client > num_classes:
        raise DataError(
            f"classes_per_client={classes_per_client} but the labels hold only {num_classes} classes: "
            f"use --classes-per-client <= {num_classes}"
        )
    slots = num_clients * classes_per_client
    if slots < num_classes:
        need = -(-num_classes // num_clients)
        raise DataError(
            f"label shards with {num_clients} clients x {classes_per_client} classes each cover only "
            f"{slots} of {num_classes} classes, so some samples would have no client: use "
            f"--classes-per-client >= {need}, more clients (--clients >= "
            f"{-(-num_classes // classes_per_client)}), or the dirichlet partition"
        )
    base, extra = divmod(slots, num_classes)
    holders_per_class = np.full(num_classes, base, dtype=np.int64)
    holders_per_class[rng.permutation(num_classes)[:extra]] += 1
    # Runs of one class, in random class order, dealt round-robin: a run is at most
    # num_clients long (ceil(slots / num_classes) <= num_clients), so its slots land on
    # distinct clients, and every client gets exactly classes_per_client slots.
    order = rng.permutation(num_classes)
    run = np.repeat(order, holders_per_class[order])
    client_of_slot = rng.permutation(num_clients)[np.arange(slots) % num_clients]

    pieces: list[list[np.ndarray]] = [[] for _ in range(num_clients)]
    for ci in range(num_classes):
        holders = client_of_slot[run == ci]
        idx = rng.permutation(np.flatnonzero(y == classes[ci]))
        for client, shard in zip(holders, np.array_split(idx, len(holders)), strict=True):
            pieces[int(client)].append(shard)
    return _finish([np.concatenate(p) if p else np.empty(0, dtype=np.int64) for p in pieces])


def partition(labels: np.ndarray, cfg: DataConfig) -> list[np.ndarray]:
    """Partition ``labels`` as ``cfg`` says, seeded by ``cfg.partition_seed``.

    Every client gets at least ``cfg.min_client_size`` samples; Dirichlet guarantees
    it by its fix-up, IID and shards raise :class:`DataError` naming the fix if not.
    """
    y = _check_labels(labels)
    rng = np.random.default_rng(cfg.partition_seed)
    n, k, m = len(y), cfg.num_clients, cfg.min_client_size
    if k * m > n:
        raise DataError(
            f"cannot give {k} clients at least {m} samples each from only {n} samples: "
            "use fewer clients (--clients) or a smaller --min-client-size"
        )
    if cfg.partition == "iid":
        parts = iid(y, k, rng)
    elif cfg.partition == "dirichlet":
        parts = dirichlet(y, k, cfg.alpha, rng, min_size=m)
    elif cfg.partition == "shards":
        parts = shards(y, k, cfg.classes_per_client, rng)
    else:  # DataConfig validates this already; kept for callers that bypass it
        raise ConfigError(f"partition must be one of iid, dirichlet, shards, but got {cfg.partition!r}")
    smallest = min(len(p) for p in parts)
    if smallest < m:
        raise DataError(
            f"the {cfg.partition} partition gave a client only {smallest} samples, fewer than "
            f"--min-client-size {m}: use fewer clients (--clients), a smaller --min-client-size, "
            "or the dirichlet partition (which guarantees the minimum)"
        )
    return parts


def class_histograms(labels: np.ndarray, parts: list[np.ndarray], num_classes: int) -> np.ndarray:
    """``int64 [num_clients, num_classes]``: how many samples of each class each client holds."""
    y = _check_labels(labels)
    if y.size and int(y.max()) >= num_classes:
        raise DataError(f"label {int(y.max())} is out of range for num_classes={num_classes}")
    out = np.zeros((len(parts), num_classes), dtype=np.int64)
    for k, part in enumerate(parts):
        out[k] = np.bincount(y[np.asarray(part, dtype=np.int64)], minlength=num_classes)
    return out
