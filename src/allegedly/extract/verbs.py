"""Reporting-verb attributions: direct, indirect and mixed quotes around a verb of saying."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import lexicon, misread
from . import denied
from .context import Context, Tokens, tokens_of
from .registry import stage
from .senses import let_know, names_a_message, names_people, noun_kinds, people_nouns, released_picture, showing_verbs
from .spans import Finding, Offsets, char_span, clause_end, doc_ents, doc_text, inner_hyphen, subtree_span, trim

LEXICON = "reporting_verbs.txt"
RAISING_PASSIVES = "raising_passives.txt"  # 'is said to', 'is believed to' (unsourced.py)
CUE_VERBS = "cue_verbs.txt"  # its "raising" group: verbs that hedge the reporting verb they raise ("appears to show")
PICTURE_NOUNS = "picture_nouns.txt"
REPORTING_NOUNS = "reporting_nouns.txt"
SOURCE_NOUNS = "source_nouns.txt"
NEWS_WORKS = "news_works.txt"
DISTINCT_PASTS = "distinct_pasts.txt"
BELIEFS = "beliefs.txt"  # verbs of believing: a participle of one is a motive, not more of a report
MANNER_OF_SPEAKING = "manner_of_speaking.txt"  # 'shouting that ...': how someone in the claim spoke
_SUBJECT = ("nsubj",)
_INHERIT = {"advcl", "xcomp", "conj", "acl"}


def _pictured_speaker(verb: Token) -> Token | None:
    """'a clip of President Obama announcing new airstrikes', 'a video of the mayor saying
    ...': a participle the parser hung on the picture, right after the one the picture is of,
    is what that one says or does in it, not the picture's claim nor its maker's."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i > verb.i or noun.lemma_.lower() not in lexicon.words(PICTURE_NOUNS):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < verb.i), None)
    shown = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if shown is None or shown.right_edge.i != verb.i - 1 or shown.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return shown


def _restrictive_participle(verb: Token) -> bool:
    """'a report claiming the singer had died', 'witnesses saying the plant would close': a
    participle of saying with its clause, on the noun before it with no comma between, says
    what that noun says, where the noun is a text or people. Not one set off by a comma
    ('issued a statement, saying ...'), one whose noun has an owner who speaks through it
    ('Ahrendts' comments saying'), nor a text that is the object of a verb by which its
    subject made it ('released a statement saying', 'published a story claiming':
    cue_verbs.txt's "author"), whose subject says it; after any other verb ('shared a story
    claiming', 'held a placard saying') the text speaks for itself, and a record or a
    picture that shows something does after any verb."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.i > verb.i or noun.pos_ != "NOUN" or verb.left_edge.i != verb.i:
        return False
    if verb.doc[verb.i - 1].text in (",", "—", "–", "-", "(") or verb.lemma_.lower() not in lexicon.flagged(LEXICON):
        return False
    if not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children):
        return False
    lemma = noun.lemma_.lower()
    if lemma in people_nouns():
        return True
    if verb.lemma_.lower() in showing_verbs() and (lemma in lexicon.words(PICTURE_NOUNS) or lemma in lexicon.grouped(SOURCE_NOUNS).get("document", frozenset())):
        return True  # ('Police released court records showing that the mayor lied': a record or a picture shows what it shows, whoever released it)
    if lemma not in _text_nouns():
        return False
    return noun.dep_ != "dobj" or noun.head.lemma_.lower() not in lexicon.grouped(CUE_VERBS)["author"]


def noun_phrase_before(doc: Doc, noun: Token, verb: Token) -> Offsets | None:
    """The noun's phrase up to its participle: its modifiers before it and what qualifies it
    between ('photos on his Facebook page'), not a phrase the parser hung on it from the
    clause around ('On Monday morning, a report surfaced claiming ...')."""
    left = [c for c in noun.children if c.i < noun.i and c.dep_ in _NOUN_MODIFIERS]
    right = [c for c in noun.children if noun.i < c.i < verb.i and c.dep_ in ("prep", "appos", "relcl")]
    start = min([c.left_edge.i for c in left] + [noun.i])
    end = max([c.right_edge.i for c in right] + [noun.i])
    return char_span(doc, doc[start : min(end, verb.i - 1) + 1])


_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "advmod", "predet"})


@lru_cache(maxsize=1)
def _text_nouns() -> frozenset[str]:
    """Nouns for what is written or said: the reporting nouns ('report', 'claims'),
    source_nouns.txt's document group ('article', 'letter', 'post') and news_works.txt's
    reports ('story')."""
    return lexicon.words(REPORTING_NOUNS) | lexicon.grouped(SOURCE_NOUNS).get("document", frozenset()) | lexicon.grouped(NEWS_WORKS)["report"]


def contracted_passive(t: Tokens, i: int, kids: list[int]) -> bool:
    """'it’s estimated that ...': a participle with "'s" and a 'that' clause, which the parser
    may read as the perfect ('it has estimated'); its 'it' stands for the clause, not a source."""
    return t.tag[i] == "VBN" and any(t.lower[k] in ("'s", "\u2019s") for k in kids) and any(t.dep[k] == "ccomp" for k in kids)


def _lets_know(verb: Token) -> Token | None:
    """'Police will let the family know whether charges are filed': the one who lets others
    know is the one who tells them, not those told (the family was the source in a review
    of FNC bodies, Random(12424); PolNeAR marks 'letting them know' with its teller as the
    source). The subject of 'let', else None."""
    teller = let_know(verb)
    if teller is None:
        return None
    for _ in range(3):  # (up through 'wanted to let', '... and will let': the subject they share)
        subject = next((c for c in teller.children if c.dep_ == "nsubj" and c.i < teller.i), None)
        if subject is not None or teller.dep_ not in ("xcomp", "conj") or teller.head.i == teller.i:
            return subject
        teller = teller.head
    return None


def _participle_read_as_subject(verb: Token) -> Token | None:
    """'A judge issued an order against the mine, stating the permit is invalid': the parser
    read 'stating the permit' as the subject of 'is', a clause joined to the main one; the
    participle after the comma is the main subject's next report (a review of FNC bodies,
    Random(12424), where the cleric's 'stating' had no source). That subject, else None."""
    doc = verb.doc
    if verb.dep_ != "csubj" or verb.tag_ != "VBG" or verb.i < 1 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in lexicon.flagged(LEXICON):
        return None
    clause = verb.head
    if clause.dep_ != "conj" or clause.head.i > verb.i:
        return None
    return next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)


def purported_picture(verb: Token) -> Token | None:
    """'A video purporting to show the attack': the picture a verb of showing is said to show
    through 'purporting' on it, which is the verb's speaker; a review of FNC bodies,
    Random(12424), where the claim was missed. Not 'appearing to show', whose parse runs the
    scene on into the main verb ('A video appearing to show the crash was posted ...'; a
    review of the round's diff). The picture noun, else None."""
    raised = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or verb.lemma_.lower() not in showing_verbs() or raised.dep_ != "acl" or raised.tag_ != "VBG":
        return None
    if raised.lemma_.lower() != "purport" or raised.head.lemma_.lower() not in lexicon.words(PICTURE_NOUNS):
        return None
    return raised.head


def subject_of(verb: Token) -> Token | None:
    """The one who says: the verb's subject, the agent of a passive ('was first reported by
    The Post'), or the subject of the verb it hangs from ('..., saying', 'before asking')."""
    doc = verb.doc
    t = tokens_of(doc)  # the parse as lists: Token.children makes a Token per child
    dep, head = t.dep, t.head
    i = verb.i
    via_conj = False
    inverted = _inverted(verb)
    if inverted is not None:
        return inverted[0]
    closing = closing_conjunct(verb) or closing_object(verb)
    if closing is not None:
        return closing
    post = _speaker_with_participle(verb)
    if post is not None:
        return post
    tacked = appended_speaker(verb)
    if tacked is not None:
        return tacked[0]
    letting = _lets_know(verb)
    if letting is not None:
        return letting
    garden = garden_path_speaker(verb)
    if garden is not None:
        return garden
    stranded = _subject_in_a_phrase(verb)
    if stranded is not None:
        return stranded
    conjunction_read_as_preposition = _subject_after_a_subordinator(verb)
    if conjunction_read_as_preposition is not None:
        return conjunction_read_as_preposition
    experiencer = it_seemed_to(verb)
    if experiencer is not None:
        return experiencer
    hung = subject_read_as_compound(verb)
    if hung is not None:
        return hung
    if dep[i] == "acl" and t.tag[i] == "VBG" and t.lemma[i] in showing_verbs() and t.lemma[head[i]] in lexicon.words(PICTURE_NOUNS):
        return doc[head[i]]  # 'a video showing the attack': the picture shows it
    purported = purported_picture(verb)
    if purported is not None:
        return purported  # 'a video purporting to show the attack'
    stated = _participle_read_as_subject(verb)
    if stated is not None:
        return stated
    if _restrictive_participle(verb):
        return doc[head[i]]  # 'a false report claiming (that) the singer had died': the report claims it
    pictured = _pictured_speaker(verb)
    if pictured is not None:
        return pictured
    released = released_picture(verb)
    if released is not None:
        return released
    for _ in range(5):
        kids = t.children(i)
        subjects = [c for c in kids if dep[c] in _SUBJECT]
        if subjects:
            c = _speaker_of(doc, i, subjects)
            c = _after_fronted(doc, i, c)
            if i == verb.i:
                c = _object_of_fronted(doc, i, c)
            if t.lower[c] == "it" and (any(dep[k] == "auxpass" for k in kids) or contracted_passive(t, i, kids)):
                return None
            return doc[c]
        agent = next((k for k in kids if dep[k] == "agent"), None)
        if agent is not None and i == verb.i and t.tag[i] == "VBN":
            # a passive without its auxiliary ('As previously reported by the Post, ...')
            return next((doc[k] for k in t.children(agent) if dep[k] == "pobj"), None)
        if i == verb.i and dep[i] == "advcl" and any(dep[k] == "mark" and t.lower[k] == "as" for k in kids):
            return None  # 'Patriot failed, as predicted': no one named, not the failing one
        if i == verb.i and dep[i] == "acl" and t.tag[i] == "VBN":
            # 'three Britons identified as the killer': the noun is who it is said of; but a
            # second tag closing a reported sentence is its source ('..., a blogger said, the
            # Al Marsad news site reported.')
            return second_tag(verb)
        if any(dep[k] in ("nsubjpass", "auxpass") for k in kids):
            passive = next((k for k in kids if dep[k] == "nsubjpass"), None)
            if i != verb.i and passive is not None and _said_by_the_passive(verb, doc[i], doc[passive]):
                return doc[passive]
            raised = raised_subject(verb) if i != verb.i else None
            if raised is not None:
                # 'An official is said to have denied the plans': the raised subject does what
                # the infinitive says (the saying itself is no one's: unsourced.py)
                return raised
            return next((doc[k] for k in t.children(agent) if dep[k] == "pobj"), None) if agent is not None else None
        if i == verb.i and dep[i] == "advcl" and t.tag[i] == "VBG" and t.lemma[head[i]] in lexicon.grouped(CUE_VERBS)["quoted"]:
            # 'The paper quoted the mayor saying ...': the one quoted says it, as with 'as
            # saying' (below), not the paper; after a comma the participle goes on with the
            # quoting ('It quotes journalists covering the event, adding that ...')
            obj = next((k for k in t.children(head[i]) if dep[k] == "dobj" and k < i), None)
            if obj is not None and doc[obj].right_edge.i + 1 == i and _may_speak(doc[obj]):
                return doc[obj]
            if obj is not None and doc[i - 1].text == "," and t.lemma[i] == "say":
                # ('has quoted YPG fighters in Kobani, saying that ...': theirs; 'adding that ...'
                # goes on with the quoting; a review of FNC bodies, Random(11515))
                them = doc[obj]
                people = _may_speak(them) or them.pos_ == "NOUN" and noun_kinds().get(them.lemma_.lower()) == "person"  # ('YPG fighters')
                clause = next((doc[k] for k in t.children(i) if dep[k] == "ccomp"), None)
                own = clause is not None and any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in ("it", "we") for k in clause.children) and them.tag_ in ("NNS", "NNPS")
                if people and not own and not any(w.is_punct or w.pos_ in ("VERB", "AUX") for w in doc[them.right_edge.i + 1 : i - 1]):
                    return them  # (not 'quoted witnesses, saying it could not verify their accounts': the quoter's own note)
        caused = made_to(doc[i]) if dep[i] == "xcomp" else None  # (a Token only where it can be)
        if caused is not None:
            return caused
        if (dep[i] in _INHERIT or via_conj and dep[i] == "ccomp") and head[i] != i:
            # a conjunct misattached under a clause ('did not elaborate on what X might be
            # but suggested ...') still shares the first verb's subject
            via_conj = via_conj or dep[i] == "conj"
            i = head[i]
            if _tacked_on_the_claim(t, verb.i, i):
                i = head[i]  # '... confirmed that the actor was a victim of a hoax, noting that ...': the confirmer notes
            continue
        if dep[i] in ("pcomp", "pobj") and dep[head[i]] == "prep" and t.pos[head[head[i]]] in ("VERB", "AUX"):
            governor = head[head[i]]
            if t.lower[head[i]] == "as":
                # 'The paper quotes an official as saying ...': an 'as' predicate belongs to
                # the governing verb's object where it has one (object control), not its subject
                obj = next((k for k in t.children(governor) if dep[k] == "dobj"), None)
                quoting = next((k for k in t.children(obj) if dep[k] == "acl" and t.lemma[k] in lexicon.grouped(CUE_VERBS)["quoted"]), None) if obj is not None else None
                quoted = next((k for k in t.children(quoting) if dep[k] == "dobj"), None) if quoting is not None else None
                if quoted is not None:
                    return doc[quoted]  # 'ran an article quoting Francis as saying ...': the one the article quotes
                if obj is not None:
                    return doc[obj]
                said = next((k for k in t.children(governor) if dep[k] == "nsubjpass"), None)
                negated = any(dep[k] == "neg" for k in t.children(governor))  # ('was not quoted as saying': no one says it)
                if said is not None and not negated and t.lemma[governor] in lexicon.grouped(CUE_VERBS)["quoted"]:
                    return doc[said]  # 'The official was quoted (by the Herald) as saying ...': the one quoted says it
            i = governor  # 'before asking her', 'by telling them'
            taker = _taker_of_the_claim(t, governor)
            if taker is not None:
                # 'addressed claims that the bridge could close | by saying ...': the parser hung
                # the manner on the verb of the claim noun's clause; it is the act of the verb
                # that takes the noun (the one who addressed the claims says it)
                i = taker
            continue
        if dep[i] == "acl" or dep[i] == "relcl":
            return doc[head[i]]
        if (
            i != verb.i and dep[i] == "dobj" and dep[verb.i] == "acl" and t.tag[verb.i] == "VBG" and head[verb.i] == i
            and t.lemma[verb.i] in lexicon.flagged(LEXICON) and t.lemma[i] in _text_nouns() and t.lemma[head[i]] in lexicon.grouped(CUE_VERBS)["author"]
        ):
            i = head[i]  # 'The site published an article claiming ...': who put the text out says it (_restrictive_participle)
            continue
        return None
    return None


def end_before(doc: Doc, i: int, floor: int, cc: bool = False, quotes: bool = True) -> int:
    """Where a claim ends that stops at token i, in characters: at the last word from i back
    to floor, past the punctuation between (not a closing quotation mark, with quotes) and,
    with cc, the 'and' or 'but' that joins what comes after."""
    while i > floor and (doc[i].is_punct and not (quotes and doc[i].is_quote) or cc and doc[i].dep_ == "cc"):
        i -= 1
    return doc[i].idx + len(doc[i].text)


