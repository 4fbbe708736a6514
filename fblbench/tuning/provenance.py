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
from fblbench.tracking.mlflow_log import TAG_KIND, TAG_PROVENANCE, TAG_STATE, TAG_STUDY, TAG_TRIAL, Tracker

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
    MLflow run's, when ``reader`` holds it: the complete run of that study and trial number
    whose final validation accuracy is the trial's (a store may hold an earlier study's too)."""
    if PROVENANCE_ATTR in trial.user_attrs:
        return _parsed(trial.user_attrs[PROVENANCE_ATTR])
    if reader is None or not experiment_id or not trial.values:
        return None
    runs = reader.find_runs(experiment_id, f"tags.`{TAG_KIND}` = 'trial' and tags.`{TAG_STUDY}` = '{job.study}' "
                                           f"and tags.`{TAG_TRIAL}` = '{trial.number}' and tags.`{TAG_STATE}` = "
                                           "'complete' and attributes.status = 'FINISHED'")
    mine = [r for r in runs if r.data.metrics.get("final_val_acc") == float(trial.values[0])]
    return of_stored_run(job, reader, mine[0]) if mine else None


def _value_text(p: Mapping[str, str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(p.items()))


def _identity(p: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """What the settings asked for: every item but the digests of what was built (``*_sha256``)."""
    return tuple(sorted((k, v) for k, v in p.items() if not k.endswith("_sha256")))


def table_note(rows: Mapping[str, Mapping[int, Provenance]]) -> str:
    """The table's note: per distinct provenance the rows and seeds that had it (rows with
    nothing to record left out); "" when no row has any. Says when runs that asked for the same
    thing got different builds (one identity, two digests: a pool built on two machines), and
    that a run which recorded none cannot be told apart."""
    from fblbench.tuning.reruns import seeds_text

    groups: dict[str, dict[str, list[int]]] = {}
    built: dict[tuple[tuple[str, str], ...], set[str]] = {}
    for method, seeds in rows.items():
        if all(p == {} for p in seeds.values()):
            continue
        for s, p in sorted(seeds.items()):
            key = "not recorded" if p is None else _value_text(p) or "nothing to record"
            groups.setdefault(key, {}).setdefault(method, []).append(s)
            if p:
                built.setdefault(_identity(p), set()).add(key)
    if not groups:
        return ""
    parts = [f"{key}: " + "; ".join(f"{m} {seeds_text(s)}" for m, s in by.items()) for key, by in groups.items()]
    pools = any("pool_sha256" in key for key in groups)
    text = ("provenance (what besides the settings decided a run's numbers"
            + (": for FBL, the generator pool built once and cached, named by its key and sha256" if pools else "")
            + "): " + " | ".join(parts))
    if any(len(keys) > 1 for keys in built.values()):
        text += (". NOT ALL RUNS SHARE IT: runs with the same settings drew from different builds (a pool built on "
                 "another machine or thread count), so a difference between them also carries the builds' "
                 "difference: re-make one build's runs from the other's (docs/fbl.md, 'Which generator a run used')")
    if "not recorded" in groups:
        text += (". The runs 'not recorded' were logged before fblbench recorded provenance (or lost the artifact "
                 "that said it): whether they share it cannot be told from the store")
    return text


__all__ = ["PROVENANCE_ATTR", "Provenance", "of_stored_run", "of_trial", "table_note"]
