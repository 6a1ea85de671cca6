"""Prepositional attributions: "according to intelligence sources, the document ..."."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .context import Context
from .registry import stage
from .senses import noun_kinds
from .spans import Finding, char_span, first_conjunct, set_off, subtree_span

LEXICON = "according_phrases.txt"
SOURCE_NOUNS = "source_nouns.txt"
FINDING_DOCUMENTS = "finding_documents.txt"
SUBORDINATORS = "subordinators.txt"  # 'after', 'because', 'when': a clause of time or cause
REPORTING_VERBS = "reporting_verbs.txt"
PUBLISHING_VERBS = "publishing_verbs.txt"
HONORIFICS = "honorifics.txt"
STUDY_NOUNS = "study_nouns.txt"  # 'a survey according to which ...': a finding's source
REPORTING_NOUNS = "reporting_nouns.txt"
NEWS_WORKS = "news_works.txt"
_NAMED = {"PERSON", "ORG", "NORP", "GPE"}


@stage("according_to")
def according_to(ctx: Context) -> list[Finding]:
    doc = ctx.doc
    out: list[Finding] = []
    phrases = list(lexicon.find_phrases(LEXICON, ctx.tokens.lower))
    for i, phrase in phrases:
        n = len(phrase)
        last = doc[i + n - 1]
        obj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if obj is None and i + n < len(doc):
            obj = doc[i + n]
        if obj is None or obj.is_punct:
            continue
        if phrase[-1] == "per" and not _per_source(obj):
            continue  # "per year", "per cent", "as per usual"
        if phrase == ("per",) and doc[i].text == "Per" and obj.dep_ in ("nsubj", "nsubjpass") and obj.head.i > obj.i:
            continue  # 'Per Lundqvist says ...': a first name, the parse's subject after it
        if obj.lower_ == "which" and obj.i == i + n:
            found = _according_to_which(doc, i, n)
            if found is not None:
                out.append(found)
            continue
        head = doc[i : i + n].root
        clause = head.head if head.head.i != head.i else None
        sent = head.sent
        phrase_toks = [doc[j] for j in range(i, i + n)]
        if clause is None or clause.i in range(i, i + n):
            found = _opening(ctx, i, n, sent)
            if found is not None:
                out.append(found)
            continue
        hung = [head]
        if clause.dep_ == "advcl" and clause.tag_ in ("VBN", "VBG") and not _has_subject(clause):
            # 'According to staff at The Loft, opened by the Farndons last year, Bernard was
            # out every day': the parser hung the phrase on a participle set off by commas
            # (of the name before it); the claim is the first clause above it with a subject
            up = clause
            while up.dep_ == "advcl" and up.head.i != up.i and up.head.pos_ in ("VERB", "AUX") and not _has_subject(up.head):
                up = up.head
            if up.head.i != up.i and up.head.pos_ in ("VERB", "AUX") and _has_subject(up.head):
                hung, clause = [up], up.head
        if clause.dep_ == "conj" and (_closing(doc, i, obj, sent) or _nothing_after(doc, obj, sent) and not _has_subject(clause) and first_conjunct(clause).i == sent.root.i):
            # (and with no comma before it, predicates of the main clause: '... and signed his
            # contract on Tuesday according to his agent', a review of FNC bodies,
            # Random(11616), cut to the last predicate)
            # '..., overpowered a guard, and made it to the ballroom, according to the report':
            # a phrase closing the sentence, hung on the last of joined predicates, is on them
            # all; not past a clause with a subject of its own ('Smith said the plant closed,
            # but the union insists ..., according to Reuters': the union's, as parsed)
            while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX") and (not _has_subject(clause) or _and_of_facts(clause)):
                clause = clause.head
        if _closing(doc, i, obj, sent) and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX") and (
            clause.dep_ in ("acomp", "attr", "oprd") or clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in clause.children)
        ):
            # 'The board is prepared to sell the club, according to sources', '..., with 4,100
            # homes damaged, according to the Red Cross': a phrase closing the sentence, hung on
            # the predicate's adjective or on an absolute 'with' clause, is on the clause they
            # belong to (found cut to the adjective or the 'with' in a review of FNC bodies)
            clause = clause.head
        if clause.dep_ == "advcl" and _closing(doc, i, obj, sent) and _set_off_subordinate(clause):
            # '..., just days after his trial opened, according to the sheriff': a phrase
            # closing the sentence, hung on a clause of time or cause set off after the main
            # one, is on the whole sentence
            clause = clause.head
        quoted = ctx.quote_at(clause.idx)
        if quoted is not None and ctx.quote_at(head.idx) is None and quoted[0] >= sent.start_char and quoted[1] <= head.idx:
            # 'But Wintour replied, “I don’t want to hear about it,” according to our source':
            # hung on the quotation's verb, the phrase is on the whole report around it
            content = None
        elif clause.dep_ in ("nsubj", "nsubjpass") and clause.pos_ in ("NOUN", "PROPN", "PRON") and set_off(doc, i, obj.right_edge.i + 1, within=sent):
            # 'Something which is certain, according to Dr Harvey, is that ...': hung on the
            # claim's subject, a phrase set off inside the clause is on the whole of it
            content = None
        elif clause.dep_ == "relcl" and _closing(doc, i, obj, sent):
            # '... an app which ties to its software, as per a job listing': the parser hung a
            # phrase that closes the sentence on the relative clause before it; it is on the
            # whole sentence
            content = None
        else:
            content = subtree_span(doc, clause, exclude=hung, within=sent)
        if content is not None and hung[0] is not head:
            # ('..., the vehicle is registered to a deputy, according to a story on WFAA':
            # the climbed-to clause stops where another source's phrase closes it)
            later = [j for j, _ in phrases if j > i and j > 0 and doc[j - 1].text == "," and content[0] < doc[j].idx < content[1]]
            if later:
                content = (content[0], doc[min(later) - 1].idx)
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < i), None)
        if content is not None and subj is not None and subj.tag_ not in ("WDT", "WP") and clause.i > obj.right_edge.i and not any(t.pos_ == "VERB" for t in obj.subtree) and set_off(doc, i, obj.right_edge.i + 1, within=sent) and content[0] > subj.idx:
            # 'The gunman, according to police, fled north': the claim's subject before the
            # phrase is the claim's, one span around the phrase (as extract._whole_claim); not
            # a relative 'which, according to Google, saw ...', a phrase after its verb, or a
            # source with a clause of its own ('according to one friend, who said, "..."')
            content = (max(subj.left_edge.idx, sent.start_char), content[1])
        if content is None or content[1] - content[0] < 3:
            # the phrase sits mid-clause: the claim is the whole sentence around it
            # (the full stop after a closing phrase is no part of the claim)
            after = [] if _nothing_after(doc, obj, sent) else [t for t in sent if t.i > obj.right_edge.i]
            content = char_span(doc, [t for t in sent if t.i < i] + after)
        if content is None:
            continue
        source = subtree_span(doc, obj, within=sent)
        named = _name_after_the_source(doc, i, n, obj, clause) if content is not None else None
        if named is not None:
            # 'According to the Herald, Brandt, who lives in Leeds, is refusing ...': the
            # parser took the name and its clause into the source; they are the claim's subject
            source = char_span(doc, list(doc[i + n : named.i - 1]))
            content = (named.idx, content[1])
            obj = doc[i + n : named.i - 1].root
        listed = _listed_subject(obj, clause) or _subject_set_off(obj, clause)
        if listed is not None and source is not None:
            # 'According to the paper's source, Page, Jones, and Bonham were stunned': the
            # parser hung the start of a listed subject on the source as its apposition
            source = subtree_span(doc, obj, exclude=[listed], within=sent)
            content = (listed.left_edge.idx, content[1])
        out.append(
            Finding(
                cue=char_span(doc, phrase_toks),  # type: ignore[arg-type]
                source=source,
                content=content,
                kind="according_to",
                stage="according_to",
                cue_token=i,
                source_token=obj.i,
            )
        )
    return out + _found_in(ctx)


def _according_to_which(doc: Doc, i: int, n: int) -> Finding | None:
    """'a report according to which 40 percent of wells are polluted' (a translator's and a
    legal writer's form): the source is the noun the relative 'which' stands for, the claim
    the clause after it, to the end of the sentence or its next comma (a review of FNC
    bodies, Random(12121): the source was 'which', the claim the sentence before)."""
    if i == 0 or doc[i - 1].pos_ not in ("NOUN", "PROPN") and not (doc[i - 1].text == "," and i > 1 and doc[i - 2].pos_ in ("NOUN", "PROPN")):
        return None
    noun = doc[i - 1] if doc[i - 1].text != "," else doc[i - 2]
    lemma = noun.lemma_.lower()
    sources = lexicon.grouped(SOURCE_NOUNS).get("document", frozenset()) | lexicon.words(STUDY_NOUNS) | lexicon.words(REPORTING_NOUNS)
    if not (lemma in sources or lemma in lexicon.words(NEWS_WORKS) or lemma in ("information", "data") or noun.pos_ == "PROPN"):
        return None  # (a rule followed, no source: 'the formula according to which pensions are calculated')
    sent = noun.sent
    start = i + n + 1
    end = next((t.i for t in doc[start : sent.end] if t.text in (",", ";") or t.is_sent_end and t.is_punct), sent.end)
    while end > start and doc[end - 1].is_punct:
        end -= 1
    content = char_span(doc, list(doc[start:end]))
    left = min(noun.left_edge.i, noun.i)
    if content is None or left < sent.start:
        return None
    return Finding(
        cue=char_span(doc, list(doc[i : i + n])),  # type: ignore[arg-type]
        source=char_span(doc, list(doc[left : noun.i + 1])),
        content=content,
        kind="according_to",
        stage="according_to",
        cue_token=i,
        source_token=noun.i,
    )


def _name_after_the_source(doc: Doc, i: int, n: int, obj: Token, clause: Token) -> Token | None:
    """The name after the first comma of an opening phrase's source, where the parser hung
    the source on it ('According to the Herald, | Brandt, who ..., is refusing') and the
    clause has no subject of its own: the subject (a review of FNC bodies, Random(12020)).
    None otherwise (not 'According to John Hale, a spokesman, ...': a description)."""
    sent = obj.sent
    if i != sent.start or _has_subject(clause) or clause.i <= obj.right_edge.i:
        return None
    comma = next((t for t in doc[i + n : obj.right_edge.i + 1] if t.text == ","), None)
    if comma is None or comma.i == i + n or comma.i + 1 > obj.right_edge.i:
        return None
    name = doc[comma.i + 1]
    if name.pos_ != "PROPN" or not name.is_title:
        return None
    after = doc[name.i + 1] if name.i + 1 < len(doc) else None
    return name if after is not None and after.text == "," and after.i + 1 < len(doc) and doc[after.i + 1].lower_ in ("who", "whose") else None


def _subject_set_off(obj: Token, clause: Token) -> Token | None:
    """'According to the newspaper, Bary, 23, left his home': a name set off after a common
    noun, which the parser hung on it as its apposition, is the subject the clause's verb
    lacks (not 'According to John Hale, a spokesman, the plant will close', a description
    of a name, nor where the verb has its subject)."""
    if obj.pos_ != "NOUN" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) or clause.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return None
    doc = obj.doc
    appos = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","), None)
    if appos is None or clause.i <= appos.right_edge.i:
        return None
    return appos


def _listed_subject(obj: Token, clause: Token) -> Token | None:
    """The apposition on the phrase's object that opens a list ending in the clause's subject
    ('source, | Page, Jones, and Bonham were stunned'): the subject comes right after an 'and'
    or 'or' that closes the list. None where the apposition describes the source ('According
    to John Hale, a spokesman, the plant will close')."""
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > obj.i), None)
    if subj is None or subj.left_edge.i < 2:
        return None
    doc = obj.doc
    for c in obj.children:
        # '..., the head of the port authority, | 40 containers of grain and 12 trucks were
        # seized': an apposition whose own 'and' dangles right before the clause's subject is
        # the list's first item, whatever its words
        if c.dep_ == "appos" and c.right_edge.i == subj.left_edge.i - 1 and doc[c.right_edge.i].lower_ in ("and", "or") and doc[c.right_edge.i].head.i == c.i:
            return c
    appos = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if appos is None:
        return None
    before = doc[subj.left_edge.i - 1]
    if before.lower_ not in ("and", "or") or before.i <= appos.right_edge.i:
        return None
    return appos if all(t.is_punct for t in doc[appos.right_edge.i + 1 : before.i]) else None


