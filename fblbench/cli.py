"""The ``fblbench`` command: builds configs from flags and calls the library, nothing else."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from fblbench.cliflags import given
from fblbench.cliparser import (
    LOCAL_DATA,
    LOCAL_TRAIN,
    generators_table_class,
    level_tag,
    overrides,
    parse_args,
)
from fblbench.config import default_runs_dir
from fblbench.errors import EXIT_INTERRUPTED, EXIT_USER_ERROR, ConfigError, FblbenchError
from fblbench.protocols import PROTOCOLS
from fblbench.runtime import MALLOC_ENV, auto_threads, note, set_openmp_env
from fblbench.tuning.settings import CompareConfig, SweepConfig, store_url, sweep_defaults
from fblbench.validate import check_args, check_folder

if TYPE_CHECKING:
    from fblbench.tuning.generators_table import GeneratorsTableConfig

# Only these commands train; the others start without the re-exec and without torch.
TRAINING_COMMANDS = ("run", "sweep", "compare", "generators-table")
REEXEC_MARK = "FBLBENCH_MALLOC_TUNED"


def _command(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line (the first word that is not a flag)."""
    return next((a for a in argv if not a.startswith("-")), None)


def _maybe_reexec(argv: Sequence[str]) -> None:
    """Restart the interpreter once with the allocator settings (opt out: FBLBENCH_NO_MALLOC_TUNING=1)."""
    if (
        sys.platform != "linux"
        or _command(argv) not in TRAINING_COMMANDS
        or os.environ.get(REEXEC_MARK)
        or os.environ.get("FBLBENCH_NO_MALLOC_TUNING")
        or all(os.environ.get(k) for k in MALLOC_ENV)
    ):
        return
    env = {**os.environ, **{k: os.environ.get(k, v) for k, v in MALLOC_ENV.items()}, REEXEC_MARK: "1"}
    sys.stdout.flush()
    os.execve(sys.executable, [sys.executable, "-m", "fblbench", *argv], env)


def cmd_run(args: argparse.Namespace) -> int:
    args.threads = auto_threads(1, args.threads)
    note(f"fblbench run: {args.method} on {args.dataset} ({args.budget} budget, {args.threads} thread"
         f"{'s' if args.threads > 1 else ''}); loading the data ...")
    from fblbench.config import build_configs
    from fblbench.engine.loop import RoundReport, build_federation
    from fblbench.registry import get_method
    from fblbench.tuning import signals
    from fblbench.tuning.runlog import Destination, run_and_log
    from fblbench.validate import coerce_hparams

    data_cfg, train_cfg = build_configs(
        args.budget, dataset=args.dataset, partition=args.partition, alpha=args.alpha, seed=args.seed,
        **overrides(args),
    )
    cls = get_method(args.method)
    method = cls.from_dict(coerce_hparams(args.method, cls.Hparams, args.hp))
    runs_dir = args.runs_dir or default_runs_dir()
    tracker = None
    if not args.no_mlflow:
        from fblbench.tracking.mlflow_log import Tracker

        runs_dir.mkdir(parents=True, exist_ok=True)
        tracker = Tracker(store_url(args.mlflow_uri, runs_dir, "mlflow.db"), runs_dir / "mlartifacts")
        tracker.check()
    fed = build_federation(data_cfg, train_cfg)
    print(f"{data_cfg.dataset} {data_cfg.partition_tag()}: {fed.num_clients} clients, "
          f"{len(fed.splits.train_y)} train / {len(fed.splits.val_y)} val / {len(fed.splits.test_y)} test images "
          f"at {fed.splits.resolution}px, method {args.method}, device {fed.device}", flush=True)
    dest = None
    if tracker is not None:
        from fblbench.tuning.plan import experiment_name

        dest = Destination(tracker, tracker.experiment(experiment_name(data_cfg)), f"run-{args.method}-seed{args.seed}",
                           "run")

    def show(r: RoundReport) -> None:
        test = f"  test_acc {r.test_acc:.4f}" if r.test_acc is not None else ""
        print(f"round {r.round:3d}/{r.num_rounds}  val_acc {r.val_acc:.4f}{test}  "
              f"train_loss {r.train_loss:.4f}  {r.seconds:.1f}s", flush=True)

    with signals.handling():  # SIGTERM ends the MLflow run as KILLED, as Ctrl-C does
        logged = run_and_log(fed, data_cfg, train_cfg, method, args.method, dest,
                             f"{args.method} {data_cfg.partition_tag()}", callbacks=[show])
    final = logged.result.final
    print(f"final: val_acc {final.val_acc:.4f}  test_acc {final.test_acc:.4f}")
    if tracker is not None:
        print(f"logged to MLflow: {tracker.uri} (run {logged.run_id}); browse with: fblbench ui"
              + (f" --runs-dir {runs_dir}" if args.runs_dir else ""))
    return 0


