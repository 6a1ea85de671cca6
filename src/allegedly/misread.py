"""Reporting verbs the parser read as nouns, parsed again as verbs.

The small English parser reads a bare or "-s" verb after a long subject as a noun when the
word is also one ("Court documents from 2004 show he lived ...", "A boy who was almost
killed ... claims he has become ...", "The caption to the photo read: ..."): the sentence
then has no verb at its root and every stage finds nothing in it. Such a sentence is parsed
once more with the word replaced by a form of "say" of the same shape (a word the parser
never reads as a noun) and, where that parse makes it the verb at the root, the sentence
takes the new parse, the word its own text with a verb's tag and lemma. One-word
replacement keeps every token and offset; the sentences that qualify are rare, so the cost
is a parse of a few sentences per thousand.

An organisation's acronym spelt as a function word ("IS claimed ...", "WHO spokesman ...",
acronym_words.txt), which the tagger read as the word, is parsed again with an acronym the
parser reads as a name in its place and taken as a name.

The other way round, a given name spelt as a reporting verb ("Brigadier General Said
Al-Amin told reporters ...", names_like_verbs.txt), which the parser made the verb, is
parsed again with a plain given name in its place and taken as a name.

A reporting verb in the past after a clause that describes its subject ("Oliver Brimo,
who appears to be a friend of hers, posted on her profile: ..."), which the parser read as
a participle on the subject, is parsed again with "said" in its place and taken as the verb.

A second subject of one verb set off by commas right after the first ("Sean O’Brien, the
Denver attorney who ..., told CNN", where the parser misread the name) is hung on the first
as its apposition.

A clause after a participle that names the report's source ("Reuters reported, citing an
unnamed official, that the minister is ill"), which the parser hung on the participle, is
hung on the reporting verb before it, as the parser does when a time stands between them
("reported on Monday, citing ..., that ..."): no second parse, one head moved.

A second report joined to the first by "and" or "but" ("A neighbour said that he had seen
an ambulance and said that ...", "The coach said the striker was hurt but provided no further
detail"), which the parser hung on the verb of the first report's clause (so the first claim
ran on over the second, and the second took the claim's subject for its source), is hung on
the first reporting verb: a conjunct with no subject of its own that repeats that verb, goes
on with it ("and added that ..."), or says what the source did not give (evidence.txt's
none_provided phrases: "but did not elaborate", "but provided no details").

A closing report whose source has an apposition ("The dam failed at night, the Tribune, the
city's oldest paper, reported on Tuesday."), where the parser read the past tense as a
participle on the source's name (and the report was lost), is parsed again with "said" in
its place and taken where that is then the root with the source its subject and the claim
before it.

A quotation closed before an inverted "read" and what read it ('"Closed until further
notice," read a sign on the door.'), where the parser made the sign the object read, is
parsed again with "said" in the verb's place and taken where the sign is then its subject.

A relative clause on the subject whose verb of saying or believing takes a clause of its own
("A Kurdish official, who believed the cases were Ebola, told Xendan that ..."), which the
parser cut short before that clause (made the root, the subject its second subject, the real
verb its conjunct), is parsed again with a word that the parser reads with a clause in the
relative verb's place ("said"; "sure" for a participle or adjective after "was": "who was
convinced the ...") and taken where the reporting verb is then the root.

A reporting verb in an aside opened by "as" ("As the Mirror reports, they claim ..."), read
as a noun though the parse gives it the "as" and a subject of a verb's own, takes the verb's
tag and lemma; no second parse.

A source set off from its reporting verb by a participle or adjective between commas ("Tom
Hale, visibly shaken, said ..."), which the parser made that participle's subject (so the
verb had none), is hung on the verb as its subject; no second parse.

And a plural reporting noun after a bare adjective that opens the sentence ("Published
claims that ... turn out to be exaggerated", "Unconfirmed reports that ... spread"), which
the parser made a verb with the adjective its subject (a person named "Published"), is
parsed again with a plural noun that is never a verb in its place and taken as the noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon

REPORTING_VERBS = "reporting_verbs.txt"
CUE_VERBS = "cue_verbs.txt"  # its "wording" group: "the sign read: ..."; "continue": "added"
EVIDENCE = "evidence.txt"  # its none_provided phrases: "but did not elaborate"
SOURCE_NOUNS = "source_nouns.txt"  # "a source", "an insider": nouns that speak whatever WordNet says
BELIEFS = "beliefs.txt"  # "Gruber suspects that ..."
SPREADING_VERBS = "spreading_verbs.txt"  # "Rumours that he was dead | spread on Twitter"
VAGUE_SOURCES = "vague_sources.txt"  # its "mass" group: talk with no plural
FIRST_NAMES = "first_names.tsv"  # "Humberto Garcia, of ..., told": a person's name before a closing tag
RAISING_PASSIVES = "raising_passives.txt"  # 'a Dutch engineer, thought to be a geologist, who ...'
ROLE_NOUNS = "role_nouns.txt"  # "..., the firm's founder, John Smith, said": the name's own description
CALENDAR_WORDS = "calendar_words.txt"  # "declared Ebola-free by October": a time, no agent
PERSON_NOUNS = "person_nouns.tsv"  # "..., insists the widow": a noun whose sex is its meaning
NAME = "allegedly_misread_verbs"
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_SUBJECT_END = frozenset({"NOUN", "PROPN", "NUM", "PRON"})
_CLAUSE_OPENERS = frozenset({"PRON", "PROPN", "DET", "NOUN", "NUM", "SCONJ", "ADV", "ADJ"})
_OPENING = frozenset({":", '"', "“", "‘"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLOSING_STOPS = frozenset({".", "!", "?"})
_OWNERS = frozenset({"poss", "case"})
_REPARSE = ("tok2vec", "tagger", "parser", "attribute_ruler")
_STAND_INS = {"3sg": ("says", "VBZ"), "bare": ("say", "VBP"), "past": ("said", "VBD")}
_PASTS = {"read": "read", "said": "say", "wrote": "write", "told": "tell", "thought": "think"}


def verb_shape(word: str) -> tuple[str, str] | None:
    """(shape, lemma) where word is a form of a reporting verb, a verb of belief or one by
    which a text gives its own words (cue_verbs.txt's "wording"): 'shows' -> ('3sg',
    'show'), 'read' -> ('past', 'read': as a caption's 'read:' mostly is), else None."""
    lemmas = _lemmas()
    w = word.lower()
    if w in _PASTS and _PASTS[w] in lemmas:
        return "past", _PASTS[w]
    if w in lemmas:
        return "bare", w
    for suffix in ("es", "s"):
        if w.endswith(suffix) and w[: -len(suffix)] in lemmas:
            return "3sg", w[: -len(suffix)]
    if w.endswith("ed"):
        # 'posted', 'stated', 'admitted'
        for stem in (w[:-2], w[:-1], w[:-3] if len(w) > 4 and w[-3] == w[-4] else ""):
            if stem in lemmas:
                return "past", stem
    return None


@lru_cache(maxsize=1)
def _lemmas() -> frozenset[str]:
    return lexicon.words(REPORTING_VERBS) | lexicon.words(BELIEFS) | lexicon.grouped(CUE_VERBS)["wording"] | _raising()


@lru_cache(maxsize=1)
def _raising() -> frozenset[str]:
    """'A leaked memo purports to show ...' (cue_verbs.txt's "raising" group): read as a noun
    like the reporting verbs, and followed by the 'to' of the verb it raises."""
    return lexicon.grouped(CUE_VERBS)["raising"]


def aside_verb_read_as_noun(sent: Span) -> Token | None:
    """'As the Mirror reports, they claim ...': a noun-tagged form of a reporting verb that
    the parse gives the clause's marks of a verb, an 'as' and a subject before it."""
    for t in sent:
        if t.tag_ not in ("NN", "NNS") or not t.is_lower:
            continue
        shape = verb_shape(t.text)
        if shape is None or shape[0] == "past":
            continue
        kids = list(t.children)
        if any(c.dep_ == "mark" and c.lower_ == "as" and c.i < t.i for c in kids) and (any(c.dep_ == "nsubj" and c.i < t.i for c in kids) or _name_as_compound(t) is not None):
            return t
    return None


def _name_as_compound(t: Token) -> Token | None:
    """The name the parser made a compound of the noun-tagged verb right after it ('As the
    Mirror | reports,'), the verb's subject once it is a verb; else None."""
    name = next((c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1 and c.pos_ == "PROPN"), None)
    return name if name is not None and not any(c.dep_ == "nsubj" for c in t.children) else None


def candidate(sent: Span) -> Token | None:
    """The noun-tagged reporting verb of a sentence that has no verb at its root ("Gruber
    suspects that the reason ... is that ..."), or that sits between the two subjects the
    parser gave its root ("Court documents from 2009 show | the mayor owned ..."). It comes
    right after the subject's last word, is no possessed noun ("Clinton's claims"), and is
    followed by what a report opens: 'that', a clause with a finite verb, or a colon or
    quotation mark after a subject that opens with a determiner ("The caption to the photo
    read:", not the label "Price points:"); or it closes the sentence after the claim it
    tags ("..., Radar Online claims.")."""
    root = sent.root
    opening = _opening_tag(sent)
    if opening is not None:
        return opening
    if root.pos_ in ("VERB", "AUX"):
        tag = _closing_tag(sent)
        if tag is not None:
            return tag  # '..., the filing shows.': the tag read as a noun in apposition
        subjects = [c for c in root.children if c.dep_ == "nsubj" and c.i < root.i]
        if len(subjects) < 2:
            return None
        # between two subjects of one verb, or inside the second as its modifier ("from 2004
        # show | Zehaf-Bibeau lived": the verb read as a noun compound on the next name)
        words = sent.doc[subjects[0].i + 1 : subjects[-1].i]
    else:
        words = sent[1:-1]
    for t in words:
        if t.tag_ not in _NOUN_TAGS or not (t.is_lower or t.is_upper) or verb_shape(t.text) is None:
            continue
        prev, nxt = t.doc[t.i - 1], t.doc[t.i + 1]
        if prev.text in _CLOSING and t.i >= 2 and t.doc[t.i - 2].pos_ in _SUBJECT_END and _quoted_from_start(sent, prev):
            prev = t.doc[t.i - 2]  # ('"Multiple unconfirmed sources" report that ...': a subject in quotation marks)
        if (prev.pos_ not in _SUBJECT_END and not _age_as_noun(prev)) or any(c.dep_ in _OWNERS or c.i > t.i and c.dep_ == "amod" for c in t.children):
            continue
        if nxt.text in _OPENING:
            if _opens_with_determiner(sent):  # not a label: "Exit question:", "Price points:"
                return t
            continue
        if _closes_quotation(t):
            return t
        if nxt.lower_ == "that":
            return t
        if nxt.lower_ == "to" and verb_shape(t.text)[1] in _raising():  # type: ignore[index]
            return t  # 'A leaked memo purports | to show that ...'
        if t.i == root.i and _ends_the_sentence(t) and any(c.dep_ == "ccomp" and c.i < t.i for c in t.children):
            return t  # '..., Radar Online claims.', '..., New York magazine reports in its Monday issue.': the parse of a closing tag, but for the tag
        if nxt.pos_ in _CLAUSE_OPENERS and any(w.tag_ in _FINITE for w in t.doc[t.i + 1 : sent.end]):
            return t
    return None


def _age_as_noun(t: Token) -> bool:
    """'The 40-year-old | claims ...': an age used as a noun for a person, which the tagger
    reads as the adjective before the noun 'claims' (a review of FNC bodies, Random(11515))."""
    doc = t.doc
    return t.lower_ == "old" and t.i >= 3 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("year", "month", "week", "day")  # (the lower form: a parse again has no lemmas)


def _ends_the_sentence(t: Token) -> bool:
    """Nothing follows the word but its full stop, or a phrase of its own and then the stop
    ('..., Radar Online claims.', '... reports in its Monday issue.'): a closing tag's verb."""
    doc = t.doc
    if t.i + 1 >= len(doc):
        return False
    nxt = doc[t.i + 1]
    if nxt.text in _CLOSING_STOPS:
        return True
    return nxt.dep_ == "prep" and nxt.head.i == t.i and nxt.right_edge.i + 1 < len(doc) and doc[nxt.right_edge.i + 1].text in _CLOSING_STOPS


def _quoted_from_start(sent: Span, close: Token) -> bool:
    """The sentence opens with a quotation mark that `close` closes, no other mark between:
    its subject is a phrase in quotation marks."""
    first = next((w for w in sent if not w.is_space), None)
    return first is not None and first.is_quote and first.i < close.i and not any(w.is_quote for w in sent.doc[first.i + 1 : close.i])


def _opening_tag(sent: Span) -> Token | None:
    """'The Herald notes, “...”', 'KXL tweets, “...”': a name (with 'the' at most) and a
    reporting verb's -s form, then a comma or colon and an opening quotation mark; the
    tagger read the verb as a plural noun on the name and lost the report (a review of FNC
    bodies, Random(11616))."""
    words = [w for w in sent if not w.is_space]
    for k in range(1, min(4, len(words) - 2)):
        t = words[k]
        found = verb_shape(t.text)
        if t.tag_ not in _NOUN_TAGS or not t.is_lower or found is None or found[0] != "3sg":
            continue
        before = words[:k]
        if not all(w.pos_ == "PROPN" and not w.is_lower or i == 0 and w.lower_ == "the" for i, w in enumerate(before)) or before[-1].lower_ == "the":
            return None
        if before[0].lower_ != "the" and not any(w.ent_type_ or w.is_upper and len(w) > 1 for w in before):
            return None  # (a label, 'Price points:': no name the tagger knows)
        if words[k + 1].text in (",", ":") and words[k + 2].text in _OPENING:
            return t
        return None
    return None


def _closing_tag(sent: Span) -> Token | None:
    """The reporting verb of a tag that closes the sentence after a comma, its subject a
    determiner's noun phrase ('The company had 500 employees, the filing shows.'), which the
    tagger read as a plural noun ('the filing shows' as television shows); also where the
    noun phrase ends in a preposition's ('a report in a local newspaper claims')."""
    words = [w for w in sent if not w.is_space]
    if len(words) < 5 or words[-1].text not in _CLOSING_STOPS:
        return None
    t = words[-2]
    found = verb_shape(t.text)
    if t.tag_ not in _NOUN_TAGS or not t.is_lower or found is None or found[0] != "3sg":
        return None
    first = t.left_edge
    doc = t.doc
    if t.dep_ == "pobj" and first.i > sent.start and doc[first.i - 1].i == t.head.i and t.head.head.pos_ == "NOUN" and t.head.head.i < t.head.i:
        first = t.head.head.left_edge  # 'a report in a Japanese newspaper claims.': the subject's own phrase before it
    if first.i <= sent.start or doc[first.i - 1].text != "," or first.i == t.i:
        return None
    if first.tag_ not in ("DT", "PRP$") and not (first.pos_ == "PROPN" and doc[t.i - 1].lemma_.lower() in _medium_nouns()):
        return None  # (or a name before a medium's noun: '..., Dover magazine reports.')
    # the subject's own noun right before it ('the filing'), not a description ('the best shows')
    return t if doc[t.i - 1].pos_ in ("NOUN", "PROPN") else None


@lru_cache(maxsize=1)
def _medium_nouns() -> frozenset[str]:
    """outlet_words.txt's nouns that name an outlet by themselves ('magazine', 'newspaper')."""
    return lexicon.grouped("outlet_words.txt").get("noun", frozenset())


def opening_plural(tok: Token) -> str | None:
    """The singular of a plural common noun that opens a sentence and that the tagger read as
    a name for its capital ('Reports of his death have been ...', 'Reports that ... have
    been refuted', tagged NNPS), else None. Callers check it against their own word list."""
    if tok.pos_ != "PROPN" or not tok.is_sent_start or tok.tag_ != "NNPS" or tok.ent_type_ or not tok.is_title:
        return None
    word = tok.lower_
    return word[:-1] if word.endswith("s") and len(word) > 3 else None


_NAME_STAND_IN = "Karim"  # a given name the parser reads as one
_NOUN_STAND_IN = "allegations"  # a plural reporting noun that is never a verb
REPORTING_NOUNS = "reporting_nouns.txt"
_BARE_MODIFIERS = frozenset({"JJ", "VBN"})
NAMES_LIKE_VERBS = "names_like_verbs.txt"  # an Arabic given name with a reporting verb's form
ACRONYM_WORDS = "acronym_words.txt"  # an organisation's acronym spelt as a function word: WHO, IS
_BODY_STAND_IN = "NATO"  # an acronym the parser reads as a name
_PARTICIPLE_STAND_IN = "shown"  # a past participle that is never a past tense
_POSTED_STAND_IN = "showed"  # a past tense that is never a noun
_SPREAD_STAND_IN = "arose"  # an intransitive past, never a participle, that the parser ends a talk noun's clause before


def name_read_as_verb(sent: Span) -> Token | None:
    """A given name spelt as a reporting verb, the parser's verb: 'Brigadier General Said
    Al-Amin told reporters ...', capitalised mid-sentence between a capitalised name or title
    and a capitalised name word."""
    for t in sent[1:-1]:
        if not t.is_title or t.lower_ not in lexicon.words(NAMES_LIKE_VERBS) or not t.tag_.startswith("VB"):
            continue
        prev, nxt = t.doc[t.i - 1], t.doc[t.i + 1]
        if prev.pos_ == "PROPN" and prev.is_title and nxt.is_title and nxt.pos_ == "PROPN":
            return t
    return None


def name_word_read_as_verb(sent: Span, verbs: frozenset[str]) -> Token | None:
    """A word of a name spelt like a verb and read as one ('told BBC Radio Leeds that ...':
    'Leeds' the verb of the clause, the station's name cut): a capitalised "-s" word
    mid-sentence, right after two capitalised names, whose stem is no English verb the
    lemmatizer indexes (not a title-case headline's 'Tiger Woods Sells ...')."""
    if not verbs:
        return None
    for t in sent[2:-1]:
        if not t.is_title or t.tag_ != "VBZ" or t.lemma_.lower() in verbs or t.lower_ in verbs:
            continue
        names = t.doc[t.i - 2 : t.i]
        if t.i >= 3 and t.doc[t.i - 3].is_lower and all(w.text[:1].isupper() and w.pos_ == "PROPN" for w in names):
            return t
    return None


def acronym_read_as_word(sent: Span) -> Token | None:
    """An organisation's acronym spelt as a function word ('IS claimed ...', 'WHO spokesman
    ...', acronym_words.txt), written in capitals in a sentence that is not, which the tagger
    read as the word."""
    if not any(t.is_alpha and t.is_lower for t in sent):
        return None  # (a headline in capitals: 'WHO IS TO BLAME')
    for t in sent[:-1]:
        if t.text not in _acronyms() or t.tag_ in ("NNP", "NNPS") and t.dep_ not in ("aux", "auxpass"):
            continue
        nxt = t.doc[t.i + 1]
        if nxt.tag_ in ("VBD", "VBN", "VBZ") or nxt.tag_ in ("NN", "NNS", "NNP", "NNPS") and t.tag_ in ("WP", "WDT"):
            return t  # ('IS claimed', 'WHO said', 'WHO spokesman'; not 'IS-held', 'IS is')
        prev = t.doc[t.i - 1] if t.i > sent.start else None
        if t.tag_ == "VBZ" and nxt.tag_ in ("NN", "NNS") and nxt.is_lower and (prev is None or prev.is_punct or prev.lower_ in ("that", "as", "while", "after", "when")):
            # the copula before a common noun, where a clause opens: 'that IS claims she was
            # abducted', 'Earlier, IS media sources alleged' (a review of FNC bodies,
            # Random(11515)); not after a preposition ('on IS targets'), where the parse
            # again with a name for it may move the rest of the sentence
            return t
    return None


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    return frozenset(lexicon.lines(ACRONYM_WORDS))  # (as written: in capitals)


def _a_name_elsewhere(word: Token) -> bool:
    """The word is written capitalised in the document away from a sentence's start, as a
    name is ('Kevin Young, a lawyer ...' before 'Young claims')."""
    return any(t.text == word.text and not t.is_sent_start and t.i != word.i for t in word.doc)


def noun_read_as_verb(sent: Span, adjectives: frozenset[str]) -> Token | None:
    """A plural reporting noun the parser made a verb, its subject the bare adjective or
    participle that opens the sentence ('Published claims that ...'): an adjective alone,
    with no determiner, is no subject, so the two are one noun phrase. The opening word must
    be an English adjective (adjectives: the lemmatizer's WordNet index), not a name the
    tagger read as one ('Mashable reports that ...')."""
    words = [w for w in sent if not w.is_space and not w.is_punct]
    if len(words) < 3:
        return None
    first, t = words[0], words[1]
    if first.tag_ not in _BARE_MODIFIERS or first.dep_ != "nsubj" or first.head.i != t.i or not first.is_title or any(first.children):
        return None
    if first.lower_ not in adjectives or first.ent_type_ or _a_name_elsewhere(first):
        return None  # ('Young claims that ...' after 'Kevin Young': a surname)
    if t.i != first.i + 1 or not t.tag_.startswith("VB") or t.lower_[-1:] != "s" or not t.is_lower:
        return None
    return t if _singular(t.lower_) is not None else None


def report_noun_after_that(sent: Span) -> Token | None:
    """A plural reporting noun right after 'that' that the parser made a verb with 'that' for
    its subject ('said in a statement that reports about the trip | are unfounded'), the
    clause's own verb then left with no subject: the noun is that verb's subject and 'that'
    opens the clause. Not a relative clause whose verb it is ('a statement that reports the
    outcome')."""
    for t in sent:
        if t.tag_ != "VBZ" or not t.is_lower or _singular(t.lower_) is None or t.i == sent.start:
            continue
        that = t.doc[t.i - 1]
        if that.lower_ != "that" or that.dep_ != "nsubj" or that.head.i != t.i or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in t.children):
            continue
        if any(v.tag_ in _FINITE and v.i > t.i and v.pos_ in ("VERB", "AUX") and (v.head.i == t.i or v.head.i in {a.i for a in t.ancestors}) and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) for v in sent):
            return t
    return None


