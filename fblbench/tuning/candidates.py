"""What ``fblbench compare`` ranks: each method's best trial at the level (:class:`Candidate`,
:func:`find_candidates`), the configuration it stored (:func:`configs_from_trial`), and the
like-for-like checks on those (:func:`fixed_settings`: every row trained under the same fixed
settings; :func:`off_protocol`: which of them the protocol a table names sets otherwise)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from fblbench.config import DataConfig, TrainConfig, trained_settings
from fblbench.errors import ConfigError
from fblbench.protocols import protocol_configs
from fblbench.registry import get_method
from fblbench.runtime import auto_threads
from fblbench.tuning.coordination import FAILURE_ATTR, is_diverged
from fblbench.tuning.effort import StudyEffort, study_effort
from fblbench.tuning.plan import best_config_trial
from fblbench.tuning.retire import is_retired
from fblbench.tuning.runlog import setting_json
from fblbench.tuning.settings import CompareConfig
from fblbench.tuning.space import COMMON_KEYS


@dataclass
class Candidate:
    method: str
    study: str
    trial: FrozenTrial
    spec: str  # what get_method resolves: the trial's method.name
    effort: StudyEffort | None = None


def find_candidates(cfg: CompareConfig, storage: optuna.storages.BaseStorage) -> tuple[list[Candidate], list[str]]:
    """Each method's best trial among the studies of (dataset, level, objective), and the
    methods left out: asked for (or the reference) but without a study or a complete trial."""
    found: dict[str, str] = {}
    for s in optuna.get_all_study_summaries(storage, include_best_trial=False):
        ua = s.user_attrs
        if (ua.get("dataset"), ua.get("partition"), ua.get("objective", "accuracy")) == (
            cfg.dataset, cfg.partition, cfg.objective
        ) and "method" in ua and not is_retired(ua):
            found[str(ua["method"])] = s.study_name
    if not found:
        raise ConfigError(
            f"no studies for dataset {cfg.dataset!r}, level {cfg.partition!r}, objective {cfg.objective!r} in "
            f"{cfg.storage_url()}: run `fblbench sweep` first (same --runs-dir / --storage)"
        )
    methods = list(cfg.methods) or sorted(found, key=lambda m: (m != cfg.reference, m))
    missing = [f"{m} (no study)" for m in methods if m not in found]
    if not cfg.methods and cfg.reference not in found:
        missing.insert(0, f"{cfg.reference} (no study)")
    out = []
    for m in methods:
        if m not in found:
            continue
        study = optuna.load_study(study_name=found[m], storage=storage)
        best = best_config_trial(study)
        if best is None or "config" not in best.user_attrs:
            missing.append(f"{m} ({no_complete_trial(study)})")
            continue
        spec = best.user_attrs["config"].get("method.name", m)
        own = [f.name for f in dataclasses.fields(get_method(spec).Hparams)]
        out.append(Candidate(m, found[m], best, spec, study_effort(m, study, own)))
    if not out:
        raise ConfigError(f"nothing to compare at {cfg.dataset} {cfg.partition}: {', '.join(missing)}; "
                          f"studies found for: {', '.join(sorted(found))}. Let the sweep finish a trial first")
    return out, missing


def configs_from_trial(trial: FrozenTrial, local: dict[str, Any], workers: int = 1) -> tuple[
        DataConfig, TrainConfig, dict[str, Any]]:
    """The trial's resolved configuration, with this machine's paths and device."""
    flat: dict[str, Any] = trial.user_attrs["config"]
    data_fields = {f.name for f in dataclasses.fields(DataConfig)}
    train_fields = {f.name for f in dataclasses.fields(TrainConfig)}
    data_kw = {k[5:]: v for k, v in flat.items() if k.startswith("data.") and k[5:] in data_fields}
    train_kw = {k[6:]: v for k, v in flat.items() if k.startswith("train.") and k[6:] in train_fields}
    hp = {k[7:]: tuple(v) if isinstance(v, list) else v
          for k, v in flat.items() if k.startswith("method.") and k != "method.name"}
    for k in ("data_dir", "cache_dir"):
        data_kw.pop(k, None)
        if local.get(k) is not None:
            data_kw[k] = Path(local[k])
    # This machine's device and threads, not the sweep worker's (--n-jobs divides threads).
    train_kw["threads"] = auto_threads(workers, local.get("threads"))
    if local.get("device") is not None:
        train_kw["device"] = local["device"]
    return DataConfig(**data_kw), TrainConfig(**train_kw), hp


def fixed_settings(resolved: list[tuple[Candidate, DataConfig, TrainConfig, dict[str, Any]]]) -> tuple[
        dict[str, Any], list[str]]:
    """The settings the rows' best trials trained under, leaving out what a study searches (the
    shared ranges are the effort check's), the seed and the machine's settings: those every row
    shares, and those that differ between methods (rounds, gradient clip, data size, ...: another
    budget, protocol or flag), one clause each."""
    searched = sorted({k for c, *_ in resolved
                       for k in ([p for p in c.trial.params if p in COMMON_KEYS] if c.effort is None else
                                 [name for ranges in (c.effort.shared, *c.effort.mixed) for name, _ in ranges])})
    flats = {c.method: trained_settings(d, t, [*searched, "seed"]) for c, d, t, _ in resolved}
    shared, differ = {}, []
    for k in sorted(set().union(*flats.values()), key=lambda k: (k != "train.rounds", k)):
        values = {m: flat.get(k) for m, flat in flats.items()}
        if len({setting_json(v) for v in values.values()}) > 1:
            differ.append(f"{k}: " + ", ".join(f"{m} {v}" for m, v in values.items()))
        else:
            shared[k] = next(iter(values.values()))
    return shared, differ


def off_protocol(name: str, fixed: dict[str, Any], level: DataConfig) -> list[str]:
    """The table's fixed settings that protocol ``name`` sets otherwise at the table's level (a
    flag the sweep gave, or studies swept under another protocol), one clause each."""
    want = trained_settings(*protocol_configs(name, level.partition, level.alpha, level.classes_per_client))
    return [f"{k}={v} (the protocol's: {want[k]})" for k, v in fixed.items()
            if k in want and setting_json(v) != setting_json(want[k])]


def no_complete_trial(study: optuna.Study) -> str:
    """Why a study has nothing to re-run: no counted trial yet, or every one diverged or was pruned
    (an equal-effort table says so: the method failed at that effort, it was not skipped)."""
    trials = study.get_trials(deepcopy=False)
    if any(t.state == TrialState.COMPLETE for t in trials):  # a best trial, but from before configs were stored
        return "its best trial has no stored configuration; sweep it again with this version"
    diverged = [t for t in trials if is_diverged(t)]
    pruned = sum(t.state == TrialState.PRUNED for t in trials)
    if not diverged and not pruned:
        return "no complete trial yet"
    text = f"none of its {len(diverged) + pruned} counted trial(s) completed: {len(diverged)} diverged, {pruned} pruned"
    if diverged:
        text += f"; trial {diverged[0].number}: {diverged[0].user_attrs[FAILURE_ATTR]}"
    return text


__all__ = ["Candidate", "configs_from_trial", "find_candidates", "fixed_settings", "no_complete_trial", "off_protocol"]
