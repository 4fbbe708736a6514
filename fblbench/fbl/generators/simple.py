"""Training-free fillers: ``augment`` (the client's own samples), ``real`` (public images:
the upper bound) and ``gaussian`` (a per-class Gaussian of the public pool)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import torch
import torch.nn.functional as F

from fblbench.fbl.generators.base import Generator, GeneratorSpec, PublicPool
from fblbench.fbl.generators.util import draw_indices, to_uint8

if TYPE_CHECKING:
    from fblbench.engine.loop import Federation

# gaussian: principal components kept per class (at most n_class - 1).
GAUSSIAN_COMPONENTS = 32

class AugmentGenerator(Generator):
    """``augment``: the client's own samples of the class, flipped, shifted and colour-jittered."""

    can_fill_missing = False
    kind = "augment"

    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        res = self._check_fill(cls, n)
        if n == 0 or len(real) == 0:
            return self._empty()
        x = real[draw_indices(len(real), n, rng)].float().div(255).cpu()
        flip = torch.rand(n, generator=rng) < 0.5
        x[flip] = x[flip].flip(-1)
        # Shift by up to res/8 pixels (4 at 32 px) with reflected borders.
        pad = max(1, res // 8)
        xp = F.pad(x, (pad, pad, pad, pad), mode="reflect")
        off = torch.randint(0, 2 * pad + 1, (n, 2), generator=rng).tolist()
        x = torch.stack([xp[i, :, oy : oy + res, ox : ox + res] for i, (oy, ox) in enumerate(off)])
        # Colour jitter: brightness, contrast and saturation, each by a factor in [0.8, 1.2].
        b, c, s = (1 + 0.4 * (torch.rand(3, n, 1, 1, 1, generator=rng) - 0.5)).unbind(0)
        x = x * b
        mean = x.mean(dim=(1, 2, 3), keepdim=True)
        x = (x - mean) * c + mean
        gray = (0.299 * x[:, 0:1] + 0.587 * x[:, 1:2] + 0.114 * x[:, 2:3])
        x = (x - gray) * s + gray
        return to_uint8(x)


def _by_class(public: PublicPool, num_classes: int) -> list[torch.Tensor]:
    x, y = public
    return [x[y == c] for c in range(num_classes)]


class RealGenerator(Generator):
    """``real``: real public-pool images of the class, no client holds them. A perfect
    generator: the upper bound every table names as such. Reveals nothing about clients."""

    can_fill_missing = True
    needs_public = True
    kind = "real"

    def __init__(self, spec: GeneratorSpec) -> None:
        super().__init__(spec)
        self.by_class: list[torch.Tensor] = []

    def prepare(
        self, fed: Federation, cache_dir: Path, progress: bool = True, public: PublicPool | None = None
    ) -> dict[str, float]:
        super().prepare(fed, cache_dir, progress, public)
        assert public is not None
        self.by_class = _by_class(public, self.num_classes)
        return {"generator_public_images": float(len(public[1]))}

    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        self._check_fill(cls, n)
        pool = self.by_class[cls]
        if n == 0 or len(pool) == 0:
            return self._empty()
        return pool[draw_indices(len(pool), n, rng)].clone()


class GaussianGenerator(Generator):
    """``gaussian``: per class, the public images' pixel mean plus their top principal
    components with Gaussian weights. Training-free and cheap; it knows each class's colour
    and coarse layout, not its texture. Reveals nothing about clients."""

    can_fill_missing = True
    needs_public = True
    kind = "gaussian"

    def __init__(self, spec: GeneratorSpec) -> None:
        super().__init__(spec)
        self.means: list[torch.Tensor] = []
        self.components: list[torch.Tensor] = []  # [k, D]: principal directions x their std

    def prepare(
        self, fed: Federation, cache_dir: Path, progress: bool = True, public: PublicPool | None = None
    ) -> dict[str, float]:
        super().prepare(fed, cache_dir, progress, public)
        assert public is not None
        self.means, self.components = [], []
        for xc in _by_class(public, self.num_classes):
            flat = xc.flatten(1).double() / 255
            mean = flat.mean(0) if len(flat) else torch.full((flat.shape[1],), 0.5, dtype=torch.float64)
            k = min(GAUSSIAN_COMPONENTS, max(len(flat) - 1, 0))
            if k > 0:
                _, s, vh = torch.linalg.svd(flat - mean, full_matrices=False)
                comp = vh[:k] * (s[:k] / (len(flat) - 1) ** 0.5).unsqueeze(1)
            else:
                comp = torch.zeros(0, flat.shape[1], dtype=torch.float64)
            self.means.append(mean.float())
            self.components.append(comp.float())
        return {"generator_public_images": float(len(public[1]))}

    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        res = self._check_fill(cls, n)
        if n == 0:
            return self._empty()
        comp = self.components[cls]
        z = torch.randn(n, len(comp), generator=rng)
        x = self.means[cls] + z @ comp
        return to_uint8(x.view(n, 3, res, res))
