"""Factories of the Optuna objects a sweep uses: the storage, the pruner, the sampler
(after Optuna's own storages / pruners / samplers split), and the heartbeat settings
the storage is created with."""

from __future__ import annotations

import inspect
import os
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import optuna
import sqlalchemy.exc

from fblbench.engine.loop import derive_seed
from fblbench.errors import ConfigError, TrackingError
from fblbench.tuning import signals
from fblbench.tuning.database import redact

if TYPE_CHECKING:
    from fblbench.tuning.plan import SweepConfig

# Seconds between a running trial's heartbeats; a trial silent for GRACE seconds is
# failed (and retried with the same parameters) by the next worker, e.g. after the
# sweep was killed. GRACE is 3 intervals so that a busy machine does not fail a live
# trial. Both can be set by environment (tests use 1 s / 4 s).
HEARTBEAT_INTERVAL = 10
HEARTBEAT_GRACE = 30
HEARTBEAT_INTERVAL_ENV = "FBLBENCH_HEARTBEAT_INTERVAL"
HEARTBEAT_GRACE_ENV = "FBLBENCH_HEARTBEAT_GRACE"
# Opening a new storage while another process creates its schema: tries before giving up.
SCHEMA_RACE_ATTEMPTS = 4


def heartbeat_settings() -> tuple[int, int]:
    """(interval, grace) in seconds, from the environment or the defaults."""

    def read(env: str, default: int) -> int:
        raw = os.environ.get(env)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ConfigError(f"{env} must be a whole number of seconds, but got {raw!r}") from None
        if value < 1:
            raise ConfigError(f"{env} must be >= 1, but got {value}")
        return value

    interval = read(HEARTBEAT_INTERVAL_ENV, HEARTBEAT_INTERVAL)
    grace = read(HEARTBEAT_GRACE_ENV, max(HEARTBEAT_GRACE, 3 * interval))
    if grace <= interval:
        raise ConfigError(f"{HEARTBEAT_GRACE_ENV} must exceed the heartbeat interval ({interval}s), but got {grace}")
    return interval, grace


def make_storage(url: str) -> optuna.storages.BaseStorage:
    """Create (or open) the RDB storage with heartbeats and retries of dead workers' trials.

    Creating the tables of a new database must happen once, before any worker starts
    (``prepare_sweep`` does it under the storage lock)."""
    interval, grace = heartbeat_settings()
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 120}
    else:
        kwargs["pool_pre_ping"] = True
    for attempt in range(1, SCHEMA_RACE_ATTEMPTS + 1):
        try:
            return _rdb_storage(url, kwargs, interval, grace)
        except Exception as e:
            error = e
            if _lost_schema_race(e) and attempt < SCHEMA_RACE_ATTEMPTS:
                time.sleep(0.5 * attempt)
                continue
        raise TrackingError(f"cannot open the Optuna storage {redact(url)!r}: {type(error).__name__}: {error}") from error
    raise AssertionError("unreachable: the last attempt raises")


def _lost_schema_race(error: Exception) -> bool:
    """Another process (a dashboard, a script, a worker not under our lock) created the
    schema of the same new database at the same instant: its row won (IntegrityError on
    alembic_version) or its CREATE TABLE did (``table studies already exists``: SQLAlchemy
    checks, then creates). The tables exist now, so opening again succeeds. Measured with
    4 processes opening 10 new SQLite stores at once: 18 of 40 opens failed one of the two ways."""
    if isinstance(error, sqlalchemy.exc.IntegrityError):
        return True
    return isinstance(error, sqlalchemy.exc.OperationalError) and "already exists" in str(error.orig)


class WholeCallsRDBStorage(optuna.storages.RDBStorage):
    """Optuna's RDB storage whose methods each run whole (``signals.whole``): Ctrl-C or
    SIGTERM is raised when the storage call returns, never between a write and its commit,
    where it could leave SQLite locked and the interrupted trial RUNNING. The private ones
    too: Optuna's cache calls them (``_create_new_trial``, ``_get_trials``, ...)."""


for _name, _fn in vars(optuna.storages.RDBStorage).items():
    if not _name.startswith("__") and inspect.isfunction(_fn):
        setattr(WholeCallsRDBStorage, _name, signals.whole(_fn))


def _rdb_storage(url: str, engine_kwargs: dict[str, Any], interval: int, grace: int) -> optuna.storages.RDBStorage:
    """Optuna's RDB storage with heartbeats, retrying the trials of dead workers."""
    retry: dict[str, Any]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        if hasattr(optuna.storages, "RetryHeartbeatStaleTrialCallback"):  # optuna >= 4.9
            retry = {"heartbeat_stale_trial_callback": optuna.storages.RetryHeartbeatStaleTrialCallback(3)}
        else:
            retry = {"failed_trial_callback": optuna.storages.RetryFailedTrialCallback(max_retry=3)}
        return WholeCallsRDBStorage(
            url, engine_kwargs=engine_kwargs, heartbeat_interval=interval, grace_period=grace, **retry)


def make_pruner(cfg: SweepConfig, rounds: int) -> optuna.pruners.BasePruner:
    """Median (after ``pruner_startup_trials`` complete trials) or Hyperband; both wait
    ``pruner_warmup_rounds`` rounds before pruning a trial."""
    pruner = cfg.effective_pruner
    if pruner == "none":
        return optuna.pruners.NopPruner()
    if pruner == "hyperband":
        return optuna.pruners.HyperbandPruner(
            min_resource=max(1, min(cfg.pruner_warmup_rounds, rounds)), max_resource=rounds
        )
    return optuna.pruners.MedianPruner(
        n_startup_trials=cfg.pruner_startup_trials, n_warmup_steps=cfg.pruner_warmup_rounds
    )


def make_sampler(cfg: SweepConfig, name: str, trial_number: int) -> optuna.samplers.BaseSampler:
    """A TPE sampler seeded per trial: reproducible for one worker, and no two workers
    (or a resumed sweep) draw the same "random" start-up configurations. The constant
    liar makes parallel workers avoid the configurations being run right now."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        return optuna.samplers.TPESampler(
            seed=derive_seed("tpe", cfg.seed, name, trial_number) % (2**32), constant_liar=True
        )


__all__ = ["HEARTBEAT_GRACE", "HEARTBEAT_GRACE_ENV", "HEARTBEAT_INTERVAL", "HEARTBEAT_INTERVAL_ENV",
           "heartbeat_settings", "make_pruner", "make_sampler", "make_storage"]
