"""PNG plots logged as MLflow artifacts (matplotlib, Agg backend, no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

    from fblbench.engine.loop import RoundReport


def _pyplot() -> Any:
    """matplotlib's pyplot on the Agg backend, imported on first use (~0.4 CPU-s)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def accuracy_curve(reports: Sequence[RoundReport], path: Path, title: str = "") -> Path:
    """Validation and test accuracy per round."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, 4))
    rounds = [r.round for r in reports]
    ax.plot(rounds, [r.val_acc for r in reports], marker="o", label="validation")
    test = [(r.round, r.test_acc) for r in reports if r.test_acc is not None]
    if test:
        ax.plot(*zip(*test, strict=True), marker="s", label="test")
    ax.set_xlabel("round")
    ax.set_ylabel("accuracy")
    ax.set_ylim(0, 1)
    ax.grid(alpha=0.3)
    ax.legend()
    ax.set_title(title or "accuracy per round")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path


def histogram_heatmap(hist: np.ndarray, classes: Sequence[str], path: Path, title: str = "") -> Path:
    """Clients x classes sample counts of a partition, annotated where it stays readable."""
    plt = _pyplot()
    k, c = hist.shape
    fig, ax = plt.subplots(figsize=(max(5.0, 0.6 * c + 2), max(3.0, 0.35 * k + 1.5)))
    im = ax.imshow(hist, aspect="auto", cmap="viridis")
    ax.set_xticks(range(c), list(classes), rotation=45, ha="right", fontsize=8)
    ax.set_yticks(range(k), [f"client {i}" for i in range(k)], fontsize=8)
    if k * c <= 400:
        vmax = hist.max() if hist.size else 0
        for i in range(k):
            for j in range(c):
                ax.text(j, i, str(int(hist[i, j])), ha="center", va="center", fontsize=6,
                        color="black" if hist[i, j] > 0.6 * vmax else "white")
    fig.colorbar(im, ax=ax, label="samples")
    ax.set_title(title or "class histogram per client")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
