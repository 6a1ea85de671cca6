"""A cheap English check: the pipeline is English-only, so other languages are refused early.

Function words are the most reliable cheap signal (Grefenstette 1995): running English
prose has about 40% of its words in the list below; other languages using the Latin
alphabet score under 10%, non-Latin scripts near 0.
"""

from __future__ import annotations

import re

from ..errors import NotEnglish

_WORD = re.compile(r"[^\W\d_]+", re.U)
_FUNCTION = frozenset(
    "the of and to a in is was that for on it with as by at from he she his her they be are "
    "this have has had not but or an said were been will would who which their its i you we".split()
)


def english_share(text: str, sample: int = 2000) -> tuple[float, int]:
    words = _WORD.findall(text[:20000])[:sample]
    if not words:
        return 0.0, 0
    return sum(w.lower() in _FUNCTION for w in words) / len(words), len(words)


def check_english(text: str) -> None:
    share, n = english_share(text)
    if n >= 20 and share < 0.08:
        raise NotEnglish(f"does not look like English ({share:.0%} English function words); only English is supported")
