"""FBL's hyperparameters: the one place their defaults live (tuned by ``search_spaces/fbl.yaml``).

The generator settings are ``generator`` (GeneratorSpec.kind) and one ``gen_<name>`` field per
other GeneratorSpec field, defaulting to GeneratorSpec's own default; ``generator_spec()``
maps them back by name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from fblbench.errors import ConfigError
from fblbench.fbl.generators import GENERATOR_KINDS, GeneratorSize, GeneratorSpec, base

SAMPLING_CRITERIA = ("loss", "random")
GEN_PREFIX = "gen_"  # FBLHparams.gen_<name> is GeneratorSpec.<name>


@dataclass(frozen=True)
class FBLHparams:
    """FBL's hyperparameters. Values the paper reports are marked; the rest are this
    project's choices (``docs/fbl.md`` says why), tuned by ``search_spaces/fbl.yaml``."""

    # Master switch. False = the inner method unchanged (FBL off == FedAvg, bit for bit).
    balancing: bool = True
    # Which real samples of an excessive class to keep: "loss" = highest loss under the
    # current global model (the paper's choice, it beat "random" in its ablation).
    sampling: Literal["loss", "random"] = "loss"
    # Replay every T rounds (rounds T, 2T, ... counted from 1); 0 = no replay. The paper
    # does not give T: 5 replays 4 times in the cpu budget's 20 rounds, often enough to
    # revisit discarded data, rare enough to keep the budget close to N_k.
    replay_period: int = 5
    # Fraction of the left-out real samples a replay round adds; ~10% worked best in the paper.
    replay_fraction: float = 0.1
    # Knowledge filling on/off (off = sampling only: excessive classes are cut, nothing added).
    filling: bool = True
    # Knowledge Alignment on/off (per-class embeddings on synthetic features).
    alignment: bool = True
    # Embedding SGD lr: the model's default lr (0.01); the embeddings start at zero and
    # only synthetic rows train them, so they should not outpace the backbone.
    align_lr: float = 0.01
    # Mild shrinkage toward zero: an embedding should absorb the synthetic-vs-real shift,
    # not grow until it alone explains the synthetic labels (drop is the main guard).
    align_weight_decay: float = 1e-4
    # Embeddings averaged by the server (True) or kept per client. Shared: the shift comes
    # from one (federated) generator, so it is common to all clients, and pooling lets a
    # class's embedding learn from every client that synthesises it.
    align_shared: bool = True
    # Knowledge Drop: fraction of synthetic rows per batch trained WITHOUT their embedding.
    # The paper says drop is needed (alignment without it hurt) but not its value; 0.5
    # makes half the synthetic rows go through the same path as real and test images.
    p_drop: float = 0.5
    # Extended framework: shares of unlimited (balance to the max count) and generator-less
    # (plain inner method) clients; the rest are limited. 0/0 = the paper's main setting.
    share_unlimited: float = 0.0
    share_no_generator: float = 0.0
    # The filler (fblbench.fbl.generators): ddpm (a class-conditional DDPM pretrained on the
    # public pool, the offline stand-in for the paper's pretrained model), real (public images:
    # the upper bound), gaussian (per-class Gaussian of the public pool), pretrained (a diffusers
    # text-to-image pipeline; needs weights), augment (own samples; cannot fill missing classes;
    # ablation only), none (ablation only).
    generator: str = GeneratorSpec.kind
    # Generator settings: gen_<name> is GeneratorSpec.<name>, whose defaults these are. 0 in
    # train_steps / width / sampling_steps / pool_size = the budget's size
    # (GENERATOR_SIZES_TABLE[data.generator_size]): the generator scales with --budget.
    gen_train_steps: int = GeneratorSpec.train_steps
    # Federated fine-tune steps on the clients after the public pretraining (0 = none).
    gen_finetune_steps: int = GeneratorSpec.finetune_steps
    # Local steps per client between two FedAvg averagings of the fine-tune.
    gen_local_steps: int = GeneratorSpec.local_steps
    gen_width: int = GeneratorSpec.width
    gen_sampling_steps: int = GeneratorSpec.sampling_steps
    # Classifier-free guidance scale (1 = none); see docs/fbl.md "Generator" for the measurement.
    gen_guidance: float = GeneratorSpec.guidance
    gen_pool_size: int = GeneratorSpec.pool_size
    gen_pool_scale: float = GeneratorSpec.pool_scale
    # Image-to-image strength from a client's real samples (0 = pure generation).
    gen_img2img_strength: float = GeneratorSpec.img2img_strength
    # Local path or hub id of the pretrained pipeline (generator="pretrained" only).
    gen_pretrained_model: str = GeneratorSpec.pretrained_model
    # Prompt with "{cls}" (empty = the generator's per-dataset default).
    gen_prompt_template: str = GeneratorSpec.prompt_template
    # Synthetic set redrawn from the filler every round (True, the default: the paper does not
    # say; same count per round, more distinct images over the run) or drawn once in setup and
    # kept (False). Redrawn from a 5x pool, FBL kept its peak over 200 rounds x 10 epochs on
    # CIFAR-10 where a fixed set was fitted and lost 2.4-3.5 points (docs/fbl.md "Synthetic sets").
    redraw_synthetic: bool = True
    # Seed of the generator's training and pool: fixed across run seeds, so one cached
    # generator serves every seed and trial (the run seed picks what each client draws).
    gen_seed: int = GeneratorSpec.seed

    def __post_init__(self) -> None:
        def check(cond: bool, msg: str) -> None:
            if not cond:
                raise ConfigError(f"fbl: {msg}")

        check(self.sampling in SAMPLING_CRITERIA, f"sampling must be one of {SAMPLING_CRITERIA}, but got {self.sampling!r}")
        check(self.generator in GENERATOR_KINDS, f"generator must be one of {GENERATOR_KINDS}, but got {self.generator!r}")
        check(self.replay_period >= 0, f"replay_period must be >= 0 (0 = off), but got {self.replay_period}")
        check(0 <= self.replay_fraction <= 1, f"replay_fraction must lie in [0, 1], but got {self.replay_fraction}")
        check(self.align_lr > 0, f"align_lr must be > 0, but got {self.align_lr}")
        check(self.align_weight_decay >= 0, f"align_weight_decay must be >= 0, but got {self.align_weight_decay}")
        check(0 <= self.p_drop <= 1, f"p_drop must lie in [0, 1], but got {self.p_drop}")
        check(
            0 <= self.share_unlimited <= 1 and 0 <= self.share_no_generator <= 1
            and self.share_unlimited + self.share_no_generator <= 1,
            "share_unlimited and share_no_generator must lie in [0, 1] with a sum <= 1, but got "
            f"share_unlimited={self.share_unlimited}, share_no_generator={self.share_no_generator}",
        )
        # The generator settings follow GeneratorSpec's rules (one place): fail here, not in setup.
        try:
            self.generator_spec()
        except ConfigError as e:
            raise ConfigError(f"fbl: invalid generator setting (gen_<name> is GeneratorSpec.<name>): {e}") from e

    def generator_spec(self) -> GeneratorSpec:
        """The :class:`GeneratorSpec` of ``generator`` and the ``gen_<name>`` fields (one per
        GeneratorSpec field but ``kind``; tests/test_fbl.py checks the two stay in step)."""
        return GeneratorSpec(kind=self.generator, **{
            f.name: getattr(self, GEN_PREFIX + f.name) for f in dataclasses.fields(GeneratorSpec) if f.name != "kind"
        })