def _singular(word: str) -> str | None:
    """The reporting noun ('claim', 'rumour') a plural form is of ('claims', 'rumours'), or None."""
    nouns = lexicon.words(REPORTING_NOUNS)
    if word[:-1] in nouns:
        return word[:-1]
    return word[:-2] if word.endswith("es") and word[:-2] in nouns else None


def participle_read_as_modifier(sent: Span) -> Token | None:
    """A reporting verb in the past the parser read as a participle on the subject, after the
    clause set off by commas that describes it ('Oliver Brimo, who appears to be a friend,
    posted on her profile: "..."'), or right after it with its 'that' a word or two on ('The
    charity estimated Tuesday that ...'): the sentence then has a name at its root and no verb."""
    root = sent.root
    if root.pos_ in ("VERB", "AUX") or root.pos_ not in ("PROPN", "NOUN"):
        return None
    clauses = [c for c in root.children if c.dep_ in ("relcl", "appos") and c.i > root.i]
    for t in sent:
        if t.dep_ != "acl" or t.tag_ != "VBN":
            continue
        found = verb_shape(t.text)
        if found is None or found[0] != "past":
            continue
        if t.head.i == root.i == t.i - 1 and any(w.lower_ == "that" and w.dep_ == "mark" for w in t.doc[t.i + 1 : t.i + 4]):
            return t
        if t.i < root.i + 3 or t.doc[t.i - 1].text != ",":
            continue
        # hung on the name or inside the clause on it ('a friend of Ms Ruiz, | posted')
        if any(c.i < t.i and (t.head.i == root.i or c.left_edge.i <= t.head.i <= c.right_edge.i) for c in clauses):
            return t
    return None


