"""A claim denied in apposition: "..., a claim Conal denies", "..., a charge he strongly
rejects". News style's way of setting a denial against the claim it has just reported, in
the same sentence: the denier is the relative clause's subject, the claim the clause before
the comma. And a claim denied in the passive with no agent: "The rumour has since been
debunked" (_denied_by_no_one). PolNeAR marks too few of these for the ranker to learn them;
the forms are fixed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .. import lexicon, misread
from .context import Context
from .registry import stage
from .spans import Finding, Offsets, char_span, doc_text, subtree_span, trim

DENIALS = "denials.txt"  # its "always" and "claim" verbs deny what they take
REPORTING_VERBS = "reporting_verbs.txt"
CLAIM_NOUNS = "claim_nouns.txt"
_DENYING = frozenset({"always", "claim"})
_HUNG = frozenset({"appos", "dobj", "npadvmod", "attr", "conj"})  # where the parser puts the noun


def denial_flags(verb: Token) -> frozenset[str]:
    """The verb's flags in denials.txt, none where the entry asks for a particle the verb
    lacks ('shoot claim prt:down': 'shot down the report', not 'shot at buses that ...'), or
    an adverb the parser made of it right after the verb ('walked back his claim'); none for
    such a phrasal verb in the passive ('were pushed back by police')."""
    listed = lexicon.flagged(DENIALS).get(verb.lemma_.lower(), frozenset())
    particles = {f[4:] for f in listed if f.startswith("prt:")}
    if particles and not any((c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1) and c.lower_ in particles for c in verb.children):
        return frozenset()
    if particles and any(c.dep_ == "auxpass" for c in verb.children):
        return frozenset()  # 'protesters were pushed back by police': moved, no claim rebutted
    return listed


def denial_of(noun: Token) -> Token | None:
    """The denying verb of a relative clause on a claim noun that opens after a comma, with a
    subject of its own (not 'a claim that was denied', whose 'that' is the claim)."""
    doc = noun.doc
    if noun.lemma_.lower() not in lexicon.words(CLAIM_NOUNS) or noun.dep_ not in _HUNG:
        return None
    start = noun.left_edge.i
    if doc[start].text == ",":
        start += 1  # the comma hung on the noun itself
    if start < 2 or doc[start - 1].text != "," or noun.head.i > noun.i:
        return None
    for verb in noun.children:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.i < noun.i:
            continue
        if not denial_flags(verb) & _DENYING or any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP")), None)
        if subject is not None:
            return verb
    return None


@stage("denied_claim")
def denied_claims(ctx: Context) -> list[Finding]:
    doc = ctx.doc
    tok = ctx.tokens  # the parse as lists: a Token made only for a claim noun
    claims = lexicon.words(CLAIM_NOUNS)
    out: list[Finding] = []
    for i, pos in enumerate(tok.pos):
        if pos != "NOUN" or tok.lemma[i] not in claims:
            continue
        noun = doc[i]
        verb = denial_of(noun)
        if verb is None:
            continue
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
        sent = noun.sent
        claim = _claim(noun, sent)
        cue = char_span(doc, [verb])
        source = subtree_span(doc, subject, within=sent)
        if claim is None or cue is None or source is None:
            continue
        out.append(Finding(cue=cue, source=source, content=claim, kind="indirect", stage="denied_claim", cue_token=verb.i, source_token=subject.i, via="apposition"))
    out += _denied_by_no_one(ctx)
    return out


def _denied_by_no_one(ctx: Context) -> list[Finding]:
    """A claim denied in the passive with no one named: 'The rumour has since been debunked',
    'the initial report ... has since been updated and debunked', 'The reports were denied':
    the denial is unattributed, the claim the passive's subject. Only a claim noun's (not 'His
    request was denied'); where the verb has its agent ('by police'), the reporting verbs'
    stage reads it, and where a reporting verb takes the clause, it is that report's claim."""
    doc = ctx.doc
    tok = ctx.tokens
    claims = lexicon.words(CLAIM_NOUNS)
    out: list[Finding] = []
    for i, pos in enumerate(tok.pos):
        if pos != "VERB" or tok.tag[i] != "VBN":
            continue
        verb = doc[i]
        if not denial_flags(verb) & _DENYING or any(c.dep_ in ("agent", "neg") for c in verb.children):
            continue
        holder = verb.head if verb.dep_ == "conj" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) else verb
        if not any(c.dep_ == "auxpass" for c in holder.children) or any(c.dep_ in ("agent", "neg") for c in holder.children):
            continue
        subject = next((c for c in holder.children if c.dep_ == "nsubjpass"), None)
        if subject is None or not _claim_noun(subject, claims) or _open_question(holder, verb):
            continue
        if holder.dep_ == "ccomp" and holder.head.lemma_.lower() in lexicon.flagged(REPORTING_VERBS):
            continue  # 'Snopes said the article had been debunked': the report's claim, no denial of its own
        sent = verb.sent
        claim = subtree_span(doc, subject, within=sent)
        first = min([c.i for c in holder.children if c.dep_ in ("aux", "auxpass") and c.i < holder.i] + [verb.i])
        cue = char_span(doc, doc[first : verb.i + 1]) if holder is verb else char_span(doc, [verb])
        if claim is None or cue is None:
            continue
        # (a 'by' the parser hung further down names the denier after all: 'have been refuted
        # as "incorrect" and "unfounded" by the country's health ministry')
        by = next((p for t in verb.subtree if t.i > verb.i and t.dep_ == "prep" and t.lower_ == "by" for p in t.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
        source = subtree_span(doc, by, within=sent) if by is not None else None
        out.append(Finding(cue=cue, source=source, content=claim, kind="indirect", stage="denied_claim", cue_token=verb.i, source_token=by.i if by is not None else None, via="passive"))
    return out


def _claim(noun: Token, sent: Span) -> Offsets | None:
    """The clause the noun is set against, without the report that frames it: 'It's alleged
    | that Conal used ...', 'The paper said | the minister had lied', 'The minister lied to
    parliament | , the paper claimed'; the noun's own phrase left out."""
    doc = noun.doc
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head  # 'Smith, an allegation ...' hung on the subject: its verb
    leave = [noun]
    if head.lemma_.lower() in lexicon.flagged(REPORTING_VERBS):
        said = next((c for c in head.children if c.dep_ == "ccomp" and c.i < noun.i), None)
        if said is not None:
            head = said  # the report's complement is the claim
        elif head.dep_ == "parataxis" and head.head.i < head.i:
            leave.append(head)  # '..., the paper claimed, an accusation ...'
            head = head.head
    span = subtree_span(doc, head, exclude=leave, within=sent)
    if span is None or span[1] > noun.left_edge.idx + 1:
        return None
    return trim(doc_text(doc), span[0], span[1])


def cut_before(found: list[Finding]) -> list[Finding]:
    """Another finding's content that runs on over the denial ('It's alleged that Conal used
    his employer's name, a claim Conal denies'): cut where the denied claim ends."""
    denials = [f for f in found if f.stage == "denied_claim"]
    if not denials:
        return found
    out = []
    for f in found:
        for d in denials:
            if f is not d and f.content is not None and d.content is not None and f.content[0] < d.content[1] <= f.content[1] and f.content[0] < d.cue[0] < f.content[1]:
                f = replace(f, content=(f.content[0], d.content[1]))
        out.append(f)
    return out


def _claim_noun(tok: Token, claims: frozenset[str]) -> bool:
    """A claim noun, also where a sentence's first word made the tagger read it as a name
    ('Reports that ... have been refuted', tagged NNPS)."""
    if tok.pos_ == "NOUN":
        return tok.lemma_.lower() in claims
    return misread.opening_plural(tok) in claims


_OPEN = frozenset({"if", "whether", "unless", "until", "once"})


def _open_question(holder: Token, verb: Token) -> bool:
    """A denial the sentence only supposes: in a clause of condition or question ('if the
    story is officially confirmed or denied'), or one of two alternatives ('confirmed or
    denied')."""
    if verb is not holder and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in holder.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in _OPEN for t in (holder, *holder.ancestors) for c in t.children)
