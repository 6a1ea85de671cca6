"""The headline's stance towards its own claim: `asserts` (states it as fact), `reports`
(carries it through a source or a hedge: "X says", "reportedly", "Report:", a question) or
`refutes` (says it is false: "hoax", "denies", "not").

A linear model over the headline's features: its words and word pairs, the marker words of
data/headline_markers.txt (each group, and each marker word itself), the marker phrases of
data/headline_phrases.txt ("is said to", "cast doubt", "made it up", talk about the story
itself) and a few shapes: a question (closing the headline or followed by an answer; a yes/no
or a wh- question), a leading "Source:" or a closing ", X says" or ": WSJ" and what kind of
name stands there (a role or source noun such as "Official:", an outlet such as "NYT:", a
short name, a topic label), a hedging adjective before a noun ("alleged rapist": it hedges a
participant, not the claim), a word in capitals such as "NOT", a negation that opens a clause
("No, ...", "Police: No link ..."), the pairs of the main marker classes found together (a
refuting word inside a question or under a source reads otherwise than alone) and the
headline's capitalisation (Title Case, sentence case, all capitals: the outlet's house
style). Trained on the Emergent headlines by scripts/train_headline_stance.py; the product
reads its JSON with plain Python.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Literal

from .. import lexicon
from .outlets import lookup as outlet_lookup

HeadlineStance = Literal["asserts", "reports", "refutes"]
MARKERS = "headline_markers.txt"
PHRASES = "headline_phrases.txt"
MODEL = "headline_stance.json"
ROLE_NOUNS = "role_nouns.txt"
SOURCE_NOUNS = "source_nouns.txt"
MEDIA_WORDS = "media_words.txt"
# groups of headline_markers.txt that feed a shape, not a feature of their own
SHAPE_GROUPS = frozenset({"attributive", "speaker", "negator"})
# the marker classes whose pairs are features of their own ("pair=m=hedge&m=refute"): a
# refuting word in a question ("Was it a hoax?") or beside a source ("X denies ...", "Police:
# not true") or a hedge ("may not") does not refute the way it does alone
PAIRED = (
    "m=refute", "p=refute", "m=source", "m=hedge", "p=hedge", "m=speculate", "p=meta",
    "shape=question", "lead=role", "lead=outlet", "tail=role", "tail=outlet",
)

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*:?|\?")
_LEAD_SOURCE = re.compile(r"^\s*[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}\s*:\s")
_TAIL_SOURCE = re.compile(
    r"[,:;–—-]\s*(?:[\w.’'&-]+\s+){0,5}(?:says?|said|claims?|reports?|tells?|told|warns?|insists?|suggests?|admits?)\s*[.!?]*\s*$",
    re.IGNORECASE,
)
# a short capitalised name closing the headline after a colon or dash: "...: WSJ", "... -CNBC"
_TAIL_NAME = re.compile(r"(?:[:|]|\s[-–—]|-(?=[A-Z]{2,6}\s*$))\s*[A-Z][\w.&']*(?:\s+[A-Z][\w.&']*){0,2}\s*$")
_SOURCE_VERB = re.compile(
    r"\b(?:says?|said|claims?|claimed|reports?|reported|tells?|told|insists?|suggests?|believes?|warns?|admits?|reveals?)\b",
    re.IGNORECASE,
)


# the part before a colon that opens the headline ("Official: ...") and the short part after
# the last colon or dash that closes it ("...: monitor", "... -CNBC")
_LEAD = re.compile(r"^\s*([^:?!]{1,60}?)\s*:\s")
_TAIL = re.compile(r"(?:[:|]|\s[-–—]|-(?=[A-Z]{2,6}\s*$))\s*([^:|–—]{1,40}?)\s*[.!]*\s*$")
_SEG_WORD = re.compile(r"[A-Za-z][\w.&'’-]*")
_AUX = frozenset("is are was were be been being am has have had do does did will would can could should may might must".split())
_WH = frozenset("why how what who where when which".split())
# a question: the clause that ends in "?" (after the start or a sentence break)
_QUESTION = re.compile(r"(?:^|[.?!:;]\s+)([^?.!:;]*)\?")
# the first word of a clause: at the start, after a colon or a sentence break, after a dash
_CLAUSE_START = re.compile(r"(?:^|[:;.?!]\s|\s[-–—]\s)\s*['‘“\"]?([A-Za-z]+)")
# a quotation: an opening quote mark after a space or the start and before a word, a closing
# one after a word and before a space, punctuation or the end; not the apostrophes of
# "Apple's" and "won't", which the old pattern took for a quote
_QUOTED = re.compile(r"(?:^|(?<=[\s(\[:,]))['‘“\"](?=\w)[^'’”\"]{2,}?(?<=[\w.!?,])['’”\"](?=$|[\s.,:;!?)\]])")
_CASED_WORD = re.compile(r"[A-Za-z][\w'’]{3,}")


def tokens(headline: str) -> list[str]:
    """Lower-cased word tokens ("report:" keeps its colon, "?" is a token; curly quotes
    become straight)."""
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(headline)]


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    return lexicon.grouped(MARKERS)


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return lexicon.grouped_phrases(PHRASES)


def _matches(words: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    if at + len(phrase) > len(words):
        return False
    for w, p in zip(words[at:], phrase):
        if p.endswith("*") and not w.startswith(p[:-1]) or not p.endswith("*") and w != p:
            return False
    return True


def phrase_groups(words: list[str]) -> set[str]:
    """The groups of headline_phrases.txt with a phrase among these (lower-cased) words."""
    found = set()
    for group, phrase in _phrases():
        if group not in found and any(_matches(words, i, phrase) for i in range(len(words))):
            found.add(group)
    return found


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    """Head nouns of a source: role_nouns.txt, the last words of source_nouns.txt's entries
    and headline_markers.txt's speaker group."""
    heads = {entry.split()[-1] for members in lexicon.grouped(SOURCE_NOUNS).values() for entry in members}
    return frozenset(lexicon.words(ROLE_NOUNS) | heads | _groups().get("speaker", frozenset()))


