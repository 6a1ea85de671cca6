"""Case-insensitive lexicon searches run as case-sensitive ones on lowered text.

Python's re compares every character twice under IGNORECASE (its lower and its upper form),
and a lexicon's alternation of a hundred phrases does that at every position of a sentence:
the qualifiers' searches were a sixth of the analysis after parsing. The same pattern with
its letters lowered and without the flag, searched in the text lowered, finds the same
spans several times faster. Two guards keep it the same search: the lowered text must keep
every character's place (str.lower turns 'İ' into two), or the caller searches the text as it
is; and a pattern that reads case itself (an inline '(?-i:[A-Z])', a character given by its
code) has no twin. `tests/test_speed_equivalence.py` compares both ways on real text.
"""

from __future__ import annotations

import re

# what IGNORECASE matches with an ASCII letter and str.lower leaves alone: the long s and
# the dotless i (the equivalences re's compiler adds for 's' and 'i'; the Kelvin sign and
# the others lower() maps already)
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i"})
_READS_CASE = re.compile(r"\(\?[a-zA-Z]*-i|\(\?P|\\[xuUN0-7]")  # inline flags off, named groups, character codes
_LETTER = re.compile(r"\\.|[A-Z]")  # an escape ('\S', '\W' keep their case) or a capital

_last: tuple[str, str | None] = ("", "")


def folded(text: str) -> str | None:
    """text lowered for a twin pattern, None where lowering moves a character; the last
    text's answer is kept (a report searches one text a few thousand times)."""
    global _last
    seen = _last
    if seen[0] is text:
        return seen[1]
    low = text.lower().translate(_FOLD)
    out = low if len(low) == len(text) else None
    _last = (text, out)
    return out


def twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """pattern without IGNORECASE, for folded text; None where it cannot have one."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or _READS_CASE.search(source):
        return None
    lowered = _LETTER.sub(lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), source)
    return re.compile(lowered, pattern.flags & ~re.IGNORECASE)


def anchor(source: str) -> str:
    """The longest run of plain characters every match of the pattern holds (its top-level
    literal words: 'been', 'alleged'), '' where there is none: a pattern whose anchor is not in
    the text cannot match there, which str.find tells far sooner than the regex."""
    runs: list[str] = []
    run: list[str] = []
    depth = 0
    i = 0
    while i < len(source):
        c = source[i]
        if c in "*+?{" and depth == 0 and run:
            run.pop()  # the character before a quantifier may be absent
        if c == "\\" or c in "()[]|.^$*+?{}" or depth:
            runs.append("".join(run))
            run = []
            if c == "\\":
                i += 1
            elif c == "[":
                i = _class_end(source, i)
            elif c == "{" and "}" in source[i:]:
                i = source.index("}", i)  # a count ('{0,2}'), no text
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
            elif c == "|" and depth == 0:
                return ""  # alternatives at the top: nothing they all hold
        else:
            run.append(c)
        i += 1
    runs.append("".join(run))
    return max(runs, key=len)


def _class_end(source: str, i: int) -> int:
    """The index of the ']' that closes the class opened at i."""
    i += 1
    if i < len(source) and source[i] == "^":
        i += 1
    if i < len(source) and source[i] == "]":
        i += 1  # a ']' first in a class is a member
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i
