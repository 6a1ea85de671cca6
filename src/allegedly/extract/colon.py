"""Colon and dash attributions: "PENCE: We will ...", "“...” — Jane Doe"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .context import Context
from .registry import stage
from .spans import Finding, doc_ents, doc_text, posts, trim

# A speaker label opening a paragraph: "PENCE:", "Mr. SMITH:", "Jane Doe:" (at most 4 words,
# on one line: a caption line and the label under it are two labels, not one).
_LABEL = re.compile(r"(?m)^[\"“]?(?P<src>(?:[A-ZÀ-ÖØ-ÞĀ-ſ](?:[^\W\d_]|[.'’-])*[ \t]){0,3}[A-ZÀ-ÖØ-ÞĀ-ſ](?:[^\W\d_]|[.'’-])*)(?P<cue>:)[ \t]+(?P<body>\S.*)$")
# A name, a dash, then the quotation: "Jane Doe ― “...”" (reader-response round-ups).
_NAME_DASH = re.compile(r"(?m)^(?P<src>[A-Z][\w.'’-]*(?:[^\S\n][A-Z][\w.'’-]*){0,3})[^\S\n]*(?P<cue>[―—–])[^\S\n]*(?P<body>[\"“”].*)$")
# A quotation followed by a dash and a name closing the paragraph. Spaces include the no-break
# space that pages put around names in reader round-ups ("...” ― Jane Doe\u00a0").
_DASH = re.compile(r"(?P<cue>[―—–]|--|(?m:^[^\S\n]*-(?=[^\S\n]*[A-Z])))[^\S\n]*(?P<src>[A-Z][\w'’-]*(?:[^\S\n][A-Z][\w.'’-]*){0,3})[^\S\n.]*$", re.M)
_GAP = " ,\t\u00a0"

FURNITURE = "label_furniture.txt"  # "Update:", "Read more:", "Photo:": page labels, no speaker
ROLE_NOUNS = "role_nouns.txt"
SOURCE_NOUNS = "source_nouns.txt"
HEADLINE_MARKERS = "headline_markers.txt"
MEDIA_WORDS = "media_words.txt"
REPORTING_VERBS = "reporting_verbs.txt"
# a speaker label is a name, a title and name ("Mr.", "Rep."), or a role noun: nothing else
_NAME_POS = frozenset({"PROPN", "NOUN", "PUNCT"})
# an entity that a speaker label is not: a dateline's place, a people, a date, a work's title
_NOT_SPEAKER = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "LANGUAGE", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# speech: the first or second person, or a quotation opening the text
_SPEECH = re.compile(r"^[\"“‘']|\b(?:I|I'm|I’m|me|my|we|We|us|our|Our|you|You|your|Your)\b")
# the small words a title in title case keeps in lower case ("Dawn of Justice")
_TITLE_SMALL = frozenset("of the a an and or in on at for to from with v vs v. vs.".split())
_WORD = re.compile(r"[\w'’.-]+|[”\"’,;:!?()]")


@lru_cache(maxsize=1)
def _furniture() -> frozenset[str]:
    return frozenset(line.lower().replace("’", "'") for line in lexicon.lines(FURNITURE))


@lru_cache(maxsize=1)
def _speaker_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Head nouns of a person or group who speaks (role_nouns.txt, the anonymous heads of
    source_nouns.txt, headline_markers.txt's speaker group), and of a document that does
    (source_nouns.txt's document heads: "Report:", "Poll:" open a headline)."""
    groups = lexicon.grouped(SOURCE_NOUNS)
    markers = lexicon.grouped(HEADLINE_MARKERS)
    people = lexicon.words(ROLE_NOUNS) | groups.get("anonymous", frozenset()) | markers.get("speaker", frozenset())
    return frozenset(people), groups.get("document", frozenset())


def _head_in(word: str, nouns: frozenset[str]) -> bool:
    w = word.lower().rstrip(".")
    return w in nouns or (w.endswith("s") and w[:-1] in nouns) or (w.endswith("es") and w[:-2] in nouns)


