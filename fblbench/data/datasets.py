"""Load EuroSAT, CIFAR-10 or a user's image folder into in-memory uint8 tensors.

Images are decoded once (``torchvision.io.decode_image`` on a small thread pool;
PIL for formats torchvision can't read), converted to RGB, resized if asked
(antialiased bilinear) and cached on disk under ``<cache_dir>/datasets/``. Training
never touches PIL again.

Splits
------
* ``eurosat`` -- ``<data_dir>/eurosat/2750/<Class>/*.jpg`` (torchvision's layout; classes
  sorted alphabetically, as ``torchvision.datasets.EuroSAT.class_to_idx``). EuroSAT has
  no official split, so fblbench makes a seeded (``split_seed``) *stratified* one: of
  every class, ``round(test_fraction * n)`` images form the test split,
  ``round(val_fraction * n)`` the validation split and the rest the training split
  (defaults 20% / 10% / 70%).
* ``cifar10`` -- ``<data_dir>/cifar10/{train,test}/<class>/*`` image folders, else
  torchvision's ``<data_dir>/cifar-10-batches-py`` pickles (downloaded with
  ``download=True``). The official test set is the test split; a seeded stratified
  ``val_fraction`` of the official training set is the validation split.
* ``imagefolder`` -- ``<data_dir>`` itself: with ``train/`` (and optionally ``test/``)
  folders of class folders, ``test/`` is the test split (else it is split off ``train/``
  like EuroSAT); otherwise ``<data_dir>`` is a folder of class folders split like
  EuroSAT. Files ending in .jpg/.jpeg/.png/.webp/.bmp/.tif/.tiff are read.

Public pool
-----------
``public_fraction`` (default 0.1) of every class of the training pool (after val and
test are held out) forms the *public* split: held by no client, disjoint from val and
test, and the same for every method of a study. It is the offline stand-in for the
outside knowledge of FBL's pretrained generator: only methods that declare
``uses_public_data`` read it (:func:`fblbench.data.public.public_data`).

``max_train`` / ``max_eval`` then take a seeded stratified subsample of the train
split and of each of the val and test splits. The subsample is drawn from the full
split, so a smaller run's data is a subset of a larger run's.

At native resolution all images of a dataset must share one square size; with
``resolution`` set every image is resized to ``resolution x resolution``.

Cache
-----
Two levels, both written atomically (temporary name, then ``os.replace``):

1. ``datasets/<name>-<res>-<key>/`` -- the decoded images (``images.npy``, read back
   memory-mapped), labels and official-split flags of one source. ``key`` hashes the
   dataset name, the resolved source path, the resolution, a fingerprint of every
   file (relative path, size, mtime), the torchvision version and a format version.
2. ``split-<key>.npz`` inside it -- the train/val/test indices and the channel
   statistics, keyed additionally by ``split_seed``, the fractions and the size caps.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import shutil
import uuid
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image

from fblbench.config import DATA_DIR_ENV, DATASETS, DataConfig
from fblbench.data import fsentries as fs
from fblbench.errors import ConfigError, DataError
from fblbench.runtime import note

if TYPE_CHECKING:  # torchvision costs ~1.5 CPU-s to import: only when decoding or downloading
    import torchvision

# Decoding cost per image and thread (JPEG/PNG read + decode + resize), for the ETA of the
# "decoding once" message: 0.25 ms measured on EuroSAT (64 px JPEG -> 32 px, 1 thread, 2-core
# x86), doubled for a cold disk or a busy machine.
DECODE_SECONDS_PER_IMAGE = 0.0005

__all__ = ["IMAGE_EXTENSIONS", "Splits", "decode_images", "load_splits"]

# Bump when the cached arrays or the split procedure change meaning.
FORMAT_VERSION = 2  # 2: the public split
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".bmp", ".tif", ".tiff")
_CHUNK = 512  # files per decode task
_RESIZE_BYTES = 32 << 20  # images buffered per batched resize
_POOL, _TEST = 0, 1  # group of each image: splittable pool, or an official test set


@dataclass(frozen=True, eq=False)
class Splits:
    """Train / validation / test images of one dataset, decoded and in memory."""

    name: str
    classes: tuple[str, ...]
    train_x: torch.Tensor  # uint8 [N, 3, H, W], contiguous
    train_y: torch.Tensor  # int64 [N]
    val_x: torch.Tensor
    val_y: torch.Tensor
    test_x: torch.Tensor
    test_y: torch.Tensor
    mean: tuple[float, float, float]  # per-channel mean of train_x / 255
    std: tuple[float, float, float]  # per-channel (population) std of train_x / 255
    # The public pool (DataConfig.public_fraction): no client holds it. Read it through
    # fblbench.data.public.public_data(fed, method), which checks method.uses_public_data.
    public_x: torch.Tensor = field(default_factory=lambda: torch.empty(0, 3, 0, 0, dtype=torch.uint8))
    public_y: torch.Tensor = field(default_factory=lambda: torch.empty(0, dtype=torch.long))

    @property
    def num_classes(self) -> int:
        return len(self.classes)

    @property
    def resolution(self) -> int:
        """Side length of the (square) images."""
        return int(self.train_x.shape[-1])


# --------------------------------------------------------------------------- decoding


@functools.cache
def _torchvision_decoder() -> Callable[[torch.Tensor], torch.Tensor] | None:
    """torchvision's RGB decoder, or None without torchvision (PIL then decodes every file)."""
    try:
        from torchvision.io import ImageReadMode, decode_image
    except ImportError:
        return None
    return functools.partial(decode_image, mode=ImageReadMode.RGB)


