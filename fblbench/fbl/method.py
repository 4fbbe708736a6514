"""Federated Balanced Learning (FBL) as a :class:`~fblbench.method.Method`.

Each round, each client trains on a *balanced* local set instead of its raw data:

1. the balance plan (:mod:`fblbench.fbl.plan`) fixes per class how many real samples to
   keep and how many synthetic ones to add (limited clients: ``b = N / C``, same total
   ``N``; unlimited clients: ``b = max_c n_c``; generator-less clients: unchanged);
2. knowledge sampling keeps the highest-loss real samples of every excessive class under
   this round's global model (or random ones: ``sampling="random"``);
3. knowledge replay adds, every ``replay_period`` rounds, ``replay_fraction`` of the real
   samples sampling left out;
4. knowledge filling adds the synthetic samples drawn once in :meth:`FBLCore.setup`;
5. knowledge alignment adds a learnable class embedding to the features of synthetic
   samples (not dropped by knowledge drop) before the head, via ``ctx.feature_hook``.

Then the inner method's ``local_update`` runs on that data (FedAvg for plain FBL; FedProx,
SCAFFOLD, ... for ``fbl+<method>``), and the server runs the inner method's aggregation
plus the averaging of the shared class embeddings. Choices the paper leaves open are
written down in ``docs/fbl.md``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np
import torch
import torch.nn.functional as F

from fblbench.data.public import public_data
from fblbench.engine.aggregate import State
from fblbench.engine.client import ClientContext, ClientUpdate, LocalData
from fblbench.engine.loop import derive_seed
from fblbench.errors import DataError
from fblbench.fbl.alignment import SYNTHETIC, average_embeddings, make_feature_hook
from fblbench.fbl.generators import Generator, build_generator, provenance_summary
from fblbench.fbl.hparams import FBLHparams
from fblbench.fbl.plan import (
    BalancePlan,
    ClientKind,
    assign_client_kinds,
    is_replay_round,
    num_replay,
    plan_client,
    select_by_loss,
    select_random,
)
from fblbench.method import FedAvg, Method
from fblbench.server import ServerRound, call_aggregate

if TYPE_CHECKING:
    from fblbench.config import TrainConfig
    from fblbench.engine.loop import Federation

EMBEDDINGS_KEY = "fbl_embeddings"  # ClientUpdate.extras / ctx.state key of the class embeddings
EMBEDDING_CLASSES_KEY = "fbl_embedding_classes"  # bool[C]: classes whose embedding the client trained
GRID_PER_CLASS = 8  # generated samples per class kept for the artifact grid
_LOSS_BATCH = 512


@dataclass
class FBLServerState:
    """The composed server state: the inner method's own state and the shared embeddings."""

    inner: Any = None
    embeddings: torch.Tensor | None = None  # [C, feature_dim]; None until a client trained one


@dataclass
class RoundCounts:
    """Samples the participating clients trained on in one round (summed over clients)."""

    num_real: int = 0
    num_synthetic: int = 0
    num_replayed: int = 0
    clients: list[int] = field(default_factory=list)


def _concat(parts: Sequence[LocalData]) -> LocalData:
    """Rows of ``parts`` one after the other, with the ``synthetic`` column only."""
    return LocalData(
        torch.cat([p.images() for p in parts]),
        torch.cat([p.y for p in parts]),
        {SYNTHETIC: torch.cat([p.aux[SYNTHETIC] for p in parts])},
        prepare=parts[0].prepare,
    )


def _mark(data: LocalData, synthetic: bool) -> LocalData:
    col = torch.full((len(data),), synthetic, dtype=torch.bool, device=data.y.device)
    return data.with_aux({SYNTHETIC: col})


