"""The ``fblbench`` command line's grammar: every command's flags, a ``--protocol``'s values as
their defaults (and its per-level values), and what the flags mean for the configs. The
commands themselves live in :mod:`fblbench.cli`."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fblbench.cliflags import add_flags, defaults_from, flagged, given
from fblbench.config import (
    BUDGETS,
    DATASETS,
    DEFAULT_BUDGET,
    PARTITIONS,
    WHERE_SETTINGS,
    DataConfig,
    TrainConfig,
)
from fblbench.errors import EXIT_STATUS_HELP
from fblbench.protocols import PROTOCOLS, level_values, protocol_defaults
from fblbench.tuning.settings import CompareConfig, SweepConfig
from fblbench.validate import finite_float, finite_floats, key_value, names

if TYPE_CHECKING:
    from fblbench.tuning.generators_table import GeneratorsTableConfig


# Passed to build_configs by name, with defaults the CLI always reads (alpha: per command); every
# other data and training flag is an override laid over the budget preset and the protocol.
_KEPT = ("dataset", "partition", "seed")
OVERRIDE_KEYS = tuple(k for cls in (DataConfig, TrainConfig) for k in flagged(cls) if k not in (*_KEPT, "alpha"))
# This machine's settings that compare lays over the stored ones: where its files are, its device and threads.
LOCAL_DATA, LOCAL_TRAIN = tuple(k.removeprefix("data.") for k in WHERE_SETTINGS), ("device", "threads")


def _data_train_flags(p: argparse.ArgumentParser) -> None:
    """Every DataConfig and TrainConfig setting (alpha: each command's own), the presets, the output."""
    g = p.add_argument_group("data")
    add_flags(g, DataConfig, [k for k in flagged(DataConfig) if k != "alpha"], keep=_KEPT, presets=BUDGETS)
    t = p.add_argument_group("training")
    t.add_argument("--protocol", choices=sorted(PROTOCOLS),
                   help="a named set of settings (docs: fblbench/protocols.py); flags given still win")
    t.add_argument("--budget", default=DEFAULT_BUDGET, choices=sorted(BUDGETS),
                   help=f"preset: smoke (seconds), cpu, paper (GPU scale); flags override it (default: {DEFAULT_BUDGET})")
    add_flags(t, TrainConfig, flagged(TrainConfig), keep=_KEPT, presets=BUDGETS)
    add_flags(p.add_argument_group("output"), SweepConfig, ("runs_dir", "mlflow_uri"))


def _level_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--protocol", choices=sorted(PROTOCOLS), help="a named set of settings (its dataset and level)")
    add_flags(p, DataConfig, ("dataset", "partition", "alpha", "classes_per_client"), keep=_KEPT)


def level_tag(args: argparse.Namespace) -> str:
    return DataConfig(**given(args, DataConfig)).partition_tag()


def overrides(args: argparse.Namespace) -> dict[str, Any]:
    out = {k: getattr(args, k) for k in OVERRIDE_KEYS if getattr(args, k, None) is not None}
    by_level = getattr(args, "by_level", None)
    return {**out, "by_level": by_level} if by_level else out


def generators_table_class() -> type[GeneratorsTableConfig]:
    from fblbench.tuning.generators_table import GeneratorsTableConfig

    return GeneratorsTableConfig


def build_parser(protocol: tuple[str, set[str]] | None = None) -> argparse.ArgumentParser:
    """The CLI. ``protocol`` = (name, the command's argument names): its values become defaults."""
    parser = argparse.ArgumentParser(
        prog="fblbench",
        description="Hyperparameter sweeps and fair benchmarks for federated learning on non-IID images.",
        epilog=EXIT_STATUS_HELP,
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="train one federation and print per-round accuracy")
    _data_train_flags(run)
    run.add_argument("--method", default="fedavg", help="name, fbl+<method>, or package.module:Class")
    add_flags(run, DataConfig, ("alpha",))
    run.add_argument("--hp", type=key_value, action="append", default=[], metavar="KEY=VALUE",
                     help="method hyperparameter (repeatable), e.g. --hp mu=0.01")
    run.add_argument("--no-mlflow", action="store_true", help="do not log the run to MLflow")

    sweep = sub.add_parser("sweep", help="run (or resume) an Optuna study per method and heterogeneity level")
    _data_train_flags(sweep)
    add_flags(sweep, SweepConfig, [k for k in flagged(SweepConfig) if k not in ("runs_dir", "mlflow_uri")])
    sweep.add_argument("--quiet", action="store_true", help="no per-round progress lines")

    gt = sub.add_parser("generators-table", help="FedAvg vs FBL with each filler (real = upper bound, ddpm, "
                                                 "augment, ...), N seeds, at the defaults: writes "
                                                 "leaderboards/fbl_generators_<dataset>.md",
                        formatter_class=defaults_from(generators_table_class))
    _data_train_flags(gt)
    gt.add_argument("--alphas", type=finite_floats, help="Dirichlet levels")
    gt.add_argument("--fillers", type=names,
                    help="FBL generators, must include real; a filler may carry FBL switches, e.g. "
                         "ddpm:redraw_synthetic=true:align_shared=false")
    gt.add_argument("--seeds", type=int, help="seeds per method, paired")
    gt.add_argument("--leaderboard-dir", type=Path, help="folder of the table")
    gt.add_argument("--no-mlflow", action="store_true", help="write the file only")

    cmp = sub.add_parser("compare", help="re-run each method's best configuration with N seeds on the test split "
                                         "and write a leaderboard with paired significance tests")
    _level_flags(cmp)
    add_flags(cmp, CompareConfig, flagged(CompareConfig))
    add_flags(cmp, DataConfig, LOCAL_DATA)
    add_flags(cmp, TrainConfig, LOCAL_TRAIN)
    cmp.add_argument("--no-mlflow", action="store_true",
                     help="write the files only (identical reruns already in the MLflow store are still read back)")
    cmp.add_argument("--note", action="append", default=[],
                     help="a line to add under the leaderboard (repeatable), e.g. what the sweep restricted")
    cmp.add_argument("--quiet", action="store_true")

    board = sub.add_parser("leaderboard", help="print the stored leaderboards (files, else MLflow leaderboard runs)")
    board.add_argument("--dataset", default=None, choices=DATASETS)
    board.add_argument("--partition", default=None, choices=PARTITIONS)
    board.add_argument("--alpha", type=finite_float, default=None)
    board.add_argument("--classes-per-client", type=int, default=None)
    board.add_argument("--source", default="auto", choices=("auto", "files", "mlflow"),
                       help="auto (default): the CSV files if any match, else the MLflow store")
    board.add_argument("--leaderboard-dir", type=Path, default=None,
                       help="folder of the CSV files (default <runs-dir>/leaderboards)")
    board.add_argument("--runs-dir", type=Path, default=None)
    board.add_argument("--mlflow-uri")

    meth = sub.add_parser("methods", help="list the methods found (built-ins, bundled baselines, plugins)")
    meth.add_argument("--check", action="store_true",
                      help="import every method class (slower): proves each one loads")

    arc = sub.add_parser("archive", help="save a runs dir's stores as SQL text (to commit beside its leaderboard), "
                                         "or load such an archive into a new runs dir")
    arc.add_argument("action", choices=("save", "load"),
                     help="save: write <folder>/optuna.sql and mlflow.sql; load: rebuild the runs dir's stores")
    arc.add_argument("folder", type=Path, help="the archive's folder")
    arc.add_argument("--runs-dir", type=Path, default=None)

    ui = sub.add_parser("ui", help="start the MLflow UI on the sweep store (single worker) and print its URL")
    ui.add_argument("--runs-dir", type=Path, default=None)
    ui.add_argument("--mlflow-uri")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=5000)
    if protocol is not None:
        name, dests = protocol
        for command in sub.choices.values():
            command.set_defaults(**protocol_defaults(name, dests))
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line's settings. A ``--protocol``'s values become the defaults (flags given
    still win), its per-level values ride along as ``by_level`` for the configs to lay over."""
    args = build_parser().parse_args(argv)
    if not getattr(args, "protocol", None):
        return args
    given = {k for k in OVERRIDE_KEYS if getattr(args, k, None) is not None}
    out = build_parser((args.protocol, set(vars(args)))).parse_args(argv)
    out.by_level = level_values(args.protocol, given)
    return out


__all__ = ["LOCAL_DATA", "LOCAL_TRAIN", "OVERRIDE_KEYS", "build_parser", "generators_table_class", "level_tag",
           "overrides", "parse_args"]