def _decode_one(path: str | os.PathLike[str]) -> torch.Tensor:
    """One file -> uint8 RGB ``[3, H, W]``; torchvision first, PIL as fallback."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        raise DataError(f"cannot read image {path}: {e}") from e
    decode = _torchvision_decoder()
    if decode is not None:  # without torchvision, PIL decodes every file
        try:
            img = decode(torch.frombuffer(bytearray(data), dtype=torch.uint8))
            if img.dtype == torch.uint16:  # 16-bit PNG: rescale to 8 bits
                img = ((img.to(torch.int32) + 128) // 257).to(torch.uint8)
            if img.dtype == torch.uint8 and img.ndim == 3 and img.shape[0] == 3:
                return img
        except Exception:  # unsupported format (bmp, tif) or corrupt: PIL decides which
            pass
    try:
        with Image.open(io.BytesIO(data)) as im:
            arr = np.asarray(im.convert("RGB"), dtype=np.uint8)
    except Exception as e:
        raise DataError(
            f"cannot decode image {path}: {type(e).__name__}: {e}. Delete or replace the file."
        ) from e
    return torch.from_numpy(arr.copy()).permute(2, 0, 1).contiguous()


def _resize(img: torch.Tensor, size: int) -> torch.Tensor:
    """Antialiased bilinear resize of uint8 ``[..., 3, H, W]`` to ``size x size``.

    Runs torch's native uint8 kernel: 5-8x faster than interpolating floats and
    rounding back, and within 1 grey level of it.
    """
    batched = img if img.ndim == 4 else img.unsqueeze(0)
    out = F.interpolate(batched, size=(size, size), mode="bilinear", align_corners=False, antialias=True)
    return out if img.ndim == 4 else out[0]


def _size_error(path: str | os.PathLike[str], shape: tuple[int, int], ref: str) -> DataError:
    return DataError(
        f"image {path} is {shape[0]}x{shape[1]} pixels, but {ref}: at native resolution all images must "
        "share one square size; set --resolution N to resize every image to NxN"
    )


def _default_workers() -> int:
    return max(1, min(8, os.cpu_count() or 1))


def decode_images(
    paths: Sequence[str | os.PathLike[str]], resolution: int | None, workers: int | None = None
) -> torch.Tensor:
    """Decode image files to one uint8 ``[N, 3, S, S]`` tensor (RGB), resized if asked.

    ``resolution=None`` keeps the native size, which must be square and shared by all
    images. Decoding runs on a thread pool (torchvision's decoders release the GIL;
    on 2 cores this beat both a single thread and a process pool).
    """
    if not paths:
        raise DataError("no images to decode")
    first = _decode_one(paths[0])
    h, w = int(first.shape[1]), int(first.shape[2])
    if resolution is None:
        if h != w:
            raise _size_error(paths[0], (h, w), "images must be square")
        size = h
    else:
        size = resolution
    out = torch.empty((len(paths), 3, size, size), dtype=torch.uint8)

    def work(start: int) -> None:
        # Images to resize wait in per-shape batches (one batched resize is ~8x faster
        # than one call per image); a batch is flushed once it holds _RESIZE_BYTES.
        pending: dict[tuple[int, int], tuple[list[int], list[torch.Tensor]]] = {}

        def flush(shape: tuple[int, int]) -> None:
            idx, imgs = pending.pop(shape)
            out[idx] = _resize(torch.stack(imgs), size)

        for i in range(start, min(start + _CHUNK, len(paths))):
            img = first if i == 0 else _decode_one(paths[i])
            shape = (int(img.shape[1]), int(img.shape[2]))
            if shape == (size, size):
                out[i] = img
                continue
            if resolution is None:
                raise _size_error(paths[i], shape, f"{paths[0]} is {size}x{size}")
            idx, imgs = pending.setdefault(shape, ([], []))
            idx.append(i)
            imgs.append(img)
            if len(imgs) * img.numel() >= _RESIZE_BYTES:
                flush(shape)
        for shape in list(pending):
            flush(shape)

    n_workers = workers or _default_workers()
    if len(paths) > 1000:
        eta = len(paths) * DECODE_SECONDS_PER_IMAGE / min(n_workers, os.cpu_count() or 1)
        note(f"  {len(paths)} images on {n_workers} threads, ~{eta:.0f} s")
    starts = range(0, len(paths), _CHUNK)
    if n_workers == 1 or len(paths) <= _CHUNK:
        for s in starts:
            work(s)
    else:
        with ThreadPoolExecutor(max_workers=n_workers) as pool:
            futures = [pool.submit(work, s) for s in starts]
            try:
                for fut in futures:
                    fut.result()
            except BaseException:
                for fut in futures:  # a bad file: stop decoding the rest
                    fut.cancel()
                raise
    return out


def _resize_all(images: torch.Tensor, resolution: int | None) -> torch.Tensor:
    """Resize an in-memory uint8 batch chunk by chunk (CIFAR-10 pickles)."""
    if resolution is None or (images.shape[-1] == resolution and images.shape[-2] == resolution):
        return images.contiguous()
    out = torch.empty((len(images), 3, resolution, resolution), dtype=torch.uint8)
    for s in range(0, len(images), 1024):
        out[s : s + 1024] = _resize(images[s : s + 1024], resolution)
    return out


# --------------------------------------------------------------------------- sources


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


# --------------------------------------------------------------------------- cache


def _digest(obj: object) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()[:20]


def _load_decoded(folder: Path) -> _Decoded | None:
    try:
        meta = json.loads((folder / "meta.json").read_text())
        images = np.load(folder / "images.npy", mmap_mode="r")
        labels = np.load(folder / "labels.npy")
        groups = np.load(folder / "groups.npy")
        n = int(meta["count"])
        if images.shape[0] != n or labels.shape != (n,) or groups.shape != (n,) or images.dtype != np.uint8:
            raise ValueError("array shapes disagree with meta.json")
        return _Decoded(images, labels.astype(np.int64), groups.astype(np.int8), tuple(meta["classes"]))
    except FileNotFoundError:
        return None
    except Exception as e:
        warnings.warn(f"ignoring unreadable dataset cache {folder} ({e}); decoding again", stacklevel=3)
        shutil.rmtree(folder, ignore_errors=True)
        return None


def _save_decoded(folder: Path, dec: _Decoded) -> None:
    tmp = folder.parent / f".{folder.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        tmp.mkdir(parents=True)
        images = dec.images.numpy() if isinstance(dec.images, torch.Tensor) else np.asarray(dec.images)
        np.save(tmp / "images.npy", images)
        np.save(tmp / "labels.npy", dec.labels)
        np.save(tmp / "groups.npy", dec.groups)
        meta = {
            "format": FORMAT_VERSION,
            "count": len(dec.labels),
            "classes": list(dec.classes),
            "shape": list(images.shape),
        }
        (tmp / "meta.json").write_text(json.dumps(meta))
        try:
            os.replace(tmp, folder)
        except OSError:
            if not (folder / "meta.json").exists():  # not a concurrent writer winning the race
                raise
    except OSError as e:
        warnings.warn(f"cannot write dataset cache {folder} ({e}); continuing without it", stacklevel=3)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _atomic_savez(path: Path, **arrays: np.ndarray) -> None:
    tmp = path.parent / f".{path.name}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        with open(tmp, "wb") as fh:
            np.savez(fh, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, path)
    except OSError as e:
        warnings.warn(f"cannot write split cache {path} ({e}); continuing without it", stacklevel=3)
    finally:
        tmp.unlink(missing_ok=True)


def _read_split_cache(path: Path, count: int) -> dict[str, np.ndarray] | None:
    """The cached split indices and statistics, or None (missing or unreadable)."""
    if not path.exists():
        return None
    try:
        with np.load(path) as z:
            cached = {k: np.asarray(z[k]) for k in ("train", "val", "test", "public", "mean", "std")}
        for k in ("train", "val", "test", "public"):
            idx = cached[k]
            if idx.ndim != 1 or not np.issubdtype(idx.dtype, np.integer) or (idx.size and idx.max() >= count):
                raise ValueError(f"bad {k} indices")
        if cached["mean"].shape != (3,) or cached["std"].shape != (3,):
            raise ValueError("bad channel statistics")
        return cached
    except Exception as e:
        warnings.warn(f"ignoring unreadable split cache {path} ({e}); splitting again", stacklevel=3)
        return None


# --------------------------------------------------------------------------- splitting


def _stratified_holdout(
    idx: np.ndarray, labels: np.ndarray, fractions: Sequence[float], rng: np.random.Generator
) -> list[np.ndarray]:
    """Split ``idx`` per class: ``round(f * n_class)`` for each fraction, the rest last."""
    outs: list[list[np.ndarray]] = [[] for _ in range(len(fractions) + 1)]
    y = labels[idx]
    for c in np.unique(y):
        members = rng.permutation(idx[y == c])
        start = 0
        for j, f in enumerate(fractions):
            take = min(round(f * len(members)), len(members) - start)
            outs[j].append(members[start : start + take])
            start += take
        outs[-1].append(members[start:])
    return [np.sort(np.concatenate(o)).astype(np.int64) if o else np.empty(0, np.int64) for o in outs]


def _stratified_subsample(
    idx: np.ndarray, labels: np.ndarray, m: int | None, rng: np.random.Generator
) -> np.ndarray:
    """``m`` of ``idx`` with class proportions kept (largest remainder), or all of them."""
    if m is None or m >= len(idx):
        return idx
    y = labels[idx]
    classes, counts = np.unique(y, return_counts=True)
    quota = counts * m / len(idx)
    take = np.floor(quota).astype(np.int64)
    rest = m - int(take.sum())
    take[np.argsort(-(quota - take), kind="stable")[:rest]] += 1
    chosen = [rng.permutation(idx[y == c])[:k] for c, k in zip(classes, take, strict=True)]
    return np.sort(np.concatenate(chosen)).astype(np.int64)


def _split(dec: _Decoded, cfg: DataConfig) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(train, val, test, public) indices: disjoint, each sorted."""
    rng = np.random.default_rng(cfg.split_seed)
    pool = np.flatnonzero(dec.groups == _POOL)
    official_test = np.flatnonzero(dec.groups == _TEST)
    if len(official_test):
        val, train = _stratified_holdout(pool, dec.labels, [cfg.val_fraction], rng)
        test = official_test
    else:
        test, val, train = _stratified_holdout(pool, dec.labels, [cfg.test_fraction, cfg.val_fraction], rng)
    # The public pool comes off the training pool with its own seeded stream, so val and
    # test are the same whatever public_fraction is.
    public, train = _stratified_holdout(
        train, dec.labels, [cfg.public_fraction], np.random.default_rng([cfg.split_seed, 2])
    )
    sub = np.random.default_rng([cfg.split_seed, 1])
    train = _stratified_subsample(train, dec.labels, cfg.max_train, sub)
    val = _stratified_subsample(val, dec.labels, cfg.max_eval, sub)
    test = _stratified_subsample(test, dec.labels, cfg.max_eval, sub)
    for name, part in (("train", train), ("validation", val), ("test", test)):
        if len(part) == 0:
            raise DataError(
                f"the {name} split of {cfg.dataset} ({len(dec.labels)} images) came out empty: add images "
                f"(the smallest class has {int(np.bincount(dec.labels).min())}) or change the split "
                f"fractions (val_fraction={cfg.val_fraction}, test_fraction={cfg.test_fraction})"
            )
    return train, val, test, public


