"""Every registered method, alone and composed with FBL, can be planned as a sweep with the
bundled search spaces: no name clash with the shared settings, every range valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from fblbench.registry import available_methods
from fblbench.tuning.study import SweepConfig, plan_sweep

METHODS = sorted(available_methods())
COMPOSED = [f"fbl+{m}" for m in METHODS if m not in ("fbl", "fedavg")]


@pytest.mark.parametrize("spec", METHODS + COMPOSED)
def test_every_method_plans_a_sweep(spec: str, tmp_path: Path) -> None:
    cfg = SweepConfig(dataset="eurosat", methods=(spec,), budget="smoke", runs_dir=tmp_path)
    (plan,) = plan_sweep(cfg)
    assert plan.method_spec == spec
    assert not set(plan.own) & set(plan.common), "a method's own space repeats a shared setting"


def test_a_mixed_federation_plans_its_members_namespaced_spaces(tmp_path: Path) -> None:
    spec = "mix:fbl=0.5:fedprox=0.3:scaffold=0.2"
    cfg = SweepConfig(dataset="eurosat", methods=(spec,), budget="smoke", runs_dir=tmp_path)
    (plan,) = plan_sweep(cfg)
    assert {"fbl.p_drop", "fedprox.mu", "scaffold.server_lr"} <= set(plan.own)
    assert all("." in k for k in plan.own) and not set(plan.own) & set(plan.common)