def name_kind(segment: str) -> str | None:
    """What stands in a headline's leading "X:" or closing ": X": `outlet` (a known outlet or
    an acronym: "Kyiv Post", "NYT"), `role` (its last word is a role or source noun:
    "Official", "US officials", "Senator", "South Korea paper"), `outlet` again for a
    medium's last word ("Channel 4 News"), `name` (up to three capitalised words), `short`
    (up to three words) or `long` (a topic label)."""
    words = _SEG_WORD.findall(segment)
    if not words:
        return None
    if re.fullmatch(r"[A-Z]{2,5}", words[-1]) or outlet_lookup(segment.strip()) is not None:
        return "outlet"
    head = words[-1].lower().rstrip(".").replace("’", "'")
    nouns = _speaker_nouns()
    if head in nouns or head.endswith("s") and (head[:-1] in nouns or head.endswith("es") and head[:-2] in nouns):
        return "role"
    if head in lexicon.words(MEDIA_WORDS):
        return "outlet"
    if len(words) <= 3:
        return "name" if all(w[0].isupper() for w in words) else "short"
    return "long"


def _question_shapes(headline: str) -> set[str]:
    feats = set()
    if re.search(r"\?\s*$", headline):
        feats.add("shape=question_end")
    if re.search(r"\?\s*[\w'‘’]", headline):
        feats.add("shape=question_mid")  # a question and then its answer or the story
    for clause in _QUESTION.findall(headline):
        first = tokens(clause)[:1]
        if first and first[0] in _AUX:
            feats.add("shape=question_yesno")
        elif first and first[0] in _WH:
            feats.add("shape=question_wh")
    return feats