def _is_furniture(label: str) -> bool:
    words = label.lower().replace("’", "'").split()
    phrases = _furniture()
    return " ".join(words) in phrases or words[0] in phrases


def _titled(body: str) -> bool:
    """The text after the colon goes on a title in title case and then a sentence in lower
    case: "Batman v Superman: Dawn of Justice opens in March", "Star Wars: The Force
    Awakens” is ...": the colon is the title's own, the part before it no speaker."""
    words = _WORD.findall(body)
    i = 0
    while i < len(words) and (words[i][0].isupper() or words[i].lower() in _TITLE_SMALL):
        i += 1
    while i and not words[i - 1][0].isupper():
        i -= 1  # the run ends on a capitalised word: "Clinton and Trump in dead heat"
    caps = sum(1 for w in words[:i] if w[0].isupper())
    # a small word inside the run; not "and", which joins two names as well as two title words
    small = any(w in _TITLE_SMALL and w not in ("and", "or") for w in words[:i])
    closed = i < len(words) and words[i] in ("”", '"', "’")
    rest = words[i + (1 if closed else 0):]
    return caps >= 2 and (small or closed) and bool(rest) and rest[0][0].islower()


@stage("colon_dash")
def colon_dash(ctx: Context) -> list[Finding]:
    text = doc_text(ctx.doc)
    out: list[Finding] = []
    labels = list(_LABEL.finditer(text))
    # an interview: a speaker (known by the last word: "KATE SMITH:", then "SMITH:")
    # taking turns, in words of the first or second person or
    # questions (the captions under a gallery repeat their labels too)
    turns: dict[str, list[str]] = {}
    for m in labels:
        if not _is_furniture(m.group("src")):
            turns.setdefault(_key(m), []).append(m.group("body"))
    spoken = sum(1 for b in turns.values() for x in b if _spoken(x))
    interview = spoken >= 2 and any(len(b) >= 2 for b in turns.values())
    for m in labels:
        in_transcript = interview and _key(m) in turns and (len(turns[_key(m)]) >= 2 or _spoken(m.group("body")))
        if _speaker_label(ctx, m, text, in_transcript):
            out.append(_finding(ctx, m, trim(text, m.start("body"), m.end("body"))))
    for m in _NAME_DASH.finditer(text):
        if _dateline(ctx.doc, m):
            continue
        out.append(_finding(ctx, m, trim(text, m.start("body"), m.end("body"))))
    for m in _DASH.finditer(text):
        quote = ctx.quote_ending_before(m.start("cue"), _GAP)
        line = text.rfind("\n", 0, m.start("cue")) + 1
        if quote is None and not text[line : m.start("cue")].strip():
            # the dash and name on a line of their own under the quotation ('"..."\n--Tom
            # Harlow'): a signature, as under a pasted post
            quote = ctx.quote_ending_before(line, _GAP + "\n")
            if quote is not None and text.rfind("\n", 0, quote[0]) + 1 != quote[0]:
                quote = None  # (a quotation that opens inside its paragraph is signed there, if at all: a byline under the story's last paragraph signs none)
        if quote is not None:
            out.append(_finding(ctx, m, quote))
    taken = {f.cue[0] for f in out}
    out += [f for f in _quoted_in_headline(ctx, text) if f.cue[0] not in taken]
    out += _via_lines(ctx, text)
    out += _posted(ctx, text)
    out += [f for f in _statement_lines(ctx, text) if f.cue[0] not in taken]
    return out


