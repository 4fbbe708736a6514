"""Mixed federations (``docs/mixed.md``): different clients run different FL methods.

A mix is a method spec usable wherever a method name is (``run --method``, ``sweep
--methods``, ``compare``): ``mix:fbl=0.5:fedprox=0.3:fedavg=0.2``. Entries ``<method>=<share>``
are separated by ``:``, never ``,`` (a comma separates methods in ``--methods``); shares are
> 0 and sum to 1. Clients are assigned by :func:`assign_methods` (partition seed, rounding
rule of :func:`share_counts`). Each member is its own instance with its own ``setup``, its own
server-state slot (``init_state`` with its own client count) and its hyperparameters as
``<ns>.<field>`` (``fedprox.mu``; ``<ns>`` = :func:`namespace` of the member's name). The
global model is the sample-weighted mean of every participating client (FedAvg); each
member's ``aggregate`` runs on its own clients only to advance its server state, and the
parameters it returns are not used (so server optimisers do not move a mixed model).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from fblbench.engine.aggregate import State, weighted_mean
from fblbench.engine.client import ClientContext, ClientUpdate
from fblbench.errors import ConfigError, MethodNotFound
from fblbench.method import Method
from fblbench.mixspec import (
    MIX_PREFIX,
    assign_methods,
    canonical_name,
    is_mix_spec,
    namespace,
    parse_mix,
    share_counts,
)
from fblbench.server import ServerRound, call_aggregate

if TYPE_CHECKING:
    from fblbench.config import TrainConfig
    from fblbench.engine.loop import Federation
    from fblbench.tuning.space import Param

ASSIGNMENT_FILE = "mix_assignment.json"
_PAPER = "extended framework of Li et al., Federated Balanced Learning, arXiv 2601.14042, 2026"


@dataclass(frozen=True)
class Member:
    """One method of a mix: as written, its class, its share and its namespace."""

    name: str
    cls: type[Method]
    share: float
    namespace: str


@dataclass
class MixServerState:
    """One server-state slot per member, in the order of the spec."""

    slots: list[Any]


# ------------------------------------------------------------------------- hyperparameters

def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    raise ConfigError(f"hyperparameter {f.name!r} has no default; every Hparams field needs one")


class MixHparams:
    """Base of a mix's ``Hparams``: a frozen dataclass whose fields are ``<ns>.<field>`` of every
    member (made by :func:`_namespaced_hparams`; built from keyword arguments only,
    ``Hparams(**{"fedprox.mu": 0.1})``). Each member's slice is validated by its own ``Hparams``
    and kept, as an instance of it, in ``member_hparams``."""

    spec: ClassVar[str] = ""
    #: Per member: its own Hparams class and (namespaced field, own field) pairs.
    groups: ClassVar[tuple[tuple[type, tuple[tuple[str, str], ...]], ...]] = ()
    member_hparams: tuple[Any, ...]

    def __init__(self, **values: Any) -> None:
        fields = {f.name: f for f in dataclasses.fields(cast(Any, self))}
        unknown = sorted(set(values) - set(fields))
        if unknown:
            raise TypeError(f"{self.spec}: unknown hyperparameter(s) {unknown}; valid: {sorted(fields) or 'none'}")
        subs = []
        for hp_cls, pairs in self.groups:
            sub = hp_cls(**{own: values[full] if full in values else _default(fields[full]) for full, own in pairs})
            for full, own in pairs:  # as the member's record holds it (after its __post_init__)
                object.__setattr__(self, full, getattr(sub, own))
            subs.append(sub)
        object.__setattr__(self, "member_hparams", tuple(subs))

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in dataclasses.fields(cast(Any, self)))

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == cast(MixHparams, other)._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        body = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(cast(Any, self)))
        return f"Hparams[{self.spec}]({body})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Made at run time, so not importable by name: pickle as (spec, values).
        return (_rebuild_hparams, (self.spec, dataclasses.asdict(cast(Any, self))))


def _namespaced_hparams(spec: str, members: Sequence[Member]) -> type:
    """A frozen dataclass with one field ``<ns>.<field>`` per field of each member's Hparams
    (same type and default), so ``dataclasses.fields``/``asdict``/``replace`` see those names.
    No generated ``__init__``/``__repr__``/``__eq__`` (they would spell dotted names as code)."""
    annotations: dict[str, Any] = {}
    ns: dict[str, Any] = {"__module__": __name__, "__annotations__": annotations, "spec": spec,
                          "__doc__": f"The namespaced hyperparameters of {spec}."}
    groups = []
    for m in members:
        pairs = []
        for f in dataclasses.fields(m.cls.Hparams):
            full = f"{m.namespace}.{f.name}"
            annotations[full] = f.type
            ns[full] = dataclasses.field(default=f.default, default_factory=f.default_factory)
            pairs.append((full, f.name))
        groups.append((m.cls.Hparams, tuple(pairs)))
    ns["groups"] = tuple(groups)
    cls = type("Hparams", (MixHparams,), ns)
    return dataclasses.dataclass(cls, init=False, repr=False, eq=False, frozen=True, match_args=False)


# ----------------------------------------------------------------------------- the method


class MixedMethod(Method):
    """Base of every ``mix:...`` class (:func:`mixed_method` builds one per spec)."""

    name = "mix"
    summary = "clients run different methods"
    paper = _PAPER
    #: The members, in the order of the spec.
    members: ClassVar[tuple[Member, ...]] = ()

    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        subs = getattr(self.hp, "member_hparams", ())
        #: One instance per member, built from its slice of the hyperparameters.
        self.methods: list[Method] = [m.cls(h) for m, h in zip(self.members, subs, strict=True)]
        #: Client k runs ``self.methods[self.assignment[k]]`` (set by ``setup``).
        self.assignment: list[int] | None = None

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> Method:
        valid = {f.name for f in dataclasses.fields(cls.Hparams)}
        unknown = sorted(set(values) - valid)
        if unknown:
            raise ConfigError(f"{cls.name}: unknown hyperparameter(s) {unknown}; a mix's are namespaced "
                              f"<method>.<field>; valid: {sorted(valid) or 'none'}")
        return cls(cls.Hparams(**values))

    def _method_of(self, client_id: int) -> int:
        if self.assignment is None:
            raise RuntimeError(f"{self.name}: setup(fed, train) must run before the rounds (it assigns the clients)")
        return self.assignment[client_id]

    # ---- hooks -------------------------------------------------------------------------
    def setup(self, fed: Federation, train: TrainConfig) -> None:
        shares = [m.share for m in self.members]
        self.assignment = assign_methods(fed.num_clients, shares, fed.data_cfg.partition_seed)
        for method in self.methods:
            method.setup(fed, train)

    def init_state(self, global_params: State, num_clients: int) -> MixServerState:
        if self.assignment is None or len(self.assignment) != num_clients:
            raise RuntimeError(f"{self.name}: setup(fed, train) must run before init_state (it assigns the clients)")
        counts = [self.assignment.count(i) for i in range(len(self.methods))]
        return MixServerState([m.init_state(global_params, n) for m, n in zip(self.methods, counts, strict=True)])

    def local_update(self, ctx: ClientContext) -> ClientUpdate:
        i = self._method_of(ctx.client_id)
        method = self.methods[i]
        state = ctx.server_state
        # The member sees its own hooks and server state, as if it ran alone.
        ctx.method = method
        ctx.server_state = state.slots[i] if isinstance(state, MixServerState) else state
        update = method.local_update(ctx)
        update.metrics[f"num_clients_{self.members[i].namespace}"] = 1.0  # summed over a round's clients
        return update

    def aggregate(
        self, global_params: State, updates: Sequence[ClientUpdate], server_state: Any,
        server: ServerRound | None = None,
    ) -> tuple[State, Any]:
        params = weighted_mean([u.params for u in updates], [u.num_samples for u in updates])
        slots = list(server_state.slots)
        for i, (member, method) in enumerate(zip(self.members, self.methods, strict=True)):
            own = [u for u in updates if self._method_of(u.client_id) == i]
            if not own:  # none of its clients ran this round: its state waits
                continue
            view = None if server is None else ServerRound(server.round_idx, server.num_rounds, server.lr)
            _, slots[i] = call_aggregate(method.aggregate, global_params, own, slots[i], view)
            for k, v in ({} if view is None else view.metrics).items():
                server.log(f"{member.namespace}.{k}", v)  # type: ignore[union-attr]
        return params, MixServerState(slots)

    def run_metrics(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for i, (member, method) in enumerate(zip(self.members, self.methods, strict=True)):
            if self.assignment is not None:
                out[f"mix.clients.{member.namespace}"] = float(self.assignment.count(i))
            out.update({f"{member.namespace}.{k}": v for k, v in method.run_metrics().items()})
        out.update({f"mix.client.{k}": float(i) for k, i in enumerate(self.assignment or ())})
        return out

    def assignment_table(self) -> dict[str, Any]:
        """What ``mix_assignment.json`` holds: the members and each client's method."""
        return {
            "spec": self.name,
            "methods": [{"index": i, "name": m.name, "namespace": m.namespace, "share": m.share,
                         "clients": [k for k, j in enumerate(self.assignment or ()) if j == i]}
                        for i, m in enumerate(self.members)],
            "client_method": [self.members[i].name for i in self.assignment or ()],
        }

    def artifacts(self, out_dir: Path) -> list[Path]:
        out_dir = Path(out_dir)
        path = out_dir / ASSIGNMENT_FILE
        path.write_text(json.dumps(self.assignment_table(), indent=1), encoding="utf-8")
        paths = [path]
        for member, method in zip(self.members, self.methods, strict=True):
            sub = out_dir / member.namespace
            sub.mkdir(parents=True, exist_ok=True)
            for p in method.artifacts(sub):  # flat names, prefixed: artifacts are logged by file name
                if Path(p).is_file():
                    dest = out_dir / f"{member.namespace}_{Path(p).name}"
                    shutil.copyfile(p, dest)
                    paths.append(dest)
        return paths

    def __reduce__(self) -> tuple[Any, ...]:
        # Made at run time, so not importable by name: pickled as (spec, hyperparameters).
        return (_rebuild, (self.name, self.hparams_dict()))