def features(headline: str) -> list[str]:
    """The headline's features, each a string; the model knows which it has weights for."""
    toks = tokens(headline)
    words = [t.rstrip(":") for t in toks]
    feats = {f"w={w}" for w in words if w}
    feats |= {f"b={a}_{b}" for a, b in zip(["<s>"] + words, words + ["</s>"])}
    groups = _groups()
    for group, members in groups.items():
        if group in SHAPE_GROUPS:
            continue
        hits = [t.rstrip(":") for t in toks if t in members or t.rstrip(":") in members]
        if hits:
            feats.add(f"m={group}")
            feats |= {f"mw={w}" for w in hits}
            if len(hits) > 1:
                feats.add(f"m={group}+")
    feats |= {f"p={group}" for group in phrase_groups(words)}
    if "?" in headline:
        feats.add("shape=question")
        feats |= _question_shapes(headline)
    if _LEAD_SOURCE.search(headline):
        feats.add("shape=lead_source")
    if _TAIL_SOURCE.search(headline):
        feats.add("shape=tail_source")
    if _TAIL_NAME.search(headline):
        feats.add("shape=tail_name")
    if _SOURCE_VERB.search(headline):
        feats.add("shape=source_verb")
    lead = _LEAD.search(headline)
    if lead and (kind := name_kind(lead.group(1))):
        feats.add(f"lead={kind}")
    tail = _TAIL.search(headline)
    if tail and len(tail.group(1).split()) <= 4 and (kind := name_kind(tail.group(1))):
        feats.add(f"tail={kind}")
    attributive = groups.get("attributive", frozenset())
    for i, w in enumerate(words[:-1]):
        if w in attributive and words[i + 1] != "?" and (i == 0 or words[i - 1] not in _AUX):
            feats.add("shape=attributive_hedge")  # "alleged rapist", not "is alleged to"
    caps = [w for w in re.findall(r"\b[A-Z]{2,}\b", headline)]
    if caps and any(w.lower() in groups.get("refute", ()) for w in caps):
        feats.add("shape=caps_refute")
    if _QUOTED.search(headline):
        feats.add("shape=quoted")
    negators = groups.get("negator", frozenset())
    if any(m.group(1).lower() in negators for m in _CLAUSE_START.finditer(headline)):
        feats.add("shape=clause_negation")  # "No, ...", "Police: No link to ..."
    if kind := case_style(headline):
        feats.add(f"case={kind}")
    paired = [x for x in PAIRED if x in feats]
    feats |= {f"pair={a}&{b}" for i, a in enumerate(paired) for b in paired[i + 1 :]}
    return sorted(feats)


def case_style(headline: str) -> str | None:
    """How the headline is capitalised, judged on its words of four letters or more: `upper`
    (all capitals), `title` (Title Case: more than 4 in 5 of them capitalised), `sentence`
    (fewer than half), `mixed`; None when it has no such word."""
    cased = _CASED_WORD.findall(headline)
    if not cased:
        return None
    if headline.upper() == headline:
        return "upper"
    share = sum(w[0].isupper() for w in cased) / len(cased)
    return "title" if share > 0.8 else "sentence" if share < 0.5 else "mixed"


@lru_cache(maxsize=1)
def _model() -> dict:
    raw = resources.files("allegedly.models").joinpath(MODEL).read_text(encoding="utf-8")
    return json.loads(raw)


def probabilities(headline: str) -> dict[str, float]:
    """Each stance's probability under the shipped model."""
    model = _model()
    classes: list[str] = model["classes"]
    weights: dict[str, list[float]] = model["weights"]
    scores = list(model["bias"])
    for f in features(headline):
        w = weights.get(f)
        if w is not None:
            scores = [s + x for s, x in zip(scores, w)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(classes, exps)}


def headline_stance(headline: str) -> HeadlineStance:
    """asserts | reports | refutes for one headline ('asserts' for an empty one)."""
    if not headline or not headline.strip():
        return "asserts"
    probs = probabilities(headline)
    best: HeadlineStance = max(probs, key=probs.__getitem__)  # type: ignore[arg-type]  # the model's labels
    return best