# A credit on a line of its own above the passage it relays, "Via KCTV-5:" (blog and
# aggregator style: the passage was taken from that outlet), after a label ("UPDATE: Via
# ...") if any. The source is one name of up to five words or a web address, a date after a
# comma allowed ("Via Metro.co.uk, Feb. 22, 2015:"). Not a platform ("Via Twitter: @user"
# names where, not who). (A hat tip, "H/T BuzzFeed", credits a lead, not a passage.) And
# "From CNN:", "From the BBC:" alone on their line (a review of FNC bodies, Random(11313):
# the passage under it was the writer's own), for an outlet the gazetteer lists only: "From
# left:" under a picture, "From Monday:" credit no one.
_VIA_LINE = re.compile(r"(?m)^(?:[A-Z]+:[ \t]*)?(?P<cue>Via|From)[ \t]+(?P<src>(?:[Tt]he[ \t]+)?[A-Z@][\w.&'’-]*(?:[ \t]+[-–]?[ \t]*[\w.&'’-]+){0,4}?|[a-z][\w-]*(?:\.[a-z]{2,})+)(?:,[^\n:]{1,60})?:[ \t]*\n+[ \t]*(?P<body>\S[^\n]*)")
OUTLET_WORDS = "outlet_words.txt"


def _posted(ctx: Context, text: str) -> list[Finding]:
    """An embedded post pasted as text ('NASA confirmed ... — Rob Cox (@rcox) December 20,
    2014'): its words are the poster's, a direct quotation with the dash for cue."""
    return [_finding(ctx, m, body) for body, m in posts(text) if m.group("src").strip()]


def _via_lines(ctx: Context, text: str) -> list[Finding]:
    """The passages that "Via X:" and "From X:" lines credit to X, as direct quotations of X's."""
    from ..sourcing import outlets  # (the gazetteer of names; sourcing reads what extract finds)

    out = []
    platforms = lexicon.grouped(OUTLET_WORDS).get("platform", frozenset())
    for m in _VIA_LINE.finditer(text):
        first = re.sub(r"^the\s+", "", m.group("src"), flags=re.IGNORECASE).split()[0].lower().rstrip(".,")
        if first in platforms or first.split(".")[0] in platforms:
            continue
        if m.group("cue") == "From" and outlets.lookup(m.group("src")) is None:
            continue
        out.append(_finding(ctx, m, trim(text, m.start("body"), m.end("body"))))
    return out


STATEMENT_LABELS = "statement_labels.txt"


@lru_cache(maxsize=1)
def _statement_line() -> re.Pattern[str]:
    """A statement labelled with its author where a sentence or line begins: "A statement from
    ESPN: ...", "Statement from the club:" with the words on the next line, "The official
    response from the ministry: ...", "Here is the full statement from the ministry: ..." (a
    review of FNC bodies, Random(11313)); the author one name or noun phrase of up to eight
    words."""
    nouns = "|".join(sorted((re.escape(p).replace(r"\ ", "[ \t]+") for p in lexicon.lines(STATEMENT_LABELS)), key=len, reverse=True))
    return re.compile(
        r"(?m)(?:^|(?<=[.!?”\"] ))[ \t]*(?:(?:Here|Below)(?:['’]s|[ \t]+is)[ \t]+)?(?P<cue>(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \t]+)?(?:[A-Za-z-]+[ \t]+)?(?i:" + nouns + r")[ \t]+from)"
        r"[ \t]+(?P<src>(?:[Tt]he[ \t]+)?[A-Z@][^\s:]*(?:[ \t]+[^\s:]+){0,7}?|the[ \t]+[^\s:]+(?:[ \t]+[^\s:]+){0,6}?)"
        r":[ \t]*\n*[ \t]*(?P<body>\S[^\n]*)"
    )


def _statement_lines(ctx: Context, text: str) -> list[Finding]:
    """The words a statement label credits to its author, as a direct quotation of the
    author's (the cue is the label: 'A statement from')."""
    out = []
    for m in _statement_line().finditer(text):
        src = ctx.doc.char_span(m.start("src"), m.end("src"), alignment_mode="expand")
        if src is None or any(t.pos_ in ("VERB", "AUX") for t in src):
            continue  # 'A statement from the SPCA said:': a verb's subject, the verb's to report
        out.append(_finding(ctx, m, trim(text, m.start("body"), m.end("body"))))
    return out