_CLOSING = frozenset({'"', "”", "''", "’"})


def _closes_quotation(t: Token) -> bool:
    """'"..., we are sorry," the post read.': the word ends its sentence and its subject, a
    determiner then adjectives and nouns, comes right after the quotation's closing comma
    and mark (a '?' or '!' there ends the sentence before the subject, as the sentencizer
    splits)."""
    doc = t.doc
    if t.i + 1 >= len(doc) or not doc[t.i + 1].is_sent_end or not doc[t.i + 1].is_punct:
        return False
    i = t.i - 1
    while i > 0 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ") and doc[i].dep_ != "ROOT":
        i -= 1
    if doc[i].tag_ not in ("DT", "PRP$") or i < 2:
        return False
    return _after_quotation(doc, i)


def _after_quotation(doc: Doc, i: int) -> bool:
    """Token i comes right after a quotation's closing comma and mark ('"...," the', '"...",
    the'), or a '?' or '!' and the mark (i at least 2)."""
    return doc[i - 1].text in _CLOSING and doc[i - 2].text in (",", "?", "!") or doc[i - 1].text == "," and doc[i - 2].text in _CLOSING


def _opens_with_determiner(sent: Span) -> bool:
    first = next((w for w in sent if not w.is_space), None)
    return first is not None and first.tag_ in ("DT", "PRP$")


