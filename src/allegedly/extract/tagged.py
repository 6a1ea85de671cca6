"""What token tags (the default mode's tagger, or the accurate mode's encoder) add beyond
ranker features: candidates the rules never proposed (a cue tagged where no rule fired:
'is a staunch opponent of', 'was sure'), and a second opinion on sources (each verb or noun
candidate also offered with the span tagged as source nearest its cue). The ranker, trained
to count a candidate only when its source is right too, chooses among them."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .. import lexicon
from .context import Context
from .registry import stage
from .spans import Finding, Offsets, char_span, doc_text, subtree_span
from .verbs import hearer_read_as_subject

SOURCE = 0.5  # a token tagged as source at least this surely is part of a source span
CUE_VERBS = "cue_verbs.txt"  # its "quoted" group: passives whose subject is the one who said
SOURCE_NOUNS = "source_nouns.txt"  # its "document" group: a relative clause on a document speaks for its issuer,
NEWS_WORKS = "news_works.txt"  # ... but not on a news report (its "report" group), which is hearsay or its outlet's
CUE = 0.5  # a token tagged as cue this surely may open a candidate of its own
MAX_RUN_ON = 8  # words a content may run on by (_to_phrase_end): longer, the run more often was the tagger's own stop
_COLUMNS = {"source": (1, 2), "cue": (3, 4), "content": (5, 6)}


def runs(ctx: Context, role: str, start: int, end: int, cut: float = SOURCE) -> list[tuple[int, int]]:
    """Token runs [i, j) in doc[start:end] tagged as role; a B- tag opens a new run."""
    opens, goes_on, space = _run_marks(ctx, role, start, end, cut)
    out: list[tuple[int, int]] = []
    i, n = 0, end - start
    while i < n:
        if not space[i] and opens[i]:
            j = i + 1
            while j < n and (space[j] or goes_on[j]):
                j += 1
            out.append((start + i, start + j))
            i = j
        else:
            i += 1
    return out


def _run_marks(ctx: Context, role: str, start: int, end: int, cut: float) -> tuple[list[bool], list[bool], list[bool]]:
    """For each token of doc[start:end]: whether it is tagged as role (B and I together),
    whether it goes on a run (I at least as sure as B), and whether it is space. Compared
    in numpy over the slice, as the tags are, then read as lists: a numpy element read one
    at a time costs as much as the comparison of the whole sentence."""
    b, i_ = _COLUMNS[role]
    begin, inside = ctx.tags[start:end, b], ctx.tags[start:end, i_]
    arr = ctx.arrays
    space = ~(arr.word[start:end] | arr.punct[start:end])  # numpy, not doc[i].is_space: a Token is built on each access
    return (begin + inside >= cut).tolist(), ((inside >= cut) & (inside >= begin)).tolist(), space.tolist()


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "X"})


def names_someone(ctx: Context, run: tuple[int, int]) -> bool:
    """A source run that can name a source: one with a noun, name, pronoun or number in it,
    a capitalised word the tagger took for another part of speech ('Mashable notes'), or an
    adjective standing for people as a subject ('the injured is still convinced'); not an
    adjective without its noun ('A false report claiming ...' tagged 'false'), an article or
    a preposition. Such a run still counts as the nearest one: it only offers no source."""
    t = ctx.tokens
    for k in range(run[0], run[1]):
        if t.pos[k] in _NOMINAL or t.dep[k] in ("nsubj", "nsubjpass"):
            return True
        if t.pos[k] not in ("DET", "ADP", "PUNCT", "CCONJ", "PART") and ctx.doc[k].text[:1].isupper():
            return True
    return False


def source_runs(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Source runs that hold a word: a lone possessive "'s" or quote mark names no one. A run
    that stops on the first half of a name ('Mr.' of 'Mr. Jonathan', 'Daily' of 'Daily
    Mail') runs on to the name it is a compound of: a title alone is nobody ('Variety
    reports' stays 'Variety': a name, not a noun, ends it)."""
    word = ctx.arrays.word
    t = ctx.tokens
    out = []
    for a, b in runs(ctx, "source", start, end):
        if not word[a:b].any():
            continue
        while t.dep[b - 1] == "compound" and b <= t.head[b - 1] < end and all(t.pos[k] == "PROPN" for k in range(b, t.head[b - 1] + 1)):
            b = t.head[b - 1] + 1  # ('Father' of 'Father John Michael O'Neal')
        out.append((a, b))
    return out