_MIXED: dict[str, type[Method]] = {}


def mixed_method(spec: str) -> type[Method]:
    """The class of a ``mix:<method>=<share>:...`` spec (one per canonical spec)."""
    from fblbench.registry import get_method

    entries = parse_mix(spec)
    name = canonical_name(entries)
    if name in _MIXED:
        return _MIXED[name]
    members = []
    for member, share in entries:
        try:
            cls = get_method(member)
        except MethodNotFound as e:
            raise MethodNotFound(f"mix spec {spec.strip()!r}: {e}") from None
        if issubclass(cls, MixedMethod):
            raise ConfigError(f"mix spec {spec.strip()!r}: a mix cannot contain another mix (nested mix)")
        members.append(Member(member, cls, share, namespace(member)))
    parts = ", ".join(f"{m.name} on {m.share:.0%}" for m in members)
    ns = {
        "name": name,
        "summary": f"mixed federation: {parts} of the clients; FedAvg-weighted global model",
        "paper": "; ".join(dict.fromkeys([_PAPER, *(m.cls.paper for m in members if m.cls.paper)])),
        "Hparams": _namespaced_hparams(name, members),
        "members": tuple(members),
        "uses_public_data": any(m.cls.uses_public_data for m in members),
        "__module__": __name__,
        "__doc__": f"Mixed federation {name}.",
    }
    _MIXED[name] = cast(type[Method], type(name, (MixedMethod,), ns))
    return _MIXED[name]


def _rebuild(spec: str, values: dict[str, Any]) -> Method:
    return mixed_method(spec).from_dict(values)


def _rebuild_hparams(spec: str, values: dict[str, Any]) -> Any:
    return mixed_method(spec).Hparams(**values)


def mix_space(cls: type[Method], spaces_dir: Path) -> dict[str, Param]:
    """A mix's search space: the union of its members' spaces (``<member>.yaml``, or
    ``fbl.yaml`` + ``<inner>.yaml`` for ``fbl+<inner>``), each name as ``<ns>.<field>``."""
    from fblbench.tuning.space import method_space

    out: dict[str, Param] = {}
    for m in getattr(cls, "members", ()):
        for key, p in method_space(m.name, m.cls, spaces_dir).items():
            name = f"{m.namespace}.{key}"
            out[name] = dataclasses.replace(p, name=name)
    return out


__all__ = ["ASSIGNMENT_FILE", "MIX_PREFIX", "Member", "MixServerState", "MixedMethod", "assign_methods",
           "canonical_name", "is_mix_spec", "mix_space", "mixed_method", "namespace", "parse_mix", "share_counts"]
