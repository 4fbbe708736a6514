"""The ``fblbench`` command: builds configs from flags and calls the library, nothing else."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fblbench.config import (
    AUGMENTATIONS,
    BATCH_CLIENTS,
    BUDGET_SWEEP,
    BUDGETS,
    DATASETS,
    GENERATOR_SIZES,
    LR_SCHEDULES,
    MODELS,
    PARTITIONS,
    default_runs_dir,
)
from fblbench.errors import EXIT_INTERRUPTED, EXIT_STATUS_HELP, EXIT_USER_ERROR, ConfigError, FblbenchError
from fblbench.protocols import PROTOCOLS, protocol_defaults
from fblbench.runtime import MALLOC_ENV, auto_threads, note, set_openmp_env, usable_cores
from fblbench.validate import check_args, finite_float, finite_floats, key_value

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


def _names(text: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in text.split(",") if v.strip())


def _data_train_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("data")
    g.add_argument("--dataset", default="eurosat", choices=DATASETS)
    g.add_argument("--data-dir", type=Path, help="dataset root (default: $FBLBENCH_DATA_DIR or ./data)")
    g.add_argument("--cache-dir", type=Path, help="decoded arrays and generators (default: ~/.cache/fblbench)")
    g.add_argument("--download", action="store_true", default=None, help="let torchvision download missing data")
    g.add_argument("--partition", default="dirichlet", choices=PARTITIONS)
    g.add_argument("--classes-per-client", type=int, help="label shards: classes per client")
    g.add_argument("--clients", dest="num_clients", type=int, help="number of clients")
    g.add_argument("--min-client-size", type=int)
    g.add_argument("--partition-seed", type=int, help="seed of the client partition (default 0)")
    g.add_argument("--split-seed", type=int, help="seed of the train/val/test split (default 0)")
    g.add_argument("--resolution", type=int, help="image side in pixels (0 = native)")
    g.add_argument("--max-train", type=int, help="stratified cap on the training set")
    g.add_argument("--max-eval", type=int, help="stratified cap on validation and test sets")
    g.add_argument("--public-fraction", type=finite_float,
                   help="share of the training pool held out as the public pool no client holds (default 0.1)")
    g.add_argument("--generator-size", choices=GENERATOR_SIZES,
                   help="compute of FBL's public-pool generator (default: the budget's)")
    t = p.add_argument_group("training")
    t.add_argument("--protocol", choices=sorted(PROTOCOLS),
                   help="a named set of settings (docs: fblbench/protocols.py); flags given still win")
    t.add_argument("--budget", default="cpu", choices=sorted(BUDGETS),
                   help="preset: smoke (seconds), cpu (default), paper (GPU scale); flags override it")
    t.add_argument("--model", choices=MODELS)
    t.add_argument("--rounds", type=int)
    t.add_argument("--participation", type=finite_float, help="fraction of clients per round")
    t.add_argument("--local-epochs", type=int)
    t.add_argument("--batch-size", type=int)
    t.add_argument("--lr", type=finite_float)
    t.add_argument("--momentum", type=finite_float)
    t.add_argument("--weight-decay", type=finite_float)
    t.add_argument("--test-every", type=int)
    t.add_argument("--lr-schedule", choices=LR_SCHEDULES, help="constant, or cosine decay over the rounds")
    t.add_argument("--augment", choices=AUGMENTATIONS,
                   help="training-time augmentation: crop_flip (pad 4, crop, h-flip), crop_flips (+ v-flip), "
                        "flips (h- and v-flips, no crop)")
    t.add_argument("--batch-clients", choices=BATCH_CLIENTS,
                   help="train a round's clients at once with vmap (auto: on CUDA when the method allows)")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--device", help="auto (default), cpu, cuda, cuda:N")
    t.add_argument("--threads", type=int, help="torch threads per worker (default 0 = usable cores / workers)")
    o = p.add_argument_group("output")
    o.add_argument("--runs-dir", type=Path, default=None,
                   help="folder of the SQLite Optuna/MLflow stores (default: $FBLBENCH_RUNS_DIR or ./fblbench-runs)")
    o.add_argument("--mlflow-uri", help="MLflow tracking URI (default: sqlite:///<runs-dir>/mlflow.db)")


def _level_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--protocol", choices=sorted(PROTOCOLS), help="a named set of settings (its dataset and level)")
    p.add_argument("--dataset", default="eurosat", choices=DATASETS)
    p.add_argument("--partition", default="dirichlet", choices=PARTITIONS)
    p.add_argument("--alpha", type=finite_float, default=None, help="Dirichlet concentration (default 0.1)")
    p.add_argument("--classes-per-client", type=int, default=None, help="label shards: classes per client")


def _level_tag(args: argparse.Namespace) -> str:
    from fblbench.config import DataConfig

    kw: dict[str, Any] = {"dataset": args.dataset, "partition": args.partition}
    if args.alpha is not None:
        kw["alpha"] = args.alpha
    if args.classes_per_client is not None:
        kw["classes_per_client"] = args.classes_per_client
    return DataConfig(**kw).partition_tag()


_OVERRIDE_KEYS = (
    "data_dir", "cache_dir", "download", "classes_per_client", "num_clients", "min_client_size",
    "partition_seed", "split_seed", "resolution", "max_train", "max_eval",
    "public_fraction", "generator_size", "model", "rounds", "participation",
    "local_epochs", "batch_size", "lr", "momentum", "weight_decay", "test_every", "device", "threads",
    "augment", "batch_clients", "lr_schedule",
)


def _overrides(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in _OVERRIDE_KEYS if getattr(args, k, None) is not None}


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
    run.add_argument("--alpha", type=finite_float, default=None, help="Dirichlet concentration (default 0.1)")
    run.add_argument("--hp", type=key_value, action="append", default=[], metavar="KEY=VALUE",
                     help="method hyperparameter (repeatable), e.g. --hp mu=0.01")
    run.add_argument("--no-mlflow", action="store_true", help="do not log the run to MLflow")

    sweep = sub.add_parser("sweep", help="run (or resume) an Optuna study per method and heterogeneity level")
    _data_train_flags(sweep)
    sweep.add_argument("--method", "--methods", dest="methods", type=_names, default=("fedavg",),
                       help="comma-separated methods (default fedavg)")
    sweep.add_argument("--alpha", "--alphas", dest="alphas", type=finite_floats, default=None,
                       help="comma-separated Dirichlet alphas, one study each (default 0.1)")
    sweep.add_argument("--trials", type=int, default=None,
                       help="trials per study (default: the budget's; smoke 3, cpu and paper 100)")
    sweep.add_argument("--storage", help="Optuna storage URL (default: sqlite:///<runs-dir>/optuna.db)")
    sweep.add_argument("--spaces-dir", type=Path,
                       help="folder of search-space YAML files laid over the ones the methods ship, file by file "
                            "(common.yaml, <method>.yaml, fbl+<method>.yaml); default $FBLBENCH_SPACES_DIR, "
                            "else none (docs/methods.md, Search spaces)")
    sweep.add_argument("--pruner", default="median", choices=("median", "hyperband", "none"),
                       help="stop weak trials early (default median; ignored by multi-objective studies)")
    sweep.add_argument("--pruner-warmup", type=int, default=5, help="rounds before a trial may be pruned")
    sweep.add_argument("--pruner-startup", type=int, default=5,
                       help="complete trials before the median pruner starts (default 5)")
    sweep.add_argument("--objective", default="accuracy", choices=("accuracy", "accuracy,synthetic", "accuracy,cost"),
                       help="accuracy (default): maximise validation accuracy. accuracy,synthetic: also minimise "
                            "the synthetic samples trained on (FBL's num_synthetic; 0 for other methods). "
                            "accuracy,cost: also minimise a trial's wall-clock seconds. Multi-objective studies "
                            "keep a Pareto front and cannot prune: pruning is off for them")
    sweep.add_argument("--n-jobs", type=int, default=None,
                       help="worker processes on this machine (default: the budget's; cpu = one per usable core, "
                            "smoke and paper = 1); torch threads are divided among them. "
                            "Other machines join with the same --storage")
    sweep.add_argument("--quiet", action="store_true", help="no per-round progress lines")

    gt = sub.add_parser("generators-table", help="FedAvg vs FBL with each filler (real = upper bound, ddpm, "
                                                 "augment, ...), N seeds, at the defaults: writes "
                                                 "leaderboards/fbl_generators_<dataset>.md")
    _data_train_flags(gt)
    gt.add_argument("--alphas", type=finite_floats, default=(0.1, 0.5), help="Dirichlet levels (default 0.1,0.5)")
    gt.add_argument("--fillers", type=_names, default=("real", "ddpm", "augment"),
                    help="FBL generators, must include real (default real,ddpm,augment); a filler may carry FBL "
                         "switches, e.g. ddpm:redraw_synthetic=true:align_shared=false")
    gt.add_argument("--seeds", type=int, default=3, help="seeds per method (default 3), paired")
    gt.add_argument("--leaderboard-dir", type=Path, default=Path("leaderboards"))
    gt.add_argument("--no-mlflow", action="store_true", help="write the file only")

    cmp = sub.add_parser("compare", help="re-run each method's best configuration with N seeds on the test split "
                                         "and write a leaderboard with paired significance tests")
    _level_flags(cmp)
    cmp.add_argument("--method", "--methods", dest="methods", type=_names, default=(),
                     help="comma-separated methods (default: every method with a study at this level)")
    cmp.add_argument("--seeds", type=int, default=5, help="seeds per method (default 5), paired across methods")
    cmp.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    cmp.add_argument("--reference", default="fbl", help="method the others are tested against (default fbl)")
    cmp.add_argument("--objective", default="accuracy", choices=("accuracy", "accuracy,synthetic", "accuracy,cost"),
                     help="which sweep's studies to read (default accuracy)")
    cmp.add_argument("--storage", help="Optuna storage URL (default: sqlite:///<runs-dir>/optuna.db)")
    cmp.add_argument("--leaderboard-dir", type=Path, default=None,
                     help="where <dataset>-<level>.md/.csv go (default <runs-dir>/leaderboards)")
    cmp.add_argument("--data-dir", type=Path, help="dataset root on this machine (default: $FBLBENCH_DATA_DIR)")
    cmp.add_argument("--cache-dir", type=Path)
    cmp.add_argument("--device", help="auto (default), cpu, cuda, cuda:N")
    cmp.add_argument("--threads", type=int, help="torch threads (default 0 = all usable cores)")
    cmp.add_argument("--runs-dir", type=Path, default=None)
    cmp.add_argument("--mlflow-uri")
    cmp.add_argument("--no-mlflow", action="store_true", help="write the files only")
    cmp.add_argument("--note", action="append", default=[],
                     help="a line to add under the leaderboard (repeatable), e.g. what the sweep restricted")
    cmp.add_argument("--allow-unequal-effort", action="store_true",
                     help="compare methods whose studies hold different counted trials or searched the shared "
                          "settings over different ranges (refused by default); the table is flagged")
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
        **_overrides(args),
    )
    cls = get_method(args.method)
    method = cls.from_dict(coerce_hparams(args.method, cls.Hparams, args.hp))
    runs_dir = args.runs_dir or default_runs_dir()
    tracker = None
    if not args.no_mlflow:
        from fblbench.tracking.mlflow_log import Tracker, sqlite_uri
        from fblbench.tuning.coordination import database_url

        runs_dir.mkdir(parents=True, exist_ok=True)
        tracker = Tracker(database_url(args.mlflow_uri or sqlite_uri(runs_dir / "mlflow.db")), runs_dir / "mlartifacts")
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


def sweep_defaults(budget: str, trials: int | None, n_jobs: int | None) -> tuple[int, int]:
    """(trials, workers): the flags where given, else the budget's (workers 0 = one per usable core)."""
    preset = BUDGET_SWEEP[budget]
    return (preset["trials"] if trials is None else trials,
            (preset["workers"] or usable_cores()) if n_jobs is None else n_jobs)


