"""Chains of reporting: which attribution each one reached the article through (`via`).

A chain is walked by renderers, the scorecard and the corpus, so it must never loop: two
attributions whose contents overlap can each hold the other's cue ("X said, Y claims, ...").
"""

from __future__ import annotations

from typing import Iterator

from ..schema import Attribution


def link_via(attributions: list[Attribution]) -> None:
    """An attribution whose cue sits inside a wider content reached the article through it:
    the innermost such one, so that a chain is walked one link at a time. Only a strictly
    wider content can be an outer one, so links always go outwards and never form a cycle."""
    for a in attributions:
        a.via = None
        if a.cue is None:
            continue
        width = _width(a)
        outers = [
            o
            for o in attributions
            if o is not a and o.content is not None and o.content.start <= a.cue.start < o.content.end and _width(o) > width
        ]
        if outers:
            a.via = min(outers, key=_width).id
    _break_cycles(attributions)


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
