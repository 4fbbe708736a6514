"""Where a dataset's images come from: EuroSAT, CIFAR-10 or a user's image folder.

Each dataset maps to a :class:`_Source`: its root, a fingerprint of every file (for the
cache key) and a ``build`` that decodes the images (:func:`fblbench.data.decode.decode_images`
for image folders, torchvision's pickles for CIFAR-10) into labelled arrays whose
groups say which images are the splittable pool and which an official test set. A
missing dataset is a DataError that names the paths looked at and the fix.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch

from fblbench.config import DATA_DIR_ENV, DATASETS, DataConfig
from fblbench.data import fsentries as fs
from fblbench.data.decode import _resize_all, decode_images
from fblbench.errors import DataError

if TYPE_CHECKING:  # torchvision costs ~1.5 CPU-s to import: only when decoding or downloading
    import torchvision

__all__ = ["IMAGE_EXTENSIONS"]

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff")
_POOL, _TEST = 0, 1  # group of each image: splittable pool, or an official test set


@dataclass
class _Decoded:
    images: np.ndarray | torch.Tensor  # uint8 [N, 3, S, S]; a read-only memmap when cached
    labels: np.ndarray  # int64 [N]
    groups: np.ndarray  # int8 [N]: _POOL or _TEST
    classes: tuple[str, ...]


@dataclass
class _Source:
    """Where one dataset's images come from; ``build`` decodes them (cache miss)."""

    name: str
    root: Path
    fingerprint: str
    build: Callable[[int | None], _Decoded]
    native: int | None = None  # known native size: resolution == native shares the native cache


def _class_folders(root: Path) -> list[Path]:
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        raise fs.unreadable(root, e) from e
    folders = [Path(e.path) for e in entries if not e.name.startswith(".") and fs.is_dir(e)]
    for f in folders:
        fs.check_label(f)
    return folders


def _scan_image_folder(root: Path) -> tuple[list[str], list[str], list[int], str]:
    """Class names (sorted folder names) of ``root``, its image files (sorted by name, as
    strings: 60k ``Path`` objects cost seconds), their class ids and a fingerprint of
    every file's relative path, size and mtime."""
    folders = _class_folders(root)
    if not folders:
        raise DataError(
            f"{root} holds no class folders: expected {root}/<class>/<image> with image files "
            f"ending in {', '.join(IMAGE_EXTENSIONS)}"
        )
    files: list[str] = []
    labels: list[int] = []
    classes: list[str] = []
    h = hashlib.sha256(fs.hash_text(f"{root.resolve()}\n"))
    for folder in folders:
        found = 0
        try:
            with os.scandir(folder) as it:
                entries = sorted(
                    (e for e in it if not e.name.startswith(".") and e.name.lower().endswith(IMAGE_EXTENSIONS)),
                    key=lambda e: e.name,
                )
        except OSError as err:
            raise fs.unreadable(folder, err) from err
        for e in entries:
            if fs.is_file(e):
                st = fs.stat(e)
                files.append(e.path)
                h.update(fs.hash_text(f"{folder.name}/{e.name}\0{st.st_size}\0{st.st_mtime_ns}\n"))
                found += 1
        if not found:
            raise DataError(
                f"class folder {folder} holds no images (files ending in {', '.join(IMAGE_EXTENSIONS)}): "
                "add images or remove the folder"
            )
        labels.extend([len(classes)] * found)
        classes.append(folder.name)
    return classes, files, labels, h.hexdigest()


def _folder_source(name: str, root: Path, groups: list[tuple[int, Path]], native: int | None) -> _Source:
    """A source made of image folders; the first group defines the class list."""
    paths: list[str] = []
    labels: list[np.ndarray] = []
    grp: list[np.ndarray] = []
    classes: list[str] = []
    h = hashlib.sha256()
    for g, folder in groups:
        cls, files, ids, fingerprint = _scan_image_folder(folder)
        if not classes:
            classes = cls
        index = {c: i for i, c in enumerate(classes)}
        unknown = [c for c in cls if c not in index]
        if unknown:
            raise DataError(
                f"{folder} has class folders {unknown} that {groups[0][1]} lacks: the test classes must be "
                "a subset of the training classes"
            )
        remap = np.asarray([index[c] for c in cls], dtype=np.int64)
        paths.extend(files)
        labels.append(remap[np.asarray(ids, dtype=np.int64)])
        grp.append(np.full(len(files), g, dtype=np.int8))
        h.update(f"group {g} {fingerprint}\n".encode())

    def build(resolution: int | None) -> _Decoded:
        images = decode_images(paths, resolution)
        return _Decoded(images, np.concatenate(labels), np.concatenate(grp), tuple(classes))

    return _Source(name, root, h.hexdigest(), build, native)


