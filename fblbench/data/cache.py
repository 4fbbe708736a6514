"""The on-disk cache of decoded datasets (``<cache_dir>/datasets/``).

Two levels, both written atomically (temporary name, then ``os.replace``):

1. ``datasets/<name>-<res>-<key>/`` -- the decoded images (``images.npy``, read back
   memory-mapped), labels and official-split flags of one source. ``key`` hashes the
   dataset name, the resolved source path, the resolution, a fingerprint of every
   file (relative path, size, mtime), the torchvision version and a format version.
2. ``split-<key>.npz`` inside it -- the train/val/test indices and the channel
   statistics, keyed additionally by ``split_seed``, the fractions and the size caps.

An entry is superseded when the files it was decoded from change (a new mtime is
enough: re-syncing a mirror touches every file): the next load decodes again under a
new key, and then removes the entries of the same source, resolution, torchvision and
format whose file fingerprint differs, which no load can hit again (each held another
copy of the images: 184 MB for CIFAR-10 at 32 px). Entries written before they recorded
their source (``meta.json`` without ``of``) are left alone; delete them by hand.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
import warnings
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

import numpy as np
import torch

from fblbench.config import DataConfig
from fblbench.data.sources import _Decoded, _Source
from fblbench.runtime import atomic_write, note

# Bump when the cached arrays or the split procedure change meaning.
FORMAT_VERSION = 2  # 2: the public split


def digest(obj: object) -> str:
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


def _save_decoded(folder: Path, dec: _Decoded, identity: dict[str, Any]) -> None:
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
            "of": identity,
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


def atomic_savez(path: Path, **arrays: np.ndarray) -> None:
    def write(tmp: Path) -> None:
        with open(tmp, "wb") as fh:  # a file object: np.savez would append ".npz" to a name
            np.savez(fh, **arrays)  # type: ignore[arg-type]

    try:
        atomic_write(path, write)
    except OSError as e:
        warnings.warn(f"cannot write split cache {path} ({e}); continuing without it", stacklevel=3)


def read_split_cache(path: Path, count: int) -> dict[str, np.ndarray] | None:
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


def _torchvision_version() -> str:
    """Decoders differ between releases, so the version keys the cache ("absent": PIL decodes)."""
    try:
        return version("torchvision")
    except PackageNotFoundError:
        return "absent"


def decoded(cfg: DataConfig, source: _Source, resolution: int | None) -> tuple[_Decoded, Path, str]:
    """The decoded images of ``source`` from the cache, decoding and caching on a miss."""
    identity = {
        "format": FORMAT_VERSION,
        "dataset": source.name,
        "source": str(source.root.resolve()),
        "resolution": resolution,
        "torchvision": _torchvision_version(),
    }
    key = digest({**identity, "files": source.fingerprint})
    res_tag = "native" if resolution is None else str(resolution)
    folder = cfg.cache_dir / "datasets" / f"{source.name}-{res_tag}-{key}"
    if folder.is_dir():
        note(f"{source.name}: loading the decoded images from {folder}")
    dec = _load_decoded(folder)
    if dec is None:
        note(f"{source.name}: decoding the images once into {folder} (later runs load them in seconds)")
        dec = source.build(resolution)
        _save_decoded(folder, dec, identity)
        _drop_superseded(folder, identity)
    return dec, folder, key


def _drop_superseded(kept: Path, identity: dict[str, Any]) -> None:
    """Remove the other entries decoded from the same source at the same resolution (and
    torchvision and format) but from files that have changed since. A process still reading
    one keeps its memory map (the file goes when it closes it)."""
    if not (kept / "meta.json").is_file():
        return  # the new entry could not be written: keep the old ones
    for entry in kept.parent.iterdir():
        if entry == kept or entry.name.startswith(".") or not entry.is_dir():
            continue
        try:
            of = json.loads((entry / "meta.json").read_text()).get("of")
        except (OSError, ValueError, AttributeError):
            continue
        if of == identity:
            note(f"{identity['dataset']}: removing {entry}, decoded from files that have changed since")
            shutil.rmtree(entry, ignore_errors=True)