def _taker_of_the_claim(t: Tokens, clause: int) -> int | None:
    """The verb that takes the noun whose 'that' clause this is ('addressed claims that ...',
    'responded to rumours that ...'), else None."""
    if t.dep[clause] != "acl" or not any(t.dep[k] == "mark" and t.lower[k] == "that" for k in t.children(clause)):
        return None
    noun = t.head[clause]
    if t.pos[noun] != "NOUN" or t.head[noun] == noun:
        return None
    taker = t.head[noun]
    if t.dep[noun] == "pobj" and t.dep[taker] == "prep" and t.head[taker] != taker:
        taker = t.head[taker]
    return taker if t.pos[taker] in ("VERB", "AUX") and taker < noun else None


BACK_POINTERS = frozenset({"it", "this", "that"})  # a pronoun a denial takes for the claim before it ('denied it')


def _of_oneself(clause: Token) -> bool:
    """A small clause about the subject itself ('found himself lying in a pool of blood'): a
    state, no claim."""
    return any(k.dep_ in ("nsubj", "nsubjpass") and k.lower_.endswith(("self", "selves")) for k in clause.children)


def denies_by_pronoun(verb: Token) -> bool:
    """'The ministry denied it', '..., though an official disputed that': a verb that denies
    what it takes (denials.txt's "always" and "claim" verbs) with a pronoun for the claim
    before it as its object; the pronoun is its content, the denial's link the stance's."""
    listed = denied.denial_flags(verb)
    if not listed & {"always", "claim"} or any(f.startswith("prt:") for f in listed):
        return False  # (nor a phrasal verb: 'shot it down' has no pronoun right after the verb for its object)
    return any(c.dep_ == "dobj" and c.lower_ in BACK_POINTERS and c.pos_ == "PRON" and c.i == verb.i + 1 for c in verb.children)


def conceded_report(verb: Token) -> int | None:
    """Where the verb's claim ends before a report set against it by 'though' or 'although'
    ('claimed that the hospital would close, | though an official denied it'): the other
    source's report, which the parser hung inside the claim, is no part of it (with a
    pronoun for subject it may be the speaker's own: 'said ..., though she noted ...'). In
    characters, else None."""
    doc = verb.doc
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        for k in clause.children:
            if k.dep_ != "advcl" or k.i < clause.i or k.lemma_.lower() not in lexicon.flagged(LEXICON):
                continue
            mark = next((m for m in k.children if m.dep_ == "mark" and m.lower_ in CONCESSIVE), None)
            if mark is None or mark.i != k.left_edge.i or not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in k.children):
                continue  # (a source named: 'though she noted ...' is the speaker going on)
            return end_before(doc, mark.i - 1, clause.i)
    return None