def sweep_config(args: argparse.Namespace) -> SweepConfig:
    """The sweep the flags describe: the flags given (or set by a protocol), SweepConfig's defaults for the rest."""
    protocol_alphas = PROTOCOLS[args.protocol].values.get("alphas") if getattr(args, "protocol", None) else None
    if args.partition != "dirichlet" and args.alphas is not None and tuple(args.alphas) == protocol_alphas:
        args.alphas = args.alphas[:1]  # the protocol's Dirichlet levels: one study at a level without alpha
    if args.partition != "dirichlet" and args.alphas is not None and len(args.alphas) > 1:
        raise ConfigError(f"--alphas applies to --partition dirichlet only, but got {len(args.alphas)} alphas "
                          f"with --partition {args.partition}")
    return SweepConfig(**{**given(args, SweepConfig), "overrides": overrides(args), "progress": not args.quiet})


def cmd_sweep(args: argparse.Namespace) -> int:
    trials, n_jobs = sweep_defaults(args.budget, args.trials, args.n_jobs)  # as SweepConfig resolves them
    note(f"fblbench sweep: {','.join(args.methods or SweepConfig.methods)} on {args.dataset} ({args.budget} "
         f"budget, {trials} trials, {n_jobs} worker{'s' if n_jobs > 1 else ''} x {auto_threads(n_jobs, args.threads)} "
         "thread(s)); checking the search spaces and stores ...")
    from fblbench.tuning.report import print_best_trials
    from fblbench.tuning.study import run_sweep

    cfg = sweep_config(args)
    summaries = run_sweep(cfg)
    for s in summaries:
        print_best_trials(s.study)
    from fblbench.tuning.database import redact

    browse = (cfg.tracking_uri() if cfg.tracking_uri().startswith(("http:", "https:")) else
              "fblbench ui" + (f" --runs-dir {args.runs_dir}" if args.runs_dir else "")
              + (f" --mlflow-uri {redact(cfg.tracking_uri())}" if args.mlflow_uri else ""))
    print(f"\nOptuna storage: {redact(cfg.storage_url())}\nMLflow store:   {redact(cfg.tracking_uri())}\n"
          f"Browse: {browse}")
    return 0


