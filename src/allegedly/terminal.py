"""Text that is safe to print on a terminal: input names and messages come from the user's
data, and an escape sequence in them would set the window title or clear the screen."""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def one_line(s: str, limit: int = 400) -> str:
    """s with control characters shown as '?', on one line, cut at limit characters."""
    s = _CONTROLS.sub("?", s.encode("utf-8", "replace").decode("utf-8"))
    return s if len(s) <= limit else s[: limit - 1] + "…"
