"""Search spaces travel with their methods; ``--spaces-dir`` overlays them file by file;
``fbl+<method>`` addresses FBL's hyperparameters and the method's as ``fbl.<name>`` and
``<method>.<name>``, so the method may have a field named like one of FBL's (issue 9)."""

from __future__ import annotations

import dataclasses
import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import torch
from PIL import Image

from fblbench.engine.client import Batch, ClientContext
from fblbench.engine.loop import run_federated
from fblbench.errors import ConfigError, SearchSpaceError
from fblbench.method import Method
from fblbench.registry import build_method, get_method
from fblbench.testing import toy_federation, toy_train_config
from fblbench.tuning.space import SPACES_DIR_ENV, Param, defaults_in_space, load_space
from fblbench.tuning.study import SweepConfig, plan_sweep
from fblbench.validate import coerce_hparams

REPO = Path(__file__).resolve().parents[1]
SHIPPED = {"fblbench": REPO / "fblbench" / "search_spaces", "baselines": REPO / "baselines" / "search_spaces"}


def _plan(spec: str, tmp_path: Path, spaces_dir: Path | None = None) -> Any:
    kw = {} if spaces_dir is None else {"spaces_dir": spaces_dir}
    (plan,) = plan_sweep(SweepConfig(dataset="eurosat", methods=(spec,), budget="smoke", runs_dir=tmp_path / "runs",
                                     **kw))
    return plan


def _shipped(folder: str, name: str) -> dict[str, Param]:
    fields = ["lr", "local_epochs", "batch_size"] if name == "common" else [
        f.name for f in dataclasses.fields(get_method(name).Hparams)]
    return load_space(SHIPPED[folder] / f"{name}.yaml", fields, name)


# ---- --spaces-dir / FBLBENCH_SPACES_DIR: file by file over what the methods ship ---------------


def test_spaces_dir_overrides_one_file_and_keeps_the_rest(tmp_path: Path) -> None:
    overlay = tmp_path / "mine"
    overlay.mkdir()
    (overlay / "fedprox.yaml").write_text("mu: {type: float, low: 0.05, high: 0.5}\n")
    prox = _plan("fedprox", tmp_path, overlay)
    assert prox.own == {"mu": Param("mu", "float", 0.05, 0.5)}
    common = _shipped("fblbench", "common")
    assert prox.common == common  # no common.yaml in the overlay: the shipped one
    moon = _plan("moon", tmp_path, overlay)
    assert moon.own == _shipped("baselines", "moon") and moon.own
    composed = _plan("fbl+fedprox", tmp_path, overlay)
    assert composed.own["fedprox.mu"].low == 0.05  # the overlay's, inside the composition too
    assert composed.own["fbl.p_drop"] == dataclasses.replace(
        _shipped("fblbench", "fbl")["p_drop"], name="fbl.p_drop")


def test_the_environment_variable_is_the_same_overlay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    overlay = tmp_path / "env"
    overlay.mkdir()
    (overlay / "common.yaml").write_text("lr: {type: float, low: 0.01, high: 0.02}\n")
    monkeypatch.setenv(SPACES_DIR_ENV, str(overlay))
    plan = _plan("fedprox", tmp_path)
    assert plan.common == {"lr": Param("lr", "float", 0.01, 0.02)}
    assert plan.own == _shipped("baselines", "fedprox")


def test_an_overlay_folder_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SearchSpaceError, match="does not exist"):
        _plan("fedavg", tmp_path, tmp_path / "typo")


def test_an_overlay_file_of_the_composition_uses_namespaced_keys(tmp_path: Path) -> None:
    overlay = tmp_path / "mine"
    overlay.mkdir()
    (overlay / "fbl+fedprox.yaml").write_text("fbl.p_drop: {type: float, low: 0.1, high: 0.2}\n"
                                              "fedprox.mu: {type: float, low: 0.3, high: 0.4}\n")
    own = _plan("fbl+fedprox", tmp_path, overlay).own
    assert own["fbl.p_drop"] == Param("fbl.p_drop", "float", 0.1, 0.2)
    assert own["fedprox.mu"] == Param("fedprox.mu", "float", 0.3, 0.4)
    assert "fbl.replay_period" in own  # the rest of fbl.yaml still applies
    (overlay / "fbl+fedprox.yaml").write_text("p_drop: {type: float, low: 0.1, high: 0.2}\n")
    with pytest.raises(SearchSpaceError, match="'p_drop': is not a hyperparameter of method 'fbl\\+fedprox'"):
        _plan("fbl+fedprox", tmp_path, overlay)


# ---- fbl+X where X has a field named like one of FBL's -----------------------------------------


@dataclass(frozen=True)
class ClashHparams:
    # Both names are FBL's too (FBL's p_drop is its Knowledge Drop fraction).
    p_drop: float = 0.0
    sampling: str = "none"


class Clashy(Method):
    """Adds ``p_drop`` * 0 to the loss and records the p_drop it saw (its own, not FBL's)."""

    name = "clashy"
    summary = "a method whose fields are named like FBL's"
    paper = "none"
    Hparams = ClashHparams
    hp: ClashHparams

    def __init__(self, hparams: Any = None) -> None:
        super().__init__(hparams)
        self.seen: set[float] = set()

    def loss(self, ctx: ClientContext, batch: Batch) -> torch.Tensor:
        self.seen.add(self.hp.p_drop)
        return super().loss(ctx, batch)


