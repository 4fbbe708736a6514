"""FedGen (Zhu, Hong and Zhou, ICML 2021): data-free knowledge distillation through a generator.

The server learns a small conditional generator ``G(eps, y)`` of *features*: vectors in the
input space of the model's ``head`` (the paper's latent space between the feature extractor
and the predictor). Each round:

- **server** (``aggregate``): the global model is FedAvg's sample-weighted mean of the client
  states; then ``G`` takes ``server_steps`` Adam steps on

      CE( sum_k w_k[y] * head_k(G(eps, y)), y ) + diversity_weight * L_div,
      y ~ p(y) (the participating clients' pooled label counts), eps ~ N(0, I),

  where ``head_k`` is client ``k``'s head (its uploaded weights on a template model built in
  ``setup``) and ``w_k[y] = n_k[y] / sum_j n_j[y]`` weights client ``k``'s logits by its share of
  label ``y`` (clients send their label histograms in ``extras``): a client that holds no sample
  of ``y`` has no say on ``y``. ``L_div = exp(-mean_ij(d1(G_i, G_j) * d2(eps_i, eps_j)))`` is the
  mode-seeking diversity term (mean absolute / mean squared differences) that keeps ``G`` from
  collapsing to one feature per label.
- **client** (``local_update``): the local loss is the usual cross-entropy plus the generative
  regulariser ``alpha_t * CE(head(G(eps, y')), y')`` on ``synthetic_batch_size`` generated
  features with ``y' ~ p(y)`` (the server's label distribution; ``G`` gets no gradient), plus the
  latent matching term ``beta_t * KL(softmax(head(G(eps, y))) || softmax(f(x)))`` that pulls the
  prediction on each real sample ``(x, y)`` towards the head's prediction on a generated
  feature of the same label. ``alpha_t = alpha * decay^t`` and ``beta_t = beta * decay^t`` in
  round ``t`` (0-based). Before ``G`` has been trained once (round 0) clients train as FedAvg.

Assumptions and choices (where this implementation is not the paper's text):

- The ensemble is the per-label weighted mean of the clients' *logits* (the paper's Eq. 4
  averages logits with ``1/K``; the per-label weights follow the authors' implementation).
- ``G``: ``[eps, one_hot(y)] -> Linear(hidden) -> BatchNorm -> ReLU -> Linear(feature_dim)``, no
  output activation. Its BatchNorm always uses batch statistics (no running buffers), so it
  behaves the same on the server and on the clients; batch sizes must be >= 2.
- The generator's Adam state persists across rounds in the server state; its lr decays like
  ``alpha`` (``generator_lr * decay^t``). The authors' ``gen_batch_size / batch_size`` ratio on the
  regulariser is folded into ``alpha``.
- Defaults follow the authors' CIFAR-10 run configuration (their ``RUNCONFIGS`` and
  ``GENERATORCONFIGS``, read in a public fork of their code): generative alpha = beta = 10,
  diversity eta = 1, generator Adam lr 3e-4, 50 generator steps of batch 128 per round,
  hidden 512, noise 64; decay 0.98 and 32 generated samples per client step are the
  authors' learning-rate decay and ``gen_batch_size``.
- Randomness: the server draws from a generator seeded by (run seed, round), each client from
  one seeded by ``ctx.np_rng``; the global RNGs are never touched.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call

from fblbench.engine.aggregate import State, weighted_mean
from fblbench.engine.client import Batch, ClientContext, ClientUpdate
from fblbench.engine.loop import derive_seed
from fblbench.errors import ConfigError, DivergedError
from fblbench.method import Method
from fblbench.models import FLModel, build_model
from fblbench.server import ServerRound

if TYPE_CHECKING:
    from fblbench.config import TrainConfig
    from fblbench.engine.loop import Federation

LABEL_COUNTS = "fedgen_label_counts"  # ClientUpdate.extras key: the client's label histogram (int64[C])


class FeatureGenerator(nn.Module):
    """``G(eps, y)``: noise and a one-hot label to a feature vector for the model's head."""

    def __init__(self, noise_dim: int, num_classes: int, hidden_dim: int, feature_dim: int) -> None:
        super().__init__()
        self.noise_dim, self.num_classes = noise_dim, num_classes
        self.fc = nn.Linear(noise_dim + num_classes, hidden_dim)
        self.bn = nn.BatchNorm1d(hidden_dim, track_running_stats=False)
        self.out = nn.Linear(hidden_dim, feature_dim)

    def forward(self, eps: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        h = torch.cat([eps, F.one_hot(y, self.num_classes).to(eps.dtype)], dim=1)
        return self.out(F.relu(self.bn(self.fc(h))))


class _Head(nn.Module):
    """``model.head`` as a module's forward, for ``functional_call`` with a client's weights."""

    def __init__(self, model: FLModel) -> None:
        super().__init__()
        self.model = model

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.model.head(z)


@dataclass
class FedGenState:
    """The server state: the generator's weights and Adam state, and the label distribution."""

    generator: State
    optimizer: dict[str, Any] | None = None
    label_prior: torch.Tensor | None = None  # float[C]; None until G has been trained once
    trained_rounds: int = 0


def label_weights(counts: torch.Tensor) -> torch.Tensor:
    """``w[k, y] = counts[k, y] / sum_j counts[j, y]`` (0 where no client holds ``y``)."""
    counts = counts.to(torch.float64)
    total = counts.sum(dim=0, keepdim=True)
    return torch.where(total > 0, counts / total.clamp(min=1), torch.zeros_like(counts))


def ensemble_logits(template: FLModel, client_params: Sequence[State], weights: torch.Tensor,
                    z: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """``sum_k weights[k, y_i] * head_k(z_i)``: the label-weighted ensemble of the clients' heads."""
    head = _Head(template)
    out = torch.zeros((), dtype=z.dtype, device=z.device)
    for k, params in enumerate(client_params):
        logits = functional_call(head, {f"model.{n}": v for n, v in params.items()}, (z,))
        out = out + weights[k].to(device=z.device, dtype=z.dtype)[y].unsqueeze(1) * logits
    return out


def diversity_loss(eps: torch.Tensor, feats: torch.Tensor) -> torch.Tensor:
    """Mode-seeking diversity: ``exp(-mean_ij(mean|f_i - f_j| * mean(eps_i - eps_j)^2))``."""
    d_feat = torch.cdist(feats, feats, p=1) / feats.shape[1]
    d_eps = (eps.unsqueeze(1) - eps.unsqueeze(0)).pow(2).mean(dim=2)
    return torch.exp(-(d_feat * d_eps).mean())


class FedGen(Method):
    """FedGen: a server-trained feature generator distils the clients' ensemble into local training."""

    name = "fedgen"
    summary = ("server trains a feature generator G(z, y) on the label-weighted ensemble of client heads; "
               "clients add alpha * CE(head(G(z, y)), y)")
    paper = "Zhu, Hong and Zhou, Data-Free Knowledge Distillation for Heterogeneous FL, ICML 2021"

    @dataclass(frozen=True)
    class Hparams:
        # Weight of the generative regulariser CE(head(G(eps, y)), y) (authors' generative_alpha = 10).
        alpha: float = 10.0
        # Weight of the latent matching KL term (authors' generative_beta = 10); 0 = off.
        beta: float = 10.0
        # Per-round decay of alpha, beta and the generator lr (authors' exponential decay 0.98).
        decay: float = 0.98
        # Weight eta of the diversity regulariser in the generator's loss (authors' 1).
        diversity_weight: float = 1.0
        # Generator hidden width and noise dimension: the authors' CIFAR-10 generator config
        # (hidden 512, noise 64; their EMNIST one is 256, 32).
        hidden_dim: int = 512
        noise_dim: int = 64
        # Generator Adam steps per round (authors' ensemble_epochs 50) and their batch (authors'
        # CIFAR-10 ensemble_batch_size 128).
        server_steps: int = 50
        server_batch_size: int = 128
        # Generator Adam learning rate (authors' ensemble lr 3e-4).
        generator_lr: float = 3e-4
        # Generated features per local step (authors' gen_batch_size 32).
        synthetic_batch_size: int = 32

        def __post_init__(self) -> None:
            bad = [f"{k}={getattr(self, k)}" for k, ok in (
                ("alpha", self.alpha >= 0), ("beta", self.beta >= 0), ("decay", 0 < self.decay <= 1),
                ("diversity_weight", self.diversity_weight >= 0), ("hidden_dim", self.hidden_dim >= 1),
                ("noise_dim", self.noise_dim >= 1), ("server_steps", self.server_steps >= 0),
                ("server_batch_size", self.server_batch_size >= 2), ("generator_lr", self.generator_lr > 0),
                ("synthetic_batch_size", self.synthetic_batch_size >= 2)) if not ok]
            if bad:
                raise ConfigError(
                    "fedgen: need alpha, beta, diversity_weight >= 0, 0 < decay <= 1, hidden_dim, "
                    "noise_dim >= 1, server_steps >= 0, batch sizes >= 2 and generator_lr > 0, but got "
                    + ", ".join(bad))

    hp: Hparams

    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        self._template: FLModel | None = None
        self._seed = 0
        self._client_gen: FeatureGenerator | None = None

    # ---- setup -------------------------------------------------------------------------
    def setup(self, fed: Federation, train: TrainConfig) -> None:
        template = build_model(train.model, fed.num_classes, fed.splits.resolution, train.seed)
        self._template = template.to(fed.device).eval().requires_grad_(False)
        self._num_classes = fed.num_classes
        self._seed = train.seed
        self._device = fed.device

    @property
    def template(self) -> FLModel:
        if self._template is None:
            raise RuntimeError("fedgen: setup(fed, train) must run before the first round")
        return self._template

    def new_generator(self) -> FeatureGenerator:
        """A generator for this run's model, initialised from the run seed (global RNG untouched)."""
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(derive_seed("fedgen-generator", self._seed))
            gen = FeatureGenerator(self.hp.noise_dim, self._num_classes, self.hp.hidden_dim,
                                   self.template.feature_dim)
        return gen.to(self._device)

    def generator(self, state: FedGenState) -> FeatureGenerator:
        """The generator with ``state``'s weights (a fresh module)."""
        gen = self.new_generator()
        gen.load_state_dict(state.generator)
        return gen

    def init_state(self, global_params: State, num_clients: int) -> FedGenState:
        return FedGenState(generator={k: v.detach().clone() for k, v in self.new_generator().state_dict().items()})

    # ---- client --------------------------------------------------------------------------
    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        counts = torch.bincount(ctx.data.y, minlength=ctx.num_classes).cpu()
        state = ctx.server_state
        decay = self.hp.decay ** ctx.round_idx
        alpha, beta = self.hp.alpha * decay, self.hp.beta * decay
        if not isinstance(state, FedGenState) or state.label_prior is None or (alpha == 0 and beta == 0):
            result = ctx.train()  # warm-up (G untrained) or regulariser off: FedAvg's local round
        else:
            if self._client_gen is None:
                self._client_gen = self.new_generator()
            gen = self._client_gen
            gen.load_state_dict(state.generator)
            gen.requires_grad_(False)
            prior = state.label_prior.to(torch.float64)
            rng = torch.Generator().manual_seed(int(ctx.np_rng.integers(2**62)))

            def generate(y: torch.Tensor) -> torch.Tensor:
                eps = torch.randn(len(y), self.hp.noise_dim, generator=rng).to(ctx.device)
                with torch.no_grad():
                    return gen(eps, y.to(ctx.device))

            def loss_fn(batch: Batch) -> torch.Tensor:
                return self.regularised_loss(ctx, batch, generate, prior, rng, alpha, beta)

            result = ctx.train(loss_fn=loss_fn)
        return ctx.update(result, extras={LABEL_COUNTS: counts})

    def regularised_loss(self, ctx: ClientContext, batch: Batch, generate: Any, prior: torch.Tensor,
                         rng: torch.Generator, alpha: float, beta: float) -> torch.Tensor:
        """CE on the batch + alpha * CE(head(G(eps, y')), y') + beta * KL(p_G(.|y) || p(.|x))."""
        _, logits = ctx.forward(batch)
        loss = F.cross_entropy(logits, batch.y)
        head = ctx.model.head
        if alpha > 0:
            y_gen = torch.multinomial(prior, self.hp.synthetic_batch_size, replacement=True, generator=rng)
            y_gen = y_gen.to(ctx.device)
            loss = loss + alpha * F.cross_entropy(head(generate(y_gen)), y_gen)
        if beta > 0 and len(batch.y) >= 2:  # G's BatchNorm needs two rows
            with torch.no_grad():
                target = F.softmax(head(generate(batch.y)), dim=1)
            loss = loss + beta * F.kl_div(F.log_softmax(logits, dim=1), target, reduction="batchmean")
        return loss

    # ---- server --------------------------------------------------------------------------
    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        new = weighted_mean([u.params for u in updates], [u.num_samples for u in updates])
        state: FedGenState = server_state
        round_idx = server.round_idx if server is not None else state.trained_rounds
        senders = [u for u in updates if LABEL_COUNTS in u.extras]  # every FedGen client sends its counts
        if self.hp.server_steps == 0 or not senders:
            return new, state
        counts = torch.stack([torch.as_tensor(u.extras[LABEL_COUNTS]).cpu() for u in senders])
        if int(counts.sum()) == 0:
            return new, state
        new_state, log = self.train_generator(state, [u.params for u in senders], counts, round_idx)
        if server is not None:
            for k, v in log.items():
                server.log(k, v)
        return new, new_state

    def train_generator(self, state: FedGenState, client_params: Sequence[State], counts: torch.Tensor,
                        round_idx: int) -> tuple[FedGenState, dict[str, float]]:
        """``server_steps`` Adam steps of G on the label-weighted ensemble; the new state and its log."""
        hp, dev = self.hp, self._device
        weights = label_weights(counts).to(dev)
        prior = counts.sum(dim=0).to(torch.float64)
        prior = prior / prior.sum()
        gen = self.generator(state)
        gen.train()
        opt = torch.optim.Adam(gen.parameters(), lr=hp.generator_lr)
        if state.optimizer is not None:
            opt.load_state_dict(copy.deepcopy(state.optimizer))
        for group in opt.param_groups:
            group["lr"] = hp.generator_lr * hp.decay ** round_idx
        rng = torch.Generator().manual_seed(derive_seed("fedgen-server", self._seed, round_idx))
        total, ces, div = 0.0, [], 0.0
        for _ in range(hp.server_steps):
            y = torch.multinomial(prior, hp.server_batch_size, replacement=True, generator=rng).to(dev)
            eps = torch.randn(hp.server_batch_size, hp.noise_dim, generator=rng).to(dev)
            feats = gen(eps, y)
            ce = F.cross_entropy(ensemble_logits(self.template, client_params, weights, feats, y), y)
            d = diversity_loss(eps, feats)
            loss = ce + hp.diversity_weight * d
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
            total += float(loss.detach())
            ces.append(float(ce.detach()))
            div = float(d.detach())
        if not math.isfinite(total):
            raise DivergedError(f"fedgen: the generator's loss became non-finite in round {round_idx + 1}; "
                                "lower generator_lr")
        log = {"generator_loss": total / hp.server_steps, "generator_ce_first": ces[0],
               "generator_ce_last": ces[-1], "generator_diversity": div}
        new_state = FedGenState(
            generator={k: v.detach().clone() for k, v in gen.state_dict().items()},
            optimizer=copy.deepcopy(opt.state_dict()),
            label_prior=prior.to(torch.float32),
            trained_rounds=state.trained_rounds + 1,
        )
        return new_state, log
