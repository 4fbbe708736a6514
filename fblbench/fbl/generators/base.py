"""What every filler shares: the :class:`GeneratorSpec`, the per-budget sizes, the
:class:`Generator` base class and the ``none`` filler."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import torch

from fblbench.config import GENERATOR_SIZES
from fblbench.errors import ConfigError

if TYPE_CHECKING:
    from fblbench.engine.loop import Federation

#: ``real``: public images (the upper bound); ``ddpm``: pretrained on the public pool (the
#: default); ``gaussian``: per-class Gaussian of the public pool; ``pretrained``: a diffusers
#: pipeline; ``augment``: the client's own samples, augmented; ``none``.
GENERATOR_KINDS = ("ddpm", "real", "gaussian", "pretrained", "augment", "none")
#: Kinds whose knowledge of the classes comes from the public pool.
PUBLIC_KINDS = ("ddpm", "real", "gaussian")
NUM_TRAIN_TIMESTEPS = 1000  # DDPM noise levels (also the bound of sampling_steps)
DEFAULT_PROMPTS = {"eurosat": "a satellite photo of {cls}"}
DEFAULT_PROMPT = "a photo of a {cls}"

PublicPool = tuple[torch.Tensor, torch.Tensor]  # uint8 images [n,3,H,W], int64 labels [n]


@dataclass(frozen=True)
class GeneratorSize:
    """The generator's compute at one budget (``DataConfig.generator_size``)."""

    train_steps: int  # ddpm: AdamW steps of the central pretraining on the public pool
    width: int  # ddpm: UNet base channels
    pool_size: int  # ddpm/gaussian: generated images per class, cached
    sampling_steps: int  # ddpm: DDIM steps


#: One home for the per-budget sizes; the budget presets pick a key (config.BUDGETS).
#: cpu: measured on EuroSAT 32 px, 1 thread (docs/fbl.md "Generator"): see the report there.
GENERATOR_SIZES_TABLE: dict[str, GeneratorSize] = {
    "smoke": GeneratorSize(train_steps=40, width=16, pool_size=16, sampling_steps=8),
    "cpu": GeneratorSize(train_steps=2000, width=32, pool_size=200, sampling_steps=20),
    "paper": GeneratorSize(train_steps=20000, width=64, pool_size=500, sampling_steps=50),
}
assert set(GENERATOR_SIZES_TABLE) == set(GENERATOR_SIZES)
#: The table as it stood (since 8d983e1) until runs recorded the sizes they trained with
#: (2026-12-05): a record from before then holds 0 ("the budget's size") in a sized field and
#: trained with these. Frozen: a change of GENERATOR_SIZES_TABLE must not change what they say.
SIZES_RECORDED_AS_ZERO: dict[str, GeneratorSize] = {
    "smoke": GeneratorSize(train_steps=40, width=16, pool_size=16, sampling_steps=8),
    "cpu": GeneratorSize(train_steps=2000, width=32, pool_size=200, sampling_steps=20),
    "paper": GeneratorSize(train_steps=20000, width=64, pool_size=500, sampling_steps=50),
}


def scaled_pool(pool_size: int, scale: float) -> int:
    """A size's pool of ``pool_size`` images per class at ``pool_scale`` ``scale``."""
    return max(1, round(scale * pool_size))


def _check(cond: bool, msg: str) -> None:
    if not cond:
        raise ConfigError(msg)


def format_prompt(template: str, name: str) -> str:
    """``template`` with ``{cls}`` (or ``{class}``) replaced by the class name."""
    return template.format(cls=name, **{"class": name})


