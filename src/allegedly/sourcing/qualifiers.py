"""What each attribution rests on, beyond who said it: hedges and certainty, evidence,
stance (asserts or denies) and the channel it was made in.

Runs after the attributions are final, over plain Attribution objects and the parsed Doc.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from ..schema import Attribution, Span
from .. import lexicon

HEDGES = "hedges.txt"
EVIDENCE = "evidence.txt"
DENIALS = "denials.txt"
CHANNELS = "channels.txt"
_RANK = {"asserted": 0, "hedged": 1, "speculative": 2}


@lru_cache(maxsize=None)
def _phrase_patterns(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(group, pattern) for "group phrase" lines, longest phrase first."""
    rows = []
    for group, words in lexicon.grouped_phrases(name):
        body = r"\s+".join(re.escape(w).replace("n\\'t", "n['’]t") for w in words)
        rows.append((len(words), group, re.compile(rf"(?<![\w-]){body}(?![\w-])", re.I)))
    rows.sort(key=lambda r: -r[0])
    return tuple((g, p) for _, g, p in rows)


@lru_cache(maxsize=1)
def _channel_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line) if "[A-Z]" in line else re.compile(line, re.I) for line in lexicon.lines(CHANNELS))


def _sentence_of(doc: Doc, char: int) -> tuple[int, int]:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return 0, len(doc.text)
    sent = tok[0].sent
    return sent.start_char, sent.end_char


def _find(patterns, text: str, start: int, end: int, skip: tuple[int, int] | None = None):
    """Matches of (group, pattern) in text[start:end], longest first, never overlapping,
    none wholly inside skip."""
    found: list[tuple[str, int, int]] = []
    for group, pat in patterns:
        for m in pat.finditer(text, start, end):
            s, e = m.start(), m.end()
            if skip and skip[0] <= s and e <= skip[1]:
                continue
            if any(s < fe and fs < e for _, fs, fe in found):
                continue
            found.append((group, s, e))
    return sorted(found, key=lambda x: x[1])


def qualify(doc: Doc, text: str, attributions: list[Attribution]) -> None:
    """Fill hedges, certainty, evidence, stance and channel in place."""
    hedges = _phrase_patterns(HEDGES)
    evidence = _phrase_patterns(EVIDENCE)
    denials = lexicon.words(DENIALS)
    for a in attributions:
        if a.cue is None:
            continue
        s0, s1 = _sentence_of(doc, a.cue.start)
        content = (a.content.start, a.content.end) if a.content else None
        # hedges in the cue's own clause, from the source to the cue ("Mussayev's claim
        # appears to suggest"), not elsewhere in the sentence; and the reporting adverbs
        # ("reportedly") inside the content
        cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
        found = [h for h in _find(hedges, text, s0, s1, skip=content) if cue is not None and _governed_by(doc, h, cue.root)]
        if content:
            found += [h for h in _find(hedges, text, *content) if h[0] == "hedged"]
        found = [h for h in found if not (h[1] >= a.cue.start and h[2] <= a.cue.end)] + (
            [h for h in _find(hedges, text, a.cue.start, a.cue.end)] if a.source is None else []
        )
        a.hedges = sorted({Span.of(text, s, e) for _, s, e in found}, key=lambda sp: sp.start)
        a.certainty = max((g for g, _, _ in found), key=lambda g: _RANK[g], default="asserted")  # type: ignore[assignment]
        # evidence in the cue's sentence
        ev = _find(evidence, text, s0, s1)
        if ev:
            a.evidence = "none_provided" if any(g == "none_provided" for g, _, _ in ev) else "cited"  # type: ignore[assignment]
        # stance: a denial cue
        head = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
        if head is not None and len(head) and head.root.lemma_.lower() in denials:
            a.stance = "denies"
        # channel: the first channel phrase of the sentence
        for pat in _channel_patterns():
            m = pat.search(text, s0, s1)
            if m:
                a.channel = Span.of(text, m.start(), m.end())
                break
    _spread_to_speaker(doc, text, attributions, evidence)


def _governed_by(doc: Doc, hedge: tuple[str, int, int], cue) -> bool:
    """Whether a hedge belongs to the cue's own clause: the first verb above it (or it
    itself) is the cue, or the verb the cue depends on ("claim appears to suggest")."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span.start <= cue.i < span.end:
        return True
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ == "AUX" and tok.head.pos_ == "VERB":
        tok = tok.head  # 'may' hangs from its verb
    return tok.i in (cue.i, cue.head.i)


def _spread_to_speaker(doc: Doc, text: str, attributions: list[Attribution], evidence) -> None:
    """'The former spy didn't provide evidence to support his claim, which he made on
    Facebook': a sentence that speaks of a speaker's claim tells about that speaker's
    earlier claims too. Evidence goes back to them when the sentence names the claim
    ("his claim", "the allegations"); a channel to those within a few paragraphs."""
    claim_nouns = lexicon.words("reporting_nouns.txt")
    for a in attributions:
        if a.cue is None or not a.speaker:
            continue
        s0, s1 = _sentence_of(doc, a.cue.start)
        sentence = doc.char_span(s0, s1, alignment_mode="expand")
        names_claim = sentence is not None and any(t.lemma_.lower() in claim_nouns for t in sentence)
        for b in attributions:
            if b is a or b.speaker != a.speaker or b.cue is None or b.cue.start >= s0:
                continue
            if a.evidence == "none_provided" and names_claim and b.evidence == "unstated":
                b.evidence = "none_provided"
            if a.channel is not None and names_claim and b.channel is None and s0 - b.cue.start < 1500:
                b.channel = a.channel