class MisreadVerbs:
    """The pipeline component (see the module): runs after the lemmatizer."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._indexed: dict[str, frozenset[str]] = {}

    def _lemma_index(self, pos: str) -> frozenset[str]:
        """The English words of one part of speech ("adj", "verb") that the pipeline's
        lemmatizer indexes (WordNet's), or none; read once each."""
        if pos not in self._indexed:
            table = None
            if "lemmatizer" in self.nlp.pipe_names:
                lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
                table = lookups.get_table("lemma_index", None) if lookups is not None and lookups.has_table("lemma_index") else None
            self._indexed[pos] = frozenset(table[pos]) if table is not None and pos in table else frozenset()
        return self._indexed[pos]

    @property
    def adjectives(self) -> frozenset[str]:
        return self._lemma_index("adj")

    @property
    def verbs(self) -> frozenset[str]:
        return self._lemma_index("verb")

    def __call__(self, doc: Doc) -> Doc:
        # (what each misreading looks like, and how its sentence is parsed again: the first
        # that fits a sentence is the one tried)
        readings = (
            (candidate, self._reparse),
            (name_read_as_verb, self._reparse_name),
            (lambda sent: name_word_read_as_verb(sent, self.verbs), self._reparse_name),
            (acronym_read_as_word, self._reparse_acronym),
            (lambda sent: noun_read_as_verb(sent, self.adjectives), self._reparse_noun),
            (report_noun_after_that, self._reparse_that_noun),
            (participle_read_as_modifier, self._reparse_participle),
            (relative_cut_short, self._reparse_relative),
            (relative_cut_after_tag, self._reparse_relative_after_tag),
            (closing_report_read_as_modifier, self._reparse_closing),
            (inverted_wording, self._reparse_inverted),
            (aside_read_as_noun, self._reparse_aside),
            (participle_read_as_finite, self._reparse_reduced),
            (verb_read_as_noun_after_participle, self._reparse_posted),
            (verb_inside_the_claim, self._reparse_spread),
        )
        for sent in list(doc.sents):
            for find, reparse in readings:
                t = find(sent)
                if t is not None:
                    reparse(doc, sent, t)
                    break
            aside = aside_verb_read_as_noun(sent)
            if aside is not None:
                shape, lemma = verb_shape(aside.text)  # type: ignore[misc]
                name = _name_as_compound(aside)
                if name is not None:  # ('As the Mirror reports,': the name, and its 'the', the verb's subject)
                    moves: list[tuple[Token, Token, str | None]] = [(name, aside, "nsubj")]
                    moves += [(d, name, "det") for d in aside.children if d.dep_ == "det" and d.i < name.i]
                    _rehang_as_a_tree(doc, sent, moves)
                aside.tag_, aside.pos_, aside.lemma_ = _STAND_INS[shape][1], "VERB", lemma
            clause = clause_past_citing(sent)
            if clause is not None:
                _rehang(doc, clause, clause.head.head)
            handle = stray_handle(sent)
            if handle is not None:
                _rehang(doc, handle, doc[handle.i + 1], "nsubj")
                handle.tag_, handle.pos_ = "NNP", "PROPN"
            agent = stray_agent(sent)
            if agent is not None:
                verb = agent.head
                while not (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)) and verb.head.i != verb.i:
                    verb = verb.head  # (the passive stray_agent found it under)
                _rehang(doc, agent, verb, "agent")
            told_too = passive_read_into_the_claim(sent)
            if told_too is not None:
                verb, report, cc = told_too
                rehung: list[tuple[Token, Token, str | None]] = [(verb, report, "conj")]
                if cc is not None:
                    rehung.append((cc, report, "cc"))
                _rehang_as_a_tree(doc, sent, rehung)
            closing = tag_hung_inside(sent)
            if closing is not None:
                tag, root, inner = closing
                lifted: list[tuple[Token, Token, str | None]] = [(tag, tag, "ROOT"), (root, tag, "ccomp")]
                if inner is not None:
                    lifted.append((inner, tag.head, "ccomp"))  # (back to the verb the tag hung on)
                lifted += [(c, tag, "punct") for c in root.children if c.is_punct and c.i > tag.i]
                _rehang_as_a_tree(doc, sent, lifted)
            turn = turn_read_as_clause(sent)
            if turn is not None:
                verb, report, cc = turn
                _rehang_all(doc, [(cc, report, "cc"), (verb, report, "conj")])
            stray = stray_report(sent)
            if stray is not None:
                verb, report = stray
                claim = verb.head
                last = max((c.right_edge.i for c in claim.children if c.i < verb.i and c.dep_ not in ("cc", "punct")), default=claim.i)
                for t in [c for c in claim.children if last < c.i < verb.i]:
                    _rehang(doc, t, report)  # the "and" (and comma) between the two
                _rehang(doc, verb, report)
            named = subject_after_the_source(sent)
            if named is not None:
                subject, verb = named
                for comma in [c for c in subject.head.children if c.is_punct and c.i > subject.i]:
                    _rehang(doc, comma, subject)  # (the comma that closes the name, hung on the source)
                _rehang(doc, subject, verb, "nsubj")
            shaken = subject_on_an_aside(sent)
            if shaken is not None:
                subject, aside, verb = shaken
                _rehang(doc, subject, verb, "nsubj")
                if aside.dep_ == "csubj":
                    _rehang(doc, aside, verb, "advcl")
            bare = clause_read_as_object(sent)
            if bare is not None:
                verb, obj, finite = bare
                _rehang(doc, finite, verb, "ccomp")
                if obj is not None:
                    _rehang(doc, obj, finite, "nsubj")
            kept_back = withheld_at_the_end(sent)
            if kept_back is not None:
                phrase, report = kept_back
                comma = sent.doc[phrase.i - 1]
                _rehang(doc, comma, report)
                _rehang(doc, phrase, report)
            listed = list_before_tag(sent)
            if listed is not None:
                items, name = listed
                _rehang(doc, name, name.head.head, "nsubj")
                _rehang(doc, doc[items.left_edge.i - 1], doc[items.left_edge.i - 2])  # (the comma that opens the rest of the list)
                _rehang(doc, items, doc[items.left_edge.i - 2], "conj")
            complement = that_clause_read_as_relative(sent)
            if complement is not None:
                clause, that, holder = complement
                _rehang_all(doc, [(clause, holder, "ccomp" if holder.pos_ == "VERB" else "acl"), (that, clause, "mark")])
            joined = subject_read_as_conjunct(sent)
            if joined is not None:
                self._subject_past_the_aside(doc, sent, *joined)
            told = outlet_read_as_subject(sent)
            if told is not None:
                self._outlet_told(doc, *told)
            raised = raising_participle_read_as_conjunct(sent)
            if raised is not None:
                part, noun = raised
                _rehang_as_a_tree(doc, sent, [(part, noun, "acl")])
                part.tag_ = "VBN"
            set_off = participle_set_off_read_as_finite(sent)
            if set_off is not None:
                self._participle_on_its_noun(doc, sent, *set_off)
            role = role_left_in_quotation(sent)
            if role is not None:
                _rehang_as_a_tree(doc, sent, [(role[0], role[1], "compound")])
            tagged = name_before_tag(sent)
            if tagged is not None:
                self._hang_name_on_tag(doc, sent, *tagged)
            second = second_subject(sent)
            if second is not None:
                first = next(c for c in second.head.children if c.dep_ == "nsubj" and c.i < second.i)
                _rehang(doc, second, first, "appos")
        return doc

    @staticmethod
    def _subject_past_the_aside(doc: Doc, sent: Span, subject: Token, verb: Token, aside: list[Token], first: Token) -> None:
        """The noun the verb's subject, the phrase set off before it on the verb; where the
        parser made the verb the root over the first clause, that clause the root again and
        the verb joined to it."""
        moves: list[tuple[Token, Token, str | None]] = [(subject, verb, "nsubj")]
        moves += [(t, verb, None) for t in aside]
        if first.head.i == verb.i:
            moves += [(first, first, "ROOT"), (verb, first, "conj")]
            moves += [(c, first, None) for c in verb.children if c.is_punct and c.i > verb.i and c.dep_ == "punct"]
        _rehang_as_a_tree(doc, sent, moves)

    @staticmethod
    def _outlet_told(doc: Doc, words: list[Token], verb: Token, noun: Token, lacking: Token | None) -> None:
        """The outlet's words the one told (the verb's dative), and the noun the subject of
        the clause that lacked one."""
        moves: list[tuple[Token, Token, str | None]] = [(words[-1], verb, "dative")]
        moves += [(w, words[-1], "compound") for w in words[:-1]]
        if lacking is not None:
            moves.append((noun, lacking, "nsubj"))
        _rehang_all(doc, moves)

    @staticmethod
    def _participle_on_its_noun(doc: Doc, sent: Span, part: Token, noun: Token, verb: Token) -> None:
        """The participle made the noun's modifier and the verb after it the clause the
        participle stood for, with the noun its subject and the participle's opener
        ('whether') its own."""
        moves: list[tuple[Token, Token, str | None]] = [(part, noun, "acl"), (noun, verb, "nsubj")]
        if part.dep_ != "ROOT":
            moves.append((verb, part.head, part.dep_))
        else:
            moves += [(verb, verb, "ROOT"), (part, noun, "acl")]
        moves += [(c, verb, None) for c in part.children if c.dep_ == "mark"]
        comma = doc[part.right_edge.i] if doc[part.right_edge.i].text == "," else doc[part.right_edge.i + 1]
        if comma.text == "," and comma.head.i in (part.i, part.head.i):
            moves.append((comma, part, "punct"))
        _rehang_as_a_tree(doc, sent, moves)
        part.tag_ = "VBN"

    @staticmethod
    def _hang_name_on_tag(doc: Doc, sent: Span, name: Token, verb: Token) -> None:
        """The name made the closing tag's subject, with its description; the noun phrase
        the parser had for subject an apposition in the claim again; the tag the sentence's
        root, over the clause it closes."""
        start, end = name.left_edge.i, verb.i - 1
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        moves: list[tuple[Token, Token, str | None]] = [(name, verb, "nsubj")]
        moves += [(t, name, None) for t in doc[name.i + 1 : end] if not start <= t.head.i < end]  # (the description)
        moves.append((doc[end], verb, "punct"))  # (the comma before the tag)
        if subject is not None:
            before = doc[subject.left_edge.i - 1]
            if before.text != "," or before.i - 1 < sent.start:
                return
            noun = doc[before.i - 1]
            while noun.is_punct and noun.head.i != noun.i:
                noun = noun.head
            moves.append((subject, noun, "appos"))
        root = sent.root
        if verb.i != root.i and verb.head.i == root.i and root.i < verb.i and verb.dep_ in ("ccomp", "conj", "advcl", "parataxis"):
            moves += [(verb, verb, "ROOT"), (root, verb, "ccomp")]
            moves += [(c, verb, None) for c in root.children if c.is_punct and c.i > verb.i]  # (the full stop)
        _rehang_as_a_tree(doc, sent, moves)

    def _parse(self, sent: Span, t: Token, stand_in: str) -> Token:
        """The sentence parsed again with stand_in in t's place: the stand-in word of the new
        parse (its .doc the sentence's new Doc, its .i t's place in it)."""
        at = t.i - sent.start
        words = [w.text for w in sent]
        words[at] = stand_in
        sub = Doc(sent.doc.vocab, words=words, spaces=[bool(w.whitespace_) for w in sent])
        for w in sub:
            w.is_sent_start = w.i == 0
        for name, proc in self.nlp.pipeline:
            if name in _REPARSE:
                sub = proc(sub)
        return sub[at]

    def _reparse_name(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with a plain given name for the word; taken where the word is
        then a name and the sentence has one root."""
        name = self._parse(sent, t, _NAME_STAND_IN)
        if name.tag_ != "NNP" or not _one_root(name.doc):
            return
        self._take(doc, sent, name.doc, t, "NNP", t.text)

    def _reparse_acronym(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with an acronym the parser reads as a name for the word; taken
        where the word is then a name and the sentence has one root."""
        name = self._parse(sent, t, _BODY_STAND_IN)
        if name.tag_ != "NNP" or not _one_root(name.doc):
            return
        self._take(doc, sent, name.doc, t, "NNP", t.text)

    def _reparse_noun(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with a plain plural reporting noun for the word; taken where
        it is then a plural noun the opening word modifies, and the sentence has one root."""
        noun = self._parse(sent, t, _NOUN_STAND_IN)
        sub = noun.doc
        first = sub[noun.i - 1]
        if noun.tag_ != "NNS" or first.head.i != noun.i or not _one_root(sub):
            return
        if t.doc[t.i - 1].tag_ != "VBN" and (noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX")):
            # an adjective that may be a surname ('Noble claims that ...') only with a verb
            # after the noun phrase ('Unconfirmed reports that ... spread'); a participle,
            # never a name, whatever the parse made of the rest ('Published claims that ...')
            return
        singular = _singular(t.lower_)
        assert singular is not None  # (noun_read_as_verb found it)
        self._take(doc, sent, sub, t, "NNS", singular)

    def _reparse_that_noun(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with a plain plural reporting noun for the word; taken where
        it is then the subject of a verb, 'that' before it that clause's opener, and the
        sentence has one root."""
        noun = self._parse(sent, t, _NOUN_STAND_IN)
        sub = noun.doc
        that = sub[noun.i - 1]
        if noun.tag_ != "NNS" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.pos_ not in ("VERB", "AUX") or that.dep_ != "mark" or not _one_root(sub):
            return
        singular = _singular(t.lower_)
        assert singular is not None  # (report_noun_after_that found it)
        self._take(doc, sent, sub, t, "NNS", singular)

    def _reparse_participle(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'said' for the word; taken where that is then the one
        root, with the subject before it and a clause or a colon after it."""
        found = verb_shape(t.text)
        assert found is not None
        verb = self._parse(sent, t, _STAND_INS["past"][0])
        if not _root_after_subject(verb):
            return
        if not any(c.i > verb.i and (c.dep_ == "ccomp" or c.text == ":") for c in verb.children):
            return  # ('The Mayor, who won, proposed cuts': no report)
        self._take(doc, sent, verb.doc, t, "VBD", found[1])

    def _reparse_closing(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'said' for the word; taken where that is then the one
        root, with its subject and a clause before it, both after the sentence's start."""
        found = verb_shape(t.text)
        assert found is not None
        verb = self._parse(sent, t, _STAND_INS["past"][0])
        if not _root_after_subject(verb) or not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
            return
        self._take(doc, sent, verb.doc, t, "VBD", found[1])

    def _reparse_inverted(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'said' (or 'says' for a present) for the word; taken where
        that is then the one root with a subject after it."""
        present = t.tag_ == "VBZ"
        verb = self._parse(sent, t, _STAND_INS["3sg" if present else "past"][0])
        if verb.dep_ != "ROOT" or not _one_root(verb.doc) or not any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
            return
        self._take(doc, sent, verb.doc, t, "VBZ" if present else "VBD", t.lemma_)

    def _reparse_relative(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'said' (or 'sure' after 'was') for the relative
        clause's verb; taken where the reporting verb is then the one root, with the subject
        before the relative clause as its own, and the word takes a clause."""
        stand_in = _RELATIVE_STAND_INS.get(t.tag_)
        assert stand_in is not None  # (relative_cut_short found it)
        word = self._parse(sent, t, stand_in)
        root = next(w for w in word.doc if w.dep_ == "ROOT")
        if not _root_after_subject(root) or verb_shape(root.text) is None or root.i <= word.i:
            return
        if not any(c.dep_ == "ccomp" for c in word.children):
            return
        self._take(doc, sent, word.doc, t, t.tag_, t.lemma_)

    def _reparse_relative_after_tag(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'said' (in t's tense) for the relative clause's verb;
        taken where that verb then takes a clause, and the name it hangs on is the tag's
        subject."""
        word = self._parse(sent, t, _RELATIVE_STAND_INS[t.tag_])
        name = word.head
        if word.dep_ != "relcl" or not any(c.dep_ == "ccomp" for c in word.children) or name.dep_ != "nsubj" or name.head.i > name.i or not _one_root(word.doc):
            return
        self._take(doc, sent, word.doc, t, t.tag_, t.lemma_)

    def _reparse_aside(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'says' for the word; taken where that is then an aside on
        the sentence's verb (or its root with a clause) with its subject before it."""
        found = verb_shape(t.text)
        assert found is not None
        verb = self._parse(sent, t, _STAND_INS["3sg"][0])
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            return
        if verb.dep_ != "parataxis" and not (verb.dep_ == "ROOT" and any(c.dep_ == "ccomp" for c in verb.children)):
            return
        self._take(doc, sent, verb.doc, t, "VBZ", found[1])

    def _reparse_reduced(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'shown' (a participle only) for the word; taken where it
        then modifies the subject before it, the later verb has that subject for its own,
        and the sentence has one root."""
        part = self._parse(sent, t, _PARTICIPLE_STAND_IN)
        sub = part.doc
        owner = part.head
        if part.tag_ != "VBN" or part.dep_ not in ("acl", "advcl", "relcl") or owner.pos_ not in ("NOUN", "PROPN") or owner.i >= part.i:
            return
        if owner.dep_ not in ("nsubj", "nsubjpass") or owner.head.i <= part.i or not _one_root(sub):
            return
        self._take(doc, sent, sub, t, "VBN", t.lemma_)

    def _reparse_posted(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'showed' for the word (a past tense the parser does not
        read as a noun); taken where that is then the one root, the participle a modifier of
        its subject."""
        shape, lemma = verb_shape(t.text)  # type: ignore[misc]
        if t.pos_ == "VERB":
            # a verb already, with its object, hung on the participle: the arcs moved (the
            # parser keeps the participle for the root whatever word stands in)
            participle = sent.root
            noun = next(c for c in participle.children if c.dep_ == "nsubj")
            moves: list[tuple[Token, Token, str | None]] = [(t, t, "ROOT"), (noun, t, "nsubj"), (participle, noun, "acl")]
            moves += [(c, t, None) for c in participle.children if c.i > t.i]  # (the full stop)
            _rehang_as_a_tree(doc, sent, moves)
            return
        verb = self._parse(sent, t, _POSTED_STAND_IN)
        sub = verb.doc
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if verb.dep_ != "ROOT" or verb.tag_ != "VBD" or subject is None or not _one_root(sub):
            return
        if not any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") for c in subject.children):
            return
        self._take(doc, sent, sub, t, _STAND_INS[shape][1], lemma)

    def _reparse_spread(self, doc: Doc, sent: Span, t: Token) -> None:
        """The sentence parsed with 'arose' for the word; taken where that is then the one
        root, with the talk noun that opens the sentence for its subject."""
        verb = self._parse(sent, t, _SPREAD_STAND_IN)
        sub = verb.doc
        if verb.dep_ != "ROOT" or not _one_root(sub) or not any(c.dep_ == "nsubj" and c.i == sent.root.i - sent.start for c in verb.children):
            return
        self._take(doc, sent, sub, t, "VBD", t.lemma_)

    def _reparse(self, doc: Doc, sent: Span, t: Token) -> None:
        found = verb_shape(t.text)
        assert found is not None
        shape, lemma = found
        stand_in, tag = _STAND_INS[shape]
        verb = self._parse(sent, t, stand_in)
        sub, at = verb.doc, verb.i
        age = sub[at - 1] if at and _age_as_noun(sub[at - 1]) and sub[at - 1].head.i == at and sub[at - 1].dep_ == "amod" else None
        if age is not None and verb.tag_.startswith("VB") and verb.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            age.dep_ = "nsubj"  # ('The 40-year-old | says ...': the age is the one who says)
            for w in sub[:age.i]:
                if w.head.i == at:
                    w.head = age  # ('The', hung on the verb, is the age's)
        if not verb.tag_.startswith("VB") or not _root_after_subject(verb):
            return  # not the verb, not at the one root, or no subject before it: "In one of those plans that your state offers"
        closing = _ends_the_sentence(verb)  # '..., Radar Online claims.', '..., New York magazine reports in its Monday issue.'
        raised = lemma in _raising() and any(c.dep_ == "xcomp" and c.i > at for c in verb.children)  # ('purports | to show that ...')
        if not raised and not any(c.dep_ == "ccomp" and (c.i > at or _closes_quotation(t) or closing) for c in verb.children) and sub[at + 1].text not in _OPENING:
            return  # says no clause: "a post points the way back to a report"
        self._take(doc, sent, sub, t, tag, lemma)

    @staticmethod
    def _take(doc: Doc, sent: Span, sub: Doc, t: Token, tag: str, lemma: str) -> None:
        """The sentence takes sub's parse; the word keeps its text, with this tag and lemma."""
        whole = numpy.asarray(doc.to_array([HEAD, DEP, TAG]), dtype=numpy.uint64)  # as to_array gives it
        whole[sent.start : sent.end] = sub.to_array([HEAD, DEP, TAG])
        whole[t.i, 2] = doc.vocab.strings.add(tag)
        lemmas = {w.i: w.lemma_ for w in sent}  # the word's own lemmas, not the stand-in's
        ents = doc.ents
        doc.from_array([HEAD, DEP, TAG], whole)  # type: ignore[arg-type]
        for w in sub:
            doc[sent.start + w.i].pos_ = w.pos_
        for w in sent:
            w.lemma_ = lemmas[w.i]
        t.lemma_ = lemma
        doc.ents = ents


_PARTICIPLE_PASTS = frozenset({"told", "thought", "said", "read"})  # of _PASTS, those that are also participles


def participle_read_as_finite(sent: Span) -> Token | None:
    """A reporting verb's participle right after a noun that the parser read as the noun's
    past-tense verb, leaving the sentence's later verb without a subject ('The truce agreed
    on Monday | ended weeks of fighting'; 'A fire thought to have been started by vandals |
    destroyed the school'): the noun is what was agreed or thought, not who says it."""
    for t in sent:
        if t.tag_ != "VBD" or t.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass", "neg") for c in t.children):
            continue
        found = verb_shape(t.text)
        if found is None or found[0] != "past" or not (t.lower_.endswith("ed") or t.lower_ in _PARTICIPLE_PASTS):
            continue
        subject = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.i != subject.i + 1 or subject.right_edge.i != subject.i:
            continue  # (right after the noun: not set off by commas, 'Kim, believed to be 31, is ...', which the parser reads right, nor after a clause on it)
        if any(_subjectless_finite(v, t) for v in sent if v.i > t.i):
            return t
    return None


def verb_read_as_noun_after_participle(sent: Span) -> Token | None:
    """'Photos posted to Twitter show crowds fleeing the stadium', 'Images shared on Facebook
    show ...': a reporting verb in the present (cue_verbs.txt's forms, 'show', 'shows') that
    the parser made a noun or adjective after a participle it took for the sentence's verb,
    its subject the noun before, or left a verb with no subject hung on that participle: the
    noun is what was posted, and the later word its verb (the cue was 'posted', with 'to
    Twitter show crowds ...' for the claim)."""
    root = sent.root
    if root.tag_ not in ("VBN", "VBD") or not root.lower_.endswith("ed") or any(c.dep_ in ("aux", "auxpass", "neg", "xcomp", "cc") for c in root.children):
        return None  # (a participle with no complement of its own: 'declined to threaten Moscow or ...' is the verb)
    if not any(c.dep_ == "nsubj" and c.i == root.i - 1 and c.pos_ == "NOUN" for c in root.children):
        return None
    if not any(c.dep_ in ("prep", "advmod") and c.i == root.i + 1 for c in root.children) or any(c.dep_ == "dobj" and c.pos_ != "NOUN" for c in root.children):
        return None  # where it was put ('posted to Twitter', 'shared online'), not 'Teachers rejected government claims'
    doc = sent.doc
    for t in sent:
        if t.i <= root.i + 1 or t.i + 1 >= sent.end or not t.is_lower:
            continue
        # (a noun or adjective, or a verb with no subject hung on the participle)
        stray = t.tag_ in ("VBP", "VBZ") and t.head.i == root.i and t.dep_ in ("dep", "ccomp") and not any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in t.children)
        if t.pos_ not in ("NOUN", "ADJ") and not stray:
            continue
        found = verb_shape(t.text)
        if found is None or found[0] not in ("bare", "3sg") or doc[t.i - 1].pos_ not in ("NOUN", "PROPN", "ADV", "ADJ"):
            continue
        if doc[t.i + 1].pos_ in ("NOUN", "PROPN", "DET", "PRON", "NUM", "ADJ") or doc[t.i + 1].lower_ == "that":
            return t
    return None


def participle_set_off_read_as_finite(sent: Span) -> tuple[Token, Token, Token] | None:
    """(participle, noun, verb) for a reporting verb's participle set off by commas after a
    noun ('whether the flash and crater, reported earlier this week outside the capital,
    were actually ...'), which the parser read as the noun's verb in the past, the verb
    after the closing comma left without a subject and hung as a conjunct on the clause
    above: the participle describes the noun, and the noun is that verb's subject."""
    doc = sent.doc
    for t in sent:
        if t.tag_ != "VBD" or t.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass", "neg", "dobj", "ccomp", "xcomp") for c in t.children):
            continue
        found = verb_shape(t.text)
        if found is None or found[0] != "past" or not (t.lower_.endswith("ed") or t.lower_ in _PARTICIPLE_PASTS):
            continue
        noun = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or doc[t.i - 1].text != "," or noun.right_edge.i not in (t.i - 2, t.i - 1):
            continue
        comma = t.right_edge.i if doc[t.right_edge.i].text == "," else t.right_edge.i + 1
        if comma + 1 >= sent.end or doc[comma].text != ",":
            continue
        verb = doc[comma + 1]
        while verb.dep_ == "advmod" and verb.head.i > verb.i:
            verb = verb.head
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("conj", "ccomp") or verb.head.i not in (t.i, t.head.i):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        return t, noun, verb
    return None


def raising_participle_read_as_conjunct(sent: Span) -> tuple[Token, Token] | None:
    """(participle, noun) for 'a Dutch engineer, thought to be a geologist, who ...', 'the
    man, believed to be 40, ...' set off by commas after a noun, where the parser read the
    participle as a past-tense conjunct of the clause (so its 'to be' hedged the claim as a
    whole): a verb of raising_passives.txt with 'to' and an infinitive, no subject of its own
    and no 'and' before it, right after the comma that closes the noun."""
    doc = sent.doc
    for t in sent:
        if t.dep_ != "conj" or t.tag_ not in ("VBD", "VBN") or t.lemma_.lower() not in lexicon.words(RAISING_PASSIVES) or t.i < sent.start + 2:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "cc", "aux", "auxpass") for c in t.children):
            continue
        if not any(c.dep_ == "xcomp" and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children) for c in t.children):
            continue
        comma, noun = doc[t.i - 1], doc[t.i - 2]
        if comma.text != "," or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == noun.i:
            continue
        while noun.dep_ in ("compound", "flat") and noun.head.i > noun.i:
            noun = noun.head
        if noun.right_edge.i not in (t.i - 2, t.i - 1):
            continue
        return t, noun
    return None


def _subjectless_finite(v: Token, t: Token) -> bool:
    """A finite verb after t, with no subject of its own and no coordinator before it, that
    hangs on t or has t under it: the verb the noun before t is the subject of."""
    if v.tag_ not in ("VBD", "VBZ", "VBP") or v.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "cc", "mark") for c in v.children):
        return False
    before = v.doc[v.left_edge.i - 1] if v.left_edge.i > 0 else None
    if before is not None and (before.dep_ == "cc" or before.lower_ in ("and", "but", "or")):
        return False
    return v.head.i == t.i and v.dep_ in ("ccomp", "conj", "advcl") or v.dep_ == "ROOT" and t.head.i == v.i


def verb_inside_the_claim(sent: Span) -> Token | None:
    """The verb of a sentence whose subject is talk with its 'that' clause ('Rumours that
    he was dead | spread on Twitter'; 'Reports that the militants had contracted Ebola |
    swirled on Sunday'; spreading_verbs.txt), which the parser hung inside the clause,
    leaving the noun at the root and the claim running on over the verb."""
    root = sent.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in talk_nouns():
        return None
    clause = next((c for c in root.children if c.dep_ in ("acl", "ccomp") and c.i > root.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    spreading = lexicon.words(SPREADING_VERBS)
    found = [t for t in sent if t.i >= clause.i and t.tag_ in ("VBD", "VBN") and t.lemma_.lower() in spreading and not any(c.dep_ == "aux" for c in t.children)]
    return found[-1] if found else None


@lru_cache(maxsize=1)
def talk_nouns() -> frozenset[str]:
    """The nouns that carry a claim: reporting_nouns.txt with the mass talk of
    vague_sources.txt ('gossip', 'scuttlebutt'), kept out of the list the small tagger was
    trained to read (extract/nouns.py reads the same)."""
    return lexicon.words(REPORTING_NOUNS) | lexicon.grouped(VAGUE_SOURCES)["mass"]


def inverted_wording(sent: Span) -> Token | None:
    """'"Closed until further notice," read a sign on the door.': a verb by which a text gives
    its own words (cue_verbs.txt's "wording": 'read') right after a quotation's closing comma
    and mark, or a reporting verb closing a clause after its comma ('..., assures the
    priest.': _closing_inversion), the parser's object after it and nothing more to the
    sentence's end: the object is what reads or says so, the subject of an inverted verb."""
    doc = sent.doc
    wording = lexicon.grouped(CUE_VERBS)["wording"]
    telling = lexicon.grouped(CUE_VERBS)["tell"]
    for t in sent:
        if t.i < sent.start + 3 or t.pos_ not in ("VERB", "AUX"):
            continue
        if not (t.lemma_.lower() in wording and _after_quotation(doc, t.i) or _closing_inversion(t, telling)):
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
        if obj is None or any(c.dep_ in ("nsubj", "nsubjpass") and c.i > t.i for c in t.children):
            continue  # (a subject inside the quotation is the misreading's too: '"No entry ...," read')
        # nothing after the object but its own words, a phrase the parser hung on the verb
        # ('a statement | from the ministry') and the full stop
        end = max([obj.right_edge.i] + [c.right_edge.i for c in t.children if c.dep_ == "prep" and c.i > obj.i])
        if end + 1 < sent.end and not doc[end + 1].is_punct:
            continue
        return t
    return None


def speaker_like(noun: Token) -> bool:
    """A noun phrase that could be whoever speaks: a name, or a noun of a person, a role or a
    body with a determiner or owner ('the engineer', 'a spokesman for the club', 'its
    owners'; role_nouns.txt, source_nouns.txt's people and bodies, person_nouns.tsv); not
    'battery life' or 'a bill'."""
    if noun.pos_ == "PROPN":
        return True
    if noun.pos_ != "NOUN" or not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    words = _speaker_words()
    return noun.lemma_.lower() in words or noun.lower_ in words


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    """The nouns speaker_like reads, gathered once from their lists."""
    groups = lexicon.grouped(SOURCE_NOUNS)
    people = frozenset(line.split("\t")[0] for line in lexicon.lines(PERSON_NOUNS))
    return lexicon.words(ROLE_NOUNS) | groups.get("anonymous", frozenset()) | groups.get("body", frozenset()) | people


def _closing_inversion(t: Token, telling: frozenset[str]) -> bool:
    """'However, the bridge is safe, assures the engineer.', '..., warns the engineer.': a
    reporting verb in the present or past (verb_shape) right after the comma that closes a
    clause with a subject of its own, with no subject of its own; the object the parser gave
    it, someone who could speak (speaker_like), is its subject. Not a verb whose object is
    the one told ('tell', 'inform') or what it acts on (reporting_verbs.txt's "obj" verbs:
    'praised the engineers')."""
    doc = t.doc
    if t.tag_ not in ("VBZ", "VBD") or doc[t.i - 1].text != "," or verb_shape(t.text) is None or t.lemma_.lower() in telling:
        return False
    if "obj" in lexicon.flagged(REPORTING_VERBS).get(t.lemma_.lower(), frozenset()):
        return False  # a verb whose object is what it acts on ('praised the engineers'; 'reports the paper' is read elsewhere)
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i or c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in t.children):
        return False
    obj = next((c for c in t.children if c.dep_ == "dobj" and c.i > t.i), None)
    if obj is None or not speaker_like(obj):
        return False  # ('including expected retail pricing, expected battery life', 'proposed a bill')
    if obj.pos_ == "PROPN" and doc[t.i - 2].pos_ == "PROPN":
        return False  # a name's description set off after it ('Ross Ulbricht, alleged Dread Pirate Roberts')
    # (the clause before: what the verb hangs on, or its complement where the verb is the root)
    clause = t.head if t.dep_ in ("conj", "parataxis", "dep") and t.head.i < t.i else next((c for c in t.children if c.dep_ == "ccomp" and c.i < t.i), None)
    return clause is not None and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)


def aside_read_as_noun(sent: Span) -> Token | None:
    """A reporting verb in the present set off by commas inside the claim, read as a plural
    noun in apposition or an aside ('The mayor, the Gazette reports, will resign'): the report
    was lost, or taken for the noun's."""
    doc = sent.doc
    for t in sent:
        if t.tag_ != "NNS" or t.dep_ not in ("appos", "parataxis") or not t.is_lower or t.i + 1 >= sent.end or doc[t.i + 1].text != ",":
            continue
        found = verb_shape(t.text)
        if found is None or found[0] != "3sg" or doc[t.i - 1].pos_ not in _SUBJECT_END:
            continue
        first = next(w for w in t.subtree if not w.is_punct)
        if first.i - 1 > sent.start and doc[first.i - 1].text == ",":
            return t
    return None


def closing_report_read_as_modifier(sent: Span) -> Token | None:
    """A past reporting verb that closes the sentence after a comma (a time or place may
    follow it), hung as a participle on a name set off by commas after the clause it reports
    ('..., the Tribune, the city's oldest paper, reported on Tuesday.'): the root is a verb
    before the name."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX"):
        return None
    for t in sent:
        if t.dep_ not in ("acl", "relcl") or t.tag_ not in ("VBN", "VBD") or t.i <= root.i or sent.doc[t.i - 1].text != ",":
            continue
        found = verb_shape(t.text)
        if found is None or found[0] != "past" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "auxpass") for c in t.children):
            continue
        if t.head.pos_ != "PROPN" or not any(c.dep_ == "appos" for c in t.head.children):
            continue
        if t.right_edge.i + 1 < sent.end and not sent.doc[t.right_edge.i + 1].is_punct:
            continue  # closes the sentence, with what it took
        return t
    return None


# the word that stands in for a relative clause's verb, by its tag: one the parser reads
# with a clause after it, of the same shape
_RELATIVE_STAND_INS = {"VBD": "said", "VBZ": "says", "VBP": "say", "VBN": "sure", "JJ": "sure"}


def relative_cut_short(sent: Span) -> Token | None:
    """The verb of a relative clause on a subject, where the parser ended the relative clause
    before the clause it takes, and the reporting verb after it has that subject: the clause
    became the root with the subject its second subject and the reporting verb its conjunct
    ('A Kurdish official, who was convinced | the cases were Ebola, | told Xendan that ...'),
    or the verb's object and the root ('who believed | the cases | were ...'), or a clause
    the reporting verb takes before it ('The mayor, who insisted | the bridge was safe, told
    reporters ...'). The verb is one of saying or believing ('believed'), or a participle or
    adjective after 'was' ('was convinced')."""
    doc = sent.doc
    for first in sent:
        if first.dep_ not in ("nsubj", "nsubjpass"):
            continue
        rel = next((c for c in first.children if c.dep_ == "relcl" and c.i > first.i), None)
        if rel is None or any(c.dep_ == "ccomp" for c in rel.children):
            continue
        word: Token | None
        if rel.tag_ in ("VBD", "VBZ", "VBP") and verb_shape(rel.text) is not None:
            word = rel
        elif rel.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in rel.children):
            word = rel  # 'who was convinced | the cases ...'
        else:  # 'who was sure | ...': the word after 'was'
            word = next((c for c in rel.children if c.dep_ in ("acomp", "oprd") and c.tag_ in ("VBN", "JJ")), None)
        if word is None or word.tag_ not in _RELATIVE_STAND_INS or word.i + 1 >= sent.end:
            continue
        verb = first.head
        reports = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.i > verb.i]
        if verb.dep_ == "ccomp" and verb.head.i > verb.i:
            reports.append(verb.head)  # (the subject hung on the clause taken from the relative)
        report = next((r for r in reports if r.i > word.i and r.pos_ == "VERB" and verb_shape(r.text) is not None and doc[r.i - 1].text == ","), None)
        if report is None or report.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in report.children):
            continue
        between = doc[word.i + 1 : report.i - 1]
        if not any(w.tag_ in _FINITE for w in between) or any(w.text in (",", ";", ":") or w.dep_ == "relcl" for w in between):
            continue  # no clause of its own between them, or more than one
        if report.dep_ != "conj" and not any(c.dep_ == "ccomp" and word.i < c.i < report.i for c in report.children):
            continue  # the parser gave the relative clause its own words
        return word
    return None


def relative_cut_after_tag(sent: Span) -> Token | None:
    """The verb of saying or believing of a relative clause on the name after an inverted
    tag ('"...," said Carla Wen, who maintains | the footage was not faked.'), where the
    parser ended the relative clause before the clause it takes and made the name that
    clause's subject: the clause hung on the tag, the relative verb with the words before it
    for its object."""
    for rel in sent:
        if rel.dep_ != "relcl" or rel.tag_ not in ("VBD", "VBZ", "VBP") or verb_shape(rel.text) is None or any(c.dep_ == "ccomp" for c in rel.children):
            continue
        name, after = rel.head, rel.i + 1
        clause = name.head
        if name.dep_ not in ("nsubj", "nsubjpass") or clause.i <= rel.i or clause.dep_ != "ccomp" or after >= sent.end:
            continue
        report = clause.head
        if report.i > name.i or report.pos_ != "VERB" or verb_shape(report.text) is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in report.children):
            continue  # (the tag before the name, and no subject of its own)
        return rel
    return None


def clause_past_citing(sent: Span) -> Token | None:
    """The 'that' clause after 'reported, citing X,' hung on the participle (cue_verbs.txt's
    "quoted" group: cite, quote), a comma before it and before the participle, where the
    participle hangs on a reporting verb before it; else None."""
    quoting = lexicon.grouped(CUE_VERBS)["quoted"]
    for t in sent:
        if t.dep_ != "advcl" or t.tag_ != "VBG" or t.lemma_.lower() not in quoting or t.head.i > t.i or t.i == 0 or t.doc[t.i - 1].text != ",":
            continue
        if t.head.lemma_.lower() not in _lemmas() or t.head.pos_ not in ("VERB", "AUX"):
            continue
        for k in t.children:
            mark = next((m for m in k.children if m.dep_ == "mark" and m.lower_ == "that"), None)
            if k.dep_ == "ccomp" and mark is not None and mark.i == k.left_edge.i and mark.i > 0 and t.doc[mark.i - 1].text == ",":
                return k
    return None


def stray_handle(sent: Span) -> Token | None:
    """'"It is fine," @JustAlly said.': a social-media handle with capitals, which the tagger
    reads as an adverb or an auxiliary, right before a verb that has no subject: that verb's
    subject, a name. Else None."""
    for tok in sent:
        if not _HANDLE.fullmatch(tok.text) or tok.dep_ in ("nsubj", "nsubjpass") or tok.i + 1 >= sent.end:
            continue
        verb = tok.doc[tok.i + 1]
        if verb.pos_ in ("VERB", "AUX") and tok.head.i == verb.i and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return tok
    return None


_HANDLE = re.compile(r"@\w{2,}")


def stray_agent(sent: Span) -> Token | None:
    """'The gunman was named as Tom Reyes by the Herald': the parser hung the passive's 'by'
    phrase on the name of the 'as' phrase; it is the verb's agent, who named him. The 'by'
    that ends the 'as' phrase of a verb in the passive with no agent of its own ('was
    described as a loner by neighbours', 'was built as a school by monks', 'as "reckless" by
    ...'), or the name such a verb gives ('was even called a "liar" by the mayor'); else None."""
    for verb in sent:
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "agent" for c in verb.children):
            continue
        # (what the 'as' phrase names, or the name a verb of naming gives: 'was even called a
        # "liar" by the mayor'; an adjective the parser hung on 'as': 'as "reckless" by ...')
        named = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]
        named += [c for c in verb.children if c.dep_ in ("oprd", "attr") and c.i > verb.i]
        for obj in named:
            by = next((g for g in obj.children if g.dep_ == "prep" and g.lower_ == "by" and g.i > obj.i), None)
            if by is not None and by.right_edge.i == obj.right_edge.i and any(g.dep_ == "pobj" and not _a_time(g) for g in by.children):
                return by  # (the last words of the phrase; not a time: 'was declared Ebola-free by October')
    return None


def _a_time(word: Token) -> bool:
    """A month or weekday (calendar_words.txt; the entity tagger runs after this component)
    or a number: 'by October', 'by Monday', 'by 2015'."""
    return word.lower_ in lexicon.words(CALENDAR_WORDS) or word.like_num


def tag_hung_inside(sent: Span) -> tuple[Token, Token, Token | None] | None:
    """(tag verb, root, clause) for a tag that closes the sentence after a comma ('Police have
    said the gunman is dead, but did not say if he acted alone, the BBC reported.') which the
    parser hung inside the last clause (the complement of 'say', taking the 'if' clause
    before it under itself; or as a relative clause on the last noun: '... dishes such as dog
    meat soup, North Korea experts claim.', a review of FNC bodies, Random(11616)): the tag
    reports the whole sentence, its root; the clause before the comma goes back to the verb
    the tag hung on. A reporting verb in the past or present
    (verb_shape) with its subject right after the comma and nothing after it but the full
    stop."""
    doc = sent.doc
    words = [w for w in sent if not w.is_space]
    if len(words) < 6 or words[-1].text not in _CLOSING_STOPS:
        return None
    tag = words[-2]
    if tag.tag_ not in ("VBD", "VBZ", "VBP") or verb_shape(tag.text) is None or tag.dep_ not in ("ccomp", "conj", "advcl", "relcl"):
        return None
    if tag.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP", "WP$", "WRB") or c.lower_ == "that" for c in tag.subtree):
        return None  # (a relative clause of its own: '..., which critics claim.')
    subject = next((c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i), None)
    if subject is None or subject.right_edge.i != tag.i - 1 or doc[subject.left_edge.i - 1].text != ",":
        return None
    root = sent.root
    if root.i >= subject.left_edge.i or root.i == tag.i or tag.head.i == root.i:
        return None  # (hung on the root itself, the closing tag's usual misparse, read elsewhere)
    inner = next((c for c in tag.children if c.i < subject.left_edge.i and c.dep_ in ("advcl", "ccomp")), None)
    if inner is not None and not any(k.dep_ == "mark" and k.lower_ in ("if", "whether") for k in inner.children):
        return None  # only the question the verb above asked ('did not say if ...')
    return tag, root, inner


def stray_report(sent: Span) -> tuple[Token, Token] | None:
    """(conjunct, reporting verb) for a verb joined to the verb of a reporting verb's clause
    that is the reporter's second act, not the claim's (see the module); else None."""
    from .extract.senses import showing_verbs  # (extract reads this module's repairs)

    lemmas = _lemmas()
    going_on = lexicon.grouped(CUE_VERBS)["continue"]
    for verb in sent:
        claim = verb.head
        # (from a clause inside the claim, past a comma: '... a cover-up because the league
        # needs him, and insinuated that ...'; not 'because they could see it and knew ...')
        serial = verb.i >= 2 and verb.doc[verb.i - 1].dep_ == "cc" and verb.doc[verb.i - 2].text == ","
        for _ in range(3 if serial else 0):
            if claim.dep_ not in ("advcl", "conj") or claim.head.i > claim.i:
                break
            claim = claim.head
        if verb.dep_ != "conj" or claim.dep_ != "ccomp" or claim.i > verb.i or claim.head.i > claim.i:
            continue
        report = claim.head
        if report.lemma_.lower() not in lemmas or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        again = lemma == report.lemma_.lower() or lemma in going_on
        if not again and lemma in lemmas and any(c.dep_ == "ccomp" for c in verb.children):
            # another verb of saying with a clause of its own ('implied that ..., and
            # insinuated that ...'); not one a thing the claim names can do ('said the DNA
            # had been tested and showed ...')
            subject = next((c for c in claim.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            again = not (lemma in showing_verbs() and (subject is None or subject.pos_ == "NOUN" and _mute(subject)))
        if again and _reporters_turn(verb, claim, report) or withheld(verb):
            return verb, report
    return None


def passive_read_into_the_claim(sent: Span) -> tuple[Token, Token, Token | None] | None:
    """(verb, reporting verb, coordinator) for a passive with no subject joined by 'and' to
    the clause a passive report takes ('Mira was told by nurses that she had a sprain and |
    was sent home'), which the parser hung on the clause's verb: a second passive of the one
    told, not the claim's, where the claim's own verb is active (not 'was told that the
    suspect was arrested and was charged', both the suspect's). Else None."""
    for verb in sent:
        claim = verb.head
        if verb.dep_ != "conj" or claim.i > verb.i or claim.dep_ != "ccomp" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or any(c.dep_ == "auxpass" for c in claim.children):
            continue
        report = claim.head
        if report.i > claim.i or report.lemma_.lower() not in _lemmas() or not any(c.dep_ == "auxpass" for c in report.children):
            continue
        if not any(c.dep_ in ("nsubj", "expl") for c in claim.children):
            continue
        cc = next((c for c in claim.children if c.dep_ == "cc" and claim.i < c.i < verb.i), None)
        return verb, report, cc
    return None


def turn_read_as_clause(sent: Span) -> tuple[Token, Token, Token] | None:
    """(verb, reporting verb, coordinator) for a reporting verb with a clause of its own and
    no subject, joined by 'and' or 'but' to the reporting verb's clause, that the parser hung
    on the reporting verb as a second clause ('The ministry said the port was open but
    admitted that two ships had sunk', 'Police said the man was armed and warned that he was
    dangerous'): the reporter's second act, its conjunct, as the parser reads 'and added
    that ...'; else None. (Hung so, the first claim ran on over the second and the second
    had no source.)"""
    lemmas = _lemmas()
    for verb in sent:
        report = verb.head
        if verb.dep_ != "ccomp" or report.i > verb.i or verb.lemma_.lower() not in lemmas or report.lemma_.lower() not in lemmas:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children) or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            continue
        first = next((c for c in report.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        cc = verb.doc[verb.i - 1]
        if first is None or cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or cc.head.i != first.i or first.right_edge.i != cc.i:
            continue
        return verb, report, cc
    return None


def _reporters_turn(verb: Token, claim: Token, report: Token) -> bool:
    """The second verb of saying goes with the reporting verb, not the claim's: it has the
    reporting verb's form, and the claim's verb another ('former neighbours say she has a
    voice and say that ...', 'said that children engage in ... and added that ...'), or the
    claim's subject is a pronoun that can stand for the reporter ('The source said that he had
    noticed ... and said that ...'), or names a thing that does not speak ('said the fish made
    a full recovery and said ...'). Not 'Johnson says Brown stopped ... and said "..."' (the
    form of the claim's verb), nor 'said that students approached her and said ...' (their
    own)."""
    if _form(verb) != _form(report):
        return False
    finite = next((c for c in claim.children if c.dep_ in ("aux", "auxpass") and c.i < claim.i), claim)
    if _form(finite) != _form(verb):
        return True
    if any(c.dep_ == "expl" for c in claim.children):
        return True  # ('implied that there was a cover-up ..., and insinuated that ...': no 'there' insinuates)
    subject = next((c for c in claim.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    reporter = next((c for c in report.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "NOUN" and _mute(subject):
        return True  # ('said the fish made a full recovery and said it would have died')
    if subject is None or reporter is None or subject.tag_ != "PRP":
        return False
    one = subject.lower_ in ("he", "she")
    return one and reporter.tag_ in ("NN", "NNP", "PRP") and reporter.lower_ not in ("they", "we") or subject.lower_ == "they" and reporter.tag_ in ("NNS", "NNPS")


def _mute(noun: Token) -> bool:
    """A noun for what does not speak (WordNet's kinds other than people, bodies, messages
    and records, extract/senses.py), and no noun of the sources ('a source', 'an insider')."""
    from .extract.senses import noun_kinds  # (extract reads this module's repairs)

    lemma = noun.lemma_.lower()
    return noun_kinds().get(lemma) in ("abstract", "thing") and not any(lemma in nouns for nouns in lexicon.grouped(SOURCE_NOUNS).values())


def _form(verb: Token) -> str:
    """The verb's tag, a bare form the tagger tagged as an infinitive read as the present."""
    return "VBP" if verb.tag_ == "VB" else verb.tag_


def withheld(verb: Token) -> bool:
    """The conjunct's words open with one of evidence.txt's none_provided phrases ("did not
    elaborate", "provided no further detail")."""
    words = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    start = next((t.idx for t in words if t.dep_ not in ("cc", "punct")), None)
    if start is None:
        return False
    text = verb.doc.text[start : words.end_char]
    return any(p.match(text) for p in _none_provided())


def unsupported_at(text: str, start: int, end: int) -> bool:
    """One of evidence.txt's none_provided phrases begins at text[start] (a word's start),
    within text[:end]."""
    return any(p.match(text, start, end) for p in _none_provided())


@lru_cache(maxsize=1)
def _none_provided() -> tuple[re.Pattern[str], ...]:
    rows = (line.split(None, 1) for line in lexicon.lines(EVIDENCE))
    return tuple(re.compile(rf"(?:{body})\b", re.IGNORECASE) for group, body in rows if group == "none_provided")


def subject_after_the_source(sent: Span) -> tuple[Token, Token] | None:
    """(name, verb) for 'According to Reuters, Smith, 54, has told his staff ...': a name set
    off by commas after an opening phrase's source, which the parser joined to the source (as
    its conjunct or apposition), is the subject the sentence's verb lacks. None otherwise
    ('According to John Hale, a spokesman, the plant will close': the verb has its subject)."""
    doc = sent.doc
    for t in sent:
        if t.lower_ != "to" or t.i < 1 or doc[t.i - 1].lower_ != "according" or doc[t.i - 1].i != sent.start:
            continue
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        verb = doc[t.i - 1].head
        if obj is None or obj.pos_ != "PROPN" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return None
        name = next((c for c in obj.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == ","), None)
        if name is None or not name.right_edge.i < verb.i or any(c.dep_ == "cc" for c in obj.children):
            return None
        return name, verb
    return None


def subject_on_an_aside(sent: Span) -> tuple[Token, Token, Token] | None:
    """(subject, aside, verb) for 'Tom Hale, visibly shaken, said ...', 'The king, visibly
    shaken and angered by the crash, has vowed ...': the parser made the source the subject
    of the participle or adjective set off by commas after it (and that, at times, the
    verb's clausal subject), leaving the reporting verb with none. None otherwise."""
    doc = sent.doc
    verbs = lexicon.words(REPORTING_VERBS)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        for aside in (c for c in verb.children if c.dep_ in ("parataxis", "advcl", "csubj") and c.i < verb.i and c.tag_ in ("VBN", "JJ")):
            subject = next((c for c in aside.children if c.dep_ == "nsubj" and c.i < aside.i), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("dobj", "ccomp", "mark") for c in aside.children):
                continue
            after, close = _past_words(subject), _past_words(aside)  # (the commas may hang on either side)
            if doc[after].text != "," or close >= verb.i or doc[close].text != ",":
                continue
            if all(doc[k].head.i == verb.i and doc[k].dep_ in ("aux", "advmod", "neg") for k in range(close + 1, verb.i)):
                return subject, aside, verb
    return None


def _past_words(tok: Token) -> int:
    """The index right after the last word (not punctuation) of tok's phrase."""
    return max(t.i for t in tok.subtree if not t.is_punct or t.i == tok.i) + 1


def clause_read_as_object(sent: Span) -> tuple[Token, Token | None, Token] | None:
    """(participle, object, verb) for 'released a video showing the pilot was alive': a
    reporting participle whose clause has no 'that', read as the participle's object and a
    verb the parser hung on the sentence's root; the object is the subject of that verb,
    and the clause is what the participle reports. (participle, None, verb) where the
    parser hung the whole clause, its subject with it, on the root ('... showing the pilot
    had survived'). None otherwise."""
    lemmas = _lemmas()
    doc = sent.doc
    for verb in sent:
        if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl") or verb.lemma_.lower() not in lemmas:
            continue
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            continue  # a verb in the progressive with its own subject, no participle ('when she was writing a story')
        if not any(c.i > verb.i for c in verb.children) and verb.i + 1 < sent.end:
            clause = next((c for c in sent if c.left_edge.i == verb.i + 1 and c.pos_ in ("VERB", "AUX") and c.dep_ in ("ccomp", "advcl", "conj") and c.head.i < verb.i), None)
            if clause is not None and not clause.is_ancestor(verb) and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return verb, None, clause
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.right_edge.i + 1 >= sent.end or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        finite = doc[obj.right_edge.i + 1]
        while finite.dep_ in ("aux", "auxpass", "neg") and finite.head.i > finite.i:
            finite = finite.head  # ('... showing the pilot had survived': the verb after its auxiliary)
        if finite.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") and c.i == obj.right_edge.i + 1 for c in finite.children):
            continue
        if finite.dep_ not in ("advcl", "conj", "ccomp") or finite.head.i == verb.i or finite.head.i > verb.i or finite.is_ancestor(verb) or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in finite.children):
            continue  # (not a verb the participle hangs from: a cycle)
        return verb, obj, finite
    return None


def withheld_at_the_end(sent: Span) -> tuple[Token, Token] | None:
    """(phrase, reporting verb) for a phrase closing the sentence after a comma that says
    what the reporter did not give (evidence.txt's none_provided: '..., without citing any
    sources'), which the parser hung on the claim's verb: it is the reporter's, not the
    claim's. None otherwise."""
    lemmas = _lemmas()
    for t in sent:
        if t.lower_ != "without" or t.dep_ not in ("prep", "advcl", "advmod") or t.i < 1 or sent.doc[t.i - 1].text != ",":
            continue
        claim = t.head
        if claim.dep_ != "ccomp" or claim.head.i > claim.i or claim.head.lemma_.lower() not in lemmas or t.right_edge.i + 2 < sent.end:
            return None
        if withheld(t):
            return t, claim.head
    return None


def list_before_tag(sent: Span) -> tuple[Token, Token] | None:
    """'The phone tracks sleep, heart rate and other functions, the Journal reported': a tag
    closing the sentence after a list, where the parser made the list's later items the
    verb's subject and the source their apposition (so the source ran over the list and the
    claim stopped at the first item). (the later items, the source) to hang back on the
    list's first item and on the verb, else None. Only a name for the source, common nouns
    for the items, and a claim before them that ends on the first item."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.grouped(CUE_VERBS)["closing"]:
            continue
        items = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if items is None or items.pos_ != "NOUN" or not any(c.dep_ == "conj" for c in items.children):
            continue
        name = next((c for c in items.children if c.dep_ == "appos" and c.i > items.i), None)
        doc = verb.doc
        if name is None or name.pos_ != "PROPN" or name.right_edge.i + 1 != verb.i or doc[name.left_edge.i - 1].text != ",":
            continue
        first = items.left_edge.i - 2  # the claim's last word, before the comma
        if first < sent.start or doc[first + 1].text != "," or doc[first].pos_ != "NOUN":
            continue
        if any(c.dep_ == "ccomp" and c.i < items.i and c.right_edge.i == first for c in verb.children):
            return items, name
    return None


def name_before_tag(sent: Span) -> tuple[Token, Token] | None:
    """(name, verb) for a tag closing the sentence after a name set off by commas, with or
    without a description after it ('..., Humberto Garcia, of the Astronomy Center, told The
    Associated Press on Sunday.'), where the parser hung the name as an apposition on a noun
    of the claim before it: the name is the verb's subject. Only a person's name (a first
    name and more: the entity tagger runs after this), a description with no finite verb,
    and a subject the parser gave the verb, if any, set off by a comma after the claim and a
    thing that does not speak. None otherwise ('..., the firm's founder, John Smith, said':
    the name is its subject's apposition)."""
    doc = sent.doc
    verbs = _closing_or_telling()
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.i - 2 < sent.start or doc[verb.i - 1].text != ",":
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "nsubj", "nsubjpass") and c.i > verb.i for c in verb.children):
            continue
        if any(not t.is_punct and not verb.is_ancestor(t) for t in doc[verb.i + 1 : sent.end]):
            continue  # (the tag closes the sentence)
        name = next((t for t in reversed(doc[sent.start : verb.i - 1]) if _named_person(t)), None)
        if name is None or name.head.i >= name.left_edge.i:
            continue
        if name.head.lemma_.lower() in lexicon.words(ROLE_NOUNS) or not _mute(name.head):
            continue  # ('..., the head of the parish council, Ada Brennan, said': the role's own name)
        between = doc[name.i + 1 : verb.i - 1]
        if len(between) and (between[0].text != "," or len(between) > 25 or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.is_quote for t in between)):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is None:
            return name, verb
        comma = subject.left_edge.i - 1
        if comma <= sent.start:
            continue
        if subject.is_ancestor(name) and _mute(subject) and subject.lemma_.lower() not in lexicon.words(ROLE_NOUNS) and doc[comma].text == "," and any(c.dep_ == "ccomp" and c.right_edge.i >= comma - 1 for c in verb.children if c.i < comma):
            return name, verb
    return None


def role_left_in_quotation(sent: Span) -> tuple[Token, Token] | None:
    """(role, name) for a closing tag whose subject is a name after its role ('"...,"
    weather service expert Ann Kohl told Science Weekly.'), where the parser hung the role
    on the quotation's clause before it: the role describes the name (its compound, as the
    parser reads 'county engineer Dana Whitt told ...'). Only a role noun (role_nouns.txt,
    or a noun WordNet files as a person), right after the closing quotation mark."""
    from .extract.senses import noun_kinds  # (extract reads this module's repairs)

    doc = sent.doc
    verbs = _closing_or_telling()
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        name = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ == "PROPN"), None)
        if name is None:
            continue
        start = name.left_edge.i
        run: list[Token] = []
        while start - 1 > sent.start and doc[start - 1].pos_ in ("NOUN", "ADJ", "PROPN") and not name.is_ancestor(doc[start - 1]):
            start -= 1
            run.insert(0, doc[start])
        if not run or not doc[start - 1].is_quote or doc[start - 1].i == sent.start:
            continue
        top = [t for t in run if t.head.i not in {r.i for r in run}]
        if len(top) != 1 or top[0].head.i >= start - 1 or top[0].pos_ != "NOUN":
            continue
        lemma = top[0].lemma_.lower()
        if lemma in lexicon.words(ROLE_NOUNS) or noun_kinds().get(lemma) == "person":
            return top[0], name
    return None


def _named_person(t: Token) -> bool:
    """t closes a person's name set off by a comma before it and hung on a word before it
    (an apposition or conjunct): proper nouns only, the first a first name."""
    if t.pos_ != "PROPN" or t.dep_ not in ("appos", "conj") or t.left_edge.i == t.i or t.left_edge.i < 1:
        return False
    words = t.doc[t.left_edge.i : t.i + 1]
    return t.doc[t.left_edge.i - 1].text == "," and all(w.pos_ == "PROPN" and w.is_title for w in words) and words[0].lower_ in _first_names()


@lru_cache(maxsize=1)
def _closing_or_telling() -> frozenset[str]:
    """cue_verbs.txt's "closing" and "tell" verbs: those a tag closing its sentence uses."""
    groups = lexicon.grouped(CUE_VERBS)
    return frozenset(groups["closing"] | groups["tell"])


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return frozenset(line.split("\t")[0] for line in lexicon.lines(FIRST_NAMES))


def that_clause_read_as_relative(sent: Span) -> tuple[Token, Token, Token] | None:
    """(clause, that, holder) for 'claims made by Iraqi newspaper Al-Sabah that Ebola is
    spreading': a clause opened by 'that' with a subject of its own after it, which the
    parser read as a relative clause on the source's name, with 'that' for the subject's
    determiner or for an object the verb already has ('that the mayor took bribes'); a
    relative clause has no such 'that', so it is the claim noun's clause, as the parser
    reads 'allegations made by a former aide that the senator took cash' (hung on the
    participle that names the claim's maker, else on the noun). None otherwise."""
    nouns = talk_nouns()
    for v in sent:
        if v.dep_ != "relcl" or v.pos_ not in ("VERB", "AUX"):
            continue
        that = v.doc[v.left_edge.i]
        subject = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != that.i), None)
        if that.lower_ != "that" or subject is None:
            continue
        determiner = that.dep_ == "det" and that.head.i == subject.i  # 'that Ebola is spreading'
        object_too = that.dep_ == "dobj" and that.head.i == v.i and sum(1 for c in v.children if c.dep_ == "dobj") == 2  # 'that the mayor took bribes'
        if not (determiner or object_too):
            continue
        up = v.head
        for _ in range(6):
            if up.dep_ == "acl" and up.tag_ == "VBN" and up.head.lemma_.lower() in nouns:
                return v, that, up
            if up.pos_ == "NOUN" and up.lemma_.lower() in nouns:
                made = next((c for c in up.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < v.i), None)
                return v, that, made if made is not None else up
            if up.head.i == up.i:
                break
            up = up.head
    return None


def subject_read_as_conjunct(sent: Span) -> tuple[Token, Token, list[Token], Token] | None:
    """(subject, verb, aside, first verb) for '..., and the union, according to Reuters, says
    it will appeal': a noun after 'and' that the parser joined to the verb before it as a
    conjunct, with a phrase set off by commas after it, when the reporting verb after the
    phrase, joined to that verb or made the root over its clause, has no subject: the noun
    is its subject and the phrase (its words hung on the first verb) is on it. None
    otherwise."""
    doc = sent.doc
    verbs = lexicon.words(REPORTING_VERBS)
    for v in sent:
        if v.pos_ != "VERB" or v.lemma_.lower() not in verbs or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            continue
        # joined to the verb before it, or (where the parser made it the root) over that
        # verb's clause as its complement
        head = v.head if v.dep_ == "conj" else next((c for c in v.children if c.dep_ == "ccomp" and c.i < v.i), None)
        if head is None or head.i >= v.i:
            continue
        noun = next((c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < v.i), None)
        if noun is None or doc[noun.left_edge.i - 1].lower_ != "and" or doc[noun.right_edge.i + 1].text != ",":
            continue
        between = [t for t in doc[noun.right_edge.i + 1 : v.i] if t.head.i == head.i]
        if doc[v.i - 1].text != "," or not any(t.dep_ == "prep" for t in between) or not all(t.dep_ in ("prep", "punct") for t in between):
            continue
        return noun, v, between, head
    return None


def outlet_read_as_subject(sent: Span) -> tuple[list[Token], Token, Token, Token | None] | None:
    """'Analysts told Bloomberg prices will rise', 'Sources tell Variety talks have stalled':
    an outlet the gazetteer knows, right after a verb of telling, which the parser read as a
    modifier of the next noun (the claim's subject, or an object before a clause that lacks
    one). (the outlet's words, the verb, the noun, the clause when the noun is to be its
    subject) to hang back, else None."""
    from .sourcing import outlets  # (sourcing reads this module's repairs)

    doc = sent.doc
    for verb in sent:
        if verb.lemma_.lower() != "tell" or verb.pos_ != "VERB" or verb.i + 2 >= sent.end:
            continue
        words = []
        for t in doc[verb.i + 1 : sent.end]:
            if t.pos_ != "PROPN" or t.dep_ != "compound":
                break
            words.append(t)
        if not words or len({w.head.i for w in words}) != 1:
            continue
        noun = words[0].head
        if noun.i != words[-1].i + 1 or noun.pos_ != "NOUN" or outlets.lookup(" ".join(w.text for w in words)) is None:
            continue
        if noun.dep_ == "nsubj" and noun.head.dep_ == "ccomp" and noun.head.head.i == verb.i:
            return words, verb, noun, None
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == noun.i + 1), None)
        if noun.dep_ == "dobj" and noun.head.i == verb.i and clause is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            return words, verb, noun, clause
    return None


