"""Speaker resolution: who each source really is.

Names merge by their last word once titles are dropped ("Mr Scaramucci", "Anthony
Scaramucci"); pronouns resolve to the nearest person before them, preferring one who spoke;
definite descriptions ("the former spy") to the person last described or heard from; the
words in front of a name and its appositive become descriptors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .spans import Finding

ROLE_NOUNS = "role_nouns.txt"

_TITLES = re.compile(
    r"^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|senator|rep|gov|governor|president|"
    r"gen|general|col|capt|judge|justice|rev|the)\.?$",
    re.I,
)
_PERSON_PRON = {"he", "she", "him", "her", "i"}
_GROUP_PRON = {"they", "we"}
_NAMED = {"PERSON": "person", "ORG": "organization", "NORP": "organization", "GPE": "organization", "FAC": "organization"}


@dataclass
class EntityDraft:
    name: str
    type: str
    key: str
    descriptors: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    spoke: bool = False

    def add_descriptor(self, text: str) -> None:
        text = re.sub(r"\s+", " ", text).strip(" ,")
        if text and text.lower() not in (d.lower() for d in self.descriptors) and text.lower() != self.name.lower():
            self.descriptors.append(text)


def _name_words(span: Span) -> list[str]:
    words = [t.text.strip(".,") for t in span if not t.is_punct and t.tag_ != "POS"]
    while words and _TITLES.match(words[0]):
        words.pop(0)
    return [w for w in words if w]


def _key(label: str, span: Span) -> str:
    words = _name_words(span)
    if not words:
        return span.text.lower()
    if label == "PERSON":
        return "person:" + words[-1].lower()
    return label.lower() + ":" + " ".join(w.lower() for w in words)


class Resolver:
    """Entities of one Doc, and the entity each source refers to."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_key: dict[str, EntityDraft] = {}
        self.order: list[EntityDraft] = []
        self.person_mentions: list[tuple[int, EntityDraft]] = []  # (token index, entity)
        for ent in doc.ents:
            if ent.label_ in _NAMED and _name_words(ent):
                draft = self._entity_for(ent)
                draft.mentions.append((ent.start_char, ent.end_char))
                if ent.label_ == "PERSON":
                    self.person_mentions.append((ent.start, draft))
                    self._descriptors_around(ent, draft)
        self.last_speaker: EntityDraft | None = None

    def _entity_for(self, ent: Span) -> EntityDraft:
        key = _key(ent.label_, ent)
        draft = self.by_key.get(key)
        name = " ".join(_name_words(ent))
        if draft is None:
            draft = EntityDraft(name=name, type=_NAMED[ent.label_], key=key)
            self.by_key[key] = draft
            self.order.append(draft)
        elif len(name) > len(draft.name):
            draft.name = name  # the fullest form of the name
        return draft

    def _descriptors_around(self, ent: Span, draft: EntityDraft) -> None:
        """'Former Kazakh intelligence chief Alnur Mussayev', 'Mussayev, a former spy,'."""
        root = ent.root
        left = [t for t in self.doc[root.left_edge.i : ent.start] if t.dep_ not in ("det", "punct", "poss", "case")]
        roles = lexicon.words(ROLE_NOUNS)
        if left and any(t.pos_ == "NOUN" or t.lower_ in roles for t in left) and all(t.pos_ in ("NOUN", "ADJ", "PROPN", "NUM", "ADV") for t in left):
            draft.add_descriptor(self.doc[left[0].i : ent.start].text)
        for child in root.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON":
                toks = [t for t in child.subtree if not (t.dep_ == "det" and t.i == child.left_edge.i)]
                if toks and len(toks) <= 12:
                    draft.add_descriptor(self.doc[toks[0].i : toks[-1].i + 1].text)

    def _person_before(self, i: int) -> EntityDraft | None:
        best = None
        for pos, draft in self.person_mentions:
            if pos >= i:
                break
            best = draft
        return best

    def resolve(self, f: Finding) -> EntityDraft | None:
        """The entity behind a finding's source, creating one for an unnamed source."""
        if f.source is None:
            return None
        doc = self.doc
        src = doc.char_span(f.source[0], f.source[1], alignment_mode="expand")
        if src is None or len(src) == 0:
            return None
        head = doc[f.source_token] if f.source_token is not None else src.root
        draft = None
        for ent in src.ents:
            # only a name that heads the source: not "Kazakh" in "the former Kazakh chief"
            if ent.label_ in _NAMED and _name_words(ent) and (ent.root.i == head.i or ent.label_ == "PERSON" and ent.root.head.i == head.i and ent.root.dep_ in ("compound", "poss")):
                draft = self.by_key.get(_key(ent.label_, ent))
                if draft is not None:
                    break
        if draft is None and head.pos_ == "PROPN":
            draft = self.by_key.get("person:" + head.text.lower())
        lower = head.lower_
        if draft is None and lower in _PERSON_PRON and lower != "i":
            draft = self._pronoun(head)
        elif draft is None and head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.children):
            draft = self._description(head, src)
        if draft is None:
            text = src.text
            key = "mention:" + text.lower()
            draft = self.by_key.get(key)
            if draft is None:
                kind = "person" if lower in _PERSON_PRON else "group" if lower in _GROUP_PRON else "other"
                draft = EntityDraft(name=text, type=kind, key=key)
                self.by_key[key] = draft
                self.order.append(draft)
        if (f.source[0], f.source[1]) not in draft.mentions:
            draft.mentions.append((f.source[0], f.source[1]))
        draft.spoke = True
        if draft.type == "person":
            self.last_speaker = draft
        return draft

    def _pronoun(self, head: Token) -> EntityDraft | None:
        """The person most recently in subject position before the pronoun, else the last
        person heard from, else the nearest name."""
        subject = None
        for pos, draft in self.person_mentions:
            if pos >= head.i:
                break
            root = self.doc[pos]
            while root.dep_ in ("compound", "flat") and root.head is not root:
                root = root.head
            if root.dep_ in ("nsubj", "nsubjpass") and head.idx - root.idx < 1500:
                subject = draft
        return subject or self.last_speaker or self._person_before(head.i)

    def _description(self, head: Token, src: Span) -> EntityDraft | None:
        """'the former spy', 'the Kremlin leader': a person already in the story."""
        words = {t.lemma_.lower() for t in src if t.pos_ in ("NOUN", "ADJ", "PROPN")}
        for draft in reversed(self.order):
            if draft.type != "person" or not draft.mentions or min(s for s, _ in draft.mentions) > head.idx:
                continue
            if any(words & {w.lower() for w in d.split()} for d in draft.descriptors):
                draft.add_descriptor(re.sub(r"^the\s+", "", src.text, flags=re.I))
                return draft
        if self.last_speaker is not None and head.lemma_.lower() in lexicon.words(ROLE_NOUNS):
            self.last_speaker.add_descriptor(re.sub(r"^the\s+", "", src.text, flags=re.I))
            return self.last_speaker
        return None
