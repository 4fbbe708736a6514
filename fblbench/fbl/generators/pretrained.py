"""``pretrained``: a diffusers text-to-image pipeline (local path or hub id) prompted with
the class name, optionally image-to-image from the client's own samples: the paper's
setting, for users with the weights and a GPU."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
import torch.nn.functional as F

from fblbench.errors import ConfigError, OptionalDependencyError
from fblbench.fbl.generators.base import (
    DEFAULT_PROMPT,
    DEFAULT_PROMPTS,
    Generator,
    GeneratorSpec,
    PublicPool,
    format_prompt,
)
from fblbench.fbl.generators.util import draw_indices, to_uint8

if TYPE_CHECKING:
    from fblbench.engine.loop import Federation

PRETRAINED_BATCH = 8  # images per pipeline call

#: ``factory(model, device) -> pipeline``: a diffusers text-to-image pipeline (or any object
#: with the same ``__call__``) for a local path or hub id, on ``device``.
PipelineFactory = Callable[[str, torch.device], Any]


def _humanize(name: str) -> str:
    """Class folder name -> prompt words: 'HerbaceousVegetation' -> 'herbaceous vegetation'."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").replace("-", " ").lower().strip()


def _missing_weights(model: str, why: str) -> ConfigError:
    return ConfigError(
        f"cannot load the pretrained generator {model!r}: {why.strip().rstrip('.')}. Download the pipeline's weights "
        "where there is internet (e.g. `huggingface-cli download <id> --local-dir <dir>`) and pass the "
        "local folder as pretrained_model, or use the offline generator: --generator ddpm"
    )


def default_pipeline_factory(model: str, device: torch.device) -> Any:
    """Load a diffusers text-to-image pipeline (fp16 on CUDA) from a local folder or hub id."""
    try:
        import diffusers
    except ImportError as e:
        raise OptionalDependencyError("the pretrained generator needs diffusers: pip install 'diffusers>=0.30'") from e
    path = Path(model).expanduser()
    if not path.exists() and (model.startswith(("/", ".", "~")) or model.count("/") > 1):
        raise _missing_weights(model, f"no such folder {str(path)!r}")
    source = str(path) if path.exists() else model
    dtype = torch.float16 if device.type == "cuda" else torch.float32
    # diffusers renamed torch_dtype to dtype (the old name warns); use what this version knows.
    from diffusers.utils import deprecation_utils

    dtype_kw = "dtype" if hasattr(deprecation_utils, "_TORCH_DTYPE_DEPRECATION_MESSAGE") else "torch_dtype"
    try:
        pipe = diffusers.AutoPipelineForText2Image.from_pretrained(source, **{dtype_kw: dtype})
    except ImportError as e:
        raise OptionalDependencyError(
            f"loading the pretrained generator {model!r} needs a package diffusers did not find ({e}); "
            "text-to-image pipelines need transformers: pip install transformers"
        ) from e
    except (OSError, ValueError, RuntimeError) as e:
        raise _missing_weights(model, f"{type(e).__name__}: {e}") from e
    pipe.set_progress_bar_config(disable=True)
    return pipe.to(device)


def _img2img_pipeline(pipe: Any) -> Any:
    """The image-to-image twin of a diffusers pipeline (shared weights); other objects as they are."""
    try:
        from diffusers import AutoPipelineForImage2Image, DiffusionPipeline
    except ImportError:
        return pipe
    if not isinstance(pipe, DiffusionPipeline):
        return pipe
    try:
        i2i = AutoPipelineForImage2Image.from_pipe(pipe)
    except (ValueError, KeyError, TypeError) as e:
        raise ConfigError(
            f"img2img_strength > 0 needs an image-to-image variant of {type(pipe).__name__}, which diffusers "
            f"does not have ({e}); set img2img_strength to 0"
        ) from e
    i2i.set_progress_bar_config(disable=True)
    return i2i


def _native_size(pipe: Any) -> int | None:
    """The image side a latent-diffusion pipeline works at (unet sample size x VAE scale)."""
    unet, scale = getattr(pipe, "unet", None), getattr(pipe, "vae_scale_factor", None)
    size = getattr(getattr(unet, "config", None), "sample_size", None)
    if isinstance(size, int) and isinstance(scale, int):
        return size * scale
    return None


