"""Files FBL logs with a run: generated samples, before/after class histograms, synthetic use per round,
and what identifies its filler (``fbl_generator.json``: kind, spec, cache entry, pool digest).

Plots use matplotlib's object API (``Figure``), not pyplot: no global figure state, no backend.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch
from matplotlib.figure import Figure

if TYPE_CHECKING:
    from fblbench.fbl.method import FBLCore

SAMPLES_PNG = "fbl_samples.png"
HISTOGRAMS_CSV = "fbl_histograms.csv"
HISTOGRAMS_PNG = "fbl_histograms.png"
SYNTHETIC_CSV = "fbl_synthetic_per_round.csv"
SYNTHETIC_PNG = "fbl_synthetic_per_round.png"
GENERATOR_JSON = "fbl_generator.json"


def planned_synthetic(read: Callable[[str], str | None]) -> int | None:
    """The synthetic images a logged run planned, from its ``method/fbl_histograms.csv`` (``read``:
    the text of a path in the run's artifacts, None if absent); None when it has no such file."""
    text = read(f"method/{HISTOGRAMS_CSV}")
    if text is None:
        return None
    try:
        return sum(int(row["synthetic"]) for row in csv.DictReader(text.splitlines()))
    except (KeyError, ValueError):
        return None


def write_histograms(method: FBLCore, out_dir: Path) -> list[Path]:
    """Per client and class: real held (before), real kept, synthetic added, after; CSV + heatmap pair."""
    plans = method.plans
    csv_path = out_dir / HISTOGRAMS_CSV
    with csv_path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["client", "kind", "class", "before", "target", "kept_real", "synthetic", "unfilled", "after"])
        for k, p in enumerate(plans):
            for c in range(len(p.counts)):
                name = method.classes[c] if c < len(method.classes) else str(c)
                w.writerow(
                    [k, p.kind, name, p.counts[c], p.target[c], p.keep[c], p.fill[c], p.unfilled[c], p.after[c]]
                )
    before = np.stack([p.counts for p in plans])
    after = np.stack([p.after for p in plans])
    vmax = max(int(before.max()), int(after.max()), 1)
    fig = Figure(figsize=(2 + 0.5 * before.shape[1] * 2, 1.5 + 0.35 * len(plans)), layout="constrained")
    axes = fig.subplots(1, 2, sharey=True)
    for ax, data, title in ((axes[0], before, "before (real)"), (axes[1], after, "after (real kept + synthetic)")):
        im = ax.imshow(data, aspect="auto", cmap="viridis", vmin=0, vmax=vmax)
        ax.set_title(title)
        ax.set_xlabel("class")
        ax.set_xticks(range(data.shape[1]))
        ax.set_xticklabels(list(method.classes) or [str(c) for c in range(data.shape[1])], rotation=90, fontsize=7)
    axes[0].set_ylabel("client")
    axes[0].set_yticks(range(len(plans)))
    axes[0].set_yticklabels([f"{k} ({p.kind[0]})" for k, p in enumerate(plans)], fontsize=7)
    fig.colorbar(im, ax=list(axes), label="samples")
    png = out_dir / HISTOGRAMS_PNG
    fig.savefig(png, dpi=120)
    return [csv_path, png]


def write_round_counts(method: FBLCore, out_dir: Path) -> list[Path]:
    """Synthetic, real and replayed samples used per round (summed over the round's clients)."""
    rounds = sorted(method.round_counts)
    csv_path = out_dir / SYNTHETIC_CSV
    with csv_path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["round", "num_synthetic", "num_real", "num_replayed", "num_clients"])
        for r in rounds:
            rc = method.round_counts[r]
            w.writerow([r + 1, rc.num_synthetic, rc.num_real, rc.num_replayed, len(rc.clients)])
    fig = Figure(figsize=(6, 3.5), layout="constrained")
    ax = fig.subplots()
    xs = [r + 1 for r in rounds]
    for key, label in (("num_synthetic", "synthetic"), ("num_real", "real"), ("num_replayed", "replayed")):
        ax.plot(xs, [getattr(method.round_counts[r], key) for r in rounds], marker="o", label=label)
    ax.set_xlabel("round")
    ax.set_ylabel("samples used")
    ax.set_title("FBL: samples trained on per round")
    ax.legend()
    png = out_dir / SYNTHETIC_PNG
    fig.savefig(png, dpi=120)
    return [csv_path, png]


def write_artifacts(method: FBLCore, out_dir: Path) -> list[Path]:
    """Every FBL artifact there is data for (none when balancing is off)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    if method.grid_images:
        from fblbench.fbl.generators import save_sample_grid

        imgs, labels = method.grid_images
        files.append(save_sample_grid(imgs, labels, method.classes, out_dir / SAMPLES_PNG, per_class=8))
    if method.plans:
        files += write_histograms(method, out_dir)
    if method.round_counts:
        files += write_round_counts(method, out_dir)
    if method.generator_provenance:
        path = out_dir / GENERATOR_JSON
        path.write_text(json.dumps(method.generator_provenance, indent=2, sort_keys=True, default=str) + "\n")
        files.append(path)
    return files


def grid_tensors(grid: dict[int, list[torch.Tensor]], per_class: int) -> tuple[torch.Tensor, torch.Tensor] | None:
    """``(images, labels)`` of at most ``per_class`` kept samples per class, classes in order."""
    imgs, labels = [], []
    for c in sorted(grid):
        x = torch.cat(grid[c])[:per_class]
        imgs.append(x)
        labels.append(torch.full((len(x),), c, dtype=torch.long))
    if not imgs:
        return None
    return torch.cat(imgs), torch.cat(labels)