def _missing(what: str, looked: Sequence[Path], download: bool | None) -> DataError:
    paths = "\n".join(f"  {p}" for p in looked)
    if download is None:
        dl = " (--download is not supported for imagefolder: it reads your own images)"
    elif download:
        dl = " (--download was given but did not create it)"
    else:
        dl = ", or pass --download to let torchvision fetch it (needs internet)"
    return DataError(
        f"{what} not found. Looked for:\n{paths}\n"
        f"Set --data-dir (or the {DATA_DIR_ENV} environment variable) to the folder that holds it{dl}."
    )


def _eurosat_source(cfg: DataConfig) -> _Source:
    folder = cfg.data_dir / "eurosat" / "2750"
    if not folder.is_dir() and cfg.download:
        try:
            import torchvision

            torchvision.datasets.EuroSAT(root=str(cfg.data_dir), download=True)
        except Exception as e:
            raise DataError(f"downloading EuroSAT into {cfg.data_dir} failed: {type(e).__name__}: {e}") from e
    if not folder.is_dir():
        raise _missing("EuroSAT (class folders of .jpg)", [folder], cfg.download)
    return _folder_source("eurosat", folder, [(_POOL, folder)], native=64)


def _cifar_pickle_source(cfg: DataConfig, pickle_dir: Path) -> _Source:
    def dataset(train: bool, download: bool) -> torchvision.datasets.CIFAR10:
        import torchvision

        try:
            return torchvision.datasets.CIFAR10(root=str(cfg.data_dir), train=train, download=download)
        except Exception as e:
            raise DataError(
                f"cannot load CIFAR-10 from {pickle_dir}: {type(e).__name__}: {e}"
                + (" (downloading needs internet)" if download else "")
            ) from e

    if cfg.download:
        dataset(True, True)
        dataset(False, True)
    if not pickle_dir.is_dir():
        raise _missing(
            "CIFAR-10",
            [cfg.data_dir / "cifar10" / "train", cfg.data_dir / "cifar10" / "test", pickle_dir],
            cfg.download,
        )
    h = hashlib.sha256(fs.hash_text(f"pickles {pickle_dir.resolve()}\n"))
    for p in sorted(pickle_dir.iterdir()):
        st = p.stat()
        h.update(f"{p.name}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())

    def build(resolution: int | None) -> _Decoded:
        parts = [dataset(True, False), dataset(False, False)]
        images = torch.cat([torch.from_numpy(np.asarray(d.data)).permute(0, 3, 1, 2) for d in parts])
        labels = np.concatenate([np.asarray(d.targets, dtype=np.int64) for d in parts])
        groups = np.concatenate(
            [np.full(len(d.targets), g, dtype=np.int8) for g, d in zip((_POOL, _TEST), parts, strict=True)]
        )
        return _Decoded(_resize_all(images, resolution), labels, groups, tuple(parts[0].classes))

    return _Source("cifar10", pickle_dir, h.hexdigest(), build, native=32)


def _cifar_source(cfg: DataConfig) -> _Source:
    train, test = cfg.data_dir / "cifar10" / "train", cfg.data_dir / "cifar10" / "test"
    pickle_dir = cfg.data_dir / "cifar-10-batches-py"
    if train.is_dir() and test.is_dir():
        return _folder_source("cifar10", cfg.data_dir / "cifar10", [(_POOL, train), (_TEST, test)], native=32)
    if pickle_dir.is_dir() or cfg.download:
        return _cifar_pickle_source(cfg, pickle_dir)
    raise _missing(
        "CIFAR-10 (image folders train/ and test/, or torchvision's pickles)",
        [train, test, pickle_dir],
        cfg.download,
    )


def _imagefolder_source(cfg: DataConfig) -> _Source:
    root = cfg.data_dir
    if not root.is_dir():
        raise _missing(
            "Image folder (<class>/<image> folders, or train/ and test/ folders of them)", [root], None
        )
    train, test = root / "train", root / "test"
    if train.is_dir():
        groups = [(_POOL, train)] + ([(_TEST, test)] if test.is_dir() else [])
    else:
        groups = [(_POOL, root)]
    return _folder_source("imagefolder", root, groups, native=None)


_SOURCES: dict[str, Callable[[DataConfig], _Source]] = {
    "eurosat": _eurosat_source,
    "cifar10": _cifar_source,
    "imagefolder": _imagefolder_source,
}
assert set(_SOURCES) == set(DATASETS)
