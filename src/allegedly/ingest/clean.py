"""The cleaner for plain text and markdown (and for trafilatura's output, which keeps promo
paragraphs that sit inside the article body as plain <p>).

Removes newsletter and promo blocks, image captions, share lines, credit and source lines
("SOURCE: News agencies", "Reporting by ...; Editing by ..."), repeated headings (the title
again, a heading shown twice) and markdown markup, and keeps every paragraph of the story.
Returns how many paragraphs it dropped, so a report can say so: nothing is lost silently,
and --raw analyses the input untouched.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .. import lexicon

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
# Emphasis only as a matched pair around words ("**bold**", "_italic_"); a lone "__" stays.
_EMPHASIS = re.compile(r"(?<![\w*_])(\*\*|__|\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*_])")
_HEADING = re.compile(r"^#{1,6}\s+", re.M)
_CAPTION = re.compile(r"\((?:image|images|photo|photograph|picture|pic|credit|video)s?\s*:[^)]*\)\s*$", re.I)
_SECOND_PERSON = re.compile(r"\b(you|your|you're|you'll)\b", re.I)
_PARAGRAPHS = re.compile(r"\n[ \t]*\n+")


@lru_cache(maxsize=1)
def promo_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(ln, re.I) for ln in lexicon.lines("promo_patterns.txt"))


@lru_cache(maxsize=1)
def credit_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(ln, re.I) for ln in lexicon.lines("credit_lines.txt"))


_PROMO_MAX_WORDS = 60  # promo blurbs are short: a long paragraph is story, whatever it mentions


def _is_promo(par: str) -> bool:
    return len(par.split()) <= _PROMO_MAX_WORDS and any(p.search(par) for p in promo_patterns())


def _is_caption(par: str) -> bool:
    """'Donald Trump and Vladimir Putin. (Image: AFP via Getty Images.)': a picture's caption."""
    return bool(_CAPTION.search(par)) and len(par.split()) <= 30


_CREDIT_MAX_WORDS = 40
_HEADING_MAX_WORDS = 25
_SENTENCE_END = re.compile(r"[.;][\"”’')\]]*$")
_DASHES = ("—", "–", "―", "-")


def is_credit(par: str) -> bool:
    """'SOURCE: News agencies', 'Reporting by Jo Doe; Editing by Sam Lee': who made the story."""
    return len(par.split()) <= _CREDIT_MAX_WORDS and any(p.fullmatch(par) for p in credit_patterns())


def _heading_key(par: str) -> str | None:
    """A heading-like paragraph (short, not a sentence) reduced to its letters and digits,
    for comparing two headings; None for a paragraph of story."""
    if len(par.split()) > _HEADING_MAX_WORDS or _SENTENCE_END.search(par):
        return None
    return "".join(ch for ch in par.casefold() if ch.isalnum())


def same_heading(a: str, b: str) -> bool:
    """The same headline twice, up to case, punctuation and a small edit ('Bridge closure:
    Council says ...' and 'Bridge closure - council says ...')."""
    ka, kb = _heading_key(a), _heading_key(b)
    if not ka or not kb:
        return False
    return ka == kb or SequenceMatcher(None, ka, kb, autojunk=False).ratio() >= 0.9


def _repeats(pars: list[str], title: str | None) -> list[bool]:
    """The title again (as a heading, up to case, punctuation and a small edit) and a
    paragraph that repeats an earlier one word for word: shown twice on the page, read once.
    Other headings are compared word for word only: live-blog entries and posts that differ
    by a time or a word are different paragraphs."""
    first = pars[0] if pars and title is None and _heading_key(pars[0]) is not None else title
    seen: set[str] = set()
    out = []
    for i, par in enumerate(pars):
        key = " ".join(par.casefold().split())
        if par.startswith(_DASHES):  # "— Name (@handle) date": each embedded post has its own
            out.append(False)
            continue
        out.append(key in seen or (first is not None and (i > 0 or title is not None) and same_heading(par, first)))
        seen.add(key)
    return out


def _unmark(par: str) -> str:
    par = _IMAGE.sub("", par)
    par = _LINK.sub(r"\1", par)
    par = _HEADING.sub("", par)
    par = _EMPHASIS.sub(r"\2", par)
    return re.sub(r"[ \t]+", " ", par).strip()


def clean(text: str, title: str | None = None) -> tuple[str, int]:
    """The story's paragraphs, blank-line separated, and the number of paragraphs removed.
    With a title (the page's headline, kept apart by the caller), a heading that repeats it
    is removed too."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pars = [_unmark(p) for p in _PARAGRAPHS.split(text)]
    pars = [p for p in pars if p]
    promo = [_is_promo(p) or _is_caption(p) or is_credit(p) for p in pars]
    promo = [drop or repeat for drop, repeat in zip(promo, _repeats(pars, title))]
    # a reader-addressed paragraph between two promo paragraphs belongs to the same block
    for i in range(1, len(pars) - 1):
        if not promo[i] and _SECOND_PERSON.search(pars[i]):
            before = any(promo[j] for j in range(max(0, i - 3), i))
            after = any(promo[j] for j in range(i + 1, min(len(pars), i + 4)))
            if before and after:
                promo[i] = True
    kept = [p for p, drop in zip(pars, promo) if not drop]
    return "\n\n".join(kept), sum(promo)


def guess_title(text: str) -> str | None:
    """The first paragraph when it reads like a headline: short and not a full sentence."""
    first = text.split("\n\n", 1)[0].strip()
    if first and len(first.split()) <= 25 and "\n" not in first and not first.endswith((".", ":")):
        return first
    return None
