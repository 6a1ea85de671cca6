"""One BLAS thread for the taggers' numpy products.

numpy's BLAS hands every matrix product to a thread per core. For the products the taggers
make (a few hundred tokens by 384 or 128 columns) the hand-off costs more than it saves, and
far more on a busy machine: on this project's 2 shared cores, PolNeAR dev articles took 84 ms
in the small tagger with two threads and 15 ms with one, 1.9 s in the encoder with two and
0.45 s with one. threadpoolctl (installed wherever scikit-learn is) holds BLAS to one thread
while a tagger runs; where it is missing, nothing changes.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def one_thread() -> AbstractContextManager:
    """A context in which numpy's BLAS uses one thread (a no-op without threadpoolctl)."""
    ctl = _controller()
    return ctl.limit(limits=1, user_api="blas") if ctl is not None else nullcontext()
