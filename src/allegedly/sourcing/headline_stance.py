"""The headline's stance towards its own claim: `asserts` (states it as fact), `reports`
(carries it through a source or a hedge: "X says", "reportedly", "Report:", a question) or
`refutes` (says it is false: "hoax", "denies", "not").

A small multinomial logistic model over the headline's words, word pairs, marker words
(data/headline_markers.txt), marker phrases (data/headline_phrases.txt: "is said to",
"cast doubt", "made it up", talk about the story itself) plus a few shapes (a question, a
leading "Source:", a trailing ", X says" or ": WSJ", a word in capitals such as "NOT"). Trained on the Emergent headlines
by scripts/train_headline_stance.py; the product reads its JSON with plain Python.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Literal

from .. import lexicon

HeadlineStance = Literal["asserts", "reports", "refutes"]
MARKERS = "headline_markers.txt"
PHRASES = "headline_phrases.txt"
MODEL = "headline_stance.json"

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*:?|\?")
_LEAD_SOURCE = re.compile(r"^\s*[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4}\s*:\s")
_TAIL_SOURCE = re.compile(
    r"[,:;–—-]\s*(?:[\w.’'&-]+\s+){0,5}(?:says?|said|claims?|reports?|tells?|told|warns?|insists?|suggests?|admits?)\s*[.!?]*\s*$",
    re.IGNORECASE,
)
# a short capitalised name closing the headline after a colon or dash: "...: WSJ", "... -CNBC"
_TAIL_NAME = re.compile(r"(?:[:|]|\s[-–—]|-(?=[A-Z]))\s*[A-Z][\w.&']*(?:\s+[A-Z][\w.&']*){0,2}\s*$")
_SOURCE_VERB = re.compile(
    r"\b(?:says?|said|claims?|claimed|reports?|reported|tells?|told|insists?|suggests?|believes?|warns?|admits?|reveals?)\b",
    re.IGNORECASE,
)


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


def features(headline: str) -> list[str]:
    """The headline's features, each a string; the model knows which it has weights for."""
    toks = tokens(headline)
    words = [t.rstrip(":") for t in toks]
    feats = {f"w={w}" for w in words if w}
    feats |= {f"b={a}_{b}" for a, b in zip(["<s>"] + words, words + ["</s>"])}
    groups = _groups()
    for group, members in groups.items():
        n = sum(t in members or t.rstrip(":") in members for t in toks)
        if n:
            feats.add(f"m={group}")
            if n > 1:
                feats.add(f"m={group}+")
    feats |= {f"p={group}" for group in phrase_groups(words)}
    if "?" in headline:
        feats.add("shape=question")
    if _LEAD_SOURCE.search(headline):
        feats.add("shape=lead_source")
    if _TAIL_SOURCE.search(headline):
        feats.add("shape=tail_source")
    if _TAIL_NAME.search(headline):
        feats.add("shape=tail_name")
    if _SOURCE_VERB.search(headline):
        feats.add("shape=source_verb")
    caps = [w for w in re.findall(r"\b[A-Z]{2,}\b", headline)]
    if caps and any(w.lower() in groups.get("refute", ()) for w in caps):
        feats.add("shape=caps_refute")
    if re.search(r"['‘“\"][^'’”\"]{3,}['’”\"]", headline):
        feats.add("shape=quoted")
    return sorted(feats)


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
