"""FBL's generators: shapes and dtypes, missing classes, caching, determinism, data hygiene,
the pretrained pipeline glue (injected tiny pipelines) and spec validation."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from PIL import Image

import fblbench.fbl.generators as G
import fblbench.fbl.generators.ddpm_train as T
import fblbench.fbl.generators.pretrained as P
from fblbench.data.public import public_data
from fblbench.errors import ConfigError
from fblbench.fbl.generators import GeneratorSpec, build_generator
from fblbench.fbl.generators.util import tensor_sha
from fblbench.fbl.method import FBL
from tests.fakes import make_federation

RES, C = 16, 4
TINY = GeneratorSpec(train_steps=4, local_steps=50, width=8, pool_size=4, sampling_steps=2)


@pytest.fixture(autouse=True, scope="module")
def _one_thread() -> Iterator[None]:
    # Tiny models: one thread is faster and far steadier on a shared 2-core machine.
    n = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(n)


def split_parts(n: int = 240) -> list[np.ndarray]:
    """Client 0 holds classes 0 and 1 only, client 1 classes 2 and 3 (toy labels are i % 4)."""
    idx = np.arange(n)
    return [idx[idx % C < 2], idx[idx % C >= 2]]


@pytest.fixture(scope="module")
def fed() -> Any:
    return make_federation(parts=split_parts())


@pytest.fixture(scope="module")
def counted(tmp_path_factory: pytest.TempPathFactory, fed: Any) -> Iterator[dict[str, Any]]:
    """A prepared tiny ddpm generator, with the training/sampling calls counted and recorded."""
    calls: dict[str, Any] = {"train": 0, "sample": 0, "data": []}
    train, sample = T.train_central, T.sample_pool

    def counting_train(x: torch.Tensor, y: torch.Tensor, *a: Any, **kw: Any) -> Any:
        calls["train"] += 1
        calls["data"].append((x.clone(), y.clone()))
        return train(x, y, *a, **kw)

    def counting_sample(*a: Any, **kw: Any) -> Any:
        calls["sample"] += 1
        return sample(*a, **kw)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(T, "train_central", counting_train)
        mp.setattr(T, "sample_pool", counting_sample)
        cache = tmp_path_factory.mktemp("gencache")
        gen = build_generator(TINY)
        metrics = gen.prepare(fed, cache, progress=False, public=public(fed))
        yield {"gen": gen, "metrics": metrics, "cache": cache, "calls": calls, "fed": fed}


def public(fed: Any) -> tuple[torch.Tensor, torch.Tensor]:
    return public_data(fed, FBL())


def empty() -> torch.Tensor:
    return torch.empty(0, 3, RES, RES, dtype=torch.uint8)


def rng(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


# ---------------------------------------------------------------------------- spec


@pytest.mark.parametrize(
    ("kw", "needle"),
    [
        ({"kind": "gan"}, "ddpm, real, gaussian, pretrained, augment, none"),
        ({"train_steps": -1}, "train_steps must be >= 0 (0 = the budget's size), but got -1"),
        ({"finetune_steps": -1}, "finetune_steps must be >= 0"),
        ({"local_steps": 0}, "local_steps must be >= 1, but got 0"),
        ({"width": 10}, "width must be 0 (the budget's) or a multiple of 4"),
        ({"sampling_steps": 1001}, "sampling_steps must lie in [0, 1000] (0 = the budget's), but got 1001"),
        ({"guidance": -1.0}, "guidance must be >= 0"),
        ({"pool_size": -1}, "pool_size must be >= 0 (0 = the budget's size), but got -1"),
        ({"img2img_strength": 1.5}, "img2img_strength must lie in [0, 1]"),
        ({"kind": "pretrained"}, "needs pretrained_model"),
        ({"prompt_template": "a photo"}, "must contain {cls}"),
        ({"prompt_template": "a {thing} of {cls}"}, "only the placeholder {cls}"),
        ({"seed": -1}, "seed must be >= 0, but got -1"),
    ],
)
def test_spec_validation(kw: dict[str, Any], needle: str) -> None:
    with pytest.raises(ConfigError) as e:
        GeneratorSpec(**kw)
    assert needle in str(e.value)


def test_spec_accepts_class_placeholder_and_build_kinds() -> None:
    GeneratorSpec(prompt_template="a satellite photo of {class}")
    kinds = {"ddpm": G.DDPMGenerator, "real": G.RealGenerator, "gaussian": G.GaussianGenerator,
             "augment": G.AugmentGenerator, "none": G.NoGenerator}
    for kind, cls in kinds.items():
        assert type(build_generator(GeneratorSpec(kind=kind))) is cls
    pre = build_generator(GeneratorSpec(kind="pretrained", pretrained_model="x/y"))
    assert isinstance(pre, G.PretrainedGenerator)
    assert G.DDPMGenerator.can_fill_missing and G.PretrainedGenerator.can_fill_missing
    assert not G.AugmentGenerator.can_fill_missing and not G.NoGenerator.can_fill_missing


def test_spec_sized_by_the_budget() -> None:
    smoke, cpu = G.GENERATOR_SIZES_TABLE["smoke"], G.GENERATOR_SIZES_TABLE["cpu"]
    assert GeneratorSpec().sized("smoke").train_steps == smoke.train_steps < cpu.train_steps
    assert GeneratorSpec(pool_scale=1.0).sized("cpu").pool_size == cpu.pool_size
    assert GeneratorSpec().sized("cpu").pool_size == 5 * cpu.pool_size  # the default scale
    assert GeneratorSpec(pool_scale=0.3).sized("smoke").pool_size == round(0.3 * smoke.pool_size)
    assert GeneratorSpec(width=8).sized("cpu").width == 8  # an explicit value wins
    with pytest.raises(ConfigError, match="generator size must be one of"):
        GeneratorSpec().sized("huge")


def test_lr_warms_up_then_decays() -> None:
    lrs = [T.lr_at(s, 100) for s in range(100)]
    assert lrs[0] < lrs[4] == pytest.approx(T.DDPM_LR) and lrs[-1] < lrs[50] < lrs[5]
    assert min(lrs) >= T.DDPM_LR * T.LR_FLOOR * 0.999


def test_fedavg_schedule_sums_to_train_steps() -> None:
    assert T.fedavg_schedule(1500, 50, 10) == [50, 50, 50]
    assert T.fedavg_schedule(4, 50, 2) == [2]
    sched = T.fedavg_schedule(95, 10, 4)
    assert all(s <= 10 for s in sched) and 95 <= sum(sched) * 4 < 95 + 4


# ---------------------------------------------------------------------------- ddpm


def test_ddpm_fill_shape_dtype_and_class(counted: dict[str, Any]) -> None:
    gen, metrics = counted["gen"], counted["metrics"]
    assert gen.pool.shape == (C, TINY.pool_size, 3, RES, RES) and gen.pool.dtype == torch.uint8
    for cls in range(C):
        x = gen.fill(cls, 3, empty(), rng(cls))
        assert x.shape == (3, 3, RES, RES) and x.dtype == torch.uint8 and x.device.type == "cpu"
        # Every image comes from the pool of the class asked for.
        pool = gen.pool[cls].flatten(1)
        assert all(bool((pool == img.flatten()).all(1).any()) for img in x)
    # Without replacement while possible: a full pool draw is a permutation of the pool.
    whole = gen.fill(2, TINY.pool_size, empty(), rng(5)).flatten(1)
    assert len({tuple(r.tolist()) for r in whole}) == len({tuple(r.tolist()) for r in gen.pool[2].flatten(1)})
    assert gen.fill(0, 10, empty(), rng()).shape[0] == 10  # more than the pool: cycles
    assert gen.fill(0, 0, empty(), rng()).shape == (0, 3, RES, RES)
    assert torch.equal(gen.fill(1, 3, empty(), rng(7)), gen.fill(1, 3, empty(), rng(7)))
    assert metrics["generator_cache_hit"] == 0.0
    assert 0.0 <= metrics["generator_fidelity"] <= 1.0
    assert 0.0 <= metrics["fidelity_classifier_test_acc"] <= 1.0
    assert metrics["generator_train_minutes"] > 0


def test_ddpm_fills_a_class_the_client_never_saw(counted: dict[str, Any]) -> None:
    fed, gen = counted["fed"], counted["gen"]
    assert fed.histograms[0][3] == 0  # client 0 has no sample of class 3
    x = gen.fill(3, 5, empty(), rng())
    assert x.shape == (5, 3, RES, RES) and x.dtype == torch.uint8


def test_ddpm_trains_only_on_the_public_pool(counted: dict[str, Any]) -> None:
    fed, calls = counted["fed"], counted["calls"]
    assert calls["train"] == 1
    x, y = calls["data"][0]
    assert torch.equal(x, fed.splits.public_x) and torch.equal(y, fed.splits.public_y)
    assert counted["metrics"]["generator_cas_per_class"] == TINY.pool_size
    assert 0.0 <= counted["metrics"]["generator_cas"] <= 1.0


def test_ddpm_federated_finetune_keys_on_the_clients(fed: Any, tmp_path: Path) -> None:
    tuned = dataclasses.replace(TINY, finetune_steps=4, local_steps=2)
    base_key = G.ddpm_cache_keys(fed, TINY.sized("smoke"), public(fed))[0]
    key = G.ddpm_cache_keys(fed, tuned.sized("smoke"), public(fed))[0]
    assert key != base_key
    other = make_federation(parts=[p[::-1].copy() for p in split_parts()][::-1])
    assert G.ddpm_cache_keys(other, tuned.sized("smoke"), public(other))[0] != key
    # Without a fine-tune the clients do not matter: the generator knows only the public pool.
    assert G.ddpm_cache_keys(other, TINY.sized("smoke"), public(other))[0] == base_key
    gen = build_generator(tuned)
    metrics = gen.prepare(fed, tmp_path, progress=False, public=public(fed))
    assert gen.pool.shape == (C, TINY.pool_size, 3, RES, RES)  # type: ignore[attr-defined]
    assert metrics["generator_weights_cached"] == 0.0


def test_cache_hit_skips_training_and_sampling(counted: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    fed, cache, first = counted["fed"], counted["cache"], counted["gen"]
    calls = {"train": 0, "sample": 0}
    train, sample = T.train_central, T.sample_pool

    def count(name: str, fn: Any) -> Any:
        def wrapped(*a: Any, **kw: Any) -> Any:
            calls[name] += 1
            return fn(*a, **kw)

        return wrapped

    monkeypatch.setattr(T, "train_central", count("train", train))
    monkeypatch.setattr(T, "sample_pool", count("sample", sample))
    again = build_generator(TINY)
    metrics = again.prepare(fed, cache, progress=False, public=public(fed))
    assert calls == {"train": 0, "sample": 0}
    assert metrics["generator_cache_hit"] == 1.0
    assert metrics["generator_fidelity"] == counted["metrics"]["generator_fidelity"]
    assert torch.equal(again.pool, first.pool)
    # A sampling field changed: the cached weights are reused, only the pool is re-sampled.
    resampled = build_generator(dataclasses.replace(TINY, guidance=TINY.guidance + 1.0))
    m2 = resampled.prepare(fed, cache, progress=False, public=public(fed))
    assert calls == {"train": 0, "sample": 1}
    assert m2["generator_cache_hit"] == 0.0 and m2["generator_weights_cached"] == 1.0
    folder = next((cache / "generators").iterdir())
    assert (folder / "unet.pt").is_file() and len(list((folder / "pools").glob("*.pt"))) == 2
    assert json.loads((folder / "meta.json").read_text())["spec"]["width"] == TINY.width
    assert not list(cache.rglob("*.tmp"))
    # Provenance: the same cache entry and pool digest for the trained and the loaded copy;
    # the re-sampled pool keeps the weights' entry but has another digest.
    prov, prov_hit, prov_new = first.provenance(), again.provenance(), resampled.provenance()
    assert prov == prov_hit
    assert prov["kind"] == "ddpm" and prov["spec"]["width"] == TINY.width and prov["model_key"] == folder.name
    assert prov["pool_sha256"] == tensor_sha(first.pool) and len(prov["pool_sha256"]) == 64
    assert prov["weights_built_with"]["torch_threads"] == torch.get_num_threads()
    assert prov_new["model_key"] == prov["model_key"]
    assert prov_new["pool_key"] != prov["pool_key"] and prov_new["pool_sha256"] != prov["pool_sha256"]
    # Weights copied in without their meta.json: still the pool's digest, builder unknown.
    (folder / "meta.json").unlink()
    assert again.provenance()["weights_built_with"] is None
    assert again.provenance()["pool_sha256"] == prov["pool_sha256"]
    # Before prepare there is only the kind and spec.
    assert set(build_generator(TINY).provenance()) == {"kind", "spec"}


def test_cache_key_changes_with_determining_fields(fed: Any) -> None:
    tiny = TINY.sized("smoke")
    pub = public(fed)
    model0, pool0 = G.ddpm_cache_keys(fed, tiny, pub)
    for field, value in [("train_steps", 5), ("width", 12), ("seed", 1), ("finetune_steps", 2)]:
        model, pool = G.ddpm_cache_keys(fed, dataclasses.replace(tiny, **{field: value}), pub)
        assert model != model0 and pool != pool0, field
    for field, value in [("sampling_steps", 3), ("guidance", 3.0), ("pool_size", 5)]:
        model, pool = G.ddpm_cache_keys(fed, dataclasses.replace(tiny, **{field: value}), pub)
        assert model == model0 and pool != pool0, field
    # Fields that do not shape the ddpm generator leave both keys alone.
    assert G.ddpm_cache_keys(fed, dataclasses.replace(tiny, prompt_template="x {cls}"), pub) == (model0, pool0)
    # The data: other public images change it; the same data gives the same keys.
    other = make_federation(parts=split_parts(), seed=1)
    assert G.ddpm_cache_keys(other, tiny, public(other))[0] != model0
    assert G.ddpm_cache_keys(make_federation(parts=split_parts()), tiny, pub) == (model0, pool0)


def test_ddpm_is_deterministic(counted: dict[str, Any], tmp_path: Path) -> None:
    gen = build_generator(TINY)
    gen.prepare(counted["fed"], tmp_path, progress=False, public=public(counted["fed"]))  # a fresh cache: trains and samples again
    assert torch.equal(gen.pool, counted["gen"].pool)


class _RecordingUNet:
    """Stands in for the UNet in _sample_pool: records the class labels of every call."""

    def __init__(self) -> None:
        self.config = type("Cfg", (), {"sample_size": RES})()
        self.labels: list[torch.Tensor] = []

    def eval(self) -> None:
        pass

    def __call__(self, x: torch.Tensor, t: torch.Tensor, class_labels: torch.Tensor) -> Any:
        self.labels.append(class_labels.clone())
        # "Predicted noise" that depends on the class, so pools of different classes differ.
        return type("Out", (), {"sample": torch.zeros_like(x) + class_labels.view(-1, 1, 1, 1) * 0.01})()


def test_sampling_conditions_on_the_class_and_the_null_class() -> None:
    unet = _RecordingUNet()
    pool = T.sample_pool(unet, C, dataclasses.replace(TINY, pool_size=3, sampling_steps=2, guidance=2.0), torch.device("cpu"), False)  # type: ignore[arg-type]
    assert pool.shape == (C, 3, 3, RES, RES)
    assert len(unet.labels) == 2  # one guided batch (cond + uncond) per step
    expected = torch.arange(C).repeat_interleave(3)
    assert torch.equal(unet.labels[0], torch.cat([expected, torch.full_like(expected, C)]))
    unguided = _RecordingUNet()
    T.sample_pool(unguided, C, dataclasses.replace(TINY, pool_size=3, guidance=1.0), torch.device("cpu"), False)  # type: ignore[arg-type]
    assert torch.equal(unguided.labels[0], expected)


def test_sampling_on_a_cpu_runs_in_fp32(counted: dict[str, Any]) -> None:
    """bf16 autocast on CUDA only: on a CPU with native bf16 it sampled ~3x slower than fp32
    (benchmarks/ddpm_sampling.py, Xeon 6/207). The pool's metrics record the precision."""
    seen: list[tuple[bool, torch.dtype]] = []

    class Watching(_RecordingUNet):
        def __call__(self, x: torch.Tensor, t: torch.Tensor, class_labels: torch.Tensor) -> Any:
            seen.append((torch.is_autocast_enabled("cpu"), x.dtype))
            return super().__call__(x, t, class_labels)

    T.sample_pool(Watching(), C, dataclasses.replace(TINY, pool_size=2, sampling_steps=2), torch.device("cpu"), False)  # type: ignore[arg-type]
    assert seen and all(not autocast and dtype == torch.float32 for autocast, dtype in seen)
    assert counted["metrics"]["generator_sample_bf16"] == 0.0
    assert not T.runs_in_bf16(torch.device("cpu")) and T.runs_in_bf16(torch.device("cuda"))


