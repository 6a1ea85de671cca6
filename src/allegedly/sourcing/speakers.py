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

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..extract.senses import noun_kinds, people_nouns, showing_verbs
from ..extract.spans import HYPHENS, Finding, doc_ents, doc_text, first_conjunct, imitated, per_doc, posts, span_ents
from ..extract.verbs import split_subject
from . import outlets

ROLE_NOUNS = "role_nouns.txt"
REPORTING_VERBS = "reporting_verbs.txt"  # in a headline's form after a name: "Obama Says"
FIRST_NAMES = "first_names.tsv"
ARMED_GROUPS = "armed_groups.txt"
PLACE_WORDS = "place_words.txt"  # street, square, palace: a place that speaks is its body
CLAIM_NOUNS = "claim_nouns.txt"  # 'according to her remarks': a claim noun a possessive makes someone's
COMPANY_SUFFIXES = "company_suffixes.txt"
MEDIA_WORDS = "media_words.txt"
PERSON_NOUNS = "person_nouns.tsv"
BODY_AGENT_NOUNS = "body_agent_nouns.txt"  # person nouns news uses for a firm ('the regulator', 'a watchdog')
SOURCE_NOUNS = "source_nouns.txt"
GENDERED_WORDS = "gendered_words.txt"  # 'he', 'Mr' -> m; 'she', 'Mrs' -> f
STUDY_NOUNS = "study_nouns.txt"  # 'a study', 'an audit': what a later 'the report' may be
OUTLET_ANAPHORS = "outlet_anaphors.txt"  # 'the paper', 'the report' after an outlet is named: that outlet
NEWS_VERBS = "news_verbs.txt"  # 'Movie Pilot reports ...': a body doing what a paper does
VAGUE_SOURCES = "vague_sources.txt"  # its "withheld" group: 'the unidentified man' is no one named
NEWS_WORKS = "news_works.txt"  # its "report" group: 'the article' a site posted
BELIEFS = "beliefs.txt"  # not speech: an outlet in what someone believes is no less the article's
CUE_VERBS = "cue_verbs.txt"  # its "scene" group: what a picture shows, no one's speech; "author": who put a text out
NAMING_PARTICIPLES = "naming_participles.txt"  # 'An analyst named ...': the name after it is the speaker
PICTURE_NOUNS = "picture_nouns.txt"  # 'a photo provided by the army': a picture its provider stands behind
HOLDING_VERBS = "holding_verbs.txt"  # 'made its claims', 'stood by his story': the subject's own
INSTITUTION_KINDS = "institution_kinds.txt"  # 'the ministry' after 'the Ministry of Transport': that ministry
BODY_ANAPHORS = "body_anaphors.txt"  # 'the company', 'the group' after a body is named: that body
RELEASE_VERBS = "release_verbs.txt"  # "a video posted by X": who put a record out is its issuer
NAME_PARTICLES = "name_particles.txt"  # 'De Vries' after 'Jan de Vries'
DEMONYM_SUFFIXES = "demonym_suffixes.txt"  # Nigeria-n, Mexic-an, Canad-ian, Iraq-i, Chin-ese

HONORIFICS = "honorifics.txt"
ARMED_NAME_WORDS = "armed_name_words.txt"  # 'Ansar al-Deen', 'Jabhat al-Nusra': a group's name


_WORD_RE = re.compile(r"\w+")
_UNNAMED_REACH = 12  # sentences back that 'the source' still means the unnamed source named so
_ANTECEDENT_REACH = 12  # tokens from a relative pronoun's antecedent noun to it that still read as one phrase


def _title(word: str) -> bool:
    """A title written before a name, with or without its full stop ('Sgt. Michael Woody',
    'Sgt Woody', 'Pope Francis'; honorifics.txt), or 'the'."""
    w = word.lower().rstrip(".")
    return w == "the" or w in lexicon.words(HONORIFICS)
# what a title says about its bearer, so that "the doctor" finds "Dr Samuel Okoye"
# ("Rep. Duncan Hunter" ... "the congressman"; "CEO Tim Cook" ... "the executive")
_TITLE_ROLE: dict[str, tuple[str, ...]] = {
    "dr": ("doctor",),
    "sen": ("senator", "lawmaker"),
    "senator": ("senator", "lawmaker"),
    "gov": ("governor",),
    "rep": ("representative", "congressman", "congresswoman", "lawmaker"),
    "prof": ("professor",),
    "gen": ("general",),
    "col": ("colonel",),
    "capt": ("captain",),
    "rev": ("reverend",),
    "ceo": ("ceo", "executive", "chief"),
    "cfo": ("cfo", "executive"),
    "coo": ("coo", "executive"),
}
# a generational suffix or a regnal number ('Jr.', 'III', 'Benedict XVI')
_SUFFIX = re.compile(r"^(jr|sr|ii|iii|iv|v|vi{1,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xxi{0,3})\.?$", re.IGNORECASE)
_STRIP = ",;:“”\"'‘’()[]-–—"  # (and a dash glued to a name: "--Tom Harlow" under a quotation)
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
_INDEFINITE_DETS = frozenset({"a", "an", "another", "any", "some", "one"})
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
_RULED_OUT = 0.05  # a pronoun's fit (EntityDraft.clashes) under which a person is no candidate: a first name 95% of the other sex
_WINDOW = 6  # sentences back that a pronoun looks (Lappin and Leass use 4; news quotes run long)
_RECENT = (
    2  # a subject pronoun takes the subject of the last two sentences before salience
)


@lru_cache(maxsize=1)
def _gender() -> dict[str, str]:
    """Pronoun or title -> the sex it tells, 'm' or 'f' (gendered_words.txt)."""
    return {word: next(iter(flags)) for word, flags in lexicon.flagged(GENDERED_WORDS).items()}


def _named_as(first: str | None) -> str | None:
    """The sex a first name all but always tells ('m' for Tom, 'f' for Lucy: nine in ten or
    more of its bearers in the census lists), else None."""
    found = first_names().get(first) if first else None
    return found[0] if found is not None and found[1] >= 0.9 else None


def pronoun_sex(word: str) -> str | None:
    """'m' or 'f' for a pronoun or title that tells it ('she', 'Mrs'), else None."""
    return _gender().get(word.lower())


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
    speaks_for: EntityDraft | None = None  # a spokesperson's body or person ('a ministry spokesman')
    outlet: bool = False  # a news outlet ('The Mail on Sunday', 'CCTV, a state broadcaster')
    unnamed_site: bool = False  # a site the article never names ('A satirical website'), which a later 'the site' is
    site: bool = False  # an outlet named as a site ('the website al-Maalomah'), which no 'the newspaper' is

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
            self.roles.update(_TITLE_ROLE.get(w.rstrip("."), (w,)))
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
    apostrophes inside a word stay ('al-Suri', "O'Malley"), and so does the "'s" of an
    outlet's own name ("Barron's")."""
    if not outlets.listed_with_s(text):
        text = re.sub(r"(’s|'s)\s*$", "", text.strip())
    return [w for w in (w.strip(_STRIP) for w in text.split()) if w]


def _name_words(span: Span) -> list[str]:
    """The name without titles or role words in front ('Councillor Priya Nandakumar')."""
    return list(_name_words_of(span.text))


def _site_word(word: str) -> bool:
    """'Website', 'Portal' before a site's name; not 'Site', which opens names ('SITE
    Intelligence Group')."""
    return word.lower() in outlets.site_nouns() and word.lower() != "site"


_NICKNAME = re.compile(r"(?<=\w)\s+[“\"][^”\"\n]{1,30}[”\"]\s+(?=\w)")  # 'Mohammed “Teen Wolf” Islam'


@lru_cache(maxsize=4096)
def _name_words_of(text: str) -> tuple[str, ...]:
    if "\n" in text.strip():
        text = text.strip().split("\n", 1)[0]  # a name never runs over a line break
    text = _NICKNAME.sub(" ", text)  # a nickname in quotation marks is no part of the name
    words = _words(text)
    while len(words) > 1 and (_title(words[0]) or _role_word(words[0]) or _site_word(words[0])):
        words.pop(0)  # (and 'Website' of 'Website Pricewatch.com', tagged as one name)
    # a title inside the span starts the name ('Facebook, Mr Reddaway' tagged as one)
    inner = [
        i
        for i, w in enumerate(words[:-1])
        if i and _title(w) and w.lower() != "the"
    ]
    if inner and words[-1].lower() not in body_nouns() and noun_kinds().get(words[-1].lower()) != "body":  # (not 'Massachusetts General Hospital': a body's name)
        words = words[inner[-1] + 1 :]
    cut = _role_before_name(words)
    return tuple(words[cut:]) if cut else tuple(words)


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    """The reporting verbs (reporting_verbs.txt) in the form a headline gives them after a
    name: 'Says', 'Denies', 'Confirms', 'Warns'."""
    out = set()
    for lemma in lexicon.flagged(REPORTING_VERBS):
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            out.add(lemma[:-1] + "ies")
        elif lemma.endswith(("s", "sh", "ch", "x", "z")):
            out.add(lemma + "es")
        else:
            out.add(lemma + "s")
    return frozenset(out)


def _role_before_name(words: list[str]) -> int | None:
    """Where a personal name starts after a role word inside a longer span ('Guerrero State
    Prosecutor Inaky Blanco', 'Homeland Security Secretary Jeh Johnson'): after the last role
    word, when one to three capitalised words that are neither roles nor institutions follow,
    two of them or a known first name. None where the span names no person that way ('State
    Prosecutor's Office')."""
    roles = [i for i, w in enumerate(words[:-1]) if i and _role_word(w)]
    if not roles:
        return None
    tail = words[roles[-1] + 1 :]
    if not 1 <= len(tail) <= 3 or not all(w[:1].isupper() and not _role_word(w) for w in tail):
        return None
    if tail[-1].lower() in body_nouns() or tail[-1].lower() in voice_nouns():
        return None
    if len(tail) == 1 and tail[0].lower() not in first_names():
        return None
    return roles[-1] + 1


_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")  # a regnal or ordinal number


def _agent_of_a_noun(tok: Token) -> bool:
    """The agent of a participle that describes a noun ('a movie led by American actor Lyle
    Brandt'): a logical subject, but of a description, not of anything the sentence's 'he'
    goes on to do ('Quoting lines from "Dust Road," a movie led by ..., he said')."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.dep_ in ("acl", "relcl") and tok.head.head.head.pos_ in ("NOUN", "PROPN")


@lru_cache(maxsize=4096)
def initialism(tok: Token) -> bool:
    """A word in capitals in a sentence that is not all capitals ('The Scottish SPCA said',
    'RSPCA'): a body's initials, unless a role's; people's names are not written so."""
    if not (tok.text.isalpha() and tok.text.isupper() and 2 <= len(tok.text) <= 6) or _role_word(tok.text):
        return False  # ('the Apple CEO': a role)
    return any(t.is_alpha and t.is_lower for t in tok.sent)


@per_doc
def _next_words(doc: Doc) -> dict[str, set[str]]:
    """Each word's text -> the texts of the words right after it ('' at the end): read once
    per article, for every 'the company' that asks."""
    out: dict[str, set[str]] = {}
    for t in doc:
        out.setdefault(t.text, set()).add(doc[t.i + 1].text if t.i + 1 < len(doc) else "")
    return out


def _inverted_subject(tok: Token) -> bool:
    """'Standing beside him is a masked gunman': the noun after a copula that a participle
    clause opens is the sentence's subject, inverted (the parser makes it the attribute)."""
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(c.dep_ == "csubj" and c.i < tok.head.i for c in tok.head.children)


def _one_unnamed(tok: Token) -> bool:
    """'a South Korean defence official said', 'one witness told', 'a masked gunman stands',
    'an American told': one person the article does not name, by a role, as a source, by a
    noun WordNet knows as a person or by a nationality ('He told Reuters' after it is that
    official, not the named person before);
    or one more of several left unnamed, by the determiner alone ('Another posted ...', 'A
    third said ...', 'One wrote ...') or with the noun for them ('One of his friends')."""
    if _one_more(tok) or _one_of_some(tok):
        return True
    if tok.tag_ not in ("NN", "NNP") or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in tok.children):
        return False
    if tok.tag_ == "NNP":
        # 'An American who is fighting with the Kurds told ...', 'an Israeli': a people's word
        # by its suffix, not a name the tagger took for one ('A bloodstained Ilic told')
        return tok.ent_type_ == "NORP" and tok.lower_.endswith(tuple(lexicon.words(DEMONYM_SUFFIXES)))
    edge = tok.left_edge.i
    if any(c.pos_ == "PROPN" and (c.i < tok.i or c.dep_ == "appos") and not _affiliation(c) for c in tok.children) or edge and tok.doc[edge - 1].pos_ == "PROPN":
        return False  # a role of a named person ('Ralph Bello-Fadile an advisor to ...')
    lemma = tok.lemma_.lower()
    return _word_for_someone(lemma)


def _one_more(tok: Token) -> bool:
    """'Another', 'One', 'A third' standing for a noun as a subject of its own (no noun, no
    name after it)."""
    if any(c.dep_ in ("prep", "appos", "compound", "amod") for c in tok.children):
        return False  # ('One of the men', 'another Reuters reporter')
    if tok.lower_ in ("another", "one") and tok.tag_ in ("DT", "CD"):
        return True
    return tok.ent_type_ == "ORDINAL" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _word_for_someone(lemma: str) -> bool:
    """A noun for one person, unnamed: a role, a voice, an anonymous source's noun or a
    person by WordNet ('official', 'spokesman', 'source', 'fisherman')."""
    return _role_word(lemma) or lemma in voice_nouns() or lemma in lexicon.grouped(SOURCE_NOUNS).get("anonymous", frozenset()) or wordnet_person(lemma)


def _kind_word(tok: Token) -> bool:
    """A common noun before a body's noun that says what kind of body it is ('the terror
    group', 'the oil company'), not whose ('the Hamas group') nor a body of its own (a
    department is known by its domain: 'the health department' is no department named
    before, so the caller leaves it out)."""
    return tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() not in body_nouns()


def _one_of_some(tok: Token) -> bool:
    """'One of his colleagues', 'one of the players': one of several people the article does
    not name, by the noun for them (not 'one of the Beatles', a name)."""
    if tok.lower_ != "one" or tok.tag_ != "CD":
        return False
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if len(of) != 1 or of[0].tag_ != "NNS":
        return False
    lemma = of[0].lemma_.lower()
    return _word_for_someone(lemma)


def _affiliation(word: Token) -> bool:
    """A body's name before a role noun ('one CNN journalist', 'a Reuters reporter'): whom
    the person works for, not the person's name."""
    return word.dep_ == "compound" and word.ent_type_ in ("ORG", "NORP", "GPE")


def _party_member(head: Token) -> bool:
    """A party member's noun the tagger made a group's name ('the Ohio Democrat': NORP)."""
    return head.ent_type_ == "NORP" and head.lower_ in lexicon.words(ROLE_NOUNS)


@lru_cache(maxsize=8192)
def _role_word(word: str) -> bool:
    """A word that says what a person is, not who: a role noun ('Screenwriter' by its head
    'writer'), a kinship or private-person noun ('Mum Meng Xiangyan', 'Local man')."""
    w = word.lower().rstrip(".")
    roles = lexicon.words(ROLE_NOUNS)
    if w in roles or w in _kin_nouns():
        return True
    # a role noun of 5 letters or more ending the word after 3 or more ('screenwriter'): its
    # endings looked up, not every role noun tried
    return any(w[-n:] in roles for n in range(5, len(w) - 2))


@lru_cache(maxsize=1)
def anonymous_nouns() -> frozenset[str]:
    """source_nouns.txt's nouns for a source left unnamed ('an official', 'a witness')."""
    return lexicon.grouped(SOURCE_NOUNS)["anonymous"]


@lru_cache(maxsize=1)
def _kin_nouns() -> frozenset[str]:
    return lexicon.grouped(SOURCE_NOUNS).get("person", frozenset())


@lru_cache(maxsize=1)
def _document_nouns() -> frozenset[str]:
    return lexicon.grouped(SOURCE_NOUNS).get("document", frozenset())


@lru_cache(maxsize=1)
def body_nouns() -> frozenset[str]:
    """Nouns that name an institution ('police', 'the ministry'): source_nouns.txt's body group."""
    return lexicon.grouped(SOURCE_NOUNS).get("body", frozenset())


@cache
def _speech_verbs() -> frozenset[str]:
    """The reporting verbs of speech and writing: not beliefs ('believe', 'fear') nor what a
    picture shows ('show', 'reveal')."""
    return lexicon.words(REPORTING_VERBS) - lexicon.words(BELIEFS) - lexicon.grouped(CUE_VERBS)["scene"]


def _of_a_site(noun: Token) -> bool:
    """A site or outlet noun ('The site, which ...', 'a website which ...')."""
    return noun.pos_ in ("NOUN", "PROPN") and (noun.lemma_.lower() in outlets.site_nouns() or noun.lemma_.lower() in lexicon.words(OUTLET_ANAPHORS))


@lru_cache(maxsize=1)
def _put_out_verbs() -> frozenset[str]:
    """release_verbs.txt's verbs of putting out a statement or a recording, less those of
    passing on what someone else put out ('published by SITE', 'shared by')."""
    return lexicon.words(RELEASE_VERBS) - {"publish", "share"}


def voice_nouns() -> frozenset[str]:
    """Nouns for someone who speaks for another ('spokesman', 'official')."""
    return lexicon.grouped(SOURCE_NOUNS).get("voice", frozenset())


_ROLE_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "punct"})


def talk_of_one(head: Token) -> Token | None:
    """'her remarks', 'his comments': a claim noun (claim_nouns.txt) with 'his' or 'her'
    before it, whose words they are (a review of FNC bodies, Random(12323): 'according to
    his remarks, which were filmed' stayed 'his remarks', typed an organisation); not a
    document ('his statement' is read as its issuer's, _issuer). The possessive, else None."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in lexicon.words(CLAIM_NOUNS) or lemma in _document_nouns():
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ in ("his", "her")), None)


_WIRE_NOUN = "agency"  # what news writing calls a news agency it has named ('the agency said'; outlets.txt's kind "wire")


def _whose_else(head: Token, draft: EntityDraft) -> bool:
    """'the family spokesperson' after 'a spokesperson for the Navy': a common noun before a
    spokesperson's role that says whose role it is, which nothing said of the one before
    holds (their descriptors, the body they speak for), names someone else. Not a noun for
    an institution ('the company spokesman' for 'a spokesman for Apple': the name need not
    hold the word). A review of FNC bodies, Random(12424)."""
    lemma = head.lemma_.lower()
    if lemma not in voice_nouns() or lemma.startswith("official"):
        return False  # (a title's own words: 'the attorney general'; an official's field: 'the defense official')
    whose = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]
    if not whose:
        return False
    said = {w.lower() for text in (*draft.descriptors, draft.speaks_for.name if draft.speaks_for is not None else "") for w in _WORD_RE.findall(text)}
    # (an institution's kind, 'the museum spokeswoman' for the Louvre, nor a person's staff,
    # 'the campaign spokesman' for a senator, need be in the name: source_nouns.txt's body
    # and staff groups, institution_kinds.txt)
    kinds = body_nouns() | lexicon.grouped(SOURCE_NOUNS).get("staff", frozenset()) | lexicon.words(INSTITUTION_KINDS)
    return any(c.lemma_.lower() not in kinds and c.lower_ not in said and c.lemma_.lower() not in said for c in whose)


def _bare_spokesperson(head: Token) -> bool:
    """'A spokesman said', 'the spokeswoman added': one who speaks for a body
    (source_nouns.txt's voice nouns, not an official, who may be any body's), with nothing
    said of whose."""
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN" and head.tag_ == "NN" and lemma in voice_nouns() and not lemma.startswith("official")
        and all(c.dep_ == "det" and c.lower_ in ("a", "an", "the") or c.is_punct for c in head.children)
    )


def _name_after_role(src: Span, head: Token) -> Token | None:
    """'Another homeowner | Andrei Kazarian said', 'his cousin | Keith told': the parser made
    the word for a person and the person's name two subjects of the verb, the first the
    source's head; the name is who speaks. Not after a body ('The news site | al-Fadjr'), nor
    after a phrase with more than modifiers ('A man claiming to be | Abubakar Shekau')."""
    if head.pos_ != "NOUN" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    behind = _name_behind_the_body(src, head) if _person_word(head.lemma_.lower()) else None
    if behind is not None:
        return behind
    if not wordnet_person(head.lemma_.lower()):
        return None
    of = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}  # ('Longtime critic of the mayor | Jane Ortiz')
    if not all(t.dep_ in _ROLE_MODIFIERS or t.i in of and t.pos_ != "PROPN" for t in head.subtree if t.i != head.i):
        return None
    name = split_subject(head)  # the other half of the noun phrase the parser cut in two
    if name is None or name.i < head.i or not (src.start <= name.i < src.end) or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    return name


def _name_behind_the_body(src: Span, head: Token) -> Token | None:
    """'The manager for the group | David Mallie confirmed': the parser hung the name that
    ends the source on the body the role serves, as its apposition; it is the role's, and so
    the speaker. Not where the noun it hangs on is a person's ('The lawyer for the singer
    Adele': the singer's name) or a site's ('a friend of the site Dave Armon', read as the
    site's name)."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at", "with")):
        body = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if body is None or wordnet_person(body.lemma_.lower()) or _of_a_site(body) or not any(d.dep_ == "det" for d in body.children):
            continue  # (not 'a friend of the site Dave Armon': a site's name follows its noun)
        name = next((g for g in body.children if g.dep_ == "appos" and g.i > body.i), None)
        if name is not None and name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.right_edge.i == src.end - 1 and name.left_edge.i == body.i + 1:
            return name
    return None


_BOUND_POSSESSIVES = frozenset({"his", "her", "its", "their"})
_CLIMB = frozenset({"xcomp", "advcl", "ccomp", "conj"})


def bound_subject(tok: Token) -> Token | None:
    """The subject a possessive pronoun on a claim noun stands for, where the noun is its own
    clause's object ('The watchdog made its claims that ...', 'The group stood by its claim',
    'Acme will find it hard to keep its promise of ...'): the owner of what a subject does
    with a claim is that subject, as a reflexive's is (binding). The subject is found up
    through the clauses a verb with none of its own hangs from; an expletive 'it' ('it hard
    to keep') is passed over. None where the pronoun does not agree with it ('its' for a
    person's pronoun, 'his' or 'her' for a body's 'it')."""
    if tok.lower_ not in _BOUND_POSSESSIVES or tok.dep_ != "poss" or tok.pos_ != "PRON":
        return None
    noun = tok.head
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if verb is None:
        return None
    held = (verb.lemma_.lower(),) if noun.dep_ == "dobj" else (verb.lemma_.lower(), noun.head.lower_)
    if held not in lexicon.phrases(HOLDING_VERBS):
        return None  # 'dismissed her claims': someone else's, as may be
    for _ in range(3):
        if verb is None or verb.pos_ not in ("VERB", "AUX", "ADJ"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not (c.lower_ == "it" and verb.pos_ == "ADJ")), None)
        if subj is not None:
            break
        if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in verb.head.children):
            return None  # ('urged the whistleblower to repeat his claims': the one urged, not the urger)
        verb = verb.head if verb.dep_ in _CLIMB and verb.head.i != verb.i else None
    else:
        return None
    if subj is None or subj.tag_ in ("WP", "WDT") or subj.lower_ in ("i", "you", "we", "this", "that"):
        return None
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in _document_nouns():
        return None  # ('Hospital footage repeated his claims': a record holds no claim of its own)
    personal = subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON" or subj.pos_ == "NOUN" and _person_word(subj.lemma_.lower())
    body = subj.pos_ in ("NOUN", "PROPN") and not personal and subj.tag_ in ("NN", "NNP")
    if tok.lower_ == "its" and (personal or subj.tag_ in ("NNS", "NNPS") or subj.lower_ == "they"):
        return None
    if tok.lower_ in ("his", "her") and (subj.lower_ in ("it", "they") or subj.tag_ in ("NNS", "NNPS") or body and subj.ent_type_ != "PERSON"):
        return None  # ('The network repeated her claims': a body's is 'its')
    if tok.lower_ in ("his", "her") and sex_of(subj) not in (None, pronoun_sex(tok.lower_)):
        return None
    if tok.lower_ == "their" and (personal and subj.tag_ not in ("NNS", "NNPS") or subj.lower_ == "it"):
        return None
    return subj


