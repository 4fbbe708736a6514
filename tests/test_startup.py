"""Cheap start-up and the process settings: what the light commands import, the thread
defaults, the wait policy, the study-level heatmap, the sweep's ETA."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import optuna
import pytest
from optuna.distributions import BaseDistribution, FloatDistribution
from optuna.trial import TrialState, create_trial

from fblbench import runtime
from fblbench.cli import TRAINING_COMMANDS, _command, main
from fblbench.registry import describe_methods
from fblbench.tuning.progress import duration, study_progress
from tests.study_helpers import TINY, client, runs_of, spaces

HEAVY = ("torch", "torchvision", "mlflow", "optuna", "matplotlib", "diffusers", "scipy")

PROBE = """
import contextlib, io, json, sys
from fblbench.cli import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    for argv in {argvs!r}:
        try:
            main(argv)
        except SystemExit:
            pass
print(json.dumps([m for m in {heavy!r} if m in sys.modules]))
"""


def _heavy_imports(*argvs: list[str]) -> list[str]:
    code = PROBE.format(argvs=list(argvs), heavy=HEAVY)
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env,
                         cwd=Path(__file__).resolve().parents[1])
    return list(json.loads(out.stdout.strip().splitlines()[-1]))


def test_cli_import_help_methods_and_leaderboard_import_no_heavy_module() -> None:
    assert _heavy_imports() == []  # import fblbench.cli alone
    assert _heavy_imports(["--help"], ["methods"], ["run", "--help"], ["sweep", "--help"]) == []
    board = Path(__file__).resolve().parents[1] / "leaderboards"
    assert list(board.glob("*.csv"))
    # a leaderboard read from its files needs neither MLflow nor torch
    assert _heavy_imports(["leaderboard", "--leaderboard-dir", str(board)]) == []


def test_methods_listed_from_source_match_the_imported_classes() -> None:
    static = describe_methods()
    imported = describe_methods(imports=True)
    assert [m.name for m in static] == [m.name for m in imported]
    assert {"fedavg", "fbl", "fedprox", "scaffold"} <= {m.name for m in static}
    for a, b in zip(static, imported, strict=True):
        assert not b.error, b
        assert a == b  # same summary and hyperparameter defaults, without importing the class


def test_methods_command_lists_builtins_and_baselines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["methods"]) == 0
    out = capsys.readouterr().out
    assert "fedavg" in out and "fbl" in out and "fedprox" in out and "mu=0.01" in out


def test_threads_default_divides_usable_cores_among_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runtime, "usable_cores", lambda: 8)
    assert runtime.auto_threads(1) == 8
    assert runtime.auto_threads(3) == 2
    assert runtime.auto_threads(16) == 1  # never 0
    assert runtime.auto_threads(2, requested=5) == 5  # --threads N wins
    assert runtime.auto_threads(2, requested=0) == 4  # --threads 0 = auto
    monkeypatch.undo()
    assert 1 <= runtime.usable_cores() <= (os.cpu_count() or 1)


def test_a_note_is_one_write_of_its_whole_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two worker processes share stderr: a line written in two parts (text, then newline)
    ran into the other's ("...9e93cifar10: loading ...")."""
    writes: list[str] = []

    class Err:
        def write(self, text: str) -> int:
            writes.append(text)
            return len(text)

        def flush(self) -> None:
            writes.append("<flush>")

    monkeypatch.setattr(runtime.sys, "stderr", Err())
    runtime.note("cifar10: loading the decoded images")
    assert writes == ["cifar10: loading the decoded images\n", "<flush>"]


def test_an_atomic_write_replaces_whole_or_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "table.md"
    runtime.atomic_write_text("old", path)  # creates the folder
    assert path.read_text() == "old"

    def half_then_fail(tmp: Path) -> None:
        tmp.write_text("half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        runtime.atomic_write(path, half_then_fail)
    assert path.read_text() == "old"
    runtime.atomic_write(path, lambda tmp: tmp.write_bytes(b"new"))
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in path.parent.iterdir()) == ["table.md"]