def cmd_methods(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from fblbench.registry import describe_methods

    table = Table("name", "source", "summary", "hyperparameters")
    for m in describe_methods(imports=args.check):
        if m.error:
            table.add_row(m.name, m.spec, f"[red]cannot load: {escape(m.error)}[/red]", "")
        else:
            table.add_row(m.name, m.spec, escape(m.summary), escape(", ".join(f"{k}={v}" for k, v in m.hparams)))
    Console(width=200).print(table)
    return 0


def _mlflow_store(given: str | None, runs_dir: Path) -> tuple[str, Path | None]:
    """The MLflow store's URI (``--mlflow-uri``, else ``<runs_dir>/mlflow.db``) and the SQLite
    file it names (None: a server or another database), for the "no store there" check."""
    uri = store_url(given, runs_dir, "mlflow.db")
    return uri, Path(uri.removeprefix("sqlite:///")) if uri.startswith("sqlite:///") else None


def cmd_ui(args: argparse.Namespace) -> int:
    from fblbench.tracking.mlflow_log import Tracker
    from fblbench.ui import check_port, serve

    runs_dir = args.runs_dir or default_runs_dir()
    uri, db = _mlflow_store(args.mlflow_uri, runs_dir)
    if db is not None and not db.exists():
        raise ConfigError(f"no MLflow store at {db}: run a sweep first or pass --runs-dir")
    check_port(args.host, args.port)
    tracker = Tracker(uri)
    tracker.check()
    return serve(uri, args.host, args.port, runs_dir / "mlartifacts" if uri.startswith("sqlite") else None, tracker)


def compare_config(args: argparse.Namespace) -> CompareConfig:
    """The comparison the flags describe: the flags given, CompareConfig's defaults for the rest."""
    return CompareConfig(**{
        **given(args, CompareConfig), "partition": level_tag(args),
        "local": {k: getattr(args, k) for k in (*LOCAL_DATA, *LOCAL_TRAIN)}, "command": args.command_line,
        "progress": not args.quiet, "log_mlflow": not args.no_mlflow, "notes": tuple(args.note)})


def cmd_compare(args: argparse.Namespace) -> int:
    args.threads = auto_threads(getattr(args, "n_jobs", None) or 1, args.threads)  # per rerun process
    cfg = compare_config(args)
    note(f"fblbench compare: {cfg.dataset} {cfg.partition}, {cfg.seeds} seeds, {args.threads} thread(s) ...")
    from fblbench.tracking.board_view import print_table, read_csv
    from fblbench.tracking.leaderboard import to_csv
    from fblbench.tuning.compare import run_compare

    board, paths = run_compare(cfg)
    print_table(read_csv(to_csv(board), " and ".join(str(p) for p in paths)))
    print("written: " + " and ".join(str(p) for p in paths))
    return 0


def generators_table_config(args: argparse.Namespace) -> GeneratorsTableConfig:
    """The table the flags describe: the flags given, GeneratorsTableConfig's defaults for the rest."""
    cls = generators_table_class()
    return cls(**{**given(args, cls), "overrides": {**overrides(args), "partition": "dirichlet"},
                  "log_mlflow": not args.no_mlflow, "command": args.command_line})


def cmd_generators_table(args: argparse.Namespace) -> int:
    from fblbench.tuning.generators_table import run_generators_table

    args.threads = auto_threads(1, args.threads)
    cfg = generators_table_config(args)
    check_folder(cfg.leaderboard_dir, "--leaderboard-dir")
    note(f"fblbench generators-table: {cfg.dataset}, alphas {cfg.alphas}, {cfg.seeds} seeds, "
         f"{args.threads} thread(s) ...")
    path = run_generators_table(cfg, say=note)
    print(path.read_text())
    print(f"written: {path}")
    return 0


def cmd_leaderboard(args: argparse.Namespace) -> int:
    from fblbench.tracking.board_view import print_table, read_dir

    dataset = args.dataset
    level = level_tag(args) if args.partition else None
    tables = []
    runs_dir = args.runs_dir or default_runs_dir()
    folder = args.leaderboard_dir or runs_dir / "leaderboards"
    if args.source in ("auto", "files"):
        pattern = f"{dataset or '*'}-{level or '*'}.csv"
        tables = read_dir(folder, pattern) if folder.is_dir() else []
        print(f"reading {folder.resolve() / pattern}: {len(tables)} leaderboard(s)")
    if not tables and args.source in ("auto", "mlflow"):
        uri, db = _mlflow_store(args.mlflow_uri, runs_dir)
        if db is not None and not db.exists():
            if args.source == "mlflow":
                raise ConfigError(f"no MLflow store at {db}: pass --runs-dir or --mlflow-uri")
        else:
            from fblbench.tuning.compare import stored_leaderboards

            tables = stored_leaderboards(uri, dataset, level)
    if not tables:
        where = {"files": f"{folder}", "mlflow": "the MLflow store"}.get(args.source, f"{folder} or the MLflow store")
        raise ConfigError(f"no leaderboard found in {where}" + (f" for {dataset}" if dataset else "")
                          + (f" {level}" if level else "") + ": run `fblbench compare` first")
    for t in tables:
        print_table(t)
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    from fblbench.tracking import archive

    runs_dir = args.runs_dir or default_runs_dir()
    if args.action == "save":
        check_folder(args.folder, "the archive folder")
        paths = archive.save(runs_dir, args.folder)
    else:
        check_folder(runs_dir, "--runs-dir")
        paths = archive.load(args.folder, runs_dir)
    print(("written: " if args.action == "save" else "loaded: ") + ", ".join(str(p) for p in paths))
    return 0


COMMANDS = {"run": cmd_run, "sweep": cmd_sweep, "compare": cmd_compare, "generators-table": cmd_generators_table,
            "leaderboard": cmd_leaderboard,
            "methods": cmd_methods, "ui": cmd_ui, "archive": cmd_archive}


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
        if _command(argv) in TRAINING_COMMANDS:
            set_openmp_env()  # before torch loads OpenMP; the re-exec and spawned workers inherit it
        _maybe_reexec(argv)
    args = parse_args(argv)
    if getattr(args, "protocol", None):
        note(f"protocol {args.protocol}: {PROTOCOLS[args.protocol].about}")
    import shlex

    args.command_line = "fblbench " + shlex.join(argv)
    from fblbench.outage import describe, quiet_outage_logs

    quiet_outage_logs()
    try:
        check_args(args, writes=args.command in TRAINING_COMMANDS)
        return COMMANDS[args.command](args)
    except FblbenchError as e:
        print(f"error: {e}", file=sys.stderr)
        return int(getattr(e, "exit_code", EXIT_USER_ERROR))  # OutageError: 3 or 4
    except KeyboardInterrupt as e:
        # A sweep, compare or generators table keeps what finished; a single run keeps no checkpoint.
        again = ("run the same command again to start it over (a single run keeps no checkpoint)"
                 if args.command == "run" else "run the same command again to resume")
        print(f"interrupted; {again}", file=sys.stderr)
        # 128 + the signal's number, as a shell reports it: 130 for Ctrl-C, 143 for SIGTERM.
        signum = getattr(e, "signum", None)
        return EXIT_INTERRUPTED if signum is None else 128 + int(signum)
    except Exception as e:
        known = describe(e)
        if known is None:
            raise
        print(f"error: {known[1]}", file=sys.stderr)
        return known[0]
