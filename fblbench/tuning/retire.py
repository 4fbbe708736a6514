"""``sweep --retire-changed``: keep a study the sweep may no longer resume, and start afresh.

A study whose trials trained under other fixed settings or searched another space (a changed
protocol, flag or method default: ``create_study`` refuses it) is not deleted: its finished
trials move to a new Optuna study ``<name>@retired-<n>`` that records why (``RETIRED_ATTR``;
``compare`` leaves it out), its MLflow runs (the sweep's parent run, its trials, its compare
reruns) are re-tagged with that name, and the sweep then creates ``<name>`` anew, trial 0 at
the defaults. Other studies of the same stores, and their runs, are untouched: a table of many
methods re-runs only the method that changed.

Order, for an interrupt at any point: the MLflow runs are re-tagged first, then the new study is
filled (its retired mark set before the attributes that name its method, so ``compare`` never
takes it for the live one), then the old one deleted. Stopped before that delete, the next
sweep retires the old study again, into a second copy: nothing is lost.
"""

from __future__ import annotations

import datetime
from typing import Any

import optuna

from fblbench.tracking.mlflow_log import TAG_STUDY, Tracker

#: User attribute of a retired study: {"from": name, "why": the refusal, "when": ISO time}.
RETIRED_ATTR = "fblbench_retired"


def is_retired(user_attrs: dict[str, Any]) -> bool:
    return RETIRED_ATTR in user_attrs


def retired_name(storage: optuna.storages.BaseStorage, name: str) -> str:
    """The first ``<name>@retired-<n>`` no study of ``storage`` holds."""
    taken = set(optuna.get_all_study_names(storage))
    n = 1
    while f"{name}@retired-{n}" in taken:
        n += 1
    return f"{name}@retired-{n}"


def retag_runs(tracker: Tracker, experiment_id: str, name: str, new: str) -> int:
    """Re-tag every MLflow run of study ``name`` (parent, trials, compare reruns) as ``new``."""
    runs = tracker.find_runs(experiment_id, f"tags.`{TAG_STUDY}` = '{name}'")
    for run in runs:
        tracker.client.set_tag(run.info.run_id, TAG_STUDY, new)
    return len(runs)


def retire_study(storage: optuna.storages.BaseStorage, name: str, new: str, why: str) -> int:
    """Move study ``name``'s finished trials and attributes to ``new``, marked retired, and delete
    ``name``. Returns how many trials moved (running and waiting ones would never run: dropped)."""
    old = optuna.load_study(study_name=name, storage=storage)
    dest = optuna.create_study(storage=storage, study_name=new, directions=old.directions)
    dest.set_user_attr(RETIRED_ATTR, {"from": name, "why": why,
                                      "when": datetime.datetime.now(datetime.timezone.utc).isoformat()})
    for key, value in old.user_attrs.items():
        dest.set_user_attr(key, value)
    finished = [t for t in old.get_trials(deepcopy=False) if t.state.is_finished()]
    dest.add_trials(finished)
    optuna.delete_study(study_name=name, storage=storage)
    return len(finished)


__all__ = ["RETIRED_ATTR", "is_retired", "retag_runs", "retire_study", "retired_name"]

