"""Plain data passed between extraction stages, and span helpers over a parsed Doc."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Callable, Iterable, TypeVar

from spacy.tokens import Doc, Span, Token

Offsets = tuple[int, int]
T = TypeVar("T")

_TRIM = " \t\n\r,;:.—–-"


@dataclass
class Finding:
    """One attribution as a stage found it: character offsets, not yet ids or types.

    The fields after source_token say how a stage found it; the ranker's features and the
    fixed-form rules read them, so each stage fills those it knows and leaves the defaults.
    """

    cue: Offsets
    source: Offsets | None
    content: Offsets | None
    kind: str
    stage: str
    cue_token: int
    source_token: int | None = None
    lexicon: bool = True  # the cue is in the stage's word list (else the tagger proposed it)
    via: str = ""  # how the content hangs from the cue: "ccomp", "quote", "dobj", "prep:of", "tagged" ...
    preferred: bool = True  # the stage's first reading of this cue (the others are alternatives)
    source_from: str | None = None  # where the source came from when not the parse ("tags", "subject")
    lemma: str = ""  # a reporting noun's lemma ("claim", "allegation")
    subject_noun: str = ""  # the cue's subject is someone's reporting noun ("Mussayev's claim")
    wide_cue: Offsets | None = None  # the cue as PolNeAR marks it ('has called for'; extent.py), where wider


HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen


def inner_hyphen(text: str, i: int) -> bool:
    """Whether text[i] is a hyphen inside a word, a letter or digit on either side ('al-Bredi',
    'e-mails'): the tokenizer splits such words, and the parser may give each part a role."""
    return 0 < i < len(text) - 1 and text[i] in HYPHENS and text[i - 1].isalnum() and text[i + 1].isalnum()


def inner_joiner(text: str, i: int) -> bool:
    """Whether text[i] joins the parts of one word: an inner hyphen, or a slash between
    letters ('Re/code', 'AC/DC'; not '24/7' or '9/11', dates and ratios)."""
    return inner_hyphen(text, i) or 0 < i < len(text) - 1 and text[i] == "/" and text[i - 1].isalpha() and text[i + 1].isalpha()


def word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole word around text[start:end], across hyphens or slashes inside it ('al' of
    'al-Bredi', 'mails' of 'e-mails', 'Re' of 'Re/code'): letters, digits and inner joiners
    on either side."""
    while start > 0 and (text[start - 1].isalnum() or inner_joiner(text, start - 1)):
        start -= 1
    while end < len(text) and (text[end].isalnum() or inner_joiner(text, end)):
        end += 1
    return start, end


