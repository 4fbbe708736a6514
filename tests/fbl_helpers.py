"""Shared helpers of the FBL tests (tests/test_fbl.py, tests/test_fbl_alignment.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import numpy as np
import torch

from fblbench.engine.client import ClientContext, LocalData
from fblbench.engine.loop import Federation
from fblbench.fbl.method import FBL
from fblbench.method import Method
from fblbench.models import FLModel
from tests.fakes import small_train

# ---- fakes and builders -------------------------------------------------------------------------------


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


def make_ctx(method: Method, model: FLModel, data: LocalData, round_idx: int = 0, **kw: Any) -> ClientContext:
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