def cmd_sweep(args: argparse.Namespace) -> int:
    args.trials, args.n_jobs = sweep_defaults(args.budget, args.trials, args.n_jobs)
    note(f"fblbench sweep: {','.join(args.methods)} on {args.dataset} ({args.budget} budget, {args.trials} trials, "
         f"{args.n_jobs} worker{'s' if args.n_jobs > 1 else ''} x {auto_threads(args.n_jobs, args.threads)} "
         "thread(s)); checking the search spaces and stores ...")
    from fblbench.tuning.report import print_best_trials
    from fblbench.tuning.study import SweepConfig, run_sweep

    kw: dict[str, Any] = {}
    if args.spaces_dir is not None:
        kw["spaces_dir"] = args.spaces_dir
    if args.runs_dir is not None:
        kw["runs_dir"] = args.runs_dir
    alphas = args.alphas or (0.1,)
    if args.partition != "dirichlet" and len(alphas) > 1:
        raise ConfigError(f"--alphas applies to --partition dirichlet only, but got {len(alphas)} alphas "
                          f"with --partition {args.partition}")
    cfg = SweepConfig(
        dataset=args.dataset,
        methods=args.methods,
        partition=args.partition,
        alphas=alphas,
        trials=args.trials,
        budget=args.budget,
        seed=args.seed,
        storage=args.storage,
        mlflow_uri=args.mlflow_uri,
        pruner=args.pruner,
        pruner_warmup_rounds=args.pruner_warmup,
        pruner_startup_trials=args.pruner_startup,
        objective=args.objective,
        n_jobs=args.n_jobs,
        overrides=_overrides(args),
        progress=not args.quiet,
        **kw,
    )
    summaries = run_sweep(cfg)
    for s in summaries:
        print_best_trials(s.study)
    from fblbench.tuning.coordination import redact

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