def second_subject(sent: Span) -> Token | None:
    """'Sean O’Brien, the Denver attorney who ..., told CNN': the parser gave the verb two
    subjects (the name it misread, 'O’Brien' as a plural noun, and the description set off
    by commas after it); the second is the first's apposition. Else None."""
    for verb in sent:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 2:
            continue
        first, second = subjects
        doc = verb.doc
        if first.right_edge.i + 1 != second.left_edge.i - 1 or doc[first.right_edge.i + 1].text != ",":
            continue
        end = second.right_edge.i
        if end + 1 < len(doc) and doc[end + 1].text == "," and end + 2 == verb.i or end + 1 == verb.i and doc[end].text == ",":
            return second
    return None


def _rehang(doc: Doc, tok: Token, head: Token, dep: str | None = None) -> None:
    """tok (and its subtree) hung on head instead, every other arc as it was (with the
    relation dep, where given)."""
    _rehang_all(doc, [(tok, head, dep)])


def _rehang_all(doc: Doc, moves: list[tuple[Token, Token, str | None]]) -> None:
    """Several arcs moved at once (a root and its new head swapped, where one at a time
    would leave two roots or a cycle between the steps)."""
    arcs = numpy.array(doc.to_array([HEAD, DEP]), dtype=numpy.uint64)
    for tok, head, dep in moves:
        arcs[tok.i, 0] = numpy.int64(head.i - tok.i).astype(numpy.uint64)  # (a relative offset, as to_array gives it)
        if dep is not None:
            arcs[tok.i, 1] = numpy.uint64(doc.vocab.strings.add(dep))
    ents = doc.ents
    doc.from_array([HEAD, DEP], arcs)  # type: ignore[arg-type]
    doc.ents = ents