class FBLCore(Method):
    """FBL's client data and feature path, over whatever method follows it in the MRO.

    Not used directly: :class:`FBL` is FBL over FedAvg and :meth:`compose` builds
    ``fbl+<method>``. Every hook calls ``super()``, which is the inner method's hook.
    """

    name = "fbl"
    summary = (
        "Federated Balanced Learning: per-client class balancing by loss-based sampling, "
        "generator filling, replay and aligned class embeddings"
    )
    paper = "Li et al., Federated Balanced Learning, arXiv 2601.14042, 2026"
    Hparams: ClassVar[type] = FBLHparams
    #: The public pool stands in for the pretrained generator's outside knowledge.
    uses_public_data: ClassVar[bool] = True
    #: The method whose hooks FBL wraps (FedAvg for plain FBL).
    inner_method: ClassVar[type[Method]] = FedAvg
    hp: FBLHparams  # the merged Hparams of a composed class subclasses FBLHparams

    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        #: Show the generator's training/sampling progress (not a hyperparameter).
        self.show_progress = True
        self._reset()

    def _reset(self) -> None:
        #: One-time metrics of setup (the generator's prepare(), the plan's totals).
        self.setup_metrics: dict[str, float] = {}
        #: ``Generator.provenance()`` of the filler prepared in setup (empty when none was).
        self.generator_provenance: dict[str, Any] = {}
        self.kinds: list[ClientKind] = []
        self.plans: list[BalancePlan] = []
        self.synthetic: list[LocalData | None] = []
        self.classes: tuple[str, ...] = ()
        self.round_counts: dict[int, RoundCounts] = {}
        self._grid: dict[int, list[torch.Tensor]] = {}
        self._filler: tuple[Generator, Federation, int] | None = None  # (generator, fed, run seed) to redraw

    @property
    def grid_images(self) -> tuple[torch.Tensor, torch.Tensor] | None:
        """``(uint8 images, labels)``: up to GRID_PER_CLASS generated samples per class drawn in setup."""
        from fblbench.fbl.artifacts import grid_tensors

        return grid_tensors(self._grid, GRID_PER_CLASS)

    # ---- the generator ---------------------------------------------------------------------
    def make_generator(self) -> Generator:
        """The filler of this run (override, or assign on the instance, to inject another)."""
        return build_generator(self.hp.generator_spec())

    # ---- hooks -------------------------------------------------------------------------------
    def setup(self, fed: Federation, train: TrainConfig) -> None:
        """Assign client kinds, plan every client, prepare the generator and draw each
        client's synthetic set once (deterministic per run seed, client and class)."""
        super().setup(fed, train)
        self._reset()
        hp = self.hp
        if not hp.balancing:
            return
        self.classes = tuple(fed.splits.classes)
        rng = np.random.default_rng(derive_seed("fbl-client-kinds", train.seed))
        self.kinds = assign_client_kinds(fed.num_clients, hp.share_unlimited, hp.share_no_generator, rng)
        gen = self.make_generator() if hp.filling and hp.generator != "none" else None
        plans = []
        for k in range(fed.num_clients):
            counts = np.asarray(fed.histograms[k], dtype=np.int64)
            can_fill: np.ndarray | bool = gen is not None and (gen.can_fill_missing or counts > 0)
            plans.append(plan_client(counts, self.kinds[k], can_fill))
        self.synthetic = [None] * fed.num_clients
        if gen is not None and any(p.num_synthetic > 0 for p in plans):
            public = public_data(fed, self) if gen.needs_public else None
            metrics = gen.prepare(fed, Path(fed.data_cfg.cache_dir), progress=self.show_progress, public=public)
            self.setup_metrics.update({str(k): float(v) for k, v in metrics.items()})
            # An injected filler that only duck-types Generator may lack provenance(): its class names it.
            provenance = getattr(gen, "provenance", None)
            self.generator_provenance = provenance() if callable(provenance) else {"kind": type(gen).__name__}
            for k, plan in enumerate(plans):
                if plan.num_synthetic > 0:
                    self.synthetic[k], delivered = self._draw(gen, fed, k, plan, train.seed)
                    plans[k] = plan.with_fill(delivered)
        self.plans = plans
        if gen is not None and hp.redraw_synthetic:
            self._filler = (gen, fed, train.seed)
        self.setup_metrics.update(
            {
                "fbl_planned_real": float(sum(p.num_real for p in plans)),
                "fbl_planned_synthetic": float(sum(p.num_synthetic for p in plans)),
                "fbl_unfilled": float(sum(int(p.unfilled.sum()) for p in plans)),
                "fbl_clients_unlimited": float(self.kinds.count("unlimited")),
                "fbl_clients_no_generator": float(self.kinds.count("no_generator")),
            }
        )

    def _draw(
        self, gen: Generator, fed: Federation, k: int, plan: BalancePlan, seed: int
    ) -> tuple[LocalData | None, np.ndarray]:
        """Client ``k``'s synthetic set: ``plan.fill[c]`` images of each class ``c``."""
        part = torch.as_tensor(fed.parts[k], dtype=torch.long)
        real_x, real_y = fed.splits.train_x[part], fed.splits.train_y[part]
        shape = tuple(fed.splits.train_x.shape[1:])
        images, labels = [], []
        delivered = np.zeros_like(plan.fill)
        for c in np.flatnonzero(plan.fill):
            n = int(plan.fill[c])
            rng = torch.Generator().manual_seed(derive_seed("fbl-fill", seed, k, int(c)))
            img = gen.fill(int(c), n, real_x[real_y == int(c)], rng)
            if img.dtype != torch.uint8 or tuple(img.shape[1:]) != shape or len(img) > n:
                raise DataError(
                    f"fbl: generator {type(gen).__name__} must return at most {n} uint8 images of shape "
                    f"{shape} for class {int(c)}, but got {len(img)} {img.dtype} images of shape "
                    f"{tuple(img.shape[1:])}"
                )
            if len(img) == 0:
                continue
            delivered[c] = len(img)
            images.append(img.cpu())
            labels.append(torch.full((len(img),), int(c), dtype=torch.long))
            grid = self._grid.setdefault(int(c), [])
            if sum(len(g) for g in grid) < GRID_PER_CLASS:
                grid.append(img[:GRID_PER_CLASS].cpu())
        if not images:
            return None, delivered
        y = torch.cat(labels).to(fed.device)
        return _mark(fed.local_data(torch.cat(images).to(fed.device), y), True), delivered

    def init_state(self, global_params: State, num_clients: int) -> Any:
        return FBLServerState(inner=super().init_state(global_params, num_clients))

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        state = ctx.server_state
        shared = state.embeddings if isinstance(state, FBLServerState) else None
        # The inner method sees its own server state, as if FBL were not there.
        ctx.server_state = state.inner if isinstance(state, FBLServerState) else state
        if not self.hp.balancing or not self.plans:
            return super().local_update(ctx)
        plan = self.plans[ctx.client_id]
        counts = self.round_counts.setdefault(ctx.round_idx, RoundCounts())
        counts.clients.append(ctx.client_id)
        if plan.kind == "no_generator":
            upd = super().local_update(ctx)
            counts.num_real += len(ctx.data)
            upd.metrics.update({"num_real": float(len(ctx.data)), "num_synthetic": 0.0, "num_replayed": 0.0})
            return upd

        real = ctx.data
        num_held = len(real)
        kept, left_out = self._sample(ctx, real, plan)
        replayed = np.zeros(0, dtype=np.int64)
        if is_replay_round(ctx.round_idx, self.hp.replay_period) and len(left_out):
            m = num_replay(len(left_out), self.hp.replay_fraction)
            replayed = np.sort(ctx.np_rng.choice(left_out, size=m, replace=False)).astype(np.int64)
        synth = self.synthetic[ctx.client_id]
        if self._filler is not None and ctx.round_idx > 0 and plan.num_synthetic > 0:
            gen, fed, seed = self._filler
            synth, _ = self._draw(gen, fed, ctx.client_id, plan, derive_seed("fbl-redraw", seed, ctx.round_idx))
        if len(kept) == num_held and synth is None:
            ctx.data = real  # nothing to balance: the very same data (and batch order) as the inner method
        else:
            parts = [_mark(real.subset(np.concatenate([kept, replayed])), False)]
            ctx.data = _concat(parts + ([synth] if synth is not None else []))

        emb: torch.Tensor | None = None
        if self.hp.alignment and synth is not None:
            if self.hp.align_shared:
                init = shared
            else:
                init = ctx.state.get(EMBEDDINGS_KEY)
            if init is None:
                init = torch.zeros(ctx.num_classes, ctx.model.feature_dim, device=ctx.device)
            emb = init.detach().clone().to(ctx.device).requires_grad_(True)
            ctx.feature_hook = make_feature_hook(emb, self.hp.p_drop, ctx.generator)
            ctx.extra_param_groups.append(
                {"params": [emb], "lr": self.hp.align_lr, "weight_decay": self.hp.align_weight_decay}
            )

        upd = super().local_update(ctx)
        # Aggregation weights stay the client's real data size (as under FedAvg), whatever
        # FBL trained on: synthetic or replayed rows must not buy a client more weight.
        upd.num_samples = num_held
        n_syn = 0 if synth is None else len(synth)
        n_real = len(kept) + len(replayed)
        upd.metrics.update(
            {"num_real": float(n_real), "num_synthetic": float(n_syn), "num_replayed": float(len(replayed))}
        )
        counts.num_real += n_real
        counts.num_synthetic += n_syn
        counts.num_replayed += len(replayed)
        if emb is not None:
            trained = emb.detach().clone()
            if self.hp.align_shared:
                upd.extras[EMBEDDINGS_KEY] = trained
                upd.extras[EMBEDDING_CLASSES_KEY] = torch.as_tensor(plan.fill > 0)
            else:
                ctx.state[EMBEDDINGS_KEY] = trained
        return upd

    def _sample(self, ctx: ClientContext, real: LocalData, plan: BalancePlan) -> tuple[np.ndarray, np.ndarray]:
        """Knowledge sampling: (kept, left-out) indices into ``real``, both sorted."""
        n = len(real)
        if not plan.excessive.any():
            return np.arange(n, dtype=np.int64), np.zeros(0, dtype=np.int64)
        labels = real.y.cpu().numpy()
        if self.hp.sampling == "random":
            kept = select_random(labels, plan.keep, ctx.np_rng)
        else:
            kept = select_by_loss(self.sample_losses(ctx, real, plan.excessive[labels]), labels, plan.keep)
        mask = np.ones(n, dtype=bool)
        mask[kept] = False
        return kept, np.flatnonzero(mask).astype(np.int64)

    @staticmethod
    @torch.no_grad()
    def sample_losses(ctx: ClientContext, real: LocalData, rows: np.ndarray) -> np.ndarray:
        """Per-sample cross-entropy of ``real`` under this round's global model (eval mode,
        no hook) for the ``rows`` mask; other rows get 0 (their classes keep every sample)."""
        out = np.zeros(len(real), dtype=np.float64)
        idx = np.flatnonzero(rows)
        gm = ctx.global_model
        for s in range(0, len(idx), _LOSS_BATCH):
            t = torch.as_tensor(idx[s : s + _LOSS_BATCH], device=real.y.device)
            loss = F.cross_entropy(gm(real.inputs(t)), real.y[t], reduction="none")
            out[idx[s : s + _LOSS_BATCH]] = loss.double().cpu().numpy()
        return out

    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        wrapped = isinstance(server_state, FBLServerState)
        inner = server_state.inner if wrapped else server_state
        emb = server_state.embeddings if wrapped else None
        params, inner = call_aggregate(super().aggregate, global_params, updates, inner, server)
        with_emb = [u for u in updates if EMBEDDINGS_KEY in u.extras]
        if with_emb:
            emb = average_embeddings(
                emb,
                [u.extras[EMBEDDINGS_KEY] for u in with_emb],
                [u.extras[EMBEDDING_CLASSES_KEY] for u in with_emb],
                [u.num_samples for u in with_emb],
            )
        return params, FBLServerState(inner=inner, embeddings=emb)

    def run_metrics(self) -> dict[str, float]:
        return {**super().run_metrics(), **self.setup_metrics}

    def artifacts(self, out_dir: Path) -> list[Path]:
        from fblbench.fbl.artifacts import write_artifacts

        return [*super().artifacts(out_dir), *write_artifacts(self, Path(out_dir))]

    def provenance(self) -> dict[str, str]:
        """The filler this run drew from: its kind and, for a cached generator (ddpm), the
        sha256 of its pool (two runs with the same digest drew from the same images)."""
        return {**super().provenance(), **provenance_summary(self.generator_provenance)}

    def provenance_from_artifacts(self, read: Callable[[str], str | None]) -> dict[str, str] | None:
        """From the ``fbl_generator.json`` a run logged (since 2026-12-07); None when a run that
        planned synthetic images lacks it (``{}`` when its histograms say it planned none)."""
        from fblbench.fbl.artifacts import GENERATOR_JSON, planned_synthetic

        inner = super().provenance_from_artifacts(read)
        hp = self.hp
        if not (hp.balancing and hp.filling and hp.generator != "none"):
            return inner
        text = read(f"method/{GENERATOR_JSON}")
        if text is None:  # no filler was prepared when no client planned a synthetic image
            return inner if planned_synthetic(read) == 0 else None
        if inner is None:
            return None
        try:
            return {**inner, **provenance_summary(json.loads(text))}
        except (ValueError, AttributeError):
            return None

    # ---- composition -----------------------------------------------------------------------
    @classmethod
    def compose(cls, inner: type[Method]) -> type[Method]:
        """``fbl+<inner.name>``: FBL's data and feature path over ``inner``'s hooks.

        The class's Hparams holds FBL's fields and ``inner``'s (a shared name is a
        ConfigError); its hooks run FBL's part and delegate the rest to ``inner`` via ``super()``.
        """
        from fblbench.fbl.compose import composed

        return composed(inner)


class FBL(FBLCore, FedAvg):
    """Plain FBL: FBL's data and feature path over FedAvg (the same as ``fbl+fedavg``)."""

    name = "fbl"
    Hparams = FBLHparams
    inner_method = FedAvg
