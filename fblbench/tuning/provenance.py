"""What besides its settings decided a stored run's numbers (``Method.provenance``), and the
table's note on it.

A run's settings fix its numbers on one machine, except what a method builds once and caches:
FBL's DDPM pool, which another machine (or another thread count) rebuilds to other floats. A
run records it as the tag ``fblbench.provenance`` (JSON) and a sweep's trial as the user attr
``provenance``; a run logged before that reads it from its artifacts
(``Method.provenance_from_artifacts``: FBL's ``method/fbl_generator.json``). ``compare`` names
it per row and seed, so a table whose FBL rows drew from two pools says so.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from fblbench.registry import get_method
from fblbench.tracking.mlflow_log import TAG_KIND, TAG_PROVENANCE, TAG_STUDY, TAG_TRIAL, Tracker

if TYPE_CHECKING:
    from optuna.trial import FrozenTrial

    from fblbench.tuning.reruns import Rerun

PROVENANCE_ATTR = "provenance"  # a trial's Method.provenance() (absent: logged before it was recorded)

Provenance = dict[str, str] | None  # None: not recorded (a run logged before, its artifacts lost)


def _parsed(text: Any) -> Provenance:
    try:
        value = json.loads(text) if isinstance(text, str) else text
    except ValueError:
        return None
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else None


def of_stored_run(job: Rerun, tracker: Tracker, run: Any) -> Provenance:
    """The provenance of a stored MLflow run of ``job``'s method: its tag, else read from its artifacts."""
    tag = run.data.tags.get(TAG_PROVENANCE)
    if tag is not None:
        return _parsed(tag)
    method = get_method(job.spec).from_dict(job.hp)
    return method.provenance_from_artifacts(lambda path: tracker.artifact_text(run.info.run_id, path))


def of_trial(job: Rerun, trial: FrozenTrial, reader: Tracker | None = None, experiment_id: str = "") -> Provenance:
    """The provenance of a sweep's trial: its user attr, else (a trial of an older sweep) its
    MLflow run's, when ``reader`` holds it."""
    if PROVENANCE_ATTR in trial.user_attrs:
        return _parsed(trial.user_attrs[PROVENANCE_ATTR])
    if reader is None or not experiment_id:
        return None
    runs = reader.find_runs(experiment_id, f"tags.`{TAG_KIND}` = 'trial' and tags.`{TAG_STUDY}` = '{job.study}' "
                                           f"and tags.`{TAG_TRIAL}` = '{trial.number}' and attributes.status = 'FINISHED'")
    return of_stored_run(job, reader, runs[0]) if runs else None


def _value_text(p: Mapping[str, str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(p.items()))


def _seeds(seeds: list[int]) -> str:
    return f"seed {seeds[0]}" if len(seeds) == 1 else f"seeds {', '.join(map(str, seeds))}"


def table_note(rows: Mapping[str, Mapping[int, Provenance]]) -> str:
    """The table's note: per distinct provenance the rows and seeds that had it (rows with
    nothing to record left out); "" when no row has any. Says when recorded ones differ between
    runs, and that a run which recorded none cannot be told apart."""
    groups: dict[str, dict[str, list[int]]] = {}
    for method, seeds in rows.items():
        if all(p == {} for p in seeds.values()):
            continue
        for s, p in sorted(seeds.items()):
            key = "not recorded" if p is None else _value_text(p) or "nothing to record"
            groups.setdefault(key, {}).setdefault(method, []).append(s)
    if not groups:
        return ""
    parts = [f"{key}: " + "; ".join(f"{m} {_seeds(s)}" for m, s in by.items()) for key, by in groups.items()]
    text = ("provenance (what besides the settings decided a run's numbers: a generator pool built once and "
            "cached, named by its sha256): " + " | ".join(parts))
    if len(set(groups) - {"not recorded"}) > 1:
        text += (". NOT ALL RUNS SHARE IT: a difference between runs that drew from different pools also carries "
                 "the pools' difference: re-make one pool's runs from the other (docs/fbl.md, 'Which generator a run used')")
    if "not recorded" in groups:
        text += (". The runs 'not recorded' were logged before fblbench recorded provenance (or lost the artifact "
                 "that said it): whether they share it cannot be told from the store")
    return text


__all__ = ["PROVENANCE_ATTR", "Provenance", "of_stored_run", "of_trial", "table_note"]
