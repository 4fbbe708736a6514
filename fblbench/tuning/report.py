"""Terminal tables of a study's best trials."""

from __future__ import annotations

import optuna
from optuna.trial import TrialState
from rich.console import Console
from rich.table import Table

from fblbench.tuning.coordination import FAILURE_ATTR, is_diverged


def best_trials(study: optuna.Study, top: int = 5) -> list[optuna.trial.FrozenTrial]:
    """Highest validation accuracy first (the first objective; multi-objective studies
    list their Pareto front)."""
    if len(study.directions) > 1:
        done = list(study.best_trials)
    else:
        done = [t for t in study.get_trials(deepcopy=False) if t.state == TrialState.COMPLETE and t.values]
    return sorted(done, key=lambda t: (-float(t.values[0]), t.number))[:top]


def print_best_trials(study: optuna.Study, top: int = 5, console: Console | None = None) -> None:
    trials = study.get_trials(deepcopy=False)
    states = [t.state for t in trials]
    diverged = [t for t in trials if is_diverged(t)]
    table = Table(title=f"{study.study_name}: best trials "
                  f"({states.count(TrialState.COMPLETE)} complete, {states.count(TrialState.PRUNED)} pruned, "
                  f"{states.count(TrialState.FAIL)} failed)")
    extra = {"synthetic": "synthetic samples", "cost": "cost (s)"}
    objectives = str(study.user_attrs.get("objective", "accuracy")).split(",")[1:]
    multi = len(study.directions) > 1
    if multi:
        table.title = f"{table.title}, Pareto front"
    for col in ("trial", "val acc", *(extra.get(o, o) for o in objectives if multi), "test acc", "seconds",
                "params"):
        table.add_column(col)
    for t in best_trials(study, top):
        test = t.user_attrs.get("final_test_acc")
        table.add_row(
            str(t.number),
            f"{t.values[0]:.4f}",
            *(f"{v:.4g}" for v in (t.values[1:] if multi else [])),
            "-" if test is None else f"{test:.4f}",
            f"{t.user_attrs.get('seconds', 0):.0f}",
            ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in t.params.items()),
        )
    if diverged:  # counted trials: say why, or a study of diverged trials prints an empty table
        table.caption = (f"{len(diverged)} of the failed diverged (they count as trials); trial {diverged[0].number}: "
                         f"{diverged[0].user_attrs[FAILURE_ATTR]}")
    (console or Console(width=160)).print(table)
