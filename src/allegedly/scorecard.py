"""Article-level summaries computed from a Report's attributions: the scorecard and the
headline's sourcing."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .schema import Headline, Report

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset(
    "the a an and or of to in on for with by at from as is was were be been has have had that this "
    "it its his her their he she they who what which said says say about after over into than not".split()
)
SOURCE_TYPES = ("person", "organization", "outlet", "document", "anonymous", "unattributed")


def _content_words(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in _WORD.findall(text) if w.lower() not in _STOP}


def scorecard(report: Report) -> dict[str, Any]:
    by_type = Counter(a.source_type for a in report.attributions)
    n = len(report.attributions)
    return {
        "attributions": n,
        "named_sources": sum(by_type[t] for t in ("person", "organization", "outlet")),
        "no_source": by_type["unattributed"],
        "by_source_type": {t: by_type[t] for t in SOURCE_TYPES},
        "by_kind": dict(Counter(a.kind for a in report.attributions)),
    }


def headline_for(report: Report) -> Headline | None:
    """The headline and the body attributions whose content shares most of its words."""
    title = report.article.title
    if not title:
        return None
    head_words = _content_words(title)
    start = report.text.find(title)
    body_from = start + len(title) if start >= 0 else 0
    matched = []
    for a in report.attributions:
        if a.content is None or a.content.start < body_from:
            continue
        overlap = head_words & _content_words(a.content.text)
        if len(overlap) >= max(2, len(head_words) // 4):
            matched.append(a.id)
    return Headline(text=title, attributions=matched, summary="")
