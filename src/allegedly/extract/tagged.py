"""What the accurate mode's encoder adds beyond features: candidates the rules never
proposed (a cue the encoder tags where no rule fired: 'is a staunch opponent of', 'was
sure'), and a second opinion on sources: where the parse found no subject, or one the
encoder is sure is not a source, the span it tags as source in the same sentence (outside
the claim) is taken instead. Thresholds tuned on PolNeAR dev."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .context import Context
from .registry import stage
from .spans import Finding, char_span

SOURCE = 0.5  # a token the encoder tags as source at least this surely
DOUBT = 0.2  # a parsed source it gives less than this is replaced when it offers another


CUE = 0.5  # a token the encoder tags as cue this surely may open a candidate of its own
_COLUMNS = {"source": (1, 2), "cue": (3, 4), "content": (5, 6)}


def runs(ctx: Context, role: str, start: int, end: int, cut: float = SOURCE) -> list[tuple[int, int]]:
    """Token runs [i, j) in doc[start:end] tagged as role; a B- tag opens a new run."""
    b, i_ = _COLUMNS[role]
    tags = ctx.tags
    doc = ctx.doc
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        if not doc[i].is_space and tags[i, b] + tags[i, i_] >= cut:
            j = i + 1
            while j < end and (doc[j].is_space or (tags[j, i_] >= cut and tags[j, i_] >= tags[j, b])):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def source_runs(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    return runs(ctx, "source", start, end)


def _nearest(spans: list[tuple[int, int]], i: int, j: int) -> tuple[int, int] | None:
    return min(spans, key=lambda r: min(abs(r[0] - j), abs(r[1] - i)), default=None)


@stage("encoder")
def encoder_cues(ctx: Context) -> list[Finding]:
    """A candidate for each cue the encoder tags, with the nearest content and source it
    tags in the same sentence. The ranker weighs them with the rest; where a rule found the
    same cue, the clash rule keeps whichever scores higher."""
    if ctx.tags is None:
        return []
    from .verbs import _kind_of  # the one place that tells direct from indirect

    doc = ctx.doc
    out: list[Finding] = []
    for sent in doc.sents:
        contents = runs(ctx, "content", sent.start, sent.end)
        sources = runs(ctx, "source", sent.start, sent.end)
        for i, j in runs(ctx, "cue", sent.start, sent.end, CUE):
            content = _nearest([r for r in contents if r[1] <= i or r[0] >= j], i, j)
            if content is None:
                continue
            cue_span = doc[i:j]
            clear = lambda r: not (r[0] < content[1] and content[0] < r[1]) and not (r[0] < j and i < r[1])
            src = _nearest([r for r in sources if clear(r)], i, j)
            c_off = char_span(doc, doc[content[0] : content[1]])
            cue_off = char_span(doc, cue_span)
            if c_off is None or cue_off is None:
                continue
            s_off = char_span(doc, doc[src[0] : src[1]]) if src else None
            out.append(
                Finding(
                    cue=cue_off,
                    source=s_off,
                    content=c_off,
                    kind=_kind_of(ctx, c_off),
                    stage="encoder",
                    cue_token=cue_span.root.i,
                    source_token=doc[src[0] : src[1]].root.i if src else None,
                    extra={"lexicon": False, "via": "encoder"},
                )
            )
    return out


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