def trailing_concession(doc: Doc, start: int, end: int, after: int) -> int | None:
    """Where a claim ends before a concession set off by a comma at its end, after the cue
    ('claimed that the plan was sound, | although he again refused to publish it'; 'The
    test, officials said, was the largest yet, | though it may take days to confirm'): the
    writer's note on the claim, or the speaker's next remark, which is a report of its own
    ('..., though she noted ...'). PolNeAR leaves it out of the claim every time on dev (7
    of 7), where the parse hung it inside. In characters, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for k in span:
        if k.dep_ != "advcl" or k.idx <= after or not (start <= k.head.idx < end or k.head.idx + len(k.head.text) == after):
            continue  # (hung in the claim, or on the cue itself: 'commented that ..., | though ...')
        first = k.left_edge
        mark = next((m for m in k.children if m.dep_ == "mark" and m.lower_ in CONCESSIVE), None)
        if mark is None or not (mark.i == first.i or mark.i == first.i + 1 and first.lower_ == "even"):
            continue
        if first.i < 1 or not _set_off(doc, first.i) or not _closes_the_claim(k, end, after):
            continue
        return end_before(doc, first.i - 1, span.start)
    return None


_REPLY_JOINS = frozenset({"but", "while", "yet"})


def unsupported_in_the_claim(doc: Doc, start: int, end: int, after: int) -> int | None:
    """Where a claim ends before the writer's note, joined by 'but', that it is unsupported
    ('has been accused of bullying players | but until now nothing had been proven', '...,
    but no evidence has been produced'): 'but', a time at most ('until now', 'so far'), then
    one of evidence.txt's none_provided phrases with no subject of its own before it; not
    the source's own 'but that ...' nor another party's check ('but regulators were unable to
    confirm the cause'). In characters, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    text = doc_text(doc)
    for k in span:
        if k.lower_ != "but" or k.idx <= after or k.i <= span.start:
            continue
        i = k.i + 1
        while i < span.end and i <= k.i + 3 and (doc[i].pos_ in ("ADV", "ADP") or doc[i].ent_type_ in ("DATE", "TIME")) and doc[i].lower_ != "that":
            i += 1  # 'until now', 'so far', 'as yet'
        if i < span.end and misread.unsupported_at(text, doc[i].idx, end):
            return end_before(doc, k.i - 1, span.start)
    return None


def answered_in_the_claim(doc: Doc, start: int, end: int, after: int) -> int | None:
    """Where a claim ends before another voice's answer joined to it ('said the soup was "too
    salty" | but critics disagree'): a clause after the cue, joined by 'but', 'while' or
    'yet', with a subject of its own and a reporting verb taking no claim of its own, that
    runs to the claim's end; the parser hung it inside the claim. In characters, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for k in span:
        if k.dep_ != "conj" or k.pos_ != "VERB" or k.idx <= after or k.lemma_.lower() not in lexicon.words(LEXICON):
            continue
        cc = next((c for c in k.head.children if c.dep_ == "cc" and c.i < k.i and c.lower_ in _REPLY_JOINS), None)
        subject = next((c for c in k.children if c.dep_ == "nsubj" and c.i < k.i), None)
        if cc is None or subject is None or subject.pos_ not in ("NOUN", "PROPN") or cc.idx <= after:
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in k.children) or not _closes_the_claim(k, end, after):
            continue
        return end_before(doc, cc.i - 1, span.start)
    return None


def other_voice_with(doc: Doc, start: int, end: int, after: int) -> int | None:
    """Where a claim ends before another source's report set off in a 'with' clause at its
    end ('believe the phone will cost $900, | with other dealers estimating that it could
    cost $1,500'): a 'with' after the cue, after a comma, whose verb is a reporting verb with
    a subject of its own and a clause, running to the claim's end; the parser hung it inside
    the claim, which then held the second report as its own. In characters, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for w in span:
        if w.lower_ != "with" or w.idx <= after or w.i == 0 or doc[w.i - 1].text != ",":
            continue
        verb = next((c for c in w.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"), None)
        if verb is None or verb.lemma_.lower() not in lexicon.words(LEXICON) or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        if not any(c.dep_ == "ccomp" for c in verb.children) or w.right_edge.idx + len(w.right_edge) < end - 1:
            continue
        return end_before(doc, w.i - 1, span.start)
    return None


_SET_OFF = frozenset({",", "-", "--", "\u2013", "\u2014"})  # a comma, a hyphen or a dash: what sets a phrase off


def _set_off(doc: Doc, i: int) -> bool:
    """A comma (or a dash) before token i, or a comma and the closing quotation mark after it
    ('will "have to adapt," | though the club ...'; 'is among the dead - | though the
    Pentagon said ...')."""
    prev = doc[i - 1]
    return prev.text in _SET_OFF or i >= 2 and prev.is_quote and doc[i - 2].text == ","


def _closes_the_claim(clause: Token, end: int, after: int) -> bool:
    """A clause after the cue (character `after`) whose words run to the claim's end
    (character `end`): nothing but punctuation or a closing quotation mark after it."""
    last = clause.right_edge
    return clause.left_edge.idx > after and not doc_text(clause.doc)[last.idx + len(last.text) : end].strip(" .,;:!?\"'”’)")


def writers_correction(doc: Doc, start: int, end: int, after: int) -> int | None:
    """Where a claim ends before the writer's correction at its end, after the cue ('claims
    Banksy is from Liverpool | when all known evidence suggests he is from Bristol'; 'was
    nicked in Watford, | which actually falls under ...'): a 'when', 'while' or 'whereas'
    clause, or a relative clause after a comma, with an adverb of actuality or a record for
    its subject (corrections.txt). In characters, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    words = lexicon.grouped(CORRECTIONS)
    for k in span:
        first = k.left_edge
        if k.dep_ not in ("advcl", "relcl") or first.i <= span.start or not _closes_the_claim(k, end, after):
            continue
        if k.dep_ == "advcl" and not any(m.dep_ in ("mark", "advmod") and m.i == first.i and m.lower_ in words["opener"] for m in k.children):
            continue
        if k.dep_ == "relcl" and (doc[first.i - 1].text != "," or first.tag_ not in ("WDT", "WP")):
            continue
        # (the clause's own adverb or phrase, not one in a clause inside it: 'while lawmakers
        # remained skeptical, based on suspicions that he was actually a deserter')
        own = {c.lower_ if c.dep_ == "advmod" else " ".join(t.lower_ for t in c.subtree) for c in k.children if c.dep_ in ("advmod", "prep")}
        marked = bool(own & words["marker"])
        grounds = any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words["grounds"] for c in k.children)
        if marked or grounds:
            return end_before(doc, first.i - 1, span.start)
    return None


def writers_comment(doc: Doc, start: int, end: int, after: int) -> int | None:
    """Where a claim ends before the writer's comment tacked onto it, after the cue ('said
    the screen would be larger, | which is odd given that ...', 'takes the train | —
    something we have long doubted', 'sells it as jewellery, | so it's not surprising that
    ...'; writers_comments.txt). In characters, else None."""
    text = doc_text(doc)
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    found = [m.start() for p in _comment_patterns() if (m := p.search(text, max(start, after), end)) is not None]
    for at in sorted(found):
        # at the end: after the claim's own verb, or running to the claim's end; not a
        # relative clause set into its subject ('the bridge, which was notable for its age,
        # would close')
        if span.root.idx < at or _runs_to(doc, at, end):
            return at
    return None


def _runs_to(doc: Doc, at: int, end: int) -> bool:
    """The clause whose first word follows character `at` runs to character `end`, with
    nothing after it but punctuation."""
    words = doc.char_span(at, end, alignment_mode="expand")
    first = next((t for t in words if t.is_alpha), None) if words is not None else None
    if first is None:
        return False
    verb = first
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    last = verb.right_edge
    return not doc_text(doc)[last.idx + len(last.text) : end].strip(" .,;:!?\"'”’)")


@lru_cache(maxsize=1)
def _comment_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line, re.IGNORECASE) for line in lexicon.lines(WRITERS_COMMENTS))


def by_the_taker(verb: Token) -> int | None:
    """Where the claim noun's clause in the verb's claim ends, before a 'by ...ing' the verb's
    subject does ('addressed claims that the bridge could close | by saying ...'): in
    characters, else None."""
    t = tokens_of(verb.doc)
    for k in verb.subtree:
        if k.lower_ == "by" and k.dep_ == "prep" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in k.children) and _taker_of_the_claim(t, k.head.i) == verb.i:
            return end_before(verb.doc, k.i - 1, verb.i, quotes=False)
    return None


def raised_subject(infinitive: Token) -> Token | None:
    """The subject raised before 'is said to', 'is believed to' (raising_passives.txt) whose
    infinitive this is: 'An official is said to have denied ...' -> 'An official'; None with
    an agent ('was said by X to') or a negation ('is not believed to' says the opposite)."""
    said = infinitive.head
    if infinitive.dep_ != "xcomp" or said.i == infinitive.i or said.tag_ != "VBN" or said.lemma_.lower() not in lexicon.words(RAISING_PASSIVES):
        return None
    kids = list(said.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ in ("agent", "neg") for c in kids):
        return None
    return next((c for c in kids if c.dep_ == "nsubjpass" and c.i < said.i), None)


def _said_by_the_passive(verb: Token, passive: Token, subj: Token) -> bool:
    """'... was radicalized by his followers and walked out, saying ...', 'After saying her
    foot was swollen, she was whisked off': the one a passive is said of says what a
    reporting participle hung on it says, not its agent; so does a finite verb of saying
    joined to the passive by 'and' ('was overcome with emotion and said: ...'). Only a subject that may speak (not
    'The claim was made by Lopez, saying ...') and no other clause's subject in between ('was
    paraded, with the militant holding him, saying ...': the militant's words). So does the
    one a passive verb of perceiving is said of ('can be heard saying', cue_verbs.txt's
    "perceive")."""
    if verb.dep_ == "conj" and verb.head.i == passive.i and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.lemma_.lower() in lexicon.flagged(LEXICON):
        # 'Stan was overcome with emotion when ... and said: "..."': a finite verb of saying
        # joined to the passive shares its subject, as it would an active verb's; only one
        # that says something of its own (a clause, a colon or quotation, or for 'told' the
        # one told), not a second participle of the passive ('were caught by Comcast and told
        # to cease', 'was described by friends as shy', 'was said to be ...')
        if any(c.dep_ in ("xcomp", "oprd", "agent") or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            return False
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if verb.lemma_.lower() == "tell":
            # ('He was taken to hospital and told his testicle had been removed': told, as the
            # passive is; active only with the one told named, someone who can hear it. The
            # other verbs of cue_verbs.txt's "tell" group, 'admitted', 'confirmed', 'explained'
            # that ..., say it whoever hears it)
            says = any(c.dep_ in ("dobj", "dative") and (_may_speak(c) or c.lower_ in ("him", "her", "them", "us", "me")) for c in verb.children)
        else:
            says = any(c.dep_ == "ccomp" for c in verb.children) or nxt is not None and (nxt.text == ":" or nxt.is_quote)
        return says and passive.i < verb.i and _may_speak(subj)
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in lexicon.flagged(LEXICON):
        return False
    if verb.dep_ == "xcomp" and passive.lemma_.lower() in lexicon.grouped(CUE_VERBS)["perceive"] and verb.head.i == passive.i:
        # 'the mayor can be heard saying in the clip': the one heard says it, any noun WordNet
        # files under people ('the fighters can be heard vowing ...')
        return _may_speak(subj) or subj.pos_ == "NOUN" and noun_kinds().get(subj.lemma_.lower()) in ("person", "body")
    if not (verb.dep_ == "advcl" or verb.dep_ == "pcomp" and verb.head.lower_ != "as"):  # ('as saying': object control, above)
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False  # ('was taken while reporting on the uprising': the work they were doing)
    between = range(passive.i + 1, verb.i) if passive.i < verb.i else range(verb.right_edge.i + 1, passive.i)
    if any(verb.doc[k].dep_ in ("nsubj", "nsubjpass") and k != subj.i for k in between):
        return False
    return _may_speak(subj)




def _tacked_on_the_claim(t: Tokens, verb: int, clause: int) -> bool:
    """A reporting participle after a comma that the parser hung on the reported clause it
    follows ('X confirmed that the actor was a victim of a hoax, calling his condition
    "perfect" and noting that ...'): it goes on with the report, and the one who reports
    says it, not the clause's subject; verb is the participle, clause the verb it climbed to
    through advcl or conj links. Both are verbs of saying: a belief is the clause subject's
    motive ('NBC will take no action, believing that ...'), and what a picture shows is who
    speaks in it ('a grab shows the hostage, kidnapped in Sanaa, saying that ...'). The
    participle says something, a clause or a quotation ('noting that', 'saying:'), not
    'adding to' a toll; 'citing a source' names the report's source and is left to it."""
    if t.tag[verb] != "VBG" or t.dep[clause] != "ccomp" or t.head[clause] >= clause:
        return False
    reporter = t.head[clause]
    beliefs = lexicon.words(BELIEFS)
    if t.lemma[reporter] not in lexicon.flagged(LEXICON) or t.pos[reporter] != "VERB" or t.lemma[reporter] in beliefs or t.lemma[reporter] in showing_verbs():
        return False
    manner = lexicon.words(MANNER_OF_SPEAKING)
    if t.lemma[verb] in beliefs or t.lemma[verb] in manner or t.lemma[verb] in lexicon.grouped(CUE_VERBS)["quoted"]:
        return False  # (nor 'the suspect fled the scene, shouting that ...': the suspect shouts)
    first = verb
    while t.dep[first] == "conj" and t.head[first] != clause:
        first = t.head[first]  # ('calling ... and noting': the first participle of the run)
    # set off by a comma or a dash ('... a failure - adding that ...'), or by 'while' ('...
    # looking into the reports while stressing that ...')
    set_off = t.lower[first - 1] in _SET_OFF or t.lower[first - 1] == "while" and t.dep[first - 1] == "mark" and t.head[first - 1] == first
    if not (t.dep[first] == "advcl" and t.head[first] == clause and first > clause and t.tag[first] == "VBG" and set_off):
        return False
    left = min([clause, *(k for k in t.children(clause) if k < clause)])
    while left > reporter and t.children(left) and min(t.children(left)) < left:
        left = min(t.children(left))  # the clause's first word
    if any(t.dep[k] == "cc" for k in range(reporter + 1, left)):
        return False  # a clause the parser hung across 'and' ('asked for his release and his mother appealed ..., saying')
    run = [first]
    while True:
        more = [c for c in t.children(run[-1]) if t.dep[c] == "conj" and t.tag[c] == "VBG"]
        if not more:
            break
        run.append(more[0])
    # the run says something, a clause or a quotation, in one of its participles ('calling
    # his condition "perfect" and noting that ...'); not 'asking the two to move', 'raising
    # hopes', 'warning them of the punishment': acts in the claim
    if any(t.lemma[r] in manner for r in run):
        return False
    return any(t.lemma[r] in lexicon.flagged(LEXICON) and (any(t.dep[k] in ("ccomp", "parataxis") for k in t.children(r)) or _quotes_next(t, r)) for r in run)


def _quotes_next(t: Tokens, verb: int) -> bool:
    """A colon, or a quotation mark after a comma or none, follows the verb ('saying:',
    'saying,\n\n“That is false.”')."""
    k, n = verb + 1, len(t.lower)
    while k < n and t.space[k]:
        k += 1
    if k < n and t.lower[k] in (",", ":"):
        if t.lower[k] == ":":
            return True
        k += 1
        while k < n and t.space[k]:
            k += 1
    return k < n and t.quote[k]


def _going_on(t: Tokens, clause: int) -> int | None:
    """The first participle of a run tacked on the reported clause where one of the run is
    a reporting verb that goes on with the report (_tacked_on_the_claim: 'calling his
    condition "perfect" and noting that ...')."""
    return next((k for k in t.children(clause) if k > clause and _tacked_on_the_claim(t, k, clause)), None)


def made_to(verb: Token) -> Token | None:
    """Whom a verb of causing makes say it: 'led AppleInsider to theorize that ...', 'forced
    him to admit that ...' (cue_verbs.txt's "cause"): its object, who theorizes and admits."""
    t = tokens_of(verb.doc)
    i, head = verb.i, t.head[verb.i]
    if t.dep[i] != "xcomp" or head == i or t.lemma[head] not in lexicon.grouped(CUE_VERBS)["cause"]:
        return None
    obj = next((k for k in t.children(head) if t.dep[k] == "dobj" and head < k < i), None)
    return verb.doc[obj] if obj is not None else None


def appended_speaker(verb: Token) -> tuple[Token, int] | None:
    """'The planes are near the city of Aleppo, the Syrian Observatory for Human Rights said.':
    a closing tag whose source the parser hung on the claim's last noun as an apposition,
    leaving the verb with no subject. (The speaker, the first token of its phrase), where the
    listed verb has no subject, its claim comes before it, and the apposition (the last of a
    run: 'the head of the council, Shaker Mahmoud, said') ends right before it; the speaker is
    the run's name where it has one."""
    doc = verb.doc
    if verb.i < 3 or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in lexicon.flagged(LEXICON) or any(c.dep_ in _SUBJECT or c.dep_ == "nsubjpass" for c in verb.children):
        return None  # (not a participle: 'a veteran said to be ill')
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to" and any(c.dep_ == "xcomp" for c in verb.children):
        return None
    claim = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if claim is None and verb.dep_ == "conj" and verb.head.i < verb.i:
        claim = verb.head  # ('..., Ada Brennan, said' read as a second verb of the claim's)
    if claim is None:
        return None
    j = verb.i - 1
    if doc[j].text == ",":
        j -= 1
    who = doc[j]
    while who.dep_ != "appos" and who.head.i != who.i and who.head.i < verb.i and who.head.right_edge.i == j:
        who = who.head  # from the phrase's last word up to its head
    if who.dep_ != "appos":
        return _joined_speakers(verb, claim, j)
    if who.right_edge.i != j or claim not in who.ancestors or not _may_speak(who):
        return None
    first = who
    for sib in sorted((c for c in who.head.children if c.dep_ == "appos" and c.i < who.i), key=lambda c: -c.i):
        if doc[sib.right_edge.i + 1].text == "," and sib.right_edge.i + 2 == first.left_edge.i:
            first = sib  # 'the head of the council, | Shaker Mahmoud'
    start = first.left_edge.i
    if start < 1 or doc[start - 1].text != ",":
        return None
    role = who.head
    if role.pos_ == "NOUN" and role.i < start - 1 and role.left_edge.i > 1 and doc[role.left_edge.i - 1].text == "," and doc[start - 1].text == "," and role.lemma_.lower() in people_nouns():
        start = role.left_edge.i  # '..., his lawyer, | Lopa Blumenthal, told CNN': the role the parser made the claim's object is the speaker's (a review of FNC bodies, Random(12424))
    named = next((c for c in who.head.children if c.dep_ == "appos" and first.i <= c.i <= who.i and c.ent_type_ == "PERSON"), None)
    return (named if named is not None else who), start  # the name of the run speaks ('Jim Murren, | MGM's chief')


def garden_path_speaker(verb: Token) -> Token | None:
    """'A guard who knew the prisoner said he had planned the escape': the parser read the
    relative clause's verb as taking the rest ('knew [the prisoner said ...]'), leaving the
    sentence no verb but the noun. Where the sentence's root is that noun, the reporting verb
    the complement of its relative clause, and the verb's subject the clause's would-be
    object right after the clause's verb: the noun speaks, its phrase running up to the verb.
    Else None."""
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in lexicon.flagged(LEXICON):
        return None
    rel = verb.head
    noun = rel.head
    if rel.dep_ != "relcl" or noun.dep_ != "ROOT" or noun.pos_ != "NOUN" or rel.i < noun.i:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.left_edge.i != rel.i + 1 or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    return noun if _may_speak(noun) or noun_kinds().get(noun.lemma_.lower()) == "person" else None


def _joined_speakers(verb: Token, claim: Token, j: int) -> tuple[Token, int] | None:
    """'Rebels shelled the port of Hodeida, residents and aid workers said.': two speakers
    joined by 'and' between the claim's last comma and the verb, which the parser ran into
    the claim (the first as a second object of its last preposition, the rest joined to
    it): (the first speaker, where the pair starts). Only nouns for people or names, and
    nothing else between the comma and the verb."""
    doc = verb.doc
    k = j
    while k > claim.left_edge.i and doc[k].text != ",":
        k -= 1
    words = doc[k + 1 : j + 1]
    if doc[k].text != "," or len(words) < 3 or sum(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in words) != 1:
        return None
    if any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return None
    heads = [t for t in words if t.head.i == t.i or not words.start <= t.head.i < words.end or t.dep_ == "conj"]
    if len(heads) < 2 or not all(t.pos_ == "NOUN" and t.lemma_.lower() in people_nouns() or t.ent_type_ in ("PERSON", "ORG") for t in heads):
        return None
    if claim not in heads[0].ancestors:
        return None
    return heads[0], k + 1


def second_tag(verb: Token) -> Token | None:
    """The source of a second reporting tag that closes a sentence already closed by one
    ('"It has no value," a blogger said, the Al Marsad news site reported on Monday.'): the
    parser reads the outer verb as a participle on a noun it hangs from the inner verb; the
    noun is the outlet or person that relays the whole. None for any other participle: the
    noun must follow the inner reporting verb after a comma, and only when, where or to whom
    may follow the outer verb."""
    noun = verb.head
    inner = noun.head
    if verb.dep_ != "acl" or noun.i > verb.i or noun.dep_ not in ("dobj", "npadvmod", "appos", "nsubj") or inner.i >= noun.i:
        return None
    if inner.pos_ != "VERB" or inner.lemma_.lower() not in lexicon.flagged(LEXICON) or noun.left_edge.i != inner.i + 2 or verb.doc[inner.i + 1].text != ",":
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or not _may_speak(noun) and not _named_medium(noun):
        return None
    return noun if all(c.dep_ in _CLOSING_DEPS for c in verb.children) and not any(c.dep_ in _SUBJECT or c.dep_ == "ccomp" for c in inner.children if c.i > noun.i) else None


_CLOSING_DEPS = frozenset({"prep", "npadvmod", "advmod", "punct", "agent"})


def _named_medium(noun: Token) -> bool:
    """'the Al Marsad news site', 'the Kestrel Gazette': a noun with a name before it."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


_FRONTED = frozenset({"after", "before", "since", "following", "despite", "amid", "upon", "on", "with"})


def _after_fronted(doc: Doc, verb: int, subj: int) -> int:
    """'After Conal's termination, his employer, the accounting company, said ...': the
    parser takes the fronted phrase's noun for the subject, its preposition for a clause
    mark or the verb's, and the real subject for a conjunct or an apposition of that noun;
    the subject is that one."""
    noun = doc[subj]
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() in people_nouns():
        return subj  # a name or a person may well be the subject ('after Benjamin Decker, an analyst, said')
    mark = next((k for k in doc[verb].children if k.dep_ in ("mark", "prep") and k.i < subj and k.lower_ in _FRONTED), None)
    if mark is None or mark.i + 1 != noun.left_edge.i:
        return subj
    conj = next((k for k in doc[subj].children if k.dep_ in ("conj", "appos") and k.i > subj and doc[k.left_edge.i - 1].text == ","), None)
    return conj.i if conj is not None and not any(k.dep_ == "cc" for k in doc[subj].children) else subj


def _object_of_fronted(doc: Doc, verb: int, subj: int) -> int:
    """'While little is known about the man alleged to have killed Canadian soldier Nathan
    Cirillo, a Montreal court database shows ...': the parser takes the fronted clause's
    object for the subject and hangs the real one on it as an apposition that runs up to the
    verb; a true apposition of a subject closes with a comma ('Smith, a lawyer, said')."""
    noun = doc[subj]
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is None or not before.tag_.startswith("VB") or before.i < noun.sent.start:
        return subj
    fronted = [k for k in doc[verb].children if k.dep_ == "advcl" and k.i < subj]
    if not any(before.i in range(k.left_edge.i, k.right_edge.i + 1) and any(m.dep_ == "mark" for m in k.children) for k in fronted):
        return subj
    hung = next((k for k in noun.children if k.dep_ == "appos" and k.i > subj and doc[k.left_edge.i - 1].text == "," and k.right_edge.i + 1 == verb), None)
    return hung.i if hung is not None else subj


def _speaker_of(doc: Doc, verb: int, subjects: list[int]) -> int:
    """Which of a verb's subjects is the one who says, where the parser gave it more than
    one: the one nearest before the verb ('In an e-mail to the paper, its head of news Ann
    Lee writes:'), or the first; where that one is the second half of a noun phrase the parser
    cut in two, the first half, as the head it would have had ('The Algerian news site |
    al-Fadjr said', 'A man claiming to be | the group's leader said'); never a relative
    pronoun, which is the subject of the claim the verb reports."""
    # (not one in a quotation closed before the verb, one quotation mark between them:
    # '“... Full panic mode,” said Lena Ward' may give the verb both 'mode' and 'Ward')
    outside = [c for c in subjects if c > verb or sum(t.is_quote for t in doc[doc[c].right_edge.i + 1 : verb]) % 2 == 0] or subjects
    before = [c for c in outside if c < verb]
    if not before:
        return outside[0]
    nearest = doc[before[-1]]
    first = split_subject(nearest)
    if first is not None and _relative_pronoun(first):
        return nearest.i  # 'a member who The Telegraph said converted': the pronoun is the claim's subject
    return first.i if first is not None and first.i < nearest.i else nearest.i


def _relative_pronoun(tok: Token) -> bool:
    """'who' as a relative pronoun: lower case ('WHO spokesman Christy Feig' is the World
    Health Organization's, whatever the tagger made of it). Not 'which' and 'that' (WDT):
    'the funding system, which advocates say disadvantages needy schools' is then found as a
    report nested in the one around it, which PolNeAR leaves to that report (dev token cue F1
    65.31 -> 65.30, under its floor), so those stay as the parse reads them."""
    return tok.tag_ == "WP" and tok.text.islower()


def split_subject(subj: Token) -> Token | None:
    """The other subject of subj's verb whose phrase ends right where subj's begins, with no
    punctuation in it: one noun phrase the parser cut in two ('The texting service | Glide
    has ...', 'WHO | spokesman Christy Feig confirmed')."""
    if subj.dep_ not in _SUBJECT:
        return None
    for c in subj.head.children:
        if c.i == subj.i or c.dep_ not in _SUBJECT:
            continue
        a, b = (c, subj) if c.i < subj.i else (subj, c)
        gap = subj.doc[a.right_edge.i + 1 : b.left_edge.i]
        joined = not len(gap) or (all(t.text == "-" for t in gap) and not any(t.whitespace_ for t in subj.doc[a.right_edge.i : b.left_edge.i]))
        one_line = not any("\n" in t.text + t.whitespace_ for t in subj.doc[a.left_edge.i : b.left_edge.i])
        # (a hyphen inside a word is no punctuation between phrases: 'Ralph Bello-Fadile | an adviser')
        if joined and one_line and not any(t.is_punct and not (len(t) == 1 and inner_hyphen(doc_text(subj.doc), t.idx)) for t in a.subtree):
            return c  # adjacent, or joined by a hyphen the parser hung elsewhere ('al-Fadjr')
    return None


def _occasion_after(subj: Token) -> list[Token]:
    """'State TV in a rare admission on Thursday | admitted ...', 'The ministry in a brief
    statement conceded ...': the message the source spoke in, which the parser hung on the
    subject, and what follows it, is the channel, no part of the source's words (a review of
    FNC bodies, Random(12424)). The phrases to leave out of the source."""
    kids = [c for c in subj.children if c.i > subj.i]
    for k, c in enumerate(kids):
        obj = next((g for g in c.children if g.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "in" else None
        if obj is not None and obj.pos_ == "NOUN" and any(d.dep_ in ("det", "poss") and d.lower_ in ("a", "an", "its", "their", "his", "her") for d in obj.children) and names_a_message(obj):
            return kids[k:]
    return []


def source_span(doc: Doc, subj: Token, sent: Span) -> Offsets | None:
    """The source's words: the subject's phrase, with the other half of a noun phrase the
    parser cut in two ('The texting service Glide'), from the line the subject is on."""
    exclude: list[Token] = []
    if subj.dep_ == "pobj" and subj.head.dep_ == "agent":
        told = _told_by(subj.head.head)  # (not the claim hung on it)
        # nor a relative clause set off after it: 'confirmed by an official, who said that ...'
        # is a report of its own
        exclude = [told] if told is not None else [c for c in subj.children if c.dep_ == "relcl" and c.i > subj.i and doc[c.left_edge.i - 1].text == ","]
        # nor the 'as' phrase the parser hung on the agent: 'dismissed by experts as nonsense'
        # says what they called the claim
        exclude += [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > subj.i]
    exclude += _occasion_after(subj)
    span = subtree_span(doc, subj, exclude=exclude, within=sent)
    other = split_subject(subj)
    if span is not None and other is not None and not _relative_pronoun(other):  # (see _speaker_of)
        more = subtree_span(doc, other, within=sent)
        span = span if more is None else (min(span[0], more[0]), max(span[1], more[1]))
    if span is not None:
        # not across a line break: a caption line above it is no part of the name
        text = doc_text(doc)
        cut = text.rfind("\n", span[0], subj.idx)
        if cut != -1:
            span = trim(text, cut + 1, span[1])
        mark = text[span[0]]
        if span[0] > 0 and mark in "”’\"'" and not text[span[0] - 1].isspace() and (mark in "”\"" or text[span[0] + 1 : span[0] + 2].isspace()):
            # nor the closing mark of the quotation before it, glued to its last word (not
            # the clitic of "Let's")
            span = trim(text, span[0] + 1, span[1])
        close = text.find(")", span[0], span[1]) if text[span[0]] == "(" else -1
        if close != -1 and text[close + 1 : span[1]].strip():
            span = trim(text, close + 1, span[1])  # nor a dateline's credit the parser hung on it: '(Reuters) Police said ...'
        if span[1] - span[0] > 1 and text[span[1] - 1] in "”\"" and sum(text.count(m, *span) for m in "“”\"") % 2:
            # nor the closing mark of a subject in quotation marks whose opening mark the
            # parser hung elsewhere ('"Multiple unconfirmed sources" report that ...')
            span = trim(text, span[0], span[1] - 1)
        last = doc[subj.right_edge.i] if subj.right_edge.idx < span[1] else subj
        name = last.ent_iob_ == "I" and last.ent_type_ == "PERSON" and next((e for e in doc_ents(doc) if e.start <= last.i < e.end), None)
        if name and span[0] <= name.start_char < span[1] < name.end_char and name.end <= sent.end and "\n" not in text[span[1] : name.end_char]:
            # nor a name cut where the parser split it ('spokesman Muhammad al | -Midana')
            span = (span[0], name.end_char)
    return span


_INVERTED = ("nsubj", "dobj", "attr", "npadvmod", "appos")


def _inverted(verb: Token) -> tuple[Token, Token] | None:
    """A cue that interrupts its claim with the speaker after the verb: 'Repairs to the
    bridge, said Haas, “are late”' (the parser makes the phrase before the comma the verb's
    subject, and Haas its subject or object): (the speaker, the opening of the claim)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    fronted = next((c for c in verb.children if c.dep_ in _SUBJECT and c.i < verb.i and _comma_after(c, verb.i - 1)), None)
    if fronted is None or tells_whom(verb) and _described(fronted, verb.i - 1):
        return None  # ('Anna Berg, a spokeswoman, told Vox, "..."': the one told; not 'The suspect, a man from Leeds, said Inspector Holt, "..."')
    start = _after_verb(verb)
    speaker = next((c for c in verb.children if c.dep_ in _INVERTED and c.left_edge.i == start and _may_speak(c)), None)
    if speaker is None:
        return None
    j = speaker.right_edge.i
    while j > speaker.i and doc[j].is_punct:
        j -= 1
    j += 1  # the token after the speaker's words: the comma or quotation mark that goes on
    return (speaker, fronted) if j + 1 < len(doc) and (doc[j].text == "," or doc[j].is_quote) else None


def closing_object(verb: Token) -> Token | None:
    """'..., reports 9to5Mac.': a tag closing the sentence after its claim, whose speaker the
    parser read as the verb's object (a name tagged a number, say): the speaker, else None.
    Only with no subject, the claim a clause before the comma, and the object a name that
    ends the sentence."""
    doc = verb.doc
    if not _tags_the_claim_before(verb) or any(c.dep_ in _SUBJECT for c in verb.children):
        return None  # (not 'told Reuters', whose object is the one told: cue_verbs.txt's "closing" verbs only)
    kids = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if len(kids) != 1 or kids[0].dep_ != "dobj" or kids[0].left_edge.i != verb.i + 1:
        return None
    obj = kids[0]
    end = obj.right_edge.i + 1
    if end < len(doc) and not (doc[end].text in ".!?" or doc[end].is_sent_start):
        return None
    name = obj.pos_ == "PROPN" or obj.pos_ == "NUM" and any(ch.isalpha() for ch in obj.text) and obj.text[:1].isalnum()
    # (or a noun for someone or something that speaks, which no list of sources holds:
    # '..., claims the blogger.', '..., claims the report.'; WordNet's kind, noun_kinds.tsv)
    speaks = obj.pos_ == "NOUN" and (noun_kinds().get(obj.lemma_.lower()) in ("person", "body", "record") or obj.lemma_.lower() in _text_nouns())
    return obj if name or speaks or _may_speak(obj) and obj.pos_ != "PRON" else None


def _tags_the_claim_before(verb: Token) -> bool:
    """A verb of cue_verbs.txt's "closing" group right after a comma, its claim a clause
    before it: the shape of a closing tag, whatever the parser made of its speaker."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != "," or verb.lemma_.lower() not in lexicon.grouped(CUE_VERBS)["closing"]:
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def closing_subject(verb: Token) -> Token | None:
    """'The river burst its banks overnight, reports the local paper.': a tag closing the
    sentence after its claim, the speaker the verb's subject after it: the speaker, else
    None. Only a verb of cue_verbs.txt's "closing" group after a comma, its claim a clause
    before the comma, the speaker's phrase ending the sentence."""
    doc = verb.doc
    if not _tags_the_claim_before(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i < verb.i or subj.left_edge.i != _after_verb(verb):
        return None
    end = subj.right_edge.i + 1
    return subj if end >= len(doc) or doc[end].text in ".!?" else None


def closing_conjunct(verb: Token) -> Token | None:
    """A tag that closes its sentence with the speaker after the verb ('The official denied
    the claims, reported the Independent.'), which the parser reads as a second verb of the
    first clause's subject with the speaker for object: the speaker, else None. Only a verb
    of reporting after a comma with no 'and', whose object is a name or a noun for people
    and ends the sentence; in the present too, where the parser may also make the speaker
    the verb's own subject after it ('The council sold the park, claims local campaigner
    Ann Lee.')."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if verb.lemma_.lower() not in lexicon.grouped(CUE_VERBS)["closing"] or any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i):
        return None
    kids = [c for c in verb.children if not c.is_punct]
    if len(kids) != 1 or kids[0].dep_ not in ("dobj", "nsubj") or kids[0].left_edge.i != verb.i + 1:
        return None
    obj = kids[0]
    end = obj.right_edge.i + 1
    if end < len(doc) and not (doc[end].is_punct and doc[end].text in ".!?" or doc[end].is_sent_start):
        return None
    return obj if obj.pos_ == "PROPN" or _may_speak(obj) and obj.pos_ != "PRON" else None


def _speaker_with_participle(verb: Token) -> Token | None:
    """'The rise is due to sushi, say doctors writing in the journal ...': a cue after a comma
    with its claim before it and, after it, people with a participle, which the parser reads as
    a second clause ('doctors' the subject of 'writing'): those people are the speakers."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or any(c.dep_ in _SUBJECT for c in verb.children):
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    after = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in ("VBG", "VBN")), None)
    if after is None or any(c.dep_ in ("aux", "auxpass") for c in after.children):
        # (a clause with its own auxiliary is the claim: '..., claimed his sister was making ...')
        return None
    who = next((c for c in after.children if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1), None)
    return who if who is not None and who.pos_ != "PRON" and _may_speak(who) else None


def _subject_in_a_phrase(verb: Token) -> Token | None:
    """'Doubts grew after a report in the Clarion, a paper based in Leeds, claimed his
    brother ran the council': a subject set off by its apposition's commas, which the parser
    read as the object of a preposition in the clause before the verb, and that clause as the
    verb's complement or the verb as its second verb (with no 'and' or 'because'). Only with no
    subject and a claim after the verb, an apposition between commas right before the verb,
    and a noun that may speak or a text ('a report'), else None."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECT for c in verb.children):
        return None  # (a participle after the apposition is the main clause's: 'spoke with Macron, the French president, saying ...')
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    second = verb.dep_ == "conj" and not any(c.dep_ == "cc" for c in verb.head.children) or verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children)
    before: Token | None = verb.head if second else next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if before is None or before.i > verb.i:
        return None
    # the apposition between its commas, wherever the parser hung it
    k = verb.i - 2
    while k > before.left_edge.i and doc[k].text != "," and not (doc[k].is_punct and doc[k].text != "-"):
        k -= 1
    if k <= before.left_edge.i + 1 or doc[k].text != "," or not any(w.dep_ == "appos" for w in doc[k + 1 : verb.i - 1]):
        return None
    obj = doc[k - 1]  # then up the phrase that ends before it, to the object of the clause's preposition
    while obj.dep_ != "pobj" or obj.head.head.pos_ not in ("VERB", "AUX"):
        up = obj.head.head if obj.dep_ == "pobj" else obj.head
        if up.i == obj.i or not before.left_edge.i <= up.i < k or up.pos_ not in ("NOUN", "PROPN"):
            return None
        obj = up
    if not (_may_speak(obj) or obj.pos_ == "NOUN" and obj.lemma_.lower() in _text_nouns()):
        return None
    return obj


def _subject_after_a_subordinator(verb: Token) -> Token | None:
    """'The joke spread after a CNN analyst claimed that ...': the parser read 'after' as a
    preposition, its clause's subject as its object, and hung the clause on the main verb
    with no subject, so that the main clause's subject ('The joke') would say it. The
    object right before a finite verb with no subject of its own, after a subordinator
    (subordinators.txt: 'after', 'before', 'since', 'until', 'when' ...), is the subject."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in _SUBJECT for c in verb.children):
        return None
    first = verb.left_edge.i
    if first < 2:
        return None
    obj = verb.doc[first - 1]
    while obj.dep_ != "pobj" and obj.head.i > obj.i and obj.head.i < first:
        obj = obj.head  # (from the phrase's last word to its head: 'a Fox | contributor')
    prep = obj.head
    if obj.dep_ != "pobj" or obj.right_edge.i != first - 1 or prep.dep_ != "prep" or prep.lower_ not in lexicon.words(SUBORDINATORS):
        return None
    return obj if obj.pos_ in ("NOUN", "PROPN", "PRON") else None


def it_seemed_to(verb: Token) -> Token | None:
    """'It appeared to many viewers (that) he was answering nature's call': an 'it' that
    stands for the clause, and the people it seemed so to, who are whose impression the
    clause is (cue_verbs.txt's "impression" group)."""
    if verb.lemma_.lower() not in lexicon.grouped(CUE_VERBS).get("impression", frozenset()):
        return None
    kids = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids) or not any(c.dep_ == "ccomp" and c.i > verb.i for c in kids):
        return None
    to = next((g for c in kids if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i for g in c.children if g.dep_ == "pobj"), None)
    if to is None or to.pos_ == "PRON" and to.lower_ not in ("him", "her", "them", "me", "us"):
        return None
    return to if to.pos_ in ("NOUN", "PROPN", "PRON") else None


def _may_speak(tok: Token) -> bool:
    """A phrase after the verb that may be its speaker: the parser's subject, else a name, a
    personal pronoun or a noun for people ('said the engineer'; not 'reported the attack')."""
    if tok.dep_ == "nsubj":
        return True
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG"):
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "they", "we", "i")
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in people_nouns()


def _after_verb(verb: Token) -> int:
    """The first token after the verb and its particles ('said Haas', 'pointed out Haas')."""
    j = verb.i + 1
    while j < len(verb.doc) and verb.doc[j].dep_ == "prt" and verb.doc[j].head.i == verb.i:
        j += 1
    return j


def _described(subj: Token, comma: int) -> bool:
    """The subject's comma closes an appositive ('Anna Berg, the agency's spokeswoman, told
    Vox, "..."'): a speaker described, not a claim's first words, so the name after the
    verb is the one told."""
    return any(c.dep_ == "appos" and c.i > subj.i and _comma_after(c, comma) for c in subj.children)


def _comma_after(tok: Token, at: int) -> bool:
    """The token's phrase ends right before the comma at `at`: 'Repairs to the bridge, said'."""
    j = tok.right_edge.i
    while j > tok.i and tok.doc[j].is_punct:
        j -= 1  # the parser often hangs the comma on the phrase itself
    return j + 1 == at


def _clause_bounds(verb: Token, subj: Token | None) -> tuple[int, int]:
    """First and last token of the cue clause: the verb and its whole subject; with its
    auxiliaries where the source comes after it ('His comment | was reported by the media':
    'was' is no part of the claim). (Not without a source: the ranker, from PolNeAR, learned
    an agentless passive's claim as the words up to the verb.)"""
    last = _after_verb(verb) - 1  # with its particles ('pointed out')
    if subj is None:
        return verb.i, last
    first = verb.i
    while subj.i > verb.i and first > 0 and verb.doc[first - 1].head.i == verb.i and verb.doc[first - 1].dep_ in _AUXILIARIES:
        first -= 1
    return min(first, subj.left_edge.i), max(last, subj.right_edge.i)


_AUXILIARIES = ("aux", "auxpass", "neg")


def told_one(verb: Token) -> Token | None:
    """The one told, the subject of a verb of telling in the passive that closes its claim
    ('The men were students, CNN is told.', cue_verbs.txt's "informed"): part of the cue
    clause, not of what was told, with the auxiliaries between them. None otherwise."""
    if verb.lemma_.lower() not in lexicon.grouped(CUE_VERBS).get("informed", frozenset()):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    if subject is None or not any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children):
        return None
    if any(not (t.dep_ in _AUXILIARIES and t.head.i == verb.i or t.is_space) for t in verb.doc[subject.right_edge.i + 1 : verb.i]):
        return None
    return subject


def cue_span(verb: Token) -> Offsets:
    """The verb and its particle ('pointed out'), not a 'particle' the parser found inside a
    quotation ('T-shirts that read "Hands up, ..."'); from the verb that raises it, where one
    does ('appears to show', cue_verbs.txt's 'raising' group)."""
    doc = verb.doc
    t = tokens_of(doc)
    toks = [verb] + [doc[c] for c in t.children(verb.i) if t.dep[c] == "prt" and not any(doc[k].is_quote for k in range(min(c, verb.i) + 1, max(c, verb.i)))]
    head = t.head[verb.i]
    groups = lexicon.grouped(CUE_VERBS)
    if t.dep[verb.i] == "xcomp" and head < verb.i and t.lemma[head] in groups["raising"] and t.lemma[verb.i] in groups["raised"]:
        toks += list(doc[head:verb.i])
    return char_span(doc, sorted(toks, key=lambda x: x.i))  # type: ignore[return-value]


def _quote_content(ctx: Context, verb: Token, subj: Token | None, sent: Span) -> tuple[Offsets | None, str]:
    """A quotation standing right before the cue clause or right after the cue."""
    doc = ctx.doc
    first, last = _clause_bounds(verb, subj)
    # prt and adverbs directly after the verb belong to the cue clause
    while last + 1 < len(doc) and doc[last + 1].dep_ in ("prt", "advmod", "npadvmod") and doc[last + 1].head.i == verb.i:
        last += 1
    # and so does the one told, when the quotation follows it ('Smith told detectives, “...”')
    hearer = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.left_edge.i == last + 1), None)
    if hearer is not None:
        edge = hearer.right_edge
        if ctx.quote_starting_after(edge.idx + len(edge.text)) is not None:
            last = edge.i
    clause_end = doc[last].idx + len(doc[last].text)
    before = ctx.quote_ending_before(doc[first].idx)
    if before and not opens_sentence(doc_text(doc), before[0]):
        before = None  # a quoted title inside the sentence ('on “Fox News Sunday,” Pence said')
    after = ctx.quote_starting_after(clause_end)
    if before and after and _introduces(doc_text(doc), before[1], clause_end, after[0]):
        before = None  # '“A.” Another aide told the paper: “B.”'
    if before and _closed(doc_text(doc), before[1]) and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        before = None  # '“A.” Smith told the paper that B.': the verb's own clause is what it reports
    if before:
        return (before[0], _continuation(ctx, clause_end, sent.end_char) or before[1]), "direct"
    if after:
        return (after[0], _continuation(ctx, after[1], sent.end_char) or after[1]), "direct"
    return None, ""


def _introduces(text: str, before_end: int, clause_end: int, quote_start: int) -> bool:
    """Whether the cue clause introduces the quotation after it: a colon between them, or a
    quotation before it closed by a full stop ('“A.” She told the paper “B.”'), which ends a
    sentence of its own where one resumed after its cue would end with a comma."""
    return _closed(text, before_end) or ":" in text[clause_end:quote_start]


def _closed(text: str, end: int) -> bool:
    """Whether the quotation ending at end closes with a full stop: a sentence of its own."""
    return text[end - 2 : end - 1] == "." or text[end - 1] == "."


def opens_sentence(text: str, start: int) -> bool:
    """Whether what starts at `start` opens a sentence: only spaces back to a line start or
    to what ends a sentence or a quotation."""
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] in "\n.?!:”\"'"


RESUMING = frozenset(",;:—–-")  # what a sentence's words end with where its quotation resumes


def _resumes(ctx: Context, end: int, start: int) -> bool:
    """Whether a later quotation in the sentence resumes the one that ended at end: after a
    break (', pausing, “B.”') or a conjunction (', but “B.”'), not where it is a phrase a
    clause quotes ('while stressing that the “vast majority” of ...')."""
    words = doc_text(ctx.doc)[end:start].rstrip()
    if not words or words[-1] in RESUMING:
        return True
    last = ctx.char_span((end + len(words) - 1, end + len(words)))
    return last is not None and ctx.tokens.pos[last[0]] == "CCONJ"


def _continuation(ctx: Context, end: int, sent_end: int) -> int | None:
    """Where a quotation resumed after its cue ('“A,” she said. “B.”') finally ends.

    The quotation goes on through a later quotation in the cue's own sentence ('“A,” he
    said, pausing, “B.”'), through quotations that follow in the same paragraph with
    nothing but white space or punctuation between them, and through following paragraphs
    that are one quotation and nothing else.
    """
    text = doc_text(ctx.doc)
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end == -1 else para_end
    best = end
    j = end
    later = next((q for q in ctx.quotes if end <= q[0] < min(sent_end, para_end) and _resumes(ctx, end, q[0])), None)
    if later is not None:
        best = j = later[1]
    elif sent_end > end and ctx.quote_starting_after(sent_end, gap=" \t") is not None:
        j = sent_end  # '“A,” he said in August. “B.”'
    while True:
        q = ctx.quote_starting_after(j, gap=" ,.;:\t")
        if q is not None and q[0] < para_end:
            if _has_own_clause(ctx, q[1]):
                return best if best > end else None  # '“B,” the office said.': someone else's
            best = j = q[1]
            continue
        # the next paragraph goes on when it is one quotation and nothing else
        q = ctx.quote_starting_after(para_end, gap=" \t\n")
        if q is None or text[q[1]:].split("\n\n", 1)[0].strip():
            return best if best > end else None
        best = j = q[1]
        para_end = text.find("\n\n", j)
        para_end = len(text) if para_end == -1 else para_end


def _has_own_clause(ctx: Context, end: int) -> bool:
    """Whether words with a verb follow a quotation in its own sentence ('“B,” the office
    said.'): then it is part of another sentence, with a cue of its own, not a resumed
    quotation. Words without one ('“... a tax increase” for the top bracket.') finish the
    quotation's own sentence."""
    text = doc_text(ctx.doc)
    j = end
    while j < len(text) and text[j] in " \t,":
        j += 1
    if not (j < len(text) and (text[j].isalpha() or text[j].isdigit()) and text[end - 1] not in ".?!" and text[end - 2 : end - 1] not in (".", "?", "!")):
        return False
    lists = ctx.arrays.lists
    i = bisect_left(lists.start, j)
    stop = lists.sent_end[i] if i < len(lists.start) else i
    pos = ctx.tokens.pos
    return any(pos[k] in ("VERB", "AUX") for k in range(i, stop))


def _colon_content(ctx: Context, verb: Token) -> Offsets | None:
    """'He said: ...' with no quotation marks: the rest of the paragraph."""
    doc = ctx.doc
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].dep_ in ("prt", "advmod") and doc[nxt].head.i == verb.i:
        nxt += 1
    # whom it was told to, where and when ('told NT News:', 'said on Tuesday:', 'posted on
    # her profile on Monday:'), up to the colon ('told us the following,': past the one told
    # to what it names)
    phrases = [c for c in verb.children if c.dep_ in ("dobj", "dative", "prep", "npadvmod") and c.right_edge.i + 1 < len(doc)]
    moved = True
    while moved:
        moved = False
        for c in phrases:
            if c.left_edge.i != nxt:
                continue
            last = c.right_edge.i
            while last > c.i and (doc[last].is_space or doc[last].is_punct):
                last -= 1  # the parser may hang the closing comma on the phrase
            # (past an object only to the colon: 'confirmed the hoax in 3 words:' confirmed
            # the hoax, whatever the colon sets out)
            onward = c.dep_ != "dobj" and any(k.dep_ in ("prep", "npadvmod") and k.left_edge.i == last + 1 for k in phrases)
            # (or past the one told, read as a first object, to the message: 'sent the Herald this statement:')
            onward = onward or c.dep_ == "dobj" and any(k.dep_ == "dobj" and k.i != c.i and k.left_edge.i == last + 1 for k in phrases)
            if c.dep_ == "dative" or _introduces_next(doc, last + 1) or onward:
                nxt, moved = last + 1, True
                break
    if nxt < len(doc) - 1 and _introduces_next(doc, nxt):
        # 'Mr Reddaway said:', 'the cleric replied, saying,' closing a paragraph
        return colon_sets_out(ctx, doc[nxt].idx + 1, quoted_only=doc[nxt].text == ",")
    return None


