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

Decoded images and splits are cached on disk (:mod:`fblbench.data.cache`).

Decoding lives in :mod:`fblbench.data.decode`, the datasets' sources in
:mod:`fblbench.data.sources`, the cache in :mod:`fblbench.data.cache`; this module splits and loads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import torch

from fblbench.config import DATASETS, DataConfig
from fblbench.data.cache import FORMAT_VERSION, atomic_savez, decoded, digest, read_split_cache
from fblbench.data.decode import decode_images
from fblbench.data.sources import _POOL, _SOURCES, _TEST, IMAGE_EXTENSIONS, _Decoded
from fblbench.errors import ConfigError, DataError

__all__ = ["IMAGE_EXTENSIONS", "Splits", "decode_images", "load_splits"]


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
    try:
        fh = open(str(mm.filename), "rb")
    except FileNotFoundError:  # a newer decode of changed files removed it: the map still holds the data
        return np.ascontiguousarray(mm[idx])
    with fh:
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


# --------------------------------------------------------------------------- public


def load_splits(cfg: DataConfig) -> Splits:
    """Decode (or load from the cache) ``cfg.dataset`` and return its train/val/test splits."""
    if cfg.dataset not in _SOURCES:
        raise ConfigError(f"dataset must be one of {', '.join(DATASETS)}, but got {cfg.dataset!r}")
    source = _SOURCES[cfg.dataset](cfg)
    # Asking for the known native size (CIFAR-10 at 32) shares the native cache entry,
    # unless this copy of the data turns out not to have that size.
    dec, folder, key = decoded(cfg, source, None if cfg.resolution == source.native else cfg.resolution)
    if cfg.resolution is not None and dec.images.shape[-1] != cfg.resolution:
        dec, folder, key = decoded(cfg, source, cfg.resolution)

    split_key = digest(
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
    cached = read_split_cache(split_file, len(dec.labels))
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
            atomic_savez(
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
