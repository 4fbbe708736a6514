"""The method examples in README.md run as written and pass the conformance suite."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from fblbench.method import Method
from fblbench.testing import check_method

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCKS = [b for b in re.findall(r"```python\n(.*?)```", README.read_text(), re.S) if "(Method):" in b]


def test_readme_has_method_examples() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize("block", BLOCKS, ids=[re.findall(r"class (\w+)", b)[0] for b in BLOCKS])
def test_readme_method_example_passes_check_method(block: str) -> None:
    namespace: dict[str, object] = {}
    exec(compile(block, str(README), "exec"), namespace)
    classes = [v for v in namespace.values() if isinstance(v, type) and issubclass(v, Method) and v is not Method]
    assert classes
    for cls in classes:
        check_method(cls)