SPEC = f"fbl+{__name__}:Clashy"


def test_fbl_composes_with_a_method_whose_fields_clash(tmp_path: Path) -> None:
    cls = get_method(SPEC)
    assert cls.name == "fbl+clashy"
    names = {f.name for f in dataclasses.fields(cls.Hparams)}
    assert {"fbl.p_drop", "clashy.p_drop", "fbl.sampling", "clashy.sampling", "fbl.replay_period"} <= names
    m: Any = build_method(SPEC, {"fbl.p_drop": 0.2, "clashy.p_drop": 0.7, "replay_period": 3,
                                 "fbl.generator": "augment"})
    assert m.hp.p_drop == 0.2 and m.hp.replay_period == 3  # FBL's record
    assert m.inner.hp == ClashHparams(p_drop=0.7)  # the inner method's own
    logged = m.hparams_dict()
    assert logged["fbl.p_drop"] == 0.2 and logged["clashy.p_drop"] == 0.7 and logged["clashy.sampling"] == "none"
    assert "p_drop" not in logged
    with pytest.raises(ConfigError, match=re.escape("'p_drop' exists in several parts; write 'fbl.p_drop' or 'clashy.p_drop'")):
        build_method(SPEC, {"p_drop": 0.2})
    with pytest.raises(ConfigError, match="p_drop must lie in"):
        build_method(SPEC, {"fbl.p_drop": 1.5})
    again = pickle.loads(pickle.dumps(m))
    assert type(again) is cls and again.hparams_dict() == logged and again.inner.hp == m.inner.hp
    # --hp takes the namespaced names with their kinds
    assert coerce_hparams(SPEC, cls.Hparams, [("fbl.p_drop", "0.1"), ("clashy.p_drop", 1)]) == {
        "fbl.p_drop": 0.1, "clashy.p_drop": 1.0}
    with pytest.raises(ConfigError, match=re.escape("--hp fbl.replay_period=2.5")):
        coerce_hparams(SPEC, cls.Hparams, [("fbl.replay_period", 2.5)])

    # trains: FBL's hooks read FBL's p_drop, the inner loss its own
    train = toy_train_config(rounds=1)
    result = run_federated(toy_federation(2, train), train, m)
    assert len(result.reports) == 1 and m.inner.seen == {0.7}


def test_a_sweep_of_the_clashing_composition_plans_namespaced_ranges(tmp_path: Path) -> None:
    overlay = tmp_path / "mine"
    overlay.mkdir()
    (overlay / "clashy.yaml").write_text("p_drop: {type: float, low: 0.6, high: 0.9}\n"
                                         "sampling: {type: categorical, choices: [none, other]}\n")
    plan = _plan(SPEC, tmp_path, overlay)
    assert plan.own["clashy.p_drop"] == Param("clashy.p_drop", "float", 0.6, 0.9)
    assert plan.own["fbl.p_drop"].high == 0.9 and plan.own["fbl.p_drop"].low == 0.0
    assert plan.own["fbl.sampling"].choices == ("loss", "random")
    assert plan.own["clashy.sampling"].choices == ("none", "other")
    # trial 0 = every part's defaults, under the namespaced names the trials use
    trial0 = defaults_in_space(plan.own, dataclasses.asdict(plan.method_cls.Hparams()))
    assert trial0["fbl.p_drop"] == 0.5 and trial0["clashy.sampling"] == "none" and "clashy.p_drop" not in trial0
    (overlay / "clashy.yaml").write_text("replay_period: {type: int, low: 1, high: 2}\n")  # FBL's, not clashy's
    with pytest.raises(SearchSpaceError, match=re.escape("clashy.yaml: key 'replay_period': is not a hyperparameter")):
        _plan(SPEC, tmp_path, overlay)


def _image_folder(root: Path) -> Path:
    rng = np.random.default_rng(0)
    for c in range(3):
        d = root / f"class{c}"
        d.mkdir(parents=True)
        for i in range(14):
            img = rng.integers(0, 100, size=(16, 16, 3), dtype=np.uint8)
            img[:, :, c] += 120
            Image.fromarray(img).save(d / f"{i}.png")
    return root


def test_the_cli_logs_namespaced_parameters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mlflow.tracking import MlflowClient

    from fblbench.cli import main

    monkeypatch.setenv("FBLBENCH_CACHE_DIR", str(tmp_path / "cache"))
    runs = tmp_path / "runs"
    assert main(["run", "--method", SPEC, "--hp", "fbl.p_drop=0.2", "--hp", "clashy.p_drop=0.7",
                 "--hp", "fbl.generator=augment", "--dataset", "imagefolder",
                 "--data-dir", str(_image_folder(tmp_path / "images")), "--budget", "smoke", "--partition", "iid",
                 "--clients", "2", "--rounds", "1", "--resolution", "16", "--device", "cpu", "--threads", "1",
                 "--runs-dir", str(runs)]) == 0
    client = MlflowClient(f"sqlite:///{runs / 'mlflow.db'}")
    (exp,) = [e for e in client.search_experiments() if e.name.startswith("fblbench/")]
    (run,) = client.search_runs([exp.experiment_id])
    params = run.data.params
    assert params["method.fbl.p_drop"] == "0.2" and params["method.clashy.p_drop"] == "0.7"
    assert params["method.fbl.generator"] == "augment" and "method.p_drop" not in params
