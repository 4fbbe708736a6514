"""Terminal tables of a study's best trials."""

from __future__ import annotations

import optuna
from optuna.trial import TrialState
from rich.console import Console
from rich.table import Table


def best_trials(study: optuna.Study, top: int = 5) -> list[optuna.trial.FrozenTrial]:
    done = [t for t in study.get_trials(deepcopy=False) if t.state == TrialState.COMPLETE and t.value is not None]
    return sorted(done, key=lambda t: (-float(t.value or 0.0), t.number))[:top]


def print_best_trials(study: optuna.Study, top: int = 5, console: Console | None = None) -> None:
    states = [t.state for t in study.get_trials(deepcopy=False)]
    table = Table(title=f"{study.study_name}: best trials "
                  f"({states.count(TrialState.COMPLETE)} complete, {states.count(TrialState.PRUNED)} pruned, "
                  f"{states.count(TrialState.FAIL)} failed)")
    for col in ("trial", "val acc", "test acc", "seconds", "params"):
        table.add_column(col)
    for t in best_trials(study, top):
        test = t.user_attrs.get("final_test_acc")
        table.add_row(
            str(t.number),
            f"{t.value:.4f}",
            "-" if test is None else f"{test:.4f}",
            f"{t.user_attrs.get('seconds', 0):.0f}",
            ", ".join(f"{k}={v:.4g}" if isinstance(v, float) else f"{k}={v}" for k, v in t.params.items()),
        )
    (console or Console(width=160)).print(table)
