"""The accurate mode's second opinion on sources: where the parse found no subject, or one
the encoder is sure is not a source, the span the encoder tags as source in the same
sentence (outside the claim) is taken instead. Thresholds tuned on PolNeAR dev."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .context import Context
from .spans import Finding, char_span

SOURCE = 0.5  # a token the encoder tags as source at least this surely
DOUBT = 0.2  # a parsed source it gives less than this is replaced when it offers another


def source_runs(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Token runs [i, j) in doc[start:end] tagged as source; a B- tag opens a new run."""
    tags = ctx.tags
    doc = ctx.doc
    runs: list[tuple[int, int]] = []
    i = start
    while i < end:
        if not doc[i].is_space and tags[i, 1] + tags[i, 2] >= SOURCE:
            j = i + 1
            while j < end and (doc[j].is_space or (tags[j, 2] >= SOURCE and tags[j, 2] >= tags[j, 1])):
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def resource(ctx: Context, f: Finding) -> Finding:
    doc = ctx.doc
    tags = ctx.tags
    src = tags[:, 1] + tags[:, 2]
    sent = doc[f.cue_token].sent
    inside = lambda i: (f.content is not None and f.content[0] <= doc[i].idx < f.content[1]) or f.cue[0] <= doc[i].idx < f.cue[1]
    runs = [(i, j) for i, j in source_runs(ctx, sent.start, sent.end) if not any(inside(k) for k in range(i, j))]
    if f.source is not None:
        span = doc.char_span(*f.source, alignment_mode="expand")
        p = float(src[span.start : span.end].max()) if span is not None and len(span) else 0.0
        if p >= DOUBT or not runs:
            return f
    elif not runs:
        return f
    i, j = min(runs, key=lambda r: min(abs(r[0] - f.cue_token), abs(r[1] - 1 - f.cue_token)))
    span = doc[i:j]
    offsets = char_span(doc, span)
    if offsets is None:
        return f
    return replace(f, source=offsets, source_token=span.root.i, extra={**f.extra, "source_by": "encoder"})


def refine(ctx: Context, found: list[Finding]) -> list[Finding]:
    if ctx.tags is None or not isinstance(ctx.tags, np.ndarray):
        return found
    return [resource(ctx, f) for f in found]