def per_doc(fn: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """fn(doc) computed once per Doc and kept in doc.user_data, which lives as long as the
    Doc: for what a stage reads many times over one article (its text, its entities, the
    names it calls outlets)."""
    key = f"allegedly:{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def once(doc: Doc) -> T:
        try:
            return doc.user_data[key]
        except KeyError:
            value = doc.user_data[key] = fn(doc)
            return value

    return once


@per_doc
def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc: spaCy joins every token on each access."""
    return doc.text


@per_doc
def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built once per Doc: spaCy makes new Span objects on every access."""
    return tuple(doc.ents)


def first_conjunct(tok: Token) -> Token:
    """The first of the predicates (or nouns) tok is joined to by conj arcs: tok itself
    where it is no conjunct."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def infinitive(verb: Token) -> bool:
    """The verb is an infinitive with 'to' ('went on | to admit', 'believed | to be')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def span_ents(span: Span) -> list[Span]:
    """span.ents, from the cached doc_ents."""
    return [e for e in doc_ents(span.doc) if e.start >= span.start and e.end <= span.end]


def trim(text: str, start: int, end: int, chars: str = _TRIM) -> Offsets:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def char_span(doc: Doc, tokens: Iterable[Token]) -> Offsets | None:
    toks = [t for t in tokens if not t.is_space]
    if not toks:
        return None
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    s, e = trim(doc_text(doc), start, end)
    return (s, e) if e > s else None


def set_off(doc: Doc, start: int, end: int, within: Span | None = None) -> bool:
    """doc[start:end] stands between commas or dashes ('The gunman, according to police,
    fled'), inside `within` where given: a word of it on each side."""
    lo, hi = (within.start, within.end) if within is not None else (0, len(doc))
    return lo < start - 1 and end < hi - 1 and doc[start - 1].text in _ASIDE and doc[end].text in _ASIDE


_ASIDE = frozenset({",", "—", "–", "-"})


def subtree_span(doc: Doc, token: Token, exclude: Iterable[Token] = (), within: Span | None = None) -> Offsets | None:
    """The contiguous stretch of token's subtree, cut before any excluded token."""
    skip = {t.i for ex in exclude for t in ex.subtree}
    lo, hi = token.left_edge.i, token.right_edge.i
    if within is not None:
        lo, hi = max(lo, within.start), min(hi, within.end - 1)
    # keep the contiguous run around the token that holds no excluded token
    left = token.i
    while left - 1 >= lo and (left - 1) not in skip:
        left -= 1
    right = token.i
    while right + 1 <= hi and (right + 1) not in skip:
        right += 1
    return char_span(doc, doc[left : right + 1])


_SUBORDINATE = frozenset({"relcl", "acl", "advcl"})


def clause_end(verb: Token) -> int | None:
    """Where the relative or adverbial clause that holds the verb ends, as a character offset,
    when the main clause's verb comes after it ('A driver who was stopped when police told him
    he was speeding | drove off'): a claim made inside the clause stops with it, the main
    clause is no one's claim. None where the verb stands in no such clause, or the main verb
    comes first ('It was Trump who talked about ... — from ...'), or the clause is an 'as'
    clause, whose claim is the main clause ('As the bank warned, prices rose')."""
    found = None
    a = verb
    for _ in range(12):
        if a.head.i == a.i:
            break
        if a.dep_ in _SUBORDINATE:
            if a.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in a.children):
                return None
            found = a
        a = a.head
    if found is None:
        return None
    edge = found.right_edge
    main = found.head
    while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
        main = main.head  # a relative clause's noun -> the verb it is the subject or object of
    if main.pos_ not in ("VERB", "AUX") and main.dep_ == "ROOT":
        # the parser missed the main verb and made the noun the root: it read the verb as the
        # noun's participle ('The bridge, which engineers said was unsafe, | reopened in May'),
        # or hung it inside the clause ('The plan, which critics say will cost jobs, | passed
        # on Monday'); a clause set off by a comma ends before it
        stray = _stray_main_verb(found, verb)
        if stray is not None:
            return stray
    if main.pos_ not in ("VERB", "AUX") or main.i <= edge.i or main.dep_ not in ("ROOT", "conj"):
        return None  # not the sentence's own verb: perhaps the cue's claim, hung above it by the parser
    return edge.idx + len(edge.text)


def _stray_main_verb(clause: Token, verb: Token) -> int | None:
    """Where a relative clause after a comma ends when the sentence's own verb follows it
    unread: a past after a comma, with no subject or auxiliary of its own, that is no verb of
    a series with 'and' ('would cost jobs, raise rents and ...'). A character offset."""
    doc = clause.doc
    if clause.dep_ != "relcl" or clause.left_edge.i < 1 or doc[clause.left_edge.i - 1].text != ",":
        return None
    for t in doc[verb.i + 2 : clause.sent.end]:
        if (
            t.tag_ in ("VBD", "VBN") and t.pos_ == "VERB" and doc[t.i - 1].text == ","
            and not any(k.dep_ in ("cc", "nsubj", "nsubjpass", "aux", "auxpass") for k in t.children)
            and not (t.dep_ == "conj" and any(k.dep_ == "cc" for k in t.head.children))
        ):
            before = doc[t.i - 2]
            return before.idx + len(before.text)
    return None


@per_doc
def doc_quotes(doc: Doc) -> list[Offsets]:
    """find_quotes over the Doc's text, once per Doc: the tagger's features and the stages'
    Context both read them (callers must not change the list)."""
    return find_quotes(doc_text(doc))