def _objects_beside(head: Token, src: Span) -> set[str]:
    """The sexes of the 'her' and 'him' a description holds as an object outside a relative
    clause ('The woman sitting opposite her', 'the man next to him'): someone else the
    description places the person by, so not the person described (Chomsky's principle B,
    as for a pronoun's own verb). A relative clause may speak of its head ('The singer, who
    has denied the claims against him, said'), and a possessive is the head's own ('the man
    sitting next to his wife')."""
    out = set()
    for t in src:
        if t.i <= head.i or t.lower_ not in ("her", "him") or t.dep_ not in ("pobj", "dobj"):
            continue
        if any(a.dep_ == "relcl" and head.i < a.i < src.end for a in t.ancestors):
            continue
        sex = _gender().get(t.lower_)
        if sex is not None:
            out.add(sex)
    return out


def _named_noun(tok: Token) -> Token | None:
    """The noun a name is given to ('a man named Tom Hale', 'a teacher called Olga'), which
    stands in the clause for the name, from any word of the name ('Tom' of 'Tom Hale')."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
        tok = tok.head
    named = _naming_participle(tok) if tok.pos_ == "PROPN" else None  # (naming_participles.txt)
    return named.head if named is not None and named.head.i < named.i else None


def sex_of(subj: Token) -> str | None:
    """The sex a subject's word or given name tells ('she', 'the mother', 'Rita Moss', 'the
    climber Ana Ruiz'): its pronoun, its noun (person_nouns.tsv), else the first given name
    in its phrase borne nine times in ten by one sex; None where nothing tells."""
    if subj.lower_ in ("he", "she"):
        return pronoun_sex(subj.lower_)
    if subj.pos_ == "NOUN":
        noun = person_nouns().get(subj.lower_) or person_nouns().get(subj.lemma_.lower())
        if noun is not None:
            return noun
    name = next((t for t in subj.subtree if t.pos_ == "PROPN" and t.lower_ in first_names()), None)
    given = first_names()[name.lower_] if name is not None else None
    return given[0] if given is not None and given[1] >= 0.9 else None


def focus(src: Span, head: Token) -> tuple[Span, Token]:
    """Two sources joined by 'and' speak as the first named (the guideline): 'The Vancouver
    police and the B.C. RCMP' -> 'The Vancouver police'; 'The Sunday Times and Sunday People'
    -> 'The Sunday Times'. Not a name that holds 'and' ('Procter and Gamble', 'the Center
    for Strategic and International Studies')."""
    doc = src.doc
    named = _name_after_role(src, head)
    if named is not None:
        return src, named
    holder = bound_subject(head) if len(src) == 1 else None
    if holder is not None:
        return doc[holder.left_edge.i : holder.i + 1], holder  # 'The watchdog made its claims that ...': the watchdog's
    for c in head.children:
        if c.dep_ == "appos" and head.ent_type_ == "PERSON" and src.start <= c.i < src.end and c.lemma_.lower() in _document_nouns():
            # 'Nathan Cirillo, a Montreal criminal court database shows': a misparse, the
            # document is the subject
            return doc[c.left_edge.i : c.right_edge.i + 1], c
        if c.dep_ == "acl" and c.i == head.i + 1 and head.pos_ == "NOUN" and c.lower_ in _document_nouns():
            # 'a job listing AppleInsider highlighted': a compound's head the parser read as a
            # participle on the noun before it
            return src, c
    for t in src[1:]:
        if t.lower_ not in ("and", "&"):
            continue
        before = doc[src.start : t.i]
        while len(before) and (before[-1].is_punct or before[-1].is_space):
            before = before[:-1]
        after = doc[t.i + 1 : src.end]
        if not len(before) or not len(after):
            return src, head
        if before.root.pos_ not in ("NOUN", "PROPN") or before.root.ent_type_ == "NORP":
            return src, head  # 'American and British intelligence officials'
        if after[0].is_title and _role_then_person(after) and any(w.lower_ in ("for", "of") and w.i > before.start and doc[w.i - 1].is_title and doc[w.i + 1].is_title for w in before):
            return src, head  # a body's name with 'and' in it before a role and a name: 'Center for Strategic and International Studies analyst Victor Cha'
        ended = any(e.end == before.end and e.start >= src.start for e in doc_ents(doc) if e.label_ in _NAMED)
        bodies = all(any(x.lemma_.lower() in body_nouns() for x in part) for part in (before, after))
        if after[0].lower_ in ("the", "a", "an") or ended or bodies or outlets.lookup(before.text) is not None:
            return before, head if before.start <= head.i < before.end else before.root
        return src, head
    return src, head


def _medium_owner(work: Token) -> Token | None:
    """The definite medium noun a news work belongs to: 'the newspaper' of 'the newspaper's
    report', 'the publication' of 'the report by the aforementioned publication'."""
    owners = [c for c in work.children if c.dep_ == "poss"]
    owners += [g for c in work.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "in") for g in c.children if g.dep_ == "pobj"]
    return next(
        (
            o for o in owners
            if o.pos_ == "NOUN" and o.tag_ == "NN" and o.lemma_.lower() in outlets.medium_nouns() and any(c.lower_ == "the" for c in o.children)
            and not any(c.dep_ in ("prep", "acl", "relcl") for c in o.children)  # (not 'a report by the network of monitors')
        ),
        None,
    )


def _role_then_person(span: Span) -> bool:
    """The span ends in a person's name right after a role word ('... analyst Victor Cha')."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words or words[-1].ent_type_ != "PERSON":
        return False
    first = len(words) - 1
    while first > 0 and words[first - 1].ent_type_ == "PERSON":
        first -= 1
    return first > 0 and _role_word(words[first - 1].text)


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


def _place_of(tok: Token, before: int | None = None) -> Token | None:
    """The country or people that a noun's modifier names ('Nigeria' of "Nigeria's
    government", 'Nigerian' of 'the Nigerian government'), modifiers before `before` only."""
    for c in tok.children:
        if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i < (before if before is not None else tok.i):
            if c.ent_type_ in ("GPE", "NORP") and c.text[:1].isupper() and all(g.dep_ == "case" for g in c.children):
                return c
    return None


_APOSTROPHE_NAME = re.compile(r"^[A-Z][’'][A-Za-z][a-z]{2,}$")


def _with_apostrophe_surname(ent: Span) -> Span:
    """A person's name the tagger stopped short of a surname with an apostrophe in it
    ('Father John O’Neal': 'John' alone, the curly apostrophe's 'O’Neal' read as a common
    noun): the name with it."""
    if ent.label_ != "PERSON" or ent.end >= len(ent.doc):
        return ent
    nxt = ent.doc[ent.end]
    if nxt.ent_type_ or not _APOSTROPHE_NAME.match(nxt.text) or ent[-1].whitespace_ == "":
        return ent
    return Span(ent.doc, ent.start, ent.end + 1, label=ent.label_)


def _record_at_the_start(tok: Token) -> bool:
    """A record's common noun capitalised only as its sentence's first word ('Audio',
    'Footage', 'Research'), which the tagger may take for a person's name: no name, unless
    the article writes it so inside a sentence too."""
    return bool(tok.is_sent_start) and tok.lower_ in _document_nouns() and tok.text not in _words_inside_sentences(tok.doc)


@per_doc
def _words_inside_sentences(doc: Doc) -> frozenset[str]:
    """Every word as written somewhere other than at a sentence's start (read once a Doc)."""
    return frozenset(t.text for t in doc if not t.is_sent_start)


def _names_a_body(tok: Token) -> bool:
    """A proper name after 'a spokesman for' that names an institution though no entity
    covers it: a body's initials ('the Scottish SPCA', 'the RSPCA'; initialism), or a name
    with 'the' that is no title ('the Pope') nor a family ('the Kardashians'); not a
    person's name ('Smith') nor a place. (A common noun, 'the charity' that nothing named
    before, leaves the spokesperson unnamed.)"""
    if tok.pos_ != "PROPN" or tok.tag_ != "NNP" or tok.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", "FAC", "DATE", "TIME"):
        return False
    if initialism(tok):
        return True
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return definite and not _title(tok.text) and not _role_word(tok.text) and any(t.is_alpha and t.is_lower for t in tok.sent)


def _places_match(a: str, b: str) -> bool:
    """The same place, named by the country or its adjective: 'nigeria' / 'nigerian', 'iraq'
    / 'iraqi', 'china' / 'chinese'; not 'iran' / 'iraqi'."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return any(long_ in (short + suf, short[:-1] + suf) for suf in lexicon.words(DEMONYM_SUFFIXES))


def _bodies_in(ent: Span) -> list[Span]:
    """An organisation name the tagger ran over 'and' into the next one: 'Ministry of Health
    and World Health Organization' is two bodies, each naming itself with a word for an
    institution; 'Procter and Gamble', 'Bank of America and ...' stay whole."""
    if ent.label_ != "ORG":
        return [ent]
    doc = ent.doc
    for t in ent[1:-1]:
        if t.lower_ not in ("and", "&"):
            continue
        before, after = doc[ent.start : t.i], doc[t.i + 1 : ent.end]
        if all(any(x.lemma_.lower() in body_nouns() for x in part) and _name_words(part) for part in (before, after)):
            return [before, after]
    return [ent]


def _initials(name: str) -> str:
    """'Detroit Free Press' -> 'dfp': the initials of a name's capitalised words, for two or
    more of them."""
    caps = [w[0] for w in name.split() if w[:1].isupper()]
    return "".join(caps).lower() if len(caps) >= 2 else ""


def _short_for(word: str, name: str) -> bool:
    """Whether an all-capitals word is a name's initials, as outlets write them: of its
    capitalised words ('WSJ' for The Wall Street Journal), its hyphenated parts counted
    ('AFP' for Agence France-Presse), or with its small words ('VOA' for Voice of America)."""
    w = word.lower()
    words = [part for part in re.split(rf"[\s{re.escape(HYPHENS)}]+", name) if part and part.lower() != "the"]
    caps = "".join(part[0] for part in words if part[:1].isupper()).lower()
    every = "".join(part[0] for part in words).lower()
    return len(w) >= 2 and (w == _initials(name) or len(caps) >= 2 and w == caps or len(every) >= 3 and w == every)


def _head_of_name(name: str) -> str:
    """The word a body's name is short for, lower-cased: its last ('the Journal' for The Wall
    Street Journal), or the last before 'of' or 'for' ('the Observatory' for the Syrian
    Observatory for Human Rights, 'the Ministry' for the Ministry of Health)."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "for")), len(words))
    return words[cut - 1]


def _owned_person(ent: Span) -> list[tuple[Span, str]]:
    """A person's name that the tagger ran together with the body owning it ("Piper
    Jaffray's Gene Munster", "Google's Larry Page"): the body, and the person after the
    possessive. Any other name as it is."""
    if ent.label_ != "PERSON":
        given = _given_name_left_out(ent)
        if given is not None:
            return [(ent.doc[given.i : ent.end], "PERSON")]
        if _named_after_a_person_noun(ent) or _speaker_by_given_name(ent):
            return [(ent, "PERSON")]
        return [(ent, _label(ent))]
    if ent.text.lower() in outlets.platform_words():
        # a platform tagged a person: where words were put ('On Twitter, the senator said',
        # 'circulated on Twitter'), no one's name; the company where it acts ('Twitter announced')
        where = ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("on", "via", "through", "across", "to")
        return [] if where else [(ent, "ORG")]
    if all(t.is_alpha and t.is_lower for t in ent) and ent.root.pos_ == "NOUN" and not _person_word(ent.root.lemma_.lower()):
        return []  # a thing's noun in lower case the tagger took for a name ('his old van', 'van' a Dutch particle): no one (not 'the original photographer')
    if _named_for_someone(ent) or armed_group(ent.text) or _named_as_a_body(ent):
        return [(ent, "ORG")]  # (a group the tagger took for a person: 'Boko Haram'; 'his firm Pruitt Roofing', a review of FNC bodies, Random(12020))
    if len(ent) == 1 and ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("in", "near") and ent.root.head.i == ent.start - 1:
        return [(ent, "GPE")]  # ('a teacher in Lyon', the one word tagged a person: where someone is, not who; no 'she' is it)
    if _where_someone_is_from(ent):
        return [(ent, "GPE")]  # ('Omar Haddad, 36, from Yorkshire': where he is from, which a later 'she' is not)
    for t in ent[1:-1]:
        if t.tag_ == "POS" and t.i + 1 < ent.end and ent.doc[t.i + 1].text[:1].isupper():
            body, person = ent.doc[ent.start : t.i], ent.doc[t.i + 1 : ent.end]
            if _name_words(body) and len(_name_words(person)) >= 2:
                return [(body, "ORG"), (person, "PERSON")]
    return [(ent, ent.label_)]


_BODY_OR_PLACE = frozenset({"ORG", "FAC", "GPE", "NORP", "LOC", "PRODUCT"})


def role_initials_plural(tok: Token) -> bool:
    """The plural of a role's initials ('MPs', 'CEOs', 'MEPs'; role_nouns.txt): people, as
    'lawmakers' are, though the tagger often makes them a body's name."""
    text = tok.text
    return len(text) > 2 and text.endswith("s") and text[:-1].isupper() and text[:-1].lower() in lexicon.words(ROLE_NOUNS)


def _named_after_a_person_noun(ent: Span) -> bool:
    """'Moroccan military expert Abderrahmane Mekkaoui told ...': a name of two or more
    capitalised words the tagger called a body, right after a noun for a person that it
    names (a role noun or one WordNet files under people, hung on the name as a compound):
    a person's name. Not a body's ('Investment firm Piper Jaffray', a firm is no person),
    nor one the lists know as a body or outlet."""
    if ent.label_ not in ("ORG", "GPE", "NORP") or len(ent) < 2 or ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "compound" or noun.head.i not in range(ent.start, ent.end) or not _person_word(noun.lemma_.lower()):
        return False
    if not all(t.is_title and t.is_alpha for t in ent):
        return False
    return not (_known_body(ent) or armed_group(ent.text) or outlets.lookup(ent.text) is not None)


def _speaker_by_given_name(ent: Span) -> bool:
    """'"...," Lena Holt said': a speaker's name of two or three capitalised words that opens
    on a given name (first_names.tsv, one borne nine times in ten by one sex), which the
    tagger called a body: a person. Only as the subject of a reporting verb, and not a name
    our lists know as a body's, nor one that ends on a body's word ('Johnson Controls
    Group')."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not all(t.is_title and t.is_alpha for t in ent):
        return False
    given = first_names().get(ent[0].lower_)
    if given is None or given[1] < 0.9 or _bodys_last_word(ent[-1].lower_) or noun_kinds().get(ent[-1].lower_) == "body":
        return False  # (not 'Warner Bros', 'Johnson Controls Group': a body's word last; 'Dawson', a town's, may be a surname)
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is not None and (before.lower_ == "the" or before.pos_ == "NOUN" and before.dep_ == "compound"):
        return False  # (no person's name takes 'the'; 'Investment firm Piper Jaffray' is a firm)
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_.lower() not in lexicon.words(REPORTING_VERBS):
        return False
    return not (_known_body(ent) or armed_group(ent.text))


def _given_name_left_out(ent: Span) -> Token | None:
    """'Olumide Bakare told CNN', 'Asim Qureshi told reporters': the tagger called the
    surname alone a body or a place and left out the given name before it, a capitalised
    word no dictionary has (nor first_names.tsv, from the US census) hung on it as a
    compound. The two are a person's name; None otherwise."""
    if ent.label_ not in ("ORG", "GPE") or len(ent) != 1 or ent.start == 0:
        return None
    first, last = ent.doc[ent.start - 1], ent[0]
    if first.ent_type_ or first.pos_ != "PROPN" or not first.is_title or not first.is_alpha or first.dep_ != "compound" or first.head.i != last.i:
        return None
    if not last.is_title or not last.is_alpha or last.dep_ not in ("nsubj", "nsubjpass"):
        return None  # (a speaker's name, the subject of its verb: not 'Gulf Air', 'Lake Chad')
    kinds = noun_kinds()
    if first.lower_ in kinds or last.lower_ in kinds or _title(first.text) or first.i > 0 and first.doc[first.i - 1].pos_ == "PROPN":
        return None
    if _known_body(ent) or armed_group(f"{first.text} {last.text}") or outlets.lookup(f"{first.text} {last.text}") is not None:
        return None
    return first


def pair_word(head: Token) -> bool:
    """'both', 'both women', 'the two men', 'the pair', 'the couple', 'the trio': words for
    two or three people named together just before (not a body, whatever WordNet's kind of
    a group says: 'The trio said' was typed an organisation)."""
    kids = {c.lower_ for c in head.children}
    if head.lower_ == "both" and head.pos_ in ("PRON", "DET", "NOUN"):
        return True
    if head.lemma_.lower() in ("pair", "couple", "duo", "trio") and "the" in kids:
        return True
    return head.tag_ == "NNS" and head.lemma_.lower() in people_nouns() and ("both" in kids or "two" in kids and "the" in kids)


def _bodies_tagged_people(out: dict[int, tuple[Span, str]]) -> set[int]:
    """A name the tagger calls a person in some sentences and a body or a place in others
    ('Boko Haram', 'Border Patrol', 'Sugarhill Gang') is a body's when nothing in the
    article marks it a person's: none of its words is a first name, no title stands before
    it, and it is not the end of a longer person's name ('Zehaf-Bibeau' after 'Michael
    Zehaf-Bibeau'). On FNC bodies the tags of such names were mostly wrong the other way:
    the groups outnumbered the people about twenty to one. Then a body's first word alone
    after its full name is that body's short form: their starts are returned."""
    key = {start: tuple(w.lower() for w in _name_words(ent)) for start, (ent, _) in out.items()}
    seen: dict[tuple[str, ...], set[str]] = {}
    for start, (_, label) in out.items():
        seen.setdefault(key[start], set()).add(label)
    people = [w for w, labels in seen.items() if "PERSON" in labels]
    titled = {
        key[start]
        for start, (ent, _) in out.items()
        if ent.start > 0 and _title(ent.doc[ent.start - 1].text) and ent.doc[ent.start - 1].lower_ != "the"
        or _title(ent[0].text) and ent[0].lower_ != "the"
    }
    relabelled: set[tuple[str, ...]] = set()
    for start, (ent, label) in list(out.items()):
        words = key[start]
        if (
            label == "PERSON"
            and len(words) >= 2
            and seen[words] & _BODY_OR_PLACE
            and words not in titled
            and not _has_first_name(words)
            and not any(len(p) > len(words) and p[-len(words) :] == words for p in people)
        ):
            out[start] = (ent, "ORG")
            relabelled.add(words)
    # a body's first word alone, after the body is named in full by a name found above or one
    # that ends in a word for a body: 'Virgin' after 'Virgin Media', 'Lakeshore' after
    # 'Lakeshore Group' (not 'Banksy', named alone long before 'Banksy YouTube'; not 'Eamon'
    # after 'Eamon O'Hare', whatever the tagger calls him)
    named: dict[str, int] = {}
    for start, (_, label) in sorted(out.items()):
        words = key[start]
        if len(words) >= 2 and (words in relabelled or label == "ORG" and _bodys_last_word(words[-1])):
            named.setdefault(words[0], start)
        elif len(words) == 1 and words[0] not in named:
            named[words[0]] = -1  # alone first: its own name
    short = set()
    for start, (ent, label) in list(out.items()):
        words = key[start]
        if label == "PERSON" and len(words) == 1 and named.get(words[0], -1) >= 0 and not _has_first_name(words) and not any(p[-1] == words[0] for p in people if len(p) >= 2):
            out[start] = (ent, "ORG")
            short.add(start)
    return short


def _bodys_last_word(word: str) -> bool:
    """'Group', 'Ministry', 'Times': a word that ends a body's name (source_nouns.txt's
    bodies, company_suffixes.txt, media_words.txt)."""
    return word in body_nouns() or word in lexicon.words(COMPANY_SUFFIXES) or word in lexicon.words(MEDIA_WORDS)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Every first name of the census lists, either sex's (first_names.tsv)."""
    return frozenset(line.split("\t")[0] for line in lexicon.lines(FIRST_NAMES))


def _has_first_name(words: Iterable[str]) -> bool:
    """One of the words is a first name (of either sex): the name may be a person's."""
    return any(w.lower() in _given_names() for w in words)


def _named_for_someone(ent: Span) -> bool:
    """A body's name the tagger calls a person's because a person's name is in it: its last
    word is a word for an institution, capitalised ('St Mary's Hospital', 'Kingsley
    Foundation'), and a possessive sits inside it or none of its words is a first name
    (not 'Margaret Court')."""
    last = ent[-1]
    if len(ent) < 2 or not last.text[:1].isupper() or last.lemma_.lower() not in body_nouns():
        return False
    return any(t.tag_ == "POS" for t in ent[:-1]) or not _has_first_name(_name_words(ent))


def _label_word(tok: Token) -> bool:
    """A capitalised word alone before a colon opening its line ('Babić: "..."'), a speaker's
    label whatever the tagger made of the name (extract/colon.py)."""
    doc = tok.doc
    return tok.is_title and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":" and (tok.i == 0 or doc[tok.i - 1].is_space)


def _surname_variants(lone: list[str], full: set[str], given: set[str]) -> dict[str, str]:
    """A one-word name that is no one's surname but one letter away from the surname of
    exactly one person the article names in full, with the same first letter and at least
    four letters ('Cooke' for 'Jennifer Cook', 'Munstr' for 'Gene Munster', 'Fuetnes' for
    'Tom Fuentes'): a misspelling of it; or that surname without its particle ('Munajjid'
    for 'Mohammed Saleh al-Munajjid'). Not a plural or possessive in 's' ('the Clintons'),
    nor a word that has a first name of its own in the article (then it is someone else, and
    in `full`), nor a word `given` before another word of a name ('Jang' of 'Jang Jin-sung',
    a surname written first)."""
    out = {}
    for w in set(lone) - full - given:
        if len(w) < 4:
            continue
        near = [s for s in full if _particle(s) == w]  # (the name itself before a misspelling of another)
        if not near:
            near = [s for s in full if len(s) >= 4 and s[0] == w[0] and w != s + "s" and _one_edit(w, s)]
        if len(near) == 1:
            out[w] = near[0]
    return out


def _particle(surname: str) -> str | None:
    """The surname after a short particle joined by a hyphen ('al-munajjid' -> 'munajjid',
    'el-sisi' -> 'sisi'): the name news style also writes alone."""
    head, _, rest = surname.partition("-")
    return rest if rest and 1 < len(head) <= 3 and "-" not in rest else None


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter changed, added or dropped, or two letters side by side
    swapped ('Fuetnes', 'Fuentes')."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _particle_surname(words: list[str], named_in_full: set[str]) -> bool:
    """'De Vries added' after 'Jan de Vries': a surname that opens with its particle
    (name_particles.txt), the end of a person's name given in full in the story."""
    if len(words) < 2 or words[0].lower() not in lexicon.words(NAME_PARTICLES):
        return False
    tail = " " + " ".join(words).lower()
    return any(name.endswith(tail) for name in named_in_full)


