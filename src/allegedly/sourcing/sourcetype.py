"""What kind of source an attribution has: person, organization, outlet, document,
anonymous (an unnamed person or group) or unattributed (no source at all)."""

from __future__ import annotations

from spacy.tokens import Doc

from .. import lexicon
from .speakers import EntityDraft
from ..extract.spans import Finding

SOURCE_NOUNS = "source_nouns.txt"
OUTLETS = "outlets.txt"
OUTLET_WORDS = "outlet_words.txt"
_ANON_DETS = {"a", "an", "some", "several", "many", "one", "two", "three", "other", "another", "few", "unnamed", "senior"}


def is_outlet(text: str) -> bool:
    words = text.lower().replace("’s", "").replace("'s", "").split()
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return False
    return tuple(words) in lexicon.phrases(OUTLETS)


def source_type(doc: Doc, f: Finding, entity: EntityDraft | None) -> str:
    if f.source is None:
        return "unattributed"
    src = doc.char_span(f.source[0], f.source[1], alignment_mode="expand")
    if src is None:
        return "unattributed"
    head = doc[f.source_token] if f.source_token is not None else src.root
    names = [t for t in src if t.pos_ == "PROPN"]
    text = src.text
    if is_outlet(text) or (entity is not None and is_outlet(entity.name)):
        return "outlet"
    masthead = len(names) >= 2 or src[0].lower_ == "the"  # 'The Valley Courier', 'The Herald'
    if names and names[-1].i == src.root.i and names[-1].lower_ in lexicon.words(OUTLET_WORDS) and masthead:
        return "outlet"
    lemma = head.lemma_.lower()
    if lemma in document_nouns() and not (entity is not None and entity.type == "person"):
        return "document"
    if entity is not None and entity.type == "person" and entity.key.startswith("person:"):
        return "person"
    if head.lower_ in ("he", "she"):
        return "person"
    if lemma in anonymous_nouns() or (head.pos_ == "NOUN" and not names and head.tag_ == "NNS"):
        return "anonymous"
    if head.pos_ == "NOUN" and not names and any(t.lower_ in _ANON_DETS for t in head.children):
        return "anonymous"
    if entity is not None and entity.type == "organization":
        return "organization"
    if head.pos_ == "PROPN" or head.ent_type_ == "PERSON":
        return "person"
    if head.lower_ in ("they", "we"):
        return "anonymous"
    return "organization" if head.pos_ == "NOUN" else "person"


def document_nouns() -> frozenset[str]:
    return lexicon.grouped(SOURCE_NOUNS)["document"]


def anonymous_nouns() -> frozenset[str]:
    return lexicon.grouped(SOURCE_NOUNS)["anonymous"]
