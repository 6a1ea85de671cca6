"""The cheaper ways of issue 15 (throughput) find what the slower ones found: the factored
lexicon regexes of sourcing/qualifiers.py, the outlet nouns read from the per-Doc token
lists (sourcing/outlets.py), and the tagged runs and tagged-source offsets of
extract/tagged.py."""

from __future__ import annotations

import re

import pytest

from allegedly.extract import candidates, token_tags
from allegedly.extract.context import Context, tokens_of
from allegedly.extract.spans import char_span
from allegedly.extract.tagged import _COLUMNS, RANKED_STAGES, runs, source_runs
from allegedly.sourcing import folding, outlets, qualifiers
from conftest import needs_shared

LEXICONS = [
    ("hedges", qualifiers._phrase_patterns(qualifiers.HEDGES)),
    ("evidence", qualifiers._regex_rows(qualifiers.EVIDENCE)),
]
SENTENCES = [
    "The man reportedly fled across the river, police said.",
    "Self-reportedly the crane failed; it may-be that it didn't.",
    "Harbour staff said the crane may have failed during the storm.",
    "The claims could not be independently verified by Reuters.",
    "He did not provide any evidence for the claim, and declined to elaborate.",
    "Court documents obtained by the Post show the payments, according to police records.",
    "The leaked internal memos seen by the paper revealed the plan.",
    "It is believed the fire was set; unconfirmed reports say so. The May report said nothing.",
    "Allegedly-minded readers wrote in about it, apparently.",
    "A study published in the journal Nature found no link.",
    "She said in an interview with the Kestrel Bugle that she had posted it on Twitter.",
    "Speaking to reporters at a press conference, he tweeted-out nothing on TV.",
    # case and the letters lower() and IGNORECASE read differently (sourcing/folding.py)
    "IT HAS BEEN ALLEGED that he fled. A STUDY PUBLISHED IN THE LANCET found it; Reportedly so.",
    "It is ſaid the mayor did not cite ſources; ıt is believed he left. The Kelvin sign: \u212a.",
    "In İstanbul it is alleged he did not provide any evidence, reportedly.",
]


def _plain(patterns) -> re.Pattern[str]:
    """The alternation as it was: each pattern whole, its edge checks inside each alternative."""
    return re.compile("|".join(f"(?:{p.pattern})" for _, p in patterns), re.IGNORECASE)


def _ranges(text: str):
    """The whole text, each sentence-like stretch, and each stretch cut short mid-word (a
    cue or content span may end where the next word goes on)."""
    yield 0, len(text)
    for m in re.finditer(r"[^.!?\n]+[.!?\n]*", text):
        yield m.start(), m.end()
        yield m.start(), max(m.start(), m.end() - 3)


def _same_searches(texts: list[str]) -> int:
    hits = 0
    for _, patterns in LEXICONS:
        factored, plain = qualifiers._union(patterns), _plain(patterns)
        for text in texts:
            for s, e in _ranges(text):
                got, want = factored.search(text, s, e), plain.search(text, s, e)
                assert (got and got.span()) == (want and want.span()), (text[s:e], got, want)
                assert qualifiers._find(patterns, text, s, e) == _find_each(patterns, text, s, e)
                hits += want is not None
    channels = qualifiers._channel_patterns()
    for text in texts:
        for s, e in _ranges(text):
            each = tuple((m.start(), m.end()) for pat in channels for m in pat.finditer(text, s, e))
            assert qualifiers._channel_matches(text, s, e) == each, text[s:e]
            hits += bool(each)
    return hits


def _find_each(patterns, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """_find as each pattern reads the whole range, from its start."""
    found: list[tuple[str, int, int]] = []
    for group, pat in patterns:
        for m in pat.finditer(text, start, end):
            if m.start() < m.end() and not any(m.start() < fe and fs < m.end() for _, fs, fe in found):
                found.append((group, m.start(), m.end()))
    return sorted(found, key=lambda x: x[1])


def test_the_factored_union_is_one_edge_check_around_the_alternatives():
    for name, patterns in LEXICONS:
        union = qualifiers._union(patterns).pattern
        assert union.startswith(r"(?<![\w-])(?:") and union.endswith(r")(?![\w-])"), name
        assert union.count(r"(?<![\w-])") == 1, name


def test_the_factored_union_matches_where_the_plain_alternation_does():
    """And _find and _channel_matches, which read each pattern from the union's first match
    on, find what each pattern finds reading the whole range."""
    assert _same_searches(SENTENCES) > 10  # the sentences hold hedges and evidence phrases


def test_the_factored_union_matches_where_the_plain_alternation_does_on_polnear():
    paths = sorted(needs_shared("data/polnear/dev/text").glob("*.txt"))[:20]
    assert _same_searches([p.read_text(encoding="utf-8") for p in paths]) > 50


def test_lowered_searches_keep_every_character_in_place_or_are_not_made():
    assert folding.folded("It İs ſaid") is None  # 'İ' lowers to two characters
    assert folding.folded("IT ıS ſAID") == "it is said"
    assert folding.twin(re.compile(r"(?<![\w-])(?:[A-Z]\S+ said)", re.I)).pattern == r"(?<![\w-])(?:[a-z]\S+ said)"
    assert all(folding.twin(p) is None for p in qualifiers._channel_patterns() if "(?-i:" in p.pattern)
    assert folding.twin(re.compile("said")) is None  # case-sensitive already


def test_patterns_without_the_shared_edges_are_joined_as_they_are():
    union = qualifiers._alternation([r"\bfoo\b", r"(?<![\w-])bar(?![\w-])"])
    assert union.pattern == r"(?:\bfoo\b)|(?:(?<![\w-])bar(?![\w-]))"
    assert [m.group() for m in union.finditer("foo-bar barn bar")] == ["foo", "bar"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The claim first appeared in the Rodong Sinmun newspaper on Monday.", ["the Rodong Sinmun"]),
        ("Magharebia, a US-funded news website, reported the attack.", ["Magharebia"]),
        ("Yonhap news agency said the talks had stalled.", ["Yonhap"]),
        ("The report aired on Apple TV last week.", []),
        ("Italy's La Stampa newspaper and the Workers' Party newspaper both ran it.", []),
    ],
)
def test_outlet_mentions(nlp, text, names):
    assert [m.text for m in outlets.outlet_mentions(nlp(text))] == names


