"""Loading a script from benchmarks/ as a module, for the tests of those scripts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load_benchmark(filename: str) -> ModuleType:
    """``benchmarks/<filename>`` as a module named ``<stem>_script``, registered in sys.modules (a
    dataclass looks its module up there), with benchmarks/ importable while it loads (scripts
    import their neighbours)."""
    spec = importlib.util.spec_from_file_location(f"{Path(filename).stem}_script", BENCHMARKS / filename)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    sys.path.insert(0, str(BENCHMARKS))
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(BENCHMARKS))
    return mod
