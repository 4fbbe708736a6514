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
        return {"kind": "ddpm", "spec": {"steps": 3}, "model_key": "0f78", "pool_key": "1c0e", "pool_sha256": SHA}


def _artifacts_reader(folder: Path) -> Any:
    return lambda path: (folder / path).read_text() if (folder / path).exists() else None


def test_fbl_names_its_generator_and_pool_and_reads_them_back_from_its_artifacts(tmp_path: Path) -> None:
    fed = make_federation(parts=skewed_parts())
    m = fbl(gen=PoolGenerator())
    assert m.provenance() == {}  # nothing prepared yet
    run_federated(fed, small_train(rounds=1), m)
    assert m.provenance() == {"generator": "ddpm", "pool_key": "1c0e", "pool_sha256": SHA}
    m.artifacts(tmp_path / "method")
    assert m.provenance_from_artifacts(_artifacts_reader(tmp_path)) == m.provenance()
    # A run that planned synthetic images but lost its fbl_generator.json: not recorded, not "nothing";
    # one whose histograms say it planned none prepared no filler: nothing to record.
    (tmp_path / "method" / "fbl_generator.json").unlink()
    assert m.provenance_from_artifacts(_artifacts_reader(tmp_path)) is None
    assert FBL().provenance_from_artifacts(lambda path: None) is None
    hist = tmp_path / "method" / "fbl_histograms.csv"
    rows = hist.read_text().splitlines()
    col = rows[0].split(",").index("synthetic")
    hist.write_text("\n".join([rows[0], *(",".join(v if i != col else "0" for i, v in enumerate(r.split(",")))
                                          for r in rows[1:])]) + "\n")
    assert m.provenance_from_artifacts(_artifacts_reader(tmp_path)) == {}
    # Without a filler there is nothing to record, logged or not.
    off = FBL(FBLHparams(filling=False))
    assert off.provenance() == {} and off.provenance_from_artifacts(lambda path: None) == {}
    plain = fbl()  # a filler without provenance(): its class names it
    run_federated(fed, small_train(rounds=1), plain)
    assert plain.provenance() == {"generator": "FakeGenerator"}
    assert FedAvg().provenance() == {} and FedAvg().provenance_from_artifacts(lambda path: None) == {}


def test_the_table_note_groups_runs_by_provenance_and_says_when_builds_differ() -> None:
    pool = {"generator": "ddpm", "pool_key": "1c0e", "pool_sha256": SHA}
    assert provenance.table_note({"fedavg": {0: {}, 1: {}}}) == ""
    one = provenance.table_note({"fbl": {0: pool, 1: pool}, "fedavg": {0: {}, 1: {}}, "fbl+scaffold": {0: pool, 1: pool}})
    assert f"generator ddpm, pool_key 1c0e, pool_sha256 {SHA}: fbl seeds 0, 1; fbl+scaffold seeds 0, 1" in one
    assert "fedavg" not in one and "NOT ALL RUNS SHARE IT" not in one and "for FBL, the generator pool" in one
    # The same key (settings) built twice: a mismatch; a seed that recorded nothing: said, not a mismatch.
    rebuilt = {**pool, "pool_sha256": "0" * 64}
    two = provenance.table_note({"fbl": {0: pool, 1: rebuilt, 2: None}})
    assert f"{SHA}: fbl seed 0 |" in two and f"{'0' * 64}: fbl seed 1 | not recorded: fbl seed 2" in two
    assert "NOT ALL RUNS SHARE IT" in two and "cannot be told from the store" in two
    three = provenance.table_note({"fbl": {0: None, 1: pool, 2: {}}})
    assert "NOT ALL" not in three and "'not recorded' were logged before" in three and "nothing to record: fbl seed 2" in three
    # Other settings (a tuned guidance: another pool key; another generator) are not a mismatch.
    tuned = {"generator": "ddpm", "pool_key": "77aa", "pool_sha256": "1" * 64}
    assert "NOT ALL" not in provenance.table_note({"fbl": {0: pool}, "fbl+scaffold": {0: tuned},
                                                   "fbl+fedprox": {0: {"generator": "gaussian"}}})
    generic = provenance.table_note({"mine": {0: {"teacher": "abc"}}})
    assert generic.endswith("teacher abc: mine seed 0") and "FBL" not in generic


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
    assert "fedavg seed 0 (trial #0)" in (tmp_path / "b1" / "eurosat-dir0.1.md").read_text()
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


def test_a_provenance_hook_that_fails_loses_nothing_but_the_provenance(
        tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def broken(self: Any) -> dict[str, str]:
        raise RuntimeError("boom")

    monkeypatch.setattr(FedAvg, "provenance", broken, raising=False)
    runs = tmp_path / "runs"
    _sweep(runs, tmp_path)
    assert "FedAvg.provenance() failed (RuntimeError: boom)" in capsys.readouterr().err
    (trial,) = load(runs, "eurosat-dir0.1-fedavg").trials
    assert trial.state.name == "COMPLETE" and "provenance" not in trial.user_attrs
    (run,) = runs_of(runs, EXPERIMENT, "trial")
    assert run.info.status == "FINISHED" and run.data.tags["fblbench.state"] == "complete"
    assert "fblbench.provenance" not in run.data.tags