def _channel_stats(x: torch.Tensor) -> tuple[tuple[float, float, float], tuple[float, float, float]]:
    """Exact per-channel mean and population std of ``x / 255``, from 256-bin histograms."""
    values = torch.arange(256, dtype=torch.float64) / 255.0
    means: list[float] = []
    stds: list[float] = []
    for c in range(3):
        hist = torch.zeros(256, dtype=torch.float64)
        for s in range(0, len(x), 4096):
            hist += torch.bincount(x[s : s + 4096, c].reshape(-1), minlength=256).to(torch.float64)
        p = hist / hist.sum()
        mean = float((p * values).sum())
        means.append(mean)
        stds.append(float((p * (values - mean).square()).sum().clamp_min(0).sqrt()))
    return (means[0], means[1], means[2]), (stds[0], stds[1], stds[2])


def _take(images: np.ndarray | torch.Tensor, idx: np.ndarray) -> torch.Tensor:
    if isinstance(images, torch.Tensor):
        return images[torch.from_numpy(idx)].contiguous()
    if isinstance(images, np.memmap) and images.filename and images.flags.c_contiguous:
        return torch.from_numpy(_read_rows(images, idx))
    return torch.from_numpy(np.ascontiguousarray(images[idx]))


def _read_rows(mm: np.memmap, idx: np.ndarray, block_bytes: int = 16 << 20) -> np.ndarray:
    """Rows ``idx`` of a memory-mapped cache, read block by block with plain file reads.

    Indexing the map itself would leave every touched page resident: loading CIFAR-10's
    splits that way peaked at twice the images' size. Here the peak is the result plus one
    block.
    """
    row_shape = tuple(mm.shape[1:])
    row_bytes = int(np.prod(row_shape, dtype=np.int64)) * mm.itemsize
    out = np.empty((len(idx), *row_shape), dtype=mm.dtype)
    order = np.argsort(idx, kind="stable")
    sorted_idx = idx[order]
    per_block = max(1, block_bytes // max(row_bytes, 1))
    buf = np.empty((per_block, *row_shape), dtype=mm.dtype)
    with open(str(mm.filename), "rb") as fh:
        pos = 0
        while pos < len(sorted_idx):
            start = int(sorted_idx[pos])
            rows = min(per_block, mm.shape[0] - start)
            fh.seek(mm.offset + start * row_bytes)
            view = buf[:rows]
            if fh.readinto(view.data.cast("B")) != rows * row_bytes:
                raise DataError(f"dataset cache {mm.filename} is truncated; delete it to decode again")
            end = int(np.searchsorted(sorted_idx, start + rows, side="left"))
            out[order[pos:end]] = view[sorted_idx[pos:end] - start]
            pos = end
    return out


def _torchvision_version() -> str:
    """Decoders differ between releases, so the version keys the cache ("absent": PIL decodes)."""
    try:
        return version("torchvision")
    except PackageNotFoundError:
        return "absent"


def _decoded(cfg: DataConfig, source: _Source, resolution: int | None) -> tuple[_Decoded, Path, str]:
    """The decoded images of ``source`` from the cache, decoding and caching on a miss."""
    key = _digest(
        {
            "format": FORMAT_VERSION,
            "dataset": source.name,
            "source": str(source.root.resolve()),
            "resolution": resolution,
            "files": source.fingerprint,
            "torchvision": _torchvision_version(),
        }
    )
    res_tag = "native" if resolution is None else str(resolution)
    folder = cfg.cache_dir / "datasets" / f"{source.name}-{res_tag}-{key}"
    if folder.is_dir():
        note(f"{source.name}: loading the decoded images from {folder}")
    dec = _load_decoded(folder)
    if dec is None:
        note(f"{source.name}: decoding the images once into {folder} (later runs load them in seconds)")
        dec = source.build(resolution)
        _save_decoded(folder, dec)
    return dec, folder, key


# --------------------------------------------------------------------------- public


def load_splits(cfg: DataConfig) -> Splits:
    """Decode (or load from the cache) ``cfg.dataset`` and return its train/val/test splits."""
    if cfg.dataset not in _SOURCES:
        raise ConfigError(f"dataset must be one of {', '.join(DATASETS)}, but got {cfg.dataset!r}")
    source = _SOURCES[cfg.dataset](cfg)
    # Asking for the known native size (CIFAR-10 at 32) shares the native cache entry,
    # unless this copy of the data turns out not to have that size.
    dec, folder, key = _decoded(cfg, source, None if cfg.resolution == source.native else cfg.resolution)
    if cfg.resolution is not None and dec.images.shape[-1] != cfg.resolution:
        dec, folder, key = _decoded(cfg, source, cfg.resolution)

    split_key = _digest(
        {
            "format": FORMAT_VERSION,
            "decoded": key,
            "split_seed": cfg.split_seed,
            "val_fraction": cfg.val_fraction,
            "test_fraction": cfg.test_fraction,
            "public_fraction": cfg.public_fraction,
            "max_train": cfg.max_train,
            "max_eval": cfg.max_eval,
        }
    )
    split_file = folder / f"split-{split_key}.npz"
    cached = _read_split_cache(split_file, len(dec.labels))
    if cached is not None:
        train, val, test, public = cached["train"], cached["val"], cached["test"], cached["public"]
        train_x = _take(dec.images, train)
        mean_l, std_l = cached["mean"].tolist(), cached["std"].tolist()
        mean = (float(mean_l[0]), float(mean_l[1]), float(mean_l[2]))
        std = (float(std_l[0]), float(std_l[1]), float(std_l[2]))
    else:
        train, val, test, public = _split(dec, cfg)
        train_x = _take(dec.images, train)
        mean, std = _channel_stats(train_x)
        if folder.is_dir():
            _atomic_savez(
                split_file, train=train, val=val, test=test, public=public,
                mean=np.asarray(mean), std=np.asarray(std),
            )

    def y(idx: np.ndarray) -> torch.Tensor:
        return torch.from_numpy(dec.labels[idx].astype(np.int64))

    return Splits(
        name=cfg.dataset,
        classes=dec.classes,
        train_x=train_x,
        train_y=y(train),
        val_x=_take(dec.images, val),
        val_y=y(val),
        test_x=_take(dec.images, test),
        test_y=y(test),
        mean=mean,
        std=std,
        public_x=_take(dec.images, public),
        public_y=y(public),
    )
