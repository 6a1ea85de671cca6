"""Reporting nouns: "the claim that ...", "allegations of ...", "Mussayev's claim"."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon, misread
from . import verbs
from .context import Context
from .registry import stage
from .senses import names_people, occasioning_verb
from .spans import Finding, Offsets, char_span, subtree_span
from .verbs import subject_of

OUTLET_WORDS = "outlet_words.txt"
LEXICON = "reporting_nouns.txt"
UTTERANCE_VERBS = "utterance_verbs.txt"
SOURCE_NOUNS = "source_nouns.txt"  # its "body" group: 'police reports that ...' are the police's


@stage("reporting_nouns")
def reporting_nouns(ctx: Context) -> list[Finding]:
    doc = ctx.doc
    # (and talk with no one behind it: 'The scuttlebutt is that ...', 'Gossip swirled that ...';
    # kept out of the list the small tagger was trained to read)
    nouns = misread.talk_nouns()
    out: list[Finding] = []
    tok = ctx.tokens
    for i, pos in enumerate(tok.pos):
        lemma = tok.lemma[i] if pos == "NOUN" or pos == "VERB" and plural_read_as_verb(doc[i]) else misread.opening_plural(doc[i]) if pos == "PROPN" else None
        if lemma is None:
            continue
        in_lexicon = lemma in nouns
        if not in_lexicon and not any(tok.dep[c] in ("acl", "ccomp") for c in tok.children(i)):
            continue  # no clause that could hold a claim (the loop below would find none)
        noun = doc[i]
        content = None
        via = ""
        cue = [noun]
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children) or in_lexicon and (_bare_content(noun, child) or _complement_read_as_relative(noun, child)):
                content = subtree_span(doc, child, within=noun.sent)
                via = "that"
            elif in_lexicon and child.dep_ == "prep" and child.lower_ in ("of", "about", "that"):
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    # 'allegations of | financial misconduct': the preposition belongs to the cue
                    content = subtree_span(doc, pobj, within=noun.sent)
                    via = "prep:" + child.lower_
                    if child.i == noun.i + 1:
                        cue.append(child)
            if content:
                break
        if content is None and in_lexicon:
            clause = _extraposed(noun)
            if clause is not None:
                content, via = subtree_span(doc, clause, within=noun.sent), "that"
        if content is None and in_lexicon:
            clause = _clause_hung_elsewhere(noun)
            if clause is not None:
                content, via = char_span(doc, doc[noun.i + 1 : clause.right_edge.i + 1]), "that"
        made_by = _made_by(noun) if in_lexicon else None
        if content is None and made_by is not None:
            content = _claim_after(noun, made_by)
            via = "that" if content is not None else via
        if content is None:
            continue
        source_tok = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source_tok is None:
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            source_tok = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if source_tok is None and in_lexicon:
            source_tok = _held_among(noun)
        if source_tok is None and made_by is not None:
            source_tok = made_by
        if source_tok is None and via == "that" and in_lexicon:
            source_tok = _compound_source(noun)  # 'police reports that ...', 'Pentagon claims that ...'
        if source_tok is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.words(UTTERANCE_VERBS) and occasioning_verb(noun) is None:
            source_tok = subject_of(noun.head)  # 'some US officials raised concerns about ...' (not 'The tremors raised fears that ...': its occasion)
        source_from = None
        if source_tok is None and via == "that" and in_lexicon:
            source_tok = _published_in(noun)  # 'reports in the Kestrel Gazette that ...'
            source_from = "medium" if source_tok is not None else None
        source = char_span(doc, [t for t in source_tok.subtree if t.dep_ != "case"]) if source_tok is not None else None
        if source_tok is None and via == "that" and in_lexicon:
            verb_read = _misread_verb(noun)
            if verb_read is not None:
                source_tok, source = verb_read

        out.append(
            Finding(
                cue=char_span(doc, cue),  # type: ignore[arg-type]
                source=source,
                content=content,
                kind="other",
                stage="reporting_nouns",
                cue_token=noun.i,
                source_token=source_tok.i if source_tok is not None else None,
                lexicon=in_lexicon,
                via=via,
                lemma=lemma,
                source_from=source_from,
            )
        )
    return out


def _held_among(noun: Token) -> Token | None:
    """'One common argument among some city officials has been that ...', 'concern among
    residents that ...': the people a claim or worry is current among hold it (a review of
    FNC bodies, Random(12121): 'one oft-sung refrain among some American officials has been
    that ...' was missed, having no source). People or a body only: not 'among other things'."""
    among = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    who = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
    if who is None or not (names_people(who) or who.ent_type_ in ("ORG", "NORP") or who.lemma_.lower() in lexicon.grouped(SOURCE_NOUNS).get("body", frozenset())):
        return None
    return who


