"""``sweep --retire-changed``: a study refused for changed settings is kept under another name, its
trials and MLflow runs intact and out of ``compare``, and started afresh; the other studies stay."""

from __future__ import annotations

from pathlib import Path

import optuna
import pytest

from fblbench.cli import main
from fblbench.tuning.candidates import find_candidates
from fblbench.tuning.retire import RETIRED_ATTR
from fblbench.tuning.settings import CompareConfig
from tests.study_helpers import TINY, runs_of, spaces, storage_url

PROX = "mu: {type: float, low: 0.001, high: 1.0, log: true}\n"
EXPERIMENT = "fblbench/eurosat-dir0.1"
PREFIX = "eurosat-dir0.1-"


def _studies(runs: Path) -> dict[str, optuna.study.StudySummary]:
    return {s.study_name: s for s in optuna.get_all_study_summaries(storage_url(runs), include_best_trial=False)}


def _trials(runs: Path, name: str) -> list[optuna.trial.FrozenTrial]:
    return optuna.load_study(study_name=name, storage=storage_url(runs)).get_trials()


def _study_tags(runs: Path) -> dict[str, set[str]]:
    """MLflow study tag -> the kinds of the runs that carry it."""
    out: dict[str, set[str]] = {}
    for r in runs_of(runs, EXPERIMENT):
        out.setdefault(r.data.tags.get("fblbench.study", ""), set()).add(r.data.tags.get("fblbench.kind", ""))
    return out


def test_a_study_under_changed_settings_is_retired_kept_and_started_afresh_and_only_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runs = tmp_path / "runs"
    sp = spaces(tmp_path / "spaces", fedavg="{}\n", fedprox=PROX)
    base = [*TINY, "--threads", "1", "--n-jobs", "1", "--trials", "1", "--spaces-dir", str(sp), "--runs-dir", str(runs)]
    assert main(["sweep", *base, "--methods", "fedavg,fedprox"]) == 0
    fedavg_before = [(t.number, t.value) for t in _trials(runs, PREFIX + "fedavg")]
    capsys.readouterr()

    # fedprox's study now trains 2 rounds, not 1: refused, naming the way out.
    longer = [*base, "--methods", "fedprox", "--rounds", "2"]
    assert main(["sweep", *longer]) == 2
    err = capsys.readouterr().err
    assert "holds trials trained with other settings (train.rounds=1, this sweep 2)" in err
    assert "--retire-changed" in err and "Traceback" not in err
    assert set(_studies(runs)) == {PREFIX + "fedavg", PREFIX + "fedprox"}  # the refusal changed nothing

    assert main(["sweep", *longer, "--retire-changed"]) == 0
    assert f"[{PREFIX}fedprox] retired as '{PREFIX}fedprox@retired-1' (1 trials, 2 MLflow runs)" in capsys.readouterr().err
    studies = _studies(runs)
    assert set(studies) == {PREFIX + "fedavg", PREFIX + "fedprox", PREFIX + "fedprox@retired-1"}
    old, new = _trials(runs, PREFIX + "fedprox@retired-1"), _trials(runs, PREFIX + "fedprox")
    assert [t.user_attrs["config"]["train.rounds"] for t in old] == [1]  # kept as it was
    assert [(t.state.name, t.user_attrs["config"]["train.rounds"]) for t in new] == [("COMPLETE", 2)]  # afresh
    mark = studies[PREFIX + "fedprox@retired-1"].user_attrs[RETIRED_ATTR]
    assert mark["from"] == PREFIX + "fedprox" and "train.rounds=1, this sweep 2" in mark["why"]
    assert studies[PREFIX + "fedprox@retired-1"].user_attrs["method"] == "fedprox"  # still says whose it was
    assert [(t.number, t.value) for t in _trials(runs, PREFIX + "fedavg")] == fedavg_before  # untouched
    tags = _study_tags(runs)  # the old parent and trial runs carry the retired name; the new ones the study's
    assert tags[PREFIX + "fedprox@retired-1"] == {"sweep", "trial"} and tags[PREFIX + "fedprox"] == {"sweep", "trial"}
    assert tags[PREFIX + "fedavg"] == {"sweep", "trial"}

    # compare takes the live study, never the retired one.
    cfg = CompareConfig(dataset="eurosat", partition="dir0.1", methods=("fedprox",), runs_dir=runs)
    (cand,), _ = find_candidates(cfg, optuna.storages.RDBStorage(storage_url(runs)))
    assert cand.study == PREFIX + "fedprox"

    # Resumed under its own settings again, nothing is retired.
    assert main(["sweep", *longer, "--retire-changed"]) == 0
    assert "retired" not in capsys.readouterr().err
    assert len(_studies(runs)) == 3