def _closing(doc: Doc, i: int, obj: Token, sent: Span) -> bool:
    """The phrase closes its sentence, set off by a comma."""
    return i > sent.start and doc[i - 1].text == "," and _nothing_after(doc, obj, sent)


def _nothing_after(doc: Doc, obj: Token, sent: Span) -> bool:
    """Only punctuation follows the phrase's object to the sentence's end."""
    return all(t.is_punct or t.is_space for t in doc[obj.right_edge.i + 1 : sent.end])


def _and_of_facts(clause: Token) -> bool:
    """A clause with a subject of its own joined by a bare 'and' to one that reports no one
    ('The plant will close in May and 300 jobs will go, according to the union'): the phrase
    closing the sentence is on both, as on joined predicates; not past 'but', a comma, or a
    clause of saying ('Smith said the plant closed, but the union insists ...')."""
    head = clause.head
    ccs = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < clause.i]
    if [c.lower_ for c in ccs] != ["and"] or clause.doc[ccs[0].i - 1].text == ",":
        return False
    return not any(t.lemma_.lower() in lexicon.words(REPORTING_VERBS) for t in (head, clause))


def _set_off_subordinate(clause: Token) -> bool:
    """A clause of time or cause (subordinators.txt) set off by a comma after a main clause
    with a subject of its own."""
    doc = clause.doc
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in lexicon.words(SUBORDINATORS) or clause.left_edge.i < 1 or doc[clause.left_edge.i - 1].text != ",":
        return False
    main = clause.head
    return main.i < clause.i and main.pos_ in ("VERB", "AUX") and _has_subject(main)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _opening(ctx: Context, i: int, n: int, sent: Span) -> Finding | None:
    """'According to radio host Sam Pike, the move reeks of fear.' where the parser found no
    verb for the phrase to hang on ('reeks' read as a noun, 'According' as the root): a
    phrase that opens its sentence names its source up to the comma, and the rest of the
    sentence is the claim. Not when an apposition or a relative clause follows that comma
    ('According to Pike, a radio host, ...'), which only the parse could tell apart."""
    doc = ctx.doc
    if any(not t.is_punct and not t.is_space for t in doc[sent.start : i]):
        return None
    colon = _closing_colon(doc, i + n, sent)
    if colon is not None:
        # 'According to the Brenner Foundation:' closing its paragraph: what the colon sets
        # out below is the claim, as after 'Haas reports:'
        from .verbs import colon_sets_out  # (here: importing verbs first would reorder the stages' registry)

        content = colon_sets_out(ctx, doc[colon].idx + 1, quoted_only=False)
        return _opening_finding(doc, i, n, colon, content, via="colon") if content is not None else None
    comma = next((t.i for t in doc[i + n : sent.end] if t.text == ","), None)
    if comma is None or comma == i + n or comma + 1 >= sent.end:
        return None
    if doc[comma + 1].lower_ in _NOT_THE_CLAIM:
        return None
    rest = [t for t in doc[comma + 1 : sent.end] if not t.is_space]
    while rest and rest[-1].text == ".":
        rest.pop()
    if rest and rest[-1].lower_.rstrip(".") in lexicon.words(HONORIFICS):
        return None  # a sentence the parser closed at 'Sgt.' or 'Mr.': the claim goes on
    content = char_span(doc, rest)
    if content is None or sum(not t.is_punct for t in rest) < 3:
        return None
    return _opening_finding(doc, i, n, comma, content)


