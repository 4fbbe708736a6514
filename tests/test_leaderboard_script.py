"""``benchmarks/leaderboards_2core.sh`` assembles the sweep and compare commands of a table
(a stand-in for ``fblbench`` records them; nothing trains)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "leaderboards_2core.sh"


_KNOBS = ("DATASET", "ALPHA", "TRIALS", "SEEDS", "PARTITION", "CLASSES", "BUDGET_CHECK", "BUDGET_METHODS",
          "PROTOCOL", "LB_DIR", "RUNS", "METHODS", "ROUNDS", "ARCHIVE", "OTHER_MACHINES")


def _commands(tmp_path: Path, fail: str = "", **env: str) -> list[list[str]]:
    """The fblbench calls the script makes (ARCHIVE=none unless given); ``fail``: the fake exits 1
    on that subcommand."""
    log = tmp_path / "calls"
    log.unlink(missing_ok=True)
    fake = tmp_path / "fblbench"
    fake.write_text(f'#!/usr/bin/env bash\nprintf "%s\\n" "$@" >> {log}\necho --- >> {log}\n'
                    f'[ "$1" = "{fail}" ] && exit 1; exit 0\n')
    fake.chmod(0o755)
    clean = {k: v for k, v in os.environ.items() if k not in _KNOBS}  # the caller's shell sets none of them
    subprocess.run(["bash", str(SCRIPT)], check=not fail, capture_output=True, text=True,
                   env={**clean, "FBLBENCH": str(fake), "ARCHIVE": "none", **env})
    calls = log.read_text().split("---\n")
    return [c.splitlines() for c in calls if c.strip()]


def _after(args: list[str], flag: str) -> str:
    return args[args.index(flag) + 1]


def test_the_default_is_the_datasets_two_core_protocol_in_its_old_runs_dir(tmp_path: Path) -> None:
    sweep, compare = _commands(tmp_path, DATASET="cifar10", ALPHA="0.5")
    assert sweep[0] == "sweep" and _after(sweep, "--protocol") == "cifar10-2core"
    assert _after(sweep, "--runs-dir") == _after(compare, "--runs-dir") == "fblbench-runs/board-cifar10-dir0.5"
    assert _after(compare, "--alpha") == "0.5" and _after(compare, "--budget-check") == "2"
    assert _after(compare, "--leaderboard-dir") == "leaderboards"
    assert any(a.startswith("script: PROTOCOL=cifar10-2core LB_DIR=leaderboards DATASET=cifar10 ")
               and " METHODS=" not in a for a in compare)  # all methods: the default, not spelled out
    assert "--rounds" not in sweep  # the protocol's own rounds at the level
    assert "--reuse-other-machines" not in compare  # runs of another machine are trained again here


def test_other_machines_reads_their_runs_back_and_the_command_says_so(tmp_path: Path) -> None:
    _, compare = _commands(tmp_path, PROTOCOL="eurosat-niid-recipe", ALPHA="0.5", OTHER_MACHINES="1")
    assert "--reuse-other-machines" in compare
    assert any(a.startswith("script: PROTOCOL=eurosat-niid-recipe ") and " OTHER_MACHINES=1 " in a for a in compare)


def test_another_protocol_gets_its_own_runs_dir_and_leaderboard_folder(tmp_path: Path) -> None:
    sweep, compare = _commands(tmp_path, PROTOCOL="eurosat-niid-recipe", ALPHA="0.5", BUDGET_CHECK="0",
                               METHODS="fedavg,fbl")
    assert _after(sweep, "--protocol") == _after(compare, "--protocol") == "eurosat-niid-recipe"
    assert _after(sweep, "--runs-dir") == "fblbench-runs/board-eurosat-niid-recipe-dir0.5"
    assert _after(compare, "--leaderboard-dir") == "leaderboards/eurosat-niid-recipe"  # never a 2-core table's file
    assert _after(compare, "--methods") == "fedavg,fbl" and _after(compare, "--budget-check") == "0"
    assert any(a.startswith("script: PROTOCOL=eurosat-niid-recipe LB_DIR=leaderboards/eurosat-niid-recipe "
                            "PARTITION=") and a.endswith(" METHODS=fedavg,fbl benchmarks/leaderboards_2core.sh")
               for a in compare)  # a subset of the methods is part of the command that reproduces the table
    _, mine = _commands(tmp_path, PROTOCOL="eurosat-niid-recipe", LB_DIR=str(tmp_path / "lb"))
    assert _after(mine, "--leaderboard-dir") == str(tmp_path / "lb")


def test_rounds_sweeps_another_budget_into_its_own_runs_dir_and_folder(tmp_path: Path) -> None:
    """ROUNDS=200 reproduces the earlier 200-round eurosat-niid-recipe Dirichlet 0.1 table beside the
    300-round one, never into its runs dir or over its file."""
    sweep, compare = _commands(tmp_path, PROTOCOL="eurosat-niid-recipe", ALPHA="0.1", ROUNDS="200")
    assert _after(sweep, "--rounds") == "200"
    assert _after(sweep, "--runs-dir") == _after(compare, "--runs-dir") == "fblbench-runs/board-eurosat-niid-recipe-dir0.1-r200"
    assert _after(compare, "--leaderboard-dir") == "leaderboards/eurosat-niid-recipe/200-rounds"
    assert any(a.startswith("script: PROTOCOL=eurosat-niid-recipe LB_DIR=leaderboards/eurosat-niid-recipe/200-rounds ")
               and " ROUNDS=200 " in a for a in compare)


def test_the_stores_are_loaded_from_the_archive_when_missing_and_saved_on_any_exit(tmp_path: Path) -> None:
    archive, runs = tmp_path / "archive", tmp_path / "runs"
    env = {"PROTOCOL": "cifar10-niid-recipe", "ALPHA": "0.5", "ARCHIVE": str(archive), "RUNS": str(runs)}
    calls = _commands(tmp_path, **env)  # no archive yet: nothing to load, saved at the end
    assert [c[0] for c in calls] == ["sweep", "compare", "archive"]
    assert calls[-1] == ["archive", "save", str(archive), "--runs-dir", str(runs)]

    archive.mkdir()
    (archive / "optuna.sql").write_text("")
    calls = _commands(tmp_path, **env)
    assert calls[0] == ["archive", "load", str(archive), "--runs-dir", str(runs)]
    assert [c[0] for c in calls[1:]] == ["sweep", "compare", "archive"]

    runs.mkdir()
    (runs / "optuna.db").write_bytes(b"")  # the runs dir is here: never loaded over
    assert [c[:2] for c in _commands(tmp_path, **env)] == [["sweep", "--protocol"], ["compare", "--protocol"],
                                                           ["archive", "save"]]
    # A sweep that fails or is interrupted still has its finished trials archived.
    assert [c[:2] for c in _commands(tmp_path, fail="sweep", **env)] == [["sweep", "--protocol"], ["archive", "save"]]
    # The default archive lies beside the table; ARCHIVE=none turns it off.
    env["ARCHIVE"] = ""  # unset
    assert _commands(tmp_path, **env, LB_DIR=str(tmp_path / "lb"))[-1][:3] == \
        ["archive", "save", str(tmp_path / "lb" / "stores" / "cifar10-niid-recipe-dir0.5")]
    env["ARCHIVE"] = "none"
    assert [c[0] for c in _commands(tmp_path, **env)] == ["sweep", "compare"]