_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»", "''": "''", "``": "''", "”": "”"}
# ('”' opens a quotation only at the start of a line, before a word: a typed-in list of
# quotes where the opening mark came out as a closing one, '”Fear. I am afraid ...” ― X';
# or right after a colon, before a capital: 'one of them wrote:”I would ...”', a review of
# FNC bodies, Random(12121))
_OPEN = re.compile(r"“|\"|«|''|``|(?m:^)”(?=\w)|(?<=:)”(?=[A-Z])|(?<=: )”(?=[A-Z])")


def find_quotes(text: str) -> list[Offsets]:
    """Quotations as (start, end) including their marks.

    A quote may run over several paragraphs: by convention each paragraph then opens with a
    quote mark and only the last one closes it. Nested single quotes stay inside.
    """
    quotes: list[Offsets] = []
    i, n = 0, len(text)
    while i < n:
        m = _OPEN.search(text, i)
        if not m:
            break
        opener = m.group()
        if opener == '"' and m.start() > 0 and text[m.start() - 1].isalnum():
            i = m.end()  # glued to a word: a closing mark left alone or an inch mark ('the 9.7" iPad'), no opening one
            continue
        closer = _QUOTE_PAIRS[opener]
        start = j = m.end()
        end = None
        while j < n:
            k = text.find(closer, j) if closer != '"' else text.find('"', j)
            if opener == '"':
                # two apostrophes typed for the closing mark, as some wire feeds set it
                # ('"These claims are false,'' said his agent')
                twin = text.find("''", j, k if k != -1 else n)
                if twin != -1:
                    k, closer = twin, "''"
            para = text.find("\n\n", j)
            if opener == "“" and (k == -1 or para != -1 and para < k):
                # no closing mark in the paragraph: a straight one typed for it closes ('“... FBI," X said')
                straight = text.find('"', j, para if para != -1 else n)
                k = straight if straight != -1 else k
                closer = '"' if straight != -1 else closer
            elif opener == "“" and k != -1:
                # a straight mark typed for the closing one before a curly closer further on
                # ('“We are safe," the mayor said. "They left.”'): it closes, where it reads as
                # a closing mark (glued to the word before it) and no curly quotation opens first
                straight = text.find('"', j, k)
                if straight > j and not text[straight - 1].isspace() and "“" not in text[j:straight]:
                    k, closer = straight, '"'
            if opener == '"' and j == start and (k == -1 or para != -1 and para < k):
                # no straight closing mark in the paragraph: a curly one typed for it closes
                # ('"They left.”' after a quotation closed the same way); in the paragraph
                # it opens in only (a run over paragraphs closes as it opened)
                curly = text.find("”", j, para if para != -1 else n)
                if curly != -1 and "“" not in text[j:curly]:
                    k = curly
            if k == -1 and para == -1:
                break
            if para != -1 and (k == -1 or para < k):
                # paragraph ends unclosed: continue only if the next paragraph reopens
                nxt = _past_space(text, para, n)
                if text.startswith(opener, nxt):
                    j = nxt + len(opener)
                    continue
                break
            if opener == '"':
                # a curly closing mark typed for the straight one ('"... discomfort.” He was'),
                # unless a curly quotation inside opened it
                curly = text.find("”", j, k)
                if curly != -1 and "“" not in text[j:curly]:
                    k = curly
                elif _reopens(text, k, para if para != -1 else n):
                    # a mark that opens the next sentence where this one's closing mark was
                    # left out ('"He joins the list of victims. "He's still alive," they
                    # said'): the quotation goes on to the mark that closes the second
                    j = k + 1
                    continue
            end = k + 1 if text[k] == "”" else k + len(closer)
            break
        if end is None:
            i = start
            continue
        quotes.append((m.start(), end))
        i = end
    return _with_posts(text, _with_single_quotes(text, quotes))


def _reopens(text: str, k: int, para: int) -> bool:
    """The straight mark at k opens a sentence (after '. ', before a word) and a straight
    mark glued to the word before it closes a quotation later in the paragraph; not after a
    sentence whose words since its last comma hold a reporting verb ('"We believe ...,
    Munster said on Tuesday. "To put ...'), where the mark left out was the one before the
    tag."""
    from ..misread import verb_shape

    if not (k >= 2 and text[k - 1] == " " and text[k - 2] in ".!?" and k + 1 < len(text) and text[k + 1].isalnum()):
        return False
    before = text[max(0, k - 200) : k - 1]
    clause = re.split(r"[,;:\"“”]", before)[-1]  # the words since the last comma: a tag ('Munster said on Tuesday.')
    if any(verb_shape(w) is not None for w in re.findall(r"[A-Za-z]+", clause)):
        return False
    nxt = text.find('"', k + 1, para)
    return nxt != -1 and not text[nxt - 1].isspace()


