"""What besides its settings decided a run's numbers (``Method.provenance``: FBL's generator
pool): recorded with every run and trial, read back (from the artifacts of a run logged before
it was recorded), and named per row and seed in ``compare``'s table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fblbench.cli import main
from fblbench.engine.loop import run_federated
from fblbench.fbl.hparams import FBLHparams
from fblbench.fbl.method import FBL
from fblbench.method import FedAvg
from fblbench.tuning import objective, provenance, runlog
from tests.fakes import make_federation, small_train
from tests.fbl_helpers import FakeGenerator, fbl, skewed_parts
from tests.study_helpers import TINY, load, runs_of, spaces

EXPERIMENT = "fblbench/eurosat-dir0.1"
SHA = "538d2fb5" * 8


class PoolGenerator(FakeGenerator):
    """A fake filler that, like the DDPM, names the pool it samples from."""

    def provenance(self) -> dict[str, Any]:
        return {"kind": "ddpm", "spec": {"steps": 3}, "model_key": "0f78", "pool_sha256": SHA}


def _artifacts_reader(folder: Path) -> Any:
    return lambda path: (folder / path).read_text() if (folder / path).exists() else None


def test_fbl_names_its_generator_and_pool_and_reads_them_back_from_its_artifacts(tmp_path: Path) -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl(gen=PoolGenerator())
    assert m.provenance() == {}  # nothing prepared yet
    run_federated(fed, small_train(rounds=1), m)
    assert m.provenance() == {"generator": "ddpm", "pool_sha256": SHA}
    m.artifacts(tmp_path / "method")
    assert m.provenance_from_artifacts(_artifacts_reader(tmp_path)) == m.provenance()
    # A run that used a filler but lost its fbl_generator.json: not recorded, not "nothing".
    assert FBL().provenance_from_artifacts(lambda path: None) is None
    # Without a filler there is nothing to record, logged or not.
    off = FBL(FBLHparams(filling=False))
    assert off.provenance() == {} and off.provenance_from_artifacts(lambda path: None) == {}
    plain = fbl()  # a filler without provenance(): its class names it
    run_federated(fed, small_train(rounds=1), plain)
    assert plain.provenance() == {"generator": "FakeGenerator"}
    assert FedAvg().provenance() == {} and FedAvg().provenance_from_artifacts(lambda path: None) == {}


def test_the_table_note_groups_runs_by_provenance_and_says_when_they_differ() -> None:
    pool = {"generator": "ddpm", "pool_sha256": SHA}
    assert provenance.table_note({"fedavg": {0: {}, 1: {}}}) == ""
    one = provenance.table_note({"fbl": {0: pool, 1: pool}, "fedavg": {0: {}, 1: {}}, "fbl+scaffold": {0: pool, 1: pool}})
    assert f"generator ddpm, pool_sha256 {SHA}: fbl seeds 0, 1; fbl+scaffold seeds 0, 1" in one
    assert "fedavg" not in one and "NOT ALL RUNS SHARE IT" not in one
    other = {"generator": "ddpm", "pool_sha256": "0" * 64}
    two = provenance.table_note({"fbl": {0: pool, 1: other, 2: None}})
    assert f"{SHA}: fbl seed 0 |" in two and f"{'0' * 64}: fbl seed 1 | not recorded: fbl seed 2" in two
    assert "NOT ALL RUNS SHARE IT" in two and "cannot be told from the store" in two
    # A run that recorded nothing is not a different pool: said, but not as a mismatch.
    three = provenance.table_note({"fbl": {0: None, 1: pool}})
    assert "NOT ALL" not in three and "'not recorded' were logged before" in three


def _sweep(runs: Path, root: Path) -> None:
    sp = spaces(root / "spaces", fedavg="{}\n")
    assert main(["sweep", *TINY, "--rounds", "2", "--threads", "1", "--n-jobs", "1", "--trials", "1",
                 "--methods", "fedavg", "--spaces-dir", str(sp), "--runs-dir", str(runs)]) == 0


def _note(board: Path) -> str:
    md = (board / "eurosat-dir0.1.md").read_text()
    return next((line for line in md.splitlines() if "provenance (what besides" in line), "")


def _compare(runs: Path, board: Path) -> str:
    assert main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--methods", "fedavg", "--reference", "fedavg",
                 "--seeds", "2", "--threads", "1", "--runs-dir", str(runs), "--leaderboard-dir", str(board),
                 "--quiet"]) == 0
    return _note(board)


def test_sweep_and_compare_record_provenance_and_the_table_names_it(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A method whose runs depend on something cached outside their settings (as FBL's pool).
    monkeypatch.setattr(FedAvg, "provenance", lambda self: {"teacher": "abc"}, raising=False)
    runs = tmp_path / "runs"
    _sweep(runs, tmp_path)
    (trial,) = load(runs, "eurosat-dir0.1-fedavg").trials
    assert trial.user_attrs["provenance"] == {"teacher": "abc"}
    (run,) = runs_of(runs, EXPERIMENT, "trial")
    assert json.loads(run.data.tags["fblbench.provenance"]) == {"teacher": "abc"}
    # Seed 0 read back from the trial, seed 1 trained; then both read back from the store.
    assert _compare(runs, tmp_path / "b1").endswith("teacher abc: fedavg seeds 0, 1")
    assert _compare(runs, tmp_path / "b2").endswith("teacher abc: fedavg seeds 0, 1")
    assert "seed 1 (an earlier compare run)" in (tmp_path / "b2" / "eurosat-dir0.1.md").read_text()


def test_runs_logged_before_provenance_was_recorded_are_read_from_their_artifacts(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An older sweep: no trial attr, no run tag; the run's artifacts say it (as FBL's fbl_generator.json).
    monkeypatch.setattr(objective, "PROVENANCE_ATTR", "unused_attr")
    monkeypatch.setattr(runlog, "TAG_PROVENANCE", "unused.tag")
    runs = tmp_path / "runs"
    _sweep(runs, tmp_path)
    monkeypatch.undo()

    def from_artifacts(self: Any, read: Any) -> dict[str, str] | None:
        return {"rounds": str(len(json.loads(text)))} if (text := read("rounds.json")) is not None else None

    monkeypatch.setattr(FedAvg, "provenance_from_artifacts", from_artifacts, raising=False)
    monkeypatch.setattr(FedAvg, "provenance", lambda self: {"rounds": "2"}, raising=False)
    assert _compare(runs, tmp_path / "b1").endswith("rounds 2: fedavg seeds 0, 1")
    # The trial's artifacts gone: its seed is not recorded; the compare run's (tagged) still is.
    for f in (runs / "mlartifacts").rglob("rounds.json"):
        f.unlink()
    note = _compare(runs, tmp_path / "b2")
    assert "not recorded: fedavg seed 0 | rounds 2: fedavg seed 1" in note and "NOT ALL" not in note