# A line that ends with a colon and a quotation alone: "Warren Hammers Bank Chief: ‘You Should
# Be Investigated.’", "A lesson from Loretta Lynch: ‘Be the voice that people hear.’"
_QUOTED_LINE = re.compile(r"(?m)^(?P<src>[^\n:]{3,160}?)(?P<cue>:)[ \t]+(?P<body>[\"“‘'][^\n]*[\"”’'][.!?]?)[ \t]*$")


def _quoted_in_headline(ctx: Context, text: str) -> list[Finding]:
    """A headline that gives a quotation after its colon quotes the one person it names
    before the colon (a headline's way of writing 'X said'): that person is the source.
    Not where the line names no person or more than one."""
    doc = ctx.doc
    out: list[Finding] = []
    for m in _QUOTED_LINE.finditer(text):
        label = doc.char_span(m.start("src"), m.end("src"), alignment_mode="expand")
        if label is None or len(label) > 12 or _is_furniture(m.group("src").strip()):
            continue  # a headline is short
        if any(t.pos_ in ("VERB", "AUX") and t.text[:1].islower() for t in label):
            continue  # 'Smith scolded him: “...”', 'His sister added to the paper: ...': a verb's, in running text
        people = [e for e in label.ents if e.label_ == "PERSON"]
        if len(people) != 1:
            continue
        person = people[0]
        found = _finding(ctx, m, trim(text, m.start("body"), m.end("body")))
        out.append(replace(found, source=(person.start_char, person.end_char), source_token=person.root.i))
    return out


def _speaker_label(ctx: Context, m: re.Match[str], text: str, in_transcript: bool) -> bool:
    """Whether "Label: text" opening a paragraph is someone's words. The label must be shaped
    like a name or role (no verb, adverb, preposition or determiner: not "Read More:", "The
    Gap Goes On:"), be no page label (data/label_furniture.txt), no dateline's place and no
    title whose colon is its own; then something must show a speaker: a person's name, a
    role noun opening the headline, a name the article uses for a person elsewhere, turns
    in an interview, or words in the first or second person."""
    doc = ctx.doc
    src, body = m.group("src"), m.group("body")
    span = doc.char_span(m.start("src"), m.end("src"), alignment_mode="expand")
    if len(src.rstrip(".")) == 1 or not any(c.isalpha() for c in body):
        return False  # "Q:", "A:" name no one (the speaker is in the intro); "Smith: 1,769." is a table
    if span is None or _is_furniture(src) or _titled(body) or body[0].islower():
        return False  # words said open on a capital; "Label: text in lower case" runs on a caption
    last = span[-1]
    ents = _label_ents(doc, m, last)
    named = [e for e in ents if e.label_ in ("PERSON", "ORG")]
    for t in span:
        # a name the tagger took for an adjective ("Issa") is still a name, and so is a
        # speaker's name in capitals in an interview, which the tagger reads any way at all
        if t.pos_ not in _NAME_POS and not any(e.start <= t.i < e.end for e in named) and not (in_transcript and t.text.isupper()):
            return False
    first = doc.char_span(m.start("body"), m.end("body"), alignment_mode="expand")
    if first is not None and first[0].tag_ in ("VBD", "VBN", "VBZ"):
        return False  # "Served as ...", "Celebrates ...": a profile or caption without its subject
    if any(e.label_ in _NOT_SPEAKER for e in ents) or (not named and _place(doc, last.text.lower())):
        return False
    people, documents = _speaker_nouns()
    in_title = not text[: m.start()].strip()  # the label opens the text: a headline
    if in_title and any(_head_in(last.text, nouns) for nouns in (people, documents, lexicon.words(MEDIA_WORDS))):
        return True  # the headline forms "Official: ...", "Report: ...", "Newspaper: ..."
    person = any(e.label_ == "PERSON" for e in ents)
    if person and len(span) > 1:
        return True
    if not in_transcript and first is not None and _reports_someone_else(first):
        return False  # a caption's label: "Economical: Another user said the flaw ..."
    if in_transcript or (_spoken(body) and all(t.pos_ != "NOUN" for t in span)):
        return True  # a name (not a common noun: "Lunchtime: ... you ...") and words said
    return _named_elsewhere(doc, last.text.lower(), span, in_title)