def test_outlet_nouns_from_the_token_lists_are_those_of_the_tokens(nlp):
    paths = sorted(needs_shared("data/polnear/dev/text").glob("*.txt"))
    paths = [p for p in paths if re.search(r"newspaper|news agency|magazine|tabloid|station", p.read_text(encoding="utf-8"))][:8]
    nouns, qualified, medium = outlets._group("noun"), outlets._group("qualified"), outlets._group("medium")
    seen = 0
    for p in paths:
        doc = nlp(p.read_text(encoding="utf-8"))
        mods = {t.i: {c.lower_ for c in t.children if c.dep_ in ("compound", "amod", "nmod")} for t in doc}
        want = [
            t.i
            for t in doc
            if t.pos_ == "NOUN"
            and (
                t.lemma_.lower() in nouns
                or t.lemma_.lower() in qualified and mods[t.i] & medium
                or outlets._topic_site(t.lemma_.lower(), mods[t.i])
                or t.lemma_.lower() in qualified and outlets._placed(t)
            )
        ]
        assert outlets._outlet_nouns(doc, tokens_of(doc)) == want
        seen += len(want)
    assert seen > 5


def test_tagged_sources_lie_outside_their_cue_and_content_as_spacy_aligns_them(nlp):
    paths = sorted(needs_shared("data/polnear/dev/text").glob("*.txt"))[:6]
    added = 0
    for p in paths:
        doc = nlp(p.read_text(encoding="utf-8"))
        tags = token_tags(doc)
        if tags is None:
            pytest.skip("no tagger installed")
        ctx = Context.of(doc, tags)
        for f in candidates(ctx):
            if f.source_from != "tags" or f.stage not in RANKED_STAGES:
                continue
            i = f.source_token
            run = next(r for r in source_runs(ctx, doc[i].sent.start, doc[i].sent.end) if r[0] <= i < r[1])
            assert f.source == char_span(doc, doc[run[0] : run[1]]) and doc[run[0] : run[1]].root.i == i
            for offsets in (f.cue, f.content):
                span = doc.char_span(*offsets, alignment_mode="expand")
                assert not (run[0] < span.end and span.start < run[1])
            added += 1
    assert added > 5


def _runs_token_by_token(ctx, role, start, end, cut):
    """A run as the tags define it, read one token at a time."""
    b, i_ = _COLUMNS[role]
    tags, space = ctx.tags, ~(ctx.arrays.word | ctx.arrays.punct)
    out, i = [], start
    while i < end:
        if not space[i] and tags[i, b] + tags[i, i_] >= cut:
            j = i + 1
            while j < end and (space[j] or (tags[j, i_] >= cut and tags[j, i_] >= tags[j, b])):
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def test_tagged_runs_are_those_read_token_by_token(nlp):
    paths = sorted(needs_shared("data/polnear/dev/text").glob("*.txt"))[:4]
    found = 0
    for p in paths:
        doc = nlp(p.read_text(encoding="utf-8"))
        tags = token_tags(doc)
        if tags is None:
            pytest.skip("no tagger installed")
        ctx = Context.of(doc, tags)
        for sent in doc.sents:
            for role in _COLUMNS:
                for cut in (0.5, 0.3, 0.02):
                    got = runs(ctx, role, sent.start, sent.end, cut)
                    assert got == _runs_token_by_token(ctx, role, sent.start, sent.end, cut)
                    found += len(got)
    assert found > 100


def test_the_pipeline_parses_as_spacys_own_ruler_and_lemmatizer_do(nlp):
    """RulerMatch and CachedLemmas (pipeline.py) stand in for the attribute ruler's Matcher
    and the lemmatizer's per-word rules: every Doc, serialised whole (tags, parse, lemmas,
    entities), is the one spaCy's own components give."""
    import spacy

    from allegedly import misread, pipeline

    assert isinstance(nlp.get_pipe("lemmatizer"), pipeline.CachedLemmas)
    assert isinstance(nlp.get_pipe("attribute_ruler").__dict__.get("match"), pipeline.RulerMatch)
    plain = misread.add_to(pipeline.guard(spacy.load(pipeline.MODEL)))
    assert not isinstance(plain.get_pipe("lemmatizer"), pipeline.CachedLemmas)
    paths = sorted(needs_shared("data/polnear/dev/text").glob("*.txt"))[:12]
    texts = SENTENCES + [p.read_text(encoding="utf-8") for p in paths]
    for fast, slow in zip(nlp.pipe(texts), plain.pipe(texts)):
        assert [t.lemma_ for t in fast] == [t.lemma_ for t in slow]
        assert fast.to_bytes() == slow.to_bytes()


def test_the_pipeline_pickles_with_its_faster_components(nlp):
    import pickle

    again = pickle.loads(pickle.dumps(nlp))
    text = "The boats were sinking, officials said; the ferries had been withdrawn."
    assert again(text).to_bytes() == nlp(text).to_bytes()
    assert [t.lemma_ for t in again(text)][:4] == ["the", "boat", "be", "sink"]