def test_fill_before_prepare_is_an_error() -> None:
    with pytest.raises(RuntimeError, match="prepare"):
        build_generator(TINY).fill(0, 1, empty(), rng())


# ---------------------------------------------------------------------------- fidelity


def test_class_fidelity_of_real_images_is_the_classifier_accuracy(counted: dict[str, Any]) -> None:
    fed, cache = counted["fed"], counted["cache"]
    _, test_acc = G.fidelity_classifier(fed, cache)
    assert test_acc == counted["metrics"]["fidelity_classifier_test_acc"]
    assert G.class_fidelity(fed, fed.splits.test_x, fed.splits.test_y, cache) == test_acc
    assert test_acc > 0.5  # the toy classes are easy
    wrong = (fed.splits.test_y + 1) % C
    assert G.class_fidelity(fed, fed.splits.test_x, wrong, cache) < test_acc
    assert len(list((cache / "fidelity").glob("*.pt"))) == 1  # trained once, then cached


# ---------------------------------------------------------------------------- augment / none


def test_augment_oversamples_own_samples_and_cannot_fill_missing(fed: Any) -> None:
    gen = build_generator(GeneratorSpec(kind="augment"))
    assert gen.prepare(fed, Path("/nonexistent"), progress=False) == {}
    real = fed.splits.train_x[fed.splits.train_y == 1][:5]
    x = gen.fill(1, 12, real, rng())
    assert x.shape == (12, 3, RES, RES) and x.dtype == torch.uint8
    assert torch.equal(x, gen.fill(1, 12, real, rng()))
    assert not torch.equal(x[:5], real)  # augmented, not copied
    assert gen.fill(3, 4, empty(), rng()).shape == (0, 3, RES, RES)


