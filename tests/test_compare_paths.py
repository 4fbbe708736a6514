"""``compare`` and ``leaderboard``: where they write and read, what they do without the
reference method, and how the differences are labelled and tested (issue 10, item 8)."""

from __future__ import annotations

import io
import math
from pathlib import Path

import optuna
import pytest
from rich.console import Console

from fblbench.cli import main
from fblbench.tracking import board_view
from fblbench.tracking import leaderboard as lb
from fblbench.tracking.stats import IDENTICAL, paired_tests
from tests.study_helpers import storage_url, sweep_fedavg_fedprox


@pytest.fixture(scope="module")
def swept(tmp_path_factory: pytest.TempPathFactory, data_dir: Path) -> Path:
    """fedavg and fedprox with one complete trial each; fbl with a study but no complete trial."""
    runs = sweep_fedavg_fedprox(tmp_path_factory.mktemp("cmp"))
    fbl = optuna.create_study(study_name="eurosat-dir0.1-fbl", storage=storage_url(runs), direction="maximize")
    for k, v in {"method": "fbl", "dataset": "eurosat", "partition": "dir0.1", "objective": "accuracy"}.items():
        fbl.set_user_attr(k, v)
    fbl.enqueue_trial({})  # waiting, never run: a sweep that has not finished fbl's first trial
    return runs


@pytest.fixture(scope="module")
def compared(swept: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, str, str, Path]:
    """``fblbench compare`` run from an unrelated folder, with the default reference (fbl)."""
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(elsewhere)
        out, err = io.StringIO(), io.StringIO()
        mp.setattr("sys.stdout", out)
        mp.setattr("sys.stderr", err)
        rc = main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--seeds", "2", "--runs-dir", str(swept),
                   "--no-mlflow", "--quiet"])
    return rc, out.getvalue(), err.getvalue(), elsewhere


def test_compare_without_a_reference_trial_compares_what_exists(compared: tuple[int, str, str, Path],
                                                                 swept: Path) -> None:
    rc, _out, err, _ = compared
    assert rc == 0, err
    assert "compare: left out fbl (no complete trial yet); comparing fedavg, fedprox" in err
    md = (swept / "leaderboards" / "eurosat-dir0.1.md").read_text()
    assert "Note: left out: fbl (no complete trial yet)" in md
    assert "Note: reference method 'fbl' has no complete trial here; no significance tests" in md
    rows = {r["method"] for r in board_view.read_csv((swept / "leaderboards" / "eurosat-dir0.1.csv").read_text(), "").rows}
    assert rows == {"fedavg", "fedprox"}


def test_compare_writes_under_the_runs_dir_and_says_where(compared: tuple[int, str, str, Path],
                                                          swept: Path) -> None:
    _, out, _, elsewhere = compared
    board = swept / "leaderboards"
    assert f"written: {board / 'eurosat-dir0.1.md'} and {board / 'eurosat-dir0.1.csv'}" in out
    assert not (elsewhere / "leaderboards").exists()  # the current folder is left alone


