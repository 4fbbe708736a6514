"""The text of a mix spec (``mix:fbl=0.5:fedprox=0.3:fedavg=0.2``, ``docs/mixed.md``): parsing,
its canonical name, each member's namespace and which clients run which member.

No torch here: the method registry tells a mix from a method name with :func:`is_mix_spec`
without importing the engine (:mod:`fblbench.mixed` builds the method itself).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from fblbench.errors import ConfigError

MIX_PREFIX = "mix:"
ENTRY_SEP = ":"
SHARE_SEP = "="
SHARE_TOLERANCE = 1e-6
_EXAMPLE = "mix:fbl=0.5:fedprox=0.3:fedavg=0.2"


def is_mix_spec(spec: str) -> bool:
    """Whether ``spec`` names a mix (or wraps one, which :func:`fblbench.mixed.mixed_method` refuses)."""
    spec = spec.strip()
    return spec.startswith(MIX_PREFIX) or f"+{MIX_PREFIX}" in spec


def namespace(name: str) -> str:
    """The hyperparameter and metric prefix of a member (``fbl+fedprox`` -> ``fbl_fedprox``)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)


def parse_mix(spec: str) -> tuple[tuple[str, float], ...]:
    """``mix:a=0.5:b=0.5`` -> ``(("a", 0.5), ("b", 0.5))``; a ConfigError names what to fix."""
    spec = spec.strip()
    if not spec.startswith(MIX_PREFIX):
        raise ConfigError(f"{spec!r}: a mix cannot be wrapped (e.g. by fbl+); put fbl+<method> inside "
                          f"the mix instead, e.g. mix:fbl+fedprox=0.5:fedavg=0.5")
    body = spec[len(MIX_PREFIX):]
    if "," in body:
        raise ConfigError(f"mix spec {spec!r}: separate the entries with ':', not ',' (a comma separates "
                          f"methods in --methods), e.g. {_EXAMPLE}")
    entries = [e.strip() for e in body.split(ENTRY_SEP)] if body.strip() else []
    if not entries:
        raise ConfigError(f"mix spec {spec!r} lists no method: write <method>=<share> entries, e.g. {_EXAMPLE}")
    out: list[tuple[str, float]] = []
    for entry in entries:
        name, sep, text = (p.strip() for p in entry.partition(SHARE_SEP))
        if name == "mix":
            raise ConfigError(f"mix spec {spec!r}: a mix cannot contain another mix (nested mix); list every "
                              f"method in one mix, e.g. {_EXAMPLE}")
        if not sep or not name:
            raise ConfigError(f"mix spec {spec!r}: entry {entry!r} is not <method>=<share>; write e.g. "
                              f"{_EXAMPLE} (a module:Class method joins a mix by its entry-point name)")
        try:
            share = float(text)
        except ValueError:
            raise ConfigError(f"mix spec {spec!r}: the share of {name!r} is {text!r}, not a number; "
                              f"write e.g. {name}=0.5") from None
        if not math.isfinite(share) or share <= 0:
            raise ConfigError(f"mix spec {spec!r}: the share of {name!r} is {text}; every share must be > 0 "
                              "(leave a method out instead of giving it 0)")
        out.append((name, share))
    names = [n for n, _ in out]
    dup = sorted({n for n in names if names.count(n) > 1} | _clashing_namespaces(names))
    if dup:
        raise ConfigError(f"mix spec {spec!r}: {dup} appear more than once (or share a namespace); give each "
                          "method once, with its total share")
    total = math.fsum(s for _, s in out)
    if abs(total - 1.0) > SHARE_TOLERANCE:
        raise ConfigError(f"mix spec {spec!r}: the shares add up to {total:.6g}, not 1; change them so that "
                          f"they sum to 1, e.g. {_EXAMPLE}")
    return tuple(out)


def _clashing_namespaces(names: Sequence[str]) -> set[str]:
    spaces = [namespace(n) for n in names]
    return {n for n, s in zip(names, spaces, strict=True) if spaces.count(s) > 1 and names.count(n) == 1}


def canonical_name(entries: Sequence[tuple[str, float]]) -> str:
    return MIX_PREFIX + ENTRY_SEP.join(f"{n}{SHARE_SEP}{s!r}" for n, s in entries)


def share_counts(num_clients: int, shares: Sequence[float]) -> list[int]:
    """Clients per method of K: ``floor(s_i K)``, the leftover clients one each to the largest
    fractional parts, then each method at 0 takes one from the method holding the most (ties
    of both steps: the method listed first)."""
    m = len(shares)
    if num_clients < m:
        raise ConfigError(f"a mix of {m} methods needs at least {m} clients, but the federation has "
                          f"{num_clients}: use more clients (--clients) or fewer methods")
    exact = [round(s * num_clients, 9) for s in shares]  # 0.3 * 10 is 3.0000000000000004
    counts = [math.floor(x) for x in exact]
    order = sorted(range(m), key=lambda i: (-(exact[i] - counts[i]), i))
    for i in order[: num_clients - sum(counts)]:
        counts[i] += 1
    for i in range(m):
        if counts[i] == 0:
            donor = max(range(m), key=lambda j: (counts[j], -j))
            counts[donor] -= 1
            counts[i] = 1
    return counts


def assign_methods(num_clients: int, shares: Sequence[float], partition_seed: int) -> list[int]:
    """The index (into ``shares``) of each client's method: the first ``n_0`` clients of a
    permutation drawn from the partition seed run method 0, the next ``n_1`` method 1, ..."""
    import numpy as np

    from fblbench.engine.loop import derive_seed

    counts = share_counts(num_clients, shares)
    perm = np.random.default_rng(derive_seed("mix-assignment", partition_seed)).permutation(num_clients)
    out = [0] * num_clients
    start = 0
    for i, n in enumerate(counts):
        for k in perm[start : start + n]:
            out[int(k)] = i
        start += n
    return out


__all__ = ["ENTRY_SEP", "MIX_PREFIX", "SHARE_SEP", "SHARE_TOLERANCE", "assign_methods", "canonical_name", "is_mix_spec",
           "namespace", "parse_mix", "share_counts"]