def colon_sets_out(ctx: Context, at: int, quoted_only: bool) -> Offsets | None:
    """What a colon, or a comma closing its paragraph, sets out from `at`: the quotation
    opening what follows, else the rest of its line ('Haas reports:' over a claim; a line is
    a paragraph where pages set them so, unless a sentence runs on to the next in lower
    case); after a comma only a quotation, one the page may have left open. Nothing across
    an empty paragraph: there the colon introduced an embed, a tweet or a video, that the
    page lost ('Take a look:')."""
    text = doc_text(ctx.doc)
    start = at
    while start < len(text) and text[start].isspace():
        start += 1
    if text.count("\n", at, start) > 2:
        return None
    quote = ctx.quote_starting_after(at, gap=" \t\n")
    if quote is not None:
        return quote
    if start == len(text) or quoted_only and text[start] not in _OPENING_QUOTES:
        return None
    end = text.find("\n", start)
    while end != -1 and text[end + 1 : end + 2].islower() and text[start:end].rstrip()[-1:] not in _SENTENCE_ENDS:
        end = text.find("\n", end + 1)  # (a sentence running on in lower case was wrapped)
    s, e = trim(text, start, len(text) if end == -1 else end)
    return (s, e) if e > s else None


def _introduces_next(doc: Doc, i: int) -> bool:
    """Whether token i ends a cue that introduces what follows: a colon, or a comma that
    closes its paragraph (a page that set the quotation in a paragraph of its own)."""
    if doc[i].text == ":":
        return True
    return doc[i].text == "," and _PARAGRAPH_AFTER.match(doc_text(doc), doc[i].idx + 1) is not None