def _named_after_a_body_noun(ent: Span) -> bool:
    """'Investment firm Raymond James said', 'the law firm Baker Botts': a name the tagger
    made a person's, right after a noun for a body (body_nouns) that the parser hung on it;
    'Bank manager Tom Hill' has a noun for a person last."""
    if not ent.start:
        return False
    before = ent.doc[ent.start - 1]
    if before.pos_ != "NOUN" or before.tag_ != "NN" or before.lemma_.lower() not in body_nouns():
        return False
    return before.head.i in range(ent.start, ent.end) and before.dep_ == "compound"  # (as its apposition, _kind_before's)


def _the_outlet(ent: Span) -> bool:
    """A name with 'the' that the outlet gazetteer knows ('The Chosun Ilbo reported'): a
    masthead, whatever person the tagger made of it; no one's own name takes 'the'."""
    the = ent[0].lower_ == "the" or ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    return the and outlets.lookup(ent.text) is not None


def _after_comma(ent: Span) -> Span | None:
    """The words after the last comma inside a name, if any ('Apple Watch Sport, Munster')."""
    commas = [t.i for t in ent[1:-1] if t.text == ","]
    return ent.doc[commas[-1] + 1 : ent.end] if commas else None


@per_doc
def surnames(doc: Doc) -> frozenset[str]:
    """Last words of the people the article names in full ('John Petrides' -> 'petrides'),
    whatever the tagger called them where a name's own words say it is a person's ('Glyn
    Davies, the top U.S. envoy', tagged a body: _label)."""
    return frozenset(
        e[-1].lower_ for e in doc_ents(doc)
        if len([t for t in e if t.is_alpha]) >= 2 and (e.label_ == "PERSON" or e.label_ in ("ORG", *_THING_LABELS) and _label(e) == "PERSON")
        and not armed_group(e.text)  # ('the Shabab' after 'Al-Shabab', tagged a person)
    )


# labels the tagger gives a name it took for a thing: after a quotation, 'Asim Qureshi,
# research director at ...' was a WORK_OF_ART; a person's role in apposition says otherwise
_THING_LABELS = ("WORK_OF_ART", "PRODUCT", "EVENT", "FAC", "LAW")


def _label(ent: Span) -> str:
    """The NER label, corrected where a person is tagged ORG: 'Councillor Priya Nandakumar'
    (a name led by a person's title or role word, inside the name or just before it: 'anchor
    Lester Holt') is a person; so is a surname alone of a person named in full ('Gertz's
    report' after 'Bill Gertz')."""
    if ent.label_ == "ORG" and len(ent) == 1 and (ent[0].lower_ in surnames(ent.doc) or _role_in_apposition(ent) and not _known_body(ent) and not ent[0].is_upper):
        return "PERSON"  # ('Mishaal, an angry blogger': one name, a person's role after it; not a dateline's 'PROVO, Utah, ... -- A Utah man')
    if ent.label_ == "ORG" and len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ != "the" and _title(ent.doc[ent.start - 1].text) and ent[0].is_title:
        return "PERSON"  # ('Mr Pym said', the name alone tagged a body: a title is a person's)
    if ent.label_ == "ORG" and len(ent) == 1 and (_mostly_a_person(ent.doc).get(ent[0].text, False) or ent[0].text in _titled_surnames(ent.doc)):
        return "PERSON"  # ('Schukraft said', tagged a body where the tagger called the word a person twice before; 'Pym told reporters' where 'Mr. Pym' comes later)
    if ent.label_ == "ORG" and len(ent) == 1 and ent[0].is_title and _with_an_age(ent) and not _known_body(ent):
        return "PERSON"  # ('According to Reuters, Smith, 54, has told his staff', the surname alone tagged a body)
    if ent.label_ in _THING_LABELS and len(ent) >= 2 and _role_in_apposition(ent):
        return "PERSON"  # ('Asim Qureshi, research director at the rights group', tagged a work of art after a quotation)
    if ent.label_ == "PERSON" and named_in_words(ent):
        return "ORG"  # ('Celeb Tracker noted': words, no one's name)
    if ent.label_ == "ORG" and len(ent) >= 2:
        first = ent[0].lower_.rstrip(".")
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        if not _titled_body(ent) and (
            _title(first)
            and first != "the"
            or first in lexicon.words(ROLE_NOUNS)
            or _role_before_name(_words(ent.text))
            or _role_in_apposition(ent)
            or before is not None and before.dep_ == "compound" and ent.start <= before.head.i < ent.end and before.lower_ in lexicon.words(ROLE_NOUNS)
            # ('During the telecast anchor Lester Holt said': the role word right before a
            # given name, whatever the parser hung it on)
            or before is not None and before.lower_ in lexicon.words(ROLE_NOUNS) and ent[0].lower_ in _given_names()
            or _person_by_surname(ent)
            or _given_name_with_a_persons_mark(ent)
        ):
            return "PERSON"
    return ent.label_


def _only_where_from(head: Token, src: Span) -> bool:
    """Nothing in the source after its head but where the person is from ('The 19-year-old,
    from Dover, Kent'): the description is the head's, as if it ended there."""
    tail = [t for t in src if t.i > head.i and not t.is_punct]
    return bool(tail) and all(any(a.dep_ == "prep" and a.lower_ == "from" and a.head.i == head.i for a in (t, *t.ancestors)) for t in tail)


def _where_someone_is_from(ent: Span) -> bool:
    """A one-word name after 'from' on a person ('Omar Haddad, 36, from Yorkshire', 'a man
    from Bunbury', 'The 19-year-old, from Dover, Kent'), or set after such a place as its
    county, no given name: where the person is from, which the tagger took for a person."""
    county = ent.root.dep_ == "appos" and ent.root.head.ent_type_ == "GPE" and ent.root.head.i < ent.start  # ('Dover, Kent': a place's county, whatever name it shares)
    if len(ent) != 1 or ent[0].lower_ in _given_names() and not county:
        return False
    place = ent.root.head if county else ent.root
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ != "from":
        return False
    owner = prep.head
    if owner.lower_ == "old" and _AGE.search(owner.doc[owner.left_edge.i : owner.i + 1].text):
        return True  # 'The 19-year-old, from Dover': a person by their age
    return owner.ent_type_ == "PERSON" or owner.pos_ == "NOUN" and (_person_word(owner.lemma_.lower()) or owner.lemma_.lower() in person_nouns())


def _named_as_a_body(ent: Span) -> bool:
    """A name the tagger called a person's set after a word for a firm or a group, in
    apposition to it (body_anaphors.txt: 'his firm Pruitt Roofing', 'His company, Mark
    Oberholtzer Plumbing'): the body's name. (Not a description after a name, 'Christine
    Gutleben, ..., the largest animal protection group', whose parse may hang on the name.)"""
    root = ent.root
    return root.dep_ == "appos" and root.head.lemma_.lower() in lexicon.words(BODY_ANAPHORS) and root.head.i < ent.start


def _titled_body(ent: Span) -> bool:
    """A title or role word that opens a body's name ('General Motors', 'Justice
    Department', 'General Mills'): the last word a body's or a plural, which no person's
    name ends on; 'the Justice Department' as the tagger spans it."""
    if len(ent) > 2 and ent[0].lower_ == "the":
        ent = ent[1:]
    first = ent[0].lower_.rstrip(".")
    words = [t for t in ent[1:] if t.is_alpha]
    if not words or not (_title(first) and first != "the" or first in lexicon.words(ROLE_NOUNS)):
        return False
    if _has_first_name(t.text for t in words[:-1]) or any(t.lower_ == "of" for t in ent):
        return False  # 'Sgt Gill Cherry of Cumbria Police': a person of the body
    return _bodys_last_word(words[-1].lemma_.lower()) or words[-1].tag_ == "NNPS"


def _body_name(ent: Span) -> list[str]:
    """A body's name: its words, the title word that opens it kept ('General Motors')."""
    if _titled_body(ent):
        words = _words(ent.text)
        return words[1:] if words and words[0].lower() == "the" else words
    return _name_words(ent)


@per_doc
def _titled_surnames(doc: Doc) -> frozenset[str]:
    """Words the article writes alone after a person's title anywhere ('Mr. Pym', 'Dr
    Okoye'), so that the same word alone elsewhere is that person's surname: not a title
    that opens a body's name ('General Motors', 'Lord Abbett'), which runs on to a second
    capitalised word or is tagged a body as a whole."""
    out = set()
    for t in doc[1:-1]:
        before, after = doc[t.i - 1], doc[t.i + 1]
        if (t.is_title and t.is_alpha and before.lower_ != "the" and _title(before.text) and not after.is_title
                and not (t.ent_type_ == "ORG" and before.ent_type_ == "ORG")):
            out.add(t.text)
    return frozenset(out)


@per_doc
def _mostly_a_person(doc: Doc) -> dict[str, bool]:
    """For each word the tagger labels alone, whether it called it a person more often than a
    body ('Schukraft said' after two 'Schukraft's it took for a person)."""
    counts: dict[str, list[int]] = {}
    for e in doc_ents(doc):
        if len(e) == 1 and e.label_ in ("PERSON", "ORG"):
            counts.setdefault(e.text, [0, 0])[e.label_ == "ORG"] += 1
    return {w: c[0] > c[1] for w, c in counts.items()}


def named_in_words(span: Span) -> bool:
    """A name of two words or more, each an English noun (WordNet's, extract/senses.py),
    none a given name or a title, the last no word for a person ('Gadget Pulse', 'Car
    Crushing'; not 'Catholic Priest'): a
    publication's or a firm's, as a person's name holds a given name or a surname no
    dictionary has ('Olumide Bakare')."""
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    if len(words) < 2 or len(words) > 4 or not all(t.is_title for t in words):
        return False
    if _person_word(words[-1].lemma_.lower()) or _role_word(words[-1].text):
        return False  # a person's description, capitalised ('a Massachusetts Catholic Priest')
    given, kinds = first_names(), noun_kinds()
    return all(t.lower_ not in given and not _title(t.text) and (t.lower_ in kinds or t.lemma_.lower() in kinds) for t in words)


def _person_by_surname(ent: Span) -> bool:
    """'Comcast's Jason Livingood wrote ... Livingood concluded', tagged a body: a name of two
    or three words that opens on a first name (first_names.tsv) and that the article takes up
    again by its last word alone, as it does a person's, not a firm's ('Morgan Stanley' is
    taken up as 'Morgan Stanley', 'Stanley analysts' no name alone; 'Philip Morris' never as
    'Morris'). A first word the list and the dictionary lack ('Sundar Pichai ... Pichai
    added') counts where the tagger itself calls the last word alone a person."""
    words = [t for t in ent if t.is_alpha]
    if any(not t.is_alpha and not t.is_space for t in ent):
        return False  # ('Al-Shabaab', 'Al-Qaeda': one word, its article no first name)
    if not 2 <= len(words) <= 3 or not all(t.is_title for t in words):
        return False
    last = words[-1]
    if last.lemma_.lower() in body_nouns() or _known_body(ent):
        return False
    if words[0].lower_ not in _given_names():
        first = words[0].lower_
        if first in noun_kinds() or words[0].lemma_.lower() in noun_kinds() or not _mostly_a_person(ent.doc).get(last.text, False):
            return False
    return any(not (ent.start <= i < ent.end) for i in _lone_names(ent.doc).get(last.text, ()))


def _given_name_with_a_persons_mark(ent: Span) -> bool:
    """'Gemma Prosser, 19, who witnessed the attack, said', "The BBC's Anna Holt says",
    tagged a body: a name of two or three words that opens on a first name (first_names.tsv),
    with an age set off after it, a 'who' clause on it or an outlet owning it, as only a
    person's has."""
    words = [t for t in ent if t.is_alpha]
    if not 2 <= len(words) <= 3 or words[0].lower_ not in _given_names() or words[-1].lemma_.lower() in body_nouns() or _known_body(ent):
        return False
    if _with_an_age(ent):
        return True  # ', 19,'
    if any(c.dep_ == "poss" and c.i < ent.start and outlets.lookup(c.text) is not None for c in ent.root.children):
        return True  # "The BBC's Anna Holt": an outlet's reporter (the guideline: a named journalist is a person)
    return any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in ent.root.children)


def _with_an_age(ent: Span) -> bool:
    """An age set off by commas right after the name ('Gemma Prosser, 19, said'), as only a
    person's has."""
    doc, k = ent.doc, ent.end
    return k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and doc[k + 1].text.isdigit() and 0 < int(doc[k + 1].text) < 120 and doc[k + 2].text == ","


@per_doc
def _lone_names(doc: Doc) -> dict[str, list[int]]:
    """Capitalised words that stand alone as a noun phrase of their own, not beside another
    capitalised name nor in front of a noun ('Stanley analysts'): text -> their positions.
    A word in no dictionary counts where the tagger took it for a common noun ('Premji said',
    opening a sentence)."""
    out: dict[str, list[int]] = {}
    for t in doc:
        if not t.is_title or t.dep_ == "compound" or not (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.lower_ not in noun_kinds() and t.lemma_.lower() not in noun_kinds()):
            continue
        if t.i > 0 and doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN" or t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN":
            continue
        out.setdefault(t.text, []).append(t.i)
    return out


def named_by_participle(head: Token) -> bool:
    """A participle on the noun gives it a name ('A shopkeeper called Mary Dunleavy', 'an
    analyst named Yakoub Mustafa'; naming_participles.txt)."""
    return any(c.dep_ == "acl" and c.lower_ in lexicon.words(NAMING_PARTICIPLES) for c in head.children)


def _naming_participle(tok: Token) -> Token | None:
    """The participle that gives tok, a name, to the noun it hangs from ('named Yakoub
    Mustafa', 'identified as Father O'Neal'; naming_participles.txt), else None."""
    up = tok.head
    if tok.dep_ == "pobj" and up.lower_ == "as" and up.dep_ == "prep":
        up = up.head
    elif tok.dep_ not in ("oprd", "dobj", "attr"):
        return None
    if up.dep_ == "acl" and up.tag_ == "VBN" and up.lower_ in lexicon.words(NAMING_PARTICIPLES):
        return up
    return None


def _known_body(ent: Span) -> bool:
    """A name a list of ours knows as a body's: an outlet, a country (not a person's)."""
    return outlets.lookup(ent.text) is not None or outlets.is_country(ent.text)


def armed_group(name: str) -> bool:
    """The name is an armed group's (armed_groups.txt): 'Boko Haram', 'al-Shabab'; or opens
    with a word such names are made of (armed_name_words.txt: 'Ansar al-Deen', 'Jabhat
    al-Nusra'), before another name."""
    key = _group_key(name)
    if key in _armed_groups():
        return True
    words = key.split()
    opening = lexicon.words(ARMED_NAME_WORDS)
    # (with the article or linking particle such names carry, or two such words: not a
    # given name that happens to be one, 'Liwa Smith')
    return len(words) >= 2 and words[0] in opening and (words[1] in opening or any(w in _NAME_LINKS for w in words[1:]))


_NAME_LINKS = frozenset({"al", "el", "ul", "e", "ad", "ash", "as", "ar", "an", "at", "az", "i"})


@cache
def _armed_groups() -> frozenset[str]:
    return frozenset(_group_key(n) for line in lexicon.lines(ARMED_GROUPS) for n in line.split(" | "))


def _group_key(name: str) -> str:
    words = re.sub(rf"[{re.escape(HYPHENS)}\s]+", " ", name.replace("’", "'")).lower().split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _role_in_apposition(ent: Span) -> bool:
    """'Inaky Blanco, chief prosecutor for the state of Guerrero', 'Hansraj Chauhan, a former
    follower of the Dera': a name with a person's role, or a noun WordNet knows only as a
    person, in apposition after it names that person, whatever the tagger called it (not
    one news uses for a body: 'Human Rights Watch, a watchdog', body_agent_nouns.txt)."""
    root = ent.root
    if any(t.pos_ != "PROPN" and t.text not in ("-", "‐") for t in ent):
        return False  # (a hyphen joins a double surname: 'de Montfort-Laval')
    # (or the last of joined nouns, their modifiers shared: 'a former French army and NATO
    # head of engineering', a review of FNC bodies, Random(12020))
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    if any(c.lemma_.lower() in lexicon.words(BODY_AGENT_NOUNS) for c in appositions):
        return False  # ('Goldman Sachs, a lender and adviser to the government': a body's word first)
    roles = [g for c in appositions for g in (c, *(k for k in c.children if k.dep_ == "conj"))]
    return any(g.pos_ == "NOUN" and _person_word(g.lemma_.lower()) for g in roles)


def _person_word(lemma: str) -> bool:
    """A role noun, or a noun WordNet knows as a person (wordnet_person)."""
    return lemma in lexicon.words(ROLE_NOUNS) or wordnet_person(lemma)