def test_none_fills_nothing(fed: Any) -> None:
    gen = build_generator(GeneratorSpec(kind="none"))
    gen.prepare(fed, Path("/nonexistent"), progress=False)
    assert gen.fill(0, 5, fed.splits.train_x[:3], rng()).shape == (0, 3, RES, RES)


# ---------------------------------------------------------------------------- pretrained


class FakePipe:
    """A text-to-image / image-to-image pipeline stand-in that records its calls."""

    def __init__(self, size: int = 24, kind: str = "pt") -> None:
        self.size, self.kind = size, kind
        self.calls: list[dict[str, Any]] = []

    def __call__(self, **kw: Any) -> Any:
        self.calls.append(kw)
        n = len(kw["prompt"]) if isinstance(kw["prompt"], list) else kw["num_images_per_prompt"]
        x = torch.rand(n, 3, self.size, self.size, generator=kw["generator"])
        if self.kind == "np":
            images: Any = x.permute(0, 2, 3, 1).numpy()
        elif self.kind == "pil":
            images = [Image.fromarray((a * 255).astype(np.uint8)) for a in x.permute(0, 2, 3, 1).numpy()]
        else:
            images = x
        return type("Out", (), {"images": images})()


def pretrained(fed: Any, pipe: FakePipe, **kw: Any) -> G.PretrainedGenerator:
    spec = GeneratorSpec(kind="pretrained", pretrained_model="org/model", sampling_steps=3, guidance=4.0, **kw)
    seen: list[str] = []

    def factory(model: str, device: torch.device) -> FakePipe:
        seen.append(model)
        return pipe

    gen = build_generator(spec, pipeline_factory=factory)
    assert isinstance(gen, G.PretrainedGenerator)
    metrics = gen.prepare(fed, Path("/nonexistent"), progress=False)
    assert seen == ["org/model"] and "generator_load_minutes" in metrics
    return gen