def _reports_someone_else(body: Span) -> bool:
    """The text after the label opens on a sentence that reports another's words with its
    own subject ("Another social media user said the problem ..."): narration under a
    caption's label, not the label's own words (a first or second person subject is)."""
    root = body[0].sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in lexicon.flagged(REPORTING_VERBS) or root.i < body.start:
        return False
    return any(c.dep_ == "nsubj" and c.i >= body.start and c.pos_ in ("NOUN", "PROPN") for c in root.children)


def _dateline(doc: Doc, m: re.Match[str]) -> bool:
    """"LONDON — “...” may sound like ...": a dateline's place and its dash open the story."""
    span = doc.char_span(m.start("src"), m.end("src"), alignment_mode="expand")
    if span is None or _is_furniture(m.group("src")):
        return True
    ents = _label_ents(doc, m, span[-1])
    if any(e.label_ == "PERSON" for e in ents):
        return False
    # the AP Stylebook's dateline is the place in capitals, then the dash
    return m.group("src").isupper() or any(e.label_ in _NOT_SPEAKER for e in ents) or _place(doc, span[-1].text.lower())


def _label_ents(doc: Doc, m: re.Match[str], last: Token) -> list[Span]:
    """The entities over a label's last word that end with the label: one that runs on past
    it ("WALLACE: Let's start", a WORK_OF_ART) is the recogniser misreading the label line,
    not the label's own."""
    return [e for e in doc_ents(doc) if e.start <= last.i < e.end and e.end_char <= m.end("src")]


def _key(m: re.Match[str]) -> str:
    return m.group("src").split()[-1].lower()


def _spoken(body: str) -> bool:
    """Words said: a quotation, the first or second person, or a question."""
    return _SPEECH.search(body) is not None or body.rstrip().endswith("?")


def _place(doc: Doc, word: str) -> bool:
    """The article uses this word for a place or a people ("OTTAWA: ..." is a dateline)."""
    return any(e.label_ in ("GPE", "LOC", "NORP", "FAC") and any(t.text.lower() == word for t in e) for e in doc_ents(doc))


def _named_elsewhere(doc: Doc, word: str, label: Span, in_title: bool) -> bool:
    """The article names a person by this word elsewhere, in a longer name ("Van Susteren:"
    after "Greta Van Susteren", "WALLACE:" after "Chris Wallace"); for the headline's label,
    any person or organisation the body names by it ("Politifact: ..." and "..., Politifact
    found")."""
    word = _folded(word)
    for e in doc_ents(doc):
        if e.label_ == "PERSON" and len(e) > 1 and not (e.start < label.end and label.start < e.end):
            if any(_folded(t.text) == word for t in e):
                return True  # (and 'Babić:' after 'Nenad Babic', spelt once without its accent)
        if in_title and e.label_ in ("PERSON", "ORG") and e.start >= label.end and any(_folded(t.text) == word for t in e):
            return True
    return False


def _folded(word: str) -> str:
    """The word in lower case without its accents: 'Babić' and 'Babic' are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


def _finding(ctx: Context, m: re.Match[str], content: tuple[int, int]) -> Finding:
    """A direct quote whose cue and source are the match's named groups."""
    tok = ctx.doc.char_span(m.start("cue"), m.end("cue"), alignment_mode="expand")
    return Finding(
        cue=(m.start("cue"), m.end("cue")),
        source=(m.start("src"), m.end("src")),
        content=content,
        kind="direct",
        stage="colon_dash",
        cue_token=tok.start if tok is not None else 0,
    )
