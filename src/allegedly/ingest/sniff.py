"""Which reader an input needs: decided by its name first, then by its first bytes."""

from __future__ import annotations

import re

_HTML = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<\?xml[^>]*>\s*<html)", re.I)
_TAGS = re.compile(r"<(p|div|span|a|article|br|h[1-6])\b[^>]*>", re.I)
_SUFFIX = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
}


def sniff(name: str, text: str) -> str:
    """One of: html, jsonl, markdown, text."""
    lower = name.lower()
    for suffix, kind in _SUFFIX.items():
        if lower.endswith(suffix):
            return kind
    head = text[:4096]
    if _HTML.match(head) or len(_TAGS.findall(head)) >= 3:
        return "html"
    first = head.lstrip()[:1]
    if first == "{" and all(line.lstrip().startswith("{") for line in head.splitlines()[:3] if line.strip()):
        return "jsonl"
    return "text"
