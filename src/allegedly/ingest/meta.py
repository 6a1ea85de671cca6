"""Article metadata from the outside world (JSONL records, API bodies, keyword arguments):
checked for type and made valid Unicode before anything reads it."""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..errors import BadMetadata
from ..schema import ArticleMeta

FIELDS = ("title", "outlet", "url", "published")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MAX_FIELD = 10_000  # characters; a longer title or URL is not metadata


def scrub(text: str) -> tuple[str, int]:
    """text with lone surrogates (code points that JSON and Python strings allow but no
    encoding can write) replaced by U+FFFD, and how many there were."""
    return _SURROGATE.subn("\ufffd", text)


def article_meta(fields: Mapping[str, Any]) -> tuple[ArticleMeta, int]:
    """ArticleMeta from a mapping, and the number of characters scrub() replaced; raises
    BadMetadata, one line saying which field is wrong, for any other type than documented."""
    replaced = 0
    values: dict[str, Any] = {}
    for key in FIELDS:
        value = fields.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise BadMetadata(f"'{key}' must be a string, not {_kind(value)}")
        values[key], n = _field(key, value)
        replaced += n
    authors = fields.get("authors")
    if authors is None:
        authors = []
    elif isinstance(authors, str):
        authors = [authors]
    elif not isinstance(authors, (list, tuple)) or not all(isinstance(a, str) for a in authors):
        raise BadMetadata(f"'authors' must be a string or a list of strings, not {_kind(authors)}")
    clean_authors = []
    for a in authors:
        a, n = _field("authors", a)
        replaced += n
        clean_authors.append(a)
    return ArticleMeta(**values, authors=clean_authors), replaced


def _field(key: str, value: str) -> tuple[str, int]:
    if len(value) > MAX_FIELD:
        raise BadMetadata(f"'{key}' is {len(value):,} characters; metadata fields stop at {MAX_FIELD:,}")
    return scrub(value)


def _kind(value: Any) -> str:
    if isinstance(value, list):
        kinds = sorted({type(v).__name__ for v in value if not isinstance(v, str)})
        return f"a list holding {', '.join(kinds)}"
    return {bool: "true/false", int: "a number", float: "a number", dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)