def test_pretrained_text_to_image_prompts_and_output(fed: Any) -> None:
    pipe = FakePipe()
    gen = pretrained(fed, pipe)
    x = gen.fill(1, 10, empty(), rng())
    assert x.shape == (10, 3, RES, RES) and x.dtype == torch.uint8
    assert [c["num_images_per_prompt"] for c in pipe.calls] == [8, 2]
    call = pipe.calls[0]
    assert call["prompt"] == "a photo of a c1" and "image" not in call
    assert call["num_inference_steps"] == 3 and call["guidance_scale"] == 4.0 and call["output_type"] == "pt"
    assert torch.equal(x, gen.fill(1, 10, empty(), rng()))  # seeded by rng
    for kind in ("np", "pil"):
        y = pretrained(fed, FakePipe(size=RES, kind=kind)).fill(0, 2, empty(), rng())
        assert y.shape == (2, 3, RES, RES) and y.dtype == torch.uint8


def test_pretrained_prompt_templates(fed: Any) -> None:
    eurosat = make_federation(parts=split_parts())
    eurosat.data_cfg = dataclasses.replace(eurosat.data_cfg, dataset="eurosat")
    assert pretrained(eurosat, FakePipe()).prompt(2) == "a satellite photo of c2"
    custom = pretrained(fed, FakePipe(), prompt_template="a drawing of {cls}, detailed")
    assert custom.prompt(3) == "a drawing of c3, detailed"
    assert P._humanize("HerbaceousVegetation") == "herbaceous vegetation"
    assert P._humanize("SeaLake") == "sea lake" and P._humanize("automobile") == "automobile"


