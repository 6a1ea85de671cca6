"""brat standoff (.ann), the form PolNeAR and most annotation tools read: Source, Cue and
Content text-bound annotations tied by an Attribution event; the sourcing fields become
attributes of the event. Spans that cross a line break (any of them) are split into
fragments, as brat requires."""

from __future__ import annotations

from ..schema import Report, Span
from . import renderer

# every character str.splitlines() breaks at: a reader that splits .ann lines that way must
# not see a fragment's text run onto a second line
_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _fragments(text: str, span: Span) -> list[tuple[int, int]]:
    out, start = [], span.start
    for i in range(span.start, span.end):
        if text[i] in _BREAKS:
            if i > start:
                out.append((start, i))
            start = i + 1
    if span.end > start:
        out.append((start, span.end))
    return [(s, e) for s, e in out if text[s:e].strip()]


@renderer("brat", ".ann")
def to_brat(report: Report) -> str:
    text = report.text
    lines: list[str] = []
    t = e = at = 0

    def textbound(label: str, span: Span) -> str | None:
        nonlocal t
        frags = _fragments(text, span)
        if not frags:
            return None
        t += 1
        offsets = ";".join(f"{s} {e_}" for s, e_ in frags)
        shown = " ".join(text[s:e_] for s, e_ in frags)
        lines.append(f"T{t}\t{label} {offsets}\t{shown}")
        return f"T{t}"

    for a in report.attributions:
        if a.cue is None:
            continue
        args = []
        trigger = textbound("Attribution", a.cue)
        for role, span in (("Source", a.source), ("Cue", a.cue), ("Content", a.content)):
            if span is not None:
                tid = textbound(role, span)
                if tid:
                    args.append(f"{role}:{tid}")
        if trigger is None:
            continue
        e += 1
        lines.append(f"E{e}\tAttribution:{trigger} " + " ".join(args))
        for name, value in (("Kind", a.kind), ("SourceType", a.source_type), ("Certainty", a.certainty), ("Evidence", a.evidence), ("Stance", a.stance)):
            at += 1
            lines.append(f"A{at}\t{name} E{e} {value}")
    return "\n".join(lines) + ("\n" if lines else "")