_PARAGRAPH_AFTER = re.compile(r"[ \t]*\n\s*\n")
_OPENING_QUOTES = "\"“‘'«"
_SENTENCE_ENDS = ".!?\"”’'"


def _kind_of(ctx: Context, span: Offsets) -> str:
    q = ctx.quote_at(span[0])
    if q and q[0] == span[0] and q[1] >= span[1] - 1:
        return "direct"
    inner = ctx.quote_at(span[1] - 1)
    if q or inner or ctx.quote_starts_in(span):
        return "mixed"
    return "indirect"


@stage("reporting_verbs")
def reporting_verbs(ctx: Context) -> list[Finding]:
    verbs = lexicon.flagged(LEXICON)
    doc = ctx.doc
    tok = ctx.tokens
    out: list[Finding] = []
    for i, pos in enumerate(tok.pos):
        if pos != "VERB":
            continue
        verb = doc[i]
        sent = verb.sent  # found once: each Token.sent looks for its bounds again
        flags = verbs.get(tok.lemma[i])
        in_lexicon = flags is not None
        if flags is None:
            # every other verb is a candidate too: the ranker learned which ones PolNeAR counts
            flags = _ANY_VERB
        elif "obj" not in flags and purported_picture(verb) is not None:
            flags = flags | {"obj"}  # ('A photo purporting to show the slain body of ...': the scene is its object, whole)
        subj = subject_of(verb)
        source = None
        if subj is not None:
            # a relative clause's antecedent is the source itself, not its whole phrase
            tacked = appended_speaker(verb)
            if tacked is not None:
                source = char_span(doc, doc[tacked[1] : subj.right_edge.i + 1])
            elif garden_path_speaker(verb) is not None:
                source = trim(doc_text(doc), subj.left_edge.idx, doc[verb.i - 1].idx + len(doc[verb.i - 1].text))  # 'A guard who knew the prisoner'
            elif (pictured := purported_picture(verb)) is not None and pictured.i == subj.i:
                source = noun_phrase_before(doc, subj, verb.head)  # ('A video | purporting to show ...')
            elif subj.i != tok.head[i]:
                source = source_span(doc, subj, sent)
            elif second_tag(verb) is not None:
                source = subtree_span(doc, subj, exclude=[verb], within=sent)
            elif _restrictive_participle(verb):
                source = noun_phrase_before(doc, subj, verb)
            else:
                source = char_span(doc, [subj])
        cue = cue_span(verb)
        for rank, (content, kind, via) in enumerate(_contents(ctx, verb, subj, flags, sent)):
            out.append(
                Finding(
                    cue=cue,
                    source=source,
                    content=content,
                    kind=kind,
                    stage="reporting_verbs",
                    cue_token=verb.i,
                    source_token=subj.i if subj is not None else None,
                    lexicon=in_lexicon,
                    via=via,
                    preferred=rank == 0,
                    subject_noun=_owned_claim(subj),
                )
            )
    return out


def _contents(ctx: Context, verb: Token, subj: Token | None, flags: frozenset[str], sent: Span) -> list[tuple[Offsets, str, str]]:
    """What the verb may introduce, the rules' own choice first, then the alternatives
    (the quotation, the complement, the rest of the sentence) for the ranker to weigh."""
    quote, quote_kind = _quote_content(ctx, verb, subj, sent)
    dep, dep_kind, dep_via = _dependency_content(ctx, verb, flags, sent)
    colon = _colon_content(ctx, verb)
    options: list[tuple[Offsets | None, str, str]] = []
    split = _split_claim(ctx, verb, subj, sent, quote) or _claim_around(ctx, verb, subj)
    if split is not None:
        options.append(split)
    if quote is not None and dep is not None and quote[0] > verb.idx and (dep[1] > quote[1] + 1 or dep[0] < quote[0] - 1):
        # a quotation inside a longer complement: a mixed quote, not a direct one
        options.append((dep, dep_kind, dep_via))
    options += [(quote, quote_kind, "quote"), (colon, "indirect", "colon"), (dep, dep_kind, dep_via)]
    if not any(c.dep_ == "ccomp" and extraposed_claim(c, sent) is not None for c in verb.children):
        options += _sentence_rest(ctx, verb, subj, sent, flags is not _ANY_VERB)  # (not past a 'made it clear that' clause: it is the claim)
    out: list[tuple[Offsets, str, str]] = []
    for span, kind, via in options:
        if quote is not None and span is not None and via != "quote" and quote[0] <= span[0] and span[1] <= verb.idx < quote[1]:
            # the clause or the sentence before the verb is the quotation, which resumes after
            # the cue ('“A,” she said. “B.”'): one reading, as long as the quotation's
            span = quote
        span = _whole_quotes(ctx, span, verb.idx)
        if span is None or any(span == o[0] for o in out):
            continue
        out.append((span, _kind_of(ctx, span) if kind == "indirect" else kind, via))
    return out


def _split_claim(ctx: Context, verb: Token, subj: Token | None, sent: Span, quote: Offsets | None) -> tuple[Offsets, str, str] | None:
    """The claim a cue interrupts ('Repairs to the bridge, said Haas, “are late.”'): from
    the phrase before the cue to the end of the quotation, or of the sentence, after it. Like
    a quotation resumed after its cue, the one span holds the cue."""
    inverted = _inverted(verb)
    if inverted is None or subj is None or subj.i != inverted[0].i:
        return None
    fronted = inverted[1]
    start = fronted.left_edge.idx
    if quote is not None and quote[0] > verb.idx:
        return (start, quote[1]), "indirect", "quote"
    end = trim(doc_text(ctx.doc), start, sent.end_char)[1]
    return ((start, end), "indirect", "sent_after") if end > subj.idx + len(subj.text) else None


def _claim_around(ctx: Context, verb: Token, subj: Token | None) -> tuple[Offsets, str, str] | None:
    """A closing tag that the claim runs on past, in a clause of its own ('No test was done,
    Dr. Archer said, because the symptoms never came'; 'Prices will rise, the bank warned,
    unless wages fall'), which the parser hangs on the cue: the claim before the tag and
    the clause after it, as one span that holds the tag (PolNeAR's annotators take both).
    Not a concession ('..., he said, although the army denied it') nor an 'as' or 'while'."""
    if subj is None:
        return None
    doc = verb.doc
    comma = subj.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    fronted = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subj.i and c.right_edge.i == comma - 1), None)
    if fronted is None and verb.dep_ == "parataxis" and verb.head.i < comma:
        fronted = verb.head  # (the claim's verb the parser hung the tag on)
    if fronted is None or fronted.left_edge.i < verb.sent.start:
        return None
    last = max([verb.i, subj.right_edge.i] + [c.right_edge.i for c in verb.children if c.dep_ in ("advmod", "npadvmod", "dobj", "dative") and c.i > verb.i])
    onward = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == last + 2 and doc[last + 1].text == ","), None)
    if onward is None:
        return None
    mark = next((m for m in onward.children if m.dep_ == "mark" and m.i == onward.left_edge.i), None)
    if mark is None or mark.lower_ in CONCESSIVE or mark.lower_ in ("as", "while", "so"):
        return None
    span = trim(doc_text(ctx.doc), fronted.left_edge.idx, onward.right_edge.idx + len(onward.right_edge.text))
    return span, "indirect", "around"


