"""``ddpm``: a class-conditional diffusion model pretrained centrally on the public pool.

The public pool stands in for the outside knowledge of the paper's pretrained text-to-image
model (``fblbench.data.public``). Training keeps one AdamW state for all its steps and an
EMA of the weights (sampling uses the EMA); an optional federated fine-tune on the
clients' own data follows (FedAvg, each client keeping its AdamW state across rounds).
The EMA weights are sampled with DDIM and classifier-free guidance into a per-class pool
that ``fill`` draws from. Weights and pools are cached under
``<cache_dir>/generators/<sha256>/`` (:func:`ddpm_cache_keys`), built once under a file
lock and shared by every trial, seed and worker.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
from torch import nn

from fblbench.fbl.generators import ddpm_train as T
from fblbench.fbl.generators.base import Generator, GeneratorSpec, PublicPool
from fblbench.fbl.generators.util import (
    atomic_save,
    digest,
    draw_indices,
    file_lock,
    load_cached,
    tensor_sha,
)
from fblbench.runtime import atomic_write_text

if TYPE_CHECKING:
    from fblbench.engine.loop import Federation

CODE_VERSION = 2  # 2: central pretraining on the public pool, persistent AdamW, EMA


def client_data(fed: Federation) -> list[tuple[torch.Tensor, torch.Tensor]]:
    """Each client's OWN training images (uint8) and labels: ``train_x[parts[k]]``, never val/test."""
    out = []
    for p in fed.parts:
        idx = torch.as_tensor(np.asarray(p), dtype=torch.long)
        out.append((fed.splits.train_x[idx], fed.splits.train_y[idx]))
    return out


def _key_material(fed: Federation, spec: GeneratorSpec, public: PublicPool) -> dict[str, Any]:
    """What the weights depend on (hashed into the model key; kept in meta.json)."""
    cfg = fed.data_cfg
    out: dict[str, Any] = {
        "what": "fblbench ddpm generator",
        "code_version": CODE_VERSION,
        "dataset": cfg.dataset,
        "resolution": fed.splits.resolution,
        "classes": list(fed.splits.classes),
        "public_sha256": tensor_sha(*public),
        "train": {k: getattr(spec, k) for k in ("train_steps", "width", "seed")},
        "settings": [T.DDPM_BATCH, T.DDPM_LR, T.LR_WARMUP, T.LR_FLOOR, T.DDPM_WEIGHT_DECAY, T.EMA_DECAY,
                     T.LABEL_DROPOUT, T.BETA_SCHEDULE, T.PREDICTION_TYPE],
    }
    if spec.finetune_steps:
        parts = [np.asarray(p, dtype=np.int64) for p in fed.parts]
        out["finetune"] = {
            "steps": spec.finetune_steps,
            "local_steps": spec.local_steps,
            "clients_sha256": tensor_sha(fed.splits.train_x, fed.splits.train_y, *parts),
        }
    return out


def ddpm_cache_keys(fed: Federation, spec: GeneratorSpec, public: PublicPool) -> tuple[str, str]:
    """``(model_key, pool_key)``: sha256 of everything that determines the weights / the pool.

    The model key covers the public pool (a sha256 of its images and labels), the
    resolution and classes, the training fields of ``spec`` (sized), the fixed settings
    above and, with a fine-tune, the clients' data and partition. The pool key adds the
    sampling fields, so a sweep over guidance re-samples without re-training.
    """
    model_key = digest(_key_material(fed, spec, public))
    pool_key = digest(
        {
            "model": model_key,
            "code_version": CODE_VERSION,
            "sample": {k: getattr(spec, k) for k in ("sampling_steps", "guidance", "pool_size", "seed")},
        }
    )
    return model_key, pool_key