def _rehang_as_a_tree(doc: Doc, sent: Span, moves: list[tuple[Token, Token, str | None]]) -> None:
    """The moves made at once (_rehang_all) only where every word of the sentence still
    reaches a root after them: a guard for repairs that move a root or several arcs."""
    heads = {t.i: t.head.i for t in sent} | {tok.i: head.i for tok, head, _ in moves}
    if all(_reaches_root(heads, t.i) for t in sent):
        _rehang_all(doc, moves)


def _reaches_root(heads: dict[int, int], i: int) -> bool:
    """Word i's chain of heads ends at a root, in no cycle (a guard on several moves at once)."""
    for _ in range(len(heads) + 1):
        if heads.get(i, i) == i:
            return True
        i = heads[i]
    return False


def _one_root(sub: Doc) -> bool:
    """The parse has one root: the sentence read as one sentence."""
    return sum(1 for w in sub if w.head.i == w.i) == 1


def _root_after_subject(verb: Token) -> bool:
    """The stand-in is the one root of its parse, with a subject before it."""
    return (
        verb.dep_ == "ROOT"
        and not any(w.head.i == w.i != verb.i for w in verb.doc)
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    )


@Language.factory(NAME)
def make_misread_verbs(nlp: Language, name: str) -> MisreadVerbs:
    return MisreadVerbs(nlp)


def add_to(nlp: Language) -> Language:
    """Put the component after the lemmatizer (or last) of a pipeline with a parser, once."""
    if NAME in nlp.pipe_names or "parser" not in nlp.pipe_names:
        return nlp
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(NAME, after="lemmatizer")
    else:
        nlp.add_pipe(NAME, last=True)
    return nlp
