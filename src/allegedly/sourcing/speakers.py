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

from .. import lexicon
from ..extract.spans import Finding

ROLE_NOUNS = "role_nouns.txt"

_TITLES = re.compile(
    r"^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|senator|rep|gov|governor|president|"
    r"gen|general|col|capt|judge|justice|rev|the)\.?$",
    re.I,
)
_PERSON_PRON = {"he", "she", "him", "her", "i"}
_GENDER = {"he": "m", "him": "m", "his": "m", "mr": "m", "she": "f", "her": "f", "ms": "f", "mrs": "f", "miss": "f"}
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
    gender: str | None = None  # "m" or "f" once a title or a resolved pronoun says so

    def add_descriptor(self, text: str) -> None:
        text = re.sub(r"\s+", " ", text).strip(" ,")
        if text and text.lower() not in (d.lower() for d in self.descriptors) and text.lower() != self.name.lower():
            self.descriptors.append(text)


def _name_words(span: Span) -> list[str]:
    """The name without titles or role words in front ('Councillor Priya Nandakumar')."""
    words = [t.text.strip(".,") for t in span if not t.is_punct and t.tag_ != "POS"]
    roles = lexicon.words(ROLE_NOUNS)
    while len(words) > 1 and (_TITLES.match(words[0]) or words[0].lower() in roles):
        words.pop(0)
    # a title inside the span starts the name ('Facebook, Mr Reddaway' tagged as one)
    inner = [i for i, w in enumerate(words[:-1]) if i and _TITLES.match(w) and w.lower() != "the"]
    if inner:
        words = words[inner[-1] + 1 :]
    return [w for w in words if w]