def set_into(verb: Token) -> tuple[int, int] | None:
    """A tag set between commas into the middle of the clause it vouches for, which the
    parser hangs on that clause as a parataxis ('The files will be checked, he said, but the
    office will stay shut'; 'Teachers should, she said, take a bigger role'): the whole
    clause, (first token, last token), holding the tag; None where the clause ends or begins
    at the tag (a closing or an opening tag), or does not hold it."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "parataxis" or head.i == verb.i or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    climbed = head.dep_ in ("aux", "auxpass") and head.head.i != head.i
    if climbed:
        head = head.head  # (hung on the clause's auxiliary: 'The government, he wrote, was "investing ..."')
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") or c.is_quote for c in verb.children):
        return None  # says something of its own
    first, last = verb.left_edge.i, verb.right_edge.i
    while first < verb.i and doc[first].is_punct:
        first += 1
    while last > verb.i and doc[last].is_punct:
        last -= 1
    if first < 1 or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return None
    sent = verb.sent
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i, sent.end - 1)
    hi = _last_word(doc, hi, last)
    if lo >= first - 1 or hi <= last + 1 or any(doc[k].is_quote for k in range(lo, first if climbed else hi + 1)):
        # (a quotation's split is the quotation stage's; one after a tag hung on the
        # auxiliary is the claim's: 'The government, he wrote, was "investing ..."'. PolNeAR
        # dev takes the words before the tag out of the claim where a quotation follows a tag
        # hung on the verb: token content -0.02 when they were taken in)
        return None
    if doc[last + 2].lower_ in CONCESSIVE:
        return None  # '..., residents said, although the army denied ...': the writer's concession after a closing tag
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[last + 2 : hi + 1]):
        return None  # ('Prices will rise, the bank said, in a note to clients': what follows is the tag's own)
    for c in head.children:
        if c.dep_ in ("ccomp", "conj") and c.right_edge.i < first - 1 and c.left_edge.i == lo:
            nxt = c.right_edge.i + 1
            while nxt < first - 1 and (doc[nxt].is_punct or doc[nxt].dep_ == "cc"):
                nxt += 1
            if nxt >= first - 1:
                return None  # ('The ferry sank in 1998 and the captain, police said, was never found', the subject parsed into the first clause: no clause to hold)
            lo = nxt  # (a clause of its own before the one the tag is set into: from that one's first word; an adverbial one, 'While X ..., he said, Y', is the claim's)
    return lo, hi


def parenthetical(verb: Token, subj: Token) -> Token | None:
    """A cue clause set between commas into the claim, after the claim's subject ('The deal,
    the minister said, is worth $2bn'): the claim's subject, where the parser hangs the cue
    on the claim's verb and nothing but the cue clause comes between the commas."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "parataxis" or head.i <= verb.i or subj.head.i != verb.i or subj.i > verb.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj") for c in verb.children):
        return None  # a clause of its own after the verb: not set into the claim
    first, last = subj.left_edge.i, verb.right_edge.i  # ('the minister told reporters on Monday')
    while last > verb.i and doc[last].is_punct:
        last -= 1  # (the parser may hang the closing comma on the verb)
    if first < 2 or doc[first - 1].text != "," or last + 1 >= len(doc) or doc[last + 1].text != ",":
        return None
    fronted = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first - 1), None)
    return fronted if fronted is not None and fronted.right_edge.i == first - 2 else None


def _whole_quotes(ctx: Context, span: Offsets | None, cue: int) -> Offsets | None:
    """A content that stops inside a quotation ('Smith says “I was never there' before ',”
    the office said') takes the quotation whole."""
    if span is None:
        return None
    start, end = span
    q = ctx.quote_at(end - 1)
    if q is not None and q[0] < end < q[1] and q[1] <= cue:
        end = q[1]
    return start, end


def next_report(verb: Token) -> int | None:
    """Where the claim before a second report joined to the verb ends, in characters
    ('Residents say the mayor lied | and say that ...', 'said that he had seen ... | and
    added that ...'): a reporting verb with a claim of its own, a conjunct of this one, or
    what the source did not give ('said ... | but did not elaborate', misread.withheld);
    what the verb said stops before it. None where there is no such report."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "conj" or c.i <= verb.i + 1 or any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children):
            continue  # (a report with a subject of its own is second_report's)
        if c.lemma_.lower() in lexicon.flagged(LEXICON) and any(k.dep_ == "ccomp" and k.i > c.i and not _of_oneself(k) for k in c.children) or misread.withheld(c):
            between = doc[verb.i + 1 : c.left_edge.i].text
            if between.count("“") != between.count("”") or between.count('"') % 2:
                return None  # (inside a quotation: the quoted words' own)
            return end_before(doc, c.left_edge.i - 1, verb.i, cc=True)
    return None


def _head_claim_after(verb: Token) -> int | None:
    """Where the claim of the verb a participle hangs on begins, after the participle's
    phrase and its comma ('Reuters reported, citing an official, | that the minister is
    ill'): the participle's sentence rest stops there, the clause is the other verb's. None
    for any other verb."""
    if verb.dep_ != "advcl" or verb.head.i > verb.i or verb.tag_ != "VBG":
        return None
    that = _that_past_phrase(verb, comma=True)
    return that.idx if that is not None else None


def _that_past_phrase(participle: Token, comma: bool) -> Token | None:
    """The 'that' (a mark) right after the participle's phrase and the commas after it (at
    least one, with comma); the parser may hang the closing comma on the participle."""
    doc = participle.doc
    end = participle.right_edge.i
    while end > participle.i and doc[end].text == ",":
        end -= 1
    k = end + 1
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if comma and k == end + 1:
        return None
    return doc[k] if k < len(doc) and doc[k].lower_ == "that" and doc[k].dep_ == "mark" else None


_TOPIC_PREPOSITIONS = frozenset({"of", "about"})  # 'said of his striker that ...': whom the claim is about


def aside_before_claim(verb: Token) -> int | None:
    """The last token of a participle phrase set off by commas between the verb and the
    'that' of its claim ('reported Thursday, citing friends of his, | that ...'), or of the
    topic before it ('said of his striker | that ...', a review of FNC bodies,
    Random(12424)): the verb's own words, not the claim's; else None."""
    doc = verb.doc
    # (on the verb, or on its claim's verb, where the parser hung the participle after the
    # comma: 'reported, citing an unnamed source, that ...')
    near = [*verb.children, *(k for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for k in c.children if k.i < c.left_edge.i + 8)]
    for c in near:
        if c.dep_ != "advcl" or c.tag_ != "VBG" or c.i < verb.i or doc[c.i - 1].text != ",":
            continue
        that = _that_past_phrase(c, comma=False)
        if that is not None:
            return that.i - 1  # (wherever the parser hung the clause: on the verb, or the verb on it)
    topic = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ in _TOPIC_PREPOSITIONS), None)
    if topic is not None and topic.right_edge.i + 1 < len(doc):
        that = doc[topic.right_edge.i + 1]
        if that.lower_ == "that" and that.dep_ == "mark" and that.head.dep_ == "ccomp" and that.head.head.i == verb.i:
            return topic.right_edge.i  # 'said of his striker | that he was the best': whom the claim is about, not the claim
    return None


def _sentence_rest(ctx: Context, verb: Token, subj: Token | None, sent: Span, listed: bool = True) -> list[tuple[Offsets | None, str, str]]:
    """The sentence before or after the cue clause ('Prices will rise, the bank warned.');
    after it, only to the end of the subordinate clause that holds the cue, if any ('A woman
    who was fired when her boss told her she was slow | sued the firm'), and past the whole
    of an opening 'as' clause of a listed verb ('As she wrote for Vox, | ...'; the ranker
    learned the tagger's other verbs, 'As X put it in a statement', read from the verb)."""
    doc = ctx.doc
    first, last = _clause_bounds(verb, subj)
    hearer = next(
        (
            c for c in verb.children
            if c.dep_ in ("dative", "dobj") and c.left_edge.i == last + 1
            and (names_people(c) or c.pos_ == "PROPN" or tells_whom(verb) and any(k.dep_ == "ccomp" and k.left_edge.i == c.right_edge.i + 1 for k in verb.children))
        ),
        None,
    )  # (for 'tell' and 'ask', whoever it is, with what was said right after it)
    if hearer is not None and any(c.dep_ == "ccomp" and c.i > hearer.i for c in verb.children):
        last = hearer.right_edge.i  # the one told is part of the cue clause ('told him | he was late')
    told = next((h for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for h in (hearer_read_as_subject(verb, c),) if h is not None), None)
    if told is not None:
        last = max(last, told.right_edge.i)  # ('told media outlet Rudaw | the town had fallen': a review of FNC bodies, Random(11717))
    relative = _told_that(verb)
    that = _that_mark(relative) if relative is not None else None
    if that is not None:
        last = max(last, that.i - 1)  # ('told the local paper The Riverside Courier | that ...', _told_that)
    text = doc_text(doc)
    before = trim(text, sent.start_char, doc[first].idx)
    end = clause_end(verb)
    why = _own_subordinate(verb, last)
    if why is not None:
        end = why if end is None else min(end, why)
    theirs = _head_claim_after(verb)
    if theirs is not None:
        end = theirs if end is None else min(end, theirs)
    again = next_report(verb)
    if again is not None:
        end = again if end is None else min(end, again)
    t = tokens_of(doc)
    going = next((g for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i for g in (_going_on(t, c.i),) if g is not None), None)
    if going is not None:
        # '... a failure - adding that ...': the report's next cue, as for its clause (_clause_content)
        end = t.idx[going - 1] if end is None else min(end, t.idx[going - 1])
    aside = aside_before_claim(verb)
    if aside is not None:
        last = max(last, aside)
    if listed and _opening_as_clause(verb):
        # 'As she wrote for Vox last week, | the rule ...': the clause's own words are no claim
        # (to its comma: a parse may run it on into the main clause)
        comma = next((t.i for t in doc[verb.i + 1 : verb.right_edge.i + 1] if t.text == ","), verb.right_edge.i + 1)
        last = max(last, comma - 1)
    after = trim(text, doc[last].idx + len(doc[last].text), sent.end_char if end is None else min(sent.end_char, end))
    return [(span, "indirect", via) for span, via in ((before, "sent_before"), (after, "sent_after")) if span[1] - span[0] > 12]


_ANY_VERB = frozenset({"obj", "xcomp", "prep"})
SUBORDINATORS = "subordinators.txt"
CORRECTIONS = "corrections.txt"  # the writer's correction at a claim's end: 'when all known evidence suggests ...'
WRITERS_COMMENTS = "writers_comments.txt"  # the writer's comment at a claim's end: ', which is odd given ...'
CONCESSIVE = frozenset({"although", "though", "whereas"})  # of subordinators.txt, those that concede: a clause the writer sets against the report


def _own_subordinate(verb: Token, last: int) -> int | None:
    """Where the rest of the sentence after the cue stops when the verb has taken its object
    and then has a clause of time, cause or concession of its own ('had called the hearing
    because they felt ...', 'cried tears of joy after ...'): the writer's account of the act,
    not what was said (PolNeAR dev +0.10). Not 'if' or 'unless', whose condition is part of
    the claim, nor 'as' or 'while', as often a comparison or a contrast inside it; not where
    the verb took no object ('claims Haines was killed because ...', which the parser may
    hang on the cue). A character offset, or None."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    marks = lexicon.words(SUBORDINATORS)
    for c in verb.children:
        if c.dep_ == "advcl" and c.left_edge.i > last + 1 and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
            cut = verb.doc[c.left_edge.i - 1]
            while cut.is_punct and not cut.is_quote and cut.i > last + 1:
                cut = verb.doc[cut.i - 1]
            return cut.idx + len(cut.text)
    return None


def tells_whom(verb: Token) -> bool:
    """A verb whose direct object is always whom it is said to: 'tell' ('told the programme it
    was time'), and the verbs of asking (cue_verbs.txt's 'question': 'asked the pair how much');
    not 'revealed her secret', 'wrote an essay', whose object is what is said."""
    lemma = verb.lemma_.lower()
    return lemma == "tell" or lemma in lexicon.grouped(CUE_VERBS).get("question", frozenset())


def _told_by(verb: Token) -> Token | None:
    """'We were told by insiders that staffers ...', 'I was told by a source that the deal was
    off': the parser hangs the 'that' clause of a passive verb on its agent, as if it were a
    relative clause; a 'that' that is its clause's complementizer (not its subject or object)
    makes it the verb's."""
    who = _agent_of(verb)
    if who is None:
        return None
    return next(
        (c for c in who.children if c.dep_ in ("relcl", "acl") and c.i > who.i and _that_mark(c) is not None),
        None,
    )


def _that_mark(clause: Token) -> Token | None:
    """The 'that' a clause opens with as its complementizer (a mark, not its subject or
    object), else None."""
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)


def _told_that(verb: Token) -> Token | None:
    """'told KTVU 2 News that the truck was sold', 'told the local paper The Riverside Courier
    that ...': the parser hung the 'that' clause on the one told, as if it were a relative
    clause (on the hearer or its apposition), and the claim took in the hearer (a review of
    FNC bodies, Random(12020)); a 'that' that is its clause's complementizer makes it the
    verb's, as for _told_by. Not what is told ('tells so many lies that ...': a result
    clause)."""
    if not tells_whom(verb):
        return None
    return next(
        (
            c
            for h in verb.children
            if h.dep_ in ("dobj", "dative") and h.i > verb.i and not (h.pos_ == "NOUN" and names_a_message(h)) and not any(t.lower_ in ("so", "such") for t in h.subtree)
            for c in h.subtree
            if c.dep_ in ("relcl", "acl") and c.i > h.i and c.head.dep_ in ("dobj", "dative", "appos", "compound") and _that_mark(c) is not None
            and any(k.dep_ in ("nsubj", "nsubjpass", "expl") and k.lower_ != "that" for k in c.children)
        ),
        None,
    )


def _inner_tag(verb: Token, clause: Token) -> Token | None:
    """The first tag of a sentence closed by two ('"...," a historian said, the site
    reported.'), which the parser may hang from the second as a parataxis between the claim
    and it: both listed verbs with a subject of their own."""
    if verb.lemma_.lower() not in lexicon.flagged(LEXICON) or not any(k.dep_ == "nsubj" and k.i < verb.i for k in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "parataxis" and clause.i < c.i < verb.i and c.lemma_.lower() in lexicon.flagged(LEXICON) and any(k.dep_ == "nsubj" for k in c.children):
            return c
    return None


def _from_that(doc: Doc, clause: Token, verb: Token, sent: Span) -> Offsets | None:
    """A complement clause from its 'that' on: words the parser hung on the clause before its
    'that' are the verb's ('reported, citing police sources, that the driver had fled'). A
    relative pronoun before the cue that is the clause's subject ('the bridge, which
    engineers said was unsafe') leaves the claim after the cue: the pronoun, the source and
    the cue are no part of it."""
    first = clause.left_edge
    if first.i < verb.i and first.tag_ in ("WDT", "WP") and first.head.i == clause.i and verb.i + 1 <= clause.i:
        start = verb.i + 1
    else:
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > verb.i), None)
        if mark is None or mark.i == first.i:
            return subtree_span(doc, clause, within=sent)
        start = mark.i
    end = min(clause.right_edge.i, sent.end - 1)
    return char_span(doc, doc[start : end + 1])


def _last_word(doc: Doc, last: int, floor: int) -> int:
    """The last token at or before `last`, down to `floor`, that is no punctuation (a closing
    quotation mark is kept) nor space: where a stretch of words ends before its full stop."""
    while last > floor and (doc[last].is_punct and not doc[last].is_quote or doc[last].is_space):
        last -= 1
    return last


def _that_series(doc: Doc, span: Offsets | None, sent: Span) -> Offsets | None:
    """'told reporters that she left the company; that she was never paid; and that she will
    sue': a claim that goes on in clauses each opened by 'that' after a semicolon (the
    splitter ends a sentence at each semicolon, the parser makes the next clause a root of
    its own) runs to the end of the series, at the full stop."""
    if span is None:
        return span
    end = span[1]
    k = sent.end
    while k < len(doc) and doc[k - 1].text == ";" and doc[k - 1].idx >= end - 1:
        first = doc[k] if doc[k].lower_ != "and" or k + 1 >= len(doc) else doc[k + 1]
        if first.lower_ != "that" or first.dep_ != "mark" or "\n" in doc[k - 1 : first.i + 1].text:
            break
        if first.head.dep_ not in ("ROOT", "conj"):
            break  # ('...; that it collapsed a day later shocked everyone': a clause that is a subject)
        nxt = first.sent
        last = _last_word(doc, nxt.end - 1, first.i)
        end = doc[last].idx + len(doc[last].text)
        k = nxt.end
    return span[0], end


