"""The public pool: training images no client holds, for methods that declare they use them.

In the FBL paper the generator is a pretrained text-to-image model: its knowledge of the
classes comes from outside the federation. Offline, the honest stand-in is a seeded,
stratified public split of the training pool (``DataConfig.public_fraction``), disjoint
from every client, the validation and the test split. It is removed from the clients'
pool for every method (so all methods of a study see the same clients), and only a
method whose class sets ``uses_public_data = True`` may read it, through
:func:`public_data`. A method that reads it is not comparable to one that does not
without saying so: tables name such methods' extra knowledge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch

from fblbench.errors import ConfigError

if TYPE_CHECKING:
    from fblbench.engine.loop import Federation
    from fblbench.method import Method

__all__ = ["public_data"]


def public_data(fed: Federation, method: Method) -> tuple[torch.Tensor, torch.Tensor]:
    """``(uint8 images [n,3,H,W], int64 labels [n])`` of the public pool, for ``method``.

    Raises ConfigError when ``method`` does not declare ``uses_public_data`` or when the
    pool is empty (``public_fraction`` 0).
    """
    if not getattr(type(method), "uses_public_data", False):
        raise ConfigError(
            f"{method.name} reads the public pool but does not declare it: set uses_public_data = True "
            "on the method class (tables then name its outside knowledge)"
        )
    x, y = fed.splits.public_x, fed.splits.public_y
    if len(y) == 0:
        raise ConfigError(
            f"{method.name} needs the public pool, but it is empty: set public_fraction > 0 "
            "(e.g. --public-fraction 0.1)"
        )
    return x, y