# An embedded post pasted as text, as pages copy a tweet's embed: its words, then a dash and
# the signature "Name (@handle) Month D, YYYY" (the form Twitter's embed code prints), often
# several in one paragraph, each after the last one's date; the dash may end its line, the
# name on the next ("—\nIslamic State Times (@ISTimes1) ...", as scraped pages copy it).
POST_SIGNATURE = re.compile(
    r"(?P<cue>[—–]|--?)[^\S\n]*(?:\n[^\S\n]*)?(?P<src>[^\n()—–]{1,80}?)[^\S\n]*\(@(?P<handle>\w{1,30})\)[^\S\n]*"
    r"(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})"
)
_POST_MAX = 700  # characters: a post longer than this is more likely the story's own text


@lru_cache(maxsize=4)
def posts(text: str) -> tuple[tuple[Offsets, re.Match[str]], ...]:
    """Each embedded post's words, from its paragraph's start or the last signature's end to
    its signature's dash, with the signature's match; once per text (the quotations, each
    colon cue and the speakers all ask)."""
    if "(@" not in text:
        return ()  # (no signature without a handle: most texts, read at once)
    out: list[tuple[Offsets, re.Match[str]]] = []
    last = 0
    for m in POST_SIGNATURE.finditer(text):
        end = m.start()
        line = text.rfind("\n", 0, end) + 1
        start = max(last, line)
        if not text[line:end].strip():
            # the signature on a line of its own: the post is the paragraph above it, all its
            # lines ("BREAKING: ...\nPolice say ...\nFamily asks ..."), or its last line
            # where that paragraph is too long to be a post
            end = len(text[:line].rstrip())
            start = max(last, text.rfind("\n", 0, end) + 1)
            para = max(last, text.rfind("\n\n", 0, end) + 2 if "\n\n" in text[:end] else 0)
            if end - para <= _POST_MAX:
                start = para
        last = m.end()
        s, e = trim(text, start, min(end, m.start("cue")), " \t\n\r")
        if 0 < e - s <= _POST_MAX:
            out.append(((s, e), m))
    return tuple(out)


_HANDLE = re.compile(r"[^\S\n]*\((@\w{1,30})\)")
POST_DASHES = ("—", "–", "-", "--")


def signature_handle(text: str, cue: Offsets, source_end: int) -> Offsets | None:
    """The account an embedded post's signature names right after the poster ('— Rob Cox
    (@rcox) December 20, 2014'), where the cue is its dash; else None."""
    if text[cue[0] : cue[1]].strip() not in POST_DASHES:
        return None
    m = _HANDLE.match(text, source_end)
    return (m.start(1), m.end(1)) if m else None


def _with_posts(text: str, quotes: list[Offsets]) -> list[Offsets]:
    """The quotations, and each embedded post's words as one where no quotation crosses its
    edges: the poster's words, whatever cue or quotation stands inside them (a headline the
    post relays, 'Iraqi News: “...”. If true, ...')."""
    found = list(quotes)
    for (s, e), _ in posts(text):
        if not any(qs < s < qe or qs < e < qe for qs, qe in found):
            found = [(qs, qe) for qs, qe in found if not (s <= qs and qe <= e)] + [(s, e)]
    return sorted(found)


# A quotation in single marks, as British papers set them ("‘Case closed,’ he said", "'We
# will not stop.'"): the opening mark at a word's start after a space, a line start or an
# opening bracket or dash; the closing one right after punctuation, or before a comma, full
# stop, colon or the like, in the same paragraph and before any double mark. An apostrophe
# ("don't", "the players' union", "rock 'n' roll", "'90s") is neither.
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[A-Za-z])", re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?…])[’']|(?<=\w)[’'](?=[,.;:!?)…—–]|\s*$)|(?<=\w)[’'](?=\s+(?:he|she|they|it|the|a|an|said|says|told|added|[A-Z]))", re.MULTILINE)
_SINGLE_LIMIT = 1500  # characters: a quotation longer than this in single marks is more likely a misread


