"""Renderers: Report -> text in one format. A format is a registered function, so a new
one is a new module, not a new branch in the CLI."""

from __future__ import annotations

from typing import Callable

from ..registry import Registry
from ..schema import Report

Renderer = Callable[[Report], str]
FORMATS: Registry[Renderer] = Registry("output format")
EXTENSIONS: dict[str, str] = {}


def renderer(name: str, ext: str):
    """Register a renderer under a format name, with the file extension --out gives it."""
    EXTENSIONS[name] = ext
    return FORMATS.register(name)


from . import brat as _brat  # noqa: E402,F401
from . import html as _html  # noqa: E402,F401
from . import json as _json  # noqa: E402,F401
from . import jsonld as _jsonld  # noqa: E402,F401
from . import markdown as _markdown  # noqa: E402,F401
from . import text as _text  # noqa: E402,F401

__all__ = ["FORMATS", "EXTENSIONS", "render"]


def render(report: Report, fmt: str) -> str:
    return FORMATS.get(fmt)(report)
