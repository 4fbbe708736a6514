"""The DDPM's training (central, with one persistent AdamW state and an EMA of the weights;
optional federated fine-tune) and its DDIM sampling. :mod:`.ddpm` caches and serves it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn

from fblbench.errors import ConfigError, DivergedError, OptionalDependencyError
from fblbench.fbl.generators.base import NUM_TRAIN_TIMESTEPS, GeneratorSpec
from fblbench.fbl.generators.util import progress_bar, seed_of, to_uint8

# ---- settings (not swept, so not in the spec) ----------------------------------------------
DDPM_BATCH = 64
# AdamW peak rate after a linear warm-up, then cosine decay to LR_FLOOR x peak. A 1.1M-parameter
# UNet trained for a few thousand steps wants a high rate (2e-3 beat 1e-3 and 5e-4 before).
DDPM_LR = 2e-3
LR_WARMUP = 0.05  # share of the steps spent warming up
LR_FLOOR = 0.1
DDPM_WEIGHT_DECAY = 0.0
# EMA of the weights, decay min(EMA_DECAY, (1 + step) / (10 + step)): short runs still average.
EMA_DECAY = 0.999
LABEL_DROPOUT = 0.1  # share of training labels replaced by the null class (classifier-free guidance)
BETA_SCHEDULE = "squaredcos_cap_v2"  # cosine (Nichol & Dhariwal 2021), the usual choice at 32 px
# v beat epsilon on EuroSAT 32 px (class fidelity 0.69 vs 0.21 at 1500 central steps).
PREDICTION_TYPE = "v_prediction"
SAMPLE_BATCH = 250  # images per DDIM batch (doubled internally with guidance)


def build_unet(width: int, num_classes: int, resolution: int) -> nn.Module:
    """The class-conditional UNet; class index ``num_classes`` is the null class of CFG."""
    try:
        from diffusers import UNet2DModel
    except ImportError as e:
        raise OptionalDependencyError("the ddpm generator needs diffusers: pip install 'diffusers>=0.30'") from e
    unet: nn.Module = UNet2DModel(  # type: ignore[assignment]
        sample_size=resolution,
        in_channels=3,
        out_channels=3,
        layers_per_block=1,
        block_out_channels=(width, 2 * width, 2 * width),
        down_block_types=("DownBlock2D", "DownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "UpBlock2D", "UpBlock2D"),
        norm_num_groups=width // 4,
        num_class_embeds=num_classes + 1,
    )
    return unet


def runs_in_bf16(device: torch.device) -> bool:
    """Whether the UNet runs under bf16 autocast (training and sampling): on CUDA only.

    On a CPU, bf16 was once used for sampling wherever oneDNN reported native bf16, but it does
    not pay on every such CPU: the EuroSAT pool (1,000 images per class x 10 classes x 20 DDIM
    steps) took 13.7 min at 1 thread in bf16 on an AMD EPYC (family 25 model 17), and 30.9 min
    at 2 threads in bf16 on an Intel Xeon (family 6 model 207), where bf16 measures ~3x slower
    than fp32 (``benchmarks/ddpm_sampling.py``). fp32 on every CPU also keeps the pool's floats
    free of a per-CPU precision choice."""
    return device.type == "cuda"


def _autocast(device: torch.device) -> Any:
    return torch.autocast("cuda", dtype=torch.bfloat16) if runs_in_bf16(device) else nullcontext()


def lr_at(step: int, total: int) -> float:
    """Linear warm-up over LR_WARMUP of the steps, then cosine down to LR_FLOOR x DDPM_LR."""
    warm = max(1, round(LR_WARMUP * total))
    if step < warm:
        return DDPM_LR * (step + 1) / warm
    progress = (step - warm) / max(1, total - warm)
    return DDPM_LR * (LR_FLOOR + (1 - LR_FLOOR) * 0.5 * (1 + math.cos(math.pi * progress)))


class _Trainer:
    """Diffusion loss on uint8 batches, with the noise schedule on ``device``."""

    def __init__(self, unet: nn.Module, num_classes: int, device: torch.device) -> None:
        from diffusers import DDPMScheduler

        sched: Any = DDPMScheduler(num_train_timesteps=NUM_TRAIN_TIMESTEPS, beta_schedule=BETA_SCHEDULE)
        self.alphas = sched.alphas_cumprod.to(device)
        self.unet, self.num_classes, self.device = unet, num_classes, device
        self.autocast = _autocast(device)

    def loss(self, cx: torch.Tensor, cy: torch.Tensor, g: torch.Generator) -> torch.Tensor:
        n = len(cy)
        idx = torch.randint(0, n, (min(DDPM_BATCH, n),), generator=g)
        x0 = cx[idx].float().div(127.5).sub(1)
        flip = torch.rand(len(idx), generator=g) < 0.5
        x0[flip] = x0[flip].flip(-1)
        y = cy[idx].clone()
        y[torch.rand(len(idx), generator=g) < LABEL_DROPOUT] = self.num_classes
        t = torch.randint(0, NUM_TRAIN_TIMESTEPS, (len(idx),), generator=g)
        noise = torch.randn(x0.shape, generator=g)
        x0, y, t, noise = x0.to(self.device), y.to(self.device), t.to(self.device), noise.to(self.device)
        a = self.alphas[t].view(-1, 1, 1, 1)
        xt = (a.sqrt() * x0 + (1 - a).sqrt() * noise).contiguous(memory_format=torch.channels_last)
        with self.autocast:
            pred = self.unet(xt, t, class_labels=y).sample
        target = noise if PREDICTION_TYPE == "epsilon" else a.sqrt() * noise - (1 - a).sqrt() * x0
        return F.mse_loss(pred.float(), target)


def _ema_update(ema: dict[str, torch.Tensor], model: nn.Module, step: int) -> None:
    decay = min(EMA_DECAY, (1 + step) / (10 + step))
    with torch.no_grad():
        for k, v in model.state_dict().items():
            if v.dtype.is_floating_point:
                ema[k].mul_(decay).add_(v.detach(), alpha=1 - decay)
            else:
                ema[k].copy_(v)


def _diverged(where: str) -> DivergedError:
    return DivergedError(f"ddpm generator: the loss became non-finite ({where}); lower DDPM_LR (now {DDPM_LR})")


def train_central(
    x: torch.Tensor, y: torch.Tensor, num_classes: int, spec: GeneratorSpec, device: torch.device,
    progress: bool = True,
) -> tuple[nn.Module, dict[str, torch.Tensor]]:
    """``spec.train_steps`` AdamW steps (one optimizer for all of them) on ``(x, y)``; returns
    the UNet and the EMA of its weights."""
    if len(y) == 0:
        raise ConfigError("the ddpm generator needs training images, but the public pool is empty")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed_of("ddpm-init", spec.seed))
        unet = build_unet(spec.width, num_classes, int(x.shape[-1]))
    unet = unet.to(device, memory_format=torch.channels_last)  # type: ignore[call-overload]
    ema = {k: v.detach().clone() for k, v in unet.state_dict().items()}
    opt = torch.optim.AdamW(unet.parameters(), lr=DDPM_LR, weight_decay=DDPM_WEIGHT_DECAY)
    trainer = _Trainer(unet, num_classes, device)
    g = torch.Generator().manual_seed(seed_of("ddpm-train", spec.seed))
    unet.train()
    with progress_bar(progress) as bar:
        task = bar.add_task("pretraining ddpm on the public pool", total=spec.train_steps)
        for step in range(spec.train_steps):
            for group in opt.param_groups:
                group["lr"] = lr_at(step, spec.train_steps)
            loss = trainer.loss(x, y, g)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            _ema_update(ema, unet, step)
            bar.advance(task)
            if step % 100 == 99 and not torch.isfinite(loss):
                raise _diverged(f"step {step + 1}")
    if not torch.isfinite(loss):
        raise _diverged("last step")
    return unet, ema


def fedavg_schedule(train_steps: int, local_steps: int, num_clients: int) -> list[int]:
    """Local steps per client of each round: the sum over rounds and clients is >= train_steps."""
    rounds, remaining = [], train_steps
    while remaining > 0:
        s = min(local_steps, math.ceil(remaining / num_clients))
        rounds.append(s)
        remaining -= s * num_clients
    return rounds


def finetune_federated(
    unet: nn.Module, ema: dict[str, torch.Tensor],
    clients: Sequence[tuple[torch.Tensor, torch.Tensor]], num_classes: int, spec: GeneratorSpec,
    device: torch.device, progress: bool = True,
) -> dict[str, torch.Tensor]:
    """FedAvg fine-tune from the EMA weights: each client keeps its own AdamW state across
    rounds (at DDPM_LR x LR_FLOOR); the server averages by sample count and keeps an EMA."""
    clients = [(x, y) for x, y in clients if len(y) > 0]
    if not clients:
        raise ConfigError("the ddpm fine-tune needs client data, but every client is empty")
    unet.load_state_dict(ema)
    global_state = {k: v.detach().clone() for k, v in ema.items()}
    weights = torch.tensor([float(len(y)) for _, y in clients], dtype=torch.float64)
    weights = weights / weights.sum()
    opt_states: list[dict[str, Any] | None] = [None] * len(clients)
    schedule = fedavg_schedule(spec.finetune_steps, spec.local_steps, len(clients))
    trainer = _Trainer(unet, num_classes, device)
    unet.train()
    with progress_bar(progress) as bar:
        task = bar.add_task("fine-tuning ddpm on the clients", total=sum(schedule) * len(clients))
        for r, local_steps in enumerate(schedule):
            acc: dict[str, torch.Tensor] = {}
            for k, (cx, cy) in enumerate(clients):
                unet.load_state_dict(global_state)
                opt = torch.optim.AdamW(unet.parameters(), lr=DDPM_LR * LR_FLOOR, weight_decay=DDPM_WEIGHT_DECAY)
                if opt_states[k] is not None:
                    opt.load_state_dict(opt_states[k])  # type: ignore[arg-type]
                g = torch.Generator().manual_seed(seed_of("ddpm-finetune", spec.seed, r, k))
                for _ in range(local_steps):
                    loss = trainer.loss(cx, cy, g)
                    opt.zero_grad(set_to_none=True)
                    loss.backward()
                    opt.step()
                    bar.advance(task)
                if not torch.isfinite(loss):
                    raise _diverged(f"fine-tune round {r + 1}, client {k}")
                opt_states[k] = opt.state_dict()
                for name, v in unet.state_dict().items():
                    contrib = v.detach().double() * float(weights[k])
                    acc[name] = acc[name] + contrib if name in acc else contrib
            global_state = {n: v.to(global_state[n].dtype) for n, v in acc.items()}
            unet.load_state_dict(global_state)
            _ema_update(ema, unet, r + 10)  # rounds are few: start the EMA near its plain average
    return ema


@torch.no_grad()
def sample_pool(
    unet: Any, num_classes: int, spec: GeneratorSpec, device: torch.device, progress: bool = True
) -> torch.Tensor:
    """``spec.pool_size`` DDIM samples of every class: uint8 [C, pool_size, 3, H, W] on the CPU."""
    from diffusers import DDIMScheduler

    sched: Any = DDIMScheduler(
        num_train_timesteps=NUM_TRAIN_TIMESTEPS,
        beta_schedule=BETA_SCHEDULE,
        clip_sample=True,
        prediction_type=PREDICTION_TYPE,
        set_alpha_to_one=False,
        timestep_spacing="trailing",  # start at t=T-1 even with few steps
    )
    sched.set_timesteps(spec.sampling_steps)
    res = int(unet.config.sample_size)
    p = spec.pool_size
    labels = torch.arange(num_classes).repeat_interleave(p)
    out = torch.empty(len(labels), 3, res, res, dtype=torch.uint8)
    g = torch.Generator().manual_seed(seed_of("ddpm-sample", spec.seed))
    guided = spec.guidance != 1.0
    autocast = _autocast(device)
    unet.eval()
    with progress_bar(progress) as bar:
        task = bar.add_task("sampling ddpm pool", total=len(labels))
        for s in range(0, len(labels), SAMPLE_BATCH):
            y = labels[s : s + SAMPLE_BATCH].to(device)
            m = len(y)
            x = torch.randn((m, 3, res, res), generator=g).to(device)
            y_in = torch.cat([y, torch.full_like(y, num_classes)]) if guided else y
            for t in sched.timesteps:
                x_in = (torch.cat([x, x]) if guided else x).contiguous(memory_format=torch.channels_last)
                with autocast:
                    pred = unet(x_in, t.to(device), class_labels=y_in).sample.float()
                if guided:
                    cond, uncond = pred.chunk(2)
                    pred = uncond + spec.guidance * (cond - uncond)
                x = sched.step(pred, t, x).prev_sample
            out[s : s + m] = to_uint8((x + 1) / 2)
            bar.advance(task, m)
    return out.view(num_classes, p, 3, res, res)
