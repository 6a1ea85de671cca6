"""JSONL: one article a line, with "text" or "html" and optional metadata."""

from __future__ import annotations

import json
from typing import Iterator

MAX_ID = 1000  # characters: an id is a name, not a payload


def lines(text: str) -> list[str]:
    """JSONL's lines: split at "\n" only. str.splitlines() would also split at U+2028,
    U+2029 and U+0085, which JSON allows raw inside a string, and break a valid record."""
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]


def records(text: str, name: str, first_line: int = 1) -> Iterator[tuple[str, dict | None, str | None]]:
    """(record name, record, error) for every non-blank line. A record's name is
    "NAME:ID" when it has an "id" (or "name"), else "NAME:LINE", counting from first_line."""
    for lineno, line in enumerate(lines(text), first_line):
        if not line.strip():
            continue
        rec_name = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield rec_name, None, f"not valid JSON ({err.msg} at column {err.colno})"
            continue
        except RecursionError:
            yield rec_name, None, "not valid JSON (nested too deeply)"
            continue
        if not isinstance(rec, dict):
            yield rec_name, None, "a JSONL line must be an object with 'text' or 'html'"
            continue
        ident = rec.get("id", rec.get("name"))
        if ident is not None and ident != "":
            if isinstance(ident, bool) or not isinstance(ident, (str, int)):
                yield rec_name, None, "'id' must be a string or a number"
                continue
            ident = str(ident)
            if len(ident) > MAX_ID:
                yield rec_name, None, f"'id' is {len(ident):,} characters; ids stop at {MAX_ID:,}"
                continue
            rec_name = f"{name}:{ident}"
        yield rec_name, rec, None