def cmd_ui(args: argparse.Namespace) -> int:
    from fblbench.tracking.mlflow_log import Tracker, sqlite_uri
    from fblbench.tuning.coordination import database_url
    from fblbench.ui import check_port, serve

    runs_dir = args.runs_dir or default_runs_dir()
    uri = database_url(args.mlflow_uri or sqlite_uri(runs_dir / "mlflow.db"))
    if uri.startswith("sqlite") and not (runs_dir / "mlflow.db").exists():
        raise ConfigError(f"no MLflow store at {runs_dir / 'mlflow.db'}: run a sweep first or pass --runs-dir")
    check_port(args.host, args.port)
    tracker = Tracker(uri)
    tracker.check()
    return serve(uri, args.host, args.port, runs_dir / "mlartifacts" if uri.startswith("sqlite") else None, tracker)


def cmd_compare(args: argparse.Namespace) -> int:
    from fblbench.tracking.leaderboard import print_table, read_csv, to_csv
    from fblbench.tuning.compare import CompareConfig, run_compare

    kw: dict[str, Any] = {}
    if args.runs_dir is not None:
        kw["runs_dir"] = args.runs_dir
    args.threads = auto_threads(1, args.threads)
    note(f"fblbench compare: {args.dataset} {_level_tag(args)}, {args.seeds} seeds, {args.threads} thread(s) ...")
    local = {k: getattr(args, k) for k in ("data_dir", "cache_dir", "device", "threads")}
    cfg = CompareConfig(
        dataset=args.dataset, partition=_level_tag(args), methods=args.methods, seeds=args.seeds, seed=args.seed,
        reference=args.reference, objective=args.objective, storage=args.storage, mlflow_uri=args.mlflow_uri,
        leaderboard_dir=args.leaderboard_dir, local=local, command=args.command_line, progress=not args.quiet,
        log_mlflow=not args.no_mlflow, notes=tuple(args.note), allow_unequal_effort=args.allow_unequal_effort,
        **kw,
    )
    board, paths = run_compare(cfg)
    print_table(read_csv(to_csv(board), " and ".join(str(p) for p in paths)))
    print("written: " + " and ".join(str(p) for p in paths))
    return 0


