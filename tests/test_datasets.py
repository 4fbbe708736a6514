"""Dataset loading on the real mirror, the decode cache, image folders and data errors."""

from __future__ import annotations

import errno
import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch
import torchvision.datasets
from PIL import Image

from fblbench.config import DataConfig
from fblbench.data import cache as CACHE
from fblbench.data import datasets as D
from fblbench.data import decode as DEC
from fblbench.data import sources as S
from fblbench.data.datasets import Splits, load_splits
from fblbench.errors import ConfigError, DataError

EUROSAT_CLASSES = (
    "AnnualCrop", "Forest", "HerbaceousVegetation", "Highway", "Industrial",
    "Pasture", "PermanentCrop", "Residential", "River", "SeaLake",
)  # fmt: skip
EUROSAT_COUNTS = (3000, 3000, 3000, 2500, 2500, 2000, 2500, 3000, 2500, 3000)
CIFAR_CLASSES = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")
# Resolution 16 = the smoke preset, so engine tests in the same session reuse the decoded cache.
RES = 16


@pytest.fixture(scope="session")
def eurosat_cfg(data_dir: Path, cache_dir: Path) -> DataConfig:
    if not (data_dir / "eurosat" / "2750").is_dir():
        pytest.skip(f"EuroSAT not in the mirror at {data_dir}")
    return DataConfig(dataset="eurosat", resolution=RES, data_dir=data_dir, cache_dir=cache_dir)


@pytest.fixture(scope="session")
def eurosat_full(eurosat_cfg: DataConfig) -> Splits:
    """All of EuroSAT at 16x16 (decodes the 27,000 JPEGs once per session)."""
    return load_splits(eurosat_cfg)


@pytest.fixture(scope="session")
def cifar(data_dir: Path, cache_dir: Path) -> Splits:
    if not (data_dir / "cifar10" / "train").is_dir():
        pytest.skip(f"CIFAR-10 not in the mirror at {data_dir}")
    cfg = DataConfig(dataset="cifar10", resolution=RES, max_train=1000, max_eval=500, data_dir=data_dir,
                     cache_dir=cache_dir)  # fmt: skip
    return load_splits(cfg)


def _check_tensors(s: Splits, res: int) -> None:
    for x, y in ((s.train_x, s.train_y), (s.val_x, s.val_y), (s.test_x, s.test_y)):
        assert x.dtype == torch.uint8 and x.is_contiguous()
        assert x.shape[1:] == (3, res, res)
        assert y.dtype == torch.int64 and y.shape == (x.shape[0],)
        assert int(y.min()) >= 0 and int(y.max()) < s.num_classes
    assert s.resolution == res
    assert all(0 <= m <= 1 for m in s.mean) and all(0 <= v <= 0.5 for v in s.std)


def _counts(y: torch.Tensor, k: int = 10) -> list[int]:
    return torch.bincount(y, minlength=k).tolist()


# ------------------------------------------------------------------ real data


def test_eurosat_full_split_is_stratified(eurosat_full: Splits) -> None:
    s = eurosat_full
    assert s.name == "eurosat" and s.classes == EUROSAT_CLASSES and s.num_classes == 10
    _check_tensors(s, RES)
    assert len(s.train_y) + len(s.public_y) + len(s.val_y) + len(s.test_y) == 27_000
    # 20% test, 10% val of every class, the rest the training pool, of which the public
    # pool (public_fraction 0.1, stratified) is held out from the clients' training split.
    assert _counts(s.test_y) == [round(0.2 * n) for n in EUROSAT_COUNTS]
    assert _counts(s.val_y) == [round(0.1 * n) for n in EUROSAT_COUNTS]
    pool = [n - round(0.2 * n) - round(0.1 * n) for n in EUROSAT_COUNTS]
    assert [a + b for a, b in zip(_counts(s.train_y), _counts(s.public_y), strict=True)] == pool
    assert all(abs(p - 0.1 * n) <= 1 for p, n in zip(_counts(s.public_y), pool, strict=True))
    # Statistics are those of train_x / 255.
    x = s.train_x.double() / 255
    assert np.allclose(s.mean, x.mean(dim=(0, 2, 3)).tolist(), atol=1e-9)
    assert np.allclose(s.std, x.std(dim=(0, 2, 3), unbiased=False).tolist(), atol=1e-9)


