"""benchmarks/niid_bench.py: each run's output is kept in a log, complete logs are read back
(a check continued later runs only what is missing), and the table says what is missing."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts import load_benchmark


def _load() -> ModuleType:
    return load_benchmark("niid_bench.py")


def _fake_launch(calls: list[list[str]], fail: bool = False):  # type: ignore[no-untyped-def]
    """Stands in for `fblbench run`: the output lines the script parses, a curve rising by
    0.01 a round from a level set by the seed."""

    def launch(cmd: list[str], log) -> int:  # type: ignore[no-untyped-def]
        calls.append(cmd)
        rounds = int(cmd[cmd.index("--rounds") + 1]) if "--rounds" in cmd else 50
        base = 0.5 + 0.01 * int(cmd[cmd.index("--seed") + 1])
        for r in range(1, rounds + 1):
            log.write(f"round {r:3d}/{rounds}  val_acc 0.1  test_acc {base + 0.001 * r:.4f}  train_loss 1.0  1.0s\n")
        if fail:
            return 1
        log.write(f"final: val_acc 0.1  test_acc {base + 0.001 * rounds:.4f}\n")
        return 0

    return launch


def _main(mod: ModuleType, monkeypatch: pytest.MonkeyPatch, *argv: str) -> None:
    monkeypatch.setattr(sys, "argv", ["niid_bench.py", "--device", "cpu", *argv])
    mod.main()


def test_runs_are_logged_read_back_and_only_the_missing_ones_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mod, calls = _load(), []
    monkeypatch.setattr(mod, "launch", _fake_launch(calls))
    out = tmp_path / "niid.md"
    _main(mod, monkeypatch, "--methods", "fedavg", "--seeds", "1", "--out", str(out))
    log = tmp_path / "niid" / "fedavg-seed0.log"
    assert len(calls) == 1 and log.read_text().startswith("# niid_bench run\n# command: fblbench run --protocol "
                                                          "niid-bench --method fedavg --seed 0 --device cpu")
    md = out.read_text()
    # 0.5 + 0.05 at round 50: 55.0 %, 13.2 below NIID-Bench's 68.2; r10 = 51.0; slope 0.1 point a round.
    assert "| fedavg | 55.0 (one seed) | 1 of 1 | 51.0 | 52.0 | 53.0 | 54.0 | 55.0 | +0.10 | 68.2 | 63.4 | -13.2 | **no** |" in md
    assert "Not run yet" not in md

    # More seeds and a method: seed 0 of fedavg is read back, three runs are new, seed-major.
    _main(mod, monkeypatch, "--methods", "fedavg,fedprox", "--seeds", "2", "--out", str(out))
    assert [(c[c.index("--method") + 1], c[c.index("--seed") + 1]) for c in calls[1:]] == [
        ("fedprox", "0"), ("fedavg", "1"), ("fedprox", "1")]
    assert ["--hp", "mu=0.01"] == calls[1][-2:]
    assert "| fedavg | 55.5 ± 0.7 | 2 of 2 |" in out.read_text()


def test_table_only_runs_nothing_and_names_the_missing_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mod, calls = _load(), []
    monkeypatch.setattr(mod, "launch", _fake_launch(calls))
    out = tmp_path / "niid.md"
    _main(mod, monkeypatch, "--methods", "fedavg", "--seeds", "1", "--out", str(out))
    _main(mod, monkeypatch, "--methods", "fedavg,scaffold", "--seeds", "2", "--out", str(out), "--table-only")
    md = out.read_text()
    assert len(calls) == 1
    assert "| fedavg | 55.0 (one seed) | 1 of 2 |" in md and "| scaffold | not run | 0 of 2 |" in md
    assert "**Not run yet** (3 of 4 runs): fedavg seed 1, scaffold seed 0, scaffold seed 1" in md
    # Notes written by hand below the marker survive the next rewrite; the table itself is new.
    notes = f"\n{mod.NOTES}\n- how the logs were made\n"
    out.write_text(md + notes)
    _main(mod, monkeypatch, "--methods", "fedavg", "--seeds", "1", "--out", str(out), "--table-only")
    again = out.read_text()
    assert again.endswith(notes) and again.count(mod.NOTES) == 1 and "Not run yet" not in again


def test_a_failed_or_cut_run_is_not_read_back_as_done_and_a_cut_protocol_compares_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mod, calls = _load(), []
    out = tmp_path / "niid.md"
    monkeypatch.setattr(mod, "launch", _fake_launch(calls, fail=True))
    with pytest.raises(SystemExit, match="failed \\(exit 1\\); its output is in"):
        _main(mod, monkeypatch, "--methods", "fedavg", "--seeds", "1", "--out", str(out), "--rounds", "20")
    monkeypatch.setattr(mod, "launch", _fake_launch(calls))
    _main(mod, monkeypatch, "--methods", "fedavg", "--seeds", "1", "--out", str(out), "--rounds", "20")
    assert len(calls) == 2  # the failed run's log was not taken for a finished run
    md = out.read_text()
    assert "**cut (20 rounds" in md and "| fedavg | 52.0 (one seed) | 1 of 1 | 51.0 | 52.0 | +0.10 | 68.2 | 63.4 |  |  |" in md


def test_a_log_of_another_command_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mod, calls = _load(), []
    monkeypatch.setattr(mod, "launch", _fake_launch(calls))
    out = tmp_path / "niid.md"
    _main(mod, monkeypatch, "--methods", "fedavg", "--seeds", "1", "--out", str(out))
    with pytest.raises(SystemExit, match=r"is the log of `fblbench run .*--threads 1.*`, not of `.*--threads 2"):
        _main(mod, monkeypatch, "--methods", "fedavg", "--seeds", "1", "--out", str(out), "--threads", "2")
    assert len(calls) == 1


def test_two_jobs_run_every_missing_run_and_an_interrupted_run_runs_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mod, calls = _load(), []
    out = tmp_path / "niid.md"

    def interrupted(cmd: list[str], log) -> int:  # type: ignore[no-untyped-def]
        log.write("round   1/50  val_acc 0.1  test_acc 0.1000  train_loss 1.0  1.0s\n")
        raise KeyboardInterrupt

    monkeypatch.setattr(mod, "launch", interrupted)
    with pytest.raises(SystemExit, match="interrupted: the finished runs' logs are kept"):
        _main(mod, monkeypatch, "--methods", "fedavg", "--seeds", "1", "--out", str(out))
    monkeypatch.setattr(mod, "launch", _fake_launch(calls))
    _main(mod, monkeypatch, "--methods", "fedavg,scaffold", "--seeds", "2", "--jobs", "2", "--out", str(out))
    assert sorted((c[c.index("--method") + 1], c[c.index("--seed") + 1]) for c in calls) == [
        ("fedavg", "0"), ("fedavg", "1"), ("scaffold", "0"), ("scaffold", "1")]
    assert "| scaffold | 55.5 ± 0.7 | 2 of 2 |" in out.read_text()


def test_each_start_and_end_line_is_one_write_with_its_newline(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Runs start and end side by side (--jobs): a line written in two parts (text, then
    newline, as print does) can run into the other job's."""
    mod, calls = _load(), []
    writes: list[str] = []

    class Recorder:
        def write(self, s: str) -> int:
            writes.append(s)
            return len(s)

        def flush(self) -> None:
            pass

    monkeypatch.setattr(mod, "launch", _fake_launch(calls))
    monkeypatch.setattr(sys, "stdout", Recorder())
    _main(mod, monkeypatch, "--methods", "fedavg,fedprox", "--seeds", "1", "--jobs", "2",
          "--out", str(tmp_path / "niid.md"))
    starts = [w for w in writes if w.startswith("$ ")]
    assert len(starts) == 2 and all(w.endswith("\n") and w.count("$ ") == 1 for w in starts), starts
    ends = [w for w in writes if " seed 0: test " in w]
    assert len(ends) == 2 and all(w.endswith(" min\n") for w in ends), ends