@dataclass(frozen=True)
class GeneratorSpec:
    """Everything that determines a generator. 0 in a sized field = the budget's size."""

    kind: str = "ddpm"
    # ddpm: AdamW steps of the central pretraining on the public pool (0 = the size's).
    train_steps: int = 0
    # ddpm: optional federated fine-tune on the clients' own data after pretraining: steps
    # summed over clients (0 = none). Each client keeps its AdamW state across rounds.
    finetune_steps: int = 0
    # ddpm fine-tune: local steps per client between two FedAvg averagings.
    local_steps: int = 10
    # ddpm: UNet base channels, block widths (w, 2w, 2w); 0 = the size's.
    width: int = 0
    # DDIM steps (ddpm and pretrained); 0 = the size's.
    sampling_steps: int = 0
    # Classifier-free guidance scale (1.0 = none, the default: it scored the best CAS and oracle
    # gap on EuroSAT, docs/fbl.md "Generators"; it also halves the sampling cost).
    guidance: float = 1.0
    # ddpm/gaussian: generated images per class, cached; fill() draws from them (0 = the size's
    # times pool_scale).
    pool_size: int = 0
    # The pool as a multiple of the size's (pool_size 0 only): searched in fbl.yaml, so that one
    # range means the same at every budget. 5 by default: with FBL's synthetic sets redrawn every
    # round, a 5x pool (cpu: 1,000 per class) ended FBL's late decline on CIFAR-10 (docs/fbl.md
    # "Synthetic sets"); it costs ~7 min of sampling on one core at cpu size, once (cached).
    pool_scale: float = 5.0
    # pretrained: > 0 = image-to-image from the client's real samples of the class.
    img2img_strength: float = 0.0
    # pretrained: local path or hub id of a diffusers text-to-image pipeline.
    pretrained_model: str = ""
    # pretrained: "" = the dataset's default; "{cls}" (or "{class}") is the class name.
    prompt_template: str = ""
    seed: int = 0

    def __post_init__(self) -> None:
        _check(
            self.kind in GENERATOR_KINDS,
            f"generator kind must be one of {', '.join(GENERATOR_KINDS)}, but got {self.kind!r}",
        )
        for name in ("train_steps", "finetune_steps", "pool_size"):
            v = getattr(self, name)
            _check(v >= 0, f"{name} must be >= 0 (0 = the budget's size), but got {v}")
        _check(self.local_steps >= 1, f"local_steps must be >= 1, but got {self.local_steps}")
        _check(math.isfinite(self.pool_scale) and self.pool_scale > 0,
               f"pool_scale must be > 0 (1 = the budget's pool), but got {self.pool_scale}")
        _check(
            self.width == 0 or (self.width >= 4 and self.width % 4 == 0),
            f"width must be 0 (the budget's) or a multiple of 4 (GroupNorm groups of 4 channels), but got {self.width}",
        )
        _check(
            0 <= self.sampling_steps <= NUM_TRAIN_TIMESTEPS,
            f"sampling_steps must lie in [0, {NUM_TRAIN_TIMESTEPS}] (0 = the budget's), but got {self.sampling_steps}",
        )
        _check(
            math.isfinite(self.guidance) and self.guidance >= 0,
            f"guidance must be >= 0 (1.0 = no classifier-free guidance), but got {self.guidance}",
        )
        _check(
            0 <= self.img2img_strength <= 1,
            f"img2img_strength must lie in [0, 1] (0 = text-to-image), but got {self.img2img_strength}",
        )
        _check(
            self.kind != "pretrained" or bool(self.pretrained_model.strip()),
            "generator kind 'pretrained' needs pretrained_model (a local path or hub id of a diffusers "
            "text-to-image pipeline), but got an empty string; or use the offline generator 'ddpm'",
        )
        if self.prompt_template:
            try:
                ok = format_prompt(self.prompt_template, "x") != self.prompt_template
            except (KeyError, IndexError, ValueError) as e:
                raise ConfigError(
                    "prompt_template may hold only the placeholder {cls} (or {class}), but got "
                    f"{self.prompt_template!r} ({type(e).__name__}: {e})"
                ) from e
            _check(ok, f"prompt_template must contain {{cls}}, but got {self.prompt_template!r}")
        _check(self.seed >= 0, f"seed must be >= 0, but got {self.seed}")

    def sized(self, size: str) -> GeneratorSpec:
        """This spec with every 0 sized field replaced by ``GENERATOR_SIZES_TABLE[size]``."""
        if size not in GENERATOR_SIZES_TABLE:
            raise ConfigError(f"generator size must be one of {', '.join(GENERATOR_SIZES_TABLE)}, but got {size!r}")
        preset = GENERATOR_SIZES_TABLE[size]
        return replace(
            self,
            train_steps=self.train_steps or preset.train_steps,
            width=self.width or preset.width,
            pool_size=self.pool_size or scaled_pool(preset.pool_size, self.pool_scale),
            sampling_steps=self.sampling_steps or preset.sampling_steps,
        )


