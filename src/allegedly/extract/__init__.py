"""Extraction: small stages over a parsed Doc, each adding its own findings.

The stages run in registry order; where two find the same cue, the earlier one wins.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import according, colon, nouns, unsourced, verbs  # noqa: F401  (they register stages)
from .context import Context
from .registry import STAGES
from .spans import Finding

__all__ = ["find_attributions", "STAGES", "Finding"]


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def find_attributions(doc: Doc) -> list[Finding]:
    """Every attribution in doc, in text order, at most one per cue."""
    ctx = Context.of(doc)
    kept: list[Finding] = []
    for _name, run in STAGES:
        for f in run(ctx):
            if f.content is None or any(_overlaps(f.cue, k.cue) for k in kept):
                continue
            quote = ctx.quote_at(f.cue[0])
            if quote and not _overlaps(quote, f.content) or quote and f.content[0] > quote[0]:
                continue  # a cue inside someone else's quotation is theirs, not the article's

            kept.append(f)
    kept.sort(key=lambda f: f.cue[0])
    return kept
