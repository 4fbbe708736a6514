"""A user's own method package, outside fblbench, found by entry point and by ``module:Class``.

The package lives in ``tmp_path``; a hand-written ``<dist>.dist-info`` (METADATA +
entry_points.txt) beside it is what ``pip install`` of a package declaring
``[project.entry-points."fblbench.methods"]`` would leave, so importlib.metadata finds it
once the folder is on ``sys.path`` / ``PYTHONPATH``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from fblbench.engine.loop import run_federated
from fblbench.registry import ENTRY_POINT_GROUP, available_methods, build_method, get_method
from fblbench.testing import check_method, toy_federation, toy_train_config

REPO = Path(__file__).resolve().parents[1]

PLUGIN = '''
"""A user's methods: written only against fblbench's public method API."""
from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from fblbench.engine.client import Batch, ClientContext
from fblbench.method import Method


class LabelSmoothing(Method):
    """Cross-entropy with label smoothing; FedAvg otherwise."""

    name = "smooth"
    summary = "cross-entropy with label smoothing"
    paper = "Szegedy et al., CVPR 2016"

    @dataclass(frozen=True)
    class Hparams:
        # 0.1: the value of the Inception-v3 paper.
        smoothing: float = 0.1

    def loss(self, ctx: ClientContext, batch: Batch) -> torch.Tensor:
        return F.cross_entropy(ctx.forward(batch)[1], batch.y, label_smoothing=self.hp.smoothing)


class Unregistered(LabelSmoothing):
    """No entry point: found only by its "module:Class" spec."""

    name = "unregistered"
'''


@pytest.fixture
def plugin_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    site = tmp_path / "site"
    pkg = site / "fbl_user_methods"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "smoothing.py").write_text(textwrap.dedent(PLUGIN))
    dist = site / "fbl_user_methods-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fbl-user-methods\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(
        f"[{ENTRY_POINT_GROUP}]\nsmooth = fbl_user_methods.smoothing:LabelSmoothing\n"
    )
    monkeypatch.syspath_prepend(str(site))  # also invalidates the import caches
    yield site
    for mod in [m for m in sys.modules if m.startswith("fbl_user_methods")]:
        del sys.modules[mod]


def test_registry_finds_the_entry_point_plugin(plugin_dir: Path) -> None:
    assert available_methods()["smooth"] == "fbl_user_methods.smoothing:LabelSmoothing"
    cls = get_method("smooth")
    assert cls.__module__ == "fbl_user_methods.smoothing" and cls.name == "smooth"
    method = build_method("smooth", {"smoothing": 0.2})
    assert method.hparams_dict() == {"smoothing": 0.2}
    # bundled baselines come through the same group
    assert available_methods()["fedprox"] == "fblbench_baselines.fedprox:FedProx"


def test_module_class_spec_without_entry_point(plugin_dir: Path) -> None:
    assert "unregistered" not in available_methods()
    cls = get_method("fbl_user_methods.smoothing:Unregistered")
    assert cls.name == "unregistered"


@pytest.mark.parametrize("spec", ["smooth", "fbl_user_methods.smoothing:Unregistered"])
def test_plugins_train_through_run_federated(plugin_dir: Path, spec: str) -> None:
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        train = toy_train_config(rounds=2)
        result = run_federated(toy_federation(2, train), train, build_method(spec))
    finally:
        torch.set_num_threads(threads)
    assert len(result.reports) == 2
    assert all(np.isfinite(r.train_loss) for r in result.reports)


def test_plugin_passes_the_conformance_suite(plugin_dir: Path) -> None:
    check_method(get_method("smooth"), {"smoothing": 0.05})


# ---- through the CLI (python -m fblbench), the way a user runs it ----------------------------


def _env(plugin: Path, tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(plugin), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["FBLBENCH_CACHE_DIR"] = str(tmp_path / "cache")
    env["FBLBENCH_RUNS_DIR"] = str(tmp_path / "runs")
    env["OMP_NUM_THREADS"] = "1"
    return env


def _cli(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "fblbench", *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, f"fblbench {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return proc


def _image_folder(root: Path, classes: int = 3, per_class: int = 14) -> Path:
    rng = np.random.default_rng(0)
    for c in range(classes):
        d = root / f"class{c}"
        d.mkdir(parents=True)
        for i in range(per_class):
            img = rng.integers(0, 100, size=(16, 16, 3), dtype=np.uint8)
            img[:, :, c] += 120  # learnable: each class brightens its own channel
            Image.fromarray(img).save(d / f"{i}.png")
    return root


def test_cli_lists_the_plugin(plugin_dir: Path, tmp_path: Path) -> None:
    out = _cli(["methods"], _env(plugin_dir, tmp_path), tmp_path).stdout
    for name in ("smooth", "fedavg", "fedprox", "scaffold", "moon"):
        assert name in out, f"{name!r} not in `fblbench methods` output:\n{out}"


@pytest.mark.parametrize("spec", ["smooth", "fbl_user_methods.smoothing:Unregistered"])
def test_cli_runs_the_plugin(plugin_dir: Path, tmp_path: Path, spec: str) -> None:
    data = _image_folder(tmp_path / "images")
    args = [
        "run", "--method", spec, "--hp", "smoothing=0.2", "--dataset", "imagefolder", "--data-dir", str(data),
        "--budget", "smoke", "--partition", "iid", "--clients", "2", "--rounds", "1", "--resolution", "16",
        "--device", "cpu", "--threads", "1", "--no-mlflow",
    ]
    proc = _cli(args, _env(plugin_dir, tmp_path), tmp_path)
    assert f"method {spec}" in proc.stdout and "final: val_acc" in proc.stdout, proc.stdout


def test_plugins_run_in_a_smoke_sweep(plugin_dir: Path, tmp_path: Path, data_dir: Path) -> None:
    """Both plugins (entry point and module:Class) get their own study in one real sweep."""
    import optuna
    from mlflow.tracking import MlflowClient

    from fblbench.cli import main

    runs = tmp_path / "runs"
    spaces = tmp_path / "spaces"
    spaces.mkdir()
    (spaces / "common.yaml").write_text("lr: {type: float, low: 0.005, high: 0.05, log: true}\n")
    (spaces / "smooth.yaml").write_text("smoothing: {type: float, low: 0.0, high: 0.3}\n")
    rc = main(["sweep", "--dataset", "eurosat", "--budget", "smoke", "--quiet", "--trials", "2",
               "--methods", "smooth,fbl_user_methods.smoothing:Unregistered",
               "--spaces-dir", str(spaces), "--runs-dir", str(runs)])
    assert rc == 0
    storage = f"sqlite:///{runs / 'optuna.db'}"
    names = {s.study_name for s in optuna.get_all_study_summaries(storage)}
    assert names == {"eurosat-dir0.1-smooth", "eurosat-dir0.1-fbl_user_methods.smoothing:Unregistered"}
    smooth = optuna.load_study(study_name="eurosat-dir0.1-smooth", storage=storage)
    assert len(smooth.trials) == 2 and all("smoothing" in t.params for t in smooth.trials)
    client = MlflowClient(f"sqlite:///{runs / 'mlflow.db'}")
    exp = client.get_experiment_by_name("fblbench/eurosat-dir0.1")
    trial_runs = [r for r in client.search_runs([exp.experiment_id]) if r.data.tags.get("fblbench.kind") == "trial"]
    assert len(trial_runs) == 4
    assert {r.data.params["method.name"] for r in trial_runs} == {
        "smooth", "fbl_user_methods.smoothing:Unregistered"}


# ---- a plugin ships its own search space (issue 9): found through its class, nothing copied ----

SPACE_PLUGIN = '''
from __future__ import annotations

from dataclasses import dataclass

from fblbench.method import FedAvg


class Shipped(FedAvg):
    """Its range is package data: fbl_space_plugin/search_spaces/shipped.yaml."""

    name = "shipped"
    summary = "a plugin with its own search space"
    paper = "none"

    @dataclass(frozen=True)
    class Hparams:
        # mu, as FedProx's and MOON's: names need not be unique across methods.
        mu: float = 0.1
        p_drop: float = 0.25  # FBL has a p_drop too: fbl+shipped names them fbl.p_drop / shipped.p_drop


class ByAttribute(Shipped):
    """No entry point; its file is named by the class attribute, beside this module."""

    name = "by_attribute"
    search_space_file = "by_attribute_space.yaml"
'''


@pytest.fixture
def space_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    site = tmp_path / "site"
    pkg = site / "fbl_space_plugin"
    (pkg / "search_spaces").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "methods.py").write_text(textwrap.dedent(SPACE_PLUGIN))
    (pkg / "search_spaces" / "shipped.yaml").write_text(
        "mu: {type: float, low: 0.02, high: 0.2, log: true}\np_drop: {type: float, low: 0.1, high: 0.4}\n")
    (pkg / "by_attribute_space.yaml").write_text("mu: {type: float, low: 0.3, high: 0.6}\n")
    dist = site / "fbl_space_plugin-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fbl-space-plugin\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\nshipped = fbl_space_plugin.methods:Shipped\n")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delenv("FBLBENCH_SPACES_DIR", raising=False)
    monkeypatch.chdir(tmp_path)  # no search_spaces/ in the working folder
    yield site
    for mod in [m for m in sys.modules if m.startswith("fbl_space_plugin")]:
        del sys.modules[mod]


def _own(spec: str, tmp_path: Path) -> dict[str, tuple[float | None, float | None]]:
    from fblbench.tuning.study import SweepConfig, plan_sweep

    (plan,) = plan_sweep(SweepConfig(dataset="eurosat", methods=(spec,), budget="smoke", runs_dir=tmp_path / "r"))
    return {k: (p.low, p.high) for k, p in plan.own.items()}


def test_a_plugin_sweeps_with_the_search_space_it_ships(space_plugin: Path, tmp_path: Path) -> None:
    assert _own("shipped", tmp_path) == {"mu": (0.02, 0.2), "p_drop": (0.1, 0.4)}
    assert _own("fbl_space_plugin.methods:ByAttribute", tmp_path) == {"mu": (0.3, 0.6)}
    composed = _own("fbl+shipped", tmp_path)
    assert composed["shipped.mu"] == (0.02, 0.2) and composed["shipped.p_drop"] == (0.1, 0.4)
    assert composed["fbl.p_drop"] == (0.0, 0.9)  # FBL's own range, beside the plugin's p_drop


def test_a_plugin_space_through_the_cli_sweep_check(space_plugin: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI reads the plugin's file without --spaces-dir: a bad range in it stops the sweep
    before any data is read, naming the plugin's own file."""
    from fblbench.cli import main

    bad = space_plugin / "fbl_space_plugin" / "search_spaces" / "shipped.yaml"
    bad.write_text("mu: {type: float, low: 0.5, high: 0.1}\n")
    assert main(["sweep", "--quiet", "--dataset", "eurosat", "--budget", "smoke", "--data-dir", str(tmp_path / "none"),
                 "--methods", "shipped", "--runs-dir", str(tmp_path / "runs")]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: key 'mu': low <= high must hold" in err, err
