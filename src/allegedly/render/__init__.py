"""Renderers: Report -> text in one format. A format is a registered function, so a new
one is a new module, not a new branch in the CLI."""

from __future__ import annotations

from typing import Callable

from ..registry import Registry
from ..schema import Report

Renderer = Callable[[Report], str]
FORMATS: Registry[Renderer] = Registry("output format")
renderer = FORMATS.register

from . import json as _json  # noqa: E402,F401  (registers "json")
from . import text as _text  # noqa: E402,F401  (registers "text")

__all__ = ["FORMATS", "render"]


def render(report: Report, fmt: str) -> str:
    return FORMATS.get(fmt)(report)