#: GeneratorSpec's fields that 0 sizes by the budget (``GeneratorSpec.sized``).
SIZED_FIELDS = tuple(f.name for f in dataclasses.fields(GeneratorSize))


def sized_record(hp: Mapping[str, Any], size: str, legacy: bool = False) -> dict[str, Any]:
    """A flat record of hyperparameters with every sized generator field left at 0 ("the
    budget's size": ``gen_pool_size``, ``fbl.gen_pool_size`` in a composite, ``method.`` ones
    in a run's record) replaced by its value at generator size ``size`` (the pool times
    ``gen_pool_scale``): the sizes the run trains with, so that a record names them and a change
    of ``GENERATOR_SIZES_TABLE`` shows. Fields count beside a ``generator`` key (FBL's, at any
    prefix). ``legacy``: read a record written before runs recorded sizes, whose 0 meant
    ``SIZES_RECORDED_AS_ZERO`` (0 may be the text "0" of an MLflow param)."""
    table = base.SIZES_RECORDED_AS_ZERO if legacy else base.GENERATOR_SIZES_TABLE
    out = dict(hp)
    if size not in table:
        return out
    preset = table[size]
    for key in hp:
        head, dot, name = key.rpartition(".")
        if name != "generator":
            continue
        at = f"{head}{dot}{GEN_PREFIX}"
        for field in SIZED_FIELDS:
            if str(hp.get(at + field)) == "0":
                value = getattr(preset, field)
                out[at + field] = (base.scaled_pool(value, float(hp.get(at + "pool_scale", 1.0)))
                                   if field == "pool_size" else value)
    return out


__all__ = ["GEN_PREFIX", "SAMPLING_CRITERIA", "SIZED_FIELDS", "FBLHparams", "sized_record"]