def _opening_finding(doc: Doc, i: int, n: int, end: int, content: tuple[int, int], via: str = "") -> Finding | None:
    """The finding of an opening phrase doc[i:i+n] whose source runs up to token end (its
    comma or colon), with this content; None where the source is empty."""
    source = char_span(doc, list(doc[i + n : end]))
    if source is None:
        return None
    return Finding(
        cue=char_span(doc, list(doc[i : i + n])),  # type: ignore[arg-type]
        source=source,
        content=content,
        kind="according_to",
        stage="according_to",
        cue_token=i,
        source_token=doc[i + n : end].root.i,
        via=via,
    )


_NOT_THE_CLAIM = frozenset({"who", "which", "whose", "where", "a", "an"})


def _closing_colon(doc: Doc, start: int, sent: Span) -> int | None:
    """The colon that ends the phrase's sentence, with a blank line after it and no comma
    before it ('According to the Brenner Foundation:'), else None."""
    toks = [t for t in doc[start : sent.end] if not t.is_space]
    if len(toks) < 2 or toks[-1].text != ":" or any(t.text == "," for t in toks):
        return None
    text = doc.text
    after = text[toks[-1].idx + 1 : toks[-1].idx + 8]
    return toks[-1].i if after.lstrip(" \t").startswith("\n") else None


