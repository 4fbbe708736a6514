"""Frozen, validated configuration records and the budget presets.

Every setting is defined once here: its default and its help text in one ``setting(...)``,
with a comment saying why it has that default. The CLI builds its flags from these fields
(:mod:`fblbench.cliflags`) and only overrides. Method hyperparameters live in each method's
own ``Hparams`` dataclass, search ranges in ``search_spaces/*.yaml``.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from fblbench.errors import ConfigError

DATASETS = ("eurosat", "cifar10", "imagefolder")
PARTITIONS = ("iid", "dirichlet", "shards")
MODELS = ("simple_cnn", "resnet18")
# Training-time augmentations (fblbench/engine/augment.py).
AUGMENTATIONS = ("none", "crop_flip", "crop_flips", "flips")
LR_SCHEDULES = ("constant", "cosine")
BATCH_CLIENTS = ("auto", "on", "off")
# How much compute the public-pool generator gets; the numbers live in
# fblbench.fbl.generators.sizes.GENERATOR_SIZES (one home), the budget presets pick one.
GENERATOR_SIZES = ("smoke", "cpu", "paper")

DATA_DIR_ENV = "FBLBENCH_DATA_DIR"
CACHE_DIR_ENV = "FBLBENCH_CACHE_DIR"
RUNS_DIR_ENV = "FBLBENCH_RUNS_DIR"


def default_data_dir() -> Path:
    """``$FBLBENCH_DATA_DIR`` if set, else ``./data``."""
    return Path(os.environ.get(DATA_DIR_ENV, "data"))


def default_cache_dir() -> Path:
    """``$FBLBENCH_CACHE_DIR`` if set, else ``~/.cache/fblbench`` (decoded arrays, generators)."""
    env = os.environ.get(CACHE_DIR_ENV)
    return Path(env) if env else Path.home() / ".cache" / "fblbench"


def default_runs_dir() -> Path:
    """``$FBLBENCH_RUNS_DIR`` if set, else ``./fblbench-runs`` (Optuna + MLflow SQLite files)."""
    return Path(os.environ.get(RUNS_DIR_ENV, "fblbench-runs"))


def _check(cond: bool, msg: str) -> None:
    if not cond:
        raise ConfigError(msg)


def setting(default: Any = MISSING, help: str = "", *, factory: Callable[[], Any] | None = None,
            choices: Sequence[str] = (), flags: Sequence[str] = (), unset: str = "") -> Any:
    """A dataclass field that is a command-line setting: its ``--flag`` (:mod:`fblbench.cliflags`)
    is built from the field, so the default and the help text live only here.

    ``help`` says what the setting is (a field without one has no flag); ``factory`` is a
    ``default_factory`` whose docstring's first line the help shows as the default; ``choices``
    the values it takes; ``flags`` more spellings of the flag; ``unset`` what a default of
    None (or an empty tuple) means.
    """
    meta = {"help": help, "choices": tuple(choices), "flags": tuple(flags), "unset": unset}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class DataConfig:
    """What data a federation sees and how it is split among clients."""

    dataset: str = setting("eurosat", "the dataset (imagefolder: your own images under --data-dir)",
                           choices=DATASETS)
    # None = the dataset's native size (EuroSAT 64, CIFAR-10 32); budgets and protocols set one.
    resolution: int | None = setting(None, "image side in pixels (0 = the dataset's native size)",
                                     unset="native")
    partition: Literal["iid", "dirichlet", "shards"] = setting("dirichlet", "how the clients' labels differ",
                                                               choices=PARTITIONS)
    # 0.1 is the "strongly non-IID" level most FL papers report.
    alpha: float = setting(0.1, "Dirichlet concentration (smaller = more skewed)")
    # Label shards: number of distinct classes each client holds.
    classes_per_client: int = setting(2, "label shards: classes per client")
    num_clients: int = setting(10, "number of clients", flags=("--clients",))
    # Every client gets at least this many training samples (Dirichlet fix-up guarantees it).
    min_client_size: int = setting(10, "training samples every client holds at least")
    # Seed of the partition. Fixed per study, so every method and trial sees the same clients.
    partition_seed: int = setting(0, "seed of the client partition")
    # Seed of the train/val/test split of datasets without an official split (EuroSAT, imagefolder).
    split_seed: int = setting(0, "seed of the train/val/test split")
    # Fraction of the training pool held out as the validation split for hyperparameter search.
    val_fraction: float = setting(0.1, "share held out as the validation split sweeps select on (of the "
                                       "official training set where the dataset has one)")
    # Fraction of the data used as test split where the dataset has none (EuroSAT: 20%).
    test_fraction: float = setting(0.2, "share of the data held out as the test split where the dataset has "
                                        "no official one (EuroSAT, imagefolder)")
    # Public pool: a seeded stratified share of the training pool (after val/test are held
    # out, before max_train) that no client holds. It is the offline stand-in for the outside
    # knowledge of FBL's pretrained generator; only methods with uses_public_data read it.
    # Removed for every method, so all methods of a study see the same clients. 0.1 gives
    # EuroSAT 1,890 images (189 a class), CIFAR-10 4,500: enough to pretrain a small DDPM.
    public_fraction: float = setting(0.1, "share of the training pool held out as the public pool no client "
                                          "holds (0 = none)")
    # Generator compute (a key of GENERATOR_SIZES); the smoke preset trains it in seconds.
    generator_size: str = setting("cpu", "compute of FBL's public-pool generator", choices=GENERATOR_SIZES)
    # Cap on train / val / test sizes (stratified subsample): the smoke preset uses it.
    max_train: int | None = setting(None, "stratified cap on the training set", unset="no cap")
    max_eval: int | None = setting(None, "stratified cap on the validation and test sets", unset="no cap")
    data_dir: Path = setting(help="dataset root", factory=default_data_dir)
    cache_dir: Path = setting(help="cache folder", factory=default_cache_dir)
    # Let torchvision download EuroSAT / CIFAR-10 when missing (needs internet).
    download: bool = setting(False, "let torchvision download missing data")

    def __post_init__(self) -> None:
        _check(
            self.dataset in DATASETS,
            f"dataset must be one of {', '.join(DATASETS)}, but got {self.dataset!r} "
            "(use imagefolder with --data-dir for your own images)",
        )
        _check(
            self.partition in PARTITIONS,
            f"partition must be one of {', '.join(PARTITIONS)}, but got {self.partition!r}",
        )
        _check(
            math.isfinite(self.alpha) and self.alpha > 0,
            f"alpha must be > 0 and finite (Dirichlet concentration; smaller = more skewed), "
            f"but got alpha={self.alpha}",
        )
        _check(self.num_clients >= 1, f"num_clients must be >= 1, but got {self.num_clients}")
        _check(
            self.classes_per_client >= 1,
            f"classes_per_client must be >= 1, but got {self.classes_per_client}",
        )
        _check(self.min_client_size >= 1, f"min_client_size must be >= 1, but got {self.min_client_size}")
        _check(
            0 < self.val_fraction < 1 and 0 < self.test_fraction < 1
            and self.val_fraction + self.test_fraction < 1,
            "val_fraction and test_fraction must lie in (0, 1) and sum to < 1, but got "
            f"val_fraction={self.val_fraction}, test_fraction={self.test_fraction}",
        )
        _check(
            0 <= self.public_fraction < 1,
            f"public_fraction must lie in [0, 1) (0 = no public pool), but got {self.public_fraction}",
        )
        _check(
            self.generator_size in GENERATOR_SIZES,
            f"generator_size must be one of {', '.join(GENERATOR_SIZES)}, but got {self.generator_size!r}",
        )
        _check(
            self.resolution is None or 8 <= self.resolution <= 512,
            f"resolution must be between 8 and 512 pixels, but got {self.resolution}",
        )
        for name in ("max_train", "max_eval"):
            v = getattr(self, name)
            _check(v is None or v >= 10, f"{name} must be >= 10 or unset, but got {v}")

    def partition_tag(self) -> str:
        """Short name of the heterogeneity level, used in study and file names."""
        if self.partition == "dirichlet":
            return f"dir{self.alpha:g}"
        if self.partition == "shards":
            return f"shards{self.classes_per_client}"
        return "iid"


@dataclass(frozen=True)
class TrainConfig:
    """How the federation trains: the round loop and the local SGD loop."""

    model: str = setting("simple_cnn", "the network every client trains", choices=MODELS)
    rounds: int = setting(20, "federated rounds")
    # Fraction of clients sampled each round (1.0 = all, the NIID-Bench protocol).
    participation: float = setting(1.0, "fraction of clients per round")
    local_epochs: int = setting(1, "epochs each client trains per round")
    batch_size: int = setting(64, "local batch size")
    lr: float = setting(0.01, "local SGD learning rate")
    # NIID-Bench and MOON use SGD with momentum 0.9 and weight decay 1e-5.
    momentum: float = setting(0.9, "local SGD momentum")
    # Learning rate over rounds: constant (NIID-Bench) or cosine (lr * (1 + cos(pi * r / R)) / 2
    # in round r of R, every param group scaled alike), which converges in fewer rounds.
    lr_schedule: str = setting("constant", "constant, or cosine decay over the rounds", choices=LR_SCHEDULES)
    weight_decay: float = setting(1e-5, "local SGD weight decay")
    # Each local step's gradient scaled down to this L2 norm when above it (over every
    # trained parameter, after the method's gradient edits; torch's clip_grad_norm_), 0 = off.
    # A stabiliser for rare single-client blow-ups (FedDyn's reference code clips at 10 for
    # every method); the *-niid-recipe protocols use it (fblbench/protocols.py).
    clip_grad_norm: float = setting(0.0, "clip each local step's gradient to this L2 norm (0 = off)")
    # Evaluate on the validation split every round (pruning needs it); the test split only
    # every `test_every` rounds (enough for curves and the last-rounds convergence check)
    # and always at the last round: sweeps choose by validation, so per-round test
    # evaluation was a quarter of a trial's time for nothing.
    test_every: int = setting(5, "evaluate on the test split every N rounds and at the last")
    seed: int = setting(0, "seed of the model initialisation and the client sampling")
    device: str = setting("auto", "auto, cpu, cuda or cuda:N")
    # Torch intra-op threads; 0 = auto: usable cores / workers (fblbench.runtime.auto_threads),
    # so parallel workers never oversubscribe the machine.
    threads: int = setting(0, "torch threads per worker (0 = usable cores / workers)")
    # Training-time augmentation of every local batch (fblbench/engine/augment.py): none,
    # crop_flip (reflect-pad 4 + random crop + horizontal flip: NIID-Bench's CIFAR-10 recipe)
    # crop_flips (also vertical flips, for aerial images) or flips (horizontal and vertical
    # flips, no crop). Off by default; budgets and protocols that use it turn it on.
    augment: str = setting("none", "training-time augmentation: crop_flip (pad 4, crop, h-flip), crop_flips "
                                   "(+ v-flip), flips (h- and v-flips, no crop)", choices=AUGMENTATIONS)
    # channels_last memory format: ~1.6x faster convolutions on CPU here.
    channels_last: bool = setting(True, "channels_last memory format for images and models")
    # Train a round's clients at once (vmap over stacked weights, fblbench/engine/batched.py).
    # auto = on CUDA when the method's client side is FedAvg's (FedAvg, FedAvgM, FedAdam) and the
    # model has no BatchNorm (vmap refused cuDNN's there: ResNet-18); on CPU one client at a time
    # was faster (batched 0.77x for simple_cnn, 0.42x for resnet18 at 1 thread,
    # benchmarks/batched_clients.py). on = required (ConfigError when impossible).
    batch_clients: Literal["auto", "on", "off"] = setting(
        "auto", "train a round's clients at once with vmap (auto: on CUDA when the method allows)",
        choices=BATCH_CLIENTS)

    def lr_at(self, round_idx: int) -> float:
        """The learning rate of round ``round_idx`` (0-based) under ``lr_schedule``."""
        if self.lr_schedule == "cosine":
            return self.lr * 0.5 * (1.0 + math.cos(math.pi * round_idx / self.rounds))
        return self.lr

    def __post_init__(self) -> None:
        _check(self.model in MODELS, f"model must be one of {', '.join(MODELS)}, but got {self.model!r}")
        _check(self.rounds >= 1, f"rounds must be >= 1, but got {self.rounds}")
        _check(
            0 < self.participation <= 1,
            f"participation must lie in (0, 1], but got {self.participation}",
        )
        _check(self.local_epochs >= 1, f"local_epochs must be >= 1, but got {self.local_epochs}")
        _check(self.batch_size >= 1, f"batch_size must be >= 1, but got {self.batch_size}")
        _check(math.isfinite(self.lr) and self.lr > 0, f"lr must be > 0 and finite, but got {self.lr}")
        _check(0 <= self.momentum < 1, f"momentum must lie in [0, 1), but got {self.momentum}")
        _check(math.isfinite(self.weight_decay) and self.weight_decay >= 0,
               f"weight_decay must be >= 0 and finite, but got {self.weight_decay}")
        _check(math.isfinite(self.clip_grad_norm) and self.clip_grad_norm >= 0,
               f"clip_grad_norm must be >= 0 and finite (0 = off), but got {self.clip_grad_norm}")
        _check(self.test_every >= 1, f"test_every must be >= 1, but got {self.test_every}")
        _check(
            self.lr_schedule in LR_SCHEDULES,
            f"lr_schedule must be one of {', '.join(LR_SCHEDULES)}, but got {self.lr_schedule!r}",
        )
        _check(
            self.augment in AUGMENTATIONS,
            f"augment must be one of {', '.join(AUGMENTATIONS)}, but got {self.augment!r}",
        )
        _check(self.threads >= 0, f"threads must be >= 0, but got {self.threads}")
        _check(
            self.batch_clients in BATCH_CLIENTS,
            f"batch_clients must be one of {', '.join(BATCH_CLIENTS)}, but got {self.batch_clients!r}",
        )


# Budget presets. Each value is overridable from the CLI; a preset only changes defaults.
DEFAULT_BUDGET = "cpu"
BUDGETS: dict[str, dict[str, Any]] = {
    # Seconds per run, for tests: tiny images, a stratified subsample, 2 rounds.
    "smoke": {
        "resolution": 16,
        "num_clients": 4,
        "max_train": 800,
        "max_eval": 200,
        "min_client_size": 5,
        "rounds": 2,
        "local_epochs": 1,
        "batch_size": 32,
        "generator_size": "smoke",
    },
    # The default on a 2-core CPU, sized so that FedAvg trains to a plateau and a 100-trial
    # sweep fits in 3 hours (README, "Performance"; benchmarks/main_job_projection.py).
    # Measured on EuroSAT, IID, simple CNN, 20 rounds x 5 local epochs, cosine lr 0.02:
    # 32 px plateaued at 79-80 % test accuracy whatever the augmentation; 40 px passes 80 %
    # at 1.45x the cost per epoch (CIFAR-10's 32 px images are upsampled to 40): 83.3 % after
    # 20 rounds, 81.6 % after 15 (flat over the last rounds), so 15 rounds it is: a 100-trial
    # sweep of 20 rounds would not fit 3 hours on 2 cores. crop_flip (NIID-Bench's recipe)
    # is label-preserving for both datasets; without any augmentation the model overfits.
    "cpu": {
        "resolution": 40,
        "num_clients": 10,
        "rounds": 15,
        "local_epochs": 5,
        "lr": 0.02,
        "lr_schedule": "cosine",
        "augment": "crop_flip",
        "model": "simple_cnn",
    },
    # GPU scale, close to the papers: ResNet-18 at native resolution, 100 rounds.
    "paper": {
        "resolution": None,
        "num_clients": 10,
        "rounds": 100,
        "model": "resnet18",
        "local_epochs": 5,
        "generator_size": "paper",
    },
}


# Sweep defaults per budget (--trials and --n-jobs override). trials: per study; smoke runs
# a handful so `fblbench sweep --budget smoke` takes seconds. workers: processes on one
# machine, 0 = one per usable core, each with 1 torch thread (fblbench.runtime): the cpu
# budget's tiny CNN gains nothing from a second intra-op thread, but a second trial runs at
# full speed beside the first; smoke stays in one process (tests patch it), paper has one
# GPU to share.
BUDGET_SWEEP: dict[str, dict[str, int]] = {
    "smoke": {"trials": 3, "workers": 1},
    "cpu": {"trials": 100, "workers": 0},
    "paper": {"trials": 100, "workers": 1},
}


def _field_names(cls: type) -> set[str]:
    return {f.name for f in fields(cls)}


def build_configs(budget: str = DEFAULT_BUDGET, by_level: Mapping[str, Mapping[str, Any]] | None = None,
                  **overrides: Any) -> tuple[DataConfig, TrainConfig]:
    """Resolve a budget preset plus explicit overrides into (DataConfig, TrainConfig).

    ``overrides`` set to ``None`` are ignored (an unset CLI flag), except ``resolution``
    which the CLI passes as ``0`` for "native". ``by_level`` (a protocol's per-level values:
    partition tag -> settings, :mod:`fblbench.protocols`) is laid over them at the level the
    configs describe.
    """
    data, train = _resolve(budget, overrides)
    at_level = (by_level or {}).get(data.partition_tag())
    return _resolve(budget, {**overrides, **at_level}) if at_level else (data, train)


def _resolve(budget: str, overrides: Mapping[str, Any]) -> tuple[DataConfig, TrainConfig]:
    if budget not in BUDGETS:
        raise ConfigError(f"budget must be one of {', '.join(BUDGETS)}, but got {budget!r}")
    values: dict[str, Any] = dict(BUDGETS[budget])
    for k, v in overrides.items():
        if v is not None:
            values[k] = v
    if values.get("resolution") == 0:
        values["resolution"] = None
    data_keys, train_keys = _field_names(DataConfig), _field_names(TrainConfig)
    unknown = set(values) - data_keys - train_keys
    if unknown:
        raise ConfigError(f"unknown setting(s) {sorted(unknown)}; valid: {sorted(data_keys | train_keys)}")
    for k in ("data_dir", "cache_dir"):
        if k in values:
            values[k] = Path(values[k])
    data = DataConfig(**{k: v for k, v in values.items() if k in data_keys})
    train = TrainConfig(**{k: v for k, v in values.items() if k in train_keys})
    return data, train


# Settings that are not what a run trains, named as ``to_flat_dict(..., prefix=True)`` names them:
# where this machine keeps its files, how often the test split is read, and the machine a run
# trains on (device, threads, memory layout, batched clients: how fast it goes; its floats can
# differ with them) or whether it may download the data.
WHERE_SETTINGS = ("data.data_dir", "data.cache_dir")
EVAL_SETTINGS = ("train.test_every",)
MACHINE_SETTINGS = frozenset({*WHERE_SETTINGS, *EVAL_SETTINGS, "data.download", "train.device", "train.threads",
                              "train.channels_last", "train.batch_clients"})


def trained_settings(data_cfg: DataConfig, train_cfg: TrainConfig, searched: Sequence[str] = ()) -> dict[str, Any]:
    """The settings a run trains with, named as ``to_flat_dict(..., prefix=True)`` names them:
    all but the machine's (``MACHINE_SETTINGS``) and the training settings a study ``searched``."""
    skip = MACHINE_SETTINGS | {f"train.{k}" for k in searched}
    return {k: v for k, v in to_flat_dict(data_cfg, train_cfg, prefix=True).items() if k not in skip}


def flat_defaults() -> dict[str, Any]:
    """Every data and training setting's default, named as ``to_flat_dict(..., prefix=True)``
    names it: what a run recorded before that setting existed trained with."""
    return {f"{name}.{f.name}": f.default for name, cls in (("data", DataConfig), ("train", TrainConfig))
            for f in fields(cls) if f.default is not MISSING}


def to_flat_dict(*records: Any, prefix: bool = False) -> dict[str, Any]:
    """Flatten dataclass records into one ``{name: value}`` dict (for logging)."""
    out: dict[str, Any] = {}
    for rec in records:
        name = type(rec).__name__.replace("Config", "").lower()
        for k, v in dataclasses.asdict(rec).items():
            out[f"{name}.{k}" if prefix else k] = str(v) if isinstance(v, Path) else v
    return out


def with_overrides(rec: Any, **kw: Any) -> Any:
    """``dataclasses.replace`` that reports unknown names as a ConfigError."""
    unknown = set(kw) - _field_names(type(rec))
    if unknown:
        raise ConfigError(f"unknown setting(s) {sorted(unknown)} for {type(rec).__name__}")
    return replace(rec, **kw)