def test_eurosat_split_deterministic_and_seeded(
    eurosat_cfg: DataConfig, eurosat_full: Splits, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_decode(*a: object, **k: object) -> torch.Tensor:
        raise AssertionError("the decoded images should come from the cache")

    monkeypatch.setattr(S, "decode_images", no_decode)
    # Same seed, split recomputed (split cache bypassed): identical.
    monkeypatch.setattr(D, "read_split_cache", lambda path, count: None)
    again = load_splits(eurosat_cfg)
    for name in ("train_x", "train_y", "val_x", "val_y", "test_x", "test_y"):
        assert torch.equal(getattr(again, name), getattr(eurosat_full, name)), name
    assert again.mean == pytest.approx(eurosat_full.mean)
    # Another seed: another split with the same per-class sizes.
    other = load_splits(replace(eurosat_cfg, split_seed=1))
    assert _counts(other.test_y) == _counts(eurosat_full.test_y)
    assert not torch.equal(other.test_x, eurosat_full.test_x)


def test_split_indices_disjoint_cover_and_deterministic() -> None:
    rng = np.random.default_rng(0)
    labels = np.repeat(np.arange(5), [100, 80, 60, 40, 23])
    dec = D._Decoded(np.zeros((len(labels), 3, 8, 8), np.uint8), labels, np.zeros(len(labels), np.int8),
                     tuple("abcde"))  # fmt: skip
    cfg = DataConfig(dataset="imagefolder", split_seed=4)
    train, val, test, public = D._split(dec, cfg)
    parts = (train, val, test, public)
    assert all(len(np.intersect1d(a, b)) == 0 for i, a in enumerate(parts) for b in parts[i + 1 :])
    assert np.array_equal(np.sort(np.concatenate(parts)), np.arange(len(labels)))
    assert np.bincount(labels[test]).tolist() == [20, 16, 12, 8, 5]
    assert np.bincount(labels[val]).tolist() == [10, 8, 6, 4, 2]
    again = D._split(dec, cfg)
    assert all(np.array_equal(a, b) for a, b in zip(parts, again, strict=True))
    other = D._split(dec, replace(cfg, split_seed=5))
    assert not np.array_equal(other[2], test)
    # Official test group: test = that group, val carved from the rest.
    groups = (rng.random(len(labels)) < 0.3).astype(np.int8)
    dec2 = D._Decoded(dec.images, labels, groups, dec.classes)
    train2, val2, test2, public2 = D._split(dec2, cfg)
    assert np.array_equal(test2, np.flatnonzero(groups == 1))
    assert np.array_equal(np.sort(np.concatenate([train2, val2, public2])), np.flatnonzero(groups == 0))


def test_eurosat_subsample_is_stratified_subset_and_cached(
    eurosat_cfg: DataConfig, eurosat_full: Splits, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = replace(eurosat_cfg, max_train=2000, max_eval=500)
    small = load_splits(cfg)
    _check_tensors(small, RES)
    assert (len(small.train_y), len(small.val_y), len(small.test_y)) == (2000, 500, 500)
    full_counts = np.array(_counts(eurosat_full.train_y))
    assert np.abs(np.array(_counts(small.train_y)) - 2000 * full_counts / full_counts.sum()).max() < 1
    # A subsample of the full split: every small test image is a full test image.
    full_test = {bytes(x.numpy()) for x in eurosat_full.test_x}
    assert all(bytes(x.numpy()) in full_test for x in small.test_x)

    # Second load: nothing decoded again.
    monkeypatch.setattr(S, "decode_images", lambda *a, **k: pytest.fail("decoded again"))
    again = load_splits(cfg)
    assert torch.equal(again.train_x, small.train_x) and torch.equal(again.test_y, small.test_y)
    assert again.mean == small.mean and again.std == small.std


def test_cifar10_official_test_split(cifar: Splits) -> None:
    assert cifar.name == "cifar10" and cifar.classes == CIFAR_CLASSES
    _check_tensors(cifar, RES)
    assert (len(cifar.train_y), len(cifar.val_y), len(cifar.test_y)) == (1000, 500, 500)
    # Official test set (1000 per class) and balanced train: stratified caps give equal counts.
    assert _counts(cifar.test_y) == [50] * 10
    assert _counts(cifar.train_y) == [100] * 10
    # Resizing keeps the mean close to the published CIFAR-10 train mean.
    assert np.allclose(cifar.mean, (0.4914, 0.4822, 0.4465), atol=0.02)


# ------------------------------------------------------------------ image folders


def _png(
    path: Path, color: tuple[int, int, int], size: tuple[int, int] = (12, 12), mode: str = "RGB"
) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, color).convert(mode).save(path)


def _make_folder(root: Path, classes: int = 3, per_class: int = 10) -> None:
    for c in range(classes):
        for i in range(per_class):
            _png(root / f"class{c}" / f"img{i:02d}.png", (c * 60, i * 20, 7))


def test_imagefolder_pngs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _make_folder(tmp_path / "data")
    cfg = DataConfig(dataset="imagefolder", data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    s = load_splits(cfg)
    assert s.name == "imagefolder" and s.classes == ("class0", "class1", "class2")
    _check_tensors(s, 12)
    # 30 images: 6 test, 3 val, and of the 21 left 10% (1 per class after rounding) public.
    assert (len(s.train_y), len(s.public_y), len(s.val_y), len(s.test_y)) == (21 - len(s.public_y),
                                                                             len(s.public_y), 3, 6)
    assert 0 < len(s.public_y) <= 3
    # Lossless: each pixel is the color written for its class.
    for x, y in zip(s.train_x, s.train_y, strict=True):
        assert int(x[0, 0, 0]) == 60 * int(y) and int(x[2, 5, 5]) == 7

    # Cached: the second load decodes nothing.
    calls: list[int] = []
    real = D.decode_images

    def counting(*a: object, **k: object) -> torch.Tensor:
        calls.append(1)
        return real(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(S, "decode_images", counting)
    again = load_splits(cfg)
    assert calls == [] and torch.equal(again.train_x, s.train_x)
    resized = load_splits(replace(cfg, resolution=8))  # another resolution: decoded once more
    assert calls == [1] and resized.resolution == 8


def _entries(cache: Path) -> list[str]:
    return sorted(p.name for p in (cache / "datasets").iterdir() if not p.name.startswith("."))


def test_a_decode_of_changed_files_removes_the_entries_they_supersede(tmp_path: Path) -> None:
    """Re-syncing a mirror touches every file: each session decoded CIFAR-10 again into a new
    184 MB entry and kept the old ones (1.1 GB after a few days). The entry of the same source
    and resolution from the old files goes; another resolution's, and an entry that does not
    record its source (written by an older version), stay; the new images are the changed ones."""
    root, cache = tmp_path / "data", tmp_path / "cache"
    _make_folder(root)
    cfg = DataConfig(dataset="imagefolder", data_dir=root, cache_dir=cache)
    load_splits(cfg)
    load_splits(replace(cfg, resolution=8))
    old_native, old_8 = (e for e in sorted(_entries(cache), key=lambda n: "-8-" in n))
    legacy = cache / "datasets" / "imagefolder-native-0123456789abcdef0123"
    shutil.copytree(cache / "datasets" / old_native, legacy)
    meta = json.loads((legacy / "meta.json").read_text())
    del meta["of"]
    (legacy / "meta.json").write_text(json.dumps(meta))

    _png(root / "class1" / "img00.png", (250, 250, 250))  # a changed file: new size and mtime
    s = load_splits(cfg)
    after = _entries(cache)
    assert old_native not in after and old_8 in after and legacy.name in after and len(after) == 3
    assert any(int(x[0, 0, 0]) == 250 for x in torch.cat([s.train_x, s.val_x, s.test_x, s.public_x]))


def test_splits_load_from_an_entry_removed_while_it_is_mapped(tmp_path: Path) -> None:
    """A process that mapped an entry a moment before another removed it still reads its rows."""
    _make_folder(tmp_path / "data")
    cfg = DataConfig(dataset="imagefolder", data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    load_splits(cfg)
    (entry,) = _entries(tmp_path / "cache")
    folder = tmp_path / "cache" / "datasets" / entry
    mapped = np.load(folder / "images.npy", mmap_mode="r")
    shutil.rmtree(folder)
    idx = np.arange(len(mapped))[::-1].copy()
    assert torch.equal(D._take(mapped, idx), torch.from_numpy(np.asarray(mapped)[idx]))


def test_imagefolder_train_test_layout_and_mixed_formats(tmp_path: Path) -> None:
    root = tmp_path / "data"
    for c in range(2):
        for i in range(10):
            _png(root / "train" / f"c{c}" / f"{i}.png", (100 * c, 0, 0), size=(10 + i, 12))
        _png(root / "test" / f"c{c}" / "t.png", (100 * c, 0, 0), mode="L")
        _png(root / "test" / f"c{c}" / "u.bmp", (100 * c, 0, 0))
        _png(root / "test" / f"c{c}" / "v.webp", (100 * c, 0, 0), mode="RGBA")
    cfg = DataConfig(dataset="imagefolder", data_dir=root, cache_dir=tmp_path / "cache")
    # Mixed sizes need --resolution.
    with pytest.raises(DataError, match="--resolution"):
        load_splits(cfg)
    s = load_splits(replace(cfg, resolution=8))
    _check_tensors(s, 8)
    assert _counts(s.test_y, 2) == [3, 3]  # test/ is the test split
    assert len(s.train_y) + len(s.public_y) + len(s.val_y) == 20 and _counts(s.val_y, 2) == [1, 1]


def test_corrupt_image_names_file(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _make_folder(root, classes=2, per_class=5)
    bad = root / "class1" / "img03.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n this is not an image")
    cfg = DataConfig(dataset="imagefolder", data_dir=root, cache_dir=tmp_path / "cache")
    with pytest.raises(DataError, match="cannot decode image") as err:
        load_splits(cfg)
    assert str(bad) in str(err.value)


def test_empty_class_folder_set(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    cfg = DataConfig(dataset="imagefolder", data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    with pytest.raises(DataError, match="no class folders"):
        load_splits(cfg)
    (tmp_path / "data" / "cats").mkdir()
    with pytest.raises(DataError, match=r"cats holds no images"):
        load_splits(cfg)


def test_image_file_name_not_utf8_is_loaded(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _make_folder(root, classes=2, per_class=5)
    good = (root / "class1" / "img00.png").read_bytes()
    with open(os.path.join(os.fsencode(root / "class1"), b"bad\xff.png"), "wb") as fh:  # Latin-1 "badÿ"
        fh.write(good)
    cfg = DataConfig(dataset="imagefolder", data_dir=root, cache_dir=tmp_path / "cache")
    s = load_splits(cfg)
    assert len(s.train_y) + len(s.public_y) + len(s.val_y) + len(s.test_y) == 11
    _, files, _, fingerprint = S._scan_image_folder(root)
    assert os.fsencode(files[-1]).endswith(b"/class1/img04.png") and S._scan_image_folder(root)[3] == fingerprint
    assert any(os.fsencode(f).endswith(b"/bad\xff.png") for f in files)


def test_class_folder_name_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "data"
    _make_folder(root, classes=2, per_class=5)
    os.rename(root / "class1", os.path.join(os.fsencode(root), b"cl\xffss"))
    cfg = DataConfig(dataset="imagefolder", data_dir=root, cache_dir=tmp_path / "cache")
    with pytest.raises(DataError) as err:
        load_splits(cfg)
    assert str(err.value) == f"class folder {root}/cl\\xffss has a name that is not valid UTF-8: rename it"


def test_symlink_loop_among_class_folders(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _make_folder(root, classes=2, per_class=5)
    os.symlink("Loop", root / "Loop")
    cfg = DataConfig(dataset="imagefolder", data_dir=root, cache_dir=tmp_path / "cache")
    with pytest.raises(DataError) as err:
        load_splits(cfg)
    assert str(err.value) == (f"cannot read {root}/Loop: Too many levels of symbolic links (a symlink loop?): "
                              "remove or fix the link")


def test_symlink_loop_among_images(tmp_path: Path) -> None:
    root = tmp_path / "data"
    _make_folder(root, classes=2, per_class=5)
    os.symlink("loop.png", root / "class0" / "loop.png")
    cfg = DataConfig(dataset="imagefolder", data_dir=root, cache_dir=tmp_path / "cache")
    with pytest.raises(DataError) as err:
        load_splits(cfg)
    assert str(err.value) == (f"cannot read {root}/class0/loop.png: Too many levels of symbolic links "
                              "(a symlink loop?): remove or fix the link")


def test_image_that_cannot_be_stated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``stat`` failing after ``is_file`` (the file replaced by a loop in between) is the same one line."""
    root = tmp_path / "data"
    _make_folder(root, classes=1, per_class=3)
    import fblbench.data.fsentries as fs

    def stat(entry: os.DirEntry[str]) -> os.stat_result:
        raise fs.unreadable(entry.path, OSError(errno.ELOOP, os.strerror(errno.ELOOP), entry.path))

    monkeypatch.setattr(fs, "stat", stat)
    cfg = DataConfig(dataset="imagefolder", data_dir=root, cache_dir=tmp_path / "cache")
    with pytest.raises(DataError, match=r"class0/img00.png: Too many levels of symbolic links \(a symlink loop\?\)"):
        load_splits(cfg)


def test_data_folder_errors_are_one_line_in_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from fblbench.cli import main

    root = tmp_path / "data"
    _make_folder(root, classes=2, per_class=5)
    os.symlink("Loop", root / "Loop")
    code = main(["run", "--dataset", "imagefolder", "--data-dir", str(root), "--cache-dir", str(tmp_path / "c"),
                 "--runs-dir", str(tmp_path / "runs"), "--rounds", "1", "--no-mlflow"])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert err.splitlines()[-1] == (f"error: cannot read {root}/Loop: Too many levels of symbolic links "
                                    "(a symlink loop?): remove or fix the link")


# ------------------------------------------------------------------ missing data, bad names


@pytest.mark.parametrize(
    ("dataset", "looked_for", "download"),
    [
        ("eurosat", ["eurosat/2750"], True),
        ("cifar10", ["cifar10/train", "cifar10/test", "cifar-10-batches-py"], True),
        ("imagefolder", [""], False),
    ],
)
def test_missing_data_folder(tmp_path: Path, dataset: str, looked_for: list[str], download: bool) -> None:
    data_dir = tmp_path / "nowhere"
    cfg = DataConfig(dataset=dataset, data_dir=data_dir, cache_dir=tmp_path / "cache")
    with pytest.raises(DataError) as err:
        load_splits(cfg)
    msg = str(err.value)
    for rel in looked_for:
        assert str(data_dir / rel) in msg
    assert "FBLBENCH_DATA_DIR" in msg and "--data-dir" in msg
    if download:
        assert "or pass --download" in msg
    else:
        assert "--download is not supported" in msg
    assert not (tmp_path / "cache").exists()


def test_unknown_dataset(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="eurosat, cifar10, imagefolder"):
        load_splits(DataConfig(dataset="mnist", data_dir=tmp_path))


def test_threaded_decode_matches_serial_and_stops_on_bad_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_folder(tmp_path, classes=2, per_class=15)
    paths = sorted(tmp_path.glob("*/*.png"))
    monkeypatch.setattr(DEC, "_CHUNK", 4)  # several decode tasks
    serial = D.decode_images(paths, 6, workers=1)
    threaded = D.decode_images(paths, 6, workers=2)
    assert serial.shape == (30, 3, 6, 6) and torch.equal(serial, threaded)
    paths[17].write_bytes(b"")
    with pytest.raises(DataError, match="cannot decode image") as err:
        D.decode_images(paths, None, workers=2)
    assert str(paths[17]) in str(err.value)


def test_eurosat_download_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--download calls torchvision's EuroSAT, then reads the folder it made."""
    seen: list[tuple[str, bool]] = []

    class FakeEuroSAT:
        def __init__(self, root: str, download: bool = False) -> None:
            seen.append((root, download))
            for c, name in enumerate(("Forest", "River")):
                for i in range(10):
                    _png(Path(root) / "eurosat" / "2750" / name / f"{name}_{i + 1}.jpg", (c * 90, i, 0))

    monkeypatch.setattr(torchvision.datasets, "EuroSAT", FakeEuroSAT)
    cfg = DataConfig(dataset="eurosat", data_dir=tmp_path / "d", cache_dir=tmp_path / "c", download=True)
    s = load_splits(cfg)
    assert seen == [(str(tmp_path / "d"), True)]
    assert s.classes == ("Forest", "River") and s.resolution == 12
    # 20 images: 4 test, 2 val, 14 left, of which the public pool takes 10% per class (1 each).
    assert (len(s.train_y), len(s.public_y), len(s.val_y), len(s.test_y)) == (12, 2, 2, 4)


def test_cifar10_pickle_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the image folders, CIFAR-10 comes from torchvision's pickle layout."""
    calls: list[tuple[bool, bool]] = []

    class FakeCIFAR10:
        def __init__(self, root: str, train: bool = True, download: bool = False) -> None:
            calls.append((train, download))
            self.classes = list(CIFAR_CLASSES)
            n = 200 if train else 50
            rng = np.random.default_rng(int(train))
            self.data = rng.integers(0, 256, size=(n, 32, 32, 3), dtype=np.uint8)
            self.targets = [i % 10 for i in range(n)]

    monkeypatch.setattr(torchvision.datasets, "CIFAR10", FakeCIFAR10)
    (tmp_path / "cifar-10-batches-py").mkdir()
    (tmp_path / "cifar-10-batches-py" / "data_batch_1").write_bytes(b"x")
    cfg = DataConfig(dataset="cifar10", resolution=16, data_dir=tmp_path, cache_dir=tmp_path / "cache")
    s = load_splits(cfg)
    assert calls == [(True, False), (False, False)]
    _check_tensors(s, 16)
    assert s.classes == CIFAR_CLASSES
    # 200 official training images: 20 val, and of the 18 left per class 10% (2, rounded) public.
    assert (len(s.train_y), len(s.public_y), len(s.val_y), len(s.test_y)) == (160, 20, 20, 50)
    assert _counts(s.val_y) == [2] * 10
    load_splits(cfg)  # cached: torchvision not called again
    assert len(calls) == 2
    # resolution 32 is CIFAR-10's native size: it shares the native cache entry.
    native = load_splits(replace(cfg, resolution=None))
    assert len(calls) == 4 and native.resolution == 32
    assert torch.equal(load_splits(replace(cfg, resolution=32)).train_x, native.train_x)
    assert len(calls) == 4


def test_decoding_without_torchvision_uses_pil_and_its_own_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cached runs need no torchvision; decoding falls back to PIL, under its own cache key."""
    _make_folder(tmp_path / "data")
    cfg = DataConfig(dataset="imagefolder", data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    with_tv = load_splits(cfg)
    DEC._torchvision_decoder.cache_clear()
    monkeypatch.setattr(DEC, "_torchvision_decoder", lambda: None)
    monkeypatch.setattr(CACHE, "_torchvision_version", lambda: "absent")
    without = load_splits(cfg)
    assert len(list((tmp_path / "cache" / "datasets").iterdir())) == 2  # keyed apart, neither supersedes the other
    assert torch.equal(without.train_x, with_tv.train_x)  # PNG is lossless: the same pixels
    assert torch.equal(without.train_y, with_tv.train_y)


def test_read_rows_of_a_memory_mapped_cache(tmp_path: Path) -> None:
    """Rows read block by block equal fancy indexing of the map, in any order, across blocks."""
    arr = np.random.default_rng(0).integers(0, 256, size=(101, 3, 4, 4), dtype=np.uint8)
    np.save(tmp_path / "a.npy", arr)
    mm = np.load(tmp_path / "a.npy", mmap_mode="r")
    idx = np.random.default_rng(1).permutation(101)[:57]
    for block in (48, 48 * 7, 1 << 20):  # one row, several rows, everything per block
        assert np.array_equal(D._read_rows(mm, idx, block_bytes=block), arr[idx])
    assert D._read_rows(mm, np.array([100, 0, 100]), block_bytes=96).tolist() == arr[[100, 0, 100]].tolist()
    assert D._read_rows(mm, np.array([], dtype=np.int64)).shape == (0, 3, 4, 4)
    with open(tmp_path / "a.npy", "r+b") as fh:  # the file loses its last rows after mapping
        fh.truncate(mm.offset + 90 * 48)
    with pytest.raises(DataError, match="truncated"):
        D._read_rows(mm, np.array([95]))
