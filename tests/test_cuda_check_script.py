"""benchmarks/cuda_check.py (the GPU session's method check) runs FBL on its synthetic data.

Nothing ran this script between sessions lent a GPU, and FBL's need for a public pool broke
it unseen; this runs its method check on the CPU for FBL and FedAvg.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def _load() -> ModuleType:
    sys.path.insert(0, str(BENCH))  # it imports plain_fedavg beside it
    try:
        spec = importlib.util.spec_from_file_location("cuda_check_script", BENCH / "cuda_check.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(BENCH))


def test_method_check_runs_fbl_on_the_synthetic_public_pool(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mod = _load()
    splits = mod.synthetic_splits(200, 16)
    assert len(splits.public_y) == 50 and splits.public_x.shape[1:] == splits.train_x.shape[1:]
    mod.check_methods("cpu", tmp_path, ["fedavg", "fbl"])
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| fedavg |") or
            line.startswith("| fbl |")]
    assert len(rows) == 2
    for row in rows:
        # params on the device, and the two runs under one seed equal
        assert row.split("|")[3:5] == [" True ", " True "], row
