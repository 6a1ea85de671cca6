"""Reporting verbs in a sense that is not speech: "agreed a deal", "added 2 %", "released a
video", "rejected the appeal". A candidate of such a verb goes when its content is a plain
noun phrase that names no message and no proposition follows in it."""

from __future__ import annotations

from .. import lexicon
from .context import Context
from .spans import Finding

ACTION_SENSES = "action_senses.txt"
MESSAGE_NOUNS = "message_nouns.txt"
CLAIM_NOUNS = ("claim_nouns.txt", "reporting_nouns.txt", "allegation_nouns.txt")


def message_nouns() -> frozenset[str]:
    out = set(lexicon.words(MESSAGE_NOUNS))
    for name in CLAIM_NOUNS:
        out |= lexicon.words(name)
    return frozenset(out)


def not_speech(ctx: Context, f: Finding) -> bool:
    """Whether f reads an action verb with a plain object as if it were reported speech."""
    doc = ctx.doc
    verb = doc[f.cue_token]
    if verb.lemma_.lower() not in lexicon.words(ACTION_SENSES) or f.content is None:
        return False
    if ctx.quote_at(f.content[0]) is not None or f.content[0] < f.cue[0]:
        return False  # a quotation, or a claim before the cue ('..., he added')
    if f.cue[1] > verb.idx + len(verb.text):
        return False  # the object is in the cue ('issued a statement', 'is raising questions about')
    span = doc.char_span(*f.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("ccomp", "mark") for t in span):
        return False  # a proposition follows: 'released a statement saying ...'
    head = span.root
    nouns = message_nouns()
    return head.lemma_.lower() not in nouns and head.lower_ not in nouns
