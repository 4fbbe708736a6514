"""The public pool (issue 8): disjoint from clients, val and test for every partition; only
methods that declare it read it; the ``real`` filler draws only public images of the class;
the generator metrics (CAS, oracle gap) on toy cases."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from fblbench.config import build_configs
from fblbench.data.public import public_data
from fblbench.engine.loop import build_federation
from fblbench.errors import ConfigError
from fblbench.fbl.generators import GeneratorSpec, build_generator, classification_accuracy_score, oracle_gap
from fblbench.fbl.method import FBL
from fblbench.method import FedAvg
from fblbench.tuning.study import SweepConfig, plan_sweep
from tests.fakes import make_federation

CLASSES, PER_CLASS, RES = 4, 40, 8


def _image_id(x: torch.Tensor) -> int:
    """The id written into an image's first two pixels of the red channel."""
    return int(x[0, 0, 0]) * 256 + int(x[0, 0, 1])


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An image folder whose every image carries a unique id in its pixels (PNG: lossless)."""
    root = tmp_path_factory.mktemp("idimages")
    for c in range(CLASSES):
        (root / f"class{c}").mkdir()
        for i in range(PER_CLASS):
            uid = c * PER_CLASS + i
            arr = np.full((RES, RES, 3), 40 * c, dtype=np.uint8)
            arr[0, 0, 0], arr[0, 1, 0] = uid // 256, uid % 256
            Image.fromarray(arr).save(root / f"class{c}" / f"{i:03d}.png")
    return root


def _configs(folder: Path, tmp: Path, partition: str, public_fraction: float = 0.25) -> tuple:
    return build_configs(
        "smoke", dataset="imagefolder", data_dir=folder, cache_dir=tmp, resolution=RES, partition=partition,
        num_clients=3, classes_per_client=2, min_client_size=2, max_train=None, max_eval=None,
        public_fraction=public_fraction, device="cpu",
    )


def _ids(x: torch.Tensor) -> set[int]:
    return {_image_id(img) for img in x}


@pytest.mark.parametrize("partition", ["iid", "dirichlet", "shards"])
def test_public_pool_disjoint_from_clients_val_and_test(folder: Path, tmp_path: Path, partition: str) -> None:
    data, train = _configs(folder, tmp_path, partition)
    fed = build_federation(data, train)
    sp = fed.splits
    public = _ids(sp.public_x)
    clients = set().union(*(_ids(c.images()) for c in fed.clients))
    val, test = _ids(sp.val_x), _ids(sp.test_x)
    assert len(public) == len(sp.public_y) > 0
    assert not public & clients and not public & val and not public & test
    assert clients == _ids(sp.train_x)  # every client image comes from the training split
    assert len(public | clients | val | test) == CLASSES * PER_CLASS  # nothing lost
    # Stratified: every class has its share (25% of its training pool).
    assert np.bincount(sp.public_y.numpy(), minlength=CLASSES).min() > 0
    # The ids' labels agree (the public labels are the images' own).
    for img, y in zip(sp.public_x, sp.public_y, strict=True):
        assert _image_id(img) // PER_CLASS == int(y)


def test_public_fraction_zero_means_no_pool_and_a_clear_error(folder: Path, tmp_path: Path) -> None:
    data, train = _configs(folder, tmp_path, "iid", public_fraction=0.0)
    fed = build_federation(data, train)
    assert len(fed.splits.public_y) == 0
    with pytest.raises(ConfigError, match="public_fraction > 0"):
        public_data(fed, FBL())
    with pytest.raises(ConfigError, match="public_fraction must lie"):
        _configs(folder, tmp_path, "iid", public_fraction=1.0)


def test_only_declared_methods_read_the_public_pool() -> None:
    fed = make_federation()
    assert FBL.uses_public_data and not FedAvg.uses_public_data
    x, y = public_data(fed, FBL())
    assert torch.equal(x, fed.splits.public_x)
    assert len(y) == len(fed.splits.public_y) > 0
    with pytest.raises(ConfigError, match="uses_public_data"):
        public_data(fed, FedAvg())


def test_fedavg_gets_the_same_clients_whichever_methods_share_its_study(folder: Path, tmp_path: Path) -> None:
    overrides = {"data_dir": folder, "cache_dir": tmp_path, "resolution": RES, "num_clients": 3,
                 "min_client_size": 2, "max_train": None, "max_eval": None, "device": "cpu"}
    tensors = []
    for methods in [("fedavg",), ("fedavg", "fbl"), ("fbl", "fedprox", "fedavg")]:
        cfg = SweepConfig(dataset="imagefolder", methods=methods, budget="smoke", runs_dir=tmp_path,
                          overrides=overrides)
        plan = next(p for p in plan_sweep(cfg) if p.method_spec == "fedavg")
        fed = build_federation(plan.data_cfg, plan.train_cfg)
        tensors.append([(c.images().clone(), c.y.clone()) for c in fed.clients])
    for other in tensors[1:]:
        assert len(other) == len(tensors[0])
        for (xa, ya), (xb, yb) in zip(tensors[0], other, strict=True):
            assert torch.equal(xa, xb) and torch.equal(ya, yb)


def test_real_filler_draws_only_public_images_of_the_class() -> None:
    fed = make_federation()
    gen = build_generator(GeneratorSpec(kind="real"))
    gen.prepare(fed, Path("/nonexistent"), progress=False, public=public_data(fed, FBL()))
    px, py = fed.splits.public_x, fed.splits.public_y
    train_rows = {bytes(x.numpy().tobytes()) for x in fed.splits.train_x}
    for c in range(fed.num_classes):
        allowed = {bytes(x.numpy().tobytes()) for x in px[py == c]}
        out = gen.fill(c, 3 * len(allowed), torch.empty(0), torch.Generator().manual_seed(c))
        assert len(out) == 3 * len(allowed) and out.dtype == torch.uint8
        drawn = [bytes(x.numpy().tobytes()) for x in out]
        assert set(drawn) <= allowed and set(drawn) == allowed  # only and (cycling) all of them
        assert not set(drawn) & train_rows
    with pytest.raises(ConfigError, match="public pool"):
        build_generator(GeneratorSpec(kind="real")).prepare(fed, Path("/nonexistent"), progress=False)


def test_oracle_gap() -> None:
    assert oracle_gap(0.5, 0.3, 0.7) == pytest.approx(0.5)
    assert oracle_gap(0.7, 0.3, 0.7) == pytest.approx(1.0)
    assert oracle_gap(0.2, 0.3, 0.7) == pytest.approx(-0.25)
    assert math.isnan(oracle_gap(0.5, 0.3, 0.3))  # the perfect filler gained nothing: undefined
    assert math.isnan(oracle_gap(0.5, 0.4, 0.3))


def test_cas_tells_real_images_from_label_noise(tmp_path: Path) -> None:
    torch.set_num_threads(1)
    fed = make_federation(n=240)
    x, y = fed.splits.train_x, fed.splits.train_y
    real = classification_accuracy_score(fed, x, y, tmp_path, epochs=10)
    shuffled = y[torch.randperm(len(y), generator=torch.Generator().manual_seed(0))]
    noise = classification_accuracy_score(fed, x, shuffled, tmp_path, epochs=10)
    assert real > 0.8
    assert noise < 0.6
    assert classification_accuracy_score(fed, x, y, tmp_path, epochs=10) == real  # cached
