"""Claims with no source at all: "it has been alleged", "reportedly", "it is understood"."""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon
from .context import Context, Tokens
from .registry import stage
from .senses import a_thing_found
from .spans import Finding, char_span, infinitive, set_off, subtree_span
from .verbs import stray_predicate

LEXICON = "unsourced_phrases.txt"
_PENDING = frozenset({"when", "once", "until", "till", "if", "unless", "before", "after", "whether"})  # a time or condition, not a telling
REPORTING_VERBS = "reporting_verbs.txt"
RAISING = "raising_passives.txt"
ACCUSING = "accusing_participles.txt"
NEGATIVE_ADVERBS = "negative_adverbs.txt"  # 'it is hardly believed': not read through
NEWS_WORKS = "news_works.txt"  # 'In a report by X, it is claimed ...': X's claim


@stage("unsourced")
def unsourced(ctx: Context) -> list[Finding]:
    doc = ctx.doc
    out: list[Finding] = []
    taken: set[int] = set()
    words = _uncontracted(ctx.tokens)
    kept = _without_inner_adverbs(ctx.tokens)
    for j, phrase in lexicon.find_phrases(LEXICON, [words[k] for k in kept]):
        i, n = kept[j], kept[j + len(phrase) - 1] + 1 - kept[j]  # (an adverb inside it counted in)
        if i in taken:
            continue
        toks = doc[i : i + n]
        if n > 1 and i + n < len(doc) and doc[i + n].tag_ == "TO" and doc[i + n].head.i != toks.root.i:
            continue  # 'It is said to cut power ...': 'it' is the watch, a raised passive (below)
        if n > 1 and phrase[-1] == "told" and i + n < len(doc) and doc[i + n].tag_ == "TO":
            continue  # ('We are told to wait': an instruction, no hearsay)
        taken.update(range(i, i + n))
        root = toks.root
        sent = root.sent
        if len(phrase) == 1:
            # an adverb: the claim is the clause it modifies, unless that clause already
            # names its source ("Officials allegedly said ..."): then it is a hedge
            clause = root.head
            while (
                clause.dep_ in ("acomp", "attr", "oprd") and clause.head.pos_ in ("AUX", "VERB") and clause.head.i != clause.i
                and not any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("of", "about") for c in clause.children)
            ):
                # 'The surgery was reportedly successful': the clause, not the adjective (an
                # attitude's adjective, 'are reportedly concerned that ...', 'were reportedly
                # unaware of ...', is a report of its own that the adverb hedges)
                clause = clause.head
            if _names_its_source(clause):
                continue
            # ... up to a second clause joined to it with its own subject ('..., and fans said')
            joined = [c for c in clause.children if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
            cut = min((c.left_edge.i for c in joined), default=None)
            links = [c for c in clause.children if c.dep_ in ("cc", "punct") and cut is not None and c.i < cut and c.i > root.i]
            content = subtree_span(doc, clause, exclude=joined + links, within=sent)
            noun = clause.head if clause.dep_ == "relcl" and clause.head.i < clause.i and not joined else None
            if content is not None and noun is not None and noun.left_edge.i >= sent.start:
                # 'a strike that reportedly killed his aide': what the clause says is of the
                # noun it describes, which the claim takes in ('the gun he allegedly used')
                content = (noun.left_edge.idx, content[1])
        else:
            if any(c.dep_ == "agent" for c in root.children):
                continue  # 'it was reported by the Gazette that ...': the Gazette's (verbs.py)
            comp = next((c for c in root.children if c.dep_ == "ccomp"), None)
            # (or the clause of a participle inside the phrase: 'it seems to have been
            # discovered that ...', whose head word is 'seems')
            comp = comp or next((c for t in toks for c in t.children if c.dep_ == "ccomp" and c.i >= i + n - 1), None)
            if comp is None and any(c.dep_ in ("mark", "advmod") and c.lower_ in _PENDING and c.i < i for c in root.children):
                continue  # 'his death, when it is finally confirmed, will be ...': 'it' is the death, not yet told (not 'when it was revealed that ...')
            if set_off(doc, i, i + n, within=sent):
                # 'The gunman, it is feared, may have fled': the sentence around it, as for
                # 'The deal, the minister said, is worth ...' (extract._whole_claim)
                content = char_span(doc, [t for t in sent if not t.is_space])
            elif comp is not None:
                content = subtree_span(doc, comp, within=sent)
            elif root.head.i != root.i:
                content = subtree_span(doc, root.head, exclude=[root], within=sent)
            else:
                rest = [t for t in sent if t.i < i or t.i >= i + n]
                content = char_span(doc, rest)
        if content is None:
            continue
        by = _report_by(root) if len(phrase) > 1 else None
        out.append(
            Finding(
                cue=char_span(doc, toks[:-1] if phrase[-1] == "that" else toks),  # type: ignore[arg-type]  # ('It has emerged | that ...')
                source=subtree_span(doc, by, within=sent) if by is not None else None,
                content=content,
                kind="other",
                stage="unsourced",
                cue_token=i,
                source_token=by.i if by is not None else None,
            )
        )
    out += _raised(ctx, taken)
    out += _reduced(ctx)
    return out


def _report_by(verb: Token) -> Token | None:
    """'In a related report by the Inquisitr, it's claimed that ...': the agentless phrase
    opened by a report named with who made it is that one's claim (a review of FNC bodies,
    Random(12020): the claim was no one's, 'In a related report' its channel)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in lexicon.words(NEWS_WORKS)):
            for by in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")):
                obj = next((g for g in by.children if g.dep_ == "pobj"), None)
                if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ in ("DATE", "TIME"):
                    continue  # (not a date: 'In a report from Tuesday')
                if by.lower_ == "by" or obj.ent_type_ in ("ORG", "PERSON"):
                    return obj  # (a report 'from' a place is from there: 'In a report from Kabul')
    return None


def _without_inner_adverbs(toks: Tokens) -> list[int]:
    """The tokens but the adverbs that stand between an auxiliary and the participle they
    modify ('it was incorrectly reported', 'it has since been claimed', 'it is widely
    believed'; 'since', which the tagger may make a preposition): the phrase is the same
    with them. Not a negation, which is no advmod, nor a negative adverb ('hardly'), nor an
    adverb that is a phrase itself ('was reportedly shot')."""
    own = {p[0] for p in lexicon.phrases(LEXICON) if len(p) == 1}
    return [
        k
        for k in range(len(toks.lower))
        if not (
            (toks.tag[k] == "RB" or toks.lower[k] == "since") and toks.dep[k] == "advmod" and toks.head[k] > k and k > 0 and toks.tag[k - 1] in ("VBZ", "VBD", "VBP", "VBN", "MD")
            and toks.lower[k] not in own and toks.lower[k] not in lexicon.words(NEGATIVE_ADVERBS)
        )
    ]



def _uncontracted(toks: Tokens) -> list[str]:
    """'It's believed', 'it's been reported', 'I'm told': the tokenizer's "'s" ("'m", "'re",
    "'ve") read as the word it stands for, so the lexicon's phrases match the contracted
    forms too; not the perfect's "has"
    ('it's thought about moving'). A participle with a 'that' clause after "it's" is the
    passive, whatever the parser made of the "'s" ('it’s estimated that ...')."""
    out = list(toks.lower)
    for i, w in enumerate(toks.lower):
        if w in ("'m", "\u2019m"):
            out[i] = "am"  # ("I'm told ...": the only verb it is short for)
            continue
        if w in ("'re", "\u2019re") and toks.dep[i] in ("aux", "auxpass"):
            out[i] = "are"
            continue
        if w in ("'ve", "\u2019ve"):
            out[i] = "have"
            continue
        if w in ("'s", "\u2019s"):
            if toks.lower[i + 1 : i + 2] == ["been"]:
                out[i] = "has"
            elif toks.dep[i] == "auxpass" or i + 1 < len(out) and toks.tag[i + 1] == "VBN" and any(toks.dep[c] == "ccomp" for c in toks.children(i + 1)):
                out[i] = "is"
    return out


def _raised(ctx: Context, taken: set[int]) -> list[Finding]:
    """'Cook was said to have ...', 'ISIS is believed to be holding ...': a passive verb of
    saying or believing with no 'by' agent, its subject raised before a to-infinitive (or a
    small clause: 'two men were reported killed'). The
    claim is the subject with the infinitive ('Cook ... to have ...'); nobody is named as its
    source (the subject is what is said of, not who says it). Tokens in `taken` belong to a
    phrase already read ('it is believed')."""
    doc = ctx.doc
    verbs = lexicon.words(RAISING)
    out: list[Finding] = []
    tok = ctx.tokens
    for i, (tag, lemma) in enumerate(zip(tok.tag, tok.lemma)):
        if tag != "VBN" or lemma not in verbs:
            continue  # read from the lists: a Token is made only of a participle in the list
        t = doc[i]
        kids = list(t.children)
        aux = [c for c in kids if c.dep_ in ("auxpass", "aux") and c.i < t.i]
        subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < t.i), None)
        shared = _shared_subject(t) if subj is None else None
        inf = next((c for c in kids if c.dep_ == "xcomp" and c.i > t.i and infinitive(c)), None) or _small_clause(t)
        if not any(c.dep_ == "auxpass" for c in aux) or (subj is None and shared is None) or inf is None or any(c.dep_ == "agent" for c in kids):
            continue
        if any(c.dep_ == "neg" for c in kids):
            continue  # 'is not believed to be ...' says the opposite
        first = min(c.i for c in aux)
        if any(i in taken for i in range(first, t.i + 1)):
            continue  # already 'it is said that ...'
        cue = char_span(doc, doc[first : t.i + 1])
        sent = t.sent
        end = inf.right_edge.i
        # (a predicate the parser split off the infinitive's last phrase runs on in it: 'in
        # touch with members of the al-Qaeda | linked Haqqani network')
        stray = stray_predicate(t, end + 1, joined=True)
        end = stray.right_edge.i if stray is not None else end
        # (a second verb that shares its subject, 'has gained weight and is rumored to be
        # suffering from gout': the claim is the infinitive, the subject too far back to take in)
        start = subj.left_edge.i if subj is not None else inf.left_edge.i
        content = char_span(doc, doc[max(start, sent.start) : min(end, sent.end - 1) + 1])
        if cue is None or content is None:
            continue
        out.append(Finding(cue=cue, source=None, content=content, kind="other", stage="unsourced", cue_token=first))
    return out


def _shared_subject(verb: Token) -> Token | None:
    """The subject a joined verb shares with the verb before it ('The striker has missed three
    games and is said to be unhappy'): a conj with no subject of its own, whose head has one."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.head.i), None)


def _small_clause(verb: Token) -> Token | None:
    """The participle or adjective that says what the raised subject is reported or believed
    to be, with no 'to be' ('two men were reported killed', 'shots were reported fired', 'the
    crew are believed dead', 'three were reported missing'): the small clause of the same
    passive, right after the verb; None where there is none."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.dep_ not in ("xcomp", "oprd", "acomp"):
        return None
    # a participle ('killed', 'fired'), or the state of a toll ('dead', 'missing', however
    # tagged); not any adjective ('is presumed innocent', 'was considered certain': a rule or
    # a judgement, no report)
    return nxt if nxt.tag_ == "VBN" or nxt.lower_ in _TOLL_STATES else None


_TOLL_STATES = frozenset({"dead", "missing", "alive"})  # hedges.txt's casualty forms, the adjectives


def _reduced(ctx: Context) -> list[Finding]:
    """The same passives cut to their participle, modifying a noun: 'the man alleged to have
    shot ...', 'a second person, believed to be the gunman, ...', and the participles of
    accusing with their preposition: 'a man accused of attempting ...', 'a company suspected of
    ...'. Nobody is named as the source; the claim is the noun with the participle's complement
    (the complement alone where the participle opens a clause: 'Believed to be ..., the man').
    A participle with an agent ('accused by his aides of ...') or a subject is another form."""
    doc = ctx.doc
    raising = lexicon.words(RAISING)
    accusing = lexicon.flagged(ACCUSING)  # lemma -> its prepositions
    out: list[Finding] = []
    tok = ctx.tokens
    for i, (tag, lemma, dep) in enumerate(zip(tok.tag, tok.lemma, tok.dep)):
        # the parser sometimes reads a clause-opening participle as a past tense ('..., believed
        # to be ...' tagged VBD): with no subject or auxiliary of its own it is still one
        if tag not in ("VBN", "VBD") or (lemma not in raising and lemma not in accusing):
            continue
        t = doc[i]
        kids = list(t.children)
        noun = _set_off_subject(t) if dep == "advcl" or tag == "VBD" else None
        misread = _misread_active(t) if noun is None else None
        if misread is not None:
            # 'A man believed to be Foley speaks ...' parsed as an active: the noun, the
            # participle and who or what it is believed to be
            cue = char_span(doc, doc[i : i + 1])
            content = char_span(doc, doc[max(misread[0].left_edge.i, t.sent.start) : misread[1] + 1])
            if cue is not None and content is not None:
                out.append(Finding(cue=cue, source=None, content=content, kind="other", stage="unsourced", cue_token=i))
            continue
        if noun is not None:
            kids = [c for c in kids if c.i != noun.i]
        elif dep not in ("acl", "advcl", "ROOT"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "neg", "dobj") for c in kids):
            continue
        comp = None
        if lemma in raising:
            comp = next((c for c in kids if c.dep_ == "xcomp" and c.i > i and infinitive(c)), None)
        if comp is None and lemma in accusing:
            comp = next((c for c in kids if c.dep_ == "prep" and c.lower_ in accusing[lemma] and c.i > i and any(_described(c, g) for g in c.children)), None)
        if comp is None:
            continue
        sent = t.sent
        if noun is not None:
            content = subtree_span(doc, comp, within=sent)  # 'a second person, believed | to be the gunman |,'
        elif dep == "acl" and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # what is said of the noun, with it, as a raised passive's claim opens with its subject
            first = max(t.head.left_edge.i, sent.start)
            last = comp.right_edge.i
            if last == i + 2 and doc[i + 1].lower_ == "to" and comp.lower_ == "be":
                last = _what_it_is_believed_to_be(t) or last  # ('A man believed to be | Foley speaks ...': the name the parse gave the next verb)
            content = char_span(doc, doc[first : min(last, sent.end - 1) + 1])
        else:
            content = subtree_span(doc, comp, within=sent)
        cue = char_span(doc, doc[i : i + 1])
        if content is None or cue is None:
            continue
        out.append(Finding(cue=cue, source=None, content=content, kind="other", stage="unsourced", cue_token=i))
    return out


def _described(prep: Token, g: Token) -> bool:
    """What the preposition of an accusing or characterizing participle takes: its object or
    clause ('accused of fraud', 'of attempting'), and for 'as' a phrase of its own too
    ('described as in his 30s')."""
    return g.dep_ in ("pobj", "pcomp") or prep.lower_ == "as" and g.dep_ == "prep" and any(k.dep_ == "pobj" for k in g.children)


def _misread_active(verb: Token) -> tuple[Token, int] | None:
    """'A woman believed to be Ilse Marrow was seen ...': the parser took the participle of a
    verb whose active takes no bare to-infinitive (raising_passives.txt, "passive-only") for
    an active past with the noun before it as subject. Then that noun, and where the name or
    noun phrase after 'to be' ends (its last token); None for any other verb."""
    doc = verb.doc
    if "passive-only" not in lexicon.flagged(RAISING).get(verb.lemma_.lower(), frozenset()):
        return None
    if verb.i + 3 >= len(doc) or doc[verb.i + 1].lower_ != "to" or doc[verb.i + 2].lower_ not in ("be", "have"):
        return None
    if verb.lemma_.lower() in ("say", "think") and verb.dep_ == "ROOT" and not any(w.tag_ in ("VBZ", "VBP", "VBD", "MD") and w.i != verb.i for w in verb.sent):
        return None  # (the sentence's only verb: 'Doctors said to be careful', an order passed on; not 'A car thought to be his is pictured')
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if subj is None and verb.dep_ in ("conj", "ccomp") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # ('The firm uses memory chips said to be ...' parsed as a second verb of the firm's):
        # the noun right before it, whose phrase ends there
        before = doc[verb.i - 1]
        subj = before if before.pos_ in ("NOUN", "PROPN") and before.head.i != verb.i else None
    if subj is None or subj.right_edge.i != verb.i - 1 or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return None
    if doc[verb.i + 2].lower_ == "have":  # 'The man alleged | to have shot the guard | was arrested'
        comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        return (subj, comp.right_edge.i) if comp is not None else None
    end = _what_it_is_believed_to_be(verb)
    return (subj, end) if end is not None else None


def _what_it_is_believed_to_be(verb: Token) -> int | None:
    """The last token of the name or noun phrase after the participle's 'to be' ('believed to
    be | Ilse Marrow', '| that of the missing climber'), read word by word where the parse
    lost it; None where none follows."""
    doc = verb.doc
    end = verb.i + 2
    while end + 1 < len(doc) and doc[end + 1].sent == verb.sent and (
        doc[end + 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM", "PRON") or doc[end + 1].tag_ == "POS" or doc[end + 1].lower_ == "of"
        or doc[end + 1].dep_ == "amod"
    ):
        end += 1  # ('... to be that of the missing climber')
    return end if end > verb.i + 2 else None


def _set_off_subject(verb: Token) -> Token | None:
    """'The man, said to be a former soldier, fled': the parser read the participle set off by
    commas as a past tense with the noun before it as its subject. A subject that ends at a
    comma right before the verb, with no auxiliary, is the noun the participle modifies; None
    for a verb with a subject of its own ('The man said to police ...')."""
    doc = verb.doc
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    comma = verb.i - 1
    if comma <= subj.i or doc[comma].text not in (",", "--", "—", "–", "-"):
        return None
    if any(doc[k].text == "," for k in range(subj.i + 1, comma)):
        return None  # the comma closes the subject's own apposition: 'The driver, a man from Leeds, claimed to have seen nothing' is the driver's claim
    return subj if subj.right_edge.i in (comma - 1, comma) else None  # (the parser may hang the comma on the noun)


def _names_its_source(clause: Token) -> bool:
    """The clause a hedge adverb modifies reports speech from a subject of its own: 'Officials
    allegedly said ...', or through the verbs it governs, 'The coach reportedly went on to
    admit that ...': the adverb hedges that report."""
    if not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    verbs = lexicon.flagged(REPORTING_VERBS)
    tok: Token | None = clause
    for _ in range(4):  # 'went on to acknowledge', 'tried to claim'
        if tok is None:
            return False
        if tok.lemma_.lower() in verbs:
            return not a_thing_found(tok)  # ('Guards reportedly found the inmate in his cell': no report, the adverb's own)
        tok = next((c for c in tok.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and infinitive(c)), None)
    return False