def test_pretrained_img2img_conditions_on_real_samples(fed: Any) -> None:
    pipe = FakePipe()
    gen = pretrained(fed, pipe, img2img_strength=0.6)
    real = fed.splits.train_x[fed.splits.train_y == 2][:4]
    x = gen.fill(2, 3, real, rng())
    assert x.shape == (3, 3, RES, RES) and x.dtype == torch.uint8
    call = pipe.calls[-1]
    assert call["strength"] == 0.6 and call["prompt"] == ["a photo of a c2"] * 3
    image = call["image"]
    assert image.shape == (3, 3, RES, RES) and 0 <= float(image.min()) and float(image.max()) <= 1
    # Each conditioning image is one of the client's real samples.
    as_uint8 = (image * 255).round().to(torch.uint8).flatten(1)
    assert all(bool((real.flatten(1) == img).all(1).any()) for img in as_uint8)
    # No real sample of the class: falls back to text-to-image.
    gen.fill(3, 2, empty(), rng())
    assert "image" not in pipe.calls[-1] and pipe.calls[-1]["num_images_per_prompt"] == 2


def test_pretrained_missing_weights_is_a_clear_error(fed: Any, tmp_path: Path) -> None:
    missing = str(tmp_path / "no-such-model")
    gen = build_generator(GeneratorSpec(kind="pretrained", pretrained_model=missing))
    with pytest.raises(ConfigError) as e:
        gen.prepare(fed, tmp_path, progress=False)
    msg = str(e.value)
    assert missing in msg and "--generator ddpm" in msg and "local folder" in msg


