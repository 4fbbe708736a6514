"""The server side of the method API: what ``aggregate`` knows of the round, and a toolkit.

``Method.aggregate(global_params, updates, server_state, server)`` receives a
:class:`ServerRound`: the round index, the number of rounds, the clients' learning rate of
the round, and ``server.log(name, value)`` for metrics of the round (logged per round to
MLflow as ``server.<name>``, next to the clients' metrics). An ``aggregate`` written before
``server`` existed (three arguments) keeps working: :func:`call_aggregate` passes
``server`` only to an ``aggregate`` that accepts it.

The toolkit is what server optimisers (FedAvgM, FedAdam, SCAFFOLD, FedExP, ...) share:

- :func:`trainable_keys`: the entries a server step may move (trainable parameters;
  BatchNorm statistics and other buffers stay the clients' weighted mean);
- :func:`server_delta`: ``mean_w(y_i) - x`` per trainable entry, in float64 (Reddi et
  al.'s pseudo-gradient is its negative);
- :func:`norm`: the global L2 norm over some entries of a state;
- :func:`apply_step`: ``x + step`` on the trainable entries, cast back to each entry's
  dtype, with every other entry taken from the average.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import torch

from fblbench.engine.aggregate import State

if TYPE_CHECKING:
    from fblbench.engine.client import ClientUpdate

METRIC_PREFIX = "server."  # round metrics from aggregate, as logged


@dataclass
class ServerRound:
    """One round as the server sees it when it aggregates."""

    round_idx: int  # 0-based
    num_rounds: int
    lr: float  # the clients' learning rate this round (after the schedule)
    metrics: dict[str, float] = field(default_factory=dict)

    def log(self, name: str, value: float) -> None:
        """A metric of this round (logged as ``server.<name>`` at this round's step)."""
        self.metrics[name] = float(value)

    def prefixed_metrics(self) -> dict[str, float]:
        return {METRIC_PREFIX + k: v for k, v in self.metrics.items()}


@functools.cache
def _accepts_server(func: Callable[..., Any]) -> bool:
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False
    return "server" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def call_aggregate(aggregate: Callable[..., tuple[State, Any]], global_params: State,
                   updates: Sequence[ClientUpdate], server_state: Any,
                   server: ServerRound | None) -> tuple[State, Any]:
    """``aggregate(..., server=server)`` where it takes ``server``, else the three-argument call."""
    func = getattr(aggregate, "__func__", aggregate)
    if server is not None and _accepts_server(func):
        return aggregate(global_params, updates, server_state, server=server)
    return aggregate(global_params, updates, server_state)


def trainable_keys(global_params: Mapping[str, torch.Tensor], updates: Sequence[ClientUpdate]) -> list[str]:
    """Entries a server step moves: the clients' trainable parameters (``param_names``), or
    every floating entry when an update does not say."""
    names = updates[0].param_names if updates else ()
    if names:
        return [k for k in names if k in global_params]
    return [k for k, v in global_params.items() if v.is_floating_point()]


def server_delta(global_params: Mapping[str, torch.Tensor], averaged: Mapping[str, torch.Tensor],
                 keys: Iterable[str]) -> State:
    """``averaged - global_params`` on ``keys``, in float64."""
    return {k: averaged[k].to(torch.float64) - global_params[k].to(torch.float64) for k in keys}


def norm(state: Mapping[str, torch.Tensor], keys: Iterable[str] | None = None) -> float:
    """Global L2 norm of ``state`` over ``keys`` (default: every floating entry)."""
    names = [k for k, v in state.items() if v.is_floating_point()] if keys is None else list(keys)
    total = sum(float(state[k].to(torch.float64).pow(2).sum()) for k in names)
    return float(total) ** 0.5


def apply_step(global_params: Mapping[str, torch.Tensor], averaged: Mapping[str, torch.Tensor],
               step: Mapping[str, torch.Tensor]) -> State:
    """``x + step[k]`` for every key of ``step`` (cast to ``x``'s dtype); the others from ``averaged``."""
    out = dict(averaged)
    for k, s in step.items():
        x = global_params[k]
        out[k] = (x.to(torch.float64) + s.to(torch.float64)).to(x.dtype)
    return out


__all__ = ["METRIC_PREFIX", "ServerRound", "apply_step", "call_aggregate", "norm", "server_delta",
           "trainable_keys"]
