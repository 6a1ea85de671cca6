"""JSONL: one article a line, with "text" or "html" and optional metadata."""

from __future__ import annotations

import json
from typing import Iterator

from ..schema import ArticleMeta

META_KEYS = ("title", "outlet", "url", "published", "authors")


def records(text: str, name: str) -> Iterator[tuple[str, dict | None, str | None]]:
    """(record name, record, error) for every non-blank line."""
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        rec_name = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield rec_name, None, f"not valid JSON ({err.msg} at column {err.colno})"
            continue
        if not isinstance(rec, dict):
            yield rec_name, None, "a JSONL line must be an object with 'text' or 'html'"
            continue
        ident = rec.get("id") or rec.get("name")
        if ident:
            rec_name = f"{name}:{ident}"
        yield rec_name, rec, None


def meta_of(rec: dict) -> ArticleMeta:
    authors = rec.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    return ArticleMeta(**{k: rec.get(k) for k in META_KEYS if k != "authors"}, authors=[str(a) for a in authors])