def _tiny_stable_diffusion(folder: Path) -> Path:
    """A randomly initialised, tiny StableDiffusionPipeline saved to ``folder`` (no hub)."""
    transformers = pytest.importorskip("transformers")
    from diffusers import AutoencoderKL, DDIMScheduler, StableDiffusionPipeline, UNet2DConditionModel

    vocab = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for ch in "abcdefghijklmnopqrstuvwxyz0123456789":
        vocab[ch] = len(vocab)
        vocab[ch + "</w>"] = len(vocab)
    folder.mkdir(parents=True)
    (folder / "vocab.json").write_text(json.dumps(vocab))
    (folder / "merges.txt").write_text("#version: 0.2\n")
    tok = transformers.CLIPTokenizer(
        vocab_file=str(folder / "vocab.json"), merges_file=str(folder / "merges.txt"), model_max_length=16
    )
    torch.manual_seed(0)
    text = transformers.CLIPTextModel(
        transformers.CLIPTextConfig(
            vocab_size=len(vocab), hidden_size=8, intermediate_size=16, num_hidden_layers=1,
            num_attention_heads=2, max_position_embeddings=16, projection_dim=8,
            bos_token_id=0, eos_token_id=1, pad_token_id=1,
        )
    )
    unet = UNet2DConditionModel(
        sample_size=8, in_channels=4, out_channels=4, layers_per_block=1, block_out_channels=(8, 16),
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"), up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=8, norm_num_groups=4, attention_head_dim=2,
    )
    vae = AutoencoderKL(
        in_channels=3, out_channels=3, latent_channels=4, block_out_channels=(8, 8),
        down_block_types=("DownEncoderBlock2D",) * 2, up_block_types=("UpDecoderBlock2D",) * 2,
        norm_num_groups=4, sample_size=16,
    )
    pipe = StableDiffusionPipeline(
        vae=vae, text_encoder=text, tokenizer=tok, unet=unet,
        scheduler=DDIMScheduler(steps_offset=1, clip_sample=False),
        safety_checker=None, feature_extractor=None, requires_safety_checker=False,
    )
    pipe.save_pretrained(folder / "sd")
    return folder / "sd"