def _past_space(text: str, i: int, end: int) -> int:
    """The first character at or after i (before end) that is no space: where the paragraph
    after a line break opens."""
    while i < end and text[i].isspace():
        i += 1
    return i


def _with_single_quotes(text: str, quotes: list[Offsets]) -> list[Offsets]:
    """The double-mark quotations, and those in single marks outside them."""
    if "'" not in text and "‘" not in text:
        return quotes
    gaps, at = [], 0
    for s, e in quotes + [(len(text), len(text))]:
        if s > at:
            gaps.append((at, s))
        at = max(at, e)
    found = list(quotes)
    for g0, g1 in gaps:
        i = g0
        while True:
            m = _SINGLE_OPEN.search(text, i, g1)
            if not m:
                break
            limit = min(g1, m.end() + _SINGLE_LIMIT)
            j = m.end() + 1
            while True:
                para = text.find("\n", j - 1, limit)
                stop = para if para != -1 else limit
                close = _SINGLE_CLOSE.search(text, j, stop)
                if close is not None or para == -1:
                    break
                # a quotation over paragraphs: each opens with the mark and only the last
                # closes ("'The bridge is closed.\n\n'It will take time ...'"), where the
                # first opens its line or follows a colon ('said: ', not "a 'life-long
                # passion' for ...") and the paragraph left open ends a sentence
                nxt = _past_space(text, para, limit)
                opens = m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 2) : m.start()].strip() == ":"
                if not (opens and text[j - 1 : para].rstrip()[-1:] in (".", "!", "?", "…") and nxt + 1 < limit and text[nxt] in "‘'" and text[nxt + 1].isalpha()):
                    break
                j = nxt + 2
            if close is None:
                i = max(stop, m.end())  # no closing mark up to there for any opening one before it: linear on a page of apostrophes
                continue
            found.append((m.start(), close.end()))
            i = close.end()
    return sorted(found)


IMITATION_VERBS = "imitation_verbs.txt"


def imitated(tok: Token) -> bool:
    """The name at tok is what a page passes itself off as ('a hoax website designed to look
    like MSNBC', 'a fake account posing as the BBC', 'a site that mimics CNN';
    imitation_verbs.txt), read by the words before it, whatever the parse made of the phrase
    (it often makes the name the subject of what the page did): never the page itself."""
    doc = tok.doc
    at = tok.i - 1
    if at >= 0 and doc[at].lower_ == "the":
        at -= 1
    if at < 0:
        return False
    word = doc[at]
    single, pairs = _imitation_verbs()
    if word.pos_ == "VERB" and _verb_forms(word) & single:
        return True
    return at > 0 and any((form, word.lower_) in pairs for form in _verb_forms(doc[at - 1]))


@lru_cache(maxsize=1)
def _imitation_verbs() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """imitation_verbs.txt: its one-word verbs, and its lines as word tuples ('look like')."""
    from .. import lexicon  # (lexicon reads data files only; imported here as the module's other readers do)

    lines = lexicon.phrases(IMITATION_VERBS)
    return frozenset(v[0] for v in lines if len(v) == 1), frozenset(lines)


def _verb_forms(word: Token) -> set[str]:
    """A word's lemma and the bare forms its -ing or -s may stand for ('posing', which the
    tagger may read as a noun: 'pose')."""
    w = word.lower_
    forms = {word.lemma_.lower(), w}
    if w.endswith("ing") and len(w) > 5:
        forms |= {w[:-3], w[:-3] + "e"}
    if w.endswith("s") and len(w) > 3:
        forms.add(w[:-1])
    return forms


def imitates(word: Token) -> bool:
    """The word is a verb of imitation_verbs.txt's, in any form ('posing', 'mimics'), the
    first word of a phrase too ('look' of 'look like')."""
    return bool(_verb_forms(word) & {line[0] for line in _imitation_verbs()[1]})