class DDPMGenerator(Generator):
    """``ddpm``: pretrained on the public pool (optionally fine-tuned federatedly), sampled
    into a cached per-class pool. Reveals nothing about clients unless fine-tuned."""

    can_fill_missing = True
    needs_public = True
    kind = "ddpm"

    def __init__(self, spec: GeneratorSpec) -> None:
        super().__init__(spec)
        self.pool: torch.Tensor | None = None  # uint8 [C, pool_size, 3, H, W]
        self.cache_folder: Path | None = None
        self.pool_key = ""

    def prepare(
        self, fed: Federation, cache_dir: Path, progress: bool = True, public: PublicPool | None = None
    ) -> dict[str, float]:
        """Load the pool from the cache, else train (or load the weights) and sample it.

        Files: ``<cache_dir>/generators/<model_key>/unet.pt`` (EMA weights, training time),
        ``.../pools/<pool_key>.pt`` (the pool and its metrics) and ``meta.json``.
        """
        super().prepare(fed, cache_dir, progress, public)
        assert public is not None
        spec, res, c = self.spec, fed.splits.resolution, fed.num_classes
        model_key, pool_key = ddpm_cache_keys(fed, spec, public)
        folder = Path(cache_dir) / "generators" / model_key
        self.cache_folder, self.pool_key = folder, pool_key
        pool_file = folder / "pools" / f"{pool_key}.pt"
        shape = (c, spec.pool_size, 3, res, res)
        hit = self._load_pool(pool_file, shape)
        if hit is not None:
            return hit
        # Parallel trials: one builds, the others wait and then load what it wrote.
        with file_lock(folder / ".lock"):
            hit = self._load_pool(pool_file, shape)
            if hit is not None:
                return hit
            return self._build(fed, Path(cache_dir), folder, pool_file, public, progress)

    def _load_pool(self, pool_file: Path, shape: tuple[int, ...]) -> dict[str, float] | None:
        cached = load_cached(pool_file)
        if isinstance(cached, dict) and "pool" in cached and "metrics" in cached:
            pool = cached["pool"]
            if isinstance(pool, torch.Tensor) and pool.dtype == torch.uint8 and tuple(pool.shape) == shape:
                self.pool = pool
                return {**cached["metrics"], "generator_cache_hit": 1.0, "generator_weights_cached": 1.0}
        return None

    def _weights(
        self, fed: Federation, folder: Path, public: PublicPool, progress: bool
    ) -> tuple[nn.Module, float, bool]:
        """The EMA UNet (cached or trained), its training minutes, and whether it was cached."""
        spec, res, c = self.spec, fed.splits.resolution, fed.num_classes
        unet = T.build_unet(spec.width, c, res)
        cached = load_cached(folder / "unet.pt")
        if isinstance(cached, dict) and "state" in cached:
            try:
                unet.load_state_dict(cached["state"])
                return unet.to(fed.device), float(cached["train_minutes"]), True
            except (RuntimeError, KeyError, TypeError, ValueError):
                pass
        t0 = time.perf_counter()
        trained, ema = T.train_central(*public, c, spec, fed.device, progress)
        if spec.finetune_steps:
            ema = T.finetune_federated(trained, ema, client_data(fed), c, spec, fed.device, progress)
        minutes = (time.perf_counter() - t0) / 60
        state = {k: v.detach().cpu() for k, v in ema.items()}
        atomic_save({"state": state, "train_minutes": minutes}, folder / "unet.pt")
        meta = {
            "key_material": _key_material(fed, spec, public), "spec": asdict(spec),
            # Not in the key (the weights differ only in float rounding): what built this copy.
            "built_with": {"device": str(fed.device), "torch_threads": torch.get_num_threads(),
                           "train_minutes": minutes, "torch": torch.__version__},
        }
        atomic_write_text(json.dumps(meta, indent=2, default=str), folder / "meta.json")
        unet.load_state_dict(state)
        return unet.to(fed.device), minutes, False

    def _build(
        self, fed: Federation, cache_dir: Path, folder: Path, pool_file: Path, public: PublicPool, progress: bool
    ) -> dict[str, float]:
        """Train (or load the cached weights), sample the pool, score it and cache it."""
        from fblbench.fbl.generators.metrics import generator_scores

        unet, train_minutes, weights_cached = self._weights(fed, folder, public, progress)
        unet = unet.to(memory_format=torch.channels_last)  # type: ignore[call-overload]
        t0 = time.perf_counter()
        pool = T.sample_pool(unet, fed.num_classes, self.spec, fed.device, progress)
        metrics = {
            "generator_train_minutes": train_minutes,
            "generator_sample_minutes": (time.perf_counter() - t0) / 60,
            "generator_sample_bf16": float(T.runs_in_bf16(fed.device)),
            **generator_scores(fed, pool, public, cache_dir),
        }
        atomic_save({"pool": pool, "metrics": metrics}, pool_file)
        self.pool = pool
        return {**metrics, "generator_cache_hit": 0.0, "generator_weights_cached": float(weights_cached)}

    def provenance(self) -> dict[str, Any]:
        """Adds the cache entry, what built its weights (``meta.json``'s ``built_with``: the
        key leaves out the machine and thread count, whose float rounding changes the weights)
        and a sha256 of the pool: two runs whose pools' digests match drew from the same images."""
        out = super().provenance()
        if self.pool is None or self.cache_folder is None:
            return out
        try:
            built = json.loads((self.cache_folder / "meta.json").read_text()).get("built_with")
        except (OSError, ValueError, AttributeError):
            built = None  # weights copied in without their meta.json
        return {**out, "model_key": self.cache_folder.name, "pool_key": self.pool_key,
                "pool_sha256": tensor_sha(self.pool), "weights_built_with": built}

    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        self._check_fill(cls, n)
        assert self.pool is not None
        if n == 0:
            return self._empty()
        pool = self.pool[cls]
        return pool[draw_indices(len(pool), n, rng)].clone()