@pytest.mark.slow
def test_pretrained_real_tiny_stable_diffusion_from_a_local_folder(fed: Any, tmp_path: Path) -> None:
    path = _tiny_stable_diffusion(tmp_path / "tiny")
    spec = GeneratorSpec(kind="pretrained", pretrained_model=str(path), sampling_steps=2, img2img_strength=0.5)
    gen = build_generator(spec)
    gen.prepare(fed, tmp_path, progress=False)
    assert type(gen.pipe).__name__ == "StableDiffusionPipeline"  # type: ignore[attr-defined]
    assert type(gen.img2img).__name__ == "StableDiffusionImg2ImgPipeline"  # type: ignore[attr-defined]
    real = fed.splits.train_x[fed.splits.train_y == 0][:2]
    for r in (real, empty()):  # image-to-image, then text-to-image for a missing class
        x = gen.fill(0, 2, r, rng())
        assert x.shape == (2, 3, RES, RES) and x.dtype == torch.uint8


# ---------------------------------------------------------------------------- grid


def test_save_sample_grid(tmp_path: Path) -> None:
    images = torch.randint(0, 256, (10, 3, RES, RES), dtype=torch.uint8)
    labels = torch.tensor([0, 0, 1, 1, 1, 2, 2, 2, 2, 2])
    path = G.save_sample_grid(images, labels, ["AnnualCrop", "b", "c"], tmp_path / "out" / "grid.png", per_class=4)
    with Image.open(path) as im:
        assert im.format == "PNG"
        assert im.height >= 3 * 64 and im.width >= 4 * 64