def _and_that(verb: Token, span: Offsets | None) -> Offsets | None:
    """'said the militants tried to enter the town, but that soldiers had fought them off': a
    second complement of the same verb, opened by 'but that' or 'and that', which the parser
    hung on the verb as a conjunct (its 'that' read as a determiner): the claim runs on to its
    end (a review of FNC bodies, Random(11414), where the soldiers' part was dropped)."""
    if span is None:
        return span
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "conj" or c.idx < span[1] or not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
            continue
        cc = next((k for k in verb.children if k.dep_ == "cc" and span[1] <= k.idx < c.idx), None)
        if cc is None or cc.lower_ not in ("but", "and") or cc.i + 2 >= len(doc) or doc[cc.i + 1].lower_ != "that":
            continue
        if doc[cc.i + 1].dep_ in ("nsubj", "nsubjpass") or doc[cc.i + 2].pos_ in ("VERB", "AUX"):
            continue  # (the demonstrative: '..., and that's something most leaders would disagree with', PolNeAR dev)
        last = doc[_last_word(doc, c.right_edge.i, c.i)]
        return span[0], last.idx + len(last.text)
    return span


def second_report(verb: Token) -> int | None:
    """'Officials denied that the coach was sacked | and a league source said there was no
    dispute': a listed verb with a noun for its subject and a claim of its own, joined to the
    verb's complement clause by 'and' or 'but' with no 'that' of its own, is a second report
    beside the first, not part of its claim (the parser hangs it on the clause). Where the
    claim ends, in characters, or None."""
    doc = verb.doc
    if verb.lemma_.lower() not in lexicon.flagged(LEXICON) or not any(k.dep_ in ("nsubj", "nsubjpass") for k in verb.children):
        return None  # (the first is a report too: not 'the pencil is next to ..., and the shard shows ...')
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        for c in clause.children:
            refused = _refused_to_speak(c)
            if c.dep_ != "conj" or c.lemma_.lower() not in lexicon.flagged(LEXICON) and not refused or c.pos_ != "VERB":
                continue
            if c.lemma_.lower() in lexicon.words(BELIEFS) or c.lemma_.lower() in lexicon.grouped(CUE_VERBS).get("mind", frozenset()):
                continue  # ('... and its auditors knew the figures were false': a state of mind in the claim)
            subject = next((k for k in c.children if k.dep_ == "nsubj" and k.i < c.i), None)
            if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(k.dep_ == "mark" for k in c.children):
                continue  # (not 'and some speculated about ...', 'and who feel ...': the claim's own)
            if not refused and not any(k.dep_ == "ccomp" and k.i > c.i for k in c.children):
                continue  # a report with a claim of its own after it, or a refusal to give one
            joint = next((k for k in clause.children if k.dep_ == "cc" and k.i < subject.left_edge.i), None)
            if joint is None or joint.lower_ not in ("and", "but") or subject.left_edge.i != joint.i + 1:
                continue
            return end_before(doc, joint.i - 1, clause.i, quotes=False)
        joint = _refusal_by_a_joined_subject(clause)
        if joint is not None:
            return end_before(doc, joint.i - 1, clause.i, quotes=False)
        joint = _contrasted_report(clause)
        if joint is not None:
            return end_before(doc, joint.i - 1, clause.i)  # (a quotation the claim ends on keeps its closing mark)
    return None


CONTRASTING = frozenset({"while", "whereas", "whilst"})  # the words that set one report against another


def _contrasted_report(clause: Token) -> Token | None:
    """'One user said that the firm was looking into it, | while another said his files were
    back': a report with a subject and a claim of its own, set against the first by 'while'
    or 'whereas' (the parser hangs it on the first claim's verb), is the writer's contrast
    of two reports, not part of the first one's claim (a review of FNC bodies,
    Random(12323)). The contrasting word, or None."""
    for c in clause.children:
        if c.dep_ != "advcl" or c.i <= clause.i or c.pos_ != "VERB" or c.lemma_.lower() not in lexicon.flagged(LEXICON):
            continue
        mark = next((k for k in c.children if k.dep_ == "mark" and k.lower_ in CONTRASTING), None)
        subject = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < c.i), None)
        if mark is None or subject is None or subject.left_edge.i != mark.i + 1 or subject.tag_ == "PRP":
            continue  # (not 'the driver kept laughing while he told officers ...': a time in the claim, its 'he' the claim's own)
        if any(k.dep_ == "ccomp" and k.i > c.i for k in c.children):
            return mark
    return None


def _refusal_by_a_joined_subject(clause: Token) -> Token | None:
    """'said it would not confirm the reports | and officials declined to comment': the
    parser joined the people after 'and' to the claim's object, the refusal after them hung
    on the claim or on the cue. A thing cannot refuse to speak, so the people begin a second
    report: the 'and' before them, or None."""
    doc = clause.doc
    for conj in clause.subtree:
        head = conj.head
        if conj.dep_ != "conj" or head.pos_ != "NOUN" or head.ent_type_ or head.lemma_.lower() in people_nouns():
            continue
        if conj.lemma_.lower() not in people_nouns() and conj.ent_type_ not in ("PERSON", "ORG"):
            continue
        joint = doc[conj.left_edge.i - 1]
        if joint.dep_ != "cc" or joint.head.i != head.i or joint.lower_ not in ("and", "but"):
            continue
        after = conj.right_edge.i + 1
        while after < min(len(doc), conj.right_edge.i + 4) and doc[after].dep_ in ("aux", "neg", "advmod"):
            after += 1  # ('officials had also declined')
        if after < len(doc) and _refused_to_speak(doc[after]):
            return joint
    return None


def _refused_to_speak(verb: Token) -> bool:
    """'declined to comment', 'refused to say': a refusal (cue_verbs.txt) whose infinitive
    is a reporting verb; the answer withheld is a report of its own."""
    if verb.lemma_.lower() not in lexicon.grouped(CUE_VERBS).get("refusal", frozenset()):
        return False
    return any(k.dep_ == "xcomp" and k.lemma_.lower() in lexicon.flagged(LEXICON) for k in verb.children)


def matrix_conjunct(verb: Token) -> tuple[int, int] | None:
    """'promised that the issues would be resolved | and threw in some free perks': a verb in
    the past tense, with no subject of its own, joined to the verb's complement clause under a
    modal cannot share the modal ('would ... threw'); the parser hung it on the clause, but it
    is the speaker's next act, not part of what was said. A past the tagger may have made of a
    participle ('would be stopped or turned around') counts only where the modal's verb is bare
    ('would order a review and warned ...'); after a participle, only a past that is never one
    (distinct_pasts.txt). (where the claim ends, where the act ends) in characters, or None."""
    doc = verb.doc
    pasts = lexicon.words(DISTINCT_PASTS)
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if not any(k.dep_ == "aux" and k.tag_ == "MD" for k in clause.children):
            continue
        bare = clause.tag_ == "VB" and clause.lemma_ not in ("be", "have") and not any(k.dep_ in ("aux", "auxpass") and k.lemma_ in ("be", "have") for k in clause.children)
        joined = next(
            (
                c
                for c in clause.children
                if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ") and c.lower_ != c.lemma_.lower() and (bare or c.lower_ in pasts)
                and not any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)
            ),
            None,
        )
        if joined is None:
            continue
        last = joined.right_edge
        return end_before(doc, joined.left_edge.i - 1, clause.i, cc=True, quotes=False), last.idx + len(last.text)
    return None


def _with_stray_predicate(doc: Doc, clause: Token, verb: Token, sent: Span, span: Offsets | None) -> Offsets | None:
    """'told the AP that the woman detained in Lebanon | was not the wife of ...': the parser
    read the participle (tagged a participle or a past) as the clause's verb and hung the real
    predicate, which has no subject of its own, on the cue as a second complement, or made it
    the sentence's root; the claim runs on over it."""
    if span is None or clause.tag_ not in ("VBN", "VBD") or any(k.dep_ in ("aux", "auxpass") for k in clause.children):
        return span  # (a participle with its auxiliary is the clause's verb: 'have contracted the virus, | Mashable reports')
    after = clause.right_edge.i + 1
    stray = stray_predicate(verb, after)
    if stray is None:
        # or the sentence's root itself, the cue hung below it or joined to a line before
        # ('... has clarified that the woman identified as X, | is an Iraqi national')
        at = after + 1 if after < sent.end and doc[after].text == "," else after
        root = doc[at] if at < sent.end else None
        stray = root if root is not None and root.dep_ == "ROOT" and root.tag_ in ("VBD", "VBZ", "VBP") and root.i != verb.i and _subjectless(root) else None
    if stray is None:
        return span
    closed = clause_end(verb)
    if closed is not None and stray.idx >= closed:
        return span  # the sentence's own verb after the relative clause that holds the cue
    end = _last_word(doc, min(stray.right_edge.i, sent.end - 1), stray.i)  # (not the sentence's full stop, which the root's phrase holds)
    return span[0], doc[end].idx + len(doc[end].text)


def stray_predicate(head: Token, after: int, joined: bool = False) -> Token | None:
    """A predicate with no subject of its own that the parser split off the clause ending
    before token `after` and hung on head as a second complement (or, with joined, as a
    conjunct with no 'and'): 'the woman detained in Lebanon | was not the wife of ...',
    'in touch with members of the al-Qaeda | linked Haqqani network' (unsourced.py)."""
    no_and = joined and not any(c.dep_ == "cc" for c in head.children)
    return next((c for c in head.children if (c.dep_ == "ccomp" or no_and and c.dep_ == "conj") and c.left_edge.i == after and _subjectless(c)), None)


def _subjectless(verb: Token) -> bool:
    return not any(k.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "csubj") for k in verb.children)


def extraposed_claim(clause: Token, sent: Span) -> Offsets | None:
    """'made it clear to the AP that the prince would not attend', 'made clear that ...': a
    small clause of an adjective (and an 'it' standing for the clause) holds the claim in its
    'that' clause; the adjective says how it was put, not what was said."""
    if clause.pos_ != "ADJ" or any(k.dep_ == "nsubj" and k.lower_ != "it" or k.dep_ in ("aux", "auxpass", "cop", "neg") for k in clause.children):
        return None  # ('made clear that ...' too; not 'found the bridge safe', nor a clause of its own: 'guess it wouldn't be shocking that ...')
    that = next((k for k in clause.subtree if k.lower_ == "that" and k.tag_ in ("IN", "WDT") and k.i > clause.i), None)  # (the parser may read it as a relative pronoun)
    if that is None:
        return None
    return char_span(clause.doc, clause.doc[that.i : min(clause.right_edge.i, sent.end - 1) + 1])


def _second_clause_before_the_tag(clause: Token, verb: Token) -> Token | None:
    """The second of two clauses joined by 'and' or 'but' before a closing tag, which the
    parser made a second complement of the tag ('The bridge was closed, but engineers found
    no damage, the mayor said'): the tag closes both, and the claim runs over both."""
    if clause.i > verb.i or not any(k.dep_ == "cc" and k.i > clause.i for k in clause.children):
        return None
    return next((k for k in verb.children if k.dep_ == "ccomp" and clause.right_edge.i < k.i < verb.i), None)


