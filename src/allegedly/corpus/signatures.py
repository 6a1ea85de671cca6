"""Signatures: what claim matching reads of each article, as plain rows.

A signature is a plain function of (Report, article id): the words of the headline and the
lead (lower-cased, light stemming, no stop words or reporting words; numbers written one way,
'10,000' as '10000' and '19 million' as '19m'; an entity's other names as one token,
data/entity_aliases.txt: 'ISIL' and 'Islamic State' as 'isis'), the names that appear in
them, and optionally a sentence embedding (corpus/embed.py). Matching never reads a
Report, only these rows, so the same rows can come from SQLite, Parquet or a Dask worker.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lexicon
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


ALIASES = "entity_aliases.txt"
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # 10,000 -> 10000
_MAGNITUDE = re.compile(r"\b(\d+)[ -]?(million|mln|m|billion|bn)\b", re.IGNORECASE)  # 19 million, 19M -> 19m


@lru_cache(maxsize=1)
def aliases() -> dict[tuple[str, ...], tuple[str, bool]]:
    """alias words -> (canonical token, whether the alias counts only when written in capitals)."""
    out = {}
    for line in lexicon.lines(ALIASES):
        canonical, *words = line.split()
        capitals = all(w.isupper() for w in words)
        out[tuple(w if capitals else w.lower() for w in words)] = (canonical, capitals)
        out.setdefault((canonical,), (canonical, False))  # the canonical name is its own alias: never stemmed
    return out


@lru_cache(maxsize=1)
def _alias_starts() -> frozenset[str]:
    return frozenset(a[0].lower() for a in aliases())


def _numbers(text: str) -> str:
    """One spelling per number: no thousands separators, millions and billions as '19m', '2bn'."""
    text = _THOUSANDS.sub("", text)
    return _MAGNITUDE.sub(lambda m: m.group(1) + ("bn" if m.group(2).lower().startswith("b") else "m"), text)


def _bare(word: str) -> str:
    return word[:-2] if word.lower().endswith("'s") else word


def _words(text: str) -> list[str]:
    """The words of text with each entity alias replaced by its canonical token (marked by a
    leading '='): longest alias first; an alias in capitals only where the text is not in
    capitals itself."""
    words = _WORD.findall(_numbers(text.replace("’", "'")))
    table = aliases()
    longest = max((len(a) for a in table), default=0)
    starts = _alias_starts()
    shouting = sum(1 for w in words if w.isupper() and len(w) > 1) > 0.6 * max(1, len(words))
    out, i = [], 0
    while i < len(words):
        if _bare(words[i]).lower() not in starts:  # the common case: no alias begins here
            out.append(words[i])
            i += 1
            continue
        for size in range(min(longest, len(words) - i), 0, -1):
            span = [_bare(w) for w in words[i : i + size]]
            hit = table.get(tuple(w.lower() for w in span))  # the case-blind ones
            if hit is None and not shouting:
                hit = table.get(tuple(span))  # one in capitals, written so
            if hit is not None:
                out.append("=" + hit[0])
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


def content_words(text: str) -> list[str]:
    """The words that say which claim a text carries: lower-cased, stemmed, no stop words;
    numbers in one spelling and entity aliases as one token (neither stemmed)."""
    out = []
    for w in _words(text):
        if w.startswith("="):
            out.append(w[1:])
            continue
        w = w.lower()
        if w.endswith("'s"):
            w = w[:-2]
        w = w.replace("'", "")
        if len(w) > 1 and w not in STOP:
            out.append(w if w[0].isdigit() else stem(w))
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
