"""fblbench: hyperparameter sweeps and fair benchmarks for federated learning on non-IID images."""

from __future__ import annotations

__version__ = "0.1.0"
