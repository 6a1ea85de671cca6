"""Chains of reporting: which attribution each one reached the article through (`via`).

A chain is walked by renderers, the scorecard and the corpus, so it must never loop: two
attributions whose contents overlap can each hold the other's cue ("X said, Y claims, ...").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Iterator

from ..schema import Attribution


def link_via(attributions: list[Attribution]) -> None:
    """An attribution whose cue sits inside a wider content reached the article through it:
    the innermost such one, so that a chain is walked one link at a time. Only a strictly
    wider content can be an outer one, so links always go outwards and never form a cycle."""
    spans = sorted((o.content.start, i) for i, o in enumerate(attributions) if o.content is not None)
    starts = [s for s, _ in spans]
    widest = max((_width(o) for o in attributions), default=0)
    for a in attributions:
        a.via = None
        if a.cue is None:
            continue
        width = _width(a)
        # only contents that start at most `widest` before the cue can hold it: no scan of
        # every pair on a long text
        lo = bisect_left(starts, a.cue.start - widest)
        hi = bisect_right(starts, a.cue.start)
        outers = [
            (_width(o), i)
            for o, i in ((attributions[i], i) for _, i in spans[lo:hi])
            if o is not a and o.content is not None and a.cue.start < o.content.end and _width(o) > width and not _in_the_tag(o, a)
        ]
        if outers:
            a.via = attributions[min(outers)[1]].id  # the innermost; the first of equals
    _break_cycles(attributions)


_DOUBLE_QUOTES = frozenset('"“”')


def _in_the_tag(outer: Attribution, a: Attribution) -> bool:
    """a's cue stands in the writer's words between the halves of outer's split quotation
    ('"...," said Lin, who maintains ... "..."'), outside its quotation marks, and a is the
    same speaker's: Lin's other claim, not one that reached the article through the
    quotation (as '"...," a pilot said, the Gazette reported' did)."""
    if outer.kind not in ("direct", "mixed") or outer.content is None or a.cue is None or a.speaker is None or a.speaker != outer.speaker:
        return False
    before = outer.content.text[: max(0, a.cue.start - outer.content.start)]
    marks = sum(ch in _DOUBLE_QUOTES for ch in before)
    return marks > 0 and marks % 2 == 0


def _width(a: Attribution) -> int:
    return a.content.end - a.content.start if a.content is not None else 0


def _break_cycles(attributions: list[Attribution]) -> None:
    """A guard for hand-made or deserialised reports: cut any link that closes a loop."""
    by_id = {a.id: a for a in attributions}
    for a in attributions:
        seen = {a.id}
        node = a
        while node.via is not None:
            nxt = by_id.get(node.via)
            if nxt is None or nxt.id in seen:
                node.via = None
                break
            seen.add(nxt.id)
            node = nxt


def walk(attributions: list[Attribution], start: Attribution) -> Iterator[Attribution]:
    """start, then each attribution it came through, outwards; bounded even on a bad chain."""
    by_id = {a.id: a for a in attributions}
    seen: set[str] = set()
    node: Attribution | None = start
    while node is not None and node.id not in seen and len(seen) <= len(attributions):
        seen.add(node.id)
        yield node
        node = by_id.get(node.via) if node.via else None