def test_training_commands_get_the_passive_wait_policy(tmp_path: Path) -> None:
    assert [c for c in ("run", "sweep", "compare", "methods", "ui", "leaderboard") if c in TRAINING_COMMANDS] \
        == ["run", "sweep", "compare"]
    assert _command(["--help"]) is None and _command(["run", "--dataset", "x"]) == "run"
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    env["FBLBENCH_NO_MALLOC_TUNING"] = "1"  # no re-exec into the real command
    code = ("import os, sys; from fblbench import cli; cli.COMMANDS['run'] = lambda a: print(os.environ.get("
            "'OMP_WAIT_POLICY'), 'torch' in sys.modules) or 0; cli.main()")
    out = subprocess.run([sys.executable, "-c", code, "run"], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["PASSIVE", "False"]  # set before torch could load OpenMP
    env["OMP_WAIT_POLICY"] = "ACTIVE"  # the user's choice wins
    out = subprocess.run([sys.executable, "-c", code, "run"], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split()[0] == "ACTIVE"


def test_heatmap_drawn_once_per_level_on_the_parent_runs(tmp_path: Path, data_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from fblbench.tracking import plots

    drawn: list[Path] = []
    real = plots.histogram_heatmap

    def counting(*args: object, **kw: object) -> Path:
        drawn.append(real(*args, **kw))  # type: ignore[arg-type]
        return drawn[-1]

    monkeypatch.setattr(plots, "histogram_heatmap", counting)
    runs = tmp_path / "runs"
    sp = spaces(tmp_path / "sp", fedavg="{}\n", fedprox="mu: {type: float, low: 0.001, high: 0.1, log: true}\n")
    argv = ["sweep", *TINY, "--methods", "fedavg,fedprox", "--trials", "2", "--runs-dir", str(runs),
            "--spaces-dir", str(sp)]
    assert main(argv) == 0
    assert len(drawn) == 1  # two studies x two trials: one partition, one drawing
    parents = runs_of(runs, "fblbench/eurosat-dir0.1", "sweep")
    trials = runs_of(runs, "fblbench/eurosat-dir0.1", "trial")
    assert len(parents) == 2 and len(trials) == 4
    c = client(runs)
    for r in parents:
        assert [a.path for a in c.list_artifacts(r.info.run_id)] == ["partition_heatmap.png"]
    for r in trials:
        assert "partition_heatmap.png" not in {a.path for a in c.list_artifacts(r.info.run_id)}
    assert main([*argv[:-4], "--trials", "3", *argv[-4:]]) == 0  # resume: the parents have it already
    assert len(drawn) == 1


def test_study_progress_counts_and_eta() -> None:
    t0 = datetime.datetime(2026, 1, 1, 12, 0, 0)
    dist: dict[str, BaseDistribution] = {"lr": FloatDistribution(0.001, 0.1)}

    def trial(state: TrialState, seconds: float | None, number: int) -> optuna.trial.FrozenTrial:
        t = create_trial(state=state, params={"lr": 0.01}, distributions=dist,
                         value=0.5 if state == TrialState.COMPLETE else None)
        t.number = number
        t.datetime_start = t0
        t.datetime_complete = None if seconds is None else t0 + datetime.timedelta(seconds=seconds)
        return t

    trials = [trial(TrialState.COMPLETE, 100, 0), trial(TrialState.PRUNED, 20, 1),
              trial(TrialState.FAIL, 30, 2), trial(TrialState.RUNNING, None, 3), trial(TrialState.RUNNING, None, 4)]
    p = study_progress(trials, total=10)
    # the FAIL has no fblbench failure attribute: a dead worker's trial, retried, not counted
    assert (p.complete, p.pruned, p.failed, p.running, p.remaining) == (1, 1, 0, 2, 8)
    assert p.mean_seconds == 60
    assert p.eta_seconds() == 60 * 8 / 2
    assert "1 done, 1 pruned, 0 failed" in p.text() and "ETA 4m00s" in p.text()
    assert "ETA after the first trial" in study_progress(trials[3:], 10).text()
    assert [duration(s) for s in (42, 1025, 11520)] == ["42s", "17m05s", "3h12m"]


def test_round_metrics_buffered_and_written_by_end() -> None:
    from fblbench.engine.loop import RoundReport
    from fblbench.tracking.mlflow_log import RunLog

    class FakeClient:
        def __init__(self) -> None:
            self.batches: list[list[tuple[str, int]]] = []
            self.ended = ""

        def log_batch(self, run_id: str, metrics: list[object] = (), **kw: object) -> None:  # type: ignore[assignment]
            if metrics:
                self.batches.append([(m.key, m.step) for m in metrics])  # type: ignore[attr-defined]

        def set_terminated(self, run_id: str, status: str) -> None:
            self.ended = status

    fake = FakeClient()
    run = RunLog(fake, "r")
    for r in (1, 2, 3):
        run.log_round(RoundReport(r, 3, 0.5, 1.0, None, None, 1.0, 0.1, (0,)))
    assert fake.batches == []  # one database write per ROUND_FLUSH_SECONDS, not per round
    run.end()
    assert len(fake.batches) == 1 and fake.ended == "FINISHED"
    assert sorted({s for k, s in fake.batches[0] if k == "val_acc"}) == [1, 2, 3]


def test_sweep_trials_and_workers_follow_the_budget_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    from fblbench import cli

    monkeypatch.setattr(runtime, "usable_cores", lambda: 6)  # SweepConfig resolves them (fblbench.tuning.settings)
    assert cli.sweep_defaults("cpu", None, None) == (100, 6)
    assert cli.sweep_defaults("smoke", None, None) == (3, 1)
    assert cli.sweep_defaults("paper", None, None) == (100, 1)
    assert cli.sweep_defaults("cpu", 7, 1) == (7, 1) and cli.sweep_defaults("smoke", 10, 3) == (10, 3)


def test_deterministic_cuda_sets_every_switch_and_leaves_a_user_workspace() -> None:
    # In a child process: the switches are process-wide and would change every later test.
    probe = (
        "import os, json, torch\n"
        "os.environ['CUBLAS_WORKSPACE_CONFIG'] = ':16:8'\n"
        "from fblbench.runtime import deterministic_cuda\n"
        "deterministic_cuda()\n"
        "print(json.dumps([torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark,\n"
        "    torch.are_deterministic_algorithms_enabled(),\n"
        "    torch.is_deterministic_algorithms_warn_only_enabled(), os.environ['CUBLAS_WORKSPACE_CONFIG']]))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.strip().splitlines()[-1]) == [True, False, True, False, ":16:8"]
