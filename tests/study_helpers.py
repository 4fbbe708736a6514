"""Helpers of the study-manager tests: tiny real sweeps, search spaces, store readers."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import optuna
from mlflow.tracking import MlflowClient

from fblbench.cli import main

REPO = Path(__file__).resolve().parents[1]

# Real EuroSAT, but small enough that a trial takes about a second.
TINY = ["--dataset", "eurosat", "--budget", "smoke", "--max-train", "200", "--max-eval", "100",
        "--rounds", "1", "--quiet"]

FAST_COMMON = "lr: {type: float, low: 0.005, high: 0.05, log: true}\n"


def spaces(folder: Path, common: str = FAST_COMMON, **methods: str) -> Path:
    """A search-space folder: common.yaml plus ``<method>.yaml`` files."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "common.yaml").write_text(common)
    for name, text in methods.items():
        (folder / f"{name}.yaml").write_text(text)
    return folder


def storage_url(runs: Path) -> str:
    return f"sqlite:///{runs / 'optuna.db'}"


def load(runs: Path, name: str) -> optuna.Study:
    return optuna.load_study(study_name=name, storage=storage_url(runs))


def client(runs: Path) -> MlflowClient:
    return MlflowClient(f"sqlite:///{runs / 'mlflow.db'}")


def runs_of(runs: Path, experiment: str, kind: str | None = None) -> list[Any]:
    c = client(runs)
    exp = c.get_experiment_by_name(experiment)
    assert exp is not None, f"no MLflow experiment {experiment!r}"
    found = c.search_runs([exp.experiment_id], max_results=1000)
    return [r for r in found if kind is None or r.data.tags.get("fblbench.kind") == kind]


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def fblbench(args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 600,
             **kw: Any) -> subprocess.CompletedProcess[str]:
    """``python -m fblbench ...`` in a fresh process."""
    return subprocess.run([sys.executable, "-m", "fblbench", *args], env=env or cli_env(), text=True,
                          capture_output=True, timeout=timeout, check=False, **kw)


def trial_numbers(runs: Sequence[Any]) -> Iterator[int]:
    for r in runs:
        yield int(r.data.tags["fblbench.trial_number"])


PROX = "mu: {type: float, low: 0.001, high: 1.0, log: true}\n"


def sweep_fedavg_fedprox(root: Path) -> Path:
    """A runs dir with one complete trial each of fedavg and fedprox (the same shared ranges)."""
    runs = root / "runs"
    sp = spaces(root / "spaces", fedavg="{}\n", fedprox=PROX)
    assert main(["sweep", *TINY, "--trials", "1", "--methods", "fedavg,fedprox", "--spaces-dir", str(sp),
                 "--runs-dir", str(runs)]) == 0
    return runs