def plural_read_as_verb(t: Token) -> bool:
    """'The row follows claims the treasurer lied': a plural the tagger made a verb (VBZ)
    and the parser the object of the verb before it, which only a noun can be; or the
    subject of the verb after it ('And reports that the coach had debts have put his job in
    doubt', from a review of FNC bodies, Random(11515))."""
    if t.tag_ != "VBZ":
        return False
    if t.dep_ == "dobj" and t.head.i < t.i:
        return True
    # (a subject only as a word for talk with no name before it, which would be its own
    # subject: not 'The Post claims Emwazi started ...', parsed so)
    before = t.doc[t.i - 1] if t.i > 0 else None
    return (
        t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX")
        and t.lemma_.lower() in misread.talk_nouns() and (before is None or before.pos_ not in ("PROPN", "NOUN", "PRON"))
    )


def _compound_source(noun: Token) -> Token | None:
    """The body or name a reporting noun is compounded with, its maker ('police reports that
    ...', 'government reports that he had died', 'Pentagon claims that ...'), else None: an
    institution (source_nouns.txt's "body" group) or a name that is no place or nationality;
    not the press at large ('media reports': no one named, the guideline's unattributed)."""
    mods = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    if not mods:
        return None
    mod = mods[0]
    if mod.pos_ == "NOUN" and mod.lemma_.lower() in lexicon.grouped(SOURCE_NOUNS).get("body", frozenset()):
        return mod
    if mod.pos_ == "PROPN" and mod.ent_type_ not in ("GPE", "NORP", "LOC", "DATE") and mod.is_title or mod.pos_ == "PROPN" and mod.is_upper and len(mod) > 1:
        return mod
    return None


_WHOLE = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})


def _extraposed(noun: Token) -> Token | None:
    """The 'that' clause moved past the verb a claim noun is the subject of ('a rumor cropped
    up that ...', 'Reports emerged that ...', 'Speculation grew that ...', 'Claims are being
    made that ...'), or after 'there is' ('there was a rumor flying around that ...'), or as what
    the noun is ('The rumour in Washington is that ...'): the noun's, where
    the verb is no reporting verb of its own (one that is, 'Reports said that ...', takes the
    clause with the noun for source) and takes no object."""
    verb = noun.head
    there = noun.dep_ == "attr" and verb.lemma_ == "be" and any(c.dep_ == "expl" for c in verb.children)  # 'there was a rumor (flying around) that ...'
    # 'the rumour is that ...'; not the writer's ranking of what one might say ('Mexico's best
    # argument is that ...'), nor the writer's own ('My prediction is that ...')
    said_to_be = (
        noun.dep_ == "nsubj" and verb.lemma_ == "be" and not any(c.dep_ in ("attr", "acomp") for c in verb.children)
        and not any(c.tag_ == "JJS" or c.dep_ == "poss" and c.lower_ in ("my", "our") for c in noun.children)
    )
    if not there and not said_to_be:
        if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() in lexicon.words(verbs.LEXICON):
            return None  # ('Claims are being made that ...': the passive's subject as well)
        if any(c.dep_ in ("dobj", "attr", "agent") for c in verb.children):
            return None
    # (and on a verb the first one begins: 'rumors began spreading that ...', 'reports started
    # circulating that ...')
    verbs_ = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ in ("VBG", "VB") and c.lemma_.lower() not in lexicon.words(verbs.LEXICON)]
    return next(
        (c for v in verbs_ for c in v.children if c.dep_ in ("ccomp", "advcl", "acl") and c.i > v.i and c.left_edge.lower_ == "that"),  # (the parser may take 'that' for a determiner)
        None,
    )