def test_leaderboard_reads_the_runs_dir_from_any_folder(compared: tuple[int, str, str, Path], swept: Path,
                                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FBLBENCH_RUNS_DIR", str(swept))
    assert main(["leaderboard", "--source", "files"]) == 0
    out = capsys.readouterr().out
    assert f"reading {swept.resolve() / 'leaderboards'}/*-*.csv: 1 leaderboard(s)" in out
    assert "fedprox" in out
    assert main(["leaderboard", "--source", "files", "--runs-dir", str(tmp_path)]) == 2
    assert f"no leaderboard found in {tmp_path / 'leaderboards'}" in capsys.readouterr().err


def _board(ref: list[float], other: list[float]) -> lb.Leaderboard:
    seeds = list(range(len(ref)))
    a = lb.Entry("fbl", "s-fbl", 3, 0.9, {"lr": 0.01}, seeds, ref, ref)
    b = lb.Entry("fedavg", "s-fedavg", 5, 0.8, {"lr": 0.02}, seeds, other, other)
    b.test = paired_tests(ref, other)
    return lb.Leaderboard("eurosat", "dir0.1", "fbl", [a, b], "fblbench compare", {"cpu": "x"}, "today")


def _printed(board: lb.Leaderboard) -> str:
    buf = io.StringIO()
    board_view.print_table(board_view.read_csv(lb.to_csv(board), "csv"), Console(file=buf, width=250))
    return buf.getvalue()


def test_the_difference_column_names_its_direction() -> None:
    board = _board([0.81, 0.74, 0.69], [0.78, 0.70, 0.70])
    md = lb.to_markdown(board)
    assert "| Δ = fbl − method [95% CI] |" in md and "Δ = fbl − method (positive: fbl is ahead)" in md
    assert "+0.0200 [" in md  # fbl − fedavg = (0.03 + 0.04 − 0.01) / 3
    assert "Δ = fbl − method [95% CI]" in _printed(board)
    assert "differences Δ = fbl − method (reference minus method)" in lb.to_csv(board)


def test_identical_differences_get_no_p_value() -> None:
    # Every seed 0.05 apart: the spread is float rounding (~1e-17); a t-test reports p ~ 1e-30.
    t = paired_tests([0.9, 0.8, 0.7], [0.85, 0.75, 0.65])
    assert t.degenerate and math.isnan(t.p_ttest) and math.isclose(t.mean_diff, 0.05)
    assert 0 < t.p_wilcoxon < 1  # the exact signed-rank test is still meaningful: 2 / 2^3
    board = _board([0.9, 0.8, 0.7], [0.85, 0.75, 0.65])
    row = next(line for line in lb.to_markdown(board).splitlines() if "| fedavg |" in line)
    assert f"| {IDENTICAL} |" in row
    assert IDENTICAL in _printed(board)
    same = paired_tests([0.9, 0.8], [0.9, 0.8])  # no difference at all: p = 1, not flagged
    assert same.p_ttest == 1.0 and not same.degenerate
    spread = paired_tests([0.9, 0.8, 0.7], [0.85, 0.76, 0.64])
    assert not spread.degenerate and 0 < spread.p_ttest < 1


def test_the_machine_line_names_the_cpu_kernels(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same seed, same threads, different numbers on two "AMD EPYC" machines: the record says which kernels ran."""
    import torch

    monkeypatch.setattr(torch.backends.cpu, "get_cpu_capability", lambda: "AVX512")
    cpu = lb.machine_info()["cpu"]
    assert cpu.endswith(", torch kernels AVX512")
    if Path("/proc/cpuinfo").exists() and "cpu family" in Path("/proc/cpuinfo").read_text():
        assert "(family " in cpu and " model " in cpu


def test_a_runs_kernels_name_the_cpu_as_well_as_its_isa(monkeypatch: pytest.MonkeyPatch) -> None:
    """Same ISA, other CPU, other floats (an AVX512 Xeon and an AVX512 EPYC): a stored run, e.g. from an
    archive made elsewhere, is read back only on the same CPU and ISA."""
    import torch

    from fblbench import runtime

    monkeypatch.setattr(torch.backends.cpu, "get_cpu_capability", lambda: "AVX512")
    monkeypatch.setattr(runtime, "cpu_name", lambda: "Intel Xeon (family 6 model 167)")
    xeon = runtime.kernels("cpu")
    monkeypatch.setattr(runtime, "cpu_name", lambda: "AMD EPYC (family 25 model 17)")
    assert xeon == "cpu AVX512, Intel Xeon (family 6 model 167)" != runtime.kernels("cpu")


def test_a_note_written_by_hand_above_a_table_survives_its_rewrite(tmp_path: Path) -> None:
    md, _, kept = lb.write_files(_board([0.81, 0.74, 0.69], [0.78, 0.70, 0.70]), tmp_path)
    first = md.read_text()
    assert first.startswith(lb.HEADING) and lb.hand_note(first) == "" == kept
    hand = "> **Added by hand:** seed 1 of fedavg ran on another machine.\n>\n> second line\n\n"
    md.write_text(hand + first)
    assert lb.write_files(_board([0.91, 0.84, 0.79], [0.78, 0.70, 0.70]), tmp_path)[2] == hand
    again = md.read_text()
    assert again.startswith(hand + lb.HEADING) and again.count(lb.HEADING) == 1
    assert "0.8467 ± " in again and "0.7467 ± " not in again  # the table is the new one, once
    md.write_text("notes of mine, no table in this file\n")  # not a generated table: nothing to keep
    lb.write_files(_board([0.81, 0.74, 0.69], [0.78, 0.70, 0.70]), tmp_path)
    assert md.read_text() == first


def test_compare_keeps_a_hand_note_and_says_so(compared: tuple[int, str, str, Path], swept: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    md = swept / "leaderboards" / "eurosat-dir0.1.md"
    generated = md.read_text()
    md.write_text("> Added by hand: read this first.\n\n" + generated)
    monkeypatch.chdir(compared[3])
    assert main(["compare", "--dataset", "eurosat", "--alpha", "0.1", "--seeds", "2", "--runs-dir", str(swept),
                 "--no-mlflow", "--quiet"]) == 0
    err = capsys.readouterr().err
    assert f"kept the note written by hand above the table in {md} (2 lines)" in err
    text = md.read_text()
    assert text.startswith("> Added by hand: read this first.\n\n" + lb.HEADING)
    assert text.split("\n", 2)[2].split("Created ")[0] == generated.split("Created ")[0]
