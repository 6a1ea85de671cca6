"""What each attribution rests on, beyond who said it: hedges and certainty, evidence,
stance (asserts, denies, or a negated report) with the claim a denial answers, and the
channel it was made in.

Runs after the attributions are final, over plain Attribution objects and the parsed Doc.
The definitions are those of docs/annotation-guideline.md:

    certainty  hedged: the text relays the claim without vouching for it (reportedly,
               allegedly, "alleged", unconfirmed, rumoured, "is said to", "is believed to");
               speculative: the claim is a possibility (could, may, might, likely, appears
               to, suggests, a conditional "if", a question) or a belief or guess of its
               source (believe, think, suspect, fear: beliefs.txt), as the cue or as the
               content's main verb ("said he believed that ..."). Speculative over hedged
               over asserted when both are present. Read on the cue's own clause and on the
               content (hedging words anywhere in it but in what another source says
               inside it, possibility words in its main clause).
    evidence   none_provided: a statement says the claim came without support, in the cue's
               sentence or in a nearby sentence about the same speaker or the same claim;
               cited: a document, record, recording or study stands behind it.
    stance     denies: the cue denies a claim; negated: the report itself is negated ("did
               not say", "declined to comment"), so the source does not assert the content.
    channel    the span that says where the claim was made: the news medium the source told
               or turned to ('told Fox News', 'took to Twitter to say'), else the channel
               phrase of the cue's sentence at the cue's own level of reported speech, nearest
               the cue; then carried to the same source's claims of the same occasion
               (_carry_channels).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache, partial
from typing import Literal

import numpy
from spacy.attrs import LEMMA, POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .. import lexicon
from ..extract import IDIOM_OBJECTS, cast_on
from ..extract.denied import denial_flags
from ..extract.senses import CIRCUMSTANCES, names_a_message, noun_kinds, showing_verbs
from ..extract.spans import POST_DASHES, doc_ents, doc_text, first_conjunct, infinitive, per_doc, signature_handle
from ..extract.verbs import CONTRASTING, hearer_read_as_subject, made_to
from ..schema import Attribution, Entity, Span
from . import folding
from .sourcetype import no_one
from .speakers import Resolver, first_names, person_nouns, pronoun_sex, sex_of, voice_nouns

HEDGES = "hedges.txt"
BELIEFS = "beliefs.txt"
EXPECTATIONS = "expectations.txt"  # 'the analyst expects the price to reach ...': speculative as a belief
EVIDENCE = "evidence.txt"
DENIALS = "denials.txt"
BODY_ANAPHORS = "body_anaphors.txt"  # 'the company', 'the group': a body the source speaks for (_own_side)
DISMISSALS = "dismissals.txt"  # 'Ignore the reports', 'Don't believe the rumours': imperatives that deny
MERE_TALK = "mere_talk.txt"  # "the theft was a rumour": talk as the whole predicate denies
CHANNELS = "channels.txt"
CLAIM_NOUNS = "claim_nouns.txt"
MESSAGE_NOUNS = "message_nouns.txt"  # 'was said to have given some good news': a telling
NEWS_WORKS = "news_works.txt"  # 'dismissed an article that claimed ...': a work that carries a claim
SOURCE_NOUNS = "source_nouns.txt"  # its "document" group: 'dismissed a memo that said ...'
PICTURE_NOUNS = "picture_nouns.txt"  # 'a video purporting to show ...': what 'purporting to' hedges
MEDIA_WORDS = "media_words.txt"
CUE_VERBS = "cue_verbs.txt"  # groups question, refusal, asking, tell, appear, reply, quoted
NO_DOUBT = "no_doubt_nouns.txt"  # nouns after "no" that deny nothing: "no doubt", "no sign"
RECORDING_NOUNS = "recording_nouns.txt"  # a recording that shows someone is where they speak
RAISING = "raising_passives.txt"  # 'said to be', 'claimed to have': a participle no one is named for
VAGUE_SOURCES = "vague_sources.txt"  # its "hearsay" and "mass" groups: 'alive despite rumours of his death'
_RANK = {"asserted": 0, "hedged": 1, "speculative": 2}
_ANAPHORIC = frozenset({"it", "this", "that", "them", "these", "those", "they", "such"})
_CONDITIONAL = frozenset({"if", "unless"})
_NOT_CONDITIONAL = frozenset({"even", "as"})  # 'even if' concedes, 'as if' compares
NEGATIVE_INVERSIONS = "negative_inversions.txt"  # 'Little did he know': a fronted negator, inverted
_MODALS = frozenset({"may", "might", "could"})
_CUE_HEAD = frozenset({"xcomp", "ccomp", "conj", "nsubj", "nsubjpass", "parataxis"})  # a cue in its head's clause
_SETS_OUT = re.compile(r"(?::\s*|,[ \t]*\n\s*)[\"'“‘]?\Z")  # a colon, or a comma closing the paragraph, before the content
_WH = re.compile(r"[\"'“‘]?\s*(?:whether|if|why|how|what|who|whom|whose|when|where|which)\b", re.IGNORECASE)
_CANNOT = re.compile(r"\s*(?:not|n['’]t|no longer|never)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset(
    ["the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "was", "were", "be", "been", "has", "have", "had", "that", "this", "it", "its", "his", "her", "their", "he", "she", "they", "who", "what", "which", "said", "says", "say", "about", "after", "over", "into", "than", "not", "no", "i", "we", "you", "will", "would", "could", "may", "might", "can"]
)
_WINDOW_BACK = 1000  # how far back a statement about a speaker's evidence reaches (characters)
_WINDOW_AHEAD = 300


_LEFT, _RIGHT = r"(?<![\w-])", r"(?![\w-])"  # a lexicon phrase's edges: no word character or hyphen beside it
_EDGES = ((_LEFT, _RIGHT), (r"\b", ""))  # the edges _alternation takes out: ours, and the \b that opens each line of channels.txt


def _cue_verbs(group: str) -> frozenset[str]:
    """Lemmas of one group of cue_verbs.txt: 'question' (ask, wonder), 'refusal' (decline),
    'asking' (what takes 'if': know, sure), 'tell', 'appear', 'reply', 'attempt'."""
    return lexicon.grouped(CUE_VERBS)[group]


def _bounded(body: str) -> re.Pattern[str]:
    return re.compile(f"{_LEFT}{body}{_RIGHT}", re.IGNORECASE)


@cache
def _phrase_patterns(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(group, pattern) for "group phrase" lines, longest phrase first."""
    rows = []
    for group, words in lexicon.grouped_phrases(name):
        body = _word(words[0]) + "".join(_after_word(w) + (_FOCUS if w in _AUXILIARIES and k + 2 < len(words) else "") for k, w in enumerate(words[1:]))
        rows.append((len(words), group, _bounded(body)))
    rows.sort(key=lambda r: -r[0])
    return tuple((g, p) for _, g, p in rows)


# a focusing or degree adverb after a phrase's copula ('it is also possible', 'it is still
# unclear whether'): the closed class of English focusing adverbs and the commonest degree
# adverbs (Quirk et al. 1985, 8.116-8.125), which leave the phrase what it was; and after
# its perfect's "has", the time adverbs the unsourced stage reads through ('it has since
# emerged', 'it had later been reported')
_AUXILIARIES = frozenset({"is", "was", "are", "were", "be", "been", "has", "had", "have"})
_FOCUS = r"(?:\s+(?:also|still|even|just|only|quite|very|entirely|certainly|now|always|equally|highly|more|most|really|since|later))?"


def _after_word(word: str) -> str:
    """A phrase's next word as a pattern, with the space before it: "is" and "has" also in
    their contracted form ("it's said", "it's been reported"), "n't" with either apostrophe."""
    if word in ("is", "has"):
        return rf"(?:\s+{word}|['’]s)"
    return r"\s+" + _word(word)


def _word(word: str) -> str:
    return re.escape(word).replace("n\\'t", "n['’]t")


@cache
def _regex_rows(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(group, pattern) for "group regex" lines, each matched on word boundaries."""
    out = []
    for line in lexicon.lines(name):
        group, body = line.split(None, 1)
        out.append((group, _bounded(f"(?:{body})")))
    return tuple(out)


@lru_cache(maxsize=1)
def _channel_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(line, re.IGNORECASE) for line in lexicon.lines(CHANNELS))


def _sentence_of(doc: Doc, char: int) -> tuple[int, int]:
    tok = doc.char_span(char, char + 1, alignment_mode="expand")
    if tok is None or not len(tok):
        return 0, len(doc.text)
    sent = tok[0].sent
    return sent.start_char, sent.end_char


_UNIONS: dict[int, tuple[object, re.Pattern[str]]] = {}
_TWINS: dict[int, tuple[object, tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str], str], ...]] | None]] = {}


def _union(patterns) -> re.Pattern[str]:
    """One regex that matches where any of the patterns does: most sentences hold none of a
    lexicon's phrases, and one search tells so instead of one search per phrase."""
    hit = _UNIONS.get(id(patterns))
    if hit is None or hit[0] is not patterns:
        hit = _UNIONS[id(patterns)] = (patterns, _alternation([p.pattern for p in _rows(patterns)]))
    return hit[1]


def _rows(patterns) -> list[re.Pattern[str]]:
    return [p for _, p in patterns] if patterns and isinstance(patterns[0], tuple) else list(patterns)


def _searchable(patterns, text: str) -> tuple[str, re.Pattern[str], tuple[tuple[str, re.Pattern[str], str], ...]]:
    """(text, union, (group, pattern, anchor) rows) to search: the lowered text with the
    patterns' case-sensitive twins and their anchors (sourcing/folding.py) where the text
    and every pattern allow it, else as given, with no anchors."""
    hit = _TWINS.get(id(patterns))
    if hit is None or hit[0] is not patterns:
        twins = [folding.twin(p) for _, p in patterns]
        pair = None
        if all(t is not None for t in twins):
            ready = [t for t in twins if t is not None]
            rows = tuple((g, t, folding.anchor(t.pattern) if not t.flags & re.VERBOSE else "") for (g, _), t in zip(patterns, ready))
            pair = (_alternation([t.pattern for t in ready], 0), rows)
        hit = _TWINS[id(patterns)] = (patterns, pair)
    low = folding.folded(text) if hit[1] is not None else None
    if low is None or hit[1] is None:
        return text, _union(patterns), tuple((g, p, "") for g, p in patterns)
    return low, hit[1][0], hit[1][1]


def _alternation(sources: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Patterns joined by '|', the word edges they all share checked once, outside the
    alternation: checked in front of each alternative, the regex engine entered every
    alternative at every character, which made the search several times slower. The same
    matches: the engine backtracks into the group as it did into each alternative."""
    for left, right in _EDGES:
        if all(s.startswith(left) and s.endswith(right) for s in sources):
            inner = "|".join(f"(?:{s[len(left) : len(s) - len(right)]})" for s in sources)
            return re.compile(f"{left}(?:{inner}){right}", flags)
    return re.compile("|".join(f"(?:{s})" for s in sources), flags)


@lru_cache(maxsize=1024)
def _channel_matches(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """(start, end) of each match of channels.txt in text[start:end], pattern by pattern:
    a cue's sentence is read for each of its attributions, and twice for each (_channel,
    _claim_channel); most sentences hold none, which one search of the union tells."""
    first = _union(_channel_patterns()).search(text, start, end)
    if first is None:
        return ()
    return tuple((m.start(), _without_full_stop(text, m.end(), end)) for pat in _channel_patterns() for m in pat.finditer(text, first.start(), end))


_INITIALS = re.compile(r"(?:\b[A-Za-z]\.)+$")


_LAST_WORD = re.compile(r"\S+$")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The words spaCy's English tokenizer keeps whole with their stop ('Inc.', 'Jr.', 'Co.')."""
    from spacy.lang.en import English

    return frozenset(k for k in English.Defaults.tokenizer_exceptions if k.endswith("."))


def _without_full_stop(text: str, e: int, end: int) -> int:
    """A name taken up to the sentence's full stop ('in a speech on Monday.', 'with NBC.')
    ends before it; the stop of initials ('the U.S.') and of an abbreviation the tokenizer
    keeps whole ('Reuters Inc.', 'King Jr.') stays."""
    if not e or text[e - 1] != "." or text[e:end].strip(" \n\"”’)") or _INITIALS.search(text, 0, e):
        return e
    word = _LAST_WORD.search(text, max(0, e - 12), e)
    return e if word is not None and word.group() in _abbreviations() else e - 1


def _find(patterns, text: str, start: int, end: int, skip: tuple[int, int] | None = None):
    """Matches of (group, pattern) in text[start:end], longest first, never overlapping,
    none wholly inside skip."""
    found: list[tuple[str, int, int]] = []
    if not patterns:
        return found
    hay, union, rows = _searchable(patterns, text)
    first = union.search(hay, start, end)
    if first is None:
        return found
    # no pattern matches before the union's first match; what a pattern looks back at
    # before it (its left edge) is read from the text as before
    for group, pat, anchor in rows:
        if anchor and hay.find(anchor, first.start(), end) == -1:
            continue
        for m in pat.finditer(hay, first.start(), end):
            s, e = m.start(), m.end()
            if s == e or (skip and skip[0] <= s and e <= skip[1]):
                continue
            if any(s < fe and fs < e for _, fs, fe in found):
                continue
            found.append((group, s, e))
    return sorted(found, key=lambda x: x[1])


def _inside(s: int, e: int, span: Span | None) -> bool:
    return span is not None and span.start <= s and e <= span.end


def qualify(doc: Doc, text: str, attributions: list[Attribution], entities: Sequence[Entity] = ()) -> None:
    """Fill hedges, certainty, evidence, stance, denies and channel in place (the speakers'
    entities, where given, say who a sentence without a claim is about)."""
    for a in attributions:
        cue = _cue_root(doc, a)
        if cue is None or a.cue is None:
            continue
        s0, s1 = _sentence_of(doc, a.cue.start)
        _stance(doc, a, cue)
        _certainty(doc, text, a, cue, s0, s1, attributions)
        _evidence_here(doc, text, a, s0, s1, attributions)
        _channel(doc, text, a, cue, attributions, s0, s1)
    _evidence_nearby(doc, text, attributions, entities)
    _spread_to_speaker(doc, text, attributions, entities)
    for a in _denied_in_content(doc, attributions) + _negated_restatements(doc, attributions):
        cue = _cue_root(doc, a)
        if cue is not None and a.cue is not None:
            _certainty(doc, text, a, cue, *_sentence_of(doc, a.cue.start), attributions)
    _link_denials(doc, text, attributions, entities)


# -- certainty -----------------------------------------------------------------------------


def _certainty(doc: Doc, text: str, a: Attribution, cue: Token, s0: int, s1: int, attributions: list[Attribution]) -> None:
    hedges = _phrase_patterns(HEDGES)
    content = (a.content.start, a.content.end) if a.content else None
    assert a.cue is not None
    # hedges in the cue's own clause, from the source to the cue ("Mussayev's claim appears
    # to suggest"), not elsewhere in the sentence
    found = [h for h in _find(hedges, text, s0, s1, skip=content) if _governed_by(doc, h, cue)]
    if cue.pos_ == "NOUN":  # a reporting noun's own adjective ('unconfirmed reports of ...')
        for mod in (c for c in cue.children if c.dep_ == "amod" and c.i < cue.i):
            found += [h for h in _find(hedges, text, mod.idx, mod.idx + len(mod.text)) if h[0] != "unsourced"]
    if a.content is not None and a.content.start > a.cue.end and _SETS_OUT.search(text, a.cue.end, a.content.start):
        # the words before a colon name what it sets out, and may hedge it ('released an
        # image purported to be of the gunman:' over the tweet it quotes)
        found += [h for h in _find(hedges, text, a.cue.end, a.content.start) if h[0] == "hedged"]  # (not a modal of its topic, "on what it could mean:")
    root: Token | None = None
    if a.content is not None:
        inner = _find(hedges, text, *content)  # type: ignore[misc]
        root = _content_root(doc, a)
        others = _others_words(a, attributions)
        # hedging words anywhere in the content ("the alleged attack", "reportedly") but in
        # what another source says inside it ('reported that police said the man had
        # apparently fled': police's hedge, not the report's); possibility words only in its
        # main clause ("she may have known"). A denial's content is the claim it denies: its
        # hedges are the claim's ('denied the alleged affair', '"They are unverified"')
        found += [
            h for h in inner
            if h[0] == "hedged" and a.stance != "denies" and not any(_inside(h[1], h[2], o) for o in others)
            or h[0] == "speculative" and root is not None and (_governed_by(doc, h, root, own_only=True) or _frames(doc, h, root)) and not _granting_may(doc, h)
        ]
        # a conditional on the claim's truth ('If true, this is disastrous') anywhere in it
        found += [
            ("speculative", s, e) for g, s, e in inner
            if g == "truth" and not any(_inside(s, e, o) for o in others) and not _conceding(text, s) and not _in_relative(doc, s, root)
        ]
        stripped = a.content.text.rstrip(" \"'”’)")
        if stripped.endswith("?") and _question_is_the_claim(doc, a, a.content.start + len(stripped) - 1, root, cue):
            q = a.content.start + len(stripped) - 1
            found.append(("speculative", q, q + 1))
        for tok in _clause_marks(doc, cue, root):
            found.append(("speculative", tok.idx, tok.idx + len(tok)))
        if root is not None and _seems(root):
            found.append(("speculative", root.idx, root.idx + len(root)))
    if (cue.lemma_.lower() in _cue_verbs("question") or cue.lemma_.lower() in _cue_verbs("asks_wh")) and a.content is not None and _WH.match(a.content.text):
        found.append(("speculative", cue.idx, cue.idx + len(cue)))  # 'asked whether ...'
    found = [h for h in found if not _inability(text, h) and not _sensed(doc, h) and not _not_a_modal(doc, h) and not _circumstance(doc, h) and not _proposal(doc, h) and not _possibility_set_aside(doc, h) and not _pretending(doc, h)]
    found = [
        h for h in found
        if not (h[1] >= a.cue.start and h[2] <= a.cue.end) or h[0] == "speculative" and h[1] == cue.idx or _adverb_in_sourced_cue(doc, a, h)
        or h[1] == cue.idx and cue.lemma_.lower() in _cue_verbs("raising")  # 'purports to show': the raising verb's own hedge
    ]
    if a.source is not None and any(c.dep_ == "agent" for c in cue.children):
        # ('was reported dead by a website': the agent's own report, not a hedge on it)
        found = [h for h in found if not (h[0] == "hedged" and h[1] < a.cue.end and a.cue.start < h[2]) or _adverb_in_sourced_cue(doc, a, h)]  # (and 'It was reported by X that'; not 'was reportedly told by')
    if a.source is None:  # "reportedly", "it has been alleged", "rumours of": the cue is the hedge
        found += [("hedged" if g == "unsourced" else g, s, e) for g, s, e in _find(hedges, text, a.cue.start, a.cue.end) if not (g == "unsourced" and _describing_participle(doc, s))]
        split = None if found else _split_phrase(doc, a.cue)
        if split is not None:
            found.append((split, a.cue.start, a.cue.end))
    elif a.source_type == "unattributed":  # 'Reports say ...', 'Media reports said ...': the vague source is the hedge
        s0, s1 = _relative_antecedent(doc, a.source.start, a.source.end)  # ('earlier rumors, which claimed ...': the rumours)
        found += [("hedged", s, e) for g, s, e in _find(hedges, text, s0, s1) if g == "unsourced"]
    found = [h for h in found if h[0] in _RANK]  # 'unsourced' words count only as the cue
    if a.source is not None and a.source_type == "outlet":
        # 'according to reports in The Sun': the reports are named, no vaguer than 'according to The Sun'
        found = [h for h in found if not (h[1] < a.source.start < h[2] <= a.source.end)]
        # ... but 'unconfirmed reports from The Sun' are still unconfirmed: a hedging word of
        # the source's own, before any clause of its (not 'The Times, which ran a story about
        # the purported comment, ...')
        own = re.search(r",|\b(?:which|who|that)\b", a.source.text)
        own_end = a.source.start + own.start() if own else a.source.end
        found += [("hedged", s, e) for g, s, e in _find(hedges, text, a.source.start, own_end)
                  if g == "hedged" and " " not in text[s:e] and not any(h[1] <= s < h[2] for h in found)]
    # a belief or guess: the cue's own ('Police believe the fire was set'), or the content's
    # main verb ('said he believed that ...'); the token that states it is the hedge
    for tok in [cue] + ([root] if root is not None and root.i != cue.i else []):
        # (the content a belief noun the cue puts out, with its clause: 'expressed fears that
        # ...', 'voiced the belief that ...': the source's belief, as 'feared that' is)
        belief = _belief(tok, clause=tok is not cue and not _belief_put_out(tok, cue))
        if belief is not None and (tok is not cue or a.content is not None):
            level, word = belief
            if not any(s <= word.idx < e for _, s, e in found):  # not again inside 'it is believed'
                found.append((level, word.idx, word.idx + len(word)))
    direct = a.content is not None and a.content.text.lstrip()[:1] in "\"“‘'"  # (the speaker's own words: 'I', not 'they')
    heard = _heard(root, direct, a.source_type == "person") if root is not None and root.i != cue.i else None
    if heard is not None and not any(s <= heard[0] < e for _, s, e in found):
        found.append(("hedged", *heard))
    guess = _guessed_source(doc, a)
    if guess is not None and not any(s <= guess.idx < e for _, s, e in found):
        found.append(("speculative", guess.idx, guess.idx + len(guess)))
    if a.source is None and not found and _raised_participle(cue):
        found.append(("hedged", cue.idx, cue.idx + len(cue)))  # 'the man, said to be a former soldier'
    spans = {(s, e) for _, s, e in found}
    # one hedge shown once: not 'If' beside 'If genuine', found by two readings
    spans = {(s, e) for s, e in spans if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2 in spans)}
    a.hedges = sorted((Span.of(text, s, e) for s, e in spans), key=lambda sp: (sp.start, sp.end))
    a.certainty = max((g for g, _, _ in found), key=lambda g: _RANK[g], default="asserted")  # type: ignore[assignment]


def _question_is_the_claim(doc: Doc, a: Attribution, at: int, root: Token | None, cue: Token) -> bool:
    """The question mark closing a claim asks the claim itself: it ends the sentence of the
    claim's main verb, every sentence of the claim is a question, the cue asks, or a later
    yes/no question asks of it; not a wh-question after a statement in a longer quotation
    ('“The Church has never been clear on this; it's all over the place. Where do mosquitoes
    go, for God's sake?”': the guideline, section 5, a later sentence does not make the whole
    quotation speculative)."""
    mark = doc.char_span(at, at + 1, alignment_mode="expand")
    if root is None or mark is None or not len(mark) or mark[0].sent.start == root.sent.start:
        return True
    if cue.lemma_.lower() in _cue_verbs("question"):
        return True  # ('"Weird question," he asked. "Was he wearing a coat?"')
    assert a.content is not None
    span = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    sentences = {t.sent.start: t.sent for t in span} if span is not None else {}
    if all(any(t.text == "?" for t in sent if a.content.start <= t.idx < a.content.end) for sent in sentences.values()):
        return True
    # a later yes/no question may ask the claim itself ('The singer is dead. Or is she?',
    # 'Can anyone confirm this?'); a later wh-question asks something else ('Where do
    # mosquitoes go, for God's sake?', 'What do you think?')
    opener = next((t for t in mark[0].sent if t.is_alpha), None)
    return opener is None or opener.tag_ not in ("WP", "WRB", "WDT", "WP$")


def _in_relative(doc: Doc, at: int, root: Token | None) -> bool:
    """The word at this offset stands in a relative clause below the content's main verb
    ('the pilot's account, which, if true, would be a serious violation'): a remark on
    what the clause's noun says, not a condition on the content."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span[0]
    while t.head.i != t.i and (root is None or t.i != root.i):
        if t.dep_ in ("relcl", "acl"):
            return True
        t = t.head
    return False


def _conceding(text: str, start: int) -> bool:
    """'even if true', 'as if true': a concession or a comparison, no condition."""
    before = text[max(0, start - 6) : start].split()
    return bool(before) and before[-1].lower() in _NOT_CONDITIONAL


def _split_phrase(doc: Doc, cue: Span) -> str | None:
    """The level of a hedging phrase the cue is with an adverb inside it ('it was incorrectly
    reported', 'it has since been claimed', 'it's widely believed': extract/unsourced.py
    reads these as 'it was reported', ...), else None."""
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return None
    words = [t.lower_ for t in span if not (t.tag_ == "RB" and t.dep_ == "advmod")]
    if len(words) == len(span):
        return None
    table = _hedge_phrases()
    for verb in ("is", "has"):  # "'s" for either
        level = table.get(tuple(verb if w in ("'s", "\u2019s") else w for w in words))
        if level is not None:
            return "hedged" if level == "unsourced" else level
    return None


def _relative_antecedent(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span of the noun phrase a relative pronoun source stands for ('earlier rumors,
    which claimed'), else the source's own span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ not in ("which", "that", "who"):
        return start, end
    noun = Resolver._antecedent(span[0])
    if noun is None:
        return start, end
    return noun.left_edge.idx, noun.idx + len(noun.text)


def _describing_participle(doc: Doc, at: int) -> bool:
    """'a man accused of theft', 'a company often accused of copying': a participle that
    describes its noun, as news names a defendant; not the finite 'has been accused of'."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    return tok is not None and tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