def hearer_read_as_subject(verb: Token, clause: Token) -> Token | None:
    """'Galvin told CNN affiliate WBZ the capsule will be opened': the one told, right after
    a verb of telling, which the parser made a first subject of the claim beside its own
    (two subjects): a name or a noun for people, else None. Also the name of the one told
    after its noun ('told news agency Firat the roads were closed'), which the parser hung
    on the claim as a phrase of its own (a review of FNC bodies, Random(11717))."""
    if verb.lemma_.lower() != "tell" or clause.i < verb.i:
        return None
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.pos_ == "NOUN" and c.right_edge.i + 1 < clause.i), None)
    if told is not None:
        name = told.doc[told.right_edge.i + 1]
        own = [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass") and k.i > name.i]
        if name.pos_ == "PROPN" and name.head.i == clause.i and name.dep_ in ("npadvmod", "nsubj") and name.left_edge.i == name.i and own and own[0].left_edge.i == name.i + 1:
            return name  # (the claim's own subject right after it: not 'told the agency Smith had resigned')
    subjects = [k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2 or subjects[0].left_edge.i != verb.i + 1 or subjects[0].right_edge.i + 1 != subjects[1].left_edge.i:
        return None
    first = subjects[0]
    return first if first.pos_ == "PROPN" or names_people(first) else None


def _first_clause_before_the_tag(clause: Token, verb: Token, sent: Span) -> Token | None:
    """The first word of the first of two clauses joined by 'and' or 'but' before a closing
    tag, where the parser made the tag a conjunct of the first clause and the second clause
    its complement ('The firm planned a launch, but it had to delay it, the Times reports'):
    the tag closes both."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= clause.i or clause.i > verb.i:
        return None
    if not any(k.dep_ == "cc" and head.i < k.i < clause.left_edge.i for k in head.children):
        return None
    subject = next((k for k in verb.children if k.dep_ == "nsubj" and clause.right_edge.i < k.i < verb.i), None)
    if subject is None or any(k.i > verb.i and k.dep_ not in ("punct", "npadvmod", "advmod", "prep") for k in verb.children):
        return None  # (a closing tag: its subject after the clause, nothing of its own after it)
    first = sent.doc[max(head.left_edge.i, sent.start)]
    return first if not (first.is_quote or first.is_punct) else None


def _dependency_content(ctx: Context, verb: Token, flags: frozenset[str], sent: Span) -> tuple[Offsets | None, str, str]:
    """The complement that holds what was said, its kind, and which relation gave it."""
    doc = ctx.doc
    t = ctx.tokens
    dep = t.dep
    kids = t.children(verb.i)
    for c in kids:
        if dep[c] == "ccomp":
            extraposed = extraposed_claim(doc[c], sent)
            if extraposed is not None:
                return extraposed, "indirect", "ccomp"
            span = _from_that(doc, doc[c], verb, sent)
            span = _with_stray_predicate(doc, doc[c], verb, sent, span)
            hearer = hearer_read_as_subject(verb, doc[c])
            if span is not None and hearer is not None:
                span = (doc[hearer.right_edge.i + 1].idx, span[1])  # 'told CNN affiliate WBZ | the capsule will ...'
            second = _second_clause_before_the_tag(doc[c], verb) if span is not None else None
            if span is not None and second is not None:
                span = (span[0], max(span[1], second.right_edge.idx + len(second.right_edge.text)))  # '..., but engineers found no damage, the mayor said'
            opening = _first_clause_before_the_tag(doc[c], verb, sent) if span is not None else None
            if span is not None and opening is not None:
                span = (min(span[0], opening.idx), span[1])  # 'The firm planned a launch, but it had to delay it, the Times reports'
            span = _that_series(doc, span, sent) if any(k.dep_ == "mark" and k.lower_ == "that" for k in doc[c].children) else span
            span = _and_that(verb, span)
            beside = second_report(verb) if span is not None else None
            if span is not None and beside is not None and span[0] < beside < span[1]:
                span = (span[0], beside)  # '... and prosecutors confirmed ...': a report of its own beside this one
            going_on = _going_on(t, c)
            if span is not None and going_on is not None:
                # '..., noting that ...' hung on the clause: the report's next cue, not its claim
                before = trim(doc_text(doc), span[0], min(span[1], t.idx[going_on - 1]))
                span = before if before[1] > before[0] else span
            tacked = appended_speaker(verb) if c < verb.i else None
            if span is not None and tacked is not None:
                cut = char_span(doc, doc[doc[c].left_edge.i : tacked[1] - 1])  # before the comma and the source
                return (cut if cut is not None and cut[0] >= span[0] else span), "indirect", "ccomp"
            inner = _inner_tag(verb, doc[c]) if span is not None else None
            if span is not None and inner is not None:
                # '"...," a historian said, the site reported': the site reports the historian's saying
                tag = char_span(doc, doc[inner.left_edge.i : inner.right_edge.i + 1])
                first = doc[c].left_edge.i
                opens = first > sent.start and doc[first - 1].is_quote  # the quotation's opening mark, which hangs elsewhere
                span = (doc[first - 1].idx if opens else span[0], max(span[1], tag[1])) if tag is not None else span
            return span, "indirect", "ccomp"
    told = (_told_by(verb) or _told_that(verb)) if flags is not _ANY_VERB else None  # (a listed verb: not 'compounded by the fact that')
    if told is not None:
        return _from_that(doc, told, verb, sent), "indirect", "ccomp"
    outer = second_tag(verb) if dep[verb.i] == "acl" else None
    if outer is not None:
        # everything the inner tag closes, with that tag: up to the comma before the noun
        start = max(outer.head.left_edge.i, sent.start)
        breaks = [k for k in range(start, outer.head.i) if "\n" in doc[k].text + doc[k].whitespace_]
        start = breaks[-1] + 1 if breaks else start  # from the line it is on (not a list of links above it)
        span = trim(doc_text(doc), doc[start].idx, doc[outer.left_edge.i - 1].idx)
        return (span if span[1] > span[0] else None), "indirect", "trailing"
    tacked = appended_speaker(verb) if dep[verb.i] == "conj" else None
    if tacked is not None:
        cut = char_span(doc, doc[max(verb.head.left_edge.i, sent.start) : tacked[1] - 1])
        return cut, "indirect", "trailing"
    if dep[verb.i] == "parataxis" and verb.head.i > verb.i:
        claim = next((doc[c] for c in t.children(verb.head.i) if dep[c] == "ccomp" and c < verb.i), None)
        inner = _inner_tag(verb.head, claim) if claim is not None else None
        if claim is not None and inner is not None and inner.i == verb.i:
            # the first of two tags, hung from the second: what it closes is the claim before it
            return _from_that(doc, claim, verb, sent), "indirect", "trailing"
    if dep[verb.i] == "parataxis" or (dep[verb.i] in ("ccomp", "conj") and verb.i > t.head[verb.i] and _is_trailing(verb) and _closes_sentence(verb)):
        head = verb.head
        return subtree_span(doc, head, exclude=[verb], within=sent), "indirect", "trailing"
    if flags is not _ANY_VERB and (_as_said(verb, flags) or _interposed(verb)):
        return _beside(doc, verb, sent), "indirect", "trailing"
    if flags is not _ANY_VERB and "obj" in flags and any(dep[c] == "agent" for c in kids) and not any(dep[c] in ("oprd", "attr", "xcomp", "dobj") or dep[c] == "prep" and t.lower[c] == "as" for c in kids):
        # (not 'is defined by Webster's as “a court”', 'was called “rubbish” by his publicist')
        said = next((doc[c] for c in kids if dep[c] == "nsubjpass" and c < verb.i), None)
        if said is not None and said.pos_ in ("NOUN", "PROPN"):
            # 'The story was first reported by CNN': what was reported is the passive's subject
            return subtree_span(doc, said, within=sent), "other", "dobj"
        if said is not None and reported_by_in_a_relative(verb) or said is None and reported_by_in_a_participle(verb):
            # 'The rat problem, which was first reported by the Post, ...': the noun the
            # clause tells of, without the clause (a review of FNC bodies, Random(11515));
            # so too the participle alone ('The merger, first reported by Bloomberg, ...')
            return subtree_span(doc, verb.head, exclude=[verb], within=sent), "other", "dobj"
    if flags is not _ANY_VERB and "obj" in flags and confirmed_in_a_relative(verb):
        # 'The claim, which police confirmed on Monday, ...': the same, in the active
        return subtree_span(doc, verb.head, exclude=[verb], within=sent), "other", "dobj"
    comps = [
        doc[c]
        for c in kids
        if c > verb.i
        and (
            (dep[c] == "xcomp" and "xcomp" in flags)
            or (dep[c] in ("dobj", "oprd", "attr") and "obj" in flags and (t.pos[c] != "PRON" or dep[c] == "dobj" and denies_by_pronoun(verb)))
        )
    ]
    if comps:
        start = min(c.left_edge.idx for c in comps)
        last = max((c.right_edge for c in comps), key=lambda t: t.i)
        if purported_picture(verb) is not None:
            last = max(last, verb.right_edge, key=lambda t: t.i)  # ('purporting to show “Foley” on his knees ...': the scene whole)
        if dep[comps[-1].i] == "dobj":
            last = _before_aside(comps[-1], last)
        end = min(last.idx + len(last.text), sent.end_char)
        span = trim(doc_text(doc), start, end)
        return (span if span[1] > span[0] else None), "other", "+".join(sorted({c.dep_ for c in comps}))
    if "prep" in flags:
        for c in kids:
            if dep[c] == "prep" and c > verb.i:
                obj = next((k for k in t.children(c) if dep[k] in ("pobj", "pcomp")), None)
                if obj is not None:
                    return subtree_span(doc, doc[obj], within=sent), "other", "prep:" + t.lower[c]
    if flags is not _ANY_VERB and "as" in flags and any(dep[c] == "auxpass" for c in kids):
        # 'The gunman was described as a loner (by neighbours)': the passive of a verb of
        # describing (reporting_verbs.txt's "as" flag) takes what the 'as' phrase says of its
        # object ('was described as "reckless"', the adjective the parser hung on 'as'); not
        # one that appoints ('was called as a witness') nor one of seeing ('might be seen by
        # others as evasive': PolNeAR dev marks none)
        for c in kids:
            if dep[c] == "prep" and t.lower[c] == "as" and c > verb.i:
                obj = next((k for k in t.children(c) if dep[k] in ("pobj", "amod", "acomp")), None)
                if obj is not None:  # (not 'was quoted as saying', a verb of its own)
                    return subtree_span(doc, doc[obj], within=sent), "other", "prep:as"
    return None, "", ""


def _before_aside(obj: Token, last: Token) -> Token:
    """Where an object said, praised or denied ends when the sentence closes on a comma and
    a relative clause of its own ('praised the plan, which includes ...'): the writer's aside,
    not the claim (PolNeAR dev: +0.25 relation attr+src). Not an appositive, which often
    names the object ('announced the death of their son, Joseph Doe'), nor a participle ('the
    death of a soldier, killed in a bomb attack': what was confirmed; no gain on dev either),
    nor a clause that reports ('citing local sources, who said ...': what was cited). Read
    down the object's right edge; `last` where no aside."""
    said = lexicon.flagged(LEXICON)
    node = obj
    while True:
        aside = next(
            (
                k for k in node.children
                if k.dep_ == "relcl" and k.i > node.i and k.right_edge.i == last.i
                and obj.doc[k.left_edge.i - 1].text == "," and k.lemma_.lower() not in said
            ),
            None,
        )
        if aside is not None:
            return obj.doc[aside.left_edge.i - 2]
        below = next((k for k in node.children if k.i > node.i and k.right_edge.i == last.i), None)
        if below is None:
            return last
        node = below


def _as_said(verb: Token, flags: frozenset[str]) -> bool:
    """'..., as one hostage told the paper.', 'As Smith noted, the deal is dead': a reporting
    verb in an 'as' clause that says nothing of its own vouches for the clause it hangs
    from, as a trailing cue does; not one with its own object or topic ('as he discussed
    his plan', 'as she called for a vote'), which is an event at the time of the other."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    head = _clause_head(verb)
    governor = head.head
    while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head  # 'raised doubts about whether ...': up to 'raised'
    if head.dep_ in ("ccomp", "pcomp", "xcomp", "relcl", "acl", "csubj") and governor.pos_ == "VERB" and governor.i < head.i:
        return False  # 'raised doubts about whether it was a meteorite, as the government has said'
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return False  # no whole clause to vouch for (a parse that took its subject elsewhere)
    if any(_inner_clause(c) or c.dep_ == "dobj" and any(_inner_clause(g) or g.dep_ == "acl" for g in c.children) for c in head.children):
        return False  # 'does not answer whether Scott had a gun, as police have said': which clause?
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "attr", "oprd") or c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and not _when(c) and not _for_a_name(c):
            return False
        if c.dep_ == "dobj" and "obj" in flags and c.lower_ != "it":
            return False  # 'as he announced a plan' (the one told is no object: 'told the paper')
    return True


def _inner_clause(c: Token) -> bool:
    """A clause or a preposition's clause under another ('whether ...', 'about whether ...')."""
    return c.dep_ == "ccomp" or c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)


def _interposed(verb: Token) -> bool:
    """'At one point, the paper reported, the "Beatles" were ...': a source and its verb set
    between commas before the clause they vouch for, which the parser may hang under that
    clause as an adverbial one; not one with a subordinator ('when the paper reported') or
    anything said of its own ('the paper reported the raid, ...')."""
    if verb.dep_ != "advcl" or verb.head.i < verb.i or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].text != ",":
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    return all(c.dep_ in ("nsubj", "aux", "advmod", "punct", "prep") for c in verb.children) and not any(
        c.dep_ == "advmod" and c.tag_ == "WRB" for c in verb.children
    )


def _beside(doc: Doc, verb: Token, sent: Span) -> Offsets | None:
    """The clause an 'as' clause hangs from, on the side away from it ('As X noted, | the deal
    is dead'; 'The deal is dead | , as X noted'); None for one in its middle."""
    head = _clause_head(verb)
    lo, hi = max(head.left_edge.i, sent.start), min(head.right_edge.i, sent.end - 1)
    while lo < verb.left_edge.i and doc[lo].dep_ in ("cc", "advmod", "punct") and doc[lo].head.i == head.i:
        lo += 1  # 'Yet, as Mr. Bown observed, ...'
    if verb.left_edge.i <= lo:
        start, end = verb.right_edge.i + 1, hi
    elif verb.right_edge.i >= hi - 1:
        start, end = lo, verb.left_edge.i - 1
    else:
        return None
    span = trim(doc_text(doc), doc[start].idx, doc[end].idx + len(doc[end].text)) if start <= end else None
    return span if span is not None and span[1] > span[0] else None


def _clause_head(verb: Token) -> Token:
    """The verb of the clause an 'as' clause hangs from, where the parser hung it on a word
    of that clause ('comes “suspiciously close” ..., as the Mail reports': on 'close')."""
    head = verb.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ in ("acomp", "attr", "advmod", "prep", "pobj", "dobj", "oprd"):
        head = head.head
    return head


_TOPIC_PREPS = frozenset({"for", "about", "of", "on", "over"})


def _when(prep: Token) -> bool:
    """'on Monday', 'over the weekend', 'for years': a preposition that says when, not what
    about (a date or time the entity recognizer marked)."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _opening_as_clause(verb: Token) -> bool:
    """'As she wrote for Vox last week, ...': the verb of an 'as' clause before the clause it
    hangs from, with nothing said of its own (not 'as sites reported defects, ...', an event)."""
    return (
        verb.dep_ == "advcl"
        and verb.right_edge.i < verb.head.i
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)
    )


def _for_a_name(prep: Token) -> bool:
    """'wrote for Vox', 'as he wrote for The Atlantic': 'for' the paper or body a source
    writes or speaks for, a proper name, not what it called for ('as she called for a vote')."""
    return prep.lower_ == "for" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.ent_type_ not in ("DATE", "TIME") for g in prep.children)


def _closes_sentence(verb: Token) -> bool:
    """A conjunct read as a cue only when nothing joins it ('..., the Telegraph reports.',
    which the parser may make a second clause of the claim) and nothing but whom it was said
    to or when follows it; not '..., and the mayor said so' nor '..., officials say, and ...'."""
    if verb.dep_ != "conj":
        return True
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False  # a source of its own ('..., alleged Dread Pirate Roberts' is no cue)
    if any(t.dep_ == "cc" for t in verb.doc[verb.head.i + 1 : verb.left_edge.i]) or any(c.dep_ == "cc" for c in verb.children):
        return False
    return all(c.dep_ in ("nsubj", "punct", "npadvmod", "advmod", "prep", "dobj", "dative") or c.i < verb.i for c in verb.children) and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i and c.lemma_.lower() not in ("it", "this") and not c.pos_ == "PROPN" for c in verb.children
    )


def reported_by_in_a_relative(verb: Token) -> bool:
    """A passive in a relative clause set off by a comma ('The rat problem, which was first
    reported by the Post, ...'), its agent one who may speak (not 'which was attacked by
    grenades', nor 'cited by us'); not a restrictive one ('the ceasefire that was announced
    by X' is a description inside whatever tells of it)."""
    if _set_off_which(verb, "nsubjpass") is None:
        return False
    by = _agent_of(verb)
    if by is None or by.lower_ in ("i", "we"):
        return False
    return _may_speak(by) or any((t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "PRODUCT")) and t.dep_ in ("compound", "appos", "flat") for t in by.subtree)  # ('by fact-checking site Snopes', 'by the KBS TV station')


def reported_by_in_a_participle(verb: Token) -> bool:
    """'The merger, first reported by Bloomberg, was completed on Friday': the passive
    participle alone, set off by commas on the noun it tells of, its agent one who may speak
    (a review of FNC bodies, Random(11616), gave 'The merger, first' for the claim)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > verb.i:
        return False
    first = verb.left_edge
    if first.i == 0 or verb.doc[first.i - 1].text != "," or verb.doc[first.i - 1].head.i != verb.head.i:
        return False
    if any(t.lower_ == "as" for t in verb.subtree) or _makes_or_puts_out(verb):
        return False  # ('The boy, described by neighbours as quiet': a description, read as one elsewhere; 'The video, posted by the group')
    by = _agent_of(verb)
    return by is not None and by.lower_ not in ("us", "me") and (_may_speak(by) or by.ent_type_ in ("ORG", "PERSON"))


def _makes_or_puts_out(verb: Token) -> bool:
    """A verb that, with a plain thing for object, acts on it (action_senses.txt's plain
    lines, 'posted', 'released', and its 'work' verbs, 'wrote'): the thing is no claim."""
    flags = lexicon.flagged("action_senses.txt").get(verb.lemma_.lower())
    return flags is not None and (not flags or "work" in flags)


def _agent_of(verb: Token) -> Token | None:
    """The noun a passive's 'by' phrase names ('reported by the Post': the Post), else None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None


def _set_off_which(verb: Token, dep: str) -> Token | None:
    """The 'which' of a relative clause set off by a comma on a noun before it, with the
    role dep in the verb's clause (its passive subject, its object), else None."""
    said = next((c for c in verb.children if c.dep_ == dep), None)
    if said is None or said.tag_ != "WDT" or said.lower_ != "which" or verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN") or verb.head.i > said.i:
        return None
    return said if said.i > 0 and verb.doc[said.i - 1].text == "," else None


def confirmed_in_a_relative(verb: Token) -> bool:
    """'The claim, which police confirmed on Monday, ...', 'News of the crash, which Reuters
    corroborated': a reporting verb in a relative clause set off by a comma whose object is
    the 'which' (the noun it tells of), with a subject of its own after it (a review of FNC
    bodies, Random(11717), found them missed)."""
    if _makes_or_puts_out(verb):
        return False  # ('The emails, which the senator wrote in 2016': a thing made, not a claim told)
    said = _set_off_which(verb, "dobj")
    if said is None:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ not in ("i", "we") and subject.i > said.i  # (not the writer's own 'which we reported')


def subject_read_as_compound(verb: Token) -> Token | None:
    """'..., London magazine reports.': a closing tag whose subject the parser hung on the
    verb as a compound, as if 'reports' were a noun ('magazine' a compound of it), leaving
    it no subject. The nouns right before the verb, after the comma, are who reports."""
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD") or any(c.dep_ in _SUBJECT for c in verb.children):
        return None
    noun = doc[verb.i - 1] if verb.i > verb.sent.start else None
    if noun is None or noun.dep_ != "compound" or noun.head.i != verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.left_edge.i
    if first == 0 or doc[first - 1].text != ",":
        return None
    return noun


def _is_trailing(verb: Token) -> bool:
    """'..., officials said.' parsed with the verb under the claim rather than over it (the
    comma may hang from either)."""
    return any(t.text in (",", "—", "–") for t in verb.doc[verb.head.i : verb.left_edge.i + 1])


def _owned_claim(subj: Token | None) -> str:
    """The subject is someone's reporting noun ('Mussayev's claim'): noted for the fixed form."""
    if subj is None or subj.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in subj.children):
        return ""
    return subj.lemma_.lower()
