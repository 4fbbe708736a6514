"""The generator side of FBL's Knowledge Filling: synthetic samples of a class, on demand.

A :class:`Generator` is built from a frozen :class:`GeneratorSpec` (``build_generator``),
prepared once per federation (``prepare``: train or load whatever it needs, cached on
disk; the public pool comes in as ``public``) and then asked for ``n`` uint8 images of a
class (``fill``). Kinds (``GENERATOR_KINDS``):

* ``ddpm`` (default, :mod:`.ddpm`) -- a class-conditional DDPM pretrained centrally on the
  public pool (the offline stand-in for a pretrained model's outside knowledge),
  optionally fine-tuned federatedly; sampled into a cached per-class pool.
* ``real`` (:mod:`.simple`) -- real public images of the class: a perfect generator, the
  upper bound.
* ``gaussian`` (:mod:`.simple`) -- a per-class Gaussian (mean + principal components) of
  the public pool: training-free.
* ``pretrained`` (:mod:`.pretrained`) -- a diffusers text-to-image pipeline.
* ``augment`` (:mod:`.simple`) -- the client's own samples, augmented; cannot fill a
  missing class.
* ``none`` -- fills nothing.

:mod:`.metrics` scores them: CAS (the main figure), the oracle gap, class fidelity.
"""

from __future__ import annotations

from fblbench.fbl.generators.base import (
    GENERATOR_KINDS,
    GENERATOR_SIZES_TABLE,
    PUBLIC_KINDS,
    Generator,
    GeneratorSize,
    GeneratorSpec,
    NoGenerator,
    PublicPool,
    provenance_summary,
)
from fblbench.fbl.generators.ddpm import DDPMGenerator, ddpm_cache_keys
from fblbench.fbl.generators.metrics import (
    class_fidelity,
    classification_accuracy_score,
    fidelity_classifier,
    generator_scores,
    oracle_gap,
)
from fblbench.fbl.generators.pretrained import PipelineFactory, PretrainedGenerator
from fblbench.fbl.generators.simple import AugmentGenerator, GaussianGenerator, RealGenerator
from fblbench.fbl.generators.util import save_sample_grid

__all__ = [
    "GENERATOR_KINDS",
    "GENERATOR_SIZES_TABLE",
    "PUBLIC_KINDS",
    "AugmentGenerator",
    "DDPMGenerator",
    "GaussianGenerator",
    "Generator",
    "GeneratorSize",
    "GeneratorSpec",
    "NoGenerator",
    "PipelineFactory",
    "PretrainedGenerator",
    "PublicPool",
    "RealGenerator",
    "build_generator",
    "class_fidelity",
    "classification_accuracy_score",
    "ddpm_cache_keys",
    "fidelity_classifier",
    "generator_scores",
    "oracle_gap",
    "provenance_summary",
    "save_sample_grid",
]

_KINDS: dict[str, type[Generator]] = {
    "ddpm": DDPMGenerator,
    "real": RealGenerator,
    "gaussian": GaussianGenerator,
    "pretrained": PretrainedGenerator,
    "augment": AugmentGenerator,
    "none": NoGenerator,
}
assert set(_KINDS) == set(GENERATOR_KINDS)


def build_generator(spec: GeneratorSpec, *, pipeline_factory: PipelineFactory | None = None) -> Generator:
    """The generator of ``spec.kind``; ``pipeline_factory`` only applies to ``pretrained``."""
    if spec.kind == "pretrained":
        return PretrainedGenerator(spec, pipeline_factory=pipeline_factory)
    return _KINDS[spec.kind](spec)
