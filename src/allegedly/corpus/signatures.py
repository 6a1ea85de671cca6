"""Signatures: what claim matching reads of each article, as plain rows.

A signature is a plain function of (Report, article id): the words of the headline and the
lead (lower-cased, light stemming, no stop words or reporting words), the names that appear
in them, and optionally a sentence embedding (corpus/embed.py). Matching never reads a
Report, only these rows, so the same rows can come from SQLite, Parquet or a Dask worker.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..schema import Report

LEAD_WORDS = 40  # of the body, after the headline: the claim is stated early
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# Function words, and the words news uses around any claim (reporting, hedging, media): they
# say how a claim is carried, not which claim it is.
STOP = frozenset(
    """a an the of to in on for and or but nor so is are was were be been being am it its this that these those with as at
    by from has have had having will would shall should can could may might must do does did not no yes new says said say
    saying tells told tell report reports reported reporting claim claims claimed claiming rumor rumour rumors rumours
    allegedly reportedly apparently alleged hoax fake true false real really about after before over under than then into
    onto up down out off his her hers he she they their them theirs him you your we our us i me my mine who whom whose what
    which when where why how just more most all any some now here there video videos photo photos watch pictures picture
    news breaking update updated exclusive live via per also still even only very too first last one if""".split()
)


class Signature(NamedTuple):
    """One article's matching row. tokens: stemmed content words of headline + lead, in
    order, space-joined; names: capitalised words and runs of them from the body, `|`-joined;
    embedding: float32 bytes or None."""

    article_id: str
    tokens: str
    names: str
    embedding: bytes | None = None


def stem(word: str) -> str:
    """A light suffix stripper: enough to equate 'beheads', 'beheaded', 'beheading'."""
    for suffix in ("ings", "ing", "ies", "ied", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            return base + "y" if suffix in ("ies", "ied") else base
    return word


def content_words(text: str) -> list[str]:
    out = []
    for w in _WORD.findall(text.replace("’", "'")):
        w = w.lower()
        if w.endswith("'s"):
            w = w[:-2]
        w = w.replace("'", "")
        if len(w) > 1 and w not in STOP:
            out.append(stem(w))
    return out


def _names(text: str) -> list[str]:
    """Capitalised words not at a sentence start: a cheap named-entity signal that needs no
    parse (headlines in Title Case give none, which is right: their capitals say nothing)."""
    words = _WORD.findall(text)
    if not words:
        return []
    caps = sum(1 for w in words if w[:1].isupper())
    if caps / len(words) > 0.6:  # Title Case or SHOUTING
        return []
    out = []
    for m in _WORD.finditer(text):
        w = m.group()
        before = text[max(0, m.start() - 2) : m.start()]
        if w[:1].isupper() and not re.search(r"[.!?:\"“]\s*$|^\s*$", before) and w.lower() not in STOP:
            out.append(w.lower().replace("’s", "").replace("'s", ""))
    return sorted(set(out))


def claim_text(report: Report) -> str:
    """Headline and lead: where an article states its claim."""
    title = (report.article.title or "").strip()
    body = report.text
    if title and body.lstrip().startswith(title):
        body = body.lstrip()[len(title) :]
    lead = " ".join(body.split()[:LEAD_WORDS])
    return f"{title}\n{lead}".strip() if title else " ".join(body.split()[: LEAD_WORDS + 20])


def signature_of(report: Report, article_id: str) -> Signature:
    """The matching row of one analysed article."""
    text = claim_text(report)
    title = report.article.title or ""
    tokens = content_words(title) + content_words(text[len(title) :]) if title else content_words(text)
    return Signature(article_id, " ".join(tokens), "|".join(_names(text)))
