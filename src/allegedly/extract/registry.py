"""The extraction stages, by name, in the order they run: earlier stages win overlaps."""

from __future__ import annotations

from typing import Callable

from ..registry import Registry
from .context import Context
from .spans import Finding

Stage = Callable[[Context], list[Finding]]
STAGES: Registry[Stage] = Registry("extraction stage")
stage = STAGES.register