def _name_head(tok: Token) -> Token:
    """The last word of the name a token belongs to ('Samuel' -> 'Okoye'), never past it."""
    while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _label(ent: Span) -> str:
    """The NER label, corrected where a person is tagged ORG: 'Councillor Priya Nandakumar'
    (a name led by a person's title or role word) is a person."""
    if ent.label_ == "ORG" and len(ent) >= 2:
        first = ent[0].lower_.rstrip(".")
        if _TITLES.match(first) and first != "the" or first in lexicon.words(ROLE_NOUNS):
            return "PERSON"
    return ent.label_


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
        persons = {_key("PERSON", e) for e in doc.ents if _label(e) == "PERSON" and _name_words(e)}
        for ent in doc.ents:
            if ent.label_ in _NAMED and _name_words(ent):
                label = _label(ent)
                if label == "ORG" and _key("PERSON", ent) in persons:
                    label = "PERSON"  # 'Trump' tagged ORG in one sentence, PERSON elsewhere
                draft = self._entity_for(ent, label)
                draft.mentions.append((ent.start_char, ent.end_char))
                if label == "PERSON":
                    self.person_mentions.append((ent.start, draft))
                    self._descriptors_around(ent, draft)
                    self._gender_from_title(ent, draft)
        self.last_speaker: EntityDraft | None = None

    def _gender_from_title(self, ent: Span, draft: EntityDraft) -> None:
        """'Mr Scaramucci', 'Ms Nandakumar': the title tells which pronoun fits."""
        before = self.doc[ent.start - 1].lower_.rstrip(".") if ent.start else ""
        draft.gender = draft.gender or _GENDER.get(ent[0].lower_.rstrip(".")) or _GENDER.get(before)

    def _entity_for(self, ent: Span, label: str) -> EntityDraft:
        key = _key(label, ent)
        draft = self.by_key.get(key)
        name = " ".join(_name_words(ent))
        if draft is None:
            draft = EntityDraft(name=name, type=_NAMED[label], key=key)
            self.by_key[key] = draft
            self.order.append(draft)
        elif len(name) > len(draft.name):
            draft.name = name  # the fullest form of the name
        return draft

    def _descriptors_around(self, ent: Span, draft: EntityDraft) -> None:
        """'Former Kazakh intelligence chief Alnur Mussayev', 'Mussayev, a former spy,'."""
        root = ent.root
        lead = [t for t in ent if t.lower_ in lexicon.words(ROLE_NOUNS)]
        if lead and lead[0].i == ent.start:
            draft.add_descriptor(" ".join(t.text for t in lead))
        left = [t for t in self.doc[root.left_edge.i : ent.start] if t.dep_ not in ("det", "punct", "poss", "case")]
        roles = lexicon.words(ROLE_NOUNS)
        if left and any(t.pos_ == "NOUN" or t.lower_ in roles for t in left) and all(t.pos_ in ("NOUN", "ADJ", "PROPN", "NUM", "ADV") for t in left):
            words = self.doc[left[0].i : ent.start]
            text = words.text
            if words[0].pos_ != "PROPN" and words[0].is_title:
                text = text[0].lower() + text[1:]  # 'Former Kazakh ...' opening a sentence
            draft.add_descriptor(text)
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
            # only a name that heads the source, or stands in apposition to its head
            # ("The club's chairman, Victor Hale"): not "Kazakh" in "the former Kazakh chief"
            if ent.label_ in _NAMED and _name_words(ent) and self._heads(ent, head):
                draft = self.by_key.get(_key(_label(ent), ent)) or self.by_key.get(_key("PERSON", ent))
                if draft is not None:
                    if ent.root.i != head.i and _label(ent) == "PERSON":
                        draft.add_descriptor(self.doc[src.start : ent.start].text.strip(" ,"))
                    break
        if draft is None and head.pos_ == "PROPN":
            draft = self.by_key.get("person:" + head.text.lower()) or self._unrecognised_name(src, head)
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

    @staticmethod
    def _heads(ent: Span, head: Token) -> bool:
        root = ent.root
        if root.i == head.i:
            return True
        # "Mussayev's claim", "The club's chairman, Victor Hale"; not the modifier "Kazakh" in
        # "the former Kazakh intelligence chief"
        return _label(ent) == "PERSON" and root.head.i == head.i and root.dep_ in ("poss", "appos")

    def _unrecognised_name(self, src: Span, head: Token) -> EntityDraft | None:
        """A speaker the NER missed ('Councillor Priya Nandakumar claimed'): a person named
        by the proper nouns that end the source, titles and role words in front dropped."""
        names = [t for t in src if t.pos_ == "PROPN" and t.i <= head.i and t.head.i in (head.i, t.i) or t.i == head.i]
        roles = lexicon.words(ROLE_NOUNS)
        lead = [t for t in names if t.lower_.rstrip(".") in roles or _TITLES.match(t.text)]
        words = [t.text for t in names if t not in lead]
        if not words:
            return None
        key = "person:" + words[-1].lower()
        draft = self.by_key.get(key)
        if draft is None:
            draft = EntityDraft(name=" ".join(words), type="person", key=key)
            self.by_key[key] = draft
            self.order.append(draft)
            self.person_mentions.append((head.i, draft))
            self.person_mentions.sort(key=lambda x: x[0])
        for t in lead:
            draft.gender = draft.gender or _GENDER.get(t.lower_.rstrip("."))
            if t.lower_.rstrip(".") in roles:
                draft.add_descriptor(t.text)
        return draft

    def _pronoun(self, head: Token) -> EntityDraft | None:
        """The person most recently in subject position before the pronoun whose gender does
        not clash with it, else the last person heard from, else the nearest name."""
        want = _GENDER.get(head.lower_)
        subject = None
        for pos, draft in self.person_mentions:
            if pos >= head.i:
                break
            if want and draft.gender and draft.gender != want:
                continue
            root = _name_head(self.doc[pos])
            if root.dep_ == "appos":
                root = _name_head(root.head)  # 'Her opponent, Dr Samuel Okoye, disagreed'
            if root.dep_ in ("nsubj", "nsubjpass") and head.idx - root.idx < 1500:
                subject = draft
        found = subject or self.last_speaker or self._person_before(head.i)
        if found is not None and want and not found.gender:
            found.gender = want
        if found is not None and want and found.gender != want:
            return None
        return found

    def _description(self, head: Token, src: Span) -> EntityDraft | None:
        """'the former spy', 'the Kremlin leader': a person already in the story. A plural
        ('the officials') names a group, never one person."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
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
