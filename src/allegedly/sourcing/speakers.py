"""Speaker resolution: who each source really is.

One pass over the Doc, in reading order, builds the people and organisations of the story
and every mention of them, then each source is looked up in it:

- names: a full name makes a person; a surname or title + surname ("Petrides", "Ms
  Nandakumar") joins the person of that surname, and where two share it (Bill and Hillary
  Clinton) the more salient one at that point; different first names or suffixes ("James P.
  Kennedy Jr.", "Robert Kennedy Jr.") stay apart; hyphens stay ("al-Suri").
- gender: a title (Mr, Ms) or a gendered role noun (spokeswoman) decides; a first name
  weighs by how often each sex bears it (the 1990 US Census first-name lists,
  data/first_names.tsv: "Chris" makes "she" unlikely, not impossible); pronouns already
  resolved to a person weigh only where nothing else says anything.
- pronouns (he, she, his, her): the salience method of Lappin and Leass (1994, "An algorithm
  for pronominal anaphora resolution", Computational Linguistics 20(4)): every mention
  weighs by its role (subject 80, object 50, ...), halved with each sentence back, summed per
  entity; the most salient compatible person wins. Names quoted in someone's words do not
  count for a pronoun outside the quotation, and wholly quoted sentences do not count as
  distance, so the "he" of '"I now do recall," he said' is the person before the quote.
- relative pronouns ("Gary Bettman, who dismissed ...") take the noun the clause hangs from
  (PolNeAR annotates "who" itself as the source, so the span stays and the speaker moves).
- definite descriptions ("the former spy", "the 56-year-old", "the mayor") join the person
  whose descriptors (an apposition, the words before the name, a title, a copula "X is a
  massage therapist", an age "Lopez, 56,") share the description's head word or age, or the
  only person in the story so far; otherwise they stay unresolved rather than wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..extract.spans import Finding

ROLE_NOUNS = "role_nouns.txt"
FIRST_NAMES = "first_names.tsv"
PERSON_NOUNS = "person_nouns.tsv"

_TITLES = re.compile(
    r"^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|sen|senator|rep|gov|governor|president|"
    r"gen|general|col|capt|judge|justice|rev|the)\.?$",
    re.IGNORECASE,
)
# what a title says about its bearer, so that "the doctor" finds "Dr Samuel Okoye"
_TITLE_ROLE = {
    "dr": "doctor",
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "prof": "professor",
    "gen": "general",
    "col": "colonel",
    "capt": "captain",
    "rev": "reverend",
}
_SUFFIX = re.compile(r"^(jr|sr|ii|iii|iv)\.?$", re.IGNORECASE)
_STRIP = ",;:“”\"'‘’()[]"
_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "ms": "f",
    "mrs": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
}
_PERSON_PRON = {"he", "she", "him", "her", "i"}
_ANAPHORS = {"he", "she", "him", "her", "his"}
_RELATIVE = {"who", "whom", "that", "which"}
_GROUP_PRON = {"they", "we"}
_NAMED = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "organization",
    "GPE": "organization",
    "FAC": "organization",
}
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_FUNCTION = {
    "the",
    "and",
    "for",
    "with",
    "from",
    "who",
    "that",
    "this",
    "his",
    "her",
    "its",
    "their",
    "was",
    "has",
    "had",
}
_AGE = re.compile(r"\b(\d{1,3})-year-old\b", re.IGNORECASE)
_WINDOW = 6  # sentences back that a pronoun looks (Lappin and Leass use 4; news quotes run long)
_RECENT = (
    2  # a subject pronoun takes the subject of the last two sentences before salience
)


@lru_cache(maxsize=1)
def first_names() -> dict[str, tuple[str, float]]:
    """first name -> (the sex that bears it more often, 'm' or 'f'; its share, 0.67-1.0);
    names common to both sexes are left out."""
    out = {}
    for line in lexicon.lines(FIRST_NAMES):
        name, gender, share = line.split("\t")
        if gender in ("m", "f"):
            out[name] = (gender, float(share))
    return out


@lru_cache(maxsize=1)
def person_nouns() -> dict[str, str]:
    """noun -> 'm' or 'f' for nouns whose sex is part of their meaning ('woman', 'father')."""
    return dict(line.split("\t")[:2] for line in lexicon.lines(PERSON_NOUNS))  # type: ignore[misc]


def _role_gender(word: str) -> str | None:
    w = word.lower()
    if w in person_nouns():
        return person_nouns()[w]
    if w.endswith(("woman", "ess")) and w not in (
        "witness",
        "business",
        "press",
        "congress",
    ):
        return "f"
    if w.endswith("man") and w != "human":
        return "m"
    return None


@dataclass(eq=False)  # one draft per entity: compared and hashed by identity
class EntityDraft:
    name: str
    type: str
    key: str
    descriptors: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    spoke: bool = False
    gender: str | None = None  # "m" or "f" from a title or a gendered role noun
    name_gender: tuple[str, float] | None = (
        None  # from the first name: the likelier sex, its share
    )
    votes: dict[str, int] = field(
        default_factory=dict
    )  # pronouns resolved here outside quotes, by gender
    first: str | None = None
    others: tuple[str, ...] = ()  # the name's words before the surname, lower case
    last: str | None = None
    suffix: str | None = None
    age: int | None = None
    roles: set[str] = field(
        default_factory=set
    )  # descriptors' head words, lower case and lemmas
    described: set[str] = field(
        default_factory=set
    )  # every content word of the descriptors

    def add_descriptor(self, text: str, toks: Span | list[Token] | None = None) -> None:
        text = re.sub(r"\s+", " ", text).strip(" ,")
        if (
            text
            and text.lower() not in (d.lower() for d in self.descriptors)
            and text.lower() != self.name.lower()
        ):
            self.descriptors.append(text)
        self.learn(text, toks)

    def learn(self, text: str, toks: Span | list[Token] | None = None) -> None:
        """Keep the head word of a description (its text and lemma) for matching 'the X'
        later, and the age and gender it gives ('a 56-year-old spokeswoman')."""
        words = [w.strip(_STRIP) for w in text.split()]
        words = [w for w in words if w]
        if toks is not None and len(toks):
            root = toks.root if isinstance(toks, Span) else toks[-1]
            head, lemma = root.text.lower(), root.lemma_.lower()
        elif words:
            head = lemma = words[-1].lower()
        else:
            return
        for w in (head, lemma):
            self.roles.add(_TITLE_ROLE.get(w.rstrip("."), w))
        self.described |= self.roles | {
            w.lower() for w in words if len(w) > 2 and w.lower() not in _FUNCTION
        }
        for t in toks or ():
            if t.pos_ in ("NOUN", "ADJ", "PROPN"):
                self.described.add(t.lemma_.lower())
        age = _AGE.search(text)
        if age and self.age is None:
            self.age = int(age.group(1))
        if self.type == "person" and self.gender is None:
            self.gender = _role_gender(head)

    def clashes(self, want: str | None) -> float:
        """How far a pronoun of gender `want` fits: 0 where a title or role says otherwise;
        the odds of the other sex for the first name (0.12 for 'she' and 'Chris', near 0
        for 'he' and 'Hillary'); 0.5 where earlier pronouns said otherwise more often (they
        may have been wrong)."""
        if not want:
            return 1.0
        if self.gender:
            return 1.0 if self.gender == want else 0.0
        if self.name_gender:
            sex, share = self.name_gender
            return 1.0 if sex == want else max(0.01, (1 - share) / share)
        other = "f" if want == "m" else "m"
        return 0.5 if self.votes.get(other, 0) > self.votes.get(want, 0) else 1.0


class Mention(NamedTuple):
    tok: int  # the token that stands for the mention (a name's last word, the pronoun)
    draft: EntityDraft
    weight: int  # Lappin and Leass's salience factors, before the halving per sentence
    sent: (
        int  # the sentence, counting only sentences with words outside quotation marks
    )
    quoted: bool
    subject: bool


def _words(text: str) -> list[str]:
    """The words of a name, punctuation at their edges and a possessive removed; hyphens and
    apostrophes inside a word stay ('al-Suri', "O'Malley")."""
    text = re.sub(r"(’s|'s)\s*$", "", text.strip())
    return [w for w in (w.strip(_STRIP) for w in text.split()) if w]


def _name_words(span: Span) -> list[str]:
    """The name without titles or role words in front ('Councillor Priya Nandakumar')."""
    return list(_name_words_of(span.text))


@lru_cache(maxsize=4096)
def _name_words_of(text: str) -> tuple[str, ...]:
    words = _words(text)
    roles = lexicon.words(ROLE_NOUNS)
    while len(words) > 1 and (_TITLES.match(words[0]) or words[0].lower() in roles):
        words.pop(0)
    # a title inside the span starts the name ('Facebook, Mr Reddaway' tagged as one)
    inner = [
        i
        for i, w in enumerate(words[:-1])
        if i and _TITLES.match(w) and w.lower() != "the"
    ]
    if inner:
        words = words[inner[-1] + 1 :]
    return tuple(words)


def _split_name(words: list[str]) -> tuple[tuple[str, ...], str | None, str | None]:
    """(words before the surname, surname, suffix), lower case."""
    low = [w.lower().rstrip(".") for w in words]
    suffix = None
    if len(low) > 1 and _SUFFIX.match(low[-1]):
        suffix = low.pop()
    if not low:
        return (), None, suffix
    return tuple(low[:-1]), low[-1], suffix


def _name_head(tok: Token) -> Token:
    """The last word of the name a token belongs to ('Samuel' -> 'Okoye'), never past it."""
    while (
        tok.dep_ in ("compound", "flat")
        and tok.head.pos_ == "PROPN"
        and tok.head.i != tok.i
    ):
        tok = tok.head
    return tok


def _label(ent: Span) -> str:
    """The NER label, corrected where a person is tagged ORG: 'Councillor Priya Nandakumar'
    (a name led by a person's title or role word) is a person."""
    if ent.label_ == "ORG" and len(ent) >= 2:
        first = ent[0].lower_.rstrip(".")
        if (
            _TITLES.match(first)
            and first != "the"
            or first in lexicon.words(ROLE_NOUNS)
        ):
            return "PERSON"
    return ent.label_


def _key(label: str, span: Span) -> str:
    words = _name_words(span)
    if not words:
        return span.text.lower()
    return label.lower() + ":" + " ".join(w.lower() for w in words)


def _quoted(toks: list[Token]) -> list[bool]:
    """Whether each token lies inside quotation marks (curly, or straight ones paired within a
    paragraph). The marks themselves count as inside."""
    out = [False] * len(toks)
    depth = 0
    straight = False
    prev = ""
    for i, t in enumerate(toks):
        text = t.text
        if "\n\n" in text or (
            "\n" in text and t.is_space and prev in (".", "!", "?", "”", '"')
        ):
            straight = (
                False  # a paragraph ends: an unclosed straight quote does not run on
            )
            if "\n\n" in text:
                depth = 0
        prev = text
        if text == "“":
            depth += 1
            out[i] = True
        elif text == "”":
            out[i] = True
            depth = max(0, depth - 1)
        elif text == '"':
            out[i] = True
            straight = not straight
        else:
            out[i] = depth > 0 or straight
    return out


def _weight(tok: Token) -> tuple[int, bool]:
    """Lappin and Leass's salience factors for a mention headed by tok, and whether it is a
    subject: recency 100, subject 80, direct object 50, indirect object 40, head noun (not
    inside another noun phrase) 80, not inside an adverbial phrase 50."""
    t = tok
    while t.dep_ in ("appos", "conj") and t.head.i != t.i:
        t = (
            t.head
        )  # 'Her opponent, Dr Samuel Okoye, disagreed'; 'Bill and Hillary said'
    dep = t.dep_
    subject = dep in _SUBJ
    w = 100
    if subject:
        w += 80
    elif dep == "dobj":
        w += 50
    elif dep in ("dative", "iobj"):
        w += 40
    embedded = dep in ("poss", "compound", "nmod") or (
        dep == "pobj" and t.head.head.pos_ in ("NOUN", "PROPN", "PRON")
    )
    adverbial = dep == "pobj" and t.head.head.pos_ in ("VERB", "AUX", "ADJ")
    if not embedded:
        w += 80
    if not adverbial:
        w += 50
    return w, subject


class Resolver:
    """Entities of one Doc, and the entity each source refers to."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_key: dict[str, EntityDraft] = {}
        self.order: list[EntityDraft] = []
        self.mentions: list[Mention] = []
        self.at: dict[int, EntityDraft] = {}  # token index -> the entity resolved there
        self.toks = list(doc)  # made once: spaCy builds a new Token on every doc[i]
        self.quoted = _quoted(self.toks)
        self.sent_of = self._sentence_numbers()
        self._read()

    # -- building: one pass in reading order -------------------------------------------

    def _sentence_numbers(self) -> list[int]:
        out = [0] * len(self.doc)
        n = 0
        for sent in self.doc.sents:
            if any(
                self.toks[i].is_alpha and not self.quoted[i]
                for i in range(sent.start, sent.end)
            ):
                n += 1
            out[sent.start : sent.end] = [n] * (sent.end - sent.start)
        return out

    def _read(self) -> None:
        doc = self.doc
        names = self._names()
        persons = [
            _split_name(_name_words(e))
            for e, label in names.values()
            if label == "PERSON"
        ]
        surnames = {last for _, last, _ in persons if last}
        firsts = {others[0] for others, _, _ in persons if others}
        i = 0
        while i < len(doc):
            if i in names:
                ent, label = names[i]
                if label == "PERSON":
                    self._person(ent)
                else:
                    self._organisation(ent, label)
                i = ent.end
                continue
            tok = self.toks[i]
            low = tok.lower_
            if not tok.ent_type_ and self._loose_name(tok, surnames, firsts):
                # a surname the NER missed ('Petrides said', 'McAuliffe has said')
                self._person(doc[i : i + 1])
            elif low in _ANAPHORS and tok.pos_ == "PRON":
                found = self._pronoun(tok)
                if found is not None:
                    self._mention(tok, found)
            elif (
                tok.dep_ in _SUBJ
                and tok.pos_ == "NOUN"
                and tok.tag_ == "NN"
                and any(c.lower_ == "the" for c in tok.children)
            ):
                found = self._description(tok, doc[tok.left_edge.i : tok.i + 1])
                if found is not None:
                    self._mention(tok, found)
            if (
                tok.i not in self.at
                and tok.dep_ in _SUBJ
                and tok.pos_ == "NOUN"
                and tok.tag_ == "NN"
                and tok.lemma_.lower() in person_nouns()
            ):
                self._unnamed(tok)
            i += 1

    def _unnamed(self, tok: Token) -> None:
        """An unnamed person in subject position ('A 104-year-old woman from Texas said'):
        a candidate for the pronouns that follow, so that they do not go to a named person
        of the wrong kind ('gave Dr. Pepper some publicity ... she claimed')."""
        if self.quoted[tok.i]:
            return
        key = "mention:" + tok.lemma_.lower()
        draft = self.by_key.get(key)
        if draft is None and any(c.lower_ == "the" for c in tok.children):
            return  # 'the former first lady' is someone the story has named, found or not
        if draft is None:
            start = tok.left_edge.i
            for i in range(start, tok.i):
                if (
                    self.toks[i].is_punct
                    and self.toks[i].whitespace_
                    and (i == 0 or self.toks[i - 1].whitespace_)
                ):
                    start = (
                        i + 1
                    )  # a dateline in front: 'SYDNEY - A girlfriend of ...', not '104-year-old'
            np = self.doc[start : tok.i + 1]
            draft = EntityDraft(
                name=np.text,
                type="person",
                key=key,
                gender=person_nouns()[tok.lemma_.lower()],
            )
            self.by_key[key] = draft
            self.order.append(draft)
        self._mention(tok, draft)

    def _names(self) -> dict[int, tuple[Span, str]]:
        """Start token -> (name, label) for every name in the Doc, labels corrected: a
        person the NER tagged ORG ('Councillor Priya Nandakumar'); a single word that is the
        surname of a person named in full elsewhere in the story, whatever its label there
        ('McAuliffe' tagged LOC, 'Trump' ORG); a name it missed ('John Petrides'); and not a
        person, a lone name that only modifies a noun ('Kazakh' in 'Kazakh intelligence
        chief')."""
        doc = self.doc
        out: dict[int, tuple[Span, str]] = {}
        for ent in doc.ents:
            if _name_words(ent):
                out[ent.start] = (ent, _label(ent))
        for span in self._missed_names():
            out[span.start] = (span, "PERSON")
        full = {
            last
            for others, last, _ in (
                _split_name(_name_words(e))
                for e, lab in out.values()
                if lab == "PERSON"
            )
            if others
        }
        for start, (ent, label) in list(out.items()):
            words = _name_words(ent)
            lone = len(words) == 1 and words[0].lower() in full
            if lone and label != "PERSON" and ent.text[:1].isupper():
                out[start] = (ent, "PERSON")
            elif (
                label == "PERSON"
                and len(ent) == 1
                and ent.root.dep_ == "compound"
                and ent.root.head.pos_ == "NOUN"
                and not lone
                or label not in _NAMED
            ):
                del out[start]
        return out

    def _missed_names(self) -> list[Span]:
        """Names the NER missed: a first name of the Census lists followed by capitalised
        proper nouns, none of them in an entity ('John Petrides, a spokesman, said')."""
        doc, toks, names, out = self.doc, self.toks, first_names(), []
        i = 0
        while i < len(toks) - 1:
            tok = toks[i]
            if (
                tok.pos_ == "PROPN"
                and tok.is_title
                and tok.lower_ in names
                and not tok.ent_type_
            ):
                j = i + 1
                while (
                    j < len(toks)
                    and toks[j].pos_ == "PROPN"
                    and (toks[j].is_title or len(toks[j].text) <= 2)
                    and not toks[j].ent_type_
                ):
                    j += 1
                if j > i + 1:
                    out.append(doc[i:j])
                    i = j
                    continue
            i += 1
        return out

    @staticmethod
    def _loose_name(tok: Token, surnames: set[str], firsts: set[str]) -> bool:
        """A surname of a person in the story that the NER missed here ('Petrides said',
        'McAuliffe has said'), or a first name alone as a proper noun ('Crooked Hillary')."""
        if not tok.is_title:
            return False
        word = tok.lower_.strip(_STRIP)
        if word in surnames:
            return tok.pos_ == "PROPN" or tok.dep_ in (*_SUBJ, "poss")
        return word in firsts and tok.pos_ == "PROPN"

    def _mention(self, tok: Token, draft: EntityDraft) -> None:
        weight, subject = _weight(tok)
        self.mentions.append(
            Mention(
                tok.i, draft, weight, self.sent_of[tok.i], self.quoted[tok.i], subject
            )
        )
        self.at[tok.i] = draft
        if tok.lower_ in _GENDER and tok.pos_ == "PRON" and not self.quoted[tok.i]:
            g = _GENDER[tok.lower_]
            draft.votes[g] = draft.votes.get(g, 0) + 1

    def _person(self, ent: Span) -> EntityDraft:
        doc = self.doc
        words = _name_words(ent)
        others, last, suffix = _split_name(words)
        lead = [
            w.lower().rstrip(".")
            for w in _words(ent.text)[: len(_words(ent.text)) - len(words)]
        ]
        if ent.start and _TITLES.match(doc[ent.start - 1].text):
            lead.insert(
                0, doc[ent.start - 1].lower_.rstrip(".")
            )  # 'Dr' left out of the entity
        title_gender = next((_GENDER[w] for w in lead if w in _GENDER), None)
        draft = self._match(others, last, suffix, title_gender, ent.start)
        name = " ".join(words)
        if draft is None:
            key = "person:" + " ".join((*others, last or "", suffix or "")).strip()
            while key in self.by_key:
                key += "'"
            draft = EntityDraft(
                name=name,
                type="person",
                key=key,
                first=others[0] if others else None,
                others=others,
                last=last,
                suffix=suffix,
            )
            self.by_key[key] = draft
            self.order.append(draft)
        elif len(others) > len(draft.others) and (
            not draft.others
            or draft.others[0] == others[0]
            or len(draft.others[0]) == 1
        ):
            draft.others, draft.first = others, others[0]
            draft.name = name  # the fullest form of the name
        if suffix and not draft.suffix:
            draft.suffix = suffix
        draft.gender = draft.gender or title_gender
        if draft.first and not draft.name_gender:
            draft.name_gender = first_names().get(draft.first)
        draft.mentions.append((ent.start_char, ent.end_char))
        for w in lead:
            if w != "the" and (_TITLES.match(w) or w in lexicon.words(ROLE_NOUNS)):
                draft.learn(w)
        self._descriptors_around(ent, draft)
        self._mention(ent.root, draft)
        for t in ent:
            self.at[t.i] = draft
        return draft

    def _match(
        self,
        others: tuple[str, ...],
        last: str | None,
        suffix: str | None,
        gender: str | None,
        pos: int,
    ) -> EntityDraft | None:
        """The person already in the story that this name names, if any."""
        if last is None:
            return None
        same = [d for d in self.order if d.type == "person" and d.last == last]
        fits = [d for d in same if self._compatible(d, others, suffix, gender)]
        if not fits and not others:
            # a first name alone ('Crooked Hillary'), when it is one person's
            fits = [
                d
                for d in self.order
                if d.type == "person"
                and d.first == last
                and not suffix
                and last in first_names()
            ]
            if len(fits) != 1:
                return None
        if not fits:
            return None
        if len(fits) == 1:
            return fits[0]
        if others:  # a fuller name: the one it names exactly, else the most salient
            exact = [d for d in fits if d.others == others]
            if len(exact) == 1:
                return exact[0]
        ranked = self._salience(pos, allow_quoted=True)
        return max(
            fits,
            key=lambda d: (
                ranked.get(id(d), 0.0),
                max((m.tok for m in self.mentions if m.draft is d), default=-1),
            ),
        )

    @staticmethod
    def _compatible(
        d: EntityDraft, others: tuple[str, ...], suffix: str | None, gender: str | None
    ) -> bool:
        if suffix and d.suffix and suffix != d.suffix:
            return False
        if gender and d.gender and gender != d.gender:
            return False
        if not others or not d.others:
            return True
        a, b = others[0], d.others[0]
        if (
            a == b
            or (len(a) == 1 and b.startswith(a))
            or (len(b) == 1 and a.startswith(b))
        ):
            return True
        # 'Wasserman Schultz' and 'Debbie Wasserman Schultz'
        return set(others) <= set(d.others) or set(d.others) <= set(others)

    def _organisation(self, ent: Span, label: str) -> EntityDraft:
        key = _key(label, ent)
        draft = self.by_key.get(key)
        if draft is None:
            draft = EntityDraft(
                name=" ".join(_name_words(ent)), type=_NAMED[label], key=key
            )
            self.by_key[key] = draft
            self.order.append(draft)
        draft.mentions.append((ent.start_char, ent.end_char))
        for t in ent:
            self.at[t.i] = draft
        return draft

    def _descriptors_around(self, ent: Span, draft: EntityDraft) -> None:
        """'Former Kazakh intelligence chief Alnur Mussayev', 'Mussayev, a former spy,',
        'Lopez, 56,', 'Smith is a massage therapist'."""
        doc = self.doc
        root = ent.root
        roles = lexicon.words(ROLE_NOUNS)
        lead = [t for t in ent if t.lower_ in roles]
        if lead and lead[0].i == ent.start:
            draft.add_descriptor(" ".join(t.text for t in lead), lead)
        left = [
            t
            for t in doc[root.left_edge.i : ent.start]
            if t.dep_ not in ("det", "punct", "poss", "case")
        ]
        if (
            left
            and any(t.pos_ == "NOUN" or t.lower_ in roles for t in left)
            and all(t.pos_ in ("NOUN", "ADJ", "PROPN", "NUM", "ADV") for t in left)
        ):
            words = doc[left[0].i : ent.start]
            text = words.text
            if words[0].pos_ != "PROPN" and words[0].is_title:
                text = (
                    text[0].lower() + text[1:]
                )  # 'Former Kazakh ...' opening a sentence
            draft.add_descriptor(text, words)
        for child in root.children:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON":
                if child.text.isdigit():
                    if child.i == ent.end + 1 and 0 < int(child.text) < 120:
                        draft.age = draft.age or int(child.text)  # 'Maria Lopez, 56,'
                    continue
                toks = [
                    t
                    for t in child.subtree
                    if not (t.dep_ == "det" and t.i == child.left_edge.i)
                ]
                if toks and len(toks) <= 12:
                    span = doc[toks[0].i : toks[-1].i + 1]
                    draft.add_descriptor(span.text, span)
        verb = root.head
        if root.dep_ == "nsubj" and verb.lemma_ == "be":
            for child in verb.children:
                if child.dep_ == "attr" and child.pos_ == "NOUN" and child.tag_ == "NN":
                    toks = [
                        t
                        for t in child.subtree
                        if t.i <= child.i
                        and not (t.dep_ == "det" and t.i == child.left_edge.i)
                    ]
                    if toks and len(toks) <= 6:
                        span = doc[toks[0].i : child.i + 1]
                        draft.add_descriptor(span.text, span)

    # -- salience -----------------------------------------------------------------------

    def _salience(
        self, pos: int, allow_quoted: bool, subject: bool = False
    ) -> dict[int, float]:
        """id(entity) -> salience just before token pos: each mention's weight halved for
        every sentence back (Lappin and Leass), plus 35 for a subject where the pronoun is a
        subject too (their parallelism factor)."""
        here = self.sent_of[pos] if pos < len(self.doc) else self.sent_of[-1] + 1
        out: dict[int, float] = {}
        for m in self.mentions:
            if m.tok >= pos:
                continue
            back = here - m.sent
            if back > _WINDOW or (m.quoted and not allow_quoted):
                continue
            w = m.weight + (35 if subject and m.subject else 0)
            out[id(m.draft)] = out.get(id(m.draft), 0.0) + w / (2**back)
        return out

    def _pronoun(self, head: Token) -> EntityDraft | None:
        """The most salient person before the pronoun whose gender does not clash with it;
        for '"...," he said' the speaker who carries on: the main subject of the nearest
        sentence before the quotation that has a fitting one."""
        want = _GENDER.get(head.lower_)
        start, back = self._quote_before(head), _WINDOW
        if start is None and head.dep_ in _SUBJ and not self.quoted[head.i]:
            start, back = head.i, _RECENT
        if start is not None:
            found = self._prior_subject(start, want, back)
            if found is not None:
                return found
        ranked = self._salience(
            head.i, allow_quoted=self.quoted[head.i], subject=head.dep_ in _SUBJ
        )
        best, score = None, 0.0
        last_seen = {id(m.draft): m.tok for m in self.mentions if m.tok < head.i}
        for draft in self.order:
            s = ranked.get(id(draft), 0.0) * draft.clashes(want)
            if draft.type != "person" or s <= 0:
                continue
            if s > score or (
                s == score
                and best is not None
                and last_seen[id(draft)] > last_seen[id(best)]
            ):
                best, score = draft, s
        return best

    def _tied(self, head: Token, src: Span, want: str | None) -> list[EntityDraft]:
        """The person a role description ties to when no descriptor shares its head word:
        the main subject of the sentence before, where the description shares a word with
        what the story already said of that person ('Former Kazakh intelligence chief Alnur
        Mussayev ... Mussayev headed the committee. The former spy said ...'). Not when that
        sentence used the same noun for someone else ('Mussayev claimed the businessman lied.
        The businessman said ...'), nor for a bare role ('The official said')."""
        doc, word = self.doc, head.lemma_.lower()
        here = self.sent_of[head.i]
        before = [
            m
            for m in self.mentions
            if m.tok < src.start
            and m.sent == here - 1
            and not m.quoted
            and m.subject
            and m.draft.type == "person"
            and self._main_clause(doc[m.tok])
        ]
        if not before or (want and before[-1].draft.clashes(want) < 0.5):
            return []
        if any(
            self.sent_of[t.i] == here - 1
            and t.lemma_.lower() == word
            and t.pos_ == "NOUN"
            for t in doc[: src.start]
        ):
            return []
        words = {
            t.lemma_.lower()
            for t in src
            if t.i != head.i and t.pos_ in ("ADJ", "NOUN", "PROPN")
        }
        return [before[-1].draft] if words & before[-1].draft.described else []

    def _quote_before(self, head: Token) -> int | None:
        """Where the quotation starts that a subject pronoun directly follows ('"...," he
        said'), else None."""
        if head.dep_ not in _SUBJ or self.quoted[head.i]:
            return None
        i = head.i - 1
        while i >= 0 and self.doc[i].is_space:
            i -= 1
        if i < 0 or not self.quoted[i] or self.doc[i].text not in ("”", '"', "’"):
            return None
        while i > 0 and self.quoted[i - 1]:
            i -= 1
        return i

    def _prior_subject(
        self, pos: int, want: str | None, back: int
    ) -> EntityDraft | None:
        """The person in subject position in the nearest sentence before token pos (at most
        `back` sentences back) that has one whose gender fits: the subject of the main
        clause where that fits, else the last."""
        here = self.sent_of[pos] if pos < len(self.doc) else self.sent_of[-1] + 1
        fitting = [
            m
            for m in self.mentions
            if m.tok < pos
            and m.subject
            and not m.quoted
            and here - m.sent <= back
            and m.draft.type == "person"
            and m.draft.clashes(want) >= 0.5
        ]
        if not fitting:
            return None
        last = max(m.sent for m in fitting)
        inside = [m for m in fitting if m.sent == last]
        main = [m for m in inside if self._main_clause(self.doc[m.tok])]
        return (main or inside)[-1].draft

    @staticmethod
    def _main_clause(tok: Token) -> bool:
        t = tok
        while t.dep_ in ("appos", "conj", "compound", "flat") and t.head.i != t.i:
            t = t.head
        verb = t.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        return verb.dep_ == "ROOT"

    # -- sources --------------------------------------------------------------------------

    def resolve(self, f: Finding) -> EntityDraft | None:
        """The entity behind a finding's source, creating one for an unnamed source."""
        if f.source is None:
            return None
        doc = self.doc
        src = doc.char_span(f.source[0], f.source[1], alignment_mode="expand")
        if src is None or len(src) == 0:
            return None
        head = doc[f.source_token] if f.source_token is not None else src.root
        draft, name = self._entity_of(src, head)
        if draft is None:
            lower = head.lower_
            key = "mention:" + name.lower()
            draft = self.by_key.get(key)
            if draft is None:
                kind = (
                    "person"
                    if lower in _PERSON_PRON
                    else "group"
                    if lower in _GROUP_PRON
                    else "other"
                )
                draft = EntityDraft(name=name, type=kind, key=key)
                self.by_key[key] = draft
                self.order.append(draft)
        if (f.source[0], f.source[1]) not in draft.mentions:
            draft.mentions.append((f.source[0], f.source[1]))
        draft.spoke = True
        return draft

    def _entity_of(
        self, src: Span, head: Token, depth: int = 0
    ) -> tuple[EntityDraft | None, str]:
        """The entity a source names, or None and the text to name an unresolved one by."""
        doc = self.doc
        for ent in src.ents:
            # only a name that heads the source, or stands in apposition to its head
            # ("The club's chairman, Victor Hale"): not "Kazakh" in "the former Kazakh chief"
            if ent.label_ in _NAMED and _name_words(ent) and self._heads(ent, head):
                draft = self.at.get(ent.start)
                if draft is not None:
                    if ent.root.i != head.i and draft.type == "person":
                        draft.add_descriptor(
                            doc[src.start : ent.start].text.strip(" ,"),
                            doc[src.start : ent.start],
                        )
                    return draft, src.text
        if head.i in self.at:
            return self.at[head.i], src.text
        tail = [t for t in src if not t.is_punct and not t.is_space]
        if (
            tail
            and head.pos_ == "NOUN"
            and tail[-1].i in self.at
            and self.at[tail[-1].i].type == "person"
        ):
            # a name in apposition at the end ('The mayor of Glendale, Jerry Weiers'), however parsed
            draft = self.at[tail[-1].i]
            first = tail[-1].i
            while first - 1 >= src.start and self.at.get(first - 1) is draft:
                first -= 1
            if first > src.start and doc[first - 1].text == ",":
                draft.add_descriptor(
                    re.sub(
                        r"^(the|a|an)\s+",
                        "",
                        doc[src.start : first - 1].text,
                        flags=re.IGNORECASE,
                    ),
                    doc[src.start : first - 1],
                )
                return draft, src.text
        lower = head.lower_
        if head.pos_ == "PROPN":
            draft = self._unrecognised_name(src, head)
            if draft is not None:
                return draft, src.text
        if lower in _RELATIVE and head.tag_ in ("WP", "WDT") and depth == 0:
            antecedent = self._antecedent(head)
            if antecedent is not None:
                phrase = doc[antecedent.left_edge.i : antecedent.i + 1]
                draft, _ = self._entity_of(phrase, antecedent, depth + 1)
                return draft, re.sub(
                    r"^(the|a|an)\s+", "", phrase.text, flags=re.IGNORECASE
                ) if draft is None else phrase.text
        if lower in _PERSON_PRON and lower != "i":
            return self._pronoun(head), src.text
        if (
            head.pos_ == "NOUN"
            and any(c.lower_ == "the" for c in head.children)
            or _AGE.match(src.text.lower().removeprefix("the "))
        ):
            return self._description(head, src, lone=True), src.text
        return None, src.text

    @staticmethod
    def _antecedent(rel: Token) -> Token | None:
        """The noun a relative clause hangs from ('Gary Bettman, who dismissed ...')."""
        verb = rel.head
        for _ in range(3):
            if verb.dep_ == "relcl":
                return (
                    verb.head if verb.head.pos_ in ("PROPN", "NOUN", "PRON") else None
                )
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    @staticmethod
    def _heads(ent: Span, head: Token) -> bool:
        root = ent.root
        if root.i == head.i:
            return True
        # "Mussayev's claim", "The club's chairman, Victor Hale"; not the modifier "Kazakh" in
        # "the former Kazakh intelligence chief"
        return (
            _label(ent) == "PERSON"
            and root.head.i == head.i
            and root.dep_ in ("poss", "appos")
        )

    def _unrecognised_name(self, src: Span, head: Token) -> EntityDraft | None:
        """A speaker the NER missed ('Councillor Priya Nandakumar claimed'): a person named
        by the proper nouns that end the source, titles and role words in front dropped."""
        names = [
            t
            for t in src
            if t.pos_ == "PROPN"
            and t.i <= head.i
            and t.head.i in (head.i, t.i)
            or t.i == head.i
        ]
        if not names or not all(t.text[:1].isupper() for t in names):
            return None  # 'the culture ministry' with 'ministry' tagged a proper noun
        span = self.doc[names[0].i : names[-1].i + 1]
        if not _name_words(span):
            return None
        return self._person(span)

    def _description(
        self, head: Token, src: Span, lone: bool = False
    ) -> EntityDraft | None:
        """'the former spy', 'the 56-year-old': a person already in the story whose
        descriptors share the head word or the age; with `lone` (a source), else the only
        person so far, when the head word is a role noun the story has not used before for
        someone else ('Mussayev claimed the businessman ...': 'the businessman' is not
        Mussayev). A plural ('the officials') names a group, never one person."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        age = _AGE.search(src.text)
        word = head.lemma_.lower()
        want = _role_gender(head.text)
        seen = [
            m
            for m in self.mentions
            if m.tok < head.i
            and m.draft.type == "person"
            and not (m.quoted and not self.quoted[head.i])
        ]
        people = list(dict.fromkeys(m.draft for m in seen))
        if want:
            people = [d for d in people if d.clashes(want) >= 0.5]
        if age:
            fits = [d for d in people if d.age == int(age.group(1))]
        else:
            fits = [d for d in people if word in d.roles]
        if not fits and lone and not age and word in lexicon.words(ROLE_NOUNS):
            fits = self._tied(head, src, want)
        if not fits:
            return None
        ranked = self._salience(head.i, allow_quoted=True)
        draft = max(fits, key=lambda d: ranked.get(id(d), 0.0))
        draft.add_descriptor(re.sub(r"^the\s+", "", src.text, flags=re.IGNORECASE), src)
        return draft