def wordnet_person(lemma: str) -> bool:
    """A noun whose first sense in WordNet is a person ('one Twitter user', 'the militant',
    'a cleric'), unless news uses it for a firm (body_agent_nouns.txt: 'his employer') or
    it is a word for the media ('an affiliate', 'our correspondent': outlet_words.txt)."""
    return noun_kinds().get(lemma) == "person" and lemma not in lexicon.words(BODY_AGENT_NOUNS) and lemma not in outlets.media_words()


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
        elif text == "”" and depth == 0 and i + 1 < len(toks) and toks[i + 1].is_alpha and not t.whitespace_ and (i == 0 or toks[i - 1].text in (".", "!", "?", ":") or toks[i - 1].is_space):
            depth += 1  # a closing mark typed for the opening one, at a sentence's start before a word ('... Omar Hale. ”Chillin with ...,” he tweeted')
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
    # (a passive's agent is its doer: 'was raised by X'; not a source in an 'as' clause, 'As
    # reported by Mail Online, she said')
    subject = dep in _SUBJ or dep == "pobj" and t.head.dep_ == "agent" and not any(c.dep_ == "mark" for c in t.head.head.children)
    # (and the one 'according to' names, who speaks in that sentence as a subject would:
    # 'According to Hale, the staff had trained. "...," he said')
    according = t.head.head if dep == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according" else None
    subject = subject or according is not None and not (
        according.head.lemma_.lower() in _speech_verbs() and any(c.dep_ in _SUBJ for c in according.head.children)
    )  # (not 'According to Fashionista, the editor said: ...', where the editor speaks)
    # (and the one a sentence with no verb is about: 'Not for Karla Gallegos of Chile.
    # "Too expensive," she said', a review of FNC bodies, Random(11717))
    # (not a name that is the whole line: a post's signature, '— Barbara Kay (@BarbaraRKay)')
    subject = subject or dep == "pobj" and t.head.dep_ == "ROOT" and not any(w.pos_ in ("VERB", "AUX") for w in t.sent)
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
        self.outlet_at: list[tuple[int, EntityDraft]] = []  # where outlets are named
        self.variant: dict[str, str] = {}  # a surname spelt otherwise once ('cooke') -> the full name's ('cook')
        self.short_forms: set[int] = set()  # starts of names that are a body's first word alone ('Virgin' after 'Virgin Media')
        self.acronyms: dict[str, str] = {}  # 'who' -> the key of the name it was defined for ('World Health Organisation (WHO)')
        self.body_at: list[tuple[int, EntityDraft]] = []  # where sources resolved to a body stand
        self.issued: dict[str, EntityDraft] = {}  # a document noun -> the issuer its first mention named ('A video released by X')
        self.site_at: list[tuple[int, EntityDraft]] = []  # where unnamed sites speak ('A satirical website claimed')
        self.unnamed_at: list[tuple[int, str, str, EntityDraft]] = []  # (head, lemma, tag, draft) of unnamed sources ('a source close to the family')
        self.spoke_at: list[tuple[int, EntityDraft]] = []  # every source's head and entity, in the order resolved
        self.place_bodies: list[tuple[str, str, EntityDraft]] = []  # (noun, place, body): 'Nigeria's government'
        self.toks = list(doc)  # made once: spaCy builds a new Token on every doc[i]
        self.quoted = _quoted(self.toks)
        self.sent_of = self._sentence_numbers()
        self.captions = self._caption_sentences()
        named = self._named_sites()
        self._read()
        self._in_reading_order(named)
        for span in outlets.site_mentions(doc):
            for t in span:
                if t.i in self.at:
                    self.at[t.i].site = True

    # -- building: one pass in reading order -------------------------------------------

    def _in_reading_order(self, drafts: list[EntityDraft]) -> None:
        """Drafts made before the reading pass, moved to where the article first names them,
        so that entities stay numbered in order of first appearance."""
        for d in drafts:
            self.order.remove(d)
        for d in drafts:
            start = d.mentions[0][0]
            at = next((k for k, o in enumerate(self.order) if o.mentions and o.mentions[0][0] > start), len(self.order))
            self.order.insert(at, d)

    def _named_sites(self) -> list[EntityDraft]:
        """Outlets the article names by a web address or a name no NER tagged
        (outlets.outlet_mentions: 'website nationalreport.net', 'Website Grail-watch.com', 'A
        site called iKwiz', 'the Rodong Sinmun newspaper'): what a later 'the site' or 'the
        article' refers to, as a tagged name would be. The drafts it makes, for
        _in_reading_order."""
        made: list[EntityDraft] = []
        for span in outlets.outlet_mentions(self.doc):
            if any(t.ent_type_ in _NAMED for t in span) or not any(outlets.domain_name(t) or t.pos_ == "PROPN" or t.ent_type_ for t in span):
                continue  # (a tagged name is read with the others, in _read)
            words = list(_words(span.text))
            if words and words[0].lower() == "the":
                words = words[1:]
            if not words:
                continue
            draft, new = self._named_body(words)
            if new:
                made.append(draft)
            draft.outlet = True
            draft.mentions.append((span.start_char, span.end_char))
            self.outlet_at.append((span.start, draft))
            for t in span:
                self.at[t.i] = draft
        return made

    def _caption_sentences(self) -> frozenset[int]:
        """The sentences of a line that captions a picture ('Pictured is Sir Ian McKellan, who
        played ...', 'Factory worker Leonid Tenkaev pictured in 2004. He claimed ...'): a line
        with a sentence that opens on 'Pictured', or that opens on a name or noun with
        'pictured' right after it; not prose that says someone was pictured ('who was pictured
        holding ...', 'she is pictured left'). A name in one is no antecedent for a pronoun
        outside its line: the caption sits beside the story, not in its run."""
        text = doc_text(self.doc)
        self.line_of: list[int] = []  # where each token's line starts, found in one pass (a line of a megabyte is no quadratic scan)
        start = prev = 0
        for t in self.toks:
            nl = text.rfind("\n", prev, t.idx)
            start, prev = (nl + 1 if nl >= 0 else start), t.idx
            self.line_of.append(start)
        lines: set[int] = set()
        for t in self.toks:
            if t.lower_ != "pictured" or self.quoted[t.i]:
                continue
            opening: list[Token] = []  # the line's words before it, up to the seven the test below needs
            j = t.i - 1
            while j >= 0 and self.line_of[j] == self.line_of[t.i] and len(opening) < 7:
                if not self.toks[j].is_space:
                    opening.insert(0, self.toks[j])
                j -= 1
            if t.text == "Pictured" and (not opening or t.is_sent_start) or opening and len(opening) <= 6 and opening[-1].pos_ in ("PROPN", "NOUN") and not any(k.lemma_ in ("be", "have") for k in opening):
                lines.add(self.line_of[t.i])
        return frozenset(self.sent_of[t.i] for t in self.toks if self.line_of[t.i] in lines)

    def _seen_from(self, m: Mention, pos: int) -> bool:
        """A mention a pronoun at token pos may refer back to: not one in a caption line
        other than its own."""
        return m.sent not in self.captions or pos < len(self.toks) and self.line_of[m.tok] == self.line_of[pos]

    def _sentence_numbers(self) -> list[int]:
        """Each token's sentence, counting only sentences with words of the article's own: not
        a quotation, nor an embedded post with its signature ('Six days of darkness? — Jen
        Mara (@jenmara) December 21, 2014'), so that a run of pasted tweets does not push 'the
        website' out of reach of the site named before them."""
        pasted = [False] * len(self.toks)
        for (start, _), m in posts(doc_text(self.doc)):
            span = self.doc.char_span(start, m.end(), alignment_mode="expand")
            if span is not None:
                pasted[span.start : span.end] = [True] * len(span)
        out = [0] * len(self.doc)
        n = 0
        for sent in self.doc.sents:
            if any(
                self.toks[i].is_alpha and not self.quoted[i] and not pasted[i]
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
        surnames = {last for _, last, _ in persons if last} | set(self.variant)
        firsts = {others[0] for others, _, _ in persons if others}
        offices: list[Token] = []
        waiting: list[tuple[int, Token]] = []  # spokespeople whose body is named after them
        i = 0
        while i < len(doc):
            while waiting and waiting[0][0] < i:
                _, tok = waiting.pop(0)
                if tok.i not in self.at and (body := self._body_of(tok, ahead=True)) is not None:
                    self._mention(tok, self._voice(tok, body))
            if i in names:
                ent, label = names[i]
                if label == "PERSON" and (outlets.named_in_article(doc, ent.text) or _the_outlet(ent)):
                    self._organisation(ent, "ORG")  # 'a report published by Unam Noticias', 'The Chosun Ilbo', tagged a person
                elif label == "PERSON" and len(ent) == 1 and ent.start and doc[ent.start - 1].lower_ == "the":
                    self._organisation(ent, "ORG")  # 'the Observatory', tagged a person: no person's name takes 'the'
                elif label == "PERSON" and _named_after_a_body_noun(ent):
                    self._organisation(ent, "ORG")  # 'Investment firm Raymond James', tagged a person
                elif label == "PERSON":
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
                found = self._shown_before(tok) or self._pronoun(tok)
                if found is not None:
                    self._mention(tok, found)
            elif (
                tok.dep_ in _SUBJ
                and tok.pos_ == "NOUN"
                and tok.lemma_.lower() in voice_nouns()
                and not self.quoted[i]
                and not _former(tok)
                and (body := self._body_of(tok, ahead=False)) is not None
            ):
                self._mention(tok, self._voice(tok, body))
            elif tok.dep_ in _SUBJ and tok.pos_ == "NOUN" and tok.lemma_.lower() in voice_nouns() and not self.quoted[i] and not _former(tok) and tok.right_edge.i > tok.i:
                # 'A spokeswoman for Acme said ... she said': the body is read once the loop
                # is past its name, as a voice for the pronouns after it
                waiting.append((tok.right_edge.i, tok))
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
            elif tok.i not in self.at and tok.dep_ in _SUBJ and not self.quoted[i]:
                offices.append(tok)
            i += 1
        for tok in offices:  # once every name is read, for 'the leader of X ... X leader Y'
            self._office(tok)

    def _unnamed(self, tok: Token) -> None:
        """An unnamed person in subject position ('A 104-year-old woman from Texas said'):
        a candidate for the pronouns that follow, so that they do not go to a named person
        of the wrong kind ('gave Dr. Pepper some publicity ... she claimed')."""
        if self.quoted[tok.i]:
            return
        key = "mention:" + tok.lemma_.lower()
        draft = self.by_key.get(key)
        if draft is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and any(m.draft is draft and m.tok != tok.i for m in self.mentions):
            key, draft = f"{key}@{tok.i}", None  # 'A man then appears' after 'A hooded man said': an indefinite brings in someone new
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

    def _office(self, tok: Token) -> None:
        """A person known by an office of a named place or body ('The Archbishop of
        Camerino-San Severino said', 'the mayor of Glendale said'): one person, whom the
        article identifies uniquely (the guideline, section 4: a person identified 'by a
        relation to a named person or body'), a candidate for the pronouns that follow; the
        person the article names with that role, where it does."""
        if tok.tag_ not in ("NN", "NNP") or not _role_word(tok.text) or tok.ent_type_:
            return
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return
        place = [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN"
        ]
        if len(place) != 1 or any(t.ent_type_ == "PERSON" or t.dep_ == "appos" for t in tok.subtree):
            return  # 'The mayor of Glendale, Jerry Weiers,': the name is there
        phrase = self.doc[tok.i : place[0].i + 1]
        found = self._description(tok, phrase) or next(iter(self._named_later(tok, phrase, _role_gender(tok.text))), None)
        if found is not None:
            return  # someone the article names with the role: the source step finds them
        key = "office:" + phrase.text.lower()
        draft = self.by_key.get(key)
        if draft is None:
            draft = EntityDraft(name=phrase.text, type="person", key=key, gender=_role_gender(tok.text))
            draft.learn(tok.lemma_.lower())
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
        for ent in doc_ents(doc):
            ent = _with_apostrophe_surname(ent)
            if len(ent) == 1 and ent[0].tag_ == "NNS" and noun_kinds().get(ent[0].lemma_.lower()) == "person" and (ent[0].is_sent_start or ent[0].is_lower):
                # a plural of people the tagger took for a name ('Eyewitnesses said' tagged a
                # place), capitalised only as a sentence's first word (not 'Davies', read as
                # a plural of 'davy')
                continue
            if len(ent) == 1 and role_initials_plural(ent[0]):
                continue  # 'Two MPs tweeted', tagged a body: people, no name
            if len(ent) == 1 and ent.label_ == "PERSON" and _record_at_the_start(ent[0]):
                continue  # 'Audio obtained by the paper shows', 'Research has shown', tagged a person
            if ent.start > 0 and doc[ent.start - 1].text == "#" and not doc[ent.start - 1].whitespace_:
                continue  # a hashtag ('#JO' on a caption line) names no one who speaks
            if _name_words(ent):
                for part, label in _owned_person(ent):
                    for body in _bodies_in(part) if part == ent else [part]:
                        out[body.start] = (body, label)
        for span in self._missed_names():
            out[span.start] = (span, "PERSON")
        for span in self._missed_bodies():
            for start in [k for k, (e, _) in out.items() if span.start <= e.start < span.end]:
                del out[start]  # ('Scottish' of 'The Scottish SPCA', tagged a nationality)
            out[span.start] = (span, "ORG")
        _across_a_nickname(doc, out)
        _split_in_two(doc, out)
        self._defined_acronyms(out)
        self.short_forms = _bodies_tagged_people(out)
        full = {
            last
            for others, last, _ in (
                _split_name(_name_words(e))
                for e, lab in out.values()
                if lab == "PERSON"
            )
            if others
        }
        variants = _surname_variants(
            [w[0].lower() for e, _ in out.values() if len(w := _name_words(e)) == 1]
            + [t.lower_ for t in self.toks if t.is_title and (t.pos_ == "PROPN" and t.dep_ in _SUBJ or _label_word(t)) and not t.ent_type_ and not _record_at_the_start(t)],  # (one the NER missed)
            {x for x in full if x},
            {w.lower() for e, lab in out.values() if lab == "PERSON" for w in _name_words(e)[:-1]},
        )
        self.variant.update(variants)
        named_in_full = {" ".join(_name_words(e)).lower() for e, lab in out.values() if lab == "PERSON" and len(_name_words(e)) > 2}
        for start, (ent, label) in list(out.items()):
            after = _after_comma(ent)
            if after is not None and len(_name_words(after)) == 1 and _name_words(after)[0].lower() in full:
                # 'Starting with Apple Watch Sport, Munster expects': the tagger ran a name
                # over a comma into the surname of a person named in full
                del out[start]
                ent, label, start = after, "PERSON", after.start
                out[start] = (ent, label)
            words = _name_words(ent)
            lone = len(words) == 1 and (words[0].lower() in full or words[0].lower() in variants)
            lone = lone or _particle_surname(words, named_in_full)
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

    def _defined_acronyms(self, out: dict[int, tuple[Span, str]]) -> None:
        """'The World Health Organisation (WHO)', 'the Islamic State of Iraq and Syria (ISIS)':
        a name whose capitalised words' initials spell the capitals in brackets after it is one
        name, however the tagger cut it ('Islamic State of Iraq' | 'Syria'), without the
        brackets, and the acronym alone later names the same body."""
        doc, toks = self.doc, self.toks
        for p in range(1, len(toks) - 2):
            acr = toks[p + 1].text
            if toks[p].text != "(" or toks[p + 2].text != ")" or not (2 <= len(acr) <= 8 and acr.isalpha() and acr.isupper()):
                continue
            start = None
            for s in range(p - 1, max(-1, p - 12), -1):
                if toks[s].is_punct or self.quoted[s] != self.quoted[p - 1]:
                    break
                caps = [t.text[0] for t in toks[s:p] if t.text[:1].isupper()]
                if toks[s].text[:1].isupper() and "".join(caps).upper() == acr.upper() and len(caps) >= 2:
                    start = s
            if start is None:
                continue
            if toks[start].lower_ == "the":
                start += 1
            # a name the acronym leaves a word of stays whole ('the Scottish Society for the
            # Prevention of Cruelty to Animals (SPCA)')
            start = min([start] + [k for k, (ent, _) in out.items() if k < start < ent.end])
            held = sorted((k, v) for k, v in out.items() if start <= k < p or k == p + 1)
            labels = [lab for _, (_, lab) in held]
            # a person's initials stay a person's; a body named with a place in it is the body
            label = "PERSON" if labels and all(lab == "PERSON" for lab in labels) else next((lab for lab in labels if lab not in ("PERSON", "GPE", "LOC", "NORP")), "ORG")
            for k, _ in held:
                del out[k]
            for k, (ent, _) in list(out.items()):
                if k < start < ent.end:
                    del out[k]  # a name running into this one from before
            name = doc[start:p]
            out[start] = (name, label)
            self.acronyms[acr.lower()] = _key(label, name)

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

    def _missed_bodies(self) -> list[Span]:
        """Bodies the NER missed: a body's initials as the subject of a clause, outside any
        entity, with the capitalised words that modify it ('The Scottish SPCA has received
        hundreds of messages', where only 'Scottish' is tagged), so that 'the charity' and
        'a spokeswoman for the charity' after it can stand for it (_body_anaphor)."""
        doc, out = self.doc, []
        for tok in self.toks:
            if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "NORP") or tok.dep_ not in _SUBJ or self.quoted[tok.i] or not initialism(tok):
                continue
            if _ROMAN.fullmatch(tok.text):
                continue  # 'King Abdullah II of Jordan', the parse's subject: a king's number
            start = tok.i
            while start > tok.sent.start and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head.i == tok.i and doc[start - 1].text[:1].isupper():
                start -= 1
            out.append(doc[start : tok.i + 1])
        return out

    @staticmethod
    def _loose_name(tok: Token, surnames: set[str], firsts: set[str]) -> bool:
        """A surname of a person in the story that the NER missed here ('Petrides said',
        'McAuliffe has said'), or a first name alone as a proper noun ('Crooked Hillary')."""
        if not tok.is_title:
            return False
        word = tok.lower_.strip(_STRIP)
        if word in surnames:
            return tok.pos_ == "PROPN" or tok.dep_ in (*_SUBJ, "poss") or _label_word(tok)
        return word in firsts and tok.pos_ == "PROPN"

    def _mention(self, tok: Token, draft: EntityDraft) -> None:
        weight, subject = _weight(tok)
        self.mentions.append(
            Mention(
                tok.i, draft, weight, self.sent_of[tok.i], self.quoted[tok.i], subject
            )
        )
        self.at[tok.i] = draft
        if tok.lower_ in _gender() and tok.pos_ == "PRON" and not self.quoted[tok.i]:
            g = _gender()[tok.lower_]
            draft.votes[g] = draft.votes.get(g, 0) + 1

    def _person(self, ent: Span) -> EntityDraft:
        doc = self.doc
        words = _name_words(ent)
        while len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in _headline_verbs():
            words.pop()  # a headline's verb the tagger took into the name ('Obama Says ...')
        first = ent[0]
        if len(words) > 2 and words[0] == first.text and first.is_sent_start and first.tag_ in ("JJ", "VBN", "VBD") and first.lower_ not in first_names():
            words.pop(0)  # an adjective before the name, capitalised as the sentence's first word ('Heartbroken Maria Lopez')
        others, last, suffix = _split_name(words)
        lead = [
            w.lower().rstrip(".")
            for w in _words(ent.text)[: len(_words(ent.text)) - len(words)]
        ]
        if ent.start and _title(doc[ent.start - 1].text):
            lead.insert(
                0, doc[ent.start - 1].lower_.rstrip(".")
            )  # 'Dr' left out of the entity
        title_gender = next((_gender()[w] for w in lead if w in _gender()), None)
        if not others and last in self.variant:
            last = self.variant[last]  # 'Cooke said' after 'Jennifer Cook'
        draft = self._match(others, last, suffix, title_gender, ent.start)
        name = " ".join(words)
        key = "person:" + " ".join((*others, last or "", suffix or "")).strip()
        if draft is None and key in self.by_key and self.by_key[key].type == "organization":
            draft = self.by_key[key]  # a name its descriptors made an organisation ('Boko Haram')
        if draft is None:
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
            if w != "the" and (_title(w) or w in lexicon.words(ROLE_NOUNS)):
                draft.learn(w)
        if _role_before_name(_words(ent.text)):  # 'Guerrero State Prosecutor | Inaky Blanco'
            titled = [t for t in ent if t.i < ent.end - len(words) and t.lower_ != "the"]
            if titled:
                draft.add_descriptor(" ".join(t.text for t in titled), titled)
        self._descriptors_around(ent, draft)
        if ent.start >= 2 and doc[ent.start - 1].tag_ == "POS":
            owner = self.at.get(doc[ent.start - 2].i)
            if owner is not None and owner.type == "organization":
                draft.add_descriptor(owner.name)  # "Piper Jaffray's Gene Munster"
        if draft.type == "person" and not draft.gender and not draft.name_gender and draft.roles & body_nouns():
            draft.type = "organization"  # 'Islamist group Boko Haram', tagged a person
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
            # a first name alone ('Crooked Hillary'), when it is one person's; one the census
            # list lacks ('Nikolai' of 'Nikolai Kryaglyachenko') too, when it is nobody's surname
            fits = [
                d
                for d in self.order
                if d.type == "person"
                and d.first == last
                and not suffix
                and (last in first_names() or not same)
            ]
            if len(fits) != 1:
                return None
        if not fits:
            return None
        if gender and len(fits) > 1:
            # 'Mrs. Clinton' where Bill and Hillary Clinton are both named: the one whose
            # title or first name tells her sex
            agree = [d for d in fits if (d.gender or _named_as(d.first)) == gender]
            fits = agree or fits
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
        if gender and not d.gender and (named := _named_as(d.first)) not in (None, gender) and d.votes.get(named) and not d.votes.get(gender):
            # 'Miss Berg' after 'Tom Berg', whom a 'he' has stood for: his sister, not he (a
            # first name alone never splits: 'Ms Phillips' after 'Jess Phillips', 'Mr Castex'
            # after 'Jean Castex', names the census gives mostly to the other sex)
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
        words = [w.lower() for w in _body_name(ent)]
        if len(words) == 1 and words[0] in self.acronyms:
            key = self.acronyms[words[0]]  # 'WHO' after 'the World Health Organisation (WHO)'
        draft = self.by_key.get(key)
        if draft is None and len(words) == 1:
            # 'Palace' after 'Buckingham Palace', 'the Journal' after 'The Wall Street Journal'
            draft = next(
                (d for d in reversed(self.order) if d.type != "person" and d.key.startswith(("org", "fac", "gpe", "norp"))
                 and len(d.name.split()) > 1 and _head_of_name(d.name) == words[0]),
                None,
            )
        if draft is None and ent.start in self.short_forms:
            draft = self._short_form(words[0])  # 'Virgin' after 'Virgin Media' (not 'Apple', tagged a body of its own, after 'Apple Watch')
        if draft is None and len(words) == 1 and 2 <= len(words[0]) <= 6 and ent.text.strip().split()[-1].isupper():
            # 'The DFP reports' after 'the Detroit Free Press', 'The LCC said' after 'the Local
            # Coordination Committees': an acronym no brackets defined, of a body named before
            draft = next((d for d in reversed(self.order) if d.key.startswith("org") and _initials(d.name) == words[0]), None)
        if draft is None:
            draft = EntityDraft(
                name=" ".join(_body_name(ent)), type=_NAMED[label], key=key
            )
            self.by_key[key] = draft
            self.order.append(draft)
        draft.mentions.append((ent.start_char, ent.end_char))
        for t in ent:
            self.at[t.i] = draft
        if label in ("ORG", "PERSON") and (draft.outlet or outlets.outlet_name(self.doc, ent, ent.root) is not None):
            draft.outlet = True
            self.outlet_at.append((ent.start, draft))
        return draft

    def _short_form(self, word: str) -> EntityDraft | None:
        """A body named before in two words or more whose first word this is: 'Virgin'
        after 'Virgin Media', 'Goldman' after 'Goldman Sachs'."""
        return next(
            (d for d in reversed(self.order) if d.type == "organization" and not d.outlet and len(d.name.split()) > 1 and d.name.split()[0].lower() == word),
            None,
        )

    def _outlet(self, src: Span, head: Token) -> EntityDraft | None:
        """The outlet a source names: the proper name in it ('The Mexican newspaper El
        Proceso' -> El Proceso; 'The Mail on Sunday', however the tagger cut it); 'the
        paper', 'the report' -> the outlet the article named last, a few sentences back
        (_last_outlet), or the unnamed site that spoke last (_unnamed_site)."""
        doc = self.doc
        lemma = head.lemma_.lower()
        name = outlets.outlet_name(doc, src, head)
        if name is None:
            definite = any(c.lower_ == "the" for c in head.children)
            owned = any(c.dep_ in ("poss", "compound") for c in head.children)
            # 'the autopsy report from the family's pathologist' names whose it is
            owned = owned or any(c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in head.children)
            # ('The website for the Islamic tribunal states': the tribunal's own, its object
            # a body or lost to the parse; not 'The paper, for its part, said')
            owned = owned or any(
                c.dep_ == "prep"
                and c.lower_ == "for"
                and all(g.pos_ == "PROPN" or g.lemma_.lower() in body_nouns() or noun_kinds().get(g.lemma_.lower()) == "body" for g in c.children if g.dep_ == "pobj")
                for c in head.children
            )
            if head.pos_ == "NOUN" and head.tag_ == "NN" and lemma in lexicon.words(OUTLET_ANAPHORS) and definite and not owned:
                return self._anaphor_outlet(head)
            if lemma == _WIRE_NOUN and head.tag_ == "NN" and definite and all(c.lower_ in ("the", "news", "wire") for c in head.children):
                return self._news_agency(head)
            paper = _medium_owner(head) if lemma in lexicon.grouped(NEWS_WORKS)["report"] else None
            if paper is not None:
                # 'The newspaper's report', 'The report by the aforementioned publication': the
                # outlet that noun stands for (the guideline: a news outlet's report is the outlet)
                return self._anaphor_outlet(paper)
            return None
        start = src.start_char + src.text.find(name)
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None:
            return None
        # (a name the tagger took for a nationality stays a name after the noun it names:
        # 'The Israeli newspaper Haaretz', not the outlet named before it)
        # (and a capitalised word the NER calls a body, whatever its tag: 'The Independent
        # newspaper', its name read as an adjective, is no 'the newspaper' of one named before;
        # a brand in lower case, 'iGen')
        names = [t for t in span if t.pos_ == "PROPN" and (t.ent_type_ not in ("NORP", "GPE") or t.tag_ == "NNP" and t.i > head.i and head.pos_ == "NOUN") or outlets.domain_name(t)
                 or t.ent_type_ == "ORG" and t.is_title and t.i != head.i and not t.is_sent_start or outlets.brand_word(t)]
        if not names:
            # (not an indefinite noun: 'An article from a fake MSNBC website', its name tagged
            # a common noun, is a work not named yet; 'the paper', 'that newspaper' stand for
            # the outlet named before)
            indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE_DETS for c in head.children)
            # (nor someone's paper: 'according to her local paper' is hers, not the outlet
            # named before)
            indefinite = indefinite or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children) and outlets.names_a_newspaper(head)
            if lemma == _WIRE_NOUN and not indefinite:
                return self._news_agency(head)  # ('the news agency')
            return self._anaphor_outlet(head) if lemma in lexicon.words(OUTLET_ANAPHORS) and not indefinite else None
        if head.pos_ == "NOUN" and not head.text[:1].isupper():
            span = doc[names[0].i : names[-1].i + 1]  # the name beside the noun
            if span.end < len(doc) and doc[span.end].tag_ == "POS" and outlets.listed_with_s(doc[span.start : span.end + 1].text):
                span = doc[span.start : span.end + 1]  # ("a Barron's report")
        words = _words(span.text)
        while len(words) > 1 and (words[0].lower() == "the" or _site_word(words[0])):
            words = words[1:]  # (and 'Website' of 'Website Pricewatch.com')
        if not words or words[0].lower() == "the":
            return None
        low = [w.lower() for w in words]
        draft = None
        for _, d in reversed(self.outlet_at):
            dl = d.name.lower().split()
            if dl == low or (len(low) < len(dl) and dl[: len(low)] == low):
                draft = d  # 'The Mail' after 'The Mail on Sunday'
                break
            if len(low) > len(dl) and low[: len(dl)] == dl:
                d.name, draft = " ".join(words), d  # the fuller name
                break
            if len(words) == 1 and words[0].isupper() and _short_for(words[0], d.name):
                draft = d  # 'the WSJ' after 'The Wall Street Journal', 'AP' after 'The Associated Press'
                break
        if draft is None:
            draft, _ = self._named_body(words)
        draft.outlet = True
        self.outlet_at.append((head.i, draft))
        return draft

    def _told_to(self, i: int) -> bool:
        """The outlet named at token i is one something was told or confirmed to ('told CBS
        News', 'confirmed the details to CBS News'): a medium spoken to, not a publisher."""
        tok = _name_head(self.toks[i])
        if tok.dep_ == "pobj" and tok.head.lower_ == "to":
            return tok.head.head.lower_ != "according"  # (not 'According to a report by Bloomberg')
        return tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() == "tell"

    def _news_agency(self, head: Token) -> EntityDraft | None:
        """'the agency', 'the news agency' after 'Agence France-Presse reported': the outlet
        named last, a few sentences back, where it is a news agency (outlets.txt's "wire")
        and no other body was named since the start of its sentence ('the agency' after a
        ministry is the ministry's kind as often). A review of FNC bodies, Random(12424):
        left unresolved, typed an organisation."""
        here = self.sent_of[head.i]
        last = max(((i, d) for i, d in self.outlet_at if i < head.i and here - self.sent_of[i] <= _WINDOW), key=lambda x: x[0], default=None)
        listed = outlets.lookup(last[1].name) if last is not None else None
        if last is None or listed is None or listed.kind != "wire":
            return None
        since = self.sent_of[last[0]]
        if any(self.sent_of[i] >= since and i < head.i and d.type == "organization" and not d.outlet for i, d in self.at.items()):
            return None  # (nor one named in the wire's own sentence: 'The EPA fined the plant, Reuters reported. The agency said ...')
        self.outlet_at.append((head.i, last[1]))
        return last[1]

    def _anaphor_outlet(self, head: Token) -> EntityDraft | None:
        """What an outlet anaphor ('the paper', 'the website') stands for: the outlet named
        last, else the unnamed site that spoke last, else the body that last reported."""
        return self._last_outlet(head) or self._unnamed_site(head) or self._reporting_body(head)

    def _named_body(self, words: list[str]) -> tuple[EntityDraft, bool]:
        """The organisation these words name, made if the article has not named it yet (and
        whether it was made here)."""
        key = "org:" + " ".join(w.lower() for w in words)
        draft = self.by_key.get(key)
        if draft is not None:
            return draft, False
        draft = EntityDraft(name=" ".join(words), type="organization", key=key)
        self.by_key[key] = draft
        self.order.append(draft)
        return draft, True

    def _last_outlet(self, head: Token) -> EntityDraft | None:
        """The outlet named or referred to last, at most _WINDOW sentences before; an
        anaphor that finds it refers to it again, so that 'the website' ten sentences on
        finds it through 'the report' and 'the article' between. One the article names itself
        comes before one named only inside another's words (_reported); 'the newspaper' is no
        site the article named as a site. Not where the same noun came in since with 'a' in a
        sentence that does not name the outlet ('according to a website officials set up.
        "Help us," the website says'), nor where an unnamed site spoke since: the anaphor is
        that one."""
        pos = head.i
        here = self.sent_of[pos]
        printed = head.lemma_.lower() in outlets.print_nouns()  # ('the newspaper' is no site named as one)
        before = [(i, d) for i, d in self.outlet_at if i < pos and here - self.sent_of[i] <= _WINDOW and not (printed and d.site) and not imitated(self.doc[i])]
        if head.lemma_.lower() in lexicon.grouped(NEWS_WORKS)["report"]:
            # 'the report' is one an outlet published, not one told to an outlet ('... according
            # to a report in the Boston Globe. An official confirmed the details to CBS News.
            # ..., the report said': the Globe's)
            before = [x for x in before if not self._told_to(x[0])] or before
        if not before:
            return None
        # an outlet named only inside what another source said ('They claimed the BBC had
        # confirmed it') is less salient than one the article itself names (Lappin and Leass
        # weigh a mention by its depth): the paper or report referred to is the latter's
        told = {id(d) for i, d in before if not self._reported(i)}
        at, found = max((x for x in before if id(x[1]) in told or not told), key=lambda x: x[0])
        if head.lemma_.lower() in outlets.site_nouns() and any(at < i < pos for i, _ in self.site_at):
            return None  # an unnamed site spoke since: 'the site' is that one (_unnamed_site)
        # (where it was named only in passing, from the window's start: 'A satirical website
        # ... in the style of the CCTV website ... the site' is an unnamed one of its own)
        since = at + 1 if told else bisect.bisect_left(self.sent_of, here - _WINDOW)
        if any(
            not any(  # not 'X published a story', 'the website posted a story'
                (self.at.get(x.i) is found or x.lemma_.lower() in lexicon.words(OUTLET_ANAPHORS) and any(c.lower_ == "the" for c in x.children))
                and (told or not self._reported(x.i))
                for x in t.sent
            )
            for t in self._introduced(head.lemma_.lower(), since, pos)
        ):
            return None
        self.outlet_at.append((pos, found))
        return found

    def _unnamed_site(self, head: Token) -> EntityDraft | None:
        """The unnamed site a definite 'the site' or 'the website' stands for where no outlet
        is named since: the last one that spoke, a few sentences back ('A satirical website
        has poked fun at ... The site warns ...'); and 'the article', 'the story' brought in
        with 'an' in that site's own sentence ('a website posted an article claiming ... The
        article claimed ...')."""
        lemma = head.lemma_.lower()
        if not any(c.lower_ == "the" for c in head.children):
            return None
        here = self.sent_of[head.i]
        before = [(i, d) for i, d in self.site_at if i < head.i and here - self.sent_of[i] <= _WINDOW]
        if not before:
            return None
        at, found = max(before, key=lambda x: x[0])
        if lemma in outlets.site_nouns():
            if any(self.at.get(t.i) is not found for t in self._introduced(lemma, at + 1, head.i)):
                return None  # 'Officials then set up a website ... The site says': that one
        elif lemma in lexicon.grouped(NEWS_WORKS)["report"]:
            works = self._introduced(lemma, bisect.bisect_left(self.sent_of, self.sent_of[at]), head.i)
            if not works or any(self.sent_of[t.i] != self.sent_of[at] for t in works):
                return None  # (a story of no site's, or one brought in since)
        else:
            return None
        self.site_at.append((head.i, found))  # referred to again: the next 'the site' finds it here
        return found

    def _reporting_body(self, head: Token) -> EntityDraft | None:
        """Where no outlet or unnamed site is about, the body that last did what a news medium
        does (news_verbs.txt: 'Movie Pilot reports that ...', an organisation to the tagger)
        is what 'the publication' or 'the website' means, a few sentences on: an outlet from
        then on. Only a medium's noun ('the report' may be any body's), and not a body the
        article calls by name since, nor one inside another's words."""
        if head.lemma_.lower() not in outlets.medium_nouns() or not any(c.lower_ == "the" for c in head.children):
            return None
        here = self.sent_of[head.i]
        start = bisect.bisect_left(self.sent_of, here - _WINDOW)
        verbs = lexicon.words(NEWS_VERBS)
        works = lexicon.grouped(NEWS_WORKS)["report"]
        for t in reversed(self.toks[start : head.i]):
            verb = t.head
            if t.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or self._reported(t.i) or imitated(t):
                continue  # (nor the outlet a hoax page imitates, the parser's subject of what the page did)
            told = verb.lemma_.lower() == "report" and any(c.dep_ == "ccomp" for c in verb.children)
            if not (told or any(c.dep_ == "dobj" and c.lemma_.lower() in works for c in verb.children)):
                continue  # a story reported or run ('reports that ...', 'ran a story'), not 'could run you thousands'
            found = self.at.get(t.i)  # the subject's own name, not a word inside it ('Several Iraqi news sources')
            if found is None or not found.key.startswith("org:") or any(w.lower() in body_nouns() for w in found.name.split()):
                continue  # (nor a body by its noun: 'The Health Ministry reported that ...', whose website is its own)
            found.outlet = True
            self.outlet_at.append((head.i, found))
            return found
        return None

    def _reported(self, i: int) -> bool:
        """Whether the word at i stands inside what someone is said to have said (in
        quotation marks, or in the clause an active verb of speech takes: 'They said the BBC
        had ...'; not a passive 'is shown', as a caption run into the text parses, nor 'Court
        filings show the Sun paid ...', the article's own statement) or in a relative clause on
        'which' that describes another site or outlet in passing ('The site, which copies the
        style of the CCTV website, warns ...'). The cost: an outlet named only so yields to
        one the article names itself up to _WINDOW sentences back."""
        if self.quoted[i]:
            return True
        tok = self.toks[i]
        while tok.head.i != tok.i:
            verb = tok.head
            if tok.dep_ == "relcl" and tok.i != i and _of_a_site(verb) and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in tok.children):
                return True  # ('which appeared to be ...'; not a 'where' clause, which a long sentence's parse may hang everything on)
            if tok.dep_ == "ccomp" and verb.lemma_.lower() in _speech_verbs() and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                return True
            tok = tok.head
        return False

    def _introduced(self, lemma: str, start: int, end: int) -> list[Token]:
        """The places between start and end where this noun comes in with 'a' ('a Chinese
        company', 'a website officials set up'): a definite one after them is that one. Site
        nouns count as one noun ('a satirical website ... the site'), and a study, survey or
        audit as a report ('published a study of the levees. "...," the report said')."""
        sites = outlets.site_nouns()
        studies = lexicon.words(STUDY_NOUNS) if lemma == "report" else frozenset()
        return [
            t
            for t in self.toks[max(start, 0) : end]
            if (t.lemma_.lower() == lemma or lemma in sites and t.lemma_.lower() in sites or t.lemma_.lower() in studies)
            and t.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
        ]

    def _body_anaphor(self, head: Token) -> EntityDraft | None:
        """The body a subject 'it' or a definite 'the company' / 'the group' (body_anaphors.txt)
        stands for: the organisation named or speaking last, in the sentence before for 'it'
        ('Iraq's government later insisted ... It said'), a few sentences back for a noun; not
        an outlet, a place or a person. Not where the same noun came in since with 'a' ('a
        Chinese company ... the company said'): the noun is that one. A bare spokesperson
        ('A spokesman said') is the organisation that spoke last, in its sentence or the one
        before."""
        lemma = head.lemma_.lower()
        if _bare_spokesperson(head):
            # 'The Foreign Ministry said ... A spokesman said: ...': the body that spoke just
            # before, in this sentence or the last, named or by its common noun ('Police have
            # appealed for witnesses. A spokesman said ...')
            latest = max(((i, d) for i, d in self.spoke_at if i < head.i and self.sent_of[head.i] - self.sent_of[i] <= 1), key=lambda x: x[0], default=None)
            if latest is None or latest[1].type != "organization" or latest[1].outlet or not latest[1].key.startswith(("org:", "body:", "mention:")):
                return None
            return latest[1]
        if head.lower_ == "it" and head.pos_ == "PRON":
            if head.dep_ not in _SUBJ or self.quoted[head.i]:
                return None
            back = 1
        elif (
            head.pos_ == "NOUN"
            and head.tag_ == "NN"
            and lemma in lexicon.words(BODY_ANAPHORS)
            and any(c.lower_ == "the" for c in head.children)
            and not any(c.dep_ in ("poss", "prep") or c.dep_ == "compound" and not (_kind_word(c) and lemma != "department") for c in head.children)
        ):
            back = _WINDOW
            kind = self._named_with_its_kind(head, lemma)
            if kind is not None:
                self.body_at.append((head.i, kind))
                return kind
        else:
            return None
        return self._antecedent_body(head, lemma, back)

    def _named_with_its_kind(self, head: Token, lemma: str) -> EntityDraft | None:
        """'Investment firm Halvorsen Partners issued a report ... the firm calculates',
        'the airline Skyway', 'Halvorsen Partners, an investment firm': the body the article
        named with this very noun for its kind, the last one within the window, is what the
        noun stands for, whichever body spoke or was a subject since. Not where the noun
        came in since with 'a' of its own."""
        here = self.sent_of[head.i]
        found = None
        for t in self.toks[: head.i]:
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN" or here - self.sent_of[t.i] > _WINDOW or self.quoted[t.i]:
                continue
            names = [t.head] if t.dep_ in ("compound", "appos") else []
            names += [c for c in t.children if c.dep_ == "appos"]
            for n in names:
                d = self.at.get(n.i)
                if d is not None and d.type == "organization" and not d.outlet and not d.key.startswith("mention:"):
                    found = (t.i, d)
        if found is None or self._introduced(lemma, found[0] + 1, head.i):
            return None
        return found[1]

    def _named_by_its_kind(self, head: Token) -> EntityDraft | None:
        """'The Ministry of Transport issued figures. The ministry said ...', '... the Eastern
        Statistics Bureau ... the bureau said': a definite common noun for the kind of body
        that an organisation's name, given a few sentences back, holds as one of its words;
        the one named last. Not where the same noun came in since with 'a' (that one)."""
        if head.pos_ != "NOUN" or head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("poss", "prep", "compound", "amod") for c in head.children) or head.lower_ not in lexicon.words(INSTITUTION_KINDS):
            return None  # (not 'the army', 'the government': a country's own, named or not)
        word = head.lower_
        found = self._named_last(
            head, lambda i, d: d.type == "organization" and not d.outlet and d.key.startswith("org:") and not self.quoted[i]
            and word in {w.lower() for w in _WORD_RE.findall(d.name) if w[:1].isupper()}
        )
        if found is None or self._introduced(head.lemma_.lower(), found[0] + 1, head.i):
            return None
        return found[1]

    def _antecedent_body(self, head: Token, lemma: str, back: int) -> EntityDraft | None:
        """The organisation named or speaking last before head, within `back` sentences
        (_body_anaphor)."""
        here = self.sent_of[head.i]
        named = [
            (i, d)
            for i, d in self.at.items()
            if d.key.startswith("org:") and (not d.outlet or back == 1) and d.type == "organization"
            and (back > 1 or self.toks[i].dep_ in _SUBJ)
            and not (self.toks[i].dep_ == "compound" and self.toks[i].head.i not in self.at)  # 'Ferguson police officer'
            and not (back > 1 and self._a_product(d))
            and not _joined_to_a_place(self.toks[i])
        ]
        # an outlet that spoke, for 'it' in the next sentence ('The Kestrel Gazette reported
        # the arrest. It said ...'), as a body that spoke is
        bodies = {j for j, _ in self.body_at}
        told = list({i: d for i, d in self.spoke_at if back == 1 and d.outlet and d.type == "organization" and not d.site and i not in bodies}.items())
        spoke = bodies | {i for i, _ in told}
        # an unnamed body ('the government said') only for 'it' in the next sentence: 'the
        # group' a few sentences on is more often a body named since, not as a source
        spoken = [(i, d) for i, d in self.body_at if (back == 1 or not d.key.startswith("mention:")) and d.type != "person"] + told  # (not 'The spokesman for the club Ian Moss')
        # (with a word for its kind, not one named inside what the body itself says before its
        # closing tag: 'Jihadists said the woman served in the Israel Defense Forces, the
        # monitoring group said'; '..., the company says' is often the company the claim names)
        kind = any(c.dep_ == "compound" for c in head.children)
        claimed = {t.i for c in head.head.children if c.dep_ == "ccomp" and c.i < head.i for t in c.subtree} if kind and head.dep_ in _SUBJ else set()
        before = [(i, d) for i, d in named + spoken if i < head.i and 0 <= here - self.sent_of[i] <= back and not self.quoted[i] and i not in claimed]
        if not before:
            return None
        # the nearest sentence with one as a subject or a source (Lappin and Leass's subject
        # emphasis: 'When Apple unveiled its Apple Watch, the company said'), unless a
        # sentence nearer still names one otherwise, in this sentence or the last
        subjects = [(i, d) for i, d in before if i in spoke or self.toks[i].dep_ in _SUBJ]
        if back == 1 and any(i in spoke for i, _ in subjects):
            # 'The Observatory said ... since IS launched its offensive. It also said': the
            # body that spoke, not a subject inside what it said
            subjects = [(i, d) for i, d in subjects if i in spoke]
        near = [(i, d) for i, d in before if here - self.sent_of[i] <= 1]
        pool = subjects or near
        if not pool:
            return None
        last = max(self.sent_of[i] for i, _ in pool)
        if near and self.sent_of[max(i for i, _ in near)] > last:
            pool = near  # a body named in this sentence or the last, not as a subject
            last = max(self.sent_of[i] for i, _ in pool)
        at, found = max(((i, d) for i, d in pool if self.sent_of[i] == last), key=lambda x: x[0])
        if back > 1 and self._introduced(lemma, at + 1, head.i):
            return None
        self.body_at.append((head.i, found))
        return found

    def _a_product(self, draft: EntityDraft) -> bool:
        """'the Apple Watch', tagged a body: a maker's name and a singular noun for a thing
        (noun_kinds.tsv), the maker's name standing elsewhere in the article without it
        ('Apple CEO Tim Cook'); no 'the company' stands for it."""
        words = draft.name.split()
        if len(words) != 2 or not words[1][:1].isupper() or words[1].lower().endswith("s") or noun_kinds().get(words[1].lower()) != "thing":
            return False
        maker, thing = words
        return bool(_next_words(self.doc).get(maker, set()) - {thing})

    def _group_anaphor(self, head: Token) -> EntityDraft | None:
        """The body or outlet a subject 'they' stands for: the last main-clause subject in
        this sentence or the last, where that subject is a body named or speaking ('Ottawa
        police said ... They initially thought', 'IS is still holding him. They have
        tweeted photos', 'The two governments said ... They have not confirmed'). Not where
        that subject is anyone else ('Witnesses said Cirillo was shot. They said'), where
        people or another body were named since ('The Post quoted friends of his as saying
        they thought', 'CBS is not naming the company. They have hired a lawyer'),
        nor in a clause whose own subject is someone else ('a spokesman saying that they
        reached out'): nothing then says who they are."""
        if head.lower_ != "they" or head.pos_ != "PRON" or head.dep_ not in _SUBJ or self.quoted[head.i]:
            return None
        here = self.sent_of[head.i]
        bodies = {i: d for i, d in self.at.items() if d.key.startswith("org:") and d.type == "organization"}
        bodies.update((i, d) for i, d in self.body_at + self.outlet_at)
        people = people_nouns() - body_nouns()

        def body_of(tok: Token) -> EntityDraft | None:
            if tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in people:
                return None  # 'Eyewitnesses said', tagged a name at a sentence start
            if tok.i in bodies:
                return bodies[tok.i]
            if tok.pos_ != "PROPN":
                return None  # 'Homeland Security sources': the sources, not the body
            return next((bodies[i] for i in range(tok.i, tok.left_edge.i - 1, -1) if i in bodies), None)

        start = head.i
        while start > 0 and here - self.sent_of[start - 1] <= 1:
            start -= 1
        last: tuple[Token, EntityDraft | None] | None = None
        for tok in self.toks[start : head.i]:
            verb = tok.head
            main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
            if tok.dep_ not in _SUBJ or self.quoted[tok.i] or not main or tok.lower_ == "they" and body_of(tok) is None:
                continue  # (another 'they' between stands for the same: 'said that they ... They')
            last = (tok, body_of(tok))
        subject, body = last if last is not None else (head, None)
        if body is None:
            return None
        for t in self.toks[subject.i + 1 : head.i]:
            lemma = t.lemma_.lower()
            if not self.quoted[t.i] and (t.tag_ in ("NNS", "NNPS") and lemma in people or t.pos_ == "NOUN" and lemma in body_nouns() and body_of(t) is not body):
                return None  # people or another body named since ('friends of his', 'the company')
        verb = head.head
        while verb.head.i != verb.i and verb.dep_ != "ROOT":
            verb = verb.head
            own = next((c for c in verb.children if c.dep_ in _SUBJ), None)
            if own is not None:
                if own.i != subject.i and body_of(own) is not body:
                    return None
                break
        self.body_at.append((head.i, body))
        return body

    def _pair_anaphor(self, head: Token) -> EntityDraft | None:
        """'Both women say', 'the two men said', 'both told police': the people named together
        as the last subject in this sentence or the one before ('Maria Lopez and Janet Cole saw
        ...'), who speak as the first named (the guideline, section 3)."""
        they = head.lower_ == "they" and head.pos_ == "PRON"
        if head.dep_ not in _SUBJ or self.quoted[head.i] or not (pair_word(head) or they):
            return None
        here = self.sent_of[head.i]
        for tok in reversed(self.toks[: head.i]):
            if here - self.sent_of[tok.i] > 1:
                return None
            if tok.dep_ not in _SUBJ or self.quoted[tok.i] or they and tok.lower_ == "they":
                continue
            if not self._main_clause(tok) and not (tok.tag_ in ("NNS", "NNPS") or tok.lower_ in _GROUP_PRON or any(c.dep_ == "conj" for c in tok.children)):
                continue  # the subject of what the pair said ('... said the bus was late. They said'), which no 'they' is
            named: list[EntityDraft] = []
            for t in self.toks[tok.left_edge.i : tok.right_edge.i + 1]:
                d = self.at.get(t.i)
                if d is not None and d.type == "person" and d not in named:
                    named.append(d)
            joined = any(t.lower_ in ("and", "&") for t in self.toks[tok.left_edge.i : tok.right_edge.i + 1])
            if len(named) < 2 or not joined or they and self._others_since(tok.right_edge.i + 1, head.i, named):
                return None
            if they and self.at.get(tok.i) not in named:
                return None  # ('Lawyers for Maria Lopez and Janet Cole ... They said': the lawyers)
            return named[0]
        return None

    def _others_since(self, start: int, end: int, named: list[EntityDraft]) -> bool:
        """Someone else a 'they' could stand for, named in tokens [start, end): people in the
        plural ('police officers'), a body, or a person not of the pair."""
        people = people_nouns()
        for t in self.toks[start:end]:
            lemma = t.lemma_.lower()
            if t.tag_ in ("NNS", "NNPS") and (lemma in people or lemma in body_nouns()) or t.pos_ == "NOUN" and lemma in body_nouns():
                return True
            d = self.at.get(t.i)
            if d is not None and d not in named:
                return True
        return False

    # -- who speaks for whom ------------------------------------------------------------

    def _issuer(self, head: Token) -> EntityDraft | None:
        """Who a document is from or by, named in its own phrase (the guideline, section 3:
        the body that issued it): 'a message from Bruno', 'the fatwa, by Al Minjed', 'The
        NASA update' (a body's or person's name before a notice, source_nouns.txt), 'the
        ministry's statement' (its owner); not who published or passed it on ('a message
        published by SITE')."""
        notices = lexicon.grouped(SOURCE_NOUNS).get("notice", frozenset())
        for c in head.children:
            if c.dep_ == "compound" and c.i < head.i and c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PERSON") and head.lower_ in notices:
                found = self._named_at(c)
                if found is not None:
                    return found
            if c.dep_ == "compound" and c.i < head.i and c.pos_ == "NOUN" and c.lemma_.lower() in body_nouns() and head.lower_ in notices and not any(d.dep_ == "poss" for d in head.children):
                # 'a foreign ministry statement said', 'a police statement': the body its
                # words name (a review of FNC bodies, Random(11616), kept the whole phrase)
                place = _place_of(c) or _place_of(head, before=c.i)
                return self._place_body(c, place) if place is not None else self._body(c, head)
            if c.dep_ == "poss" and c.lower_ in ("his", "her") and head.lemma_.lower() in _document_nouns():
                found = self._pronoun(c)  # 'her projections call for ...': the analyst's
                if found is not None:
                    return found
            if c.dep_ == "poss" and head.lemma_.lower() in notices:
                found = self._named_at(c)
                if found is None and c.pos_ == "NOUN":
                    found = self._body_anaphor(c) or self._entity_of(head.doc[c.left_edge.i : c.i + 1], c, depth=1)[0]  # 'the company', 'his wife'
                if found is not None:
                    return found  # 'the ministry's statement', 'his wife's sign': its issuer's
            by = None
            if c.dep_ == "prep" and c.lower_ in ("from", "by"):
                by = c
            elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _put_out_verbs():
                # 'A video posted to YouTube by the Free Syrian Army', 'a statement issued by
                # the ministry': who put it out (not 'published by SITE', who passed it on)
                by = next((g for g in c.children if g.dep_ == "agent"), None)
            obj = next((g for g in by.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")), None) if by is not None else None
            if obj is not None and by is not None and by.lower_ == "from" and obj.ent_type_ in ("GPE", "LOC"):
                continue  # ('A fresh report from Korea': where it came from, no issuer)
            if obj is not None:
                found = self._named_at(obj) if obj.pos_ == "PROPN" else self._body_anaphor(obj) if any(d.lower_ == "the" for d in obj.children) else None
                if found is None and by is not None and by.dep_ == "agent" and head.lemma_.lower() in lexicon.words(PICTURE_NOUNS) and (obj.pos_ == "PROPN" or obj.lemma_.lower() in body_nouns()):
                    # 'A picture released by the Ukrainian army', 'a photo provided by the
                    # Nicaraguan Army': the body its words name, as a source would be (a
                    # review of FNC bodies, Random(11717)); a picture only ('emails provided
                    # by the committee' are someone else's words it handed over)
                    found = self._entity_of(obj.doc[obj.left_edge.i : obj.i + 1], obj, depth=1)[0]
                    found = found if found is not None and found.type in ("organization", "person") else None
                if found is not None:
                    return found  # ('a filing from the company': the company named before)
        if head.lemma_.lower() in notices and [c.lower_ for c in head.children if c.dep_ not in ("punct", "relcl") or c.dep_ == "relcl" and c.doc[c.left_edge.i - 1].text != ","] == ["the"]:
            return self._put_out(head)  # (with a clause of its own after a comma: 'The statement, which circulated on Twitter, said')
        return None

    def _put_out(self, head: Token) -> EntityDraft | None:
        """Who put out the notice 'the statement' stands for: the subject of the verb that
        took it with 'a' a few sentences back ('ISIS released a statement on Twitter. The
        statement said ...'; cue_verbs.txt's "author" verbs) or said something in it ('The
        Pentagon said in a statement that ...'), where that subject is named."""
        authors = lexicon.grouped(CUE_VERBS).get("author", frozenset()) | lexicon.words(REPORTING_VERBS)
        lemma = head.lemma_.lower()
        here = self.sent_of[head.i]
        for t in reversed(self.toks[: head.i]):
            if here - self.sent_of[t.i] > _WINDOW:
                return None
            if t.lemma_.lower() != lemma or not any(c.lower_ in ("a", "an") for c in t.children):
                continue
            if t.dep_ == "dobj":
                verb = t.head
            elif t.dep_ == "pobj" and t.head.lower_ == "in":
                verb = t.head.head
            else:
                return None  # the nearest one came another way: whose it is, the text does not say
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if verb.lemma_.lower() not in authors or subject is None:
                return None
            return self._named_at(subject) or self.at.get(subject.i)
        return None

    def _named_at(self, tok: Token) -> EntityDraft | None:
        """The entity a modifier or object token names ('Harper', 'his', 'Pentagon')."""
        if tok.lower_ in _ANAPHORS and tok.pos_ == "PRON":
            return self._pronoun(tok)
        t = _name_head(tok)
        return self.at.get(t.i) or self.at.get(tok.i)

    def _body_of(self, head: Token, ahead: bool) -> EntityDraft | None:
        """What a spokesperson or an official speaks for: 'the spokesman for Prime Minister
        X', 'an official with the State Department' (with `ahead`), 'Harper's spokesman', 'a
        Pentagon spokeswoman', 'a ministry spokesman' (the ministry the article named), 'a
        local police spokesman' (police).
        An official needs an institution ('government officials'), not a place ('U.S.
        officials' stay anonymous)."""
        lemma = head.lemma_.lower()
        official = not lemma.startswith("spokes")
        if ahead:
            for c in head.children:
                # ('an official with the State Department', 'a representative from the council',
                # 'a representative of Acme Plumbing')
                if c.dep_ == "prep" and (c.lower_ in ("for", "from", "with", "at", "of") or c.lower_ == "in" and not official):  # ('a spokesman in the French embassy')
                    obj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if obj is not None and c.lower_ == "in" and obj.ent_type_ in ("GPE", "LOC", "NORP", "FAC"):
                        continue  # ('a spokesman in Madrid': where they are, not what they speak for)
                    if obj is not None and not (official and c.lower_ != "for" and obj.ent_type_ in ("GPE", "NORP")):
                        found = self._named_at(obj)  # (not 'officials from Iran': a place)
                        if found is None and obj.pos_ == "NOUN" and any(d.lower_ == "the" for d in obj.children):
                            found = self._body_anaphor(obj)  # 'a spokeswoman for the charity': the charity named before
                        if found is not None and found.speaks_for is None:
                            return found
                        if found is None and not official and c.lower_ in ("for", "at", "with", "from", "in") and obj.pos_ in ("NOUN", "PROPN") and obj.lemma_.lower() in body_nouns():
                            # 'a spokesperson for the Iraqi health ministry', 'a spokeswoman
                            # at the Italian consulate': the body its place names, as 'an
                            # Iraqi health ministry spokesperson' (not 'a spokeswoman for the
                            # charity': which one, the text does not say)
                            place = _place_of(obj)
                            if place is not None:
                                return self._place_body(obj, place)
                        if found is None and not official and c.lower_ == "for" and _names_a_body(obj):
                            # 'a spokesman for the Scottish SPCA', 'for the RSPCA': a
                            # body's initials the tagger left out
                            return self._body(obj, head)
                        if (
                            found is None and not official and c.lower_ in ("for", "at") and obj.pos_ == "NOUN"
                            and (obj.lemma_.lower() in body_nouns() or noun_kinds().get(obj.lemma_.lower()) == "body")
                            and any(k.dep_ == "compound" and k.pos_ == "PROPN" and k.ent_type_ not in ("GPE", "NORP", "PERSON") for k in obj.children)
                            and not any(k.dep_ == "poss" for k in obj.children)  # (not 'for Cameron's Downing Street office': his)
                        ):
                            # 'A spokesman for the AutoNation dealership': the body its name
                            # before the noun says, by those words (a review of FNC bodies,
                            # Random(11414)); not another body of that noun named before
                            return self._named_body([t.text for t in obj.doc[obj.left_edge.i : obj.i + 1] if t.dep_ != "det"])[0]
        # (not a word on the line above, which the parser ran into the phrase: a caption's
        # 'YouTube Screenshot' over 'An Iraqi official told ...')
        text = doc_text(head.doc)
        mods = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod") and c.i < head.i and "\n" not in text[c.idx : head.idx]]
        for m in reversed(mods):
            found = self._named_at(m)
            if found is not None and found.speaks_for is None:
                if official and found.type == "organization" and m.ent_type_ in ("GPE", "NORP"):
                    return None
                return found if found.type != "other" else None
            if m.pos_ in ("NOUN", "PROPN") and m.lemma_.lower() in body_nouns():
                place = _place_of(m) or _place_of(head, before=m.i)
                if place is not None and m.pos_ == "NOUN":
                    return self._place_body(m, place)  # 'Nigerian government officials'
                specific = any(c.dep_ in ("poss", "compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_) for c in m.children)
                if official and not specific:
                    return None  # 'council officials' stay anonymous; 'Nigerian government officials' do not
                return self._body(m, head)
            if m.pos_ == "PROPN" and not official:
                return self._body(m, head)
            if m.dep_ == "poss" and m.pos_ == "NOUN" and any(c.lower_ == "the" for c in m.children) and _role_word(m.text):
                # "the actor's representatives": the person the article described so
                described = self._description(m, self.doc[m.left_edge.i : m.i + 1], lone=True)
                if described is not None and described.type == "person":
                    return described
        return None

    def _place_body(self, m: Token, place: Token) -> EntityDraft:
        """The institution of a place named by a common noun ('Nigeria's government', 'the
        Nigerian government', 'Nigerian government officials'): one body for the noun and
        the place, the country or its adjective alike, named as the article first names it."""
        lemma, where = m.lemma_.lower(), place.lower_
        for lem, pl, draft in self.place_bodies:
            if lem == lemma and _places_match(pl, where):
                return draft
        doc = self.doc
        own = [t for t in doc[min(place.i, m.left_edge.i) : m.i + 1] if t.dep_ != "det"]
        for t in self.toks[: m.i]:  # the first naming of this body in the article
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and t.dep_ != "compound" and not self.quoted[t.i]:
                named = _place_of(t)
                if named is not None and _places_match(named.lower_, where):
                    own = [x for x in doc[t.left_edge.i : t.i + 1] if x.dep_ != "det"]
                    break
        draft = EntityDraft(name=doc[own[0].i : own[-1].i + 1].text, type="organization", key=f"body:{where}:{lemma}")
        self.by_key[draft.key] = draft
        self.order.append(draft)
        self.place_bodies.append((lemma, where, draft))
        return draft

    def _body(self, m: Token, head: Token) -> EntityDraft:
        """An institution named by a common noun: its fullest earlier mention ('Iraq's
        interior ministry' for 'a ministry spokesman'), else its own words ('police')."""
        doc = self.doc
        own = [t for t in doc[m.left_edge.i : m.i + 1] if t.dep_ != "det"]
        best = own
        lemma = m.lemma_.lower()
        for t in reversed(self.toks[: m.left_edge.i]):
            if t.lemma_.lower() == lemma and t.pos_ in ("NOUN", "PROPN") and t.dep_ != "compound" and not self.quoted[t.i]:
                if t.i in self.at:
                    return self.at[t.i]
                phrase = [x for x in doc[t.left_edge.i : t.i + 1] if x.dep_ != "det"]
                if len(phrase) > len(best) and len(phrase) <= 5:
                    best = phrase
                break
        else:
            if len(own) == 1 and m.pos_ == "NOUN" and m.dep_ in ("compound", "poss") and lemma in lexicon.words(BODY_ANAPHORS):
                # 'Nestle put the rumours to rest: a company spokesperson told ...', 'the
                # company's chief spokesman said': the noun alone, never used before, stands
                # for the body named last, as 'the company' does
                found = self._antecedent_body(m, lemma, _WINDOW)
                if found is not None:
                    return found
        key = "body:" + lemma
        draft = self.by_key.get(key)
        name = doc[best[0].i : best[-1].i + 1].text
        if draft is None:
            draft = EntityDraft(name=name, type="organization", key=key)
            self.by_key[key] = draft
            self.order.append(draft)
        elif len(name) > len(draft.name):
            draft.name = name
        return draft

    def _voice(self, tok: Token, body: EntityDraft) -> EntityDraft:
        """The person who speaks for a body: a candidate for the pronouns that follow ('a
        ministry spokesman said ... he said'), standing for the body."""
        key = "voice:" + body.key
        draft = self.by_key.get(key)
        if draft is None:
            draft = EntityDraft(name=tok.text, type="person", key=key, speaks_for=body, gender=_role_gender(tok.text))
            draft.learn(tok.lemma_.lower())
            self.by_key[key] = draft
            self.order.append(draft)
        return draft

    def _descriptors_around(self, ent: Span, draft: EntityDraft) -> None:
        """'Former Kazakh intelligence chief Alnur Mussayev', 'Mussayev, a former spy,',
        'Lopez, 56,', 'Smith is a massage therapist', 'a homeless man named Thomas'."""
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
            and all(t.pos_ in ("NOUN", "ADJ", "PROPN", "NUM", "ADV") or t.dep_ == "amod" or t.tag_ == "HYPH" for t in left)
        ):  # 'the messaging app Chatterbox', 'photo-sharing service': a participle as modifier
            words = doc[left[0].i : ent.start]
            text = words.text
            if words[0].pos_ != "PROPN" and words[0].is_title:
                text = (
                    text[0].lower() + text[1:]
                )  # 'Former Kazakh ...' opening a sentence
            draft.add_descriptor(text, words)
        kind = self._kind_before(ent)
        if kind is not None and not (draft.type == "person" and kind.root.dep_ == "pobj" and not _role_word(kind.root.text) and not _person_word(kind.root.lemma_.lower())):
            draft.add_descriptor(kind.text, kind)  # (not 'the club' of 'The spokesman for the club Ian Moss': no person is a club)
        noun = root.head
        if (
            root.dep_ == "appos"
            and noun.i < ent.start
            and noun.pos_ == "NOUN"
            and noun.tag_ == "NN"
            and _role_word(noun.text)
            and noun.i - noun.left_edge.i <= 5
        ):  # "the man's attorney, Lopa Blumenthal,": the name in apposition to its role
            toks = [t for t in doc[noun.left_edge.i : noun.i + 1] if not (t.dep_ == "det" and t.i == noun.left_edge.i)]
            if toks:
                draft.add_descriptor(doc[toks[0].i : noun.i + 1].text, doc[toks[0].i : noun.i + 1])
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
        given = _named_noun(root)  # 'a homeless man named Thomas', 'a retired teacher called Olga Brandt'
        if given is not None and given.pos_ == "NOUN" and given.tag_ == "NN" and given.i - given.left_edge.i <= 5:
            toks = [t for t in doc[given.left_edge.i : given.i + 1] if not (t.dep_ == "det" and t.i == given.left_edge.i)]
            if toks:
                draft.add_descriptor(doc[toks[0].i : given.i + 1].text, doc[toks[0].i : given.i + 1])
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

    def _kind_before(self, ent: Span) -> Span | None:
        """A common noun phrase right before the name that the parser did not make part of
        it, saying what it is: 'the photo-sharing service Pixly' with the name as the noun's
        apposition, or as a second subject beside it ('The texting service | Glide has ...')."""
        doc = self.doc
        root = ent.root
        if ent.start == 0:
            return None
        prev = doc[ent.start - 1]
        if prev.pos_ != "NOUN" or prev.ent_type_:
            return None
        beside = root.dep_ == "appos" and root.head.i == prev.i
        split = prev.head.i == root.head.i and prev.dep_ == root.dep_ and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        if not (beside or split):
            return None
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.pos_ == "VERB" and any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in after.children):
            return None  # 'the company Conal works for': a relative clause, its preposition left at the end
        start = prev.left_edge.i + (doc[prev.left_edge.i].dep_ in ("det", "poss"))  # 'the', 'its' left out
        return doc[start : prev.i + 1] if prev.i + 1 - start <= 6 else None

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
            if back > _WINDOW or (m.quoted and not allow_quoted) or not self._seen_from(m, pos):
                continue
            w = m.weight + (35 if subject and m.subject else 0)
            out[id(m.draft)] = out.get(id(m.draft), 0.0) + w / (2**back)
        return out

    def _pronoun(self, head: Token) -> EntityDraft | None:
        """The most salient person before the pronoun whose gender does not clash with it;
        for '"...," he said' the speaker who carries on: the main subject of the nearest
        sentence before the quotation that has a fitting one."""
        want = _gender().get(head.lower_)
        reporter = self._reporter_above(head, want)
        if reporter is not None:
            return reporter
        beside = self._coarguments(head)
        start, back = self._quote_before(head), _WINDOW
        if start is None and head.dep_ in _SUBJ and not self.quoted[head.i]:
            start, back = head.i, _RECENT
        if start is not None:
            found = (self._introduced_before(start, want) if back == _WINDOW else None) or self._prior_subject(start, want, back)
            if found is not None and id(found) not in beside:
                return None if self._unnamed_since(found, head, want, after_quote=back == _WINDOW) else found
        ranked = self._salience(
            head.i, allow_quoted=self.quoted[head.i], subject=head.dep_ in _SUBJ
        )
        best, score = None, 0.0
        last_seen = {id(m.draft): m.tok for m in self.mentions if m.tok < head.i}
        for draft in self.order:
            fits = draft.clashes(want)
            s = ranked.get(id(draft), 0.0) * fits
            if draft.type != "person" or s <= 0 or id(draft) in beside or fits < _RULED_OUT:
                continue  # (a first name all but always of the other sex rules one out: no one, rather than 'Mary Jones' for 'he')
            if s > score or (
                s == score
                and best is not None
                and last_seen[id(draft)] > last_seen[id(best)]
            ):
                best, score = draft, s
        return None if best is not None and self._unnamed_since(best, head, want) else best

    def _reporter_above(self, head: Token, want: str | None) -> EntityDraft | None:
        """'The mayor stated that she found the plan had gaps', 'The man told medics he felt
        ...': the subject of a clause that a report's verb takes, where the report's own
        subject is a person of a fitting sex, is that person (Lappin and Leass's
        subject-of-the-governing-clause preference), named or not: the inner belief was left
        to an unnamed 'she', typed anonymous (a review of FNC bodies, Random(12121))."""
        verb = head.head
        if head.dep_ not in _SUBJ or self.quoted[head.i] or verb.dep_ != "ccomp" or verb.head.i == verb.i or verb.head.i > verb.i:
            return None
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.lower_ in _ANAPHORS or self.quoted[subject.i] or head.lower_ not in ("he", "she") or subject.tag_ not in ("NN", "NNP"):
            return None  # (one person: not 'Her parents said she found out ...', 'Investigators said she ...')
        if any(c.dep_ in ("dobj", "dative") and c.tag_ in ("NN", "NNP") and c.i < verb.i and (c.ent_type_ == "PERSON" or _person_word(c.lemma_.lower())) for c in verb.head.children):
            return None  # ('The teacher told the boy he was late': the one told may be he)
        draft = self.at.get(subject.i)
        if draft is None and subject.pos_ == "NOUN" and subject.tag_ == "NN":
            draft = self._mention_of(subject)
        if draft is None or draft.clashes(want) < _RULED_OUT:
            return None
        person = draft.type == "person" or draft.type == "other" and (_person_word(subject.lemma_.lower()) or _role_gender(subject.text) is not None)
        return draft if person else None

    def _coarguments(self, head: Token) -> set[int]:
        """The people (ids of drafts) named as the object of the pronoun's own verb, or after
        its preposition ('the e-mails he wrote to Qureshi'): a pronoun is never one of its
        verb's other arguments (Chomsky's binding principle B)."""
        if head.dep_ not in _SUBJ or head.head.i == head.i:
            return set()
        verb = head.head
        args = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        args += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        named = {t.lower_ for t in args if t.pos_ == "PROPN"}  # (read before the name itself is: by its words)
        if not named:
            return set()
        return {id(d) for d in self.order if d.type == "person" and named & {w.lower() for w in d.name.split()}}

    def _shown_before(self, head: Token) -> EntityDraft | None:
        """A he or she right after a picture or recording shows an unnamed person of that sex
        ('The video shows a man in a mask opening a crate. He says ...'): the person shown,
        whom the article does not name, not the named speaker before the picture (the
        subject he or she speaks as is the picture's). The person is what the picture
        shows (its object, or its clause's subject) in the sentence just before, in the
        same paragraph, with 'a' or 'an' (someone new)."""
        if head.dep_ not in _SUBJ or self.quoted[head.i] or self._quote_before(head) is not None:
            return None
        want = _gender().get(head.lower_)
        here = self.sent_of[head.i]
        start = bisect.bisect_left(self.sent_of, here - 1)
        if want is None or start >= head.i or "\n\n" in self.doc[self.toks[start].i : head.i].text:
            return None
        showing = showing_verbs()
        for tok in self.toks[start : head.i]:
            if self.sent_of[tok.i] != here - 1 or tok.pos_ != "NOUN" or tok.tag_ != "NN" or self.quoted[tok.i]:
                continue
            verb = tok.head
            shown = tok.dep_ == "dobj" or tok.dep_ == "nsubj" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in showing
            if tok.dep_ == "nsubj":
                verb = verb.head
            if not shown or verb.lemma_.lower() not in showing or not any(c.dep_ == "nsubj" and c.lemma_.lower() in _document_nouns() for c in verb.children):
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) or _role_gender(tok.text) != want:
                continue
            if verb.dep_ in ("ccomp", "conj") or any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.lower_ in first_names() for t in verb.subtree if t.i < tok.i):
                continue  # (a picture someone says shows her, 'her video shows a girl ...'; one a person took, 'The photo, taken by Anna Kerr, shows ...')
            clause = self.doc[head.head.left_edge.i : head.head.right_edge.i + 1]
            if any(t.lower_ == tok.lower_ and t.i != tok.i and any(c.lower_ == "the" for c in t.children) for t in clause):
                continue  # ('He said the man had not been identified': the one shown is talked of, not talking)
            return self._unnamed_person(self.doc[tok.left_edge.i : tok.i + 1].text)
        return None

    def _unnamed_person(self, phrase: str) -> EntityDraft:
        """The one draft for a person the article describes by a phrase and never names ('a
        man in camouflage clothes', 'The pilot'), made where first needed."""
        key = "mention:" + phrase.lower()
        draft = self.by_key.get(key)
        if draft is None:
            draft = EntityDraft(name=phrase, type="person", key=key)
            self.by_key[key] = draft
            self.order.append(draft)
        return draft

    def _described_before(self, head: Token) -> EntityDraft | None:
        """A he or she no named person fits, right after a source the article describes but
        never names ('The minister said ... She added ...'; 'a witness said ... He told ...'):
        that same unnamed source, the main subject of the sentence before in the same
        paragraph, already resolved as a source (so the two read as one speaker); else, where
        that subject is a role's or a person's noun that said nothing, that person
        (_role_subject)."""
        if head.dep_ not in _SUBJ or self.quoted[head.i]:
            return None
        want = _gender().get(head.lower_)
        quote = self._quote_before(head)  # ('A porter told ... "I saw him go," he said': the sentence before the quotation)
        here = self.sent_of[head.i if quote is None else quote]
        start = bisect.bisect_left(self.sent_of, here - 1)
        if "\n\n" in self.doc[self.toks[start].i : head.i].text:
            return None
        for tok in reversed(self.toks[start : head.i]):
            if self.sent_of[tok.i] != here - 1 or tok.dep_ not in _SUBJ or not (tok.pos_ == "NOUN" and tok.tag_ == "NN" or _one_unnamed(tok)) or self.quoted[tok.i] or not self._main_clause(tok):
                continue
            if not (_one_unnamed(tok) or _role_word(tok.lemma_) or _role_gender(tok.text) or tok.lemma_.lower() in person_nouns() or tok.lemma_.lower() in voice_nouns() or tok.lemma_.lower() in anonymous_nouns()):
                return None  # a person's noun, not 'The company said ... She added
            if want is not None and _role_gender(tok.text) not in (None, want):
                return None
            return self._mention_of(tok) or self._role_subject(tok, want)
        return None

    def _mention_of(self, tok: Token) -> EntityDraft | None:
        """The draft of an unnamed source already resolved by the noun's phrase, up to the noun
        ('The minister') or whole ('A nurse at the clinic'), else None."""
        phrase = self.doc[tok.left_edge.i : tok.i + 1].text
        whole = self.doc[tok.left_edge.i : tok.right_edge.i + 1].text
        return self.by_key.get("mention:" + phrase.lower()) or self.by_key.get("mention:" + whole.lower())

    def _role_subject(self, tok: Token, want: str | None) -> EntityDraft | None:
        """'The pilot landed the plane. He said ...': the one a role noun or a person's noun
        (or a noun of one sex, 'the headmistress') made the main subject of the sentence
        before, though not yet a source; a person the article describes and does not name
        (was 'He', typed anonymous). Only a noun whose sex, where its word has one, is the
        pronoun's, with 'the' or 'a' and no name of its own."""
        if want is None or tok.tag_ != "NN" or _role_gender(tok.text) not in (None, want):
            return None
        if tok.lemma_.lower() in anonymous_nouns() or not (_role_word(tok.lemma_) or tok.lemma_.lower() in person_nouns() or _role_gender(tok.text)):
            return None  # (an official, a witness: a source of its own kind, typed where it speaks)
        if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children) or any(c.pos_ == "PROPN" for c in tok.subtree):
            return None
        draft = self._unnamed_person(self.doc[tok.left_edge.i : tok.i + 1].text)
        draft.mentions.append((self.doc[tok.left_edge.i].idx, tok.idx + len(tok.text)))  # (typed by it: sourcing._first_mention_type)
        return draft

    def _unnamed_since(self, found: EntityDraft, head: Token, want: str | None, after_quote: bool = False) -> bool:
        """Whether one person the article does not name ('..., a coastguard official said.')
        is a main-clause subject after the last mention of `found`, in the pronoun's sentence
        or the one before: 'he told Reuters' is then that official, left unresolved, not the
        named person further back. A mention of `found` in that subject's own clause that is
        no subject ('A masked gunman stands next to her.') leaves the subject the later one;
        so does, for the '"...," he said' after a quotation, one that is the subject of what
        the unnamed one said, or of the quotation ('A nurse told the Herald that Gill Baker
        was not at work. "She was never there," he said': the nurse carries on)."""
        if self.quoted[head.i]:
            return False  # a 'he' inside a quotation is someone the speaker talks about
        seen = [m for m in self.mentions if m.draft is found and m.tok < head.i]
        # (sent_of never falls in reading order: only the tokens from the sentence before on)
        start = bisect.bisect_left(self.sent_of, self.sent_of[head.i] - 1)
        for tok in self.toks[start : head.i]:
            if (
                (tok.dep_ in _SUBJ or _inverted_subject(tok))
                and not self.quoted[tok.i]
                and (_one_unnamed(tok) or self._the_unnamed(tok))
                and (want is None or _role_gender(tok.text) in (None, want))
                and not (want is not None and noun_kinds().get(tok.lemma_.lower()) == "body")  # ('the staff': a group, no 'he')
                and self._main_clause(tok)
            ):
                if any(m.tok == tok.i for m in seen):
                    continue  # ('A nun said ... she': the unnamed one is the one found)
                lo, hi = tok.head.left_edge.i, tok.head.right_edge.i
                own = tok.left_edge.i, tok.right_edge.i  # ('an AutoNation spokesman': the body he speaks for)
                later = [m for m in seen if m.tok > tok.i and not (after_quote and m.quoted)]  # (whom a quotation talks of is no speaker)
                if not any(m.subject and not (after_quote and self._said_by(m, tok)) or not lo <= m.tok <= hi or own[0] <= m.tok <= own[1] for m in later):
                    return True
        return False

    def _said_by(self, m: Mention, subject: Token) -> bool:
        """Whether mention m is the subject of a clause its sentence's main subject says
        ('A nurse told the Herald that Gill Baker ...'): the clause of a reporting verb."""
        verb = self.toks[m.tok].head
        return verb.dep_ == "ccomp" and verb.head.i == subject.head.i and verb.head.lemma_.lower() in _speech_verbs()

    def _the_unnamed(self, tok: Token) -> bool:
        """'Then the ISIS member makes a statement': a definite noun of the unnamed sources
        (source_nouns.txt's 'anonymous': member, official, witness) that no one named in
        the article was described by."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in anonymous_nouns() or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return False
        if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) or c.dep_ == "appos" for c in tok.children):
            return False  # ('The astronomy expert at Nottingham Trent University': a named scientist again)
        word = tok.lemma_.lower()
        return not any(word in d.roles for d in self.order if d.type == "person" and d.key.startswith("person:"))

    def _tied(self, head: Token, src: Span, want: str | None) -> list[EntityDraft]:
        """The person a role description ties to when no descriptor shares its head word:
        the main subject of the sentence before, where the description shares a word with
        what the story already said of that person ('Former Kazakh intelligence chief Alnur
        Mussayev ... Mussayev headed the committee. The former spy said ...'). Not when that
        sentence used the same noun for someone else ('Mussayev claimed the businessman lied.
        The businessman said ...'), nor for a bare role ('The official said'), nor for a noun
        of the unnamed sources ('The South Korean intelligence official said' after a North
        Korean leader: a word shared with the leader's description makes no official of him;
        one described as an official is found by that word before this)."""
        doc, word = self.doc, head.lemma_.lower()
        if word in anonymous_nouns():
            return []
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

    def _named_later(self, head: Token, src: Span, want: str | None) -> list[EntityDraft]:
        """The person a description names before the name comes (the guideline, section 3:
        a description takes the name 'when the article names them somewhere'): the one
        person named later whose descriptors share the head word ('his manager said ...
        manager David Mallie told'); or, for a description in the lede, the person first
        named as the main subject of the next sentence, with no role of their own (the
        delayed-identification lede: 'the country's interior minister says. Nohad Machnouk
        told ...')."""
        kin = lexicon.grouped(SOURCE_NOUNS).get("kin", frozenset())
        if head.lemma_.lower() in kin and any(t.ent_type_ == "PERSON" and t.i != head.i for t in src):
            return []  # 'The family of Mr Berg': a group by its relation to a person it names, no one named later (not 'The sister of Luke Somers')
        word = head.lemma_.lower()
        later = self._named_after(src, want)
        by_role = list(dict.fromkeys(m.draft for m in later if word in m.draft.roles or head.lower_ in m.draft.roles))
        if len(by_role) > 1:  # the one described in the same words ("the man's attorney")
            said = re.sub(r"^(the|a|an)\s+", "", src.text.strip(), flags=re.IGNORECASE).lower()
            by_role = [d for d in by_role if said in (x.lower() for x in d.descriptors)]
        if by_role:
            return by_role if len(by_role) == 1 else []
        return self._named_next(head, later)

    def _named_after(self, src: Span, want: str | None) -> list[Mention]:
        """The mentions after src, outside quotations, of named people whose gender fits."""
        return [
            m
            for m in self.mentions
            if m.tok >= src.end
            and m.draft.type == "person"
            and m.draft.key.startswith("person:")
            and not m.quoted
            and m.draft.clashes(want) >= 0.5
        ]

    def _named_next(self, head: Token, later: list[Mention]) -> list[EntityDraft]:
        """For a description in the lede, the person (of `later`, the fitting mentions after
        it) first named as the main subject of the next sentence, with no role of their own."""
        here = self.sent_of[head.i]
        if here > 2 or self.quoted[head.i]:
            return []
        nxt = [m for m in later if m.sent == here + 1 and m.subject and self._main_clause(self.doc[m.tok])]
        if not nxt:
            return []
        draft = nxt[0].draft
        first = min(m.tok for m in self.mentions if m.draft is draft)
        # ('mr' is no role; a word for a person the tagger took into the name, no given name,
        # is one: 'Striker Luis Diaz', 'Farmer Joe Banda')
        own = [w.lower() for w in draft.name.split()[:-1]]
        i = nxt[0].tok
        while i > 0 and self.doc[i - 1].pos_ == "PROPN" and self.doc[i - 1].dep_ == "compound":
            i -= 1
        if i < nxt[0].tok and self.doc[i].is_title and self.doc[i].lower_ not in (w.lower() for w in draft.name.split()):
            own.insert(0, self.doc[i].lower_)  # (or left it out: 'Striker | Tomas Reyes')
        titled = any(w not in _given_names() and not _title(w.title()) and wordnet_person(w) for w in own[:1])  # ('Pope Francis' keeps it)
        return [draft] if first == nxt[0].tok and not titled and not any(_role_word(r) for r in [*draft.roles, *own]) else []

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

    def _introduced_before(self, pos: int, want: str | None) -> EntityDraft | None:
        """The person the sentence just before a quotation introduces, by name and with what
        they are, as its last mention ('... an exodus that included Buba Markus, a local
        official. “I saw ...,” he said'): news names a witness that way to quote them next,
        so the quotation is theirs, not the subject's of that sentence."""
        here = self.sent_of[pos] if pos < len(self.doc) else self.sent_of[-1] + 1
        before = [m for m in self.mentions if m.tok < pos and not m.quoted and m.sent == here - 1 and self._seen_from(m, pos)]
        if not before:
            return None
        m = before[-1]
        if m.subject or m.draft.type != "person" or m.draft.clashes(want) < 0.5 or not m.draft.key.startswith("person:"):
            return None
        if min(k.tok for k in self.mentions if k.draft is m.draft) != m.tok:
            return None  # named before: not an introduction
        name = _name_head(self.doc[m.tok])
        return m.draft if any(c.dep_ == "appos" and c.i > name.i for c in name.children) else None

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
            and self._seen_from(m, pos)
            and m.draft.type == "person"
            and m.draft.clashes(want) >= 0.5
        ]
        if not fitting:
            return None
        # not a person just called by the other pronoun in the same sentence ('She was part
        # of a group ..., he said')
        fitting = [
            m
            for m in fitting
            if not (m.sent == here and want and _gender().get(self.toks[m.tok].lower_, want) != want and self.toks[m.tok].pos_ == "PRON")
            and not (m.sent == here and _agent_of_a_noun(self.toks[m.tok]))
        ]
        if not fitting:
            return None
        last = max(m.sent for m in fitting)
        inside = [m for m in fitting if m.sent == last]
        main = [m for m in inside if self._main_clause(self.doc[m.tok])]
        found = (main or inside)[-1].draft
        if last < here and found.key.startswith("mention:"):
            # 'A man in Australia has been dubbed ... A mark on Dylan Maxwell's belly may look
            # like a scar, but he says ...': the named person whose own the subject of the
            # pronoun's sentence is, not the unnamed one before (whom the name may well name)
            owner = next((m for m in reversed(self.mentions) if m.tok < pos and m.sent == here and not m.quoted and m.draft.type == "person"
                          and not m.draft.key.startswith("mention:") and m.draft.clashes(want) >= 0.5 and _owns_the_subject(self.toks[m.tok])), None)
            if owner is not None:
                return owner.draft
        return found

    @staticmethod
    def _main_clause(tok: Token) -> bool:
        t = tok
        while t.dep_ in ("appos", "conj", "compound", "flat") and t.head.i != t.i:
            t = t.head
        return first_conjunct(t.head).dep_ == "ROOT"

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
        src, head = focus(src, head)
        draft, name = self._entity_of(src, head)
        while draft is not None and draft.speaks_for is not None:
            draft = draft.speaks_for  # a spokesperson speaks for the body (or person)
        if draft is None:
            draft = self._same_unnamed_source(head)
        if draft is None:
            lower = head.lower_
            name = _before_its_relative(src, head, name)
            key = "mention:" + name.lower()
            draft = self.by_key.get(key)
            if draft is None:
                kind = (
                    "person"
                    if lower in _PERSON_PRON
                    else "group"
                    if lower in _GROUP_PRON
                    else "organization"
                    if head.lemma_.lower() in body_nouns() and head.pos_ == "NOUN"
                    else "other"
                )  # ('the government said': a body, which a later 'it said' can stand for)
                draft = EntityDraft(name=name, type=kind, key=key)
                self.by_key[key] = draft
                self.order.append(draft)
                if any(ch.isupper() for ch in re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)) and outlets.lookup(name) is not None:  # (not 'time will tell', nor 'The economist said')
                    # a listed outlet the tagger read as no name ('9to5Mac reports', tagged a
                    # number): an outlet all the same, which 'the report' after it stands for
                    draft.outlet = True
                    self.outlet_at.append((head.i, draft))
        if (f.source[0], f.source[1]) not in draft.mentions:
            draft.mentions.append((f.source[0], f.source[1]))
        if head.pos_ == "NOUN":
            self.unnamed_at.append((head.i, head.lemma_.lower(), head.tag_, draft))
        if draft.key.startswith("mention:") and head.pos_ == "NOUN" and head.lemma_.lower() in outlets.site_nouns() and any(c.lower_ in ("a", "an") for c in head.children):
            draft.unnamed_site = True  # 'A satirical website claimed': what 'the site' after it is
            self.site_at.append((head.i, draft))
        draft.spoke = True
        self.spoke_at.append((head.i, draft))
        if draft.type == "organization" and not draft.outlet:
            self.body_at.append((head.i, draft))
        return draft

    def _document_it(self, head: Token) -> EntityDraft | None:
        """'It states that ...' after 'An article from a fake news site claims ...': a subject
        'it' stands for the unnamed document or news work that spoke last, in this sentence
        or the one before, with no other source between (a body's 'it' is _body_anaphor's)."""
        if head.dep_ not in _SUBJ or self.quoted[head.i]:
            return None
        last = max(((i, d) for i, d in self.spoke_at if i < head.i), key=lambda x: x[0], default=None)
        if last is None or self.sent_of[head.i] - self.sent_of[last[0]] > 1 or not last[1].key.startswith("mention:"):
            return None
        work = self.toks[last[0]]
        lemma = work.lemma_.lower()
        if work.pos_ != "NOUN" or work.tag_ != "NN" or not (lemma in _document_nouns() or lemma in lexicon.grouped(NEWS_WORKS)["report"]):
            return None
        return last[1]

    def _same_unnamed_source(self, head: Token) -> EntityDraft | None:
        """'The source said ...' after 'a source with access to the palace said ...': a
        definite noun for a person or a document ('the statement said' after 'a statement
        posted on a website'), with no name in it, is the unnamed source the article last
        gave that noun (in the same number), not one more source; the nearest, a few paragraphs back
        at most, and only where no other source by a common noun spoke between ('A different
        source told us ... But a Vogue insider insisted ... the source sniffed': which one?).
        A relative pronoun on such a noun is the same ('the source, who added'); so is a
        subject 'it' after a document (_document_it)."""
        if head.lower_ == "it" and head.pos_ == "PRON":
            return self._document_it(head)
        if head.lower_ in _RELATIVE and head.tag_ in ("WP", "WDT"):
            antecedent = self._antecedent(head)
            if antecedent is None or antecedent.i >= head.i or head.i - antecedent.i > _ANTECEDENT_REACH:
                return None
            head = antecedent
        if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        if any(c.dep_ in ("compound", "amod", "poss", "nummod") and not (c.dep_ == "amod" and c.lower_ == "same") for c in head.children):
            return None  # ('the other source', 'the palace source': maybe another one; 'the same report' is the one before)
        lemma = head.lemma_.lower()
        if not (lemma in anonymous_nouns() or lemma in voice_nouns() or lemma in person_nouns() or noun_kinds().get(lemma) == "person" or _role_word(head.text) or lemma in _document_nouns()):
            return None  # people and documents ('the statement'): 'the company' after 'some enterprising company' may be the body named between
        # a phrase of its own must repeat the earlier description ('The representative of the
        # plumbing company' again; not 'The man in the mask' after 'the kneeling man')
        own = [g for c in head.children if c.dep_ == "prep" for g in c.subtree if g.pos_ in ("NOUN", "PROPN", "ADJ")]
        between: EntityDraft | None = None
        for i, word, tag, draft in reversed(self.unnamed_at):
            if i >= head.i:
                continue
            if self.sent_of[head.i] - self.sent_of[i] > _UNNAMED_REACH or between is not None and draft is not between:
                return None
            if word == lemma and tag == head.tag_ and draft.key.startswith("mention:"):
                first = self.doc.char_span(*draft.mentions[0], alignment_mode="expand") if draft.mentions else None
                said = {w.lower() for w in _WORD_RE.findall(draft.name)} | {t.lemma_.lower() for t in first or ()}
                return draft if all(g.lower_ in said or g.lemma_.lower() in said for g in own) else None
            between = draft
        return None

    def _entity_of(
        self, src: Span, head: Token, depth: int = 0
    ) -> tuple[EntityDraft | None, str]:
        """The entity a source names, or None and the text to name an unresolved one by."""
        doc = self.doc
        lemma = head.lemma_.lower()
        person = self.at[head.i] if head.i in self.at and self.at[head.i].type == "person" else None
        if depth <= 1 and (person is None or _cut_short(person, src)):
            # not 'Fox said' after 'Liam Fox'; but 'The Kestrel Gazette', of which the tagger
            # made a person 'Gazette' (and for a relative pronoun, its antecedent's: 'a report
            # in the Daily Mirror, which said' is the Mirror's)
            found = self._outlet(src, head)
            if found is not None:
                return found, src.text
        if depth == 0 and head.i not in self.at:
            found = self._body_anaphor(head) or self._named_by_its_kind(head) or self._group_anaphor(head) or self._pair_anaphor(head)
            if found is not None:
                return found, src.text
        if lemma in voice_nouns() and head.pos_ == "NOUN" and not _former(head):
            named = self._named_role(src, head)
            if named is not None:
                # (the role and the body it names are the person's: 'The bank spokesman' later
                # is this one, _voice_named_before)
                named.add_descriptor(" ".join(t.text for t in head.subtree if t.ent_type_ != "PERSON" and not t.is_punct), [head])
                return named, src.text  # 'A council spokeswoman, Rosa Diaz': named, she speaks herself
            unnamed = self.at.get(head.i)
            body = unnamed.speaks_for if unnamed is not None else self._body_of(head, ahead=True)
            again = self._voice_named_before(head, body) if unnamed is None or body is not None else None
            if again is not None:
                self._taken_up(head.i, again)
                return again, src.text  # 'A spokesman for Harbor Bank, Tom Reyes, ... The bank spokesman said': Reyes
            if unnamed is not None:
                return unnamed, src.text
            if body is not None:
                return body, src.text
        mine = talk_of_one(head)
        if mine is not None and depth == 0:
            found = self._pronoun(mine)
            if found is not None and found.type == "person":
                return found, src.text  # 'according to her remarks': hers, as 'Cicurel's claims' are Cicurel's
        if head.pos_ == "NOUN" and (lemma == "office" or outlets.owner(head) is not None):
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            found = self._named_at(owner) if owner is not None else None
            if found is not None and (found.type == "person" or lemma != "office"):
                # 'his office confirmed': the office speaks for him; 'NASA's blog', 'her
                # podcast': a publication for its owner
                return found, src.text
        if head.pos_ == "NOUN" and lemma in _document_nouns() and not outlets.names_a_newspaper(head):
            found = self._issuer(head)  # (not 'her local paper': a newspaper, not her document)
            if found is not None:
                self.issued.setdefault(lemma, found)
                return found, src.text  # 'A later message from Bruno', 'The fatwa, by Al Minjed'
            if lemma in self.issued and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and len([c for c in head.children if c.dep_ != "det"]) == 0:
                return self.issued[lemma], src.text  # 'The video shows ...' after 'A video released by the Islamic State'
        # (PROPN: a capitalised title, "The National Coordinator ..., Nenad Babici"; any noun
        # a participle names: 'A shopkeeper called Mary Dunleavy')
        person_head = head.pos_ in ("NOUN", "PROPN") and (_role_word(head.text) or named_by_participle(head))
        named = self._named_role(src, head) if person_head else None
        if named is not None:
            return named, src.text  # 'Local man Aamir Dhawan'
        tail = [t for t in src if not t.is_punct and not t.is_space]
        if tail and head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and tail[-1].i in self.at and self.at[tail[-1].i].type == "person" and head.i < tail[-1].i:
            # a name after its role, however the parser hung the phrase ('Center for Strategic
            # and International Studies analyst Victor Cha': the subject taken as 'Center')
            person = self.at[tail[-1].i]
            first = tail[-1].i
            while first - 1 >= src.start and self.at.get(first - 1) is person:
                first -= 1
            role = doc[first - 1] if first > src.start else None
            words = doc[src.start : first]  # one run of name and role words: not 'Vice Media, backed by billionaire Rupert Murdoch'
            if role is not None and role.pos_ in ("NOUN", "PROPN") and _role_word(role.text) and not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words):
                person.add_descriptor(doc[src.start : first].text.strip(" ,"), doc[src.start : first])
                return person, src.text
        described = person_head and _party_member(head) and any(c.lower_ == "the" for c in head.children) or head.pos_ == "PROPN" and _one_unnamed(head)  # ('An American who ...': a person by nationality)
        for ent in span_ents(src):
            # only a name that heads the source, or stands in apposition to its head
            # ("The club's chairman, Victor Hale"): not "Kazakh" in "the former Kazakh chief";
            # nor the party of "the California Republican", a person described (below)
            if ent.label_ in _NAMED and _name_words(ent) and self._heads(ent, head) and not (described and ent.label_ == "NORP"):
                draft = self.at.get(ent.root.i if ent.label_ == "PERSON" else ent.start) or self.at.get(ent.start)
                if draft is not None:
                    if ent.root.i != head.i and draft.type == "person":
                        draft.add_descriptor(
                            doc[src.start : ent.start].text.strip(" ,"),
                            doc[src.start : ent.start],
                        )
                    return draft, src.text
        if head.i in self.at and not described:
            if self.at[head.i].key.startswith("mention:"):  # an unnamed person the next sentence may name
                introduced = self._introduced_next(head, src)
                if introduced is not None:
                    return introduced, src.text
            return self.at[head.i], src.text
        if head.pos_ == "NOUN" and lemma in body_nouns() and head.tag_ == "NN" and (place := _place_of(head)) is not None:
            return self._place_body(head, place), src.text  # 'Nigeria's government had claimed'
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
        if head.pos_ == "PROPN" and not described:
            draft = self._unrecognised_name(src, head)
            if draft is not None:
                return draft, src.text
        if lower in _RELATIVE and head.tag_ in ("WP", "WDT") and depth == 0:
            antecedent = self._antecedent(head)
            if antecedent is not None:
                phrase = doc[antecedent.left_edge.i : antecedent.i + 1]
                # (with what follows the noun up to the relative pronoun: 'a report | in
                # Britain's Daily Mirror newspaper, | which said')
                whole = doc[antecedent.left_edge.i : head.i]
                while len(whole) > len(phrase) and (whole[-1].is_punct or whole[-1].is_space):
                    whole = whole[:-1]
                draft, _ = self._entity_of(whole if head.i - antecedent.i <= _ANTECEDENT_REACH else phrase, antecedent, depth + 1)
                # (unresolved, named as the antecedent's own source would be: 'A senior
                # official, who was sure ..., told': one unnamed official, not two)
                return draft, phrase.text
        if lower in _PERSON_PRON and lower != "i":
            return self._shown_before(head) or self._pronoun(head) or self._described_before(head), src.text
        if (
            (head.pos_ == "NOUN" or head.pos_ == "PROPN" and _role_word(head.text))
            and any(c.lower_ == "the" for c in head.children)
            or bool(_AGE.search(src.text)) and (head.i == src[-1].i or _only_where_from(head, src))
        ):
            return self._description(head, src, lone=True), src.text
        if head.pos_ == "NOUN" and head.tag_ == "NN" and _role_word(head.text) and any(c.dep_ == "poss" for c in head.children):
            # 'his manager', "the country's interior minister": someone by a relation
            return self._description(head, src, lone=True, owned=True), src.text
        return self._introduced_next(head, src), src.text

    def _introduced_next(self, head: Token, src: Span) -> EntityDraft | None:
        """The tabloid lede's 'A schoolboy who was almost killed ... now claims ...', 'A
        British man who went to fight ... has claimed ...', whose next sentence opens on the
        person with their age ('Nikolai Kryaglyachenko, 12, had been ...'): that person, as
        the delayed-identification lede of _named_later, held here to a name given with an
        age, the form that introduces the one just described."""
        if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        lemma = head.lemma_.lower()
        if lemma in anonymous_nouns() or not (_role_word(head.text) or lemma in person_nouns() or noun_kinds().get(lemma) == "person"):
            return None  # ('A witness said ...' is left unnamed on purpose)
        want = _role_gender(head.text) or person_nouns().get(lemma)
        found = self._named_next(head, self._named_after(src, want))
        return found[0] if len(found) == 1 and found[0].age is not None else None

    def _voice_named_before(self, head: Token, body: EntityDraft | None) -> EntityDraft | None:
        """The named spokesperson a definite 'the spokesman' (or 'the bank spokesman') takes up
        again: the person named last, a few sentences back, with that role, for the same body
        where the phrase names one (its name's words in the person's descriptors). A review of
        FNC bodies, Random(11414): 'a spokesperson for the Iraqi health ministry, Ahmed Rudaini,
        ... The Iraqi health ministry spokesperson said' went to the ministry."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
            return None
        lemma = head.lemma_.lower()
        words = {w.lower() for w in _WORD_RE.findall(body.name)} if body is not None else set()
        found = self._named_last(
            head, lambda i, d: d.type == "person" and d.key.startswith("person:") and lemma in d.roles
            and words <= {w.lower() for text in d.descriptors for w in _WORD_RE.findall(text)}  # (not another body's spokesperson)
        )
        return found[1] if found is not None else None

    def _taken_up(self, i: int, named: EntityDraft) -> None:
        """The mention at token i, read first as the unnamed voice of a body, is the named
        person: so a 'he' after it is that person too, not the body (a review of the
        FNC bodies, FNC 846: 'He said only the Central Laboratory ...' after 'The Iraqi health
        ministry spokesperson said', who is Ahmed Rudaini)."""
        voice = next((m.draft for m in self.mentions if m.tok == i and m.draft.speaks_for is not None), None)
        if voice is None:
            return
        # (and the pronouns read as that voice up to its next mention by a noun: 'She added')
        ahead = sorted((m for m in self.mentions if m.tok > i and m.draft is voice), key=lambda m: m.tok)
        upto = next((m.tok for m in ahead if self.toks[m.tok].pos_ != "PRON"), len(self.doc))
        for j in [i] + [m.tok for m in ahead if m.tok < upto]:
            if self.at.get(j) is voice:
                self.at[j] = named
        self.mentions = [m._replace(draft=named) if m.draft is voice and i <= m.tok < upto else m for m in self.mentions]

    def _named_last(self, head: Token, keep: Callable[[int, EntityDraft], bool]) -> tuple[int, EntityDraft] | None:
        """The entity named last at a token before head, at most _WINDOW sentences back, that
        keep(token index, draft) accepts, with where it was named."""
        here = self.sent_of[head.i]
        return max(((i, d) for i, d in self.at.items() if i < head.i and here - self.sent_of[i] <= _WINDOW and keep(i, d)), key=lambda x: x[0], default=None)

    def _named_role(self, src: Span, head: Token) -> EntityDraft | None:
        """The person named in the source as its head role noun's compound or apposition, or
        right after it however the parser split the name ('spokesman Muhammad al-Midana')."""
        for ent in span_ents(src):
            if _label(ent) == "PERSON" and ent.start in self.at and (self._hangs_from(ent.root, head, src) or ent.start == head.i + 1):
                return self.at[ent.start]
        return None

    @staticmethod
    def _hangs_from(tok: Token, head: Token, src: Span) -> bool:
        """A name hangs from a role noun as its compound or apposition, through other role
        nouns ('Local man Aamir Dhawan', 'the singer, a mother of two, Ana Ruiz')."""
        for _ in range(4):
            named = _naming_participle(tok)
            if named is not None and src.start <= named.i < src.end:
                tok = named  # 'An analyst named Yakoub Mustafa', 'the priest, identified as Father O'Neal'
            elif tok.dep_ == "conj" and tok.head.i == head.i and not any(c.dep_ == "det" for c in head.children) and any(
                t.ent_type_ != "PERSON" and (_role_word(t.text) or t.lower_ in person_nouns()) for t in tok.doc[tok.left_edge.i : tok.i]
            ):
                return True  # 'Government spokeswoman and First Lady Ana Ruiz': one person with two roles (not 'A police spokesman and Detective Inspector Tom Hale', two)
            elif tok.dep_ == "appos" and tok.ent_type_ == "PERSON" and tok.head.dep_ == "pobj" and tok.head.head.dep_ == "prep" and tok.head.head.head.i == head.i:
                return True  # 'A spokesman for Acme, Tim Rowe,': the name set off after the body is the spokesman's, hung on the body
            elif tok.dep_ not in ("compound", "appos", "nmod", "npadvmod") or not (src.start <= tok.head.i < src.end):
                return False
            tok = tok.head
            if tok.i == head.i:
                return True
            if not _role_word(tok.text):
                return False
        return False

    @staticmethod
    def _antecedent(rel: Token) -> Token | None:
        """The noun a relative clause hangs from ('Gary Bettman, who dismissed ...')."""
        verb = rel.head
        for _ in range(3):
            if verb.dep_ == "relcl":
                noun = verb.head
                if noun.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in noun.head.children) and noun.head.ent_type_ == "ORG":
                    # 'the Institute of Territorial Studies, or Ineter, which': the body by its
                    # other name; '... an adviser to the Institute ..., or Ineter, who
                    # concluded': a body is no 'who', the person whose phrase holds it is
                    body = noun.head
                    noun = next((a for a in body.ancestors if a.ent_type_ == "PERSON" or a.pos_ == "NOUN" and _role_word(a.text)), body) if rel.lower_ == "who" else body
                    while noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
                        noun = noun.head  # 'Wilfried Strauch, an adviser to ...'
                elif rel.lower_ == "who" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ == "appos" and rel.i > 0 and (
                    rel.doc[rel.i - 1].text == "," or noun.ent_type_ in ("ORG", "GPE", "FAC", "LOC")
                ):
                    # 'Ellen, a regular at The Loft, who has asked ...': set off by a comma, the
                    # clause is on the person the apposition describes, not on the place in it;
                    # so too without the comma after a body's or a place's name ('Jess Hale, a
                    # student at Canterbury Christ Church University who claims ...')
                    noun = noun.head.head
                    while noun.dep_ == "appos" and noun.pos_ != "PROPN" and noun.head.pos_ != "PRON":
                        noun = noun.head  # (to the name the descriptions are of, not past it: 'I know ...: Jess Hale, a student ...')
                if rel.lower_ in ("that", "which"):
                    noun = _thing_put_on_a_platform(noun)
                if rel.lower_ == "which" and (noun.ent_type_ == "PERSON" or noun.lower_ in ("him", "her", "me", "us") or noun.pos_ == "NOUN" and noun.lemma_.lower() in _kin_nouns()):
                    # ('a website for him, which states'; 'a note for his son, which read'; not
                    # 'sold the unit to a Chinese buyer, which said': a buyer may be a firm)
                    noun = _thing_before_the_person(noun) or noun
                if rel.lower_ == "who":
                    noun = _person_before_a_time_or_place(noun)
                return noun if noun.pos_ in ("PROPN", "NOUN", "PRON") else None
            if verb.head.i == verb.i:
                break
            verb = verb.head
        if rel.lower_ == "which" and rel.dep_ == "nsubj" and rel.i > 1 and rel.doc[rel.i - 1].text == "," and rel.head.dep_ in ("advcl", "conj") and rel.doc[rel.i - 2].pos_ in ("NOUN", "PROPN"):
            return rel.doc[rel.i - 2]  # ('This fits earlier reports, which said ...': the clause hung on the main verb)
        if rel.lower_ == "who" and rel.dep_ == "nsubj" and rel.i > 1 and rel.doc[rel.i - 1].text == ",":
            # (the 'who' clause hung on the main verb, after a time or a place: 'met a lawyer
            # in March, who told him ...')
            before = rel.doc[rel.i - 2]
            person = _person_before_a_time_or_place(before)
            if person.i != before.i:
                return person
        return _antecedent_past_a_time(rel)

    @staticmethod
    def _heads(ent: Span, head: Token) -> bool:
        root = ent.root
        if root.i == head.i:
            return True
        # "Mussayev's claim", "The club's chairman, Victor Hale"; not the modifier "Kazakh" in
        # "the former Kazakh intelligence chief", nor the owner of another person ("Brown's
        # friend", "Paczkowski's sources", "Zara's mother": someone else speaks), unless that
        # person or body speaks for them ("Trump's spokesman", "Millan's team": the
        # guideline, section 3)
        if _label(ent) == "ORG" and root.dep_ == "appos" and root.head.i == head.i and head.pos_ == "NOUN" and head.lemma_.lower() in body_nouns():
            return True  # 'The government watchdog group, Judicial Watch,': the body by its name
        if _label(ent) != "PERSON" or root.head.i != head.i or root.dep_ not in ("poss", "appos"):
            return False
        lemma = head.lemma_.lower()
        if root.dep_ == "appos" or lemma in voice_nouns() or lemma in lexicon.grouped(SOURCE_NOUNS).get("staff", frozenset()):
            return True  # ('Millan's team', 'Trump's campaign' speak for them too; not 'Smith's foundation')
        if lemma in body_nouns() or head.ent_type_ == "PERSON":
            return False  # ("Banksy's PR Jo Brooks": a person named in her own right)
        # (a noun whose first WordNet sense is a person is someone else too: "Conal's employer",
        # "Foley's killer")
        return not (head.pos_ == "NOUN" and (lemma in people_nouns() or head.lower_ in people_nouns() or noun_kinds().get(lemma) == "person"))

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
        if head.tag_ == "NNPS" and head.is_sent_start and not head.ent_type_ or len(names) == 1 and _record_at_the_start(head):
            return None  # 'Medics say', 'Audio obtained by ... shows': capitalised only by the sentence start
        span = self.doc[names[0].i : names[-1].i + 1]
        words = _name_words(span)
        if not words or all(_role_word(w) or _title(w) for w in words):
            return None  # 'The CEO admits': a role, not a name
        if _role_word(head.text) and len(span) > 1 and all(t.ent_type_ in ("ORG", "NORP", "GPE") for t in span if t.i != head.i):
            return None  # 'The Apple CEO said': a body's role, someone the story may have named
        if any(t.lemma_.lower() in body_nouns() for t in span) or all(initialism(t) for t in span):
            # 'The Ministry of Health'; 'The Scottish SPCA', a body's initials
            whole = [t for t in src if not (t.dep_ == "det" and t.i == src.start)]
            return self._organisation(self.doc[whole[0].i : whole[-1].i + 1], "ORG")
        if words[-1].lower() in lexicon.words(PLACE_WORDS) and len(words) >= 2 and not _has_first_name(words):
            return self._organisation(span, "FAC")  # 'Downing Street said': the body housed there
        if any(t.tag_ == "NNPS" for t in span[:-1]) and not _has_first_name(words):
            # 'Human Rights Watch': a plural inside a name is no person's; the whole run of
            # proper nouns is its name ('Human' hangs on 'Rights', not on the head)
            first = span.start
            while first > src.start and self.doc[first - 1].pos_ == "PROPN" and self.doc[first - 1].dep_ == "compound":
                first -= 1
            return self._organisation(self.doc[first : span.end], "ORG")
        if self._tagged_org(words) or len(words) == 1 and self._short_form(words[0].lower()) is not None:
            return self._organisation(span, "ORG")  # 'Drobo', tagged an organisation where first named; 'Virgin pledged' after 'Virgin Media'
        if self._tagged_org(words, "GPE"):
            return self._organisation(span, "GPE")  # 'Nigeria says' opening the article, a country tagged in later sentences: its government
        if named_in_words(span):
            return self._organisation(span, "ORG")  # 'Gadget Pulse reported': words, no one's name
        if span.start > 0 and self.doc[span.start - 1].lower_ == "the":
            # a name with 'the' is no person's: the short form of a body named before ('the
            # Observatory' for the Syrian Observatory for Human Rights, which _organisation
            # finds), or a body of its own ('The Information reported')
            return self._organisation(span, "ORG")
        return self._person(span)

    def _tagged_org(self, words: list[str], label: str = "ORG") -> bool:
        """The article's named-entity tags call this name an organisation (or the label
        given: a country, state or city) somewhere inside a sentence (not 'Neighbours told
        ...', capitalised by its place) and never a person."""
        want = [w.lower() for w in words]
        same = [e for e in doc_ents(self.doc) if [w.lower() for w in _name_words(e)] == want]
        return any(e.label_ == label and not e[0].is_sent_start for e in same) and all(e.label_ != "PERSON" for e in same)

    def _description(
        self, head: Token, src: Span, lone: bool = False, owned: bool = False
    ) -> EntityDraft | None:
        """'the former spy', 'the 56-year-old': a person already in the story whose
        descriptors share the head word or the age; with `lone` (a source), else the only
        person so far, when the head word is a role noun the story has not used before for
        someone else ('Mussayev claimed the businessman ...': 'the businessman' is not
        Mussayev). A plural ('the officials') names a group, never one person."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        if head.lemma_.lower() in _document_nouns() and not _role_word(head.text):
            return None  # 'the criminal court database', 'the memo': a record is no person
        if head.lemma_.lower() in body_nouns() and not _role_word(head.text):
            return None  # 'the ministry', a body, whatever apposition the parser gave a person
        if any(c.lower_ in lexicon.grouped(VAGUE_SOURCES)["withheld"] for c in head.children):
            return None  # 'the unidentified man who made the recording': no one the article named
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
            fits = [d for d in people if word in d.roles and not _whose_else(head, d)]
        if not fits and lone and not age and not owned and word in lexicon.words(ROLE_NOUNS):
            fits = self._tied(head, src, want)
        if not fits and lone and not owned and (age or _role_word(head.text)):
            # the only person named so far ('gardening expert Alan Titchmarsh. The television
            # presenter said'), unless the story used the noun before for someone else
            # a person known only by a title ('the Queen's garden', 'the Pope') is not one
            # the story names: a description is someone else
            named = [d for d in people if d.key.startswith("person:") and not (len(d.name.split()) == 1 and _title(d.name))]
            used = not age and any(t.lemma_.lower() == word and t.pos_ in ("NOUN", "PROPN") for t in self.toks[: src.start])
            # (a definite age names the one the story is about, even where that one was only
            # acted on: 'Dana Welsh was rescued ... The 19-year-old told ...'; not 'a
            # 16-year-old pupil', someone new)
            definite_age = age is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
            if len(named) == 1 and not used and (definite_age or not self._only_acted_on(named[0], head.i)):
                fits = named
        if not fits and lone and not age:
            fits = self._named_later(head, src, want)
        if fits:
            apart = self._named_in_its_clause(head)
            fits = [d for d in fits if id(d) not in apart]
            beside = _objects_beside(head, src)
            fits = [d for d in fits if not any(d.clashes(g) >= 0.5 for g in beside)]
        if not fits:
            return None
        ranked = self._salience(head.i, allow_quoted=True)
        draft = max(fits, key=lambda d: ranked.get(id(d), 0.0))
        draft.add_descriptor(re.sub(r"^the\s+", "", src.text, flags=re.IGNORECASE), src)
        return draft

    def _only_acted_on(self, draft: EntityDraft, before: int) -> bool:
        """Every mention of the person so far is what a verb does to someone: its object or
        its passive subject ('Mr Pym was arrested', 'Police found Anna Moss', 'Police arrested a
        man named Tom Hale'), outside quotations: the one a story is about, whom 'the lawyer'
        or 'the officer' after it is not (the only person named is taken for a description
        only where that person acted or spoke)."""
        seen = [m for m in self.mentions if m.draft is draft and m.tok < before and not m.quoted]  # (a 'he' in a quotation is talked of)
        return bool(seen) and all((_named_noun(self.toks[m.tok]) or self.toks[m.tok]).dep_ in ("dobj", "nsubjpass") for m in seen)

    def _named_in_its_clause(self, head: Token) -> set[int]:
        """The people (ids of drafts) named in the clause whose subject the description is as
        the one spoken to or with: 'Talking to Joe Rogan, the actor said', 'The mayor told Ann
        Cole that ...', 'In an interview with Tom Hanks, the director said'. A description
        is not its own hearer (it was 'the only person named so far')."""
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head.i == head.i:
            return set()
        verb = head.head
        lo, hi = verb.left_edge.i, verb.right_edge.i
        own_lo, own_hi = head.left_edge.i, head.right_edge.i
        return {
            id(m.draft)
            for m in self.mentions
            if lo <= m.tok <= hi and not own_lo <= m.tok <= own_hi and m.draft.key.startswith("person:") and _hearer(self.doc[m.tok])
        }


def _before_its_relative(src: Span, head: Token, name: str) -> str:
    """An unnamed source's name without the relative clause set off after it ('A Kurdish
    official, who was convinced ..., told': 'A Kurdish official'): the source span keeps the
    clause, as PolNeAR marks it; the entity is the one described."""
    if name != src.text:
        return name
    rel = next((c for c in head.children if c.dep_ == "relcl" and c.i > head.i), None)
    if rel is None:
        return name
    cut = rel.left_edge.i
    while cut > src.start and src.doc[cut - 1].is_punct:
        cut -= 1
    return src.doc[src.start : cut].text if cut > head.i else name


def _hearer(name: Token) -> bool:
    """A name (its last word) as the one spoken to or with: the object of a verb of telling
    (cue_verbs.txt, informed: 'told Ann Cole'), after 'to' on a verb of telling (tell:
    'talking to Joe Rogan') or after 'with' on a word of conversation ('an interview with
    Tom Hanks')."""
    if name.pos_ != "PROPN":
        return False  # (a pronoun is no name)
    groups = lexicon.grouped(CUE_VERBS)
    if name.dep_ in ("dobj", "dative"):
        return name.head.lemma_.lower() in groups["informed"]
    if name.dep_ != "pobj" or name.head.head.i == name.head.i:
        return False
    prep, word = name.head.lower_, name.head.head.lemma_.lower()
    return prep == "to" and word in groups["tell"] or prep == "with" and word in groups["conversation"]


def _owns_the_subject(tok: Token) -> bool:
    """The name is the possessor in its clause's subject ('A mark on Dylan Maxwell's belly
    may look like a scar'), however deep in it."""
    t = tok
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    if t.dep_ != "poss":
        return False
    while t.dep_ not in _SUBJ and t.head.i != t.i and t.dep_ in ("poss", "pobj", "prep", "compound"):
        t = t.head
    return t.dep_ in _SUBJ


def _across_a_nickname(doc: Doc, out: dict[int, tuple[Span, str]]) -> None:
    """'Mohammed “Teen Wolf” Islam', tagged 'Mohammed “Teen Wolf' (a person) and 'Islam'
    (an organisation): one person's name, its nickname in quotation marks between the given
    name and the surname; the two names become one, which 'Islam said' then stands for."""
    for start, (ent, label) in sorted(out.items()):
        if label != "PERSON" or start not in out or ent.text.count("“") <= ent.text.count("”") and ent.text.count('"') % 2 == 0:
            continue  # (no quotation mark left open inside it)
        close = ent.end
        if close + 1 >= len(doc) or doc[close].text not in ("”", '"') or close + 1 not in out:
            continue
        surname, _ = out[close + 1]
        if len(surname) != 1 or not surname[0].is_title or surname.sent.start != ent.sent.start:
            continue
        del out[close + 1]
        out[start] = (Span(doc, ent.start, surname.end, label="PERSON"), "PERSON")


def _split_in_two(doc: Doc, out: dict[int, tuple[Span, str]]) -> None:
    """'Taylor Lianne Chandler', tagged 'Taylor' and 'Lianne Chandler', two people: a lone
    given name right before another person's name, one space between them on one line, is
    that person's first name; the two become one name (a review of FNC bodies,
    Random(12323): six claims went to a 'Taylor' apart from 'Lianne Chandler')."""
    for start, (ent, label) in sorted(out.items()):
        if label != "PERSON" or start not in out or len(ent) != 1 or not ent[0].is_title:
            continue
        rest = out.get(ent.end)
        if rest is None or rest[1] != "PERSON" or ent[0].whitespace_ != " " or not rest[0][0].is_title:
            continue  # (the parser may start a sentence between them, as the tagger split them)
        del out[ent.end]
        out[start] = (Span(doc, ent.start, rest[0].end, label="PERSON"), "PERSON")


def _joined_to_a_place(tok: Token) -> bool:
    """A name the tagger took for a body, joined by 'and' or 'or' to a place ('the provinces
    of Idlib and Raqa', Raqa tagged ORG): a place, as the names it is listed with."""
    pair = [tok.head] if tok.dep_ == "conj" else []
    pair += [c for c in tok.children if c.dep_ == "conj"]
    return any(p.ent_type_ in ("GPE", "LOC") for p in pair)


def _former(head: Token) -> bool:
    """'a former official at the ministry', 'an ex-Acme executive': one who no longer speaks
    for the body."""
    return any(c.dep_ in ("amod", "advmod", "compound") and c.lower_ in ("former", "ex", "onetime", "one-time", "retired") for c in head.children) or any(
        c.lower_.startswith("ex-") for c in head.children if c.i < head.i
    )


_WHERE_OR_WHEN = frozenset({"in", "on", "at", "near", "from", "during"})  # a time or a place, not whom for ('a subject for Turkey, who')


def _person_before_a_time_or_place(noun: Token) -> Token:
    """'saw a specialist on Friday, who told her ...', 'consulted a doctor in London, who
    ...', 'workers at the plant who said': the parser hung the 'who' clause on the time, the
    place or the thing after the person, which no 'who' stands for; the person is the noun
    the phrase follows, or the verb's object before it, where that noun names people. Else
    the noun itself."""
    where = noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or noun.pos_ == "NOUN" and noun_kinds().get(noun.lemma_.lower()) in ("thing", "body")  # ('workers at the plant who')
    if noun.dep_ != "pobj" or not where or noun.head.dep_ != "prep" or noun.head.lower_ not in _WHERE_OR_WHEN:
        return noun
    holder = noun.head.head
    if holder.pos_ == "VERB":
        # its object, or its preposition's ('spoke to workers at the plant, who')
        objs = [c for c in holder.children if c.dep_ == "dobj" and c.i < noun.head.i]
        objs += [g for c in holder.children if c.dep_ in ("prep", "dative") and c.i < noun.head.i for g in c.children if g.dep_ == "pobj"]
        holder = max(objs, key=lambda t: t.i) if objs else holder
    lemma = holder.lemma_.lower()
    if holder.pos_ == "NOUN" and (noun_kinds().get(lemma) == "person" or lemma in people_nouns()) or holder.ent_type_ == "PERSON":
        return holder
    return noun


def _thing_put_on_a_platform(noun: Token) -> Token:
    """'a drawing being shared on Facebook, Instagram and Twitter that claims ...', 'a letter
    being passed around on Reddit that claims ...': a clause the parser hung on the platform
    a thing was put on is the thing's (a platform makes no claims; a review of FNC bodies,
    Random(11212), gave the claim to Facebook); else the noun itself."""
    platform = noun
    while platform.dep_ == "conj" and platform.head.i < platform.i:
        platform = platform.head  # ('Facebook, Instagram and Twitter': the first of the list)
    prep = platform.head
    if platform.dep_ != "pobj" or platform.lower_ not in outlets.platform_words() or prep.dep_ != "prep":
        return noun
    put = prep.head
    if put.dep_ == "acl" and put.tag_ == "VBN" and put.head.pos_ == "NOUN" and put.head.i < put.i:
        return put.head
    return noun


def _thing_before_the_person(person: Token) -> Token | None:
    """'set up a website for him, which states ...': a 'which' is never a person, and a
    clause the parser hung on one ('for him') after a verb's object is the object's (a
    review of FNC bodies, FNC 2450, gave a website's words to the man it was for). None
    where there is no such object (the tagger's 'person' may be a site: 'Bleeding Cool,
    which first reported')."""
    while person.dep_ in ("appos", "compound") and person.head.i != person.i:
        person = person.head  # ('for his son Tom')
    if person.dep_ != "pobj" or person.head.dep_ not in ("prep", "dative"):
        return None
    verb = person.head.head
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < person.i and c.pos_ == "NOUN"), None)


def _antecedent_past_a_time(rel: Token) -> Token | None:
    """'a TV report late last month that said ...': the noun before a time phrase, where the
    parser hung the time on the verb and the clause with it, so that no relative clause
    hangs from the noun. Only 'that' or 'which' as the subject, the time right before it."""
    if rel.tag_ != "WDT" or rel.dep_ != "nsubj" or rel.lower_ not in ("that", "which"):
        return None
    doc = rel.doc
    i = rel.i - 1
    while i >= 0 and doc[i].ent_type_ in ("DATE", "TIME"):
        i -= 1
    if i == rel.i - 1 or i < 0:
        return None  # (no time between: the parse's own reading stands)
    noun = doc[i]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head  # ('a statement from the ministry late last week that said': the statement)
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.sent.start == rel.sent.start else None


def _cut_short(person: EntityDraft, src: Span) -> bool:
    """The source is a name with 'the' that the tagger cut to one word it took for a person:
    'The Kestrel Gazette', tagged 'Gazette', is a masthead; 'Fox' after 'Liam Fox' is not, nor
    'Ms Sun' or 'Coach Sun' (a title before a surname)."""
    named = [t for t in src if t.is_alpha and t.text[:1].isupper() and t.lower_ != "the"]
    return src[0].lower_ == "the" and len(person.name.split()) == 1 and len(named) > 1 and named[-1].text == person.name
