"""Load the word lists in allegedly/data: lexicons are data, each file says where it comes from."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def lines(name: str) -> list[str]:
    """The file's lines, comment lines and blank lines removed, kept verbatim otherwise (for
    files of regular expressions, where '#' may be part of a pattern)."""
    text = resources.files("allegedly.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def _lines(name: str) -> list[str]:
    """Word-list lines: as lines(), with trailing '# comments' cut off too."""
    return [kept for kept in (ln.split("#", 1)[0].strip() for ln in lines(name)) if kept]


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The first field of each line, lower-cased."""
    return frozenset(line.split()[0].lower() for line in _lines(name))


@lru_cache(maxsize=None)
def flagged(name: str) -> dict[str, frozenset[str]]:
    """Each entry's first field -> the flags after it (merged when an entry repeats)."""
    out: dict[str, set[str]] = {}
    for line in _lines(name):
        head, *flags = line.split()
        out.setdefault(head.lower(), set()).update(flags)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """Whole lines as lower-cased word tuples, longest first so the longest match wins."""
    return tuple(sorted({tuple(line.lower().split()) for line in _lines(name)}, key=lambda p: (-len(p), p)))


def find_phrases(name: str, words: list[str]):
    """(start, phrase) for every place a phrase of the file stands in `words` (lower-cased
    tokens): longest phrases first, each in text order, so that a caller taking the first
    match over a stretch keeps the longest. A phrase is tried only where its first word is."""
    wanted = phrases(name)
    firsts = {p[0] for p in wanted}
    at: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        if w in firsts:
            at.setdefault(w, []).append(i)
    for phrase in wanted:
        n = len(phrase)
        for i in at.get(phrase[0], ()):
            if tuple(words[i : i + n]) == phrase:
                yield i, phrase


@lru_cache(maxsize=None)
def grouped(name: str) -> dict[str, frozenset[str]]:
    """Lines "group word": group -> its words, lower-cased."""
    out: dict[str, set[str]] = {}
    for line in _lines(name):
        group, word = line.split(None, 1)
        out.setdefault(group, set()).add(word.lower())
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def grouped_phrases(name: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Lines "group word word ...": (group, words) pairs, words lower-cased."""
    out = []
    for line in _lines(name):
        group, *words = line.split()
        out.append((group, tuple(w.lower() for w in words)))
    return tuple(out)