def _as_float_images(images: Any) -> torch.Tensor:
    """A pipeline's output (tensor [n,3,h,w] / array [n,h,w,3] in [0,1] / PIL list) -> float [n,3,h,w]."""
    if isinstance(images, torch.Tensor):
        x = images.float()
    elif isinstance(images, np.ndarray):
        x = torch.from_numpy(images).float()
        if x.ndim == 4 and x.shape[-1] in (1, 3, 4) and x.shape[1] not in (1, 3):
            x = x.permute(0, 3, 1, 2)
    else:
        arrays = [np.asarray(im.convert("RGB"), dtype=np.float32) / 255 for im in images]
        x = torch.from_numpy(np.stack(arrays)).permute(0, 3, 1, 2)
    if x.ndim != 4 or x.shape[1] not in (1, 3):
        raise ValueError(f"pipeline returned images of shape {tuple(x.shape)}, expected [n, 3, h, w]")
    return x.expand(-1, 3, -1, -1) if x.shape[1] == 1 else x


class PretrainedGenerator(Generator):
    """``pretrained``: a diffusers text-to-image pipeline prompted with the class name.

    With ``img2img_strength > 0`` and real samples of the class, image-to-image from the
    client's own samples (a missing class falls back to text-to-image). Outputs are
    resized (antialiased bilinear) to the federation's resolution. ``pipeline_factory``
    replaces the loading (tests inject a tiny pipeline).
    """

    can_fill_missing = True
    kind = "pretrained"

    def __init__(self, spec: GeneratorSpec, pipeline_factory: PipelineFactory | None = None) -> None:
        super().__init__(spec)
        self.pipeline_factory = pipeline_factory or default_pipeline_factory
        self.pipe: Any = None
        self.img2img: Any = None
        self.template = ""
        self.device = torch.device("cpu")

    def prepare(
        self, fed: Federation, cache_dir: Path, progress: bool = True, public: PublicPool | None = None
    ) -> dict[str, float]:
        super().prepare(fed, cache_dir, progress, public)
        self.template = self.spec.prompt_template or DEFAULT_PROMPTS.get(self.dataset, DEFAULT_PROMPT)
        self.device = fed.device
        t0 = time.perf_counter()
        self.pipe = self.pipeline_factory(self.spec.pretrained_model, fed.device)
        if self.spec.img2img_strength > 0:
            self.img2img = _img2img_pipeline(self.pipe)
        return {"generator_load_minutes": (time.perf_counter() - t0) / 60, "generator_cache_hit": 0.0}

    def prompt(self, cls: int) -> str:
        return format_prompt(self.template, _humanize(self.classes[cls]))

    def fill(self, cls: int, n: int, real: torch.Tensor, rng: torch.Generator) -> torch.Tensor:
        res = self._check_fill(cls, n)
        if n == 0:
            return self._empty()
        prompt = self.prompt(cls)
        use_real = self.img2img is not None and len(real) > 0
        if use_real:
            src = real[draw_indices(len(real), n, rng)].float().div(255)
            size = _native_size(self.img2img)
            if size is not None and size != src.shape[-1]:
                src = F.interpolate(src, size=(size, size), mode="bilinear", antialias=True, align_corners=False)
                src = src.clamp(0, 1)
        chunks = []
        for s in range(0, n, PRETRAINED_BATCH):
            m = min(PRETRAINED_BATCH, n - s)
            seed = int(torch.randint(0, 2**62, (1,), generator=rng))
            gen = torch.Generator().manual_seed(seed)
            common = {
                "num_inference_steps": self.spec.sampling_steps,
                "guidance_scale": self.spec.guidance,
                "generator": gen,
                "output_type": "pt",
            }
            if use_real:
                out = self.img2img(
                    prompt=[prompt] * m,
                    image=src[s : s + m].to(self.device),
                    strength=self.spec.img2img_strength,
                    num_images_per_prompt=1,
                    **common,
                )
            else:
                out = self.pipe(prompt=prompt, num_images_per_prompt=m, **common)
            images = out.images if hasattr(out, "images") else out[0]
            x = _as_float_images(images)[:m].cpu()
            if x.shape[-2:] != (res, res):
                x = F.interpolate(x, size=(res, res), mode="bilinear", antialias=True, align_corners=False)
            chunks.append(to_uint8(x))
        return torch.cat(chunks)