def cmd_generators_table(args: argparse.Namespace) -> int:
    from fblbench.tuning.generators_table import GeneratorsTableConfig, run_generators_table

    args.threads = auto_threads(1, args.threads)
    kw: dict[str, Any] = {} if args.runs_dir is None else {"runs_dir": args.runs_dir}
    cfg = GeneratorsTableConfig(
        dataset=args.dataset, alphas=args.alphas, fillers=args.fillers, seeds=args.seeds, seed=args.seed,
        budget=args.budget, overrides={**_overrides(args), "partition": "dirichlet"},
        leaderboard_dir=args.leaderboard_dir, mlflow_uri=args.mlflow_uri, log_mlflow=not args.no_mlflow,
        command=args.command_line, **kw,
    )
    note(f"fblbench generators-table: {args.dataset}, alphas {args.alphas}, {args.seeds} seeds, "
         f"{args.threads} thread(s) ...")
    path = run_generators_table(cfg, say=note)
    print(path.read_text())
    print(f"written: {path}")
    return 0


def cmd_leaderboard(args: argparse.Namespace) -> int:
    from fblbench.tracking.leaderboard import print_table, read_dir
    from fblbench.tracking.mlflow_log import sqlite_uri

    dataset = args.dataset
    level = _level_tag(args) if args.partition else None
    tables = []
    runs_dir = args.runs_dir or default_runs_dir()
    folder = args.leaderboard_dir or runs_dir / "leaderboards"
    if args.source in ("auto", "files"):
        pattern = f"{dataset or '*'}-{level or '*'}.csv"
        tables = read_dir(folder, pattern) if folder.is_dir() else []
        print(f"reading {folder.resolve() / pattern}: {len(tables)} leaderboard(s)")
    if not tables and args.source in ("auto", "mlflow"):
        uri = args.mlflow_uri or sqlite_uri(runs_dir / "mlflow.db")
        if uri.startswith("sqlite") and not (runs_dir / "mlflow.db").exists():
            if args.source == "mlflow":
                raise ConfigError(f"no MLflow store at {runs_dir / 'mlflow.db'}: pass --runs-dir or --mlflow-uri")
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


COMMANDS = {"run": cmd_run, "sweep": cmd_sweep, "compare": cmd_compare, "generators-table": cmd_generators_table,
            "leaderboard": cmd_leaderboard,
            "methods": cmd_methods, "ui": cmd_ui}


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
        if _command(argv) in TRAINING_COMMANDS:
            set_openmp_env()  # before torch loads OpenMP; the re-exec and spawned workers inherit it
        _maybe_reexec(argv)
    args = build_parser().parse_args(argv)
    if getattr(args, "protocol", None):  # its values become the defaults; flags given still win
        args = build_parser((args.protocol, set(vars(args)))).parse_args(argv)
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
        print("interrupted; run the same command again to resume", file=sys.stderr)
        # 128 + the signal's number, as a shell reports it: 130 for Ctrl-C, 143 for SIGTERM.
        signum = getattr(e, "signum", None)
        return EXIT_INTERRUPTED if signum is None else 128 + int(signum)
    except Exception as e:
        known = describe(e)
        if known is None:
            raise
        print(f"error: {known[1]}", file=sys.stderr)
        return known[0]