def _not_the_passive_subject(ctx: Context, verb: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that do not hold the subject of a passive reported by its agent ('Jonathan
    has been criticized by the girls' families'): that subject is who is spoken of, the agent
    who speaks; not where the verb passes words on ('was quoted by', cue_verbs.txt). Nor a
    passive's 'it' that stands for its clause ('it is believed that ...')."""
    from .verbs import contracted_passive

    t = ctx.tokens
    kids = t.children(verb)
    if any(t.lower[k] == "it" and t.dep[k] in ("nsubj", "nsubjpass") for k in kids) and (any(t.dep[k] == "auxpass" for k in kids) or contracted_passive(t, verb, kids)):
        # 'it is estimated that ...', 'it’s estimated that ...': the 'it' stands for the clause,
        # and no one says that clause but an agent ('it was reported by the Post that ...'): a
        # name the tagger marks elsewhere is another cue's or none ('a hoax involving Zayn
        # Malik made headlines when it was incorrectly reported that ...')
        spans = [r for r in spans if not any(r[0] <= k < r[1] and t.lower[k] == "it" for k in kids)]
        if not any(t.dep[k] == "ccomp" for k in kids):
            return spans  # an 'it' that is a thing ('When X examined the statement, it was labeled ...')
        return _by_the_agent(ctx, kids, spans)
    if not any(t.dep[k] == "agent" for k in kids) or t.lemma[verb] in lexicon.grouped(CUE_VERBS)["quoted"]:
        return spans  # ('X was quoted by the BBC as saying': X says)
    if any(t.dep[k] == "ccomp" for k in kids):
        # 'Royster said she has been told by some that they believe ...': the agent tells the
        # claim; the one who says the sentence around it tells that she was told
        return _by_the_agent(ctx, kids, spans)
    subjects = [k for k in kids if t.dep[k] == "nsubjpass"]
    return [r for r in spans if not any(r[0] <= k < r[1] for k in subjects)]


def _by_the_agent(ctx: Context, kids: list[int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans within the passive's agent, or in an 'According to' that opens the sentence."""
    t = ctx.tokens
    objs = [ctx.doc[p] for k in kids if t.dep[k] == "agent" for p in t.children(k) if t.dep[p] == "pobj"]
    agents = [(o.left_edge.i, o.right_edge.i + 1) for o in objs]
    return [r for r in spans if any(a <= r[0] and r[1] <= b for a, b in agents) or _fronted_according(ctx, r)]


def _fronted_according(ctx: Context, span: tuple[int, int]) -> bool:
    """The span lies in the object of an 'According to' that opens its sentence: the whole
    sentence is that source's ('According to Bloomberg, accounts vary, but it's estimated
    that ...')."""
    first = ctx.doc[span[0]].sent.start
    if ctx.tokens.lower[first : first + 2] != ["according", "to"]:
        return False
    return any(o.dep_ == "pobj" and o.left_edge.i <= span[0] and span[1] <= o.right_edge.i + 1 for o in ctx.doc[first + 1].children)


def _nearest(spans: list[tuple[int, int]], i: int, j: int) -> tuple[int, int] | None:
    return min(spans, key=lambda r: min(abs(r[0] - j), abs(r[1] - i)), default=None)


@stage("tagged")
def tagged_cues(ctx: Context) -> list[Finding]:
    """A candidate for each tagged cue, with the nearest tagged content in its sentence and
    each source option (_sources). The ranker weighs them with the rest; where a rule found
    the same cue, the clash rule keeps whichever scores higher."""
    if ctx.tags is None:
        return []
    from .verbs import _kind_of  # the one place that tells direct from indirect

    doc = ctx.doc
    out: list[Finding] = []
    for sent in doc.sents:
        contents = runs(ctx, "content", sent.start, sent.end)
        sources = source_runs(ctx, sent.start, sent.end)
        cues = runs(ctx, "cue", sent.start, sent.end, CUE)
        for i, j in cues:
            content = _nearest(_own_contents(cues, contents, i, j), i, j)
            content = _to_phrase_end(ctx, content, cues, sent.end) if content is not None else None
            content = _without_a_dangling_end(ctx, content, cues, sent.end) if content is not None else None
            cue_span = doc[i:j]
            content = _past_the_hearer(cue_span.root, content) if content is not None else None
            cue_off = char_span(doc, cue_span)
            c_off = char_span(doc, doc[content[0] : content[1]]) if content is not None else None
            if c_off is None or cue_off is None or content is None:
                continue
            clear = [r for r in sources if not (r[0] < content[1] and content[0] < r[1]) and not (r[0] < j and i < r[1])]
            clear = _not_the_passive_subject(ctx, cue_span.root.i, clear)
            for s_off, s_tok, origin in _sources(ctx, cue_span, _nearest(clear, i, j)):
                out.append(
                    Finding(
                        cue=cue_off,
                        source=s_off,
                        content=c_off,
                        kind=_kind_of(ctx, c_off),
                        stage="tagged",
                        cue_token=cue_span.root.i,
                        source_token=s_tok,
                        lexicon=False,
                        via="tagged",
                        source_from=origin,
                    )
                )
    return out


def _past_the_hearer(verb: Token, run: tuple[int, int]) -> tuple[int, int]:
    """A content run that starts inside the one told, which the parser read as the claim's
    subject ('told CNN affiliate | WBZ the capsule will ...'): it starts after it."""
    for c in verb.children:
        hearer = hearer_read_as_subject(verb, c) if c.dep_ == "ccomp" else None
        if hearer is not None and run[0] <= hearer.right_edge.i < run[1] - 1:
            return hearer.right_edge.i + 1, run[1]
    return run


def _without_a_dangling_end(ctx: Context, run: tuple[int, int], cues: list[tuple[int, int]], end: int) -> tuple[int, int]:
    """A content run that ends on a word whose phrase it leaves off: a preposition whose
    object is outside the run ('may be undercut by | Trump'), an article ('on | the ...')
    runs on to that phrase's end, as _to_phrase_end does; a conjunction at the end is
    dropped ('... and'). A preposition left at the end of its clause stays ('the issues he
    cared about')."""
    a, b = run
    doc = ctx.doc
    while b - a > 1 and doc[b - 1].pos_ == "CCONJ":
        b -= 1
    last = doc[b - 1]
    obj = next((c for c in last.children if c.dep_ in ("pobj", "pcomp") and c.i >= b), None) if last.pos_ == "ADP" else last.head if last.pos_ == "DET" and last.head.i >= b else None
    if obj is None:
        return a, b
    edge = obj.right_edge.i + 1
    if edge > end or edge - b > MAX_RUN_ON or any(b <= c < edge for c, _ in cues) or any(t.is_quote for t in doc[b:edge]):
        return a, b  # (nor into a quotation: 'known as | "John"')
    return a, edge


def _to_phrase_end(ctx: Context, run: tuple[int, int], cues: list[tuple[int, int]], end: int) -> tuple[int, int]:
    """A content run that stops inside a phrase it opened runs on to the phrase's end where
    that ends the sentence: the tagger's content often leaves off a last word it reads as
    something else ('that the Watch would arrive in | March.', 'will reopen by | May.'); not
    into a cue, nor past a comma, dash or conjunction (where a content may well stop), nor by
    more than MAX_RUN_ON words (on 1,500 FNC rows the longer runs as often made another
    candidate win or a junk one pass: 'has issued | arrival of ...')."""
    a, b = run
    t = ctx.tokens
    edge = min(end, max(ctx.doc[k].right_edge.i for k in range(a, b) if t.head[k] == k or not a <= t.head[k] < b) + 1)
    # up to a comma, dash or conjunction: the tagger ends a content before ', which ...',
    # an apposition or 'and encouraged ...' as PolNeAR does
    edge = next((k for k in range(b, edge) if t.punct[k] or t.dep[k] == "cc"), edge)
    if edge <= b or edge - b > MAX_RUN_ON or any(b <= c < edge for c, _ in cues) or not all(t.punct[k] or t.space[k] for k in range(edge, end)):
        return run
    return a, edge


def _own_contents(cues: list[tuple[int, int]], contents: list[tuple[int, int]], i: int, j: int) -> list[tuple[int, int]]:
    """The content runs outside cue [i, j) that no other tagged cue stands between it and:
    in '"We need change," he said, arguing that he will ...' the 'that' clause is arguing's,
    the quote said's. Where every run lies past another cue, all of them."""
    outside = [r for r in contents if r[1] <= i or r[0] >= j]
    own = [r for r in outside if not any(r[1] <= a and b <= i or j <= a and b <= r[0] for a, b in cues)]
    return own or outside


def _sources(ctx: Context, cue, run: tuple[int, int] | None) -> list[tuple]:
    """The source options for a tagged cue, for the ranker to choose from: the subject the
    parse gives its head word, the nearest span tagged as source, or none."""
    from .verbs import noun_phrase_before, purported_picture, subject_of

    doc = ctx.doc
    out = []
    subj = subject_of(cue.root) if cue.root.pos_ in ("VERB", "AUX") else None
    if subj is not None and not (cue.start <= subj.i < cue.end):
        pictured = purported_picture(cue.root)
        if pictured is not None and pictured.i == subj.i:
            out.append((noun_phrase_before(doc, subj, cue.root.head), subj.i, "parse"))  # ('A photo | purporting to show ...': the picture's own words, as verbs.reporting_verbs takes them)
        else:
            out.append((subtree_span(doc, subj, within=cue.root.sent) if subj.i != cue.root.head.i else char_span(doc, [subj]), subj.i, "parse"))
    while run is not None and run[1] - run[0] > 1 and doc[run[0]].tag_ == "POS":
        run = (run[0] + 1, run[1])  # (a run that opens on a possessive's "'s": "the WSJ | 's sources")
    if run is not None and names_someone(ctx, run):
        span = char_span(doc, doc[run[0] : run[1]])
        if span is not None and all(span != o[0] for o in out) and not (out and _a_label_before(ctx, span, out[0][0])):
            out.append((span, run_head(doc[run[0] : run[1]]).i, "tags"))
    return out or [(None, None, "none")]


def _a_label_before(ctx: Context, span: Offsets, subject: Offsets | None) -> bool:
    """The tagged span is a caption's label, right before a colon, and the verb has its own
    subject after that colon ('Attribute: Mo Jiwa put a positive spin on it, saying ...'; not
    'X said: "..." explaining that ...', whose colon is a cue's)."""
    return subject is not None and span[1] <= subject[0] and doc_text(ctx.doc)[span[1] : subject[0]].lstrip(" \t").startswith(":")


RANKED_STAGES = ("reporting_verbs", "reporting_nouns")
CUE_FLOOR = 0.02  # under this, a candidate off the word lists is not worth scoring (dev: a quarter fewer, none of the good ones lost)


def gate(ctx: Context, found: list[Finding]) -> list[Finding]:
    """Drop the ranked candidates off the word lists whose cue the tags all but rule out,
    before anyone computes their features: most verbs are not cues, and scoring them was most
    of the cost. Word-list cues stay, whatever the tags say: reported speech nested in
    another's (which PolNeAR leaves untagged) is how chains of reporting are found."""
    if ctx.tags is None:
        return found
    arr = ctx.arrays
    cue = arr.cue
    if cue is None:
        return found
    return [
        f
        for f in found
        if f.stage not in RANKED_STAGES + ("tagged",) or f.lexicon or cue[arr.cue_words(f.cue, f.cue_token)].max() >= CUE_FLOOR
    ]


def with_tagged_sources(ctx: Context, found: list[Finding]) -> list[Finding]:
    """Beside each verb and noun candidate, the same one with the nearest span the tags
    call a source (outside its cue and content), where that differs: the ranker, trained to
    count a candidate only when its source is right too, chooses between them."""
    if ctx.tags is None:
        return found
    out: list[Finding] = []
    lists = ctx.arrays.lists
    spans_by_sent: dict[int, list[tuple[int, int]]] = {}
    by_run: dict[tuple[int, int], tuple[Offsets | None, int]] = {}  # the candidates of a sentence mostly share one run
    for f in found:
        out.append(f)
        if f.stage not in RANKED_STAGES:
            continue
        s0, s1 = lists.sent_start[f.cue_token], lists.sent_end[f.cue_token]
        if s0 not in spans_by_sent:
            spans_by_sent[s0] = source_runs(ctx, s0, s1)
        c = ctx.char_span(f.content) if f.content else None
        cue = ctx.char_span(f.cue)
        clear = [
            r for r in spans_by_sent[s0]
            if not (c is not None and r[0] < c[1] and c[0] < r[1]) and not (cue is not None and r[0] < cue[1] and cue[0] < r[1])
        ]
        run = _nearest(_not_the_passive_subject(ctx, f.cue_token, clear), f.cue_token, f.cue_token + 1)
        if run is None or not names_someone(ctx, run) or not _of_the_antecedent(ctx, f, run):
            continue
        if run not in by_run:
            by_run[run] = _run_source(ctx, run)
        span, root = by_run[run]
        if span is None or (f.source is not None and span[0] < f.source[1] and f.source[0] < span[1]):
            continue
        if _a_label_before(ctx, span, f.source):
            continue
        out.append(replace(f, source=span, source_token=root, source_from="tags"))
    return out


def _of_the_antecedent(ctx: Context, f: Finding, run: tuple[int, int]) -> bool:
    """Where a relative pronoun is the cue's subject ('newspaper reports which suggested ...',
    'a man who said ...'), a tagged run names the source only within the noun phrase the
    clause hangs on, not the main clause's subject ('The council has dismissed ...'); except
    a document's, which speaks for who put it out (speakers._put_out: 'He released a letter
    ... that says': his), other than a news report's."""
    if f.source_token is None:
        return True
    rel = ctx.doc[f.source_token]
    verb = ctx.doc[f.cue_token]
    if rel.tag_ not in ("WDT", "WP") or rel.head.i != verb.i or verb.dep_ not in ("relcl", "acl"):
        return True
    noun = verb.head
    lemma = noun.lemma_.lower()
    if lemma in lexicon.grouped(SOURCE_NOUNS).get("document", frozenset()) and lemma not in lexicon.grouped(NEWS_WORKS)["report"]:
        return True  # ('He released a letter from his doctor that says ...': a document speaks for who put it out)
    return run[0] <= noun.i < run[1] or noun.left_edge.i <= run[0] < noun.i + 1


def _run_source(ctx: Context, run: tuple[int, int]) -> tuple[Offsets | None, int]:
    """A tagged source run's offsets and head token."""
    tokens = ctx.doc[run[0] : run[1]]
    return char_span(ctx.doc, tokens), run_head(tokens).i


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def run_head(span: Span) -> Token:
    """The head word of a tagged run: its parse root, unless the parser hung the run's words
    on something outside it one by one (a noun phrase it broke: 'A recent rumor | claims',
    read as one compound), where spaCy's root is the first of them, a determiner: then the
    last noun among them, as a noun phrase's head is its last noun."""
    root = span.root
    if root.pos_ in _NOMINAL:
        return root
    loose = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return next((t for t in reversed(loose) if t.pos_ in _NOMINAL), root)