def _found_in(ctx: Context) -> list[Finding]:
    """'In the previous Kestrel poll, the mayor led by five points', 'she did not get a bump
    in one of the first polls': a finding reported with 'in' and its document
    (finding_documents.txt), the preposition hung on the clause's verb. Not where that verb
    reports a source of its own ('In a statement, the club said ...': the club's)."""
    doc = ctx.doc
    documents = lexicon.words(FINDING_DOCUMENTS)
    reporting = lexicon.flagged(REPORTING_VERBS)
    published = lexicon.words(PUBLISHING_VERBS)
    out: list[Finding] = []
    for i, word in enumerate(ctx.tokens.lower):
        if word != "in":
            continue
        prep = doc[i]
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.i == prep.i:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue  # a clause of its own, not 'asked to take part in the survey'
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        head = obj
        if obj.lower_ in ("one", "some", "many", "most", "several", "all") or obj.pos_ == "NUM":
            head = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), obj)
        if head.lower_ not in documents or verb.lemma_.lower() in reporting or verb.lemma_.lower() in published:
            continue  # (a verb of its own reports, or tells where something appeared: 'was first published in ...')
        sent = verb.sent
        content = subtree_span(doc, verb, exclude=[prep], within=sent)
        source = subtree_span(doc, obj, within=sent)
        if content is None or source is None:
            continue
        out.append(
            Finding(
                cue=char_span(doc, [prep]),  # type: ignore[arg-type]
                source=source,
                content=content,
                kind="according_to",
                stage="according_to",
                cue_token=i,
                source_token=head.i,
            )
        )
    return out