def _clause_hung_elsewhere(noun: Token) -> Token | None:
    """'closed after receiving complaints its music was too loud', 'fell over fears the water
    supply has been contaminated': a claim's clause without its 'that' right after the noun,
    which the parser joined to the sentence's verb instead (a conjunct with no 'and', its
    complement or a loose dependent): the clause's verb, whose subject opens right after
    the noun, whole (a passive, or its object or complement there)."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or noun.dep_ not in ("dobj", "pobj") or doc[noun.i + 1].is_punct:
        return None
    subject = doc[noun.i + 1]
    while subject.dep_ in ("det", "poss", "compound", "amod", "nummod") and subject.head.i > subject.i:
        subject = subject.head
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.left_edge.i != noun.i + 1 or verb.i <= subject.i:
        return None
    if verb.dep_ not in ("conj", "dep", "parataxis", "ccomp", "advcl") or verb.head.i >= noun.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children if c.i > noun.i) or any(c.dep_ == "cc" for c in verb.children if c.i < subject.i):
        return None  # ('received complaints and the owner closed it': two clauses)
    kids = list(verb.children)
    if any(c.dep_ == "xcomp" and c.pos_ == "VERB" and not any(k.dep_ in _WHOLE for k in c.children) for c in kids):
        return None  # a relative clause's gap in the verb it controls ('rumours the bank was forced to deny')
    whole = subject.dep_ == "nsubjpass" or any(c.dep_ in _WHOLE for c in kids)
    return verb if whole else None


def _bare_content(noun: Token, clause: Token) -> bool:
    """'rumours Kim has been replaced', 'allegations people are being paid': a claim's clause
    without its 'that', which the parser reads as a relative clause (or as the noun's own
    complement: 'follows claims the minister lied'). A content clause is whole (a passive, or
    its object or complement there); a relative clause lacks the noun itself ('the claims he
    made', 'the report she wrote')."""
    if clause.dep_ not in ("relcl", "acl", "ccomp") or clause.left_edge.i != noun.i + 1 or clause.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(clause.children)
    if noun.doc[noun.i + 1].tag_ in ("WDT", "WP", "WP$", "WRB") or noun.doc[noun.i + 1].lower_ == "that":
        return False  # 'the claims which ...', 'the claims that he made' (a 'that' clause is read above)
    if any(c.dep_ == "nsubjpass" for c in kids):
        return True
    if clause.dep_ == "ccomp":
        return any(c.dep_ == "nsubj" for c in kids)  # (the parser's complement, no relative clause)
    return any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ in _WHOLE for c in kids)


def _complement_read_as_relative(noun: Token, clause: Token) -> bool:
    """'A report that the mayor had resigned ...', 'A rumor that Plant ripped up an offer
    ...': the parser read the claim as a relative clause, but its 'that' is a conjunction
    ('mark', or tagged as one), or an object beside the verb's own ('that' ... 'an offer'),
    which no relative pronoun can be."""
    if clause.dep_ not in ("relcl", "acl") or noun.i + 1 >= len(noun.doc) or noun.nbor().lower_ != "that" or noun.nbor() not in clause.subtree:
        return False
    that = noun.nbor()
    if that.dep_ == "mark":
        # (not where the noun has no verb over it, which is then in the clause: 'The rumour
        # that the paper printed was false')
        return clause.dep_ == "relcl" and noun.dep_ != "ROOT"
    if that.tag_ == "IN":
        return True  # tagged a conjunction, whatever relation the parser gave it
    return that.dep_ in ("dobj", "pobj") and any(c.dep_ == "dobj" and c.i != that.i for c in clause.children)


def _published_in(noun: Token) -> Token | None:
    """The news medium a report appeared in, which is its source ('reports on news websites
    such as Diario de Cuba that ...', 'a report in the Kestrel Gazette that ...', 'reports in
    local media that ...'): a medium noun (outlet_words.txt: newspaper, website, media, press)
    or a masthead name after 'in' or 'on'. Not a platform: 'reports on Twitter that ...'
    says where they spread, not who made them."""
    groups = lexicon.grouped(OUTLET_WORDS)
    media = groups["noun"] | groups["recipient"] | groups["press"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "on")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.pos_ == "NOUN" and obj.lemma_.lower() in media:
                return obj
            if obj.pos_ == "PROPN" and obj.lower_ in groups["masthead"] and obj.lower_ not in groups["platform"]:
                return obj
    return None


def _made_by(noun: Token) -> Token | None:
    """Who made the claim, where a participle names them ('claims made by the mayor',
    'allegations levelled by two former aides'): the agent of a past participle on the noun;
    not of the claim's own clause, with its subject or 'that' ('reports that the boy was
    taken by a stranger')."""
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in acl.children):
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            if agent is not None:
                return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def _claim_after(noun: Token, agent: Token) -> Offsets | None:
    """The 'that' clause of 'claims made by the mayor that ...': hung from the participle, or,
    where the parser attached it higher up, the clause that opens right after the agent."""
    doc = noun.doc
    after = agent.right_edge.i + 1
    if after >= len(doc) or doc[after].lower_ != "that" or doc[after].dep_ != "mark":
        return None
    clause = doc[after].head
    if clause.left_edge.i != after or clause.i <= after:
        return None
    return subtree_span(doc, clause, within=noun.sent)


def _misread_verb(noun: Token) -> tuple[Token, Offsets | None] | None:
    """'A story circulating online claims that ...': the tagger made the verb a plural noun
    (the participle's object) and left the sentence with no finite verb. The phrase before it,
    headed by the sentence's root noun, is the one who claims."""
    sent = noun.sent
    root = sent.root
    if noun.tag_ != "NNS" or root.pos_ not in ("NOUN", "PROPN") or not root.i < noun.i:
        return None
    if any(t.pos_ == "AUX" or t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in sent if t.i < noun.i):
        return None  # a finite verb before it: the noun reading stands
    return root, char_span(noun.doc, noun.doc[root.left_edge.i : noun.i])
