"""benchmarks/cuda_check.py (the GPU session's method check) runs FBL on its synthetic data.

Nothing ran this script between sessions lent a GPU, and FBL's need for a public pool broke
it unseen; this runs its method check on the CPU for FBL and FedAvg.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scripts import load_benchmark


def test_method_check_runs_fbl_on_the_synthetic_public_pool(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mod = load_benchmark("cuda_check.py")
    splits = mod.synthetic_splits(200, 16)
    assert len(splits.public_y) == 50 and splits.public_x.shape[1:] == splits.train_x.shape[1:]
    mod.check_methods("cpu", tmp_path, ["fedavg", "fbl"])
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| fedavg |") or
            line.startswith("| fbl |")]
    assert len(rows) == 2
    for row in rows:
        # params on the device, and the two runs under one seed equal
        assert row.split("|")[3:5] == [" True ", " True "], row
