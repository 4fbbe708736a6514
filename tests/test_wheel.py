"""A wheel built from this checkout ships every method's search space, and a ``pip install``ed
fblbench plans a sweep for every bundled method from a folder outside the checkout.

Offline: the wheel is built with this venv's setuptools (``pip wheel --no-deps
--no-build-isolation``) from a copy of the sources (the checkout is left untouched), and
installed with ``--no-deps --no-index`` into a fresh venv whose ``.pth`` line points at this
venv's site-packages, so torch & co. resolve while fblbench comes only from the wheel (a
plain path line does not run this venv's editable-install hook). About 30 s in all.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
import yaml

tomllib = pytest.importorskip("tomllib")  # Python >= 3.11

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
# The bundled methods: fblbench's built-ins and the baselines' entry points.
BASELINES = sorted(PYPROJECT["project"]["entry-points"]["fblbench.methods"])
BUILTINS = ["fbl", "fedavg"]


def _pip(*args: str, python: Path | None = None) -> None:
    cmd = [sys.executable, "-m", "pip", *(["--python", str(python)] if python else []), *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, f"{' '.join(cmd)} failed:\n{proc.stdout}\n{proc.stderr}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("fblbench", "baselines"):
        shutil.copytree(REPO / name, src / name, ignore=ignore)
    _pip("wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(root / "dist"), str(src))
    (whl,) = (root / "dist").glob("fblbench-*.whl")
    return whl


def test_the_wheel_ships_every_search_space_and_common_yaml(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"fblbench/search_spaces/{m}.yaml" for m in [*BUILTINS, "common"]}
    expected |= {f"fblbench_baselines/search_spaces/{m}.yaml" for m in BASELINES}
    # and every file the sources hold, whoever adds one
    expected |= {f"fblbench/search_spaces/{p.name}" for p in (REPO / "fblbench" / "search_spaces").glob("*.yaml")}
    expected |= {f"fblbench_baselines/search_spaces/{p.name}" for p in (REPO / "baselines" / "search_spaces").glob("*.yaml")}
    assert expected <= names, f"missing from the wheel: {sorted(expected - names)}"


PLAN_EVERY_METHOD = """
import json, sys
import fblbench, fblbench_baselines
from fblbench.registry import available_methods
from fblbench.tuning.study import SweepConfig, plan_sweep

names = sorted(available_methods())
specs = names + [f"fbl+{m}" for m in names if m not in ("fbl", "fedavg")]
plans = plan_sweep(SweepConfig(dataset="eurosat", methods=tuple(specs), budget="smoke", runs_dir=sys.argv[1]))
print(json.dumps({"files": [fblbench.__file__, fblbench_baselines.__file__],
                  "own": {p.method_spec: sorted(p.own) for p in plans},
                  "common": sorted(plans[0].common)}))
"""


def test_an_installed_wheel_plans_a_sweep_for_every_bundled_method(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    _pip("install", "--no-deps", "--no-index", "-q", str(wheel), python=python)
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                               capture_output=True, text=True, check=True).stdout.strip())
    (site / "_fblbench_test_deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    elsewhere = tmp_path / "elsewhere"  # no search_spaces/ here, no checkout above
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "FBLBENCH_SPACES_DIR")}
    env["OMP_NUM_THREADS"] = "1"
    proc = subprocess.run([str(python), "-c", PLAN_EVERY_METHOD, str(tmp_path / "runs")], cwd=elsewhere, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert all(Path(f).is_relative_to(site) for f in out["files"]), out["files"]  # the wheel's, not the checkout's
    assert out["common"] == ["batch_size", "local_epochs", "lr"]
    own = out["own"]
    assert set(own) >= {*BUILTINS, *BASELINES} and all(f"fbl+{m}" in own for m in BASELINES)
    assert "fedprox.mu" in own["fbl+fedprox"] and "fbl.p_drop" in own["fbl+fedprox"]
    assert own["fedprox"] == ["mu"] and "p_drop" in own["fbl"]
    # every method with a file in the sources got its ranges from the installed copy
    for m in BASELINES:
        if yaml.safe_load((REPO / "baselines" / "search_spaces" / f"{m}.yaml").read_text(encoding="utf-8")):
            assert own[m], f"{m}: no ranges found in the installed wheel"
