"""The public method API. Every hook defaults to FedAvg.

A method is a class with a frozen ``Hparams`` dataclass (the ONLY place its defaults
live) and any of these hooks:

- ``setup(fed, train)``: once before the first round (FBL trains its generator here).
- ``init_state(global_params, num_clients)``: the server state (e.g. SCAFFOLD's c).
- ``local_update(ctx)``: one client's round; default ``ctx.train()`` then ``ctx.update()``.
- ``loss(ctx, batch)``: the local objective; default cross-entropy through ``ctx.forward``.
- ``aggregate(global_params, updates, server_state, server)``: default sample-weighted
  mean (buffers included); returns ``(new_global_params, new_server_state)``. ``server``
  (``fblbench.server.ServerRound``) gives the round index and logs round metrics; the
  server-optimiser toolkit is in ``fblbench/server.py``.
- ``artifacts(out_dir)``: extra files to log for the run (plots, sample grids).
- ``run_metrics()``: one-time metrics logged with the run.
- ``provenance()``: what besides the settings decided this run's numbers (FBL: the digest of
  the generator pool it drew from), as short strings; kept with the run and trial and named
  per row by ``compare``. ``provenance_from_artifacts(read)`` reads it back from a run logged
  before it was recorded (default: nothing to read).

See ``baselines/`` for complete examples written only against this API.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import torch

from fblbench.engine.aggregate import State, weighted_mean
from fblbench.engine.client import Batch, ClientContext, ClientUpdate
from fblbench.errors import ConfigError
from fblbench.server import ServerRound

if TYPE_CHECKING:
    from fblbench.config import TrainConfig
    from fblbench.engine.loop import Federation


@dataclasses.dataclass(frozen=True)
class NoHparams:
    """Hyperparameters of a method that has none of its own."""


class Method:
    """Base class of every federated method; subclasses override only what they change."""

    #: Registry name (``fblbench run --method <name>``).
    name: ClassVar[str] = "method"
    #: One-line description for ``fblbench methods`` and the README table.
    summary: ClassVar[str] = ""
    #: Paper reference for the README's Methods table.
    paper: ClassVar[str] = ""
    #: Frozen dataclass of this method's hyperparameters and their defaults.
    Hparams: ClassVar[type] = NoHparams
    #: Whether the method reads the public pool (fblbench.data.public.public_data): data no
    #: client holds, standing in for a pretrained model's outside knowledge (FBL's generator).
    uses_public_data: ClassVar[bool] = False

    def __init__(self, hparams: Any = None) -> None:
        if hparams is None:
            hparams = self.Hparams()
        if not isinstance(hparams, self.Hparams):
            raise ConfigError(
                f"{self.name}: hparams must be a {self.Hparams.__name__}, but got {type(hparams).__name__}"
            )
        self.hp: Any = hparams  # an instance of Hparams (subclasses may annotate `hp: Hparams`)

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Method:
        """Build from ``{field: value}``; unknown names are a ConfigError naming the valid ones."""
        valid = {f.name for f in dataclasses.fields(cls.Hparams)}
        unknown = set(values) - valid
        if unknown:
            raise ConfigError(
                f"{cls.name}: unknown hyperparameter(s) {sorted(unknown)}; valid: {sorted(valid) or 'none'}"
            )
        return cls(cls.Hparams(**values))

    def hparams_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self.hp)

    # ---- hooks -------------------------------------------------------------------------
    def setup(self, fed: Federation, train: TrainConfig) -> None:
        """Called once before the first round, with the whole federation."""

    def init_state(self, global_params: State, num_clients: int) -> Any:
        """The server state carried between rounds (default: none)."""
        return None

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        return ctx.update(ctx.train())

    def loss(self, ctx: ClientContext, batch: Batch) -> torch.Tensor:
        return ctx.default_loss(batch)

    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        """``server`` (fblbench.server.ServerRound): the round index, the clients' lr, and
        ``server.log(name, value)`` for round metrics; an override may leave it out."""
        return weighted_mean([u.params for u in updates], [u.num_samples for u in updates]), server_state

    def artifacts(self, out_dir: Path) -> list[Path]:
        """Files to log with the run (written into ``out_dir``)."""
        return []

    def run_metrics(self) -> dict[str, float]:
        """One-time metrics logged with the run (e.g. a generator's fidelity)."""
        return {}

    def provenance(self) -> dict[str, str]:
        """After a run: what outside its settings decided its numbers (weights or a pool built
        once and cached, which another machine rebuilds to other floats), as short strings;
        empty when the settings say it all. Logged as the run's tag ``fblbench.provenance``
        (JSON), kept with a sweep's trial, and named per row in ``compare``'s table."""
        return {}

    def provenance_from_artifacts(self, read: Callable[[str], str | None]) -> dict[str, str] | None:
        """The :meth:`provenance` of a run logged before it was recorded, read from that run's
        artifacts (``read(path)``: the text of ``path`` in the run's artifacts, None if absent);
        None when it cannot be told. Default: a method without provenance had nothing to record."""
        return {}


class FedAvg(Method):
    """FedAvg: local SGD, sample-weighted averaging. Every hook is the default."""

    name = "fedavg"
    summary = "local SGD + sample-weighted averaging (the reference every method extends)"
    paper = "McMahan et al., AISTATS 2017"


# Classes made at run time from an inner method (``fbl+<method>``) are not importable by
# name: they pickle as (factory, inner method, values) and are rebuilt by these two.
def rebuild_method(factory: Callable[[type[Method]], type[Method]], inner: type[Method],
                   values: dict[str, Any]) -> Method:
    return factory(inner).from_dict(values)


def rebuild_hparams(factory: Callable[[type[Method]], type[Method]], inner: type[Method],
                    values: dict[str, Any]) -> Any:
    return factory(inner).Hparams(**values)
