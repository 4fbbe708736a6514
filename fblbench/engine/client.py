"""The client side: local datasets, the client context and THE local SGD loop.

Every method trains through :meth:`ClientContext.train`. Methods customise it with
a loss function, a different dataset, extra trainable parameters (FBL's class
embeddings), a hook after ``backward`` (SCAFFOLD's gradient correction) and a
feature hook between ``encode`` and ``head`` (FBL's Knowledge Alignment).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from fblbench.config import TrainConfig
from fblbench.engine.aggregate import State, clone_state
from fblbench.engine.augment import augment_batch, augment_seed
from fblbench.errors import DivergedError
from fblbench.models import FLModel

if TYPE_CHECKING:
    from fblbench.method import Method


Prepare = Callable[[torch.Tensor], torch.Tensor]


@dataclass
class LocalData:
    """A client's training rows: images, int64 labels and per-sample extras.

    Images are stored compactly and made model-ready one batch at a time: ``x`` is the
    storage (uint8 images, shared by every client of a federation, or any tensor),
    ``rows`` the positions of this dataset's samples in it (``None`` = every row of ``x``,
    in order), and ``prepare`` turns a gathered batch of ``x`` into the model's input
    (normalisation, memory format; ``None`` = use as is). Clients therefore index one
    shared uint8 tensor instead of holding float copies. ``y`` and ``aux`` are per sample
    of this dataset; ``aux`` holds extra columns that travel with each batch, e.g. FBL's
    ``synthetic`` mask.
    """

    x: torch.Tensor
    y: torch.Tensor
    aux: dict[str, torch.Tensor] = field(default_factory=dict)
    rows: torch.Tensor | None = None
    prepare: Prepare | None = None

    def __post_init__(self) -> None:
        n = len(self.y)
        nx = len(self.x) if self.rows is None else len(self.rows)
        if nx != n or any(len(v) != n for v in self.aux.values()):
            raise ValueError(
                f"LocalData columns must have equal length, but got x={nx}, y={n}, "
                f"aux={ {k: len(v) for k, v in self.aux.items()} }"
            )

    def __len__(self) -> int:
        return len(self.y)

    def images(self, idx: torch.Tensor | None = None) -> torch.Tensor:
        """The stored (not yet prepared) images of samples ``idx`` (default: all)."""
        if idx is None:
            return self.x if self.rows is None else self.x[self.rows]
        return self.x[idx if self.rows is None else self.rows[idx]]

    def inputs(self, idx: torch.Tensor) -> torch.Tensor:
        """Model-ready inputs of samples ``idx``."""
        x = self.images(idx)
        return x if self.prepare is None else self.prepare(x)

    def batch(self, idx: torch.Tensor) -> Batch:
        return Batch(self.inputs(idx), self.y[idx], {k: v[idx] for k, v in self.aux.items()}, idx)

    def subset(self, idx: torch.Tensor | np.ndarray) -> LocalData:
        """Samples ``idx`` of this dataset; the image storage is shared, not copied."""
        t = torch.as_tensor(idx, dtype=torch.long, device=self.y.device)
        rows = t if self.rows is None else self.rows[t]
        return LocalData(self.x, self.y[t], {k: v[t] for k, v in self.aux.items()}, rows, self.prepare)

    def with_aux(self, aux: dict[str, torch.Tensor]) -> LocalData:
        """The same samples with other extra columns."""
        return LocalData(self.x, self.y, aux, self.rows, self.prepare)

    def class_counts(self, num_classes: int) -> np.ndarray:
        return np.bincount(self.y.cpu().numpy(), minlength=num_classes).astype(np.int64)


@dataclass
class Batch:
    """One mini-batch: inputs, labels, the aux columns and the positions in the local dataset."""

    x: torch.Tensor
    y: torch.Tensor
    aux: dict[str, torch.Tensor]
    index: torch.Tensor


@dataclass(frozen=True)
class TrainResult:
    """What one call of the local loop did."""

    steps: int
    samples_seen: int
    mean_loss: float


@dataclass
class ClientUpdate:
    """What a client sends back: its full state dict after training and bookkeeping."""

    client_id: int
    params: State
    num_samples: int
    num_steps: int
    train_loss: float
    extras: dict[str, Any] = field(default_factory=dict)
    # Summed over clients when the key starts with "num_", averaged otherwise.
    metrics: dict[str, float] = field(default_factory=dict)
    # Keys of ``params`` that are trainable parameters (the rest are buffers, e.g. BatchNorm
    # running statistics). Server optimisers (FedAvgM, FedAdam) step only these; empty = unknown.
    param_names: tuple[str, ...] = ()


FeatureHook = Callable[[torch.Tensor, Batch], torch.Tensor]
LossFn = Callable[[Batch], torch.Tensor]


def has_batchnorm(model: nn.Module) -> bool:
    return any(isinstance(m, nn.modules.batchnorm._BatchNorm) for m in model.modules())


class ClientContext:
    """Everything a method's client-side hooks may use for one client in one round."""

    def __init__(
        self,
        *,
        method: Method,
        client_id: int,
        round_idx: int,
        num_rounds: int,
        model: FLModel,
        global_params: Mapping[str, torch.Tensor],
        data: LocalData,
        num_classes: int,
        train_cfg: TrainConfig,
        seed: int,
        device: torch.device,
        state: dict[str, Any],
        server_state: Any,
    ) -> None:
        self.method = method
        self.client_id = client_id
        self.round_idx = round_idx
        self.num_rounds = num_rounds
        self.model = model
        self.global_params = global_params
        self.data = data
        self.num_classes = num_classes
        self.train_cfg = train_cfg
        self.device = device
        # Per-client state that survives rounds; owned by the method.
        self.state = state
        # The server state of this round (read-only by convention).
        self.server_state = server_state
        # Seeded per (run seed, round, client): independent of which other clients ran.
        self.generator = torch.Generator().manual_seed(seed)
        self.np_rng = np.random.default_rng(seed)
        # Augmentation draws from its own stream, so the batch order is the same with it on or off.
        self.augment_generator = torch.Generator().manual_seed(augment_seed(seed))
        self.feature_hook: FeatureHook | None = None
        # Extra optimizer param groups (e.g. FBL's class embeddings with their own lr).
        self.extra_param_groups: list[dict[str, Any]] = []
        self._global_model: FLModel | None = None

    @property
    def lr(self) -> float:
        """This round's local learning rate (``train_cfg.lr`` under its schedule)."""
        return self.train_cfg.lr_at(self.round_idx)

    @property
    def global_model(self) -> FLModel:
        """A frozen copy of the model with this round's global weights (eval mode)."""
        if self._global_model is None:
            gm = copy.deepcopy(self.model)
            gm.load_state_dict(self.global_params)
            gm.eval()
            gm.requires_grad_(False)
            self._global_model = gm
        return self._global_model

    def forward(self, batch: Batch, model: FLModel | None = None) -> tuple[torch.Tensor, torch.Tensor]:
        """``(features, logits)`` of ``batch`` through ``model`` (default: the local model).

        The feature hook (FBL's alignment) applies to the local model only.
        """
        m = self.model if model is None else model
        z = m.encode(batch.x)
        if self.feature_hook is not None and m is self.model:
            z = self.feature_hook(z, batch)
        return z, m.head(z)

    def default_loss(self, batch: Batch) -> torch.Tensor:
        """Cross-entropy of the local model's logits."""
        return F.cross_entropy(self.forward(batch)[1], batch.y)

    def train(
        self,
        loss_fn: LossFn | None = None,
        data: LocalData | None = None,
        epochs: int | None = None,
        after_backward: Callable[[], None] | None = None,
    ) -> TrainResult:
        """THE local SGD loop: ``epochs`` passes over ``data`` in seeded random order.

        Defaults: the method's ``loss`` hook, the context's data, ``train_cfg.local_epochs``.
        Raises :class:`DivergedError` when the loss becomes non-finite.
        """
        cfg = self.train_cfg
        loss_fn = loss_fn or (lambda b: self.method.loss(self, b))
        data = self.data if data is None else data
        epochs = cfg.local_epochs if epochs is None else epochs
        model = self.model
        model.train()
        params = [p for p in model.parameters() if p.requires_grad]
        # The schedule scales every group alike (extra groups keep their own base lr).
        scale = self.lr / cfg.lr
        extra = [{**g, "lr": g["lr"] * scale} if "lr" in g else g for g in self.extra_param_groups]
        opt = torch.optim.SGD(
            [{"params": params}, *extra],
            lr=self.lr,
            momentum=cfg.momentum,
            weight_decay=cfg.weight_decay,
        )
        clipped = [p for g in opt.param_groups for p in g["params"]]
        n, bs = len(data), cfg.batch_size
        # A batch of one cannot be trained with BatchNorm in train mode: drop such a tail.
        min_batch = 2 if has_batchnorm(model) else 1
        steps, seen = 0, 0
        loss_sum = torch.zeros((), device=self.device, dtype=torch.float64)
        for _ in range(epochs):
            perm = torch.randperm(n, generator=self.generator).to(data.y.device)
            for start in range(0, n, bs):
                idx = perm[start : start + bs]
                if len(idx) < min_batch:
                    continue
                batch = data.batch(idx)
                if cfg.augment != "none":
                    batch.x = augment_batch(batch.x, cfg.augment, self.augment_generator)
                loss = loss_fn(batch)
                opt.zero_grad(set_to_none=True)
                loss.backward()
                if after_backward is not None:
                    after_backward()
                if cfg.clip_grad_norm:
                    torch.nn.utils.clip_grad_norm_(clipped, cfg.clip_grad_norm)
                opt.step()
                loss_sum += loss.detach() * len(idx)
                steps += 1
                seen += len(idx)
            # One host sync per epoch, not per step.
            if not torch.isfinite(loss_sum):
                raise DivergedError(
                    f"client {self.client_id}, round {self.round_idx + 1}: the training loss became "
                    f"non-finite (lr={self.lr}); lower the learning rate or clip the gradients (--clip-grad-norm)"
                )
        return TrainResult(steps=steps, samples_seen=seen, mean_loss=float(loss_sum) / max(seen, 1))

    def update(
        self,
        result: TrainResult,
        *,
        num_samples: int | None = None,
        extras: dict[str, Any] | None = None,
        metrics: dict[str, float] | None = None,
    ) -> ClientUpdate:
        """Package the local model's state as this client's update."""
        return ClientUpdate(
            client_id=self.client_id,
            params=clone_state(self.model.state_dict()),
            num_samples=len(self.data) if num_samples is None else num_samples,
            num_steps=result.steps,
            train_loss=result.mean_loss,
            extras=extras or {},
            metrics=metrics or {},
            param_names=tuple(n for n, p in self.model.named_parameters() if p.requires_grad),
        )


# Evaluation batch. No activations are kept for a backward pass, but past a few hundred
# images a batch stops gaining: simple CNN, 40 px, 1 CPU thread, 10,000 images, the machine
# otherwise idle: 2048 took 1.5-1.8 s and ~130 MB of activations, 512 1.1 s, 256 0.8 s.
EVAL_BATCH = 512


@torch.inference_mode()
def evaluate(model: nn.Module, data: LocalData, batch_size: int = EVAL_BATCH) -> tuple[float, float]:
    """(accuracy, mean cross-entropy) of ``model`` on ``data``, in eval mode."""
    was_training = model.training
    model.eval()
    n = len(data)
    correct = torch.zeros((), dtype=torch.long, device=data.y.device)
    loss_sum = torch.zeros((), dtype=torch.float64, device=data.y.device)
    for s in range(0, n, batch_size):
        idx = torch.arange(s, min(s + batch_size, n), device=data.y.device)
        logits = model(data.inputs(idx))
        yb = data.y[idx]
        loss_sum += F.cross_entropy(logits, yb, reduction="sum").double()
        correct += (logits.argmax(1) == yb).sum()
    model.train(was_training)
    return int(correct) / max(n, 1), float(loss_sum) / max(n, 1)