@cache
def _hedge_phrases() -> dict[tuple[str, ...], str]:
    return {words: group for group, words in lexicon.grouped_phrases(HEDGES)}


def _guessed_source(doc: Doc, a: Attribution) -> Token | None:
    """A source that is itself a guess or a belief ('estimates pegged the price at ...',
    'the theory holds that ...', 'suspicions grew that ...'; the nouns of beliefs.txt): what
    it says is as speculative as 'analysts estimate' or 'police suspect'."""
    if a.source is None:
        return None
    span = doc.char_span(a.source.start, a.source.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    flags = lexicon.flagged(BELIEFS)
    if head.pos_ != "NOUN" or head.lemma_.lower() not in flags or flags[head.lemma_.lower()]:
        return None  # (not a flagged verb form: 'convinced', 'believe')
    return None if _negated(head) else head


def _heard(root: Token, direct: bool = False, person: bool = False) -> tuple[int, int] | None:
    """The content's main verb says it is hearsay to the one who says it: 'I heard he's on a
    month's suspension', 'we heard the plant would close' (a clause heard, not 'I heard a
    loud bang'): the offsets of 'I heard' (or of 'heard'), else None. So is the passive of
    'tell' (the guideline, section 5: 'I was told ...'; 'she said she has been told by some
    that ...', 'was assured that ...'; cue_verbs.txt's "informed"): the offsets from its
    auxiliary; and its active with the speaker told ('they told me they're all still there';
    'officials told him ...' only where the source is a person: not '..., NT News reported',
    nor 'the lawsuit alleges ...'). The one told or hearing is the speaker: a personal pronoun,
    first person in the speaker's own words ('"They were told that ..."' quoted from a lawyer
    tells what others were told); a hearing with its subject, not 'a loud boom heard by
    residents'."""
    people = ("i", "we") if direct else ("i", "we", "he", "she")  # (not 'they': the lawyer's clients, not the lawyer)
    hearers = ("me", "us") if direct or not person else ("me", "us", "him", "her")  # (not a paper's or a lawsuit's 'told him')
    informed = root.lemma_.lower() in _cue_verbs("informed")
    told = informed and any(c.dep_ == "auxpass" for c in root.children) and any(c.dep_ == "nsubjpass" and c.lower_ in people for c in root.children)
    # 'they told me they're all still there': others telling the one who says so
    told_me = (
        next((c for c in root.children if c.dep_ in ("dobj", "dative") and c.lower_ in hearers and c.i == root.i + 1), None)
        if informed and not told and any(c.dep_ == "nsubj" and c.lower_ not in people for c in root.children)
        else None
    )
    heard = (
        root.lemma_.lower() == "hear"
        and (any(c.dep_ == "nsubj" for c in root.children) or root.dep_ == "xcomp")  # ('claims to have heard from their sources that ...')
        and (root.tag_ != "VBN" or any(c.dep_ == "aux" for c in root.children))  # (a participle 'heard' the parser gave a subject)
    )
    if not (heard or told or told_me is not None) or _negated(root) or not any(_told_clause(c) for c in root.children if c.dep_ == "ccomp" and c.i > root.i):
        return None
    if told_me is not None:
        return root.idx, told_me.idx + len(told_me.text)
    if told:
        first = min((c.i for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i), default=root.i)
        return root.doc[first].idx, root.idx + len(root.text)
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i == root.i - 1), None)
    start = subj.idx if subj is not None else root.idx
    return start, root.idx + len(root.text)


def _told_clause(clause: Token) -> bool:
    """A clause that can be told, as heard: finite, with its subject ('he's on a suspension',
    'that the plant would close'); not a thing perceived ('heard shots fired', 'heard a
    customer say ...') nor a wh-clause ('heard what sounded like an explosion')."""
    if clause.left_edge.tag_ in ("WDT", "WP", "WRB", "WP$"):
        return False
    finite = clause.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP", "VBD", "MD") for c in clause.children)
    return finite and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)  # ('the deal had collapsed' too)


def _raised_participle(cue: Token) -> bool:
    """A verb of saying or believing before its infinitive or the state it reports, no one
    named: 'said to be', 'is understood to have', 'were reported killed', 'was also reported
    dead' (raising_passives.txt)."""
    return cue.lemma_.lower() in lexicon.words(RAISING) and cue.tag_ in ("VBN", "VBD") and any(c.dep_ in ("xcomp", "oprd") and c.i > cue.i for c in cue.children)


def _others_words(a: Attribution, attributions: list[Attribution]) -> list[Span]:
    """The contents of the attributions inside a's content whose source is someone else:
    what that source says, which a's own hedges do not reach into. An unsourced cue inside
    ('the man had reportedly fled') is a hedge on a's words, and so is the same speaker's
    belief ('police said they believed ...')."""
    out = []
    for b in attributions:
        if b is a or b.cue is None or b.content is None or b.source is None or not _inside(b.cue.start, b.cue.end, a.content):
            continue
        if a.speaker and b.speaker == a.speaker:
            continue
        out.append(b.content)
    return out


def _belief_put_out(noun: Token, cue: Token) -> bool:
    """A noun the cue takes as its object, with a 'that' clause of its own ('expressed fears
    that the dam would fail')."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.i == cue.i and any(
        c.dep_ in ("acl", "ccomp") and any(k.dep_ == "mark" and k.lower_ == "that" for k in c.children) for c in noun.children
    )


_WORRY_VOICED = frozenset({"voice", "raise", "express", "share", "have", "air", "flag", "echo", "reiterate", "repeat", "cite", "prompt", "spark", "fuel", "stoke", "heighten", "renew"})  # verbs whose object is a worry held or stirred


def _belief(tok: Token, clause: bool) -> tuple[str, Token] | None:
    """The word that states a belief, suspicion or guess of the token's subject ('Police
    believe', 'she is convinced that', 'fears that'; beliefs.txt), speculative; or hedged for
    the agentless passive that relays a report ('it's believed that', as 'it is believed' of
    hedges.txt); or None: not negated ('did not believe', 'was never convinced'), not a
    speaker's own decision ('I think I'll stay'). With clause, only a verb that takes a
    clause ('said he believed that ...', not 'said they felt betrayed')."""
    flags = {**lexicon.flagged(BELIEFS), **lexicon.flagged(EXPECTATIONS)}
    word: Token | None = tok
    if tok.lemma_.lower() == "be":  # 'is convinced that', 'was convinced the striker would play'
        word = next((c for c in tok.children if c.dep_ == "acomp"), None)
    if word is None or word.lemma_.lower() not in flags or _negated(tok) or _negated(word):
        return None
    marks = flags[word.lemma_.lower()]
    passive = (
        _raised(word)
        or any(c.dep_ == "auxpass" for c in word.children)  # "it's believed", tagged as a past tense
        or word.tag_ == "VBN" and not any(c.dep_ == "nsubj" or c.dep_ == "aux" and c.lemma_ == "have" for c in word.children)
    )
    if "participle" in marks and not passive or "active" in marks and passive or "noun" in marks and word.pos_ != "NOUN":
        return None  # 'convinced the jury that ...', 'were supposed to pay', 'the case concerns a loan'
    if "noun" in marks and word.dep_ == "dobj" and word.head.lemma_.lower() not in _WORRY_VOICED:
        return None  # 'The tests confirmed concerns that ...', 'rejected concerns that ...': others' worry, acted on
    if "as" in marks and not any(c.dep_ == "prep" and c.lower_ == "as" for c in [*word.children, *(g for o in word.children if o.dep_ == "dobj" for g in o.children)]):
        return None  # 'eyeing a rapper as the militant' ('as' on the verb or its object), not 'eyed the cake'
    if "as" in marks and passive and not any(c.dep_ == "agent" for c in word.children):
        return None  # 'is regarded as the deadliest offshoot': a standing description, no one's judgement told
    if clause and (word.pos_ not in ("VERB", "AUX", "ADJ") or not any(c.dep_ in ("ccomp", "xcomp") for c in word.children)):
        return None
    if _own_decision(word):
        return None
    expected = [c for c in word.children if c.dep_ == "dobj"] + [g for c in word.children if c.dep_ in ("ccomp", "xcomp") and infinitive(c) for g in c.children if g.dep_ == "nsubj"]
    if word.lemma_.lower() in lexicon.words(EXPECTATIONS) and any(_a_person(c) for c in expected):
        return None  # 'expects pupils to wear uniforms', 'We expect our players to behave': a demand, not a belief
    if clause and any(_generic(c) for c in word.children if c.dep_ == "nsubj"):
        return None  # '"People think I changed his life," Lin said': others' belief, told
    if "reported" in marks and passive and not any(c.dep_ == "agent" for c in word.children):
        return "hedged", word
    return "speculative", word


def _a_person(noun: Token) -> bool:
    """A person or people: a personal pronoun, a name tagged a person's, or a noun WordNet files
    among people (noun_kinds.tsv)."""
    if noun.pos_ == "PRON":
        return noun.lower_ in ("you", "us", "them", "him", "her", "me", "everyone", "everybody")
    return noun.ent_type_ == "PERSON" or noun.pos_ == "NOUN" and noun_kinds().get(noun.lemma_.lower()) == "person"


def _generic(noun: Token) -> bool:
    """A bare plural noun, people in general ('People think', 'Critics believe')."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _raised(word: Token) -> bool:
    """'the man, believed to be in his forties': a passive with its infinitive, whatever the
    parser made of it (the active takes an object first: 'believed him to be')."""
    return not any(c.dep_ == "dobj" for c in word.children) and any(c.dep_ == "xcomp" and infinitive(c) for c in word.children)


_FUTURE = frozenset({"will", "'ll", "’ll", "shall"})


def _own_decision(word: Token) -> bool:
    """'I think I'll stay at home': a speaker's softened announcement of what they will do
    themselves, a future of intention (asserted), not a guess."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in word.children):
        return False
    for clause in (c for c in word.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "nsubj" and c.lower_ == "i" for c in clause.children) and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in clause.children):
            return True
    return False


def _not_a_modal(doc: Doc, hedge: tuple[str, int, int]) -> bool:
    """'in May', 'the May report': the month, not the modal; 'likely voters': a kind of
    voter, not a likelihood."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or not len(span):
        return False
    if len(span) == 1 and span[0].lower_ in ("likely", "unlikely") and span[0].dep_ == "amod" and span[0].head.pos_ == "NOUN":
        return True
    return span[0].lower_ in _MODALS and span[0].tag_ != "MD"


# the circumstances a report came in ('amid speculation'), less 'before' and 'since': the
# hedge check was written and read on FNC bodies without them, and no case for them was seen
_AMID = CIRCUMSTANCES - {"before", "since"}


def _circumstance(doc: Doc, hedge: tuple[str, int, int]) -> bool:
    """'reported that he had died, amid speculation about his health': talk named as the
    circumstance of the report, not a hedge on the claim."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    noun = span[0]
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in _AMID


_SETTING_ASIDE = frozenset({"rule", "exclude", "dismiss", "reject", "deny", "discount", "eliminate", "dispel"})  # 'ruled out the possibility that ...'


def _possibility_set_aside(doc: Doc, hedge: tuple[str, int, int]) -> bool:
    """'Police have ruled out the possibility that the fire was set', 'the possibility that
    the bridge would close had never been discussed': a possibility named to be set aside,
    or said not to have been weighed, is no guess of the source's (a review of the round's
    diff); 'have not ruled out the possibility', 'are weighing the possibility' still are."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or not span.text.lower().startswith("the possibility"):
        return False
    noun = next((t for t in span if t.lemma_.lower() == "possibility"), None)
    if noun is None:
        return False
    verb = noun.head
    negated = any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "neg" for c in verb.head.children if verb.dep_ == "xcomp")
    refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline", "fail")
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _SETTING_ASIDE:
        return not negated and not refused
    return noun.dep_ == "nsubjpass" and negated


def _pretending(doc: Doc, hedge: tuple[str, int, int]) -> bool:
    """'a man purporting to be a gas engineer', 'a website purporting to sell tickets': one
    who passes itself off as something, which the source states as a fact; 'purporting to'
    hedges only a picture's or a record's showing ('a video purporting to show ...',
    extract.verbs.purported_picture; a review of the round's diff)."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or not len(span) or span[0].lower_ != "purporting":
        return False
    noun = span[0].head
    return not (span[0].dep_ == "acl" and noun.lemma_.lower() in lexicon.words(PICTURE_NOUNS) | lexicon.grouped(SOURCE_NOUNS).get("document", frozenset()))


def _proposal(doc: Doc, hedge: tuple[str, int, int]) -> bool:
    """'she suggested that an outside auditor review the accounts': 'suggest' with a clause in
    the subjunctive (its verb in the bare form after a subject of the third person, or
    'should') proposes something to do, which is no guess about what is so (a review of FNC
    bodies, Random(12323): the proposal, and the claim it was told in, were speculative)."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lemma_.lower() != "suggest" or span[0].pos_ != "VERB":
        return False
    for clause in (c for c in span[0].children if c.dep_ == "ccomp" and c.i > span[0].i):
        subject = next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")), None)
        aux = [k for k in clause.children if k.dep_ in ("aux", "auxpass")]
        if subject is None or subject.lower_ in ("i", "you", "we", "they"):
            continue
        if any(k.lower_ == "should" for k in aux) or clause.tag_ == "VB" and not aux:
            return True
    return False


def _inability(text: str, hedge: tuple[str, int, int]) -> bool:
    """'could not', 'could no longer': an inability, not a possibility."""
    return text[hedge[1] : hedge[2]].lower() == "could" and bool(_CANNOT.match(text, hedge[2]))


def _sensed(doc: Doc, hedge: tuple[str, int, int]) -> bool:
    """'You could smell the gunpowder', 'he could see a body on the floor': the 'could' of
    a verb of perception (cue_verbs.txt's "perceive"), said of someone who was there, tells
    what they were able to sense, which is no possibility ('investors could see losses' is
    one: a thing's or a group's future, not a person's senses)."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ != "could" or span[0].dep_ != "aux":
        return False
    verb = span[0].head
    return verb.lemma_.lower() in _cue_verbs("perceive") and any(c.dep_ == "nsubj" and c.tag_ == "PRP" and c.lower_ != "it" for c in verb.children)


def _content_root(doc: Doc, a: Attribution) -> Token | None:
    """The main word of the first sentence of what a says."""
    content = a.content
    if content is None:
        return None
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0].sent
    root = _part_root(doc, span.start, min(span.end, first.end))
    if root is None:
        return None
    # a quotation resumed after its cue ('“A,” she said. “B.”') holds the cue: what it says
    # is the clause the cue's verb took before it
    if a.cue is not None and _inside(root.idx, root.idx + len(root), a.cue):
        said = [c for c in root.children if c.dep_ == "ccomp" and span.start <= c.i < root.i]
        return said[0] if said else root
    return root


def _part_root(doc: Doc, start: int, end: int) -> Token | None:
    """The main word of the tokens start..end of one sentence, the punctuation and space at
    their edges left out (a quotation's closing '.”' hangs from the sentence's verb,
    outside); None where nothing else is there."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end].root if start < end else None


def _later_roots(doc: Doc, a: Attribution) -> list[Token]:
    """The main words of the sentences of a's quotation after its first (_content_root reads
    the first): a denial may come second ('"We played well. The reports are false," the
    coach said'). Not those that ask ('Is it a fake?') nor those of what might have been."""
    if a.content is None or a.kind not in ("direct", "mixed"):
        return []
    span = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    first = span[0].sent
    out = []
    for sent in (doc[i].sent for i in range(first.end, span.end) if doc[i].is_sent_start):
        start, end = max(sent.start, span.start), min(sent.end, span.end)
        words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
        if words and (a.cue is None or not any(_inside(t.idx, t.idx + len(t), a.cue) for t in words)):
            root = _part_root(doc, start, end)  # (the quotation's part: the cue after it is the sentence's root)
            if root is not None and not _asks(root) and not any(c.dep_ == "aux" and c.lower_ in _MODALS | {"would", "should"} for c in root.children):
                out.append(root)  # (not 'the call would never have happened': what might have been)
    return out


def _contrary_to_talk(doc: Doc, a: Attribution) -> bool:
    """The claim set against what is said ('despite reports to the contrary', 'contrary to
    rumours', 'contrary to claims made online'; the hearsay nouns of vague_sources.txt), in
    the claim or in the clause of its cue: the source says the reports are wrong."""
    if a.content is None or a.cue is None:
        return False
    span = doc.char_span(min(a.content.start, a.cue.start), max(a.content.end, a.cue.end), alignment_mode="expand")
    if span is None:
        return False
    groups = lexicon.grouped(VAGUE_SOURCES)
    hearsay = groups.get("hearsay", frozenset()) | groups.get("mass", frozenset())
    for t in span:
        if t.lower_ != "contrary":
            continue
        if t.head.lower_ == "to" and t.head.head.lemma_.lower() in hearsay:
            return True  # 'reports to the contrary'
        if any(c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in hearsay for g in c.children) for c in t.children):
            return True  # 'contrary to reports'
    return False


def _no_truth_in_clause(root: Token) -> bool:
    """'There is no truth in these reports' as a sentence of its own."""
    nothing = _none_of(root)
    return nothing is not None and _no_truth_in(nothing)


def _clause_marks(doc: Doc, cue: Token, root: Token | None) -> list[Token]:
    """A conditional's 'if' on the cue or on the content's main verb, or the one whose clause
    the cue itself is ('If the mayor says the bridge is unsafe, ...', 'if it is confirmed
    that ...': nobody has said it yet); not 'even if', 'as if', nor the second 'if' of an
    indirect question ('too early to know if it works and if it lasts')."""
    clauses = [
        c for head in (cue, root) if head is not None for c in head.children
        if c.dep_ == "advcl" and not _dashed_off(c, cue) and not (_to_the_reader(c) and (head is cue or not _predicts(head)))
    ]
    if cue.dep_ == "advcl" and not any(t.tag_ in (":", "-LRB-", "-RRB-") for t in cue.doc[cue.left_edge.i : cue.i]):
        clauses.append(cue)  # (not an aside's 'if' that the parser hung on it: 'few — if any — are believed')
    return [
        m for clause in clauses for m in clause.children
        if m.dep_ == "mark" and m.lower_ in _CONDITIONAL
        and not (m.i > 0 and m.nbor(-1).lower_ in _NOT_CONDITIONAL)
        and not _indirect_question(m)
    ]




def _seems(root: Token) -> bool:
    """The content's main verb is 'seem' or 'appear' with the state as its complement ('the
    aircraft appeared unusable', 'the two seemed close'): how it looked, as 'appeared to be'
    is (hedges.txt), where the hedge phrases have no 'to'. Not 'appeared on television', nor
    an opinion put as 'it seems silly that ...' or 'that seems unfair'."""
    return (
        root.lemma_.lower() in _cue_verbs("raising")
        and any(c.dep_ in ("acomp", "attr", "oprd") for c in root.children)
        and not any(c.dep_ == "neg" or c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "that", "this", "which") for c in root.children)
    )