def _before_per(obj: Token) -> Token | None:
    """The word before the 'per' (or 'as per') that obj follows, None where it opens the sentence."""
    k = obj.i - 1
    while k >= 0 and obj.doc[k].lower_ in ("per", "as"):
        k -= 1
    return obj.doc[k] if k >= obj.sent.start else None


def _set_off_per(obj: Token) -> bool:
    """The 'per' before obj opens its sentence or follows a comma or a dash."""
    before = _before_per(obj)
    return before is None or before.text in (",", "—", "–", "-", "(")


def _rate_of(obj: Token) -> bool:
    """'65 Apps per iPhone', '50 Apps per Android': a count of things before a 'per' not set
    off, whose name (a product, or none the tagger knows) is the unit, not a source (a review
    of FNC bodies, Random(11616), gave the figure to the iPhone)."""
    before = _before_per(obj)
    if before is None or _set_off_per(obj) or any(c.dep_ in ("det", "poss") for c in obj.children):
        return False
    if obj.ent_type_ not in ("", "PRODUCT"):
        return False  # ('38 percent per Gallup', '40 people per CNN': a named source all the same)
    return before.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "nummod" or c.like_num for c in before.children if c.i < before.i)


def _per_source(obj: Token) -> bool:
    """'per' and 'as per' name a source only with one for object: a name ('per CNN', 'per
    the Kestrel Gazette'), or a source or document noun ('per a memo seen by staff', 'as per
    sources close to the club'); not 'per year', 'per cent', 'as per usual'."""
    if obj.ent_type_ in _NAMED or obj.pos_ == "PROPN":
        return obj.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL") and not _rate_of(obj)
    groups = lexicon.grouped(SOURCE_NOUNS)
    heads = groups.get("anonymous", frozenset()) | groups.get("document", frozenset())
    if obj.pos_ != "NOUN":
        return False
    if obj.tag_ == "NN" and not _set_off_per(obj) and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return False  # a rate: 'ten dollars per person', 'charged per household'
    if noun_kinds().get(obj.lemma_.lower()) in ("person", "body"):
        return True  # 'per police', 'per a team spokesman': people or a body (WordNet's kinds)
    # ('as per a job listing ...': a compound's head the parser read as a participle on it)
    return obj.lemma_.lower() in heads or obj.lower_ in heads or any(c.dep_ == "acl" and c.i == obj.i + 1 and c.lower_ in heads for c in obj.children)