class Generator(ABC):
    """A filler of scarce and missing classes. ``prepare`` once, then ``fill`` per (client, class)."""

    #: Whether ``fill`` can make images of a class with no real sample (``real`` empty).
    can_fill_missing: ClassVar[bool] = True
    #: Whether ``prepare`` needs the public pool.
    needs_public: ClassVar[bool] = False
    kind: ClassVar[str] = ""

    def __init__(self, spec: GeneratorSpec) -> None:
        if spec.kind != self.kind:
            raise ConfigError(f"{type(self).__name__} needs a spec of kind {self.kind!r}, but got {spec.kind!r}")
        self.spec = spec
        self.resolution: int | None = None
        self.classes: tuple[str, ...] = ()
        self.dataset = ""

    def prepare(
        self, fed: Federation, cache_dir: Path, progress: bool = True, public: PublicPool | None = None
    ) -> dict[str, float]:
        """Train/load whatever is needed (cached); returns metrics to log.

        ``public`` is the public pool (``fblbench.data.public.public_data``); kinds with
        ``needs_public`` raise a ConfigError without it. The spec's 0 fields are sized by
        ``fed.data_cfg.generator_size``.
        """
        self.resolution = fed.splits.resolution
        self.classes = tuple(fed.splits.classes)
        self.dataset = fed.data_cfg.dataset
        self.spec = self.spec.sized(fed.data_cfg.generator_size)
        if self.needs_public and (public is None or len(public[1]) == 0):
            raise ConfigError(
                f"generator {self.kind!r} learns the classes from the public pool, but got none: "
                "set public_fraction > 0 (e.g. --public-fraction 0.1)"
            )
        return {}

    def provenance(self) -> dict[str, Any]:
        """What identifies this filler's output after ``prepare``, for the run's
        ``fbl_generator.json``: its kind and sized spec (a cached generator adds what it was
        built with and a digest of what it samples from)."""
        return {"kind": self.kind, "spec": asdict(self.spec)}

    @abstractmethod
    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        """``n`` synthetic uint8 images [n,3,H,W] of class ``cls`` at the federation's resolution.

        ``real`` holds the client's own uint8 samples of that class (may be empty). A
        generator that cannot fill (``augment`` without real samples, ``none``) returns
        fewer, possibly zero, images. Deterministic for a given ``rng`` state.
        """

    @property
    def num_classes(self) -> int:
        return len(self.classes)

    def _check_fill(self, cls: int, n: int) -> int:
        if self.resolution is None:
            raise RuntimeError(f"{type(self).__name__}.prepare(fed, cache_dir) must be called before fill()")
        if not 0 <= cls < self.num_classes:
            raise ValueError(f"cls must lie in [0, {self.num_classes}), but got {cls}")
        if n < 0:
            raise ValueError(f"n must be >= 0, but got {n}")
        return self.resolution

    def _empty(self) -> torch.Tensor:
        r = self.resolution or 0
        return torch.empty(0, 3, r, r, dtype=torch.uint8)


class NoGenerator(Generator):
    """``none``: fills nothing."""

    can_fill_missing = False
    kind = "none"

    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        self._check_fill(cls, n)
        return self._empty()


def provenance_summary(provenance: dict[str, Any]) -> dict[str, str]:
    """A filler's :meth:`Generator.provenance` as an FBL run's ``Method.provenance()``: its
    kind and, for a cached pool, its key (what the settings asked for: weights, guidance, size)
    and its sha256 (what was built). Two runs with one key and two digests drew from pools
    built on other machines or thread counts; two keys are two settings."""
    if not provenance:
        return {}
    out = {"generator": str(provenance.get("kind", ""))}
    for key in ("pool_key", "pool_sha256"):
        if provenance.get(key):
            out[key] = str(provenance[key])
    return out
