"""Shared test fixtures: real data from the mirror, a per-session cache, small configs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
MIRROR = REPO.parent / "shared" / "data"


def pytest_configure(config: pytest.Config) -> None:
    # Tests read the mirror unless the caller points elsewhere; never copy it into the repo.
    os.environ.setdefault("FBLBENCH_DATA_DIR", str(MIRROR))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    path = Path(os.environ["FBLBENCH_DATA_DIR"])
    if not (path / "eurosat").exists() and not (path / "cifar10").exists():
        pytest.skip(f"dataset mirror not found at {path} (set FBLBENCH_DATA_DIR)")
    return path


@pytest.fixture(scope="session")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Decoded-array cache shared by the whole session (FBLBENCH_CACHE_DIR wins if set)."""
    env = os.environ.get("FBLBENCH_CACHE_DIR")
    return Path(env) if env else tmp_path_factory.mktemp("cache")