def _to_the_reader(clause: Token) -> bool:
    """A condition put to 'you': on the saying ('If you missed it, the notice said: ...'), or
    on a claim that predicts nothing ('"They have night cameras if you need them," said
    Jones'), the reader's or anyone's circumstance, on which the claim's truth does not hang
    (_clause_marks; 'if you vote for him, taxes will rise' stays a prediction under a
    condition, the guideline's section 5)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "you" for c in clause.children)


def _predicts(verb: Token) -> bool:
    """The verb carries a modal ('will rise', 'could cost', 'would bring')."""
    return verb.tag_ == "MD" or any(c.tag_ == "MD" for c in verb.children)


def _dashed_off(clause: Token, cue: Token) -> bool:
    """A clause before the cue that a dash cuts off from it ('If the story is true — Smith
    told the paper that ... — it would ...'): the report is an aside set into the
    conditional sentence, which the parser hung on the cue, and is not itself conditional."""
    doc = cue.doc
    if clause.i > cue.i:
        return False
    # a dash set off by spaces, not a hyphen inside a word ('the London-based analyst')
    return any(t.text in POST_DASHES and t.tag_ != "HYPH" and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_ for t in doc[clause.right_edge.i + 1 : cue.i])


def _indirect_question(mark: Token) -> bool:
    """'too early to know if it works', 'asked if', and the 'if' that repeats one of them
    after 'and'/'or' ('know if X and if Y'): a question put as a complement, whatever head
    the parser gave its clause."""
    if mark.i == 0:
        return False
    before = mark.nbor(-1)
    if before.lemma_.lower() in _cue_verbs("asking"):
        return True
    return before.lower_ in ("and", "or") and any(
        t.lower_ in ("if", "whether") and t.i > 0 and t.nbor(-1).lemma_.lower() in _cue_verbs("asking") for t in mark.sent if t.i < mark.i
    )


def _governed_by(doc: Doc, hedge: tuple[str, int, int], cue: Token, own_only: bool = False) -> bool:
    """Whether a hedge belongs to the cue's own clause: the first verb above it (or it
    itself) is the cue, or the verb the cue depends on ("claim appears to suggest")."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span.start <= cue.i < span.end:
        return True
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ == "AUX" and tok.dep_ in ("aux", "auxpass") and tok.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
        tok = tok.head  # 'may' hangs from its verb
    if own_only:  # the content's main verb, or one coordinated with it ('fled and probably drowned'),
        # or, for an adverb, an infinitive of its with no subject of its own ('called a meeting,
        # possibly to discuss ...'; not 'declined to comment on speculation')
        adverb = span.root.pos_ == "ADV"
        while tok.i != cue.i and tok.head.i != tok.i and (tok.dep_ == "conj" or adverb and tok.dep_ in ("advcl", "xcomp") and infinitive(tok) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            tok = tok.head
        return tok.i == cue.i
    # the verb the cue depends on, when the cue is in its clause ('claim appears to suggest',
    # 'reportedly met and said'), not 'the speculation was prompted after X declared'
    if tok.i == cue.head.i and cue.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False  # a second clause with its own subject ('X reportedly left, and fans said ...')
    return tok.i == cue.i or tok.i == cue.head.i and (cue.dep_ in _CUE_HEAD or _infinitive_of(cue))


def _frames(doc: Doc, hedge: tuple[str, int, int], root: Token) -> bool:
    """A hedging noun phrase that frames the claim with a clause of its own ('it was a
    distinct possibility | that the dam would fail', read with the extraposed clause as the
    root; 'called it a possibility | that ...')."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or not len(span) or span.root.pos_ != "NOUN":
        return False
    noun = span.root
    if noun.dep_ not in ("attr", "oprd"):
        return False  # what the claim is said to be ('it was a possibility', 'called it a possibility'), not 'ruled out a possibility that ...'
    return any(t.i == root.i for t in noun.subtree if not span.start <= t.i < span.end) or any(c.dep_ in ("acl", "ccomp") and c.i > noun.i for c in noun.children)


def _granting_may(doc: Doc, hedge: tuple[str, int, int]) -> bool:
    """'She may be young, but she has taken up the key posts': 'may be' granting a point
    that a 'but' clause then sets aside (concessive may; Quirk et al. 4.57) doubts nothing."""
    span = doc.char_span(hedge[1], hedge[2], alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].lower_ != "may" or span[0].dep_ != "aux":
        return False
    verb = span[0].head  # a quality granted: 'may be young', not 'may have sunk, but ...'
    if verb.lemma_ != "be" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.children) and any(c.dep_ == "conj" and c.i > span[0].i for c in verb.children)


def _infinitive_of(cue: Token) -> bool:
    """A cue the parser hung as an adverbial infinitive of the hedged verb ('reportedly went on
    to admit'): in the same clause, as an xcomp would be."""
    return cue.dep_ == "advcl" and infinitive(cue)


# -- evidence ------------------------------------------------------------------------------


def _evidence_here(doc: Doc, text: str, a: Attribution, s0: int, s1: int, attributions: Sequence[Attribution] = ()) -> None:
    """A statement in the cue's sentence (and its line: a headline or caption above it is
    no part of it), outside what the source says; a source that is
    itself a document or record ('court papers show', 'the ad states', 'a database shows')
    cites it (docs/annotation-guideline.md, section 6: cited when the source_type is
    document). A record named inside an unsourced claim is what is claimed, not its support
    ('The tape allegedly contains audio captured during a video chat'); nor is the record
    that is the source of a report this one is told inside ('According to a report from the
    Mirror, the singer tore up the contract, saying ...': the report's, not the singer's)."""
    assert a.cue is not None
    s0 = max(s0, text.rfind("\n", s0, a.cue.start) + 1)
    line_end = text.find("\n", a.cue.end, s1)
    s1 = s1 if line_end < 0 else line_end
    matches = _find(_regex_rows(EVIDENCE), text, s0, s1)
    found = [
        g for g, s, e in matches
        if g == "cited" and not _news_source(a, text, s, e) and not (a.source is None and _inside(s, e, a.content))
        or g != "cited" and (not _inside(s, e, a.content) or _conceded(text, a.content, s, a.source_type)) and not _earlier_claims(doc, a, s, e)
        and not _someone_elses(doc, text, a, s, e) and not _refusal_after_the_claim(text, a, s) and not _checks_another_claim(doc, a, s, e)
    ]
    if "cited" in found and any(
        b is not a and b.source is not None and b.content is not None and _inside(a.cue.start, a.cue.end, b.content)
        and any(g == "cited" and s < b.source.end and e > b.source.start for g, s, e in matches)
        for b in attributions
    ):
        found = [g for g in found if g != "cited"]
    if "none_provided" in found or "none_checked" in found:  # (a record or claim someone could not check: 'but Reuters could not verify the report')
        a.evidence = "none_provided"
    elif "cited" in found or a.source_type == "document" or _own_check(doc, a):
        a.evidence = "cited"


def _own_check(doc: Doc, a: Attribution) -> bool:
    """A finding the source reached by a check of its own, the two verbs joined with one
    subject: 'The ministry investigated the reports through surveillance networks ... and
    found that there were no cases', 'Police examined the footage and concluded ...'
    (cue_verbs.txt's inquiry and finding groups); not in the passive ('the men were
    investigated and found to be members': what was found of them)."""
    assert a.cue is not None
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    if cue is None or not len(cue):
        return False
    verb = cue.root
    if verb.lemma_.lower() not in _cue_verbs("finding") or verb.dep_ != "conj" or verb.head.lemma_.lower() not in _cue_verbs("inquiry"):
        return False
    check = verb.head
    if any(c.dep_ in ("prt", "prep") and c.lower_ in ("in", "into", "out") for c in check.children):
        return False  # ('checked into the hotel and found that ...': no check of anything)
    return not any(c.dep_ in ("auxpass", "nsubjpass") for c in (*check.children, *verb.children))


def _someone_elses(doc: Doc, text: str, a: Attribution, s: int, e: int) -> bool:
    """A statement in a clause of its own joined to the cue's by 'and', with a subject of its
    own: 'Reuters was not able to verify the report and Central Command said ...' is the
    writer's note on the claim before, not on Central Command's."""
    if a.cue is None or e > a.cue.start:
        return False
    verb = _statement_verb(doc, s, e)
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    if verb is None or cue is None or not len(cue):
        return False
    said = cue.root
    if not (said.dep_ == "conj" and said.head.i == verb.i):
        return False
    subjects = [c for t in (verb, said) for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return len(subjects) == 2 and subjects[0].lower_ != subjects[1].lower_


def _news_source(a: Attribution, text: str, s: int, e: int) -> bool:
    """A report that is the source itself, when the source is no document: 'a report from Sky
    News' is the outlet's news, 'reports' alone hearsay, 'a new report' an unnamed outlet's;
    no record stands behind them (footage or figures, whatever their type, still do)."""
    if a.source is None or not (a.source.start < e and s < a.source.end):
        return False
    if a.source_type in ("outlet", "unattributed"):
        return True
    return a.source_type == "anonymous" and bool(_NEWS_WORK.search(text, s, e))


_NEWS_WORK = re.compile(r"\b(?:reports?|articles?|stor(?:y|ies))\b", re.IGNORECASE)


_CONCESSIVE = re.compile(r",?\s+(?:although|though|even though|but|while|yet)\s", re.IGNORECASE)


def _conceded(text: str, content: Span | None, at: int, source_type: str = "") -> bool:
    """'reported that militants have the virus, although officials have yet to confirm the
    reports': a statement on evidence after a concessive conjunction inside the content is
    the article's note on the claim (a span that ran on past the claim), not the source's
    own words; it names the claim it speaks of ('the reports', 'the claims'), or it is the
    source's own refusal by the pronoun that fits it ('police confirmed ..., though they have
    declined to provide any more information'; not the 'he' of a man police arrested)."""
    if content is None:
        return False
    if at > content.start and _WITHOUT_PROOF.match(text, at) and text[content.start : at].rstrip().endswith(","):
        rest = text[at : content.end].rstrip(" .")
        if any(g == "none_provided" and p.fullmatch(rest) for g, p in _regex_rows(EVIDENCE)):
            return True  # '... said the mayor owned three yachts, without offering any proof': the article's note that closes the claim
    tail = text[content.start : at]
    marks = list(_CONCESSIVE.finditer(tail))
    if not marks:
        return False
    mark = marks[-1]
    if _refusal_fits(text, content.start + mark.end(), at, source_type):
        return True  # '..., though they have declined to provide any more information': the source's refusal, by its pronoun
    return bool(re.search(rf"\b(?:the|these|those|this|such) (?:{_claim_alternation()})s?\b", text[content.start + mark.end() : content.end], re.IGNORECASE))


def _refusal_after_the_claim(text: str, a: Attribution, at: int) -> bool:
    """'Police said a man had been arrested, though he has declined to provide any more
    information': a refusal in the concession after the claim by a pronoun that does not fit
    the source is the refusal of someone the claim is about, no note on its evidence (the
    claim stops before the concession: extract.verbs.trailing_concession)."""
    if a.content is None or at < a.content.end:
        return False
    mark = _CONCESSIVE.match(text, a.content.end, at)
    return mark is not None and _refusal_fits(text, mark.end(), at, a.source_type) is False


def _refusal_fits(text: str, start: int, at: int, source_type: str) -> bool | None:
    """A refusal at `at` by the bare pronoun between start and it ('though they have |
    declined to ...'): whether that pronoun fits the source ('he' or 'she' for a person);
    None where no such refusal stands there."""
    refused = _REFUSED.fullmatch(text, start, at)
    if refused is None or not _REFUSAL.match(text, at):
        return None
    return (refused.group(1).lower() in ("he", "she")) == (source_type == "person")


_WITHOUT_PROOF = re.compile(r"\s*without\b", re.IGNORECASE)  # the 'without offering proof' evidence.txt names, after the claim's comma
_REFUSED = re.compile(r"\s*(they|he|she|it)\s+(?:(?:have|has|had)\s+)?", re.IGNORECASE)  # the source, by its pronoun
_REFUSAL = re.compile(r"(?:declined|refused|would not|wouldn['’]t)\b", re.IGNORECASE)


@cache
def _claim_alternation() -> str:
    return "|".join(sorted(lexicon.words(CLAIM_NOUNS), key=len, reverse=True))


def _statement_subject(doc: Doc, s: int, e: int) -> Token | None:
    """The subject of the clause a statement on evidence stands in ('The reports are
    currently unconfirmed', 'The image remains unconfirmed'), or None."""
    verb = _statement_verb(doc, s, e)
    return None if verb is None else next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _statement_verb(doc: Doc, s: int, e: int) -> Token | None:
    """The verb of the clause the words s..e stand in, or None."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _claim_subject(doc: Doc, s: int, e: int) -> Token | None:
    """The subject of a statement on evidence when it is a claim named by a definite noun
    ('The reports are currently unconfirmed', 'the claims are unverifiable'), else None."""
    c = _statement_subject(doc, s, e)
    if c is not None and c.lemma_.lower() in lexicon.words(CLAIM_NOUNS):
        if any(d.dep_ in ("det", "poss") and d.lower_ in _DEFINITE for d in c.children):
            return c
    return None


def _own_content(subject: Token | None) -> bool:
    """'Rumours that X remain unconfirmed': a subject that states its own claim speaks of
    that one, not of the claims before it."""
    return subject is not None and any(c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX") for c in subject.children)


def _names_this(subject: Token | None, b: Attribution, lemma: str) -> bool:
    """Whether the statement's subject names b: its noun is b's cue ('the reports' for
    'reported') or stands in b's source ('The image remains unconfirmed' for 'The image
    showed')."""
    if subject is None:
        return False
    noun = subject.lemma_.lower()
    return noun == lemma or b.source is not None and noun in (w.lower() for w in _WORD.findall(b.source.text))


def _earlier_claims(doc: Doc, a: Attribution, s: int, e: int) -> bool:
    """'The reports are currently unconfirmed, but the WHO says that it is investigating':
    a statement before the cue, in a clause of its own that names claims by a definite noun,
    speaks of the claims before it (_evidence_nearby), not of the WHO's."""
    assert a.cue is not None
    return e <= a.cue.start and not _inside(s, e, a.content) and _claim_subject(doc, s, e) is not None


def _evidence_nearby(doc: Doc, text: str, attributions: list[Attribution], entities: Sequence[Entity] = ()) -> None:
    """'The claims could not be independently verified.' / 'He did not provide evidence.':
    a sentence about evidence that holds no attribution of its own speaks of the claims just
    before it: those whose source it names (or whose speaker: 'Dylan has not produced
    records' for 'he says' of Dylan Maxwell's), or, when its subject is a pronoun or 'the
    claim', the nearest one. Statements inside some attribution's content are that
    source's words and count for nobody, but for a record or claim before them that they say
    could not be checked (_unchecked_by_another)."""
    people = {e.id: {w for w in _WORD.findall(e.name) if w[:1].isupper()} for e in entities if e.type == "person"}
    cued = [a for a in attributions if a.cue is not None]
    for group, s, e in _find(_regex_rows(EVIDENCE), text, 0, len(text)):
        if group not in ("none_provided", "none_checked"):
            continue
        holders = [a for a in cued if _inside(s, e, a.content)]
        if holders:
            _unchecked_by_another(doc, s, e, [a for a in cued if a not in holders])
            continue
        s0, s1 = _sentence_of(doc, s)
        claim = _claim_subject(doc, s, e)
        subject = _statement_subject(doc, s, e)
        if _own_content(subject):
            continue
        if any(s0 <= a.cue.start < s1 and (claim is None or a.cue.start < e) and not _someone_elses(doc, text, a, s, e) and not _unmade_check(doc, a, s, e) for a in cued):  # type: ignore[union-attr]
            continue  # handled in the sentence itself
        near = [a for a in cued if s0 - _WINDOW_BACK <= a.cue.start < s0]  # type: ignore[union-attr]
        if not near:
            continue
        # what the sentence names, within reach ('The ISIS statement could not be verified'
        # for the statement's claims); the rest only in the same paragraph and the one before
        # it (the guideline, section 6)
        reach = _paragraph_before(text, s0)
        before = [a for a in near if a.cue.start >= reach]  # type: ignore[union-attr]
        sentence = text[s0:s1]
        named = [a for a in near if a.source is not None and _head_word(a.source.text) and re.search(rf"\b{re.escape(_head_word(a.source.text))}\b", sentence)]
        if subject is not None and subject.pos_ == "PROPN":
            named += [a for a in near if a not in named and a.speaker in people and subject.text in people[a.speaker]]
        named = named or [a for a in before if _same_description(doc, subject, a)]
        if named:
            # (and what its noun names: 'The ISIS statement' for 'the statement said')
            targets = [b for b in near if any(b.speaker and b.speaker == n.speaker or b is n for n in named) or _names_this(subject, b, _cue_lemma(doc, b))]
        elif _subject_refers_back(doc, s0, s1):
            # 'the reports are unconfirmed': first the nearest claim its noun names ('reported',
            # 'claims'; 'the image' for 'the image showed'), not a remark made after it
            nouns = [b for b in near if _names_this(subject, b, _cue_lemma(doc, b))]
            if not nouns and not before:
                continue
            last = max(nouns or before, key=lambda b: b.cue.start)  # type: ignore[union-attr]
            # (every claim it names: 'The ISIS statement could not be verified' for each thing
            # 'the statement said' and 'further claimed')
            targets = [b for b in near if b is last or b in nouns or (last.speaker and b.speaker == last.speaker and b in before)]
        elif (checked := _checked_thing(doc, s, e)) is not None and checked.pos_ == "NOUN":
            # 'The hospital hasn't confirmed the birth': the claims within reach whose content
            # the unchecked thing's noun names by its stem ('gave birth', 'the mayor resigned'
            # for 'the resignation'), as a source it names is
            targets = [b for b in near if _content_names(doc, b, checked)]
        else:
            targets = []
        # (and the claims they pass on: 'A farmer says he filmed the cat, his lawyer told the
        # Courier. The Courier cannot verify the footage.' leaves the farmer's unchecked too)
        targets += [c for b in targets for c in cued if c not in targets and c.stance == "asserts" and _inside(c.cue.start, c.cue.end, b.content)]  # type: ignore[union-attr]
        for b in targets:
            b.evidence = "none_provided"


def _content_names(doc: Doc, b: Attribution, noun: Token) -> bool:
    """Whether b is a claim whose content holds a verb or noun of the noun's stem ('closure'
    in 'the plant would close', 'resignation' in 'he resigned'): the same word, or all of
    the shorter word's letters but its last where it has five or more ('sign' is no stem of
    'signature'). A claim only: a denial that names the report ('cast doubt on the reports
    of her death') is not what went unchecked."""
    if b.stance != "asserts":
        return False
    span = doc.char_span(b.content.start, b.content.end, alignment_mode="expand") if b.content is not None else None
    if span is None:
        return False
    word = noun.lemma_.lower()
    for t in span:
        if t.pos_ not in ("NOUN", "VERB") or t.is_stop:
            continue
        other = t.lemma_.lower()
        shared = len(os.path.commonprefix([word, other]))
        if min(len(word), len(other)) >= 5 and shared >= min(len(word), len(other)) - 1 or word == other:
            return True
    return False


def _unchecked_by_another(doc: Doc, s: int, e: int, others: list[Attribution]) -> None:
    """'A video shows soldiers looting the bank. A spokesman said the government had seen the
    video but could not confirm its accuracy': a source saying it could not check what an
    earlier attribution rests on (the video, the recording, the claims; 'its' for the record
    just before) leaves that attribution none_provided (the guideline, section 6: any
    attribution whose content the statement names). The source's own claim keeps its own."""
    checked = _checked_thing(doc, s, e)
    if checked is None:
        return
    s0, _ = _sentence_of(doc, s)
    near = [b for b in others if s0 - _WINDOW_BACK <= b.cue.start < s0]  # type: ignore[union-attr]
    if checked.pos_ == "PRON":
        records = [b for b in near if b.source_type == "document"]
        targets = records[-1:]  # 'its accuracy': the record named last
    else:
        # (or what the claim says, by its stem: 'Zoo officials said they have not confirmed
        # any escape' after 'Reports that a tiger escaped')
        targets = [b for b in near if _names_this(checked, b, _cue_lemma(doc, b)) or checked.pos_ == "NOUN" and _content_names(doc, b, checked)]
    for b in targets:
        b.evidence = "none_provided"


def _checked_thing(doc: Doc, s: int, e: int) -> Token | None:
    """What a statement of evidence says could not be checked: the object of 'confirm' or
    'verify' in it, or whose truth it was ('its accuracy': 'its'; 'the authenticity of the
    tape': 'tape')."""
    span = doc.char_span(s, e, alignment_mode="expand")
    verb = next((t for t in span if t.lemma_.lower() in _CHECKING), None) if span is not None else None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    if obj is not None and obj.lemma_.lower() in lexicon.words(CLAIM_ATTRIBUTES):
        obj = next((c for c in obj.children if c.dep_ == "poss"), None) or next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    return obj


def _unmade_check(doc: Doc, a: Attribution, s: int, e: int) -> bool:
    """The statement itself read as a report, a check its agent did not make ('The video's
    authenticity has not been independently confirmed by the BBC', 'The Herald has not been
    able to confirm the claim'): it says nothing of its own, and the claims before it are
    what was not checked."""
    root = _cue_root(doc, a)
    if root is None or not s <= root.idx < e:
        return False
    if any(c.dep_ == "agent" for c in root.children):
        return True
    # (its object names what went unchecked, and no claim of its own: 'the claim', 'the video')
    said = doc.char_span(a.content.start, a.content.end, alignment_mode="expand") if a.content is not None else None
    return said is not None and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in said)  # ('the planned closure')


def _same_description(doc: Doc, subject: Token | None, a: Attribution) -> bool:
    """The statement's subject is a definite description of a's unnamed source: 'The
    official would offer no further details' after '..., one official said'."""
    if subject is None or subject.pos_ != "NOUN" or a.source is None or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in subject.children):
        return False
    src = doc.char_span(a.source.start, a.source.end, alignment_mode="expand")
    return src is not None and src.root.pos_ == "NOUN" and src.root.lemma_.lower() == subject.lemma_.lower()


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph (the line) holding offset `at` begins."""
    return text.rfind("\n", 0, at) + 1


def _paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before the one holding offset `at` begins (blank lines between two
    paragraphs are no paragraph): how far back 'the same paragraph and the one before' reach."""
    j = _paragraph_start(text, at)
    while j > 0 and text[j - 1] in "\n \t":
        j -= 1
    return _paragraph_start(text, j) if j > 0 else 0


def _cue_root(doc: Doc, a: Attribution) -> Token | None:
    """The head word of a's cue in the parse, None where the cue matches no token; for a cue
    that is an auxiliary alone ('have' tagged where 'have denied' is meant), its verb; for a
    verb of trying over a denial ('sought to dismiss', 'tried to pour cold water on'), that."""
    span = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand") if a.cue is not None else None
    if span is None or not len(span):
        return None
    root = span.root
    if root.dep_ in ("aux", "auxpass") and root.head.i > root.i and root.head.pos_ in ("VERB", "AUX"):
        return root.head
    if root.lemma_.lower() in _cue_verbs("attempt"):
        # 'sought to dismiss the report': what was tried, where it denies
        tried = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if tried is not None and tried.lemma_.lower() in lexicon.flagged(DENIALS) and not any(c.dep_ == "neg" for c in tried.children):
            return tried
    return root


def _cue_lemma(doc: Doc, a: Attribution) -> str:
    root = _cue_root(doc, a)
    return root.lemma_.lower() if root is not None else ""


def _head_word(name: str) -> str:
    """A source's last capitalised word ('Voss' of 'Carla Voss'), not a capitalised
    determiner ('The' of 'The navy', which would name every source that opens a sentence)."""
    words = [w for w in _WORD.findall(name) if w[0].isupper() and w.lower() not in _STOP]
    return words[-1] if words else ""


CLAIM_ATTRIBUTES = "claim_attributes.txt"  # 'the authenticity of', 'the existence of': the claim's
_CHECKING = frozenset({"verify", "confirm", "corroborate", "substantiate"})  # the verbs of evidence.txt's verification rows


def _subject_refers_back(doc: Doc, s0: int, s1: int) -> bool:
    span = doc.char_span(s0, s1, alignment_mode="expand")
    if span is None:
        return False
    # a claim, or a document that made one ('The memo could not be verified')
    claim_nouns = _claim_or_record_nouns()
    # what the writer could not check: 'The Courier was not able to verify the report'
    if any(_checked_back(tok) for tok in span):
        return True  # (and 'CNN cannot verify the authenticity of the tape')
    for tok in span:
        if tok.dep_ in ("nsubj", "nsubjpass"):
            if tok.pos_ == "PRON" or tok.lemma_.lower() in claim_nouns or tok.lower_ in _ANAPHORIC:
                return True
            if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
                return True  # 'Its authenticity could not be verified': of what was just shown or said
            if _attribute_of_a_claim(tok):
                return True  # 'The authenticity of the video could not be verified', 'The video's authenticity ...'
            if any(c.lower_ in ("the", "this", "that", "these", "those", "his", "her", "their") for c in tok.children):
                return tok.lemma_.lower() in claim_nouns
    # "No evidence was given." / "There was no proof."
    return span[0].lower_ in ("no", "there", "none")


def _claim_or_record_nouns() -> frozenset[str]:
    """A claim, or a document that made one ('The memo could not be verified')."""
    return lexicon.words(CLAIM_NOUNS) | lexicon.grouped("source_nouns.txt")["document"]


def _checked_back(tok: Token) -> bool:
    """The object of a check that points back to a claim already told: 'could not verify
    it', 'has not been able to confirm this', 'could not verify the report', 'cannot verify
    the authenticity of the tape'."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _CHECKING:
        return False
    if tok.pos_ == "PRON" or tok.lower_ in _ANAPHORIC or _attribute_of_a_claim(tok):
        return True
    return any(c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children) and tok.lemma_.lower() in _claim_or_record_nouns()


def _checks_another_claim(doc: Doc, a: Attribution, s: int, e: int) -> bool:
    """A check in a's sentence whose object points back to some other claim: before a's cue
    ('has not been able to confirm this but has offered ...'), or after it by a noun with
    words of its own ('said the ministry was aware she was fighting, but has not been able
    to confirm the kidnapping rumors', 'the authenticity of the tape'). Not a's: 'it', 'the
    claim' or a noun for a's cue after it ('reported that ..., although engineers have yet to
    confirm the reports')."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or a.cue is None:
        return False
    lemma = _cue_lemma(doc, a)
    for c in (c for t in span if t.lemma_.lower() in _CHECKING for c in t.children):
        if not _checked_back(c) or c.lower_ == "it" or _names_this(c, a, lemma):
            continue
        if e <= a.cue.start or any(k.dep_ in ("amod", "compound", "prep", "nmod") for k in c.children):
            return True
    return False


def _attribute_of_a_claim(tok: Token) -> bool:
    """A claim's or a record's truth named by its attribute (claim_attributes.txt) with
    whose it is: 'the authenticity of the video', 'the video's authenticity'."""
    return tok.lemma_.lower() in lexicon.words(CLAIM_ATTRIBUTES) and any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "poss" for c in tok.children)


# -- stance --------------------------------------------------------------------------------


def _stance(doc: Doc, a: Attribution, cue: Token) -> None:
    if a.kind == "according_to":
        return
    if _negated(cue) or _withheld(cue) or _nobody(doc, a) or _nothing(cue):
        a.stance = "negated"
        return
    flags = denial_flags(cue) & _CUE_FLAGS
    if not flags:
        if _verdict(cue) or _message_denying(cue):
            a.stance = "denies"
        return
    if "always" in flags or _takes_a_claim(doc, a, cue) or _verdict(cue):
        a.stance = "denies"


def _message_denying(cue: Token) -> bool:
    """'issued a statement denying reports that ...', 'wrote a post dismissing the rumour':
    what was put out is a message (senses.message_nouns) that a denial participle describes,
    with the claim it denies (denials.txt)."""
    for obj in (c for c in cue.children if c.dep_ == "dobj" and names_a_message(c)):
        for part in (c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBG"):
            if denial_flags(part) & _CUE_FLAGS and any(k.dep_ == "ccomp" or k.dep_ == "dobj" and _is_claim_word(k) for k in part.children):
                return True  # (a claim it takes: not 'a notice denying visas to the journalists')
    return False


_CUE_FLAGS = frozenset({"always", "claim"})
_FALSE = frozenset({"falsity", "unlinked", "misreport"})


def _adverb_in_sourced_cue(doc: Doc, a: Attribution, h: tuple[str, int, int]) -> bool:
    """A hedging adverb that the cue took in as it widened ('has reportedly accused', 'was
    allegedly told'): with a source named, it hedges that source's report (the guideline,
    section 1), as it does outside the cue; with none, the cue is the hedge itself."""
    if a.source is None or h[0] != "hedged":
        return False
    span = doc.char_span(h[1], h[2], alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "ADV"


def _verdict(cue: Token) -> bool:
    """'called the story a hoax', 'called the meteorite report "unrelated"', 'labelled the
    claims false': a verdict verb (denials.txt 'verdict') whose object is a claim and whose
    complement says it is false or links nothing."""
    flags = lexicon.flagged(DENIALS)
    if "verdict" not in flags.get(cue.lemma_.lower(), frozenset()):
        return False
    objs = [c for c in cue.children if c.dep_ in ("dobj", "oprd") and _is_claim_word(c)]
    # 'described as "nonsense" a Daily Star report that ...': the object moved past the
    # label, parsed as a second object of 'as'
    shifted = [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" for g in list(c.children)[1:] if g.dep_ == "pobj" and _is_claim_word(g)]
    objs += shifted
    if not objs:
        return False
    comps = [c for c in cue.children if c.dep_ in ("oprd", "xcomp", "acomp", "attr", "ccomp")]
    comps += _closing_label(cue, objs)
    comps += [c for o in objs for c in o.children if c.dep_ == "amod" and c.i > o.i]  # 'called the report unrelated'
    # 'called the claim "an old trick"', parsed as its apposition; not a title ('the single, "Sham,"')
    comps += [c for o in objs for c in o.children if c.dep_ == "appos" and (c.is_lower or any(d.dep_ == "det" for d in c.children))]
    comps += [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ in ("pobj", "amod", "acomp")]  # ('described the report as false')
    comps += [c for c in cue.children if c.dep_ == "advcl" and c.pos_ == "ADJ" and any(g.lower_ == "as" for g in c.children)]  # ('... as baseless', parsed so)
    return any((flags.get(c.lemma_.lower(), frozenset()) | flags.get(c.lower_, frozenset())) & (_FALSE | {"deceit", "claim_only"}) for c in comps)


def _closing_label(cue: Token, objs: list[Token]) -> list[Token]:
    """'called the Times report that he would resign "rubbish".': the quoted label that ends
    the sentence after the claim's own clause, which the parser took into that clause."""
    sent = cue.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return []
    last = words[-1]
    before = cue.doc[last.i - 1] if last.i > sent.start else None
    if before is None or not before.is_quote or not any(last.i > o.right_edge.i - 1 and o.i < last.i for o in objs):
        return []
    return [last]


def _denied_in_content(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """A source that says a claim is false denies it (the guideline, section 7), whatever
    its cue: the main clause of what it says is a word of falsity ('"A lie," he said', 'the
    rumours were baseless') or a negated truth ('that simply isn't true', 'that
    conversation never happened'); or it says there is none of what another source's
    earlier claim spoke of ('there's no rat problem', 'no press conference had been
    called' after a claim of one): a contradiction, not a plain negative statement
    ('police said no one was hurt' speaks of nothing claimed). Returns those it marks."""
    cued = sorted((a for a in attributions if a.cue is not None), key=lambda a: a.cue.start)  # type: ignore[union-attr]
    marked = []
    for i, a in enumerate(cued):
        if a.stance != "asserts" or a.content is None:
            continue
        root = _content_root(doc, a)
        if root is None:
            continue
        nothing = _none_of(root)
        if _asks(root):
            continue  # 'question if it's a fake', '"Is it a fake? Probably not!"': a question, no denial
        if _says_false(root) or nothing is not None and _no_truth_in(nothing) or _told_to_dismiss(root):  # 'there is no truth to these claims'
            a.stance = "denies"
            marked.append(a)
            continue
        impossible = _called_impossible(root)
        target = _impossible_claim(doc, a, impossible, cued[:i]) if impossible is not None else None
        if target is not None:
            a.stance, a.denies = "denies", target.id  # 'it was "almost impossible" for the culprit to have been a spider'
            marked.append(a)
            continue
        if _contrary_to_talk(doc, a):
            a.stance = "denies"  # 'No animals have escaped, despite reports to the contrary, the keeper said'
            marked.append(a)
            continue
        if any(_says_false(r) or _no_truth_in_clause(r) for r in _later_roots(doc, a)):
            a.stance = "denies"  # '"We played well. The reports are false," the coach said.'
            marked.append(a)
            continue
        rumour = _well_after_rumour(doc, a, root, cued) if nothing is None else None
        if rumour is not None:
            a.stance, a.denies = "denies", rumour.id  # 'Gill is safe' in a story that relays reports of her capture
            marked.append(a)
            continue
        if nothing is None and _well_despite_talk(root):
            a.stance = "denies"  # 'confirm that he is alive despite internet rumors about his death'
            marked.append(a)
            continue
        names: set[str] | None = None  # for a negation under 'insisted': what must be shared
        if nothing is not None:
            said = {t.lemma_.lower() for t in _noun_phrase(nothing) if t.is_alpha and not t.is_stop and t.lower_ not in _STOP}
        else:
            said, names = _against(doc, a, root)
        restated = _restates_negated(doc, a, root, cued[:i]) if not said else None
        if restated is not None:
            a.stance = "denies"  # 'he didn't actually make $72 million' after a claim he made $72 million
            if isinstance(restated, Attribution):
                a.denies = restated.id  # ('he never threatened anyone': the claim about him, which shares too few words to be found)
            marked.append(a)
            continue
        if nothing is None and (_not_who_claimed(doc, a, root, cued) or _not_as_claimed(doc, a, root, cued)):
            a.stance = "denies"  # 'the woman was not the wife of al-Baghdadi' against 'detained a wife of Baghdadi'
            marked.append(a)
            continue
        if not said:
            continue
        before = [
            b for b in cued[:i]
            if b.content is not None and b.stance == "asserts" and not (a.speaker and b.speaker == a.speaker)
            and not _inside(a.cue.start, a.cue.end, b.content)  # type: ignore[union-attr]
        ]
        shared = [said & _lemmas(doc, b.content.start, b.content.end) for b in before]  # type: ignore[union-attr]
        if names is not None:  # two words of an earlier claim, a name in it, or a word of the claim just before
            shared = [
                w if len(w) >= 2 or j == len(before) - 1 else names & _name_parts(doc, b.content)  # type: ignore[arg-type]
                for j, (w, b) in enumerate(zip(shared, before))
            ]
        if said == {"*claim*"} and before or said == {"*named*"} or any(shared) or nothing is not None and _none_of_later(doc, a, said, cued[i + 1 :]):
            a.stance = "denies"
            marked.append(a)
    return marked


def _told_to_dismiss(root: Token) -> bool:
    """What a source says is an imperative to set a claim aside: 'Ignore the reports I've been
    captured', 'DO NOT listen to the reports', 'Don't believe the rumours' (dismissals.txt,
    "dismiss" verbs as they stand, "heed" verbs negated), with a claim noun for object."""
    flags = lexicon.flagged(DISMISSALS).get(root.lemma_.lower(), frozenset())
    if not flags & {"dismiss", "heed"} or root.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in root.children):
        return False  # (an imperative: the bare verb, no subject)
    negated = any(c.dep_ == "neg" for c in root.children)
    if "heed" in flags and not negated or "dismiss" in flags and negated:
        return False
    objects = [c for c in root.children if c.dep_ == "dobj"]
    objects += _prep_objects(root, ("to",))
    return any(_is_claim_word(o) for o in objects)


def _said_well(root: Token) -> list[Token] | None:
    """The clause's predicates where one is a word of wellbeing (denials.txt): 'Gill is safe
    and secure', 'he is alive and well'; None for a wish ('I hope u safe and well'), a
    negation or a possibility."""
    if root.pos_ != "ADJ" and root.lemma_ != "be":
        return None  # (not 'I hope u safe and well': a wish)
    flags = lexicon.flagged(DENIALS)
    preds = [root] + [c for c in root.children if c.dep_ in ("acomp", "attr")]
    preds += [c for p in preds[1:] for c in p.conjuncts if c.pos_ == "ADJ"]  # 'alive and well', 'safe and secure'
    if not any("wellbeing" in flags.get(p.lower_, frozenset()) for p in preds if p.pos_ in ("ADJ", "ADV")):
        return None
    if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children):
        return None
    return preds


def _well_despite_talk(root: Token) -> bool:
    """'that he is alive despite internet rumors circulating about his death': the words of
    wellbeing (denials.txt) set against talk of the one said to be well that the claim
    itself names (vague_sources.txt's hearsay: rumours, reports, claims, speculation) deny
    it. Not negated, not a possibility."""
    preds = _said_well(root)
    if preds is None:
        return False
    groups = lexicon.grouped(VAGUE_SOURCES)
    hearsay = groups.get("hearsay", frozenset()) | groups.get("mass", frozenset())
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    whom = {subj.lower_, *({"his", "him"} if subj.lower_ == "he" else {"her"} if subj.lower_ == "she" else {"their", "them"} if subj.lower_ == "they" else set())}
    whom |= {t.lower_ for t in subj.subtree if t.pos_ == "PROPN"}
    return any(
        c.dep_ == "prep" and c.lower_ == "despite" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in hearsay and any(t.lower_ in whom for t in g.subtree if t.i != g.i) for g in c.children
        )
        for p in preds for c in p.children
    )  # (talk of the one said to be well, 'despite rumours of her death'; not 'despite reports of fighting near the camp')


def _well_after_rumour(doc: Doc, a: Attribution, root: Token, cued: list[Attribution]) -> Attribution | None:
    """What a source says is that someone a rumour in the article speaks of is safe, alive or
    well (denials.txt, "wellbeing"): 'Gill is safe and secure', '"I'm fine," Rosenberg wrote'
    against hedged or unsourced reports of her capture. Returns that rumour, else None. The
    one said to be well is named in the clause's subject, or is the speaker ('I', 'we'); the
    rumour is another source's claim, hedged, speculative or from no one named, that names
    them. Not negated, not a possibility."""
    if _said_well(root) is None:
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    names = {t.lower_ for t in subj.subtree if t.pos_ == "PROPN" and t.is_alpha}  # (the one said to be well, not others named)
    if subj.lower_ in ("i", "we") and a.source is not None:
        source = doc.char_span(a.source.start, a.source.end, alignment_mode="expand")
        names |= {t.lower_ for t in (source or ()) if t.pos_ == "PROPN" and t.is_alpha}
    if subj.lower_ in ("he", "she") and subj.pos_ == "PRON":
        names |= _last_person_named(doc, subj)  # 'His publicist said that he is still alive'

    if not names:
        return None
    for b in cued:
        if b is a or b.content is None or b.stance != "asserts" or a.speaker and b.speaker == a.speaker:
            continue
        if b.certainty == "asserted" and b.source_type != "unattributed":
            continue
        if _inside(a.cue.start, a.cue.end, b.content) or _inside(b.cue.start, b.cue.end, a.content):  # type: ignore[union-attr,arg-type]
            continue
        theirs = doc.char_span(b.content.start, b.content.end, alignment_mode="expand")
        if theirs is not None and names & {t.lower_ for t in theirs if t.pos_ == "PROPN"}:
            return b
    return None


def _last_person_named(doc: Doc, pronoun: Token) -> set[str]:
    """The words of the person named last before a he or she, within the pronoun's sentence
    and the two before it: the one a statement that 'he is still alive' most likely speaks
    of (the article's other people, named later or not at all, are no rivals here)."""
    first = pronoun.sent.start
    for _ in range(2):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    people = [e for e in doc_ents(doc) if e.label_ == "PERSON" and first <= e.start and e.end <= pronoun.i]
    return {t.lower_ for t in people[-1] if t.pos_ == "PROPN" and t.is_alpha} if people else set()


_NOT_ALONE = frozenset({"first", "only", "last"})


def _none_of_later(doc: Doc, a: Attribution, said: set[str], after: list[Attribution]) -> bool:
    """A denial put first, the rumour after it ('The WHO said there are no suspected infections
    from the deadly virus in the country' before the reports that the virus was brought to
    Iraq): a later claim of another source, outside this one, that shares two of the words
    of what there is none of and is relayed as a rumour (hedged, or from no one named); one
    shared word, enough after the claim, is too little before it, and a named source's plain
    claim after it may well agree ('could not find a partner' after 'no chance of finding one')."""
    for b in after:
        if b.content is None or b.stance != "asserts" or a.speaker and b.speaker == a.speaker:
            continue
        if b.certainty != "hedged" and b.source_type != "unattributed":
            continue  # the rumour told after its denial is relayed as one ('according to the discredited reports')
        if _inside(b.cue.start, b.cue.end, a.content) or _inside(a.cue.start, a.cue.end, b.content):  # type: ignore[union-attr,arg-type]
            continue
        if len(said & _lemmas(doc, b.content.start, b.content.end)) >= 2:
            return True
    return False


def _asks(root: Token) -> bool:
    """The clause is a question: an 'if' or 'whether' clause, or a sentence that ends in '?'."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in root.children):
        return True
    return root.sent.text.rstrip(" \"'”’)").endswith("?")


def _against(doc: Doc, a: Attribution, root: Token) -> tuple[set[str], set[str] | None]:
    """What a source asserts against, when its cue says it does: a negated statement under a
    verb of asserting against opposition ('insisted the woman was not married to him');
    what doubt is cast on ('cast doubt on whether the blast was a meteorite'; 'cast doubt on
    the reports' names a claim: the whole content). The words it speaks of, to be found in
    another source's earlier claim; empty when the cue says no such thing. For a negation
    under 'insisted', also the names in it: the earlier claim must share two words or a name
    ('insisted the violence would not deter the talks' speaks of no claim)."""
    verb = _cue_root(doc, a)
    if verb is None:
        return set(), None
    flags = lexicon.flagged(DENIALS).get(verb.lemma_.lower(), frozenset())
    if "against" in flags and any(c.dep_ == "neg" for c in root.children):
        return _lemmas(doc, a.content.start, a.content.end), _name_parts(doc, a.content)  # type: ignore[union-attr,arg-type]
    for obj in cast_on(verb):
        if obj.lemma_.lower() in lexicon.words(CLAIM_NOUNS):
            # 'cast doubt over claims that a spider ...' names the claim it doubts
            named = any(c.dep_ in ("acl", "ccomp") for c in obj.children) or obj.i + 1 < len(doc) and doc[obj.i + 1].lower_ == "that"
            return ({"*named*"} if named else {"*claim*"}), None
        return {t.lemma_.lower() for t in obj.subtree if t.is_alpha and not t.is_stop and t.lower_ not in _STOP}, None
    return set(), None


_LIGHT_VERBS = frozenset({"be", "have", "do", "get", "go", "know", "seem", "want", "need"})


def _restates_negated(doc: Doc, a: Attribution, root: Token, before: list[Attribution]) -> Attribution | Literal[True] | None:
    """What a source says is an earlier claim of another source's, negated (True, or the claim
    where the link must be made here; None for none): the same main
    verb, not negated there, with a number or a name of it and one more of its words
    ('The profile claims he made $72 million' ... 'he didn't actually make $72 million
    trading'; 'reports that a patient was being treated for Ebola' ... 'the patient is not
    being treated for Ebola'). Not a negation that shares only a word or two ('the car was
    red' ... 'he did not see the car'). An account's post that negates the main verb of its
    post just before, with a name or number of it, takes that one back (a correction: 'Castro
    expected to address Cuba soon' ... 'UPDATE - not expecting a Castro announcement'); a
    source's sentences in the article are not read so ('said Smith would play on Sunday ...
    said Smith would not play on Wednesday')."""
    if root.pos_ != "VERB" or not _flatly_negated(root):
        return None  # ('may not use Intel chips' doubts, it does not deny)
    lemma = root.lemma_.lower()
    if lemma in _LIGHT_VERBS:
        return None  # 'doesn't have enough information': a verb that says too little to match
    mine = _lemmas(doc, a.content.start, a.content.end, forms=True) - {lemma, root.lower_}  # type: ignore[union-attr]
    marks = {t.lemma_.lower() for t in doc.char_span(a.content.start, a.content.end, alignment_mode="expand") or () if t.like_num or t.pos_ == "PROPN"}  # type: ignore[union-attr]
    himself = _source_as_subject(doc, a, root)  # 'Rowan tells the paper that he never threatened anyone': Rowan's name
    for b in before:
        if b.content is None or b.stance != "asserts":
            continue
        own = bool(a.speaker) and b.speaker == a.speaker
        if own and not (b is before[-1] and _post_handle(doc_text(doc), a) and _post_handle(doc_text(doc), b)):
            continue  # a correction is the account's next post, nothing told between
        span = doc.char_span(b.content.start, b.content.end, alignment_mode="expand")
        if span is None:
            continue
        verbs = [t for t in span if t.lemma_.lower() == lemma and t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children)]
        if not verbs:
            continue
        theirs = _lemmas(doc, b.content.start, b.content.end, forms=True)
        if own and (marks | _capitalised(doc, a.content)) & theirs and any(v.i == span.root.i for v in verbs):  # type: ignore[arg-type]
            return True  # the source takes back its own claim: 'Castro expected to address Cuba soon' ... 'not expecting a Castro announcement'
        if not own and marks & theirs and _units(doc, a.content, mine & theirs) >= 2:  # type: ignore[arg-type]
            return b  # (linked here: the sentence may share too few lemmas with it for _link_denials)
        if not own and himself & theirs and any(v.i == span.root.i for v in verbs) and (mine & theirs or any(c.lower_ in _ANYONE for c in root.children)):
            return b  # the one a claim was about says he never did it: 'Rowan had threatened staff' ... 'he never threatened anyone'
    return None


# the universal pronouns a flat denial takes for what the claim named ('I never threatened anyone')
_ANYONE = frozenset({"anyone", "anybody", "anything", "nobody", "nothing"})


def _source_as_subject(doc: Doc, a: Attribution, root: Token) -> set[str]:
    """The names of a's source, lower-cased, where what it says has the source itself for
    subject: a personal pronoun of the third person (or 'I' in its own words) as the subject
    of the content's main verb. Empty otherwise."""
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if a.source is None or subj is None or subj.lower_ not in ("he", "she", "i"):
        return set()
    span = doc.char_span(a.source.start, a.source.end, alignment_mode="expand")
    return {t.lemma_.lower() for t in span or () if t.pos_ == "PROPN"}


def _capitalised(doc: Doc, content: Span) -> set[str]:
    """The lemmas of the capitalised words inside a sentence ('a Reyes announcement', which
    the tagger may read as a common noun): names, whatever their tag."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    return {t.lemma_.lower() for t in span or () if t.is_title and t.is_alpha and not t.is_sent_start}


def _flatly_negated(root: Token) -> bool:
    """The clause is negated, and not by a modal's doubt ('did not make', 'was not ill'; not
    'may not be'): what a denial by restatement asks of it."""
    return any(c.dep_ == "neg" for c in root.children) and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children)


def _units(doc: Doc, content: Span, lemmas: set[str]) -> int:
    """How many words of content have these lemmas, a name counted once however many words
    it has ('Zehaf-Bibeau' is one: 'had not lived there for years' shares only the name
    with 'Zehaf-Bibeau lived in Montreal')."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return len(lemmas)
    units: set[object] = set()
    for t in span:
        lemma = t.lemma_.lower()
        if lemma not in lemmas and t.lower_ not in lemmas:
            continue
        ent = next((e for e in span.ents if e.start <= t.i < e.end), None)
        units.add(("ent", ent.start) if ent is not None else lemma)
    return len(units)


def _not_who_claimed(doc: Doc, a: Attribution, root: Token, cued: list[Attribution]) -> bool:
    """What a source says denies that someone or something is what another source's claim,
    before or after it, calls them: 'A woman detained ... was not the wife of the Islamic
    State leader, Abu Bakr al-Baghdadi, but the sister of ...' against officials who said
    'the army had detained a wife and daughter of Baghdadi'. The negated 'be' and its noun
    phrase (its clauses aside) share with that claim a name and one more word; not 'the
    gunman was not a member', which names no one, nor a claim that shares only the name, nor
    a modal's doubt ('may not be ISIS fighters')."""
    if root.lemma_.lower() != "be" or not _flatly_negated(root):
        return False  # ('may not technically be ISIS fighters' doubts, it does not deny)
    attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    if attr is None or any(c.dep_ == "amod" and c.lower_ in _NOT_ALONE for c in attr.children):
        return False  # ('Conal isn't the first victim of ...': there were others, no one denied)
    clauses = {k.i for c in attr.subtree if c.dep_ in ("relcl", "acl", "ccomp") for k in c.subtree}
    phrase = [t for t in attr.subtree if t.i not in clauses]  # ('not the first time that there were rumours about ...': no one)
    words = {t.lemma_.lower() for t in phrase if t.is_alpha and not t.is_stop and t.lower_ not in _STOP}
    names = _parts([t for t in phrase if t.pos_ == "PROPN" and t.ent_type_ != "NORP"])
    if not names:
        return False
    for b in cued:
        if b is a or b.content is None or b.stance != "asserts" or a.speaker and b.speaker == a.speaker:
            continue
        if _inside(a.cue.start, a.cue.end, b.content) or a.content is not None and _inside(b.content.start, b.content.end, a.content):  # type: ignore[union-attr]
            continue  # (one inside the other: the same report)
        theirs = _lemmas(doc, b.content.start, b.content.end)
        shared_names = {n for n in names if n in theirs or any(n in w.split("-") for w in theirs)}
        if shared_names and len((words & theirs) - shared_names) >= 1:
            return True
    return False


def _not_as_claimed(doc: Doc, a: Attribution, root: Token, cued: list[Attribution]) -> bool:
    """What a source says denies the state another source's claim gives someone it names:
    'Ruiz was not ill' against 'rumours that Ana Ruiz was gravely ill', 'Kim is not dead'
    against reports that Kim is dead. The negated 'be' with an adjective, and a name in its
    subject; the other claim gives the same adjective, not negated, to the same name. Not a
    modal's doubt ('may not be ill'), nor another state ('was not available')."""
    if root.lemma_.lower() != "be" or not _flatly_negated(root):
        return False
    state = next((c for c in root.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if state is None or subject is None:
        return False
    names = _parts([t for t in subject.subtree if t.pos_ == "PROPN" and t.ent_type_ != "NORP"])
    if not names:
        return False
    for b in cued:
        if b is a or b.content is None or b.stance != "asserts" or a.speaker and b.speaker == a.speaker:
            continue
        span = doc.char_span(b.content.start, b.content.end, alignment_mode="expand")
        if span is None or a.content is not None and _inside(b.content.start, b.content.end, a.content):
            continue
        for t in span:
            if t.lemma_.lower() != state.lemma_.lower() or t.head.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in t.head.children):
                continue
            theirs = _parts([k for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass") for k in c.subtree if k.pos_ == "PROPN"])
            if names & theirs:
                return True
    return False


def _name_parts(doc: Doc, content: Span) -> set[str]:
    """The proper names in a span, by their parts ('al-Baghdadi' is 'baghdadi' too): what the
    tagger calls one, or a capitalised word inside the sentence."""
    span = doc.char_span(content.start, content.end, alignment_mode="expand")
    if span is None:
        return set()
    return _parts([t for t in span if t.pos_ == "PROPN" or t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and t.lower_ != "i"])


def _parts(names: list[Token]) -> set[str]:
    """Names by their parts: 'al-Baghdadi' is 'baghdadi' too."""
    return {p for t in names for p in [t.lower_, *t.lower_.split("-")] if len(p) > 2}


def _says_false(root: Token) -> bool:
    """The clause's predicate says a claim is false: a falsity word as the predicate, or a
    truth word negated; in the main clause or in one set against it ('It made a great story,
    but it wasn't true'), or in a "which" clause on the claim it names."""
    contrast = [
        c for c in root.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(k.dep_ == "cc" and k.lower_ in ("but", "yet") for k in root.children)
        and any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in c.children)  # ('claimed to show the crash but was fake': the writer's)
    ]
    # ('..., but that may not be true' doubts, it does not deny)
    if _predicate_false(root) or any(_predicate_false(c) for c in contrast if not any(k.dep_ == "aux" and k.lower_ in _MODALS for k in c.children)):
        return True
    # 'supporters launched a rumour that she was captured, which is not true': a relative
    # clause on the claim the main clause names, on "which", says it is false
    return any(
        _predicate_false(r)
        for n in root.children if n.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and _is_claim_word(n)
        for r in n.children if r.dep_ == "relcl" and any(k.dep_ == "nsubj" and k.lower_ == "which" for k in r.children)
        and not any(k.dep_ == "aux" and k.lower_ in _MODALS for k in r.children)
    )


def _predicate_false(root: Token) -> bool:
    flags = lexicon.flagged(DENIALS)
    preds = [root] + [c for c in root.children if c.dep_ in ("attr", "acomp")]
    if root.lemma_ == "be":  # 'were “creative,” but untrue': the parser may join it to the copula
        preds += [c for c in root.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
    # 'the victim of yet another death hoax': the falsity word the predicate noun is made of
    preds += [g for p in preds[1:] if p.pos_ == "NOUN" for c in p.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    preds += [g for p in preds[1:] for g in _degree_of(p, flags)]  # 'nothing but lies', 'nothing more than a hoax'
    # '"It's a hoax, mate"': the parser read the word before a vocative as its modifier
    preds += [c for p in preds[1:] if p.pos_ == "NOUN" for c in p.children if c.dep_ == "amod" and c.i + 2 == p.i and c.nbor().text == ","]
    # 'malicious and completely false'; 'absolutely, unequivocally and completely false',
    # where the parser joins the adjective to an adverb of the copula
    joined = preds[1:] + [c for c in root.children if c.dep_ == "advmod" and root.lemma_ == "be"]
    preds += [c for p in joined for c in p.conjuncts if c.pos_ in ("ADJ", "NOUN") and c.i > p.i]
    negated = any(c.dep_ == "neg" for c in root.children)
    possible = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in root.children) and not negated
    # 'None of that information was accurate', 'No part of the story is true': the subject
    # denies what a word of truth says of it
    # (not 'Nothing is real on the internet', a saying: 'nothing' only of something, 'nothing in the report')
    none_of_it = any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("none", "neither") or c.lower_ == "nothing" and any(d.dep_ == "prep" for d in c.children) or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for c in root.children
    )
    # ... but of what happened or exists, only 'no such ...' or 'none of it': 'Nothing like this
    # has ever happened here', 'no better option exists' say a negative fact, no denial
    no_such = any(
        c.dep_ in ("nsubj", "nsubjpass") and (any(d.lower_ == "such" for d in c.children) or c.lower_ == "none" and any(g.lower_ in ("it", "this", "that", "them") for d in c.children for g in d.children))
        for c in root.children
    )
    # the main clause, or one joined to it ('Information is limited, but the distance
    # precludes any impact'; '..., so the two are unrelated'): a link denied or excluded
    for clause in [root] + [c for c in root.children if c.dep_ in ("conj", "ccomp") and c.pos_ in ("VERB", "AUX")]:
        if clause.i != root.i and _links_denied(clause, flags):
            return True
        if clause.i == root.i and possible:
            continue
        f = flags.get(clause.lemma_.lower(), frozenset())
        if "excludes" in f and clause.pos_ == "VERB" and (clause.i == root.i or clause.dep_ == "conj") and not any(c.dep_ == "neg" for c in clause.children):
            if clause.lemma_.lower() != "rule" or any(c.dep_ == "prt" and c.lower_ == "out" for c in clause.children):
                return True  # 'the distance precludes any impact', 'rules out a strike'
    if possible:
        return False  # 'the statement could be a ploy', 'it may be a hoax': a suspicion, no verdict (speculative)
    if negated and _not_what_happened(root):
        return True  # 'But that is not what happened at all, said ...'
    said_of_a_claim = any(c.dep_ in ("nsubj", "nsubjpass") and _is_claim_word(c) for c in root.children)
    if said_of_a_claim and _beyond_belief(root, preds, flags):
        return True  # 'that was impossible', 'the claim defies logic'
    if root.pos_ == "VERB" and not negated and "always" in flags.get(root.lemma_.lower(), frozenset()) and _denied_with_no_one_named(root):
        return True  # 'Snopes said the article had been debunked': a verdict on what the article said
    for p in preds:
        f = flags.get(p.lemma_.lower(), frozenset()) | flags.get(p.lower_, frozenset())
        # ('the reports were wrong'; not 'that was wrong', a judgement of an act, nor 'was wrong
        # to name the boy')
        error_of_a_claim = "claim_only" in f and not any(c.dep_ in ("xcomp", "ccomp") for c in p.children) and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and _is_claim_word(c) for c in root.children
        )
        if "deceit" in f and (said_of_a_claim or p.i == root.i and p.pos_ == "NOUN") or error_of_a_claim:
            f = f | {"falsity"}  # 'the story was pure fiction', '"An old and sick trick," he said'; not 'the election was a sham'
        if f & _FALSE and not negated and not any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in p.children):  # ('was no hoax')
            if p.i == root.i and p.pos_ == "VERB" and "misreport" not in f and not (said_of_a_claim and any(c.dep_ == "auxpass" for c in p.children)):
                continue  # 'lied' the verb is what someone did, not a verdict on a claim (but 'the story was fabricated' is, and 'misattributed the remark')
            return True
        if "untrue_if_not" in f and (negated or (no_such if p.pos_ in ("VERB", "AUX") else none_of_it) or any(c.dep_ == "neg" for c in p.children)):
            if p.pos_ == "NOUN" and any(c.dep_ == "prep" for c in p.children):
                continue  # 'not a case of fraud': what kind of thing, not whether it is so
            return True
        if p.lemma_.lower() in lexicon.words(MERE_TALK) and p.dep_ == "attr" and p.head.i == root.i and root.lemma_ == "be" and not negated:
            if not any(c.dep_ == "expl" for c in root.children) and not any(c.dep_ in ("acl", "relcl", "prep") for c in p.children):
                return True  # 'the theft was a rumour': what was told is mere talk; not 'there are rumours that', 'a rumour started by ...'
    return False


_HAPPENING = frozenset({"happen", "occur"})  # verbs of an event taking place ('what happened'; 'took place' below)


def _not_what_happened(root: Token) -> bool:
    """'But that is not what happened', "That's not what took place": a claim pointed back at
    and said not to be what took place is denied as 'that is not true' denies it (a review of
    FNC bodies, Random(12424): left asserting). The copula, negated, with 'that', 'this' or
    'it' for subject and a free relative of an event in the past after it, with nothing of
    its own said of where or to whom, and no cleft's clause after it."""
    if root.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ in _ANAPHORIC for c in root.children):
        return False
    for c in root.children:
        if c.dep_ not in ("ccomp", "attr") or not any(k.dep_ == "nsubj" and k.lower_ == "what" for k in c.children):
            continue
        if c.tag_ != "VBD" or any(k.dep_ == "prep" for k in c.children) or any(k.i > c.right_edge.i and k.dep_ in ("ccomp", "relcl", "advcl", "acl") for k in root.children):
            continue  # (not 'what normally happens', 'what happened to her bandmates', 'It is not what happened on set that worries ...')
        lemma = c.lemma_.lower()
        if lemma in _HAPPENING or lemma == "take" and any(k.dep_ == "dobj" and k.lower_ == "place" for k in c.children):
            return True
    return False


def _called_impossible(root: Token) -> Token | None:
    """The clause of an event the source calls impossible: 'it was almost impossible for a
    spider to have burrowed into his chest', 'it is impossible that she was in Oslo'
    (denials.txt's "incredible" words, by "it" and a clause after them: a "that" clause or
    a perfect, 'to have burrowed'), 'there was no way she could have been in Oslo', 'there is
    no way we made this up' (its "impossible_if_none" noun with "no" and a finite clause of
    its own; a modal only with a perfect). Not what cannot be done or known ('impossible for
    us to attend', 'impossible to say whether', 'no way to know'), a forecast ('no way we can
    win'), nor a double negative ('no way that Thomas did not know'). The denial needs a
    claim it matches (_impossible_claim): an event no one claimed is no denial."""
    flags = lexicon.flagged(DENIALS)
    if root.lemma_ != "be" or any(c.dep_ == "neg" for c in root.children):
        return None
    if any(c.dep_ == "expl" and c.lower_ == "there" for c in root.children):
        for noun in (c for c in root.children if c.dep_ in ("attr", "nsubj")):
            if "impossible_if_none" not in flags.get(noun.lemma_.lower(), frozenset()) or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
                continue
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl", "ccomp") and c.pos_ in ("VERB", "AUX")):
                aux = [k for k in clause.children if k.dep_ == "aux"]
                if any(k.dep_ == "neg" for k in clause.children) or any(k.lower_ == "to" for k in aux):
                    continue  # (a double negative asserts; an infinitive is what can be done or known)
                if any(k.dep_ in ("nsubj", "nsubjpass") for k in clause.children) and (not any(k.tag_ == "MD" for k in aux) or any(k.lower_ == "have" for k in aux)):
                    return clause
        return None
    if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in root.children):
        return None
    if not any(c.dep_ == "acomp" and "incredible" in flags.get(c.lemma_.lower(), frozenset()) for c in root.children):
        return None
    for clause in (c for c in root.children if c.dep_ in ("ccomp", "advcl", "xcomp") and c.i > root.i):
        marks = {k.lower_ for k in clause.children if k.dep_ in ("mark", "aux")}
        if any(k.dep_ == "neg" for k in clause.children):
            continue  # (a double negative asserts: 'impossible that he did not know')
        if "that" in marks and not any(k.tag_ == "MD" for k in clause.children) or {"to", "have"} <= marks:
            return clause
    return None


def _impossible_claim(doc: Doc, a: Attribution, clause: Token, before: list[Attribution]) -> Attribution | None:
    """The earlier claim of another source an event called impossible denies: one whose
    content shares two content words with the event's clause, or the clause's own verb or
    what it says the thing is ('for the culprit to have been a spider' against 'a spider
    burrowed into his chest'); the nearest such."""
    words = _lemmas(doc, clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
    key = {clause.lemma_.lower()} - _LIGHT_VERBS | {c.lemma_.lower() for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"}
    for b in reversed(before):
        if b.content is None or b.stance != "asserts" or (a.speaker and b.speaker == a.speaker):
            continue
        theirs = _lemmas(doc, b.content.start, b.content.end)
        if len(words & theirs) >= 2 or key & theirs:
            return b
    return None


def _degree_of(pred: Token, flags: dict[str, frozenset[str]]) -> list[Token]:
    """The noun a word of degree makes the whole predicate ('nothing but lies', 'nothing more
    than a hoax', 'little more than rumours', 'nothing short of a fabrication'): through
    'nothing' and the degree word on it, then the preposition after it."""
    words = [pred] + [c for c in pred.children if c.dep_ == "amod"]
    return [
        g for w in words if "degree" in flags.get(w.lower_, frozenset())
        for c in w.children if c.dep_ == "prep" and c.lower_ in ("but", "than", "of")
        for g in c.children if g.dep_ == "pobj"
    ]


def _no_truth_in(noun: Token) -> bool:
    """'No truth to these claims', 'no basis in fact': a noun of truth or grounds there is
    none of, said of a claim, of what was said ('it', 'that'), or of fact; the truth noun on
    its own too ('there is no truth whatsoever'), not grounds for an act ('no basis for the
    arrest')."""
    if "untrue_if_none" not in lexicon.flagged(DENIALS).get(noun.lemma_.lower(), frozenset()):
        return False
    objects = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if not objects:
        return noun.lemma_.lower() == "truth"
    return any(_is_claim_word(g) or g.lemma_.lower() in _FACT for g in objects)


_FACT = frozenset({"fact", "reality"})  # 'no basis in fact'


def _denied_with_no_one_named(verb: Token) -> bool:
    """A passive with no agent whose subject is a claim or what carries one ('the article
    had been debunked', 'the reports were refuted'; source_nouns.txt's documents,
    news_works.txt)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return False
    works = lexicon.grouped(SOURCE_NOUNS)["document"].union(*lexicon.grouped(NEWS_WORKS).values())
    return any(c.dep_ == "nsubjpass" and (_is_claim_word(c) or c.pos_ == "NOUN" and c.lemma_.lower() in works) for c in verb.children)


def _is_claim_word(tok: Token) -> bool:
    """A noun for a claim ('the reports', claim_nouns.txt) or a word pointing back at one
    ('it'); or a document or news work whose relative clause reports what it says ('a blog
    post which claimed ...', 'a newspaper article that said ...'; source_nouns.txt's
    documents, news_works.txt): the claim it carries (not 'a player who said', nor 'a
    proposal that said', which puts something forward)."""
    lemma = tok.lemma_.lower()
    if lemma in lexicon.words(CLAIM_NOUNS) or tok.lower_ in _ANAPHORIC:
        return True
    if tok.pos_ != "NOUN" or not (lemma in lexicon.grouped(SOURCE_NOUNS)["document"] or any(lemma in g for g in lexicon.grouped(NEWS_WORKS).values())):
        return False
    return any(
        c.dep_ == "relcl" and c.lemma_.lower() in lexicon.words("reporting_verbs.txt") and any(k.dep_ == "nsubj" and k.tag_ == "WDT" for k in c.children)
        for c in tok.children
    )


def _links_denied(clause: Token, flags: dict[str, frozenset[str]]) -> bool:
    """A joined clause whose predicate says two things are not linked ('unrelated')."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    return any("unlinked" in flags.get(c.lemma_.lower(), frozenset()) for c in clause.children if c.dep_ in ("acomp", "attr"))


def _noun_phrase(noun: Token) -> list[Token]:
    """The noun with its modifiers ('suspected infections from the deadly virus'), not a
    clause that hangs from it ('no indication the calls involved ...')."""
    out = [noun]
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod", "prep", "poss", "nummod"):
            out += [t for t in c.subtree if t.dep_ not in ("acl", "relcl", "ccomp")]
    return out


def _none_of(root: Token) -> Token | None:
    """The noun a clause says there is none of: 'there are no cases', 'no conference had
    been called'; None for anything else."""
    for c in root.children:
        if c.lemma_.lower() in lexicon.words(NO_DOUBT):
            continue
        if c.dep_ in ("attr", "nsubj", "nsubjpass", "dobj") and c.pos_ in ("NOUN", "PROPN"):
            if any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                if c.dep_ != "dobj" or any(e.dep_ == "expl" for e in root.children) or root.lemma_.lower() in ("have", "find"):
                    return c
    return None


def _negated(cue: Token) -> bool:
    """'did not say', 'hasn't claimed', 'never confirmed', 'neither confirmed nor denied',
    'would not confirm or deny'; 'declined to comment',
    'refused to confirm', 'was unable to say'; 'has yet to comment', 'are yet to confirm'
    (not made yet)."""
    held = next((c for c in cue.children if c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lemma_.lower() in _cue_verbs("refusal")), None)
    if held is not None and not _refusing(held):
        return False  # ('were not hesitant to say', 'no longer reluctant to say': they say it)
    if _says_not(cue):
        return True  # ('neither confirmed nor denied': the first of the pair)
    joined_by = [c for c in cue.head.children if c.dep_ == "cc" and c.i < cue.i] if cue.dep_ == "conj" else []
    if joined_by and joined_by[-1].lower_ in ("or", "nor") and (_says_not(cue.head) or cue.head.dep_ == "xcomp" and cue.head.head.lemma_.lower() in _cue_verbs("refusal")):  # (not 'will not confirm ..., but cautions')
        return True  # 'neither confirmed nor denied', 'would not confirm or deny', 'declined to confirm or deny': the negation is the pair's
    for verb in (cue, cue.head if cue.dep_ == "xcomp" else None):
        if (
            verb is not None
            and verb.lemma_.lower() in ("have", "be")
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)
            and any(c.dep_ == "xcomp" for c in verb.children)
        ):
            return True
    if _refusing(cue) and (any(c.dep_ == "xcomp" and c.pos_ == "VERB" and _of_saying(c) for c in cue.children) and not _only_about(cue) or _held_back_about(cue)):
        return True  # the cue found was 'declined' of 'declined to comment' (not 'refused to refund the fee': an act refused)
    withheld = _cue_verbs("withheld") | _cue_verbs("silence")
    if any(c.dep_ == "dobj" and c.lemma_.lower() in withheld and c.pos_ == "NOUN" and (cue.lemma_.lower() in _cue_verbs("refusal") or any(k.dep_ == "det" and k.lower_ == "no" for k in c.children)) for c in cue.children):
        return True  # 'refused comment', 'declined comment', 'has made no comment', 'made no mention of'
    if any(c.dep_ == "acomp" and _refusing(c) and (any(k.dep_ == "xcomp" for k in c.children) and not _only_about(c) or _held_back_about(c)) for c in cue.children):
        return True  # the cue found was 'was' of 'was unable to say'
    head = cue.head
    if cue.pos_ == "NOUN" and cue.dep_ == "dobj" and (_says_not(head) or any(c.dep_ == "det" and c.lower_ == "no" for c in cue.children)):
        return True  # the cue found on the noun: 'details about' of 'have not provided details about', or 'no details' as object
    if cue.dep_ == "pcomp" and head.lower_ in ("about", "of") and _refusing(head.head):
        return True  # 'cautious about asserting', 'wary of saying'
    return cue.dep_ == "xcomp" and _refusing(head) and not _only_about(head) or (
        cue.dep_ == "xcomp" and any(c.dep_ == "neg" for c in head.children) and head.lemma_.lower() in ("want", "wish", "care")
    )


def _says_not(verb: Token) -> bool:
    """The verb carries its own negation: 'not', 'never' or the 'neither' of a pair; or a
    negator fronted before its inverted auxiliary ('Little did he know ...', 'Nowhere does the
    report say ...': negative_inversions.txt)."""
    if any(c.dep_ == "neg" or c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    kids = list(verb.children)
    front = next((c for c in kids if c.dep_ in ("advmod", "nsubj") and c.pos_ == "ADV" and c.i < verb.i), None)  # (the parser may call it the subject)
    if front is None or front.lower_ not in lexicon.words(NEGATIVE_INVERSIONS):
        return False
    aux = next((c for c in kids if c.dep_ == "aux" and c.i == front.i + 1), None)
    return aux is not None and any(c.dep_ in ("nsubj", "nsubjpass") and aux.i < c.i < verb.i for c in kids)


def _nobody(doc: Doc, a: Attribution) -> bool:
    """'No one has claimed to be holding them', 'No group has said it carried out the
    attack', 'Neither the club nor the player wanted to comment': a source that is no one,
    or the pair that 'neither ... nor' leaves out, says nothing; the report is negated."""
    if a.source is None:
        return False
    span = doc.char_span(a.source.start, a.source.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return no_one(span.root) or any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in span.root.children)


def _nothing(cue: Token) -> bool:
    """'has said nothing publicly', 'No casualties were reported': what is reported is that
    nothing was said, a negated report as 'did not say' is."""
    return any(c.dep_ == "dobj" and c.lower_ in ("nothing", "none") or c.dep_ == "nsubjpass" and no_one(c) for c in cue.children)


def _refusing(word: Token) -> bool:
    """A word of cue_verbs.txt's refusal group, not itself negated: 'no longer reluctant to
    say', 'not hesitant to say' tell what the source does say."""
    if word.lemma_.lower() not in _cue_verbs("refusal"):
        return False
    if word.pos_ != "ADJ":
        return True
    over = word.head if word.dep_ == "acomp" else word
    return not any(c.dep_ == "neg" or c.lower_ == "longer" for c in list(word.children) + list(over.children))


def _of_saying(verb: Token) -> bool:
    """A verb of saying, telling, confirming or denying (reporting_verbs.txt, denials.txt,
    cue_verbs.txt's withheld, silence and undisclosed groups): what a refusal to do it withholds is words
    ('declined to comment', 'refused to confirm'); refusing anything else ('refused to refund
    the fee', a review of FNC bodies, Random(11616)) is an act, no negated report."""
    lemma = verb.lemma_.lower()
    return (
        lemma in _saying_verbs() or lemma in _cue_verbs("withheld") | _cue_verbs("silence") | _cue_verbs("undisclosed")
        or any(c.dep_ == "conj" and _of_saying(c) for c in verb.children)  # ('declined to confirm or deny')
    )


def _only_about(word: Token) -> bool:
    """'cautious', 'wary': reluctance only with 'about' or 'of' ('cautious about asserting');
    with 'to' it is care ('cautious to stress that ...'), which says it."""
    return word.lemma_.lower() in ("cautious", "wary")


def _held_back_about(word: Token) -> bool:
    """'cautious about asserting', 'wary of saying': an adjective of reluctance with 'about'
    or 'of' and a gerund after it."""
    return any(c.dep_ == "prep" and c.lower_ in ("about", "of") and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in word.children)


def _withheld(cue: Token) -> bool:
    """'The Pentagon said in a statement that it would not comment on specific cases', 'he
    said he would not elaborate': what the source says is that it says nothing (cue_verbs.txt,
    "withheld"), told of itself (a pronoun subject); 'police said the suspect would not
    comment' reports someone else's refusal."""
    for c in cue.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() == "have" and _own_side(c) and any(
            k.dep_ == "dobj" and k.lemma_.lower() in _cue_verbs("withheld") | _cue_verbs("silence") and any(d.dep_ == "det" and d.lower_ == "no" for d in k.children) for k in c.children
        ):
            return True  # 'A spokeswoman said the company had no comment at this time' (a review of FNC bodies, Random(11414))
        if c.dep_ == "ccomp" and c.lemma_.lower() in _cue_verbs("withheld") and any(k.dep_ == "neg" for k in c.children):
            if c.lemma_.lower() == "confirm" and not any(k.dep_ == "aux" and k.lower_ in _REFUSING for k in c.children):
                continue  # 'would not confirm' refuses (the guideline's example); 'could not confirm' tells what the source could not do
            if any(k.dep_ == "nsubj" and k.pos_ == "PRON" for k in c.children):
                return True
    return False


def _own_side(clause: Token) -> bool:
    """The clause's subject is the source's own side, told of by a pronoun or a definite noun
    for a body ('they', 'the company'), not someone else ('the suspect')."""
    subject = next((k for k in clause.children if k.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("we", "i", "it", "they")  # (not 'Police said he had no comment': the man they hold)
    return subject.pos_ == "NOUN" and subject.lemma_.lower() in lexicon.words(BODY_ANAPHORS) and any(d.lower_ == "the" for d in subject.children)


_REFUSING = frozenset({"would", "will", "wo", "'d", "\u2019d"})  # the modals of a refusal: 'would not', "won't", "'d not"


def _takes_a_claim(doc: Doc, a: Attribution, cue: Token) -> bool:
    """'rejected the claims', 'dismissed the report as', 'disputed that ...', 'the claims
    were rejected'; not 'rejected the attempt to delay', nor the answer a verb of reply
    quotes before it ('"It's sad," countered the union's head')."""
    claim_nouns = lexicon.words(CLAIM_NOUNS)
    if cue.dep_ == "relcl" and cue.head.lemma_.lower() in claim_nouns and not any(c.dep_ == "dobj" for c in cue.children):
        return True  # '..., an allegation the company rejects': the claim is the clause's gap
    for child in cue.children:
        if child.dep_ in ("dobj", "nsubjpass", "obj") and _is_claim_word(child):
            return True
        if child.dep_ == "ccomp" and (child.i > cue.i or cue.lemma_.lower() not in _cue_verbs("reply")):
            return True  # (a quotation before a verb of reply is its answer: '"I think it's sad," countered the union's head')
        if child.dep_ == "prep" and child.lower_ == "as" and any(c.dep_ in ("dobj", "nsubjpass") for c in cue.children):
            obj = next(c for c in cue.children if c.dep_ in ("dobj", "nsubjpass"))
            return obj.pos_ != "PROPN"
    if a.content is not None:
        span = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
        if span is not None and len(span) and span.root.lemma_.lower() in claim_nouns:
            return True
    return False


def _negated_restatements(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """A source that says, flatly negated, what another source claimed before it of the same
    subject denies that claim ('Reports said the port was closed. The minister said the port
    was never closed.'; 'Pro-regime sites claimed the climber Ana Ruiz had been captured. Her
    brother said she was not captured.'): the guideline's section 7, a source saying a claim
    is false. The main verb or predicate of both contents is one, negated in the denial only
    and not by a modal's doubt, and the claim no question or fear; their subjects have the
    same words ('the other hostage' is not 'the first hostage'), or the denial's is he or she
    for a name or a person the claim has for subject, of that sex, which the source itself
    cannot be (a body, or a person of the other sex: not 'Mills said he never threatened
    anyone'). _restates_negated
    reads the same with a name or number shared; this one, the subject, with no word said
    that the claim does not say. Each is linked to the claim it negates; returned, so that
    their certainty is read again."""
    out: list[Attribution] = []
    for a in attributions:
        if a.stance != "asserts" or a.content is None or a.cue is None or a.kind == "according_to":
            continue
        root = _predicate_of(doc, a)
        if root is None or not _negated_at(root) or root.lemma_.lower() in _LIGHT_VERBS | _BARE_PREDICATES:
            continue
        subject = _subject_of_predicate(root)
        if subject is None:
            continue
        for b in reversed(attributions):
            if b is a or b.content is None or b.cue is None or b.cue.start >= a.cue.start or a.cue.start - b.cue.start > _WINDOW_BACK or b.stance != "asserts":
                continue
            if b.certainty == "speculative":
                continue  # (not a question or a fear: 'asked whether the governor had resigned')
            if a.speaker is not None and a.speaker == b.speaker or _inside(a.cue.start, a.cue.end, b.content):
                continue
            claim = _predicate_of(doc, b)
            if claim is None or claim.lemma_.lower() != root.lemma_.lower() or _negated_at(claim):
                continue
            theirs = _subject_of_predicate(claim)
            if theirs is None:
                continue
            same = subject.pos_ != "PRON" and _phrase(subject) == _phrase(theirs)
            named = subject.lower_ in ("he", "she") and _someone(theirs) and not _may_be_the_source(a, subject.lower_) and sex_of(theirs) in (None, pronoun_sex(subject.lower_))
            # and nothing said beside what the claim says ('had not lived there for years' of
            # 'lived in Dunmore at the time' denies nothing)
            rest = _lemmas(doc, a.content.start, a.content.end) - {root.lemma_.lower(), subject.lemma_.lower()}
            if (same or named) and rest <= _lemmas(doc, b.content.start, b.content.end, forms=True):
                a.stance, a.denies = "denies", b.id
                out.append(a)
                break
    return out


_BARE_PREDICATES = frozenset({"be", "say", "know", "think", "believe", "want", "need", "go", "come", "get", "make"})


def _predicate_of(doc: Doc, a: Attribution) -> Token | None:
    """The main verb or predicate of a's content (its span's root), where it is a verb, an
    adjective or a participle; after a copula, the word it links ('she was not married')."""
    span = doc.char_span(a.content.start, a.content.end, alignment_mode="expand") if a.content is not None else None
    if span is None or not len(span):
        return None
    root = span.root
    if root.lemma_.lower() == "be":
        root = next((c for c in root.children if c.dep_ in ("acomp", "attr") and c.pos_ in ("ADJ", "VERB")), root)
    return root if root.pos_ in ("VERB", "ADJ", "AUX") else None


def _subject_of_predicate(pred: Token) -> Token | None:
    """The subject of a predicate, or of the copula it follows."""
    heads = [pred] + ([pred.head] if pred.dep_ in ("acomp", "attr") else [])
    return next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _negated_at(pred: Token) -> bool:
    """The predicate or its copula is negated, and not by a modal's doubt ('was not
    married', 'was never captured'; not 'may not be ill')."""
    heads = [pred] + ([pred.head] if pred.dep_ in ("acomp", "attr") else [])
    return any(_flatly_negated(h) for h in heads) and not any(c.dep_ == "aux" and c.lower_ in _MODALS for h in heads for c in h.children)


def _phrase(subject: Token) -> str:
    """A subject's words up to its head, lower case, without 'the' or 'a': 'the first
    hostage' and 'the other hostage' are two ('other' and 'first' are stop words the lemma
    sets leave out)."""
    return " ".join(t.lemma_.lower() for t in subject.doc[subject.left_edge.i : subject.i + 1] if t.lower_ not in ("the", "a", "an"))


def _someone(subject: Token) -> bool:
    """A subject a he or she may stand for: a name, a noun with a name beside it ('the
    climber Ana Ruiz'), or a noun WordNet files under people ('the pilot')."""
    if subject.pos_ == "PROPN" or any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in subject.children):
        return True
    return subject.pos_ == "NOUN" and noun_kinds().get(subject.lemma_.lower()) == "person"


def _may_be_the_source(a: Attribution, pronoun: str) -> bool:
    """The he or she of a's content may be its source itself: a person, or one the source
    names, whose sex does not rule the pronoun out ('Mills said he never ...', 'Her brother
    said he ...'; not 'Her brother said she ...', nor 'The army said he ...')."""
    if a.source_type not in ("person", "anonymous") or a.source is None:
        return False
    want = pronoun_sex(pronoun)
    words = [w.strip(".,") for w in a.source.text.split()]
    sexes = {first_names()[w.lower()][0] for w in words if w.lower() in first_names()}
    sexes |= {s for w in words if (s := person_nouns().get(w.lower())) is not None}
    return not sexes or want in sexes


def _link_denials(doc: Doc, text: str, attributions: list[Attribution], entities: Sequence[Entity] = ()) -> None:
    """A denial links to the claim it denies: the claim it names inside what it says, or the
    claims of the one whose claims it names ('cast doubt over Thomas' claims': the one of
    Thomas's that shares most words with it), else another source's attribution whose content shares the most words with
    the denial's sentence (two at least), or, when the denial names it only as 'the
    accusation', 'the claims' or 'it', the nearest claim before it."""
    names = {e.id: {w.lower() for w in _WORD.findall(e.name)} for e in entities}
    for a in attributions:
        if a.stance != "denies" or a.cue is None or a.denies is not None:
            continue  # (linked already where it was found: _well_after_rumour)
        s0, s1 = _sentence_of(doc, a.cue.start)
        said = _lemmas(doc, s0, s1)
        if a.content is not None:
            said |= _lemmas(doc, a.content.start, a.content.end)
        if a.source is not None:
            said -= _lemmas(doc, a.source.start, a.source.end)
        said -= _lemmas(doc, a.cue.start, a.cue.end)
        others = [
            b
            for b in attributions
            if b is not a and b.content is not None and b.cue is not None and b.stance == "asserts"
            and not (a.source is not None and b.source is not None and a.source.text.lower() == b.source.text.lower())
            and not (a.speaker is not None and a.speaker == b.speaker)  # no one denies their own claim
            and not _inside(a.cue.start, a.cue.end, b.content)  # (what reports the denial: '... disputed the report, according to AFP')
            and abs(b.cue.start - a.cue.start) < 4000
            # not a claim the sentence goes on to make after the denial ('have denied any
            # conference is scheduled, and the hype comes close to ..., as the Mail reports')
            and not (a.content is not None and a.content.end <= b.cue.start < s1 and b.content.start >= a.content.end)
        ]
        # the claim it names inside what it says ('denied reports in the Gazette that she had
        # resigned': those reports), however few words it has
        named = [b for b in others if a.content is not None and _inside(b.cue.start, b.cue.end, a.content) and _inside(b.content.start, b.content.end - 1, a.content)]  # type: ignore[union-attr]
        if named:
            claim = named[0]
            if claim.source is None and claim.content is not None:
                # (talk no one is named for inside the denial, which a source before has made:
                # 'Marsh claimed Cole took bribes. Cole dismissed claims that he took bribes')
                span = doc.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
                proper = {t.lemma_.lower() for t in span if t.pos_ == "PROPN"} if span is not None else set()
                words = _lemmas(doc, claim.content.start, claim.content.end) - proper  # (what is said of them, not the names alone)
                maker = [b for b in others if b is not claim and b.source is not None and b.cue.start < a.cue.start and len(words & _lemmas(doc, b.content.start, b.content.end)) >= 2]  # type: ignore[union-attr]
                claim = maker[-1] if maker else claim
            a.denies = claim.id
            continue
        owner = _claims_owner(doc, a)
        theirs = [b for b in others if owner is not None and b.speaker is not None and owner in names.get(b.speaker, set())]
        if theirs:
            # the one of theirs that shares most words with the denial's sentence, the nearest of those
            a.denies = max(theirs, key=lambda b: (len(said & _lemmas(doc, b.content.start, b.content.end)), -abs(b.cue.start - a.cue.start))).id  # type: ignore[union-attr]
            continue
        # a claim before the denial first: a denial answers what was said, and a statement
        # after it that shares its words is more often the same side's ('Amazon denied that
        # it had plans ... Its spokeswoman emailed: "We have not announced any plans"'; a
        # review of FNC bodies, Random(11515)); a later one only where none before shares two
        # (a later one that shares two words more was tried: on FNC rows 0-1500 it took three
        # denials off the claim they answer for two it mended)
        earlier = [b for b in others if b.cue.start < a.cue.start]  # type: ignore[union-attr]
        later = [b for b in others if b.cue.start > a.cue.start]  # type: ignore[union-attr]
        best = _sharing_most(doc, a, said, earlier) or _sharing_most(doc, a, said, later)
        if best is None and _names_a_claim_only(doc, a):
            # 'The mayor has denied the claims': the nearest claim before it, and first those
            # that speak of the one who denies (a claim about the mayor is what he denies),
            # then the story's rumour: a claim no one named makes, or one hedged or put as a
            # guess ('Reports had suggested ...'), not the remark of a friend quoted since
            who = _lemmas(doc, a.source.start, a.source.end) if a.source is not None else set()
            about = [b for b in earlier if who & _lemmas(doc, b.content.start, b.content.end)]  # type: ignore[union-attr]
            rumour = [b for b in earlier if b.source_type in ("unattributed", "anonymous") or b.certainty != "asserted"]
            near = [b for b in earlier if a.cue.start - b.cue.start < _WINDOW_BACK]  # type: ignore[union-attr]
            best = max(about or rumour or near, key=lambda b: b.cue.start, default=None)  # type: ignore[union-attr]
        a.denies = best.id if best is not None else None


def _sharing_most(doc: Doc, a: Attribution, said: set[str], claims: list[Attribution]) -> Attribution | None:
    """Of claims, the one whose content shares the most words with what the denial a says
    (two at least), the nearest to it of equals (_link_denials)."""
    best, best_n = None, 1
    for b in claims:
        n = len(said & _lemmas(doc, b.content.start, b.content.end))  # type: ignore[union-attr]
        if n > best_n or (n == best_n and best is not None and abs(b.cue.start - a.cue.start) < abs(best.cue.start - a.cue.start)):  # type: ignore[union-attr]
            best, best_n = b, n
    return best


def _beyond_belief(root: Token, preds: list[Token], flags: dict[str, frozenset[str]]) -> bool:
    """A claim said to be beyond belief (denials.txt's "incredible" and "defies" words):
    'that was impossible', with no clause of its own ('it is impossible to say' is no
    verdict) and not negated; 'the claim defies logic', the verb with one of the senses a
    claim offends for its object. The subject is a claim or points back at one (not 'it',
    which opens 'it is impossible that ...')."""
    if any(c.dep_ == "neg" for c in root.children) or any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in root.children):
        return False
    for p in preds:
        if "incredible" in flags.get(p.lemma_.lower(), frozenset()) and not any(c.dep_ in ("xcomp", "ccomp", "advcl", "prep") for c in p.children):
            return True
    if "defies" in flags.get(root.lemma_.lower(), frozenset()):
        return any(c.dep_ == "dobj" and "defied" in flags.get(c.lemma_.lower(), frozenset()) for c in root.children)
    return False


def _claims_owner(doc: Doc, a: Attribution) -> str | None:
    """The name whose claims the denial's content names ('doubt over Thomas' claims', "denied
    Smith's allegations"): the possessor of a claim noun in it, a proper name, lower case."""
    if a.content is None:
        return None
    span = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    for t in span if span is not None else ():
        if _is_claim_word(t):
            owner = next((c for c in t.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is None and t.i >= 2 and doc[t.i - 1].lower_ in ("'s", "’s", "'", "’") and doc[t.i - 2].pos_ == "PROPN":
                owner = doc[t.i - 2]  # (the parser may cut the possessive off: 'over Thomas’ | claims')
            if owner is not None:
                return owner.lower_
    return None


def _lemmas(doc: Doc, start: int, end: int, forms: bool = False) -> set[str]:
    """The content words' lemmas; with forms, each word's own form beside its lemma (the
    tagger may lemmatise one word two ways: 'trading' a noun in 'make $72m trading', a verb
    in 'by trading stocks')."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    words = [t for t in span if t.is_alpha and not t.is_stop and t.lower_ not in _STOP]
    return {t.lemma_.lower() for t in words} | ({t.lower_ for t in words} if forms else set())


def _names_a_claim_only(doc: Doc, a: Attribution) -> bool:
    if a.content is None:
        return False
    span = doc.char_span(a.content.start, a.content.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if len(span) <= 6 and _is_claim_word(span.root):
        return True
    cue = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand") if a.cue is not None else None
    objs = [c for c in cue.root.children if c.dep_ == "dobj"] if cue is not None and len(cue) else []
    if objs and all(_is_claim_word(o) and len(list(o.subtree)) <= 4 and span.start <= o.i < span.end for o in objs):
        return True  # 'disputed the report, saying no such event had been planned': the object names it, the rest is why
    idiom = span.root.lemma_.lower() in IDIOM_OBJECTS or len(span) <= 8 and any(t.dep_ == "dobj" and t.lemma_.lower() in IDIOM_OBJECTS for t in span)
    if idiom:
        # 'doubt on that possibility' (the cue took 'casting' only), 'to pour cold water on
        # the report': what the doubt or the water is cast on
        on = [g for g in span if g.dep_ == "pobj" and g.head.lower_ in ("on", "over", "upon") and span.start <= g.head.i < span.end]
        return len(span) <= 8 and bool(on) and all(_is_claim_word(g) for g in on)
    if len(span) <= 6 and span.root.pos_ == "VERB" and span.root.lemma_.lower() in lexicon.flagged(DENIALS) and "defies" not in lexicon.flagged(DENIALS)[span.root.lemma_.lower()]:
        # 'to dismiss the report' (after 'sought'): a denial verb over a claim noun only
        objs = [c for c in span.root.children if c.dep_ == "dobj"]
        return bool(objs) and all(_is_claim_word(c) for c in objs)
    # what it says false is only 'these claims' or 'that': 'These claims are completely
    # false', 'That is simply not true', 'There is no truth to the rumours'
    root = _content_root(doc, a)
    if root is None:
        return False
    nothing = _none_of(root)
    if nothing is not None and _no_truth_in(nothing):
        return not any(g.dep_ == "pobj" and not (_is_claim_word(g) or g.lemma_.lower() in _FACT) for c in nothing.children if c.dep_ == "prep" for g in c.children)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(_is_claim_word(c) for c in subjects) and _says_false(root)


# -- channel -------------------------------------------------------------------------------


def _channel(doc: Doc, text: str, a: Attribution, cue: Token, attributions: list[Attribution], s0: int, s1: int) -> None:
    """The cue's own recipient when it is a news medium ('told Fox News', 'took to CNN to
    say'); else the channel phrase of the cue's sentence nearest the cue, outside its content
    and at the cue's own level: not inside another claim's content that the cue is not in;
    else, for an unsourced claim, the medium it spread through ('Social media have been
    flooded with rumours')."""
    assert a.cue is not None
    handle = _post_handle(text, a)
    if handle is not None:
        a.channel = Span.of(text, *handle)  # an embedded post's signature: the poster's account
        return
    medium = medium_told(doc, cue) or _appearance(cue) or _quoting_medium(cue, a)
    cue_at = a.cue.start
    found: list[tuple[int, int, int]] = []
    later = _afterwards(doc, a)
    for s, e in _channel_matches(text, s0, s1):
        if s < cue_at < e:
            # ('Images shared on Facebook show ...': 'on Facebook show' read as a TV show's
            # name, the cue its last word) the channel that ends before the cue, if one does
            s, e = max((m for m in _channel_matches(text, s, cue_at) if m[0] == s), key=lambda m: m[1], default=(s, s))
        if s == e or _not_a_verb(doc, s, e) or _in_other_clause(doc, s, e, cue) or _in_what_came_before(doc, s, e, cue):
            continue
        if later and not cue.left_edge.idx <= s < e <= cue.right_edge.idx + len(cue.right_edge):
            continue  # '..., tweeting that ..., although he later retracted it': not where the later one was said
        if _someone_elses_post(doc, s, e, cue, a) or _talk_with_a_person(doc, s, e, a):
            continue
        if made_to(cue) is not None and not cue.left_edge.idx <= s < e <= cue.right_edge.idx + len(cue.right_edge):
            continue  # 'appeared on camera, leading some to speculate ...': the cause's occasion
        if a.content is not None and s < a.content.end and a.content.start < e and not _governed_by(doc, ("", s, e), cue):
            continue  # inside the claim, said of something else ("she posted it on Twitter")
        if a.content is not None and _fronted_in_claim(doc, s, e, a.content, cue):
            continue  # 'During the call, he claims, he suggested ...': when the claimed thing happened
        if any(_inside(s, e, b.content) != _inside(a.cue.start, a.cue.end, b.content) for b in attributions if b is not a and b.content is not None and b.content != a.content):
            continue
        dist = 0 if s <= cue_at < e else min(abs(s - a.cue.end), abs(cue_at - e))
        found.append((dist, -(e - s), s))
    if medium is not None:  # the phrase that holds it, if one does: 'in a statement to Buzzfeed'
        around = [(s, s - neg_len) for _, neg_len, s in found if s <= medium[0] and medium[1] <= s - neg_len]
        a.channel = Span.of(text, *(around[0] if around else medium))
    elif found:
        _, neg_len, s = min(found)
        a.channel = Span.of(text, s, s - neg_len)
    elif (via := _via_medium(cue)) is not None:
        a.channel = Span.of(text, *via)
    elif (released := _released(text, cue)) is not None and not _shown_by_itself(a, cue):
        a.channel = Span.of(text, *released)
    elif (occasion := _occasion_of_the_relative(text, cue)) is not None:
        a.channel = Span.of(text, *occasion)
    elif a.source is None:
        spread = _spread_through(cue)
        if spread is not None:
            a.channel = Span.of(text, spread[0], spread[1])


def _quoting_medium(cue: Token, a: Attribution) -> tuple[int, int] | None:
    """'"...," Reuters quoted Ali Samad': the medium that quoted the source, the subject of
    the verb of quoting (cue_verbs.txt's "quoted" group) where the one quoted is the
    source, as 'quoted in People magazine' is a channel."""
    if a.source is None:
        return None
    first = first_conjunct(cue)
    if first.dep_ == "relcl" and first.head.dep_ == "dobj" and first.head.head.lemma_.lower() in lexicon.grouped(CUE_VERBS)["quoted"]:
        # 'The Irish Times quotes a senior garda who confirmed that ...': the medium that
        # quotes the one whose words the relative clause gives (a review of FNC bodies,
        # Random(11616), left the Times out)
        quoter = next((c for c in first.head.head.children if c.dep_ == "nsubj"), None)
        return (quoter.left_edge.idx, quoter.idx + len(quoter)) if quoter is not None and _is_medium(quoter) else None
    if cue.lemma_.lower() not in lexicon.grouped(CUE_VERBS)["quoted"]:
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    quoted = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if subject is None or quoted is None or not a.source.start <= quoted.idx < a.source.end or not _is_medium(subject):
        return None
    return subject.left_edge.idx, subject.idx + len(subject)


def _talk_with_a_person(doc: Doc, s: int, e: int, a: Attribution) -> bool:
    """'Beck was speaking with Rep. Michele Bachmann when Bachmann remarked': the one talked
    with is the source herself, no channel of hers ('Talking to Joe Rogan, the actor said'
    keeps its interviewer, as channels.txt means)."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) < 3 or span[0].lower_ not in ("speaking", "talking") or span[1].lower_ not in ("to", "with"):
        return False
    rest = span[2:]
    if a.source is None:
        return False
    source = doc.char_span(a.source.start, a.source.end, alignment_mode="expand")
    own = {t.lower_ for t in (source or ()) if t.pos_ == "PROPN" and not s <= t.idx < e}  # (the phrase may sit inside the source's span)
    return bool(own & {t.lower_ for t in rest if t.pos_ == "PROPN"})


def _post_handle(text: str, a: Attribution) -> tuple[int, int] | None:
    """The account an embedded post's signature names after the poster (extract/spans.py)."""
    if a.source is None or a.cue is None:
        return None
    return signature_handle(text, (a.cue.start, a.cue.end), a.source.end)


def _fronted_in_claim(doc: Doc, s: int, e: int, content: Span, cue: Token) -> bool:
    """The phrase stands before a cue set into the claim ('During the call, he claims, he
    suggested ...'), or after one the parser hangs on the claim's verb, and hangs from the
    claim's own verb: it tells when or where the claimed thing happened, not where the claim
    was made."""
    if cue.dep_ not in ("parataxis", "advcl") or e > cue.idx and not (cue.dep_ == "parataxis" and s > cue.right_edge.idx):
        return False  # (after the tag too, for one set into the claim: 'Teachers should, she said, take a bigger role in the program')
    verb = _statement_verb(doc, s, e)
    return verb is not None and verb.i != cue.i and content.start <= verb.idx < content.end


def _shown_by_itself(a: Attribution, cue: Token) -> bool:
    """'released a video that shows ...': the video is the source of what it shows, not its
    channel ('issued a statement that said ...' keeps the statement as the format put out)."""
    if a.source is None or cue.lemma_.lower() not in showing_verbs():
        return False
    return a.source.text.lower() in ("that", "which") or cue.dep_ == "acl" and cue.head.idx <= a.source.start < cue.head.idx + len(cue.head)  # ('a video showing ...')


def _in_other_clause(doc: Doc, s: int, e: int, cue: Token) -> bool:
    """The phrase sits in a clause with a subject of its own that hangs in the sentence ('The
    mayor, who announced her bid in a video, said ...'; '... said — after the Briton was seen
    in a video — that ...'): that clause's occasion, not the cue's. A participle without a
    subject is the cue's ('Speaking at a press conference, the minister said ...')."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if _set_against(cue) and not any(t.i == span.root.i for t in cue.subtree):
        return True  # ('The minister said in a statement that ..., while union leaders said ...': the minister's)
    tok = span.root
    while tok.head.i != tok.i and tok.i != cue.i:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("advcl", "relcl", "acl", "ccomp") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return not any(t.i == cue.i for t in tok.subtree)
        if tok.pos_ in ("VERB", "AUX") and _joined_apart(tok, cue, span):
            return True
        tok = tok.head
    return tok.pos_ in ("VERB", "AUX") and _joined_apart(tok, cue, span)


def _set_against(cue: Token) -> bool:
    """A report set against another by 'while' or 'whereas', with a subject of its own
    (extract/verbs.py's _contrasted_report: the parser hangs it on the other's claim)."""
    return cue.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in CONTRASTING for k in cue.children) and any(
        k.dep_ in ("nsubj", "nsubjpass") and k.tag_ != "PRP" for k in cue.children
    )


def _joined_apart(verb: Token, cue: Token, phrase: SpacySpan) -> bool:
    """verb and the cue are clauses joined to each other, each with a subject of its own
    ('Talk of a wedding is spreading on Twitter, | but the palace has denied the rumours'):
    the one's phrase is no occasion of the other's (a review of FNC bodies, Random(12020)).
    Not a phrase that opens the sentence ('In a statement, NASA said ..., but the agency
    also expressed doubt'): the occasion of all of it."""
    if verb.i == cue.i or not (cue.dep_ == "conj" and cue.head.i == verb.i or verb.dep_ == "conj" and verb.head.i == cue.i):
        return False
    if phrase.start == phrase.sent.start or phrase.start == phrase.sent.start + 1 and phrase.doc[phrase.sent.start].is_punct:
        return False
    subjects = [next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None) for v in (verb, cue)]
    first, second = subjects
    if first is None or second is None or first.pos_ == "PRON" or second.pos_ == "PRON":
        return False  # (not a pronoun taking up the first subject: 'The singer posted on Instagram and she said ...')
    if cue.dep_ == "conj" and (second.pos_ in ("NOUN", "ADJ") or second.pos_ == "PROPN" and second.ent_type_ in ("", "NORP")) and any(c.lower_ == "the" for c in second.children) and (first.ent_type_ in ("PERSON", "ORG") or _a_person(first)):
        return False  # (nor a description taking up a person named first: '... appeared on CNN, and the Democrat said ...')
    return True


_BEFORE_WORDS = frozenset({"after", "following", "amid", "despite", "before"})


def _in_what_came_before(doc: Doc, s: int, e: int, cue: Token) -> bool:
    """The phrase sits in what happened around the report, a phrase of time or cause on
    the cue's clause ('After hundreds of mentions on social media, the anchor said ...';
    'Following days of speculation on Facebook, the mayor said ...'): where the talk
    before ran, not where the source spoke (a review of FNC bodies, Random(11616))."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.head.i != tok.i and tok.i != cue.i:
        if tok.dep_ == "prep" and tok.lower_ in _BEFORE_WORDS and tok.head.i == cue.i and tok.i < span.start:
            return True
        tok = tok.head
    return False


def _via_medium(cue: Token) -> tuple[int, int] | None:
    """'Smith said, via The Daily Mail': the news medium the words came through, when the
    sentence names no occasion of its own ('said in a statement (via ESPN)': the statement)."""
    for g in _prep_objects(cue, ("via",)):
        if _is_medium(g):
            return g.left_edge.idx, g.idx + len(g)
    return None


def _released(text: str, cue: Token) -> tuple[int, int] | None:
    """'released a statement saying', 'issued a statement that said', 'posted a video
    saying': the cue hangs from a format the source put out (the object of the verb over it,
    or the noun it qualifies), which is the channel: a noun phrase that a format line of
    channels.txt takes after 'in' ('in a statement')."""
    verbs = lexicon.words(RELEASE_VERBS)
    noun = None
    if cue.dep_ in ("acl", "relcl") and cue.head.pos_ == "NOUN":
        noun = cue.head  # 'a statement saying', 'a statement that said'
    elif cue.dep_ in ("advcl", "xcomp") and cue.head.pos_ == "VERB":  # not 'sent a video and told them'
        noun = next((c for c in cue.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    elif cue.lemma_.lower() in verbs:  # the cue found was 'released a statement saying'
        noun = next((c for c in cue.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if noun is not None and not any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in noun.children):
            noun = None
        cue = noun.head if noun is not None else cue
    if noun is None or not noun.i < cue.i and noun.head.i != cue.i:
        return None
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_.lower() not in verbs:
        return None
    start, end = noun.left_edge.idx, noun.idx + len(noun)
    phrase = "in " + text[start:end]
    if any(p.fullmatch(phrase) for p in _channel_patterns()):
        return start, end
    return None


_RELATIVE_OCCASION = frozenset({"in", "during", "at"})


def _occasion_of_the_relative(text: str, cue: Token) -> tuple[int, int] | None:
    """'gave an interview to the BBC in which he claimed ...', 'held a news conference,
    during which she said ...': the cue's relative clause opens on 'in/during/at which', and
    the noun it tells of is a format channels.txt takes after 'in' ('in an interview'): the
    nearest such noun before it in the sentence (the parser may hang the clause on a nearer
    noun, 'the BBC')."""
    if cue.dep_ != "relcl":
        return None
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.i < cue.i and c.lower_ in _RELATIVE_OCCASION and any(g.lower_ == "which" for g in c.children)), None)
    if prep is None:
        return None
    clause = _clause_verb(cue.head)  # (the noun is in the clause the relative hangs in: not 'a report ... claims this event could be held in which ...')
    for t in reversed(cue.doc[cue.sent.start : prep.i]):
        if t.pos_ == "NOUN" and _clause_verb(t) == clause:
            start, end = t.left_edge.idx, t.idx + len(t)
            if any(p.fullmatch("in " + text[start:end]) for p in _channel_patterns()):
                return start, end
    return None


def _clause_verb(tok: Token) -> int | None:
    """The verb of the clause a word is in (its index): the first verb up its heads."""
    while tok.pos_ not in ("VERB", "AUX"):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok.i


_PROGRAMME = frozenset({"WORK_OF_ART", "EVENT"})


def _someone_elses_post(doc: Doc, s: int, e: int, cue: Token, a: Attribution) -> bool:
    """A social verb with a subject of its own that is not the source ('Twitter accounts have
    posted pictures of captured jets but the aircraft appeared unusable, according to
    analysts'): where the accounts spoke, not the analysts."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "VERB" or span[0].i == cue.i or a.source is None:
        return False
    if a.source.text.lower() in ("who", "that", "which"):
        return False  # 'Al Qaeda posted a video that showed ...', 'posted by Reddit user fryd_, who said ...': the post's own
    subj = next((c for c in span[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ != "PRON" and not a.source.start <= subj.idx < a.source.end


def _not_a_verb(doc: Doc, s: int, e: int) -> bool:
    """A social verb that is its own channel ('tweeted', 'posting') must be a verb of saying:
    not the noun in '31,700 tweets' or 'remove the posting', nor a participle on a noun. And a paper's article, update or
    correction is a channel only where the words are said in it, the phrase on a verb: not
    'an error in an article about the merger', 'a clause in an article of the treaty'."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if len(span) == 1:
        # nor a participle that says how a thing was put out ('A job ad posted by the firm
        # suggests ...': the ad's publication, not where the claim was made)
        return span[0].pos_ not in ("VERB", "AUX") or span[0].tag_ == "VBN" and span[0].dep_ in ("acl", "amod")
    noun = span.root if span.root.dep_ != "prep" else next((c for c in span.root.children if c.dep_ == "pobj"), span.root)
    if noun.lemma_.lower() not in _PIECES or noun.pos_ != "NOUN":
        return False  # ('on a market update call': a call)
    prep = noun.head if noun.dep_ == "pobj" else None
    return prep is None or prep.head.pos_ not in ("VERB", "AUX", "ADV") or any(c.dep_ == "prep" and c.lower_ in ("of", "about", "to") for c in noun.children)


_PIECES = frozenset({"article", "update", "correction"})  # channels.txt's words of a paper's own pieces


def _prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of tok's prepositions among preps ('told | to | CNN')."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children if g.dep_ == "pobj"]


def medium_told(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """'told Fox News', 'told the Times', 'confirmed to Global News', 'speaking to CNN's
    Wolf Blitzer': a news medium named as the statement's recipient; 'took to CNN to
    counter', 'took to Twitter to say': the medium or platform the source turned to.
    'told reporters', 'told him' and 'told the minister' name none."""
    lemma = cue.lemma_.lower()
    recipients: list[Token] = []
    if lemma in _cue_verbs("tell"):
        # the object is the one told only after 'tell' ('wrote the paper' wrote it)
        recipients = [c for c in cue.children if c.dep_ in ("dative", "iobj") or c.dep_ in ("dobj", "nsubjpass") and lemma == "tell"]  # (and '..., CNN is told')
        # (and a name the parser read as a time for its last word: 'told USA Today that ...')
        recipients += [c for c in cue.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > cue.i and lemma == "tell"]
        recipients += [h for c in cue.children if c.dep_ == "ccomp" and (h := hearer_read_as_subject(cue, c)) is not None]  # 'told CNN affiliate WBZ the capsule ...'
        recipients += _prep_objects(cue, ("to", "with"))
        # (and after a source that follows its verb, where the parser hung it on the source:
        # '"...," said the band's publicist to the Guardian')
        recipients += [g for s in cue.children if s.dep_ == "nsubj" and s.i > cue.i for g in _prep_objects(s, ("to",))]
    elif cue.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in cue.children) and lemma not in _cue_verbs("pointing"):
        # any other cue's 'to' a news medium names it as the recipient ('denied the story to
        # The Guardian', 'debunked the report to the BBC'; found missed in a review of FNC
        # bodies): where the verb has a subject (not 'according to CNN'), points at nothing
        # by its 'to' (cue_verbs.txt's "pointing" group: 'point to'), and has for object, if
        # any, something said ('pledged allegiance to ISIS' said nothing to ISIS); a plain
        # name, not one of a list or with a clause (the loop below takes media only)
        said = [c for c in cue.children if c.dep_ == "dobj"]
        if all(c.pos_ == "PRON" or names_a_message(c) for c in said):
            recipients = [g for g in _prep_objects(cue, ("to",)) if g.head.i > cue.i and not any(k.dep_ in ("conj", "relcl", "acl", "ccomp") for k in g.children)]
    if lemma == "make":
        # 'made it clear to the AP that ...': the one it was made clear or known to, by the
        # parser on the adjective (a review of FNC bodies, Random(12323): no channel)
        recipients += [g for c in cue.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ" for g in _prep_objects(c, ("to",))]
    head = cue.head
    if cue.dep_ in ("advcl", "xcomp") and head.i < cue.i and head.lemma_.lower() in _cue_verbs("tell") - {"say"}:
        # 'wrote to Gawker to say', 'spoke to CNN to deny': the one the verb above spoke to
        recipients += _prep_objects(head, ("to", "with"))
    took = cue.head if cue.dep_ in ("advcl", "xcomp", "conj") and cue.head.lemma_.lower() == "take" else None
    if took is not None and took.i < cue.i:  # 'took to CNN to publicly counter claims'
        recipients += [g for g in _prep_objects(took, ("to",)) if _is_medium(g) or _is_platform(g)]
    if cue.dep_ in ("advcl", "xcomp") and cue.head.i < cue.i:
        for c in cue.head.children:  # 'updated her Facebook page to say', 'used his Twitter account to deny'
            if c.dep_ == "dobj" and c.i < cue.i and (_is_platform(c) or _profile(c)):
                return c.left_edge.idx, c.idx + len(c)
    recipients += _asked_by(cue)
    for r in recipients:
        if r.pos_ == "NOUN" and any(t.ent_type_ in ("DATE", "TIME") for t in r.subtree):
            # 'wrote to Gawker Friday afternoon': the parser made the name a modifier of the time
            name = next((c for c in r.children if c.dep_ == "compound" and c.i == r.left_edge.i and _is_medium(c)), None)
            if name is not None:
                return name.idx, name.idx + len(name)
        named_by = (r.like_num or r.text[:1].isdigit()) and any(c.dep_ == "compound" and c.i == r.i - 1 and c.is_title and _is_medium(c) for c in r.children)  # 'Channel Five', parsed so
        staff = _staff_of(r)
        if staff is not None:
            return staff  # 'told Lina Hoss, a journalist at Sky News, that ...': the journalist's medium
        if not (_is_medium(r) or named_by or took is not None and _is_platform(r)):
            continue
        left = r.left_edge
        right = max((t for t in r.subtree if t.i <= r.i or t.dep_ in ("compound", "flat", "appos") or t.pos_ == "PROPN"), key=lambda t: t.i)
        nxt = doc[right.i + 1] if right.i + 1 < len(doc) else None
        if r.is_title and right.i == r.i and nxt is not None and nxt.sent == r.sent and (nxt.tag_ == "CD" and (nxt.is_title or nxt.is_digit) or nxt.text[:1].isdigit() and nxt.text.isalnum()):
            right = nxt  # a station named by its number, however parsed: 'told Channel 9', 'told Channel Five'
        return left.idx, right.idx + len(right)
    return None


def _asked_by(cue: Token) -> list[Token]:
    """Who put the question the cue answers ('Reached for comment by the Globe, a spokeswoman
    denied ...', 'When contacted by Reuters, the ministry said ...', '... was confirmed by an
    official when interviewed by NBC News', 'People reached out to
    the singer's publicist, who denied ...'; cue_verbs.txt's "contacted"): a medium among
    them is where the answer was given (reviews of FNC bodies, Random(12020) and (12121))."""
    asked = _cue_verbs("contacted")
    found = [
        g
        for c in cue.children
        if c.dep_ == "advcl" and c.tag_ == "VBN" and c.lemma_.lower() in asked
        for t in c.subtree
        if t.dep_ in ("prep", "agent") and t.lower_ == "by"
        for g in t.children
        if g.dep_ == "pobj"
    ]
    to = cue.head.head if cue.dep_ == "relcl" and cue.head.dep_ == "pobj" else None
    if to is not None and to.lower_ == "to" and to.head.lemma_.lower() in asked and to.head.i < cue.i:
        found += [k for k in to.head.children if k.dep_ == "nsubj"]
    return found


def _staff_of(person: Token) -> tuple[int, int] | None:
    """The medium a person told is described as working for, in apposition ('Lina Hoss, a
    journalist at Sky News', 'Ann Lee, a reporter for the Herald'): a staff noun of
    outlet_words.txt with 'at', 'for', 'with' or 'of' and a medium (a review of FNC bodies,
    Random(11313): 'told Guney Yildiz, a journalist at BBC World' had no channel)."""
    from . import outlets

    if person.pos_ != "PROPN":
        return None
    for role in (c for c in person.children if c.dep_ == "appos" and c.lower_ in outlets.staff_nouns() and not any(k.lower_ in ("former", "ex") for k in c.children)):
        for prep in (c for c in role.children if c.dep_ == "prep" and c.lower_ in ("at", "for", "with", "of")):
            for obj in (g for g in prep.children if g.dep_ == "pobj" and _is_medium(g)):
                right = max((t for t in obj.subtree if t.i <= obj.i or t.dep_ in ("compound", "flat")), key=lambda t: t.i)
                return obj.left_edge.idx, right.idx + len(right)
    return None


def _appearance(cue: Token) -> tuple[int, int] | None:
    """'Speaking on Newsnight, the minister said', 'The minister, appearing on Fox News,
    said', 'Writing in The Sunday Times, the minister accused': a programme or medium the
    source appeared on or wrote in, from 'speaking/appearing on' or 'writing in/for/at' hung
    on the cue or on its subject, or the cue's own (_written_for). A programme by its entity
    tag (a work or an event; its title in quotation marks too, 'Appearing on "Meet the
    Press,"', which the parser reads as a verb), a medium by name; not 'speaking on Capitol
    Hill' (a place) or 'on Monday'."""
    own = _written_for(cue)
    if own is not None:
        return own
    heads = [cue] + [c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")]
    for verb in (c for h in heads for c in h.children if c.dep_ in ("advcl", "acl", "relcl")):
        lemma = verb.lemma_.lower()
        on = ("on",) if lemma in _cue_verbs("appear") else ("in", "for", "at") if lemma in _cue_verbs("column") else ()
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in on):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if _is_medium(obj) or on == ("on",) and obj.ent_type_ in _PROGRAMME:
                    # from the first of the two to the last: a garbled parse can hang an 'on'
                    # phrase before the verb on it (found by benchmarks/fuzz.py)
                    end = max(obj.right_edge.idx + len(obj.right_edge), verb.idx + len(verb))
                    return min(verb.idx, obj.left_edge.idx), end
            title = _quoted_title(prep) if on == ("on",) else None
            if title is not None:
                return verb.idx, title
    return None


def _written_for(cue: Token) -> tuple[int, int] | None:
    """The cue's own 'wrote in The Atlantic', 'wrote for Vox', 'explained at Vox' (a site's
    pages, as 'writing in' is): the phrase alone, after the cue, with a medium by its name
    ('said at the first site' is a place)."""
    lemma = cue.lemma_.lower()
    on = ("in", "for", "at") if lemma in _cue_verbs("column") else ("at",) if lemma in _cue_verbs("tell") else ()
    for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in on):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.i > cue.i and _is_medium(obj) and (obj.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ in ("compound", "appos") for c in obj.children)):
                return prep.idx, obj.right_edge.idx + len(obj.right_edge)
    return None


def _quoted_title(prep: Token) -> int | None:
    """The end of a programme's title in quotation marks right after 'on' ('on "Meet the
    Press,"', the title tagged a work or an event), its closing mark taken in; else None."""
    doc = prep.doc
    i = prep.i + 1
    if i + 1 >= len(doc) or not doc[i].is_quote:
        return None
    title = next((e for e in doc_ents(doc) if e.start == i + 1 and e.label_ in _PROGRAMME), None)
    if title is None:
        return None
    j = title.end - 1
    k = j + 1
    while k < len(doc) and k <= j + 2 and not doc[k].is_quote and doc[k].is_punct:
        k += 1
    last = doc[k] if k < len(doc) and doc[k].is_quote else doc[j]
    return last.idx + len(last)


def _is_medium(tok: Token) -> bool:
    """A news medium by name ('Fox News', 'the Times', 'Vice' for Vice News, 'the Kestrel
    Gazette') or web address ('i100.co.uk'), by a singular medium noun ('The Sun newspaper',
    'People magazine', 'the paper', 'our sister site'), or by a name this article calls an
    outlet."""
    from . import outlets

    if outlets.domain_name(tok):
        return True  # 'told i100.co.uk', 'told ESPN.com's Michael Collins': a site by its address
    names = _outlet_names()
    phrase = " ".join(t.text for t in tok.subtree if t.i <= tok.i).lower()
    phrase = re.sub(r"^the ", "", phrase)
    if phrase in names or phrase in outlets.article_outlets(tok.doc) or _named_medium(tok, phrase):
        return True
    whole = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
    if tok.pos_ == "PROPN" and len(whole) > 1 and all(t.pos_ == "PROPN" or t.lower_ in ("of", "the", "and", "&") for t in whole):
        # a name with 'of' in it ('told Voice of America': a review of FNC bodies,
        # Random(11616)), which the parse heads by its first word
        if re.sub(r"^the ", "", whole.text.lower()) in names:
            return True
    words = outlets.medium_nouns()
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i == tok.left_edge.i and c.is_title and c.lower_ in lexicon.grouped(BROADCAST_WORDS)["medium"] for c in tok.children):
        return True  # 'told Radio Wales', 'said on Radio Scotland': a station named by its medium first
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.grouped(BROADCAST_WORDS)["context"] and any(
        c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP", "LOC") for c in tok.children
    ):
        return True  # "Lebanon's MTV television", "Kestrel radio": a name before a broadcast word
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lower_ in lexicon.grouped(BROADCAST_WORDS)["medium"] and not any(c.dep_ in ("det", "poss") for c in tok.children):
        return True  # 'told Israeli radio', 'told state television', 'told local TV': the broadcast medium itself
    if tok.pos_ == "NOUN" and tok.tag_ == "NN" and outlets.qualified_medium(tok):
        return True  # 'told the Canadian Press news agency', 'told a local TV station'
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in words:
        # 'The Sun newspaper', 'People magazine', 'the newspaper', 'her town's local
        # newspaper, The Daily Courier', 'a local TV station', 'our sister site', 'the student
        # newspaper'; not 'newspapers', nor a station or site of something else ('the police
        # station': the recipient nouns that are not outlet nouns by themselves)
        return tok.tag_ == "NN" and (
            tok.lemma_.lower() in outlets.outlet_nouns()
            or outlets.related_outlet(tok)
            or not any(c.dep_ == "compound" and c.pos_ == "NOUN" and not outlets.medium_word(c) for c in tok.children)
        )
    masthead = tok.lower_ in lexicon.words(MEDIA_WORDS) and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if tok.pos_ == "PROPN" and masthead:
        return True  # 'the Kestrel Gazette', whatever entity the tagger made of it
    if tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.i < tok.i and outlets.related_outlet(c) for c in tok.children):
        return True  # 'CNN affiliate WBZ', 'NPR member station WAMU': a station named after its tie
    if tok.pos_ != "PROPN" or tok.ent_type_ in ("PERSON", "GPE", "NORP", "LOC", *_PROGRAMME):
        # "CNN's Wolf Blitzer", "CNN's New Day": the medium is the possessor
        poss = [c for c in tok.children if c.dep_ == "poss"]
        return bool(poss) and _is_medium(poss[0])
    if phrase + " news" in names and not any(c.dep_ == "compound" for c in tok.children):
        return True  # 'told Vice', 'told Sky': the short name of 'Vice News', 'Sky News'
    return tok.lower_ in lexicon.words(MEDIA_WORDS)


_ACRONYM = re.compile(r"^[A-Z][A-Z&]+[0-9]{0,3}$")  # 'MTV', 'TMZ', 'FOX411', 'KTLA5'
AGENCY_WORDS = "agency_words.txt"
RELEASE_VERBS = "release_verbs.txt"
BROADCAST_WORDS = "broadcast_words.txt"


def _named_medium(tok: Token, phrase: str) -> bool:
    """A proper name that names a medium, without a list of every outlet: one the outlet
    recogniser takes for an outlet ('Time', 'The Daily Mail': gazetteer names, call signs,
    networks, mastheads; sourcing/outlets.py); the short form of a gazetteer name that ends
    in a medium noun ('Time' of 'Time magazine'); a name this article writes before a medium
    noun elsewhere ('MTV' of 'Lebanon's MTV television'); a news agency's name ('Mercury
    Press Agency'); or a bare name in capitals ('told MTV', 'told FOX411', 'told KTLA5'): in
    news text the ones told are media, save the institutions written with 'the' ('the FBI',
    'the UN'), which this article must not do. A personal name ('told Smith') is none."""
    from . import outlets

    doc = tok.doc
    if tok.pos_ not in ("PROPN", "NOUN") or tok.ent_type_ in ("GPE", "NORP", "LOC") or not tok.text[:1].isupper() or tok.is_sent_start:
        return False  # a name: capitalised inside the sentence ('told People' may be tagged a noun)
    span = doc[tok.left_edge.i : tok.i + 1]
    if any(t.tag_ == "POS" or t.dep_ == "poss" for t in span):
        return False  # "CNN's Wolf Blitzer" is read from the possessor
    if outlets.outlet_name(doc, span, tok) is not None:
        return True
    if tok.ent_type_ != "PERSON" and (phrase in _short_names() or phrase in _called_media(doc)):
        return True  # not 'told Dawn' the woman for 'Dawn newspaper'
    words = [t.lower_ for t in span if t.lower_ != "the"]
    if len(words) >= 3 and words[-1] in lexicon.words(AGENCY_WORDS) and words[-2] in lexicon.words(MEDIA_WORDS):
        return True
    bare = len(span) == 1 and not any(c.dep_ in ("compound", "amod", "det") for c in tok.children)
    return bare and bool(_ACRONYM.match(tok.text)) and len(tok.text) >= 3 and tok.text not in _institutions(doc)


@lru_cache(maxsize=1)
def _short_names() -> frozenset[str]:
    """'time' of 'Time magazine', 'people' of 'People magazine': gazetteer names that end in a
    medium noun, without it (matched only on a capitalised proper name); not a masthead word
    that is part of the name ('Detroit' of 'Detroit News', 'China' of 'China Daily')."""
    from . import outlets

    nouns = outlets.medium_nouns() | lexicon.grouped(BROADCAST_WORDS)["context"]
    nouns -= lexicon.words(MEDIA_WORDS) - {"magazine", "newspaper", "paper", "radio", "tv", "television", "channel", "network"}
    out = set()
    for name in _outlet_names():
        words = name.split()
        if len(words) >= 2 and words[-1] in nouns:
            out.add(" ".join(words[:-1]))
    return frozenset(out)


@per_doc
def _called_media(doc: Doc) -> frozenset[str]:
    """Names this article writes before a medium noun ('MTV television', 'Time magazine',
    'KTLA channel'), lower case."""
    from . import outlets

    nouns = outlets.medium_nouns() | lexicon.grouped(BROADCAST_WORDS)["context"]
    out = set()
    for t in doc:
        if t.lemma_.lower() in nouns and t.tag_ in ("NN", "NNP"):
            names = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and c.i == t.i - 1]
            if names:
                out.add(" ".join(x.text for x in doc[names[0].left_edge.i : t.i] if x.lower_ != "the").lower())
    return frozenset(out)


@per_doc
def _institutions(doc: Doc) -> frozenset[str]:
    """Names in capitals the article writes after 'the' as a noun of their own ('the FBI',
    'the UN said'): institutions, not media told."""
    return frozenset(
        t.text for t in doc
        if _ACRONYM.match(t.text) and t.i > 0 and t.nbor(-1).lower_ == "the" and not (t.i + 1 < len(doc) and t.nbor(1).pos_ in ("NOUN", "PROPN"))
    )


_SPREAD = frozenset({"with"})


def _is_platform(tok: Token) -> bool:
    """A social platform or the web at large: 'Twitter', 'social media', 'the internet'."""
    from . import outlets

    lower = tok.lower_
    if lower in outlets.platform_words():
        return True
    if lower == "media":
        return any(c.lower_ == "social" for c in tok.children)
    return lower in ("internet", "web", "blogosphere") or lower in ("forum", "forums") and tok.pos_ == "NOUN"


def _profile(tok: Token) -> bool:
    """'her Facebook page', 'his Twitter account' (outlet_words.txt, "profile")."""
    from . import outlets

    return tok.lemma_.lower() in outlets.profile_words() and any(c.dep_ == "compound" and _is_platform(c) for c in tok.children)


def _spread_through(cue: Token) -> tuple[int, int] | None:
    """'Social media have been flooded with rumours', 'Twitter was awash with claims': an
    unsourced claim whose noun fills a platform's 'with' has that platform as channel."""
    prep = cue.head
    if cue.dep_ != "pobj" or prep.lower_ not in _SPREAD:
        return None
    pred = prep.head
    if pred.dep_ in ("acomp", "attr"):
        pred = pred.head  # 'Twitter was awash with claims' ('has been abuzz with rumors', 'abuzz' tagged a noun)
    for subj in (c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")):
        near = _is_platform(subj) or any(_is_platform(t) and t.dep_ in ("compound", "amod") and t.head.i == subj.i for t in subj.subtree)
        if near or subj.pos_ == "PROPN" and any(_is_platform(t) for t in subj.subtree):
            # ('Social media', 'Twitter users', 'Weibo, China's version of Twitter'; not a
            # common noun with a platform in its phrase, 'the reports on Thursday Twitter')
            return subj.left_edge.idx, subj.idx + len(subj)
    return None


@lru_cache(maxsize=1)
def _outlet_names() -> frozenset[str]:
    """The names and aliases in outlets.txt ('Name | alias | domain<TAB>kind ...')."""
    out = set()
    for line in lexicon.lines("outlets.txt"):
        for name in line.split("\t", 1)[0].split("|"):
            out.add(re.sub(r"^the ", "", name.strip().lower()))
    return frozenset(n for n in out if n)


def _spread_to_speaker(doc: Doc, text: str, attributions: list[Attribution], entities: Sequence[Entity] = ()) -> None:
    """'The former spy didn't provide evidence to support his claim, which he made on
    Facebook': a sentence that speaks of a speaker's evidence tells about that speaker's
    nearby claims too, in other sentences as well. Then the channels (_carry_channels)."""
    unsupported = {a.id for a in attributions if a.evidence == "none_provided"}
    by_speaker: dict[str, list[Attribution]] = {}
    for a in attributions:
        if a.speaker:
            by_speaker.setdefault(a.speaker, []).append(a)
    for a in attributions:
        if a.cue is None or not a.speaker or a.id not in unsupported or _withholds_its_word(doc, a, attributions):
            continue
        s0, s1 = _sentence_of(doc, a.cue.start)
        # the same paragraph and the one before it (the guideline, section 6), or, within
        # reach, the claim the sentence names ('didn't provide evidence to support his claim'
        # for his 'claimed' two paragraphs up)
        back = max(s0 - _WINDOW_BACK, _paragraph_before(text, s0))
        end = text.find("\n", s0)
        ahead = min(s0 + _WINDOW_AHEAD, len(text) if end == -1 else end)
        span = doc.char_span(s0, s1, alignment_mode="expand")
        nouns = {t.lemma_.lower() for t in span if t.pos_ == "NOUN"} if span is not None else set()
        for b in by_speaker[a.speaker]:  # the same speaker's claims only: linear on long texts
            if b is a or b.cue is None or b.evidence == "none_provided" or not -_WINDOW_AHEAD < s0 - b.cue.start < _WINDOW_BACK:
                continue
            if back < b.cue.start < ahead or _cue_lemma(doc, b) in nouns:
                b.evidence = "none_provided"
    _carry_channels(doc, text, attributions, entities)


def _withholds_its_word(doc: Doc, a: Attribution, attributions: list[Attribution]) -> bool:
    """'NASA hasn't confirmed a link', 'The WHO has yet to confirm whether ...': a negated
    verb of vouching (cue_verbs.txt's "vouch"), in the writer's words, leaves someone else's
    claim unsupported, not the claims its own source makes around it. Not where the source
    says so of what it reports itself ('CNN said it had not independently confirmed that
    the gunshots on the tape ...')."""
    if a.stance != "negated" or a.cue is None:
        return False
    root = _cue_root(doc, a)
    vouch = lexicon.grouped(CUE_VERBS).get("vouch", frozenset())
    if root is None or not (root.lemma_.lower() in vouch or any(c.dep_ == "xcomp" and c.lemma_.lower() in vouch for c in root.children)):
        return False
    said = [b for b in attributions if b is not a and b.content is not None and _inside(a.cue.start, a.cue.end, b.content)]
    return all(_withholds_its_word(doc, b, attributions) for b in said)


_BACK_DETS = frozenset({"the", "this", "that", "these", "those", "his", "her", "their", "its", "my", "our"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_REPLY_WINDOW = 400  # how far back a reply looks for the turn it answers (characters)


def _carry_channels(doc: Doc, text: str, attributions: list[Attribution], entities: Sequence[Entity] = ()) -> None:
    """A channel stated once holds for the claims the text ties to the same occasion
    (docs/annotation-guideline.md, section 8), in this order:

    back      a sentence that names the claim ('her claim, which she made on Facebook'; 'the
              allegations he posted on Twitter') gives its channel to that speaker's claims
              of the paragraphs before; a claim in a main clause takes the phrase of channel
              (an interview, a statement; not a medium told) of the same source's very next
              claim when that opens the next sentence ('X has announced a film. X said in
              an interview with Y that ...'; 'The White House said it would act. "...," the
              White House said in a statement': the second says where the first was said);
    forward   a claim without a channel takes the channel of the same source's nearest claim
              before it ('In a Facebook post, X wrote ... He added ...'; 'a source told Fox
              News ... the source said'), or of a nearer occasion of that speaker's that
              states no claim (_occasions: 'A video showed X laughing away reports ...';
              'In the video, X bristled with rage'; a recording's holds to the end of the
              next paragraph, _reach); a reply takes the channel of the turn it answers.
    Never into another source's words: a claim inside what someone else says ('Martin said
    the Pope was asserting ...') is another occasion."""
    cued = sorted((a for a in attributions if a.cue is not None), key=lambda a: a.cue.start)  # type: ignore[union-attr]
    nested = {a.id for a in cued if _nested(doc, a, cued)}
    people = {e.id for e in entities if e.type == "person"}
    stated = {a.id for a in cued if a.channel is not None and _is_format(text, a.channel)}
    reporting = lexicon.words("reporting_nouns.txt")
    sentences = {a.id: _sentence_of(doc, a.cue.start) for a in cued}  # type: ignore[union-attr]
    for i, a in enumerate(cued):
        if not a.speaker or a.id in nested:
            continue
        s0, s1 = sentences[a.id]
        channel = _claim_channel(text, s0, s1) or (a.channel if _names_a_claim(doc, a, s0, s1, reporting) else None)
        if channel is not None:
            for b in cued[:i]:
                if b.speaker == a.speaker and b.channel is None and b.id not in nested and s0 - b.cue.start < _WINDOW_BACK:  # type: ignore[union-attr]
                    b.channel = channel
    at_char = {s.start: (s.end, e.id) for e in entities for s in e.mentions}
    unclaimed = list(_unclaimed(doc, cued, at_char))
    for s0, who, channel in _claims_named(text, unclaimed, entities):  # the same, in a sentence that states no claim
        for b in cued:
            if b.speaker == who and b.channel is None and b.id not in nested and 0 < s0 - b.cue.start < _WINDOW_BACK:  # type: ignore[union-attr]
                b.channel = channel
    for i, b in enumerate(cued):  # a claim the next sentence says where it was made
        nxt = next((a for a in cued[i + 1 :] if a.id not in nested), None)
        if b.channel is not None or not b.speaker or b.id in nested or nxt is None or nxt.speaker != b.speaker or nxt.id not in stated:
            continue
        if sentences[b.id][1] <= sentences[nxt.id][0] and not text[sentences[b.id][1] : sentences[nxt.id][0]].strip() and _main_clause(doc, b):
            b.channel = nxt.channel
    for b in cued:  # 'She made the news public on Facebook. She wrote: ...'
        if b.channel is None and b.id not in nested:
            b.channel = _occasion_before(doc, text, b, sentences[b.id][0], cued)
    occasions = sorted(_occasions(doc, text, at_char, unclaimed) + _said_to_have_spoken(doc, text, cued, at_char), key=lambda o: o[0])
    limits: dict[tuple[int, int], int] = {}  # a recording's channel carries no further than its reach
    for o in occasions:
        key = (o[2].start, o[2].end)
        if o[3] or key in limits:
            limits[key] = max(limits.get(key, 0), _reach(text, o))
    for at, who, channel, recorded in occasions:  # the claim just before a video that shows its speaker
        last = next((b for b in reversed(cued) if b.cue.start < at and b.id not in nested), None) if recorded else None  # type: ignore[union-attr]
        if last is not None and last.channel is None and last.speaker == who and _main_clause(doc, last) and not text[sentences[last.id][1] : _sentence_of(doc, at)[0]].strip():
            last.channel = channel
    for i, b in enumerate(cued):
        if b.channel is not None or b.id in nested:
            continue
        if _reply(doc, b):
            turn = next((a for a in reversed(cued[:i]) if a.id not in nested and b.cue.start - a.cue.start < _REPLY_WINDOW), None)  # type: ignore[union-attr]
            if turn is not None and turn.channel is not None:
                b.channel = turn.channel
                continue
        if _afterwards(doc, b):
            continue  # 'he later retracted the claim': not the occasion before
        if _declined_to_say(doc, b):
            continue  # 'The mayor declined to comment on the lawsuit': asked by the writer, not in her statement before
        when = _own_time(doc, b)
        if when is not None:
            cued_before = [a for a in cued[:i] if when in text[slice(*sentences[a.id])]]
            occasions_here = [o for o in occasions if when in text[slice(*_sentence_of(doc, o[0]))]]
        else:
            cued_before, occasions_here = cued[:i], occasions
        # (not the relative clause on its own subject: 'The mayor, who announced her
        # candidacy in a video, said ...' tells of another occasion)
        relative = {a.id for a in cued_before if sentences[a.id] == sentences[b.id] and a.source is not None and a.source.text.lower() in _RELATIVES}
        carrier = _same_source_before(b, [a for a in cued_before if a.id not in relative], nested)
        occasion = next((o for o in reversed(occasions_here) if o[0] < b.cue.start and o[1] == b.speaker), None)  # type: ignore[union-attr]
        if occasion is not None and (carrier is None or carrier.cue.start < occasion[0]) and b.cue.start < _reach(text, occasion):  # type: ignore[union-attr]
            if not _own_medium(doc, b, occasion[2]):
                b.channel = occasion[2]
        elif carrier is not None and carrier.channel is not None and b.cue.start - sentences[carrier.id][1] < _WINDOW_BACK and not _voice_apart(doc, b, carrier, people):  # type: ignore[union-attr]
            if b.cue.start < limits.get((carrier.channel.start, carrier.channel.end), len(text)) and not _own_medium(doc, b, carrier.channel):  # type: ignore[union-attr]
                b.channel = carrier.channel


def _declined_to_say(doc: Doc, a: Attribution) -> bool:
    """A refusal to say ('declined to comment', 'did not want to elaborate', 'refused to
    discuss'; cue_verbs.txt's "withheld" verbs after the cue): an answer to the writer's
    own question, which the source's statement or interview before did not hold. From a
    review of FNC bodies, where it took the channel of the filing quoted before it."""
    cue = _cue_root(doc, a)
    return a.stance == "negated" and cue is not None and any(c.dep_ == "xcomp" and c.lemma_.lower() in _cue_verbs("withheld") for c in cue.children)


# adverbs that put a claim after the one before it: the closed class of English adverbs of
# subsequence (later, subsequently, afterwards); and the units of time that make "N ...
# later" another occasion ("four months later"; not "a moment later", the same interview)
_AFTERWARDS = frozenset({"later", "subsequently", "afterwards", "afterward"})
_LONG_UNITS = frozenset({"hour", "day", "week", "month", "year"})
# the words that move a time off the occasion before ('the following day', 'a week
# earlier'; 'later' is _AFTERWARDS'), and the units of time they move by, parts of a day
# included ('the next morning')
_SHIFTS = frozenset({"following", "next", "previous", "prior", "earlier"})
_TIME_UNITS = _LONG_UNITS | {"morning", "afternoon", "evening", "night", "weekend"}


def _afterwards(doc: Doc, a: Attribution) -> bool:
    """A verb of saying whose own clause says it came later ('although he later retracted
    the claim', 'She subsequently wrote', 'Four months later, he told ...'): another occasion
    than the same source's claim before it. Not the time of an act the source tells of ('A
    few hours later he decided ...', not a verb of saying)."""
    cue = _cue_root(doc, a)
    while cue is not None and cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp") and cue.head.i < cue.i:
        cue = cue.head  # '..., although he later retracted the information, citing ...': the participle goes with its verb
    if cue is None or cue.lemma_.lower() not in _saying_verbs() or cue.lemma_.lower() in _cue_verbs("continue"):
        return False
    if any(c.dep_ == "npadvmod" and c.lemma_.lower() in _LONG_UNITS and any(g.dep_ == "advmod" and g.lower_ in _AFTERWARDS for g in c.children) for c in cue.children):
        return True  # 'Later that week Ruiz admitted ...': 'later' on the time the parser hung on the verb
    return any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS and _long_after(c) for c in cue.children)


@cache
def _saying_verbs() -> frozenset[str]:
    """The reporting verbs and the verbs of denial (reporting_verbs.txt, denials.txt)."""
    return lexicon.words("reporting_verbs.txt") | frozenset(lexicon.flagged(DENIALS))


def _long_after(later: Token) -> bool:
    """'later', 'four months later'; not 'a moment later' (whatever the parse hung
    'moment' on)."""
    before = later.doc[later.i - 1] if later.i > 0 else None
    if before is not None and before.pos_ == "NOUN":
        return before.lemma_.lower() in _LONG_UNITS
    return not list(later.children) or any(g.lemma_.lower() in _LONG_UNITS for g in later.children)


def _own_time(doc: Doc, a: Attribution) -> str | None:
    """The date the cue's own clause gives ('Shekau in August announced ...', 'said on Oct. 17
    that ...'): a claim made then is another occasion than one told of without it, unless
    that one names the same date."""
    cue = _cue_root(doc, a)
    if cue is None:
        return None
    for c in cue.children:
        # 'in August', 'on Oct. 17' (a preposition's object), 'last year' (a noun phrase)
        when = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("in", "on", "during") else [c] if c.dep_ == "npadvmod" else []
        for t in when:
            ent = next((e for e in doc.ents if e.start <= t.i < e.end and e.label_ == "DATE"), None)
            if ent is not None and _DISTINCT_DATE.search(ent.text):
                return ent.text
    return _shifted_time(doc, cue)


def _shifted_time(doc: Doc, cue: Token) -> str | None:
    """A time the cue's clause gives relative to the occasion before ('The following day,
    Ruiz said ...', 'Earlier that month', 'A week earlier', 'the next morning'), which the
    tagger often gives no date entity: its words, another occasion than the claims before."""
    for c in cue.children:
        unit = c if c.dep_ == "npadvmod" and c.lemma_.lower() in _TIME_UNITS else None
        if unit is not None and any(g.lower_ in _SHIFTS for g in unit.children):
            return doc[unit.left_edge.i : unit.i + 1].text  # 'The following day', 'Earlier that month'
        if c.dep_ == "advmod" and c.lower_ in _SHIFTS and any(g.dep_ == "npadvmod" and g.lemma_.lower() in _TIME_UNITS for g in c.children):
            return doc[c.left_edge.i : c.i + 1].text  # 'A week earlier'
    return None


# a date that sets a claim apart from another occasion: a month, a year, 'last ...', '... ago'
_DISTINCT_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)|\b(?:1[89]|20)\d\d\b|\blast\b|\bago\b", re.IGNORECASE
)


def _reach(text: str, occasion: tuple[int, str, Span, bool]) -> int:
    """How far an occasion holds: a sentence that names one (about the speaker, 'In the video,
    X bristled ...'), the usual window; a recording that shows the speaker, to the end of the
    next paragraph only (what follows may tell the speaker's past: 'In May 2011, Foley
    recorded an interview ...')."""
    at, _, _, recorded = occasion
    if not recorded:
        return at + _WINDOW_BACK
    end = at
    for _ in range(2):  # this paragraph, then the next one
        nxt = text.find("\n", end)
        if nxt < 0:
            return len(text)
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        end = nxt
    return end


def _occasions(doc: Doc, text: str, at_char: dict[int, tuple[int, str]], unclaimed: list[tuple[SpacySpan, Token, str]]) -> list[tuple[int, str, Span, bool]]:
    """Where a speaker is shown speaking, outside any claim of theirs, in text order as (where,
    entity id, channel, whether a recording shows them): a recording that shows them ('A
    video handed to the media showed the rebel leader laughing away reports ...': the
    recording's words are the channel), or a sentence whose subject they are and that names
    a channel phrase of its own without a claim ('In the video, the leader bristled with
    rage'; not 'ISIS posted pictures': one act, no occasion). `at_char` maps where each
    mention starts to its end and entity; `unclaimed` is _unclaimed's."""
    recordings = lexicon.words(RECORDING_NOUNS)
    out: list[tuple[int, str, Span, bool]] = []
    lemma_pos = doc.to_array([LEMMA, POS])  # (a Token made only where the lemma is 'show')
    shows = numpy.flatnonzero((lemma_pos[:, 0] == doc.vocab.strings.add("show")) & (lemma_pos[:, 1] == VERB))
    for show in (doc[int(i)] for i in shows):  # a claim or not
        recording = next((c for c in show.children if c.dep_ == "nsubj" and c.lemma_.lower() in recordings), None)
        shown = next((c for c in show.children if c.dep_ in ("dobj", "ccomp")), None)  # 'showed X laughing'
        if shown is not None and shown.dep_ == "ccomp":
            shown = next((c for c in shown.children if c.dep_ == "nsubj"), None)
        who = _mentioned(shown, at_char) if shown is not None and recording is not None else None
        if who is not None and recording is not None:
            end = max(t.i for t in recording.subtree if t.i < show.i and not t.is_punct)
            out.append((show.idx, who, Span.of(text, recording.left_edge.idx, doc[end].idx + len(doc[end])), True))
    for sent, _subject, who in unclaimed:
        if sent.root.lemma_.lower() in _cue_verbs("perceive"):
            continue  # ('X has noticed the hashtag on Twitter accounts': where X looked, not spoke)
        for s, e in _channel_matches(text, sent.start_char, sent.end_char):
            channel = Span.of(text, s, e)
            if _is_format(text, channel) and _governed_by(doc, ("", s, e), sent.root):
                out.append((sent.start_char, who, channel, False))
                break
    out.sort(key=lambda o: o[0])
    for n, (at, who, channel, recorded) in enumerate(out):  # 'In the video' is the video named before
        words = channel.text.lower().split()
        if len(words) > 1 and words[-2] in _DEFINITE:
            first = next((o[2] for o in out[:n] if o[1] == who and words[-1] in o[2].text.lower().split()), None)
            if first is not None:
                out[n] = (at, who, first, recorded)
    return out


def _said_to_have_spoken(doc: Doc, text: str, cued: list[Attribution], at_char: dict[int, tuple[int, str]]) -> list[tuple[int, str, Span, bool]]:
    """An occasion told of in an unsourced report about its speaker ('Speaking to a crowd of
    employees in Berlin, Cook was said to have given some good news'): no source is named for
    the report, but the one said to have spoken there is its raised subject, and their own
    claims of that occasion after it take its channel, as (where, entity id, channel, False)."""
    out = []
    for a in cued:
        if a.source is not None or a.channel is None or not _is_format(text, a.channel):
            continue
        cue = _cue_root(doc, a)
        subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None) if cue is not None else None
        if cue is None or not _speech_raised(cue):
            continue  # ('Smith was alleged to have stolen money': what Smith is said to have done, not said)
        who = _mentioned(subject, at_char) if subject is not None else None
        if who is not None:
            out.append((_sentence_of(doc, a.cue.start)[0], who, a.channel, False))  # type: ignore[union-attr]
    return out


def _speech_raised(verb: Token) -> bool:
    """The raised passive's infinitive is a telling: a reporting verb ('was said to have told
    staff'), or a verb whose object is news or a message ('was said to have given some good
    news', 'to have made the announcement'; message_nouns.txt, claim_nouns.txt)."""
    inf = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    if inf is None:
        return False
    if inf.lemma_.lower() in lexicon.words("reporting_verbs.txt"):
        return True
    words = lexicon.words(MESSAGE_NOUNS) | lexicon.words(CLAIM_NOUNS)
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in inf.children)


def _claims_named(text: str, unclaimed: list[tuple[SpacySpan, Token, str]], entities: Sequence[Entity]) -> list[tuple[int, str, Span]]:
    """Sentences that state no claim but name one of their subject's with its channel, as
    (start, entity id, channel): 'Brody did not provide evidence to support her claim, which
    she made on Facebook' (not 'She then made the news public on Facebook': whatever news)."""
    names = {e.id: e.name for e in entities}
    out = []
    for sent, subject, who in unclaimed:
        channel = _claim_channel(text, sent.start_char, sent.end_char, owner_fits=partial(_owner_fits, _sex_of(subject, names[who])))
        if channel is not None:
            out.append((sent.start_char, who, channel))
    return out


_GENDER_OWNER = {"her": "f", "his": "m"}


def _owner_fits(sex: str | None, word: str) -> bool:
    """'her claim' is no claim of a man's, 'his claim' none of a woman's; else any."""
    return sex is None or _GENDER_OWNER.get(word, sex) == sex


def _sex_of(subject: Token, name: str) -> str | None:
    """The sex a subject is known by: its pronoun (gendered_words.txt, as the speakers read
    it), else the first name of the entity it mentions (the speakers' first-name table, when
    90 % or more sure)."""
    if subject.lower_ in ("he", "she"):
        return pronoun_sex(subject.lower_)
    first = first_names().get(name.split()[0].lower()) if name.split() else None
    return first[0] if first is not None and first[1] >= 0.9 else None


def _unclaimed(doc: Doc, cued: list[Attribution], at_char: dict[int, tuple[int, str]]) -> Iterator[tuple[SpacySpan, Token, str]]:
    """The sentences that hold no cue, with their main subject and the entity it is a mention of."""
    claimed = {_sentence_of(doc, a.cue.start)[0] for a in cued}  # type: ignore[union-attr]
    for sent in doc.sents:
        if sent.start_char in claimed:
            continue
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
        who = _mentioned(subject, at_char) if subject is not None else None
        if subject is not None and who is not None:
            yield sent, subject, who


def _mentioned(noun: Token, at_char: dict[int, tuple[int, str]]) -> str | None:
    """The entity a noun phrase is a mention of ('Boko Haram leader Abubakar Shekau'): one
    whose mention starts at a word of the phrase and holds its head ('Somers' brother' is no
    mention of Somers)."""
    for t in noun.subtree:
        if t.i > noun.i:
            break
        if t.idx in at_char and noun.idx < at_char[t.idx][0]:
            return at_char[t.idx][1]
    return None


def _occasion_before(doc: Doc, text: str, b: Attribution, s0: int, cued: list[Attribution]) -> Span | None:
    """'She then made the news public on Facebook. She wrote: ...': the sentence just before
    the cue's, in the same paragraph, holds no claim but says where its subject spoke; when
    that subject is the cue's source (the same words, or a word of the speaker's name), the
    claim continues that occasion (the guideline, section 8: a channel span may lie outside
    the cue's sentence)."""
    last = len(text[:s0].rstrip()) - 1  # the previous sentence's last character
    if b.source is None or last < 0:
        return None
    p0, p1 = _sentence_of(doc, last)
    if p1 > s0 or "\n" in text[p1:s0] or any(p0 <= a.cue.start < p1 for a in cued):  # type: ignore[union-attr]
        return None
    sentence = doc.char_span(p0, p1, alignment_mode="expand")
    if sentence is None:
        return None
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    if subject is None or sentence.root.lemma_.lower() in _cue_verbs("perceive"):
        return None  # ('has noticed the hashtag on Twitter accounts': where they looked, not spoke)
    who = b.source.text.lower()
    names = {w.lower() for w in _WORD.findall(b.speaker or "")}
    if not (subject.lower_ == who or subject.pos_ == "PROPN" and subject.lower_ in names):
        return None
    for s, e in _channel_matches(text, p0, p1):
        if not _not_a_verb(doc, s, e) and _governed_by(doc, ("", s, e), sentence.root):
            return Span.of(text, s, e)
    return None


def _is_format(text: str, channel: Span) -> bool:
    """Whether the channel is a phrase of channels.txt ('in an interview with Y'), not a
    medium told ('told Fox News') or turned to ('took to YouTube'), nor a social verb that
    is its own channel ('tweeted': it says how that one claim was made, not an occasion)."""
    return " " in channel.text and any(p.fullmatch(text, channel.start, channel.end) for p in _channel_patterns())


def _nested(doc: Doc, a: Attribution, cued: list[Attribution]) -> bool:
    """Whether a's cue lies inside what another source says in the same sentence."""
    s0, s1 = _sentence_of(doc, a.cue.start)  # type: ignore[union-attr]
    return any(
        b is not a and s0 <= b.cue.start < s1 and _inside(a.cue.start, a.cue.end, b.content) and not (a.speaker and a.speaker == b.speaker)  # type: ignore[union-attr]
        for b in cued
    )


def _names_a_claim(doc: Doc, a: Attribution, s0: int, s1: int, nouns: frozenset[str]) -> bool:
    """The sentence names an earlier claim ('his claim', 'the allegations') outside what is
    claimed: 'creates a concern that ...' inside the quotation is the source's words, and
    'the claims that iPhones bend' states a claim rather than naming one made before."""
    sentence = doc.char_span(s0, s1, alignment_mode="expand")
    if sentence is None:
        return False
    return any(
        t.lemma_.lower() in nouns
        and not _inside(t.idx, t.idx + len(t), a.content)
        and any(c.dep_ in ("det", "poss") and c.lower_ in _BACK_DETS for c in t.children)
        and not any(c.dep_ in ("acl", "ccomp") for c in t.children)
        for t in sentence
    )


def _main_clause(doc: Doc, a: Attribution) -> bool:
    """The cue heads its sentence: 'X has announced plans', not 'X, who announced last year
    that ..., agreed' (an earlier occasion told in passing)."""
    root = _cue_root(doc, a)
    return root is not None and root.dep_ == "ROOT"


def _reply(doc: Doc, a: Attribution) -> bool:
    """'Professor Crawley replies: ...': a turn in an exchange."""
    root = _cue_root(doc, a)
    return root is not None and root.lemma_.lower() in _cue_verbs("reply")


def _own_medium(doc: Doc, a: Attribution, channel: Span) -> bool:
    """The source is a record that belongs to someone ('Smith's blog', 'her Facebook page')
    and the channel another of that speaker's occasions ('Smith told Israel Radio ...'): the
    record names where this was said, so the channel is not carried to it. The same record
    keeps it ('In his complaint, ... O'Rourke's complaint also argues')."""
    if a.source_type != "document" or a.source is None:
        return False
    span = doc.char_span(a.source.start, a.source.end, alignment_mode="expand")
    if span is None or not len(span) or not any(c.dep_ == "poss" for c in span.root.children):
        return False
    return span.root.lemma_.lower() not in {w.lower() for w in _WORD.findall(channel.text)}


def _voice_apart(doc: Doc, b: Attribution, carrier: Attribution, people: set[str]) -> bool:
    """One of the two is a person's own words and the other an unnamed spokesperson's for
    that person ('Hunter said on Fox News ...'; 'a spokesman for Hunter said ...': the
    speaker is Hunter, source_nouns.txt's "voice" nouns): two occasions, though one speaker.
    Not a body's, which speaks through its spokespeople ('Amazon said in a statement ... an
    Amazon spokesperson said'), nor a spokesperson named as such ('his spokesman, Joe Kasper')."""
    return b.speaker in people and _unnamed_voice(doc, b) != _unnamed_voice(doc, carrier)


def _unnamed_voice(doc: Doc, a: Attribution) -> bool:
    span = doc.char_span(a.source.start, a.source.end, alignment_mode="expand") if a.source is not None else None
    if span is None or not len(span) or span.root.lemma_.lower() not in voice_nouns():
        return False
    return not any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" or c.dep_ == "appos" and c.pos_ == "PROPN" for c in span.root.children)


def _source_head(a: Attribution) -> str:
    words = _WORD.findall(a.source.text) if a.source is not None else []
    return words[-1].lower() if words else ""


_RELATIVES = frozenset({"who", "which", "that", "whom"})


def _same_source_before(b: Attribution, before: list[Attribution], nested: set[str]) -> Attribution | None:
    """The nearest earlier claim by the same source: the same speaker, or, for an unnamed
    source taken up again with 'the' ('a well-placed source told ...; the source said'), the
    nearest claim whose source holds that noun."""
    if b.source_type == "anonymous" and b.source is not None and b.source.text.split()[0].lower() in _DEFINITE:
        head = _source_head(b)  # 'the source' after 'a source close to the club'
        for a in reversed(before):
            if a.id not in nested and a.source is not None and head in (w.lower() for w in _WORD.findall(a.source.text)):
                return a
        return None
    if not b.speaker:
        return None
    return next((a for a in reversed(before) if a.speaker == b.speaker and a.id not in nested), None)


def _claim_channel(text: str, s0: int, s1: int, owner_fits: Callable[[str], bool] | None = None) -> Span | None:
    """A channel said of a claim by name: 'her claim, which she made on Facebook', 'the
    allegations he posted on Twitter', 'Johnson tried to dispel rumors during a speech'. Not
    a participle that follows the noun ('the news posted on her page', 'claims circulating
    on social media'): that says where the claim was found, not that the speaker put it there.
    With `owner_fits`, only a claim someone's or this one ('her claim', 'this claim'), in lower
    case, whose owner word it accepts."""
    nouns = "|".join(sorted(lexicon.words(CLAIM_NOUNS), key=len, reverse=True))
    if owner_fits is None:
        claim = rf"\b(?i:(?:{nouns})s?)"
    else:
        claim = rf"\b(?P<owner>[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose) (?:{nouns})s?"
    for s, e in _channel_matches(text, s0, s1):
        # (a claim noun in lower case, or opening the sentence: not a name's word, 'told CBS
        # News that ... remove the posting', a review of FNC bodies, Random(12020))
        found = next(
            (m for m in re.finditer(rf"{claim}\b(?=(?P<tail>[^.;:!?]{{0,60}})$)", text[s0:s]) if owner_fits is not None or m.start() == 0 or not m.group(0)[:1].isupper()),
            None,
        )
        if found and owner_fits is not None and not owner_fits(found.group("owner").lower()):
            continue
        if found and not (found.group("tail").isspace() and _PARTICIPLE.match(text, s)):
            return Span.of(text, s, e)
    return None


_PARTICIPLE = re.compile(r"(?!during\b|following\b)\w+(?:ed|ing)\b", re.IGNORECASE)  # a verb's, not a preposition's
