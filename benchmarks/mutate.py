"""Mutations of real article text for the fuzz benchmark and the property tests: the kinds
of damage real inputs carry (broken encodings, stray markup, control characters, lone
surrogates, unbalanced quotes, runs without white space or full stops, cut paragraphs)."""

from __future__ import annotations

import random

_JUNK = [
    '"', "“", "”", "‘", "’", "'", "\n", "\n\n", "\r\n", "\t", "\x00", "\x1b[2J", "\x1b]0;t\x07", "\x85", "\u2028", "\u2029",
    "\ud800", "\udfff", "\ufeff", "\u200b", "\u202e", "😀", "<p>", "</p>", "<script>x</script>", "&amp;", "&#0;", "]]>",
    "[x](javascript:alert(1))", " said ", " according to ", ": ", " — ", "...", "?", "!", ",", ".",
]


def mutate(text: str, rng: random.Random, steps: int = 6) -> str:
    """text with a few random mutations applied."""
    for _ in range(rng.randint(1, steps)):
        op = rng.randrange(9)
        i = rng.randrange(len(text) + 1)
        if op == 0:
            text = text[:i] + rng.choice(_JUNK) + text[i:]
        elif op == 1 and text:
            j = min(len(text), i + rng.randint(1, 200))
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:i] + rng.choice(_JUNK) * rng.randint(2, 400) + text[i:]
        elif op == 3 and text:
            j = min(len(text), i + rng.randint(1, 400))
            text = text[:i] + text[i:j] * rng.randint(2, 5) + text[j:]
        elif op == 4:
            paras = text.split("\n\n")
            rng.shuffle(paras)
            text = "\n\n".join(paras)
        elif op == 5:
            text = text.replace(".", "", rng.randint(1, 50))
        elif op == 6:
            text = text.replace(" ", "", rng.randint(1, 200))
        elif op == 7:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        else:
            text = text[: rng.randint(0, len(text))]
    return text
