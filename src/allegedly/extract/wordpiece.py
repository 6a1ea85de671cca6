"""BERT's uncased WordPiece tokenizer, for the encoder: the same splits the encoder was
pretrained with, read from its own vocab.txt, with no tokenizer library.

It runs per spaCy token, so every word piece belongs to exactly one token and the encoder's
output lines up with the parse without any offset arithmetic."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

UNK, CLS, SEP = "[UNK]", "[CLS]", "[SEP]"
_MAX_WORD = 100


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F
    )


def basic_split(text: str) -> list[str]:
    """BERT's basic step: lower-case, strip accents, split off every punctuation mark."""
    text = unicodedata.normalize("NFD", text.lower())
    out: list[str] = []
    word: list[str] = []
    for ch in text:
        cp = ord(ch)
        cat = unicodedata.category(ch)
        if cat == "Mn" or cp == 0 or cp == 0xFFFD or (cat.startswith("C") and ch not in "\t\n\r"):
            continue
        if ch.isspace():
            if word:
                out.append("".join(word))
                word = []
        elif _is_punct(ch) or _is_cjk(cp):
            if word:
                out.append("".join(word))
                word = []
            out.append(ch)
        else:
            word.append(ch)
    if word:
        out.append("".join(word))
    return out


class WordPiece:
    def __init__(self, vocab: dict[str, int]):
        self.vocab = vocab
        self.unk = vocab[UNK]
        self.cls = vocab[CLS]
        self.sep = vocab[SEP]

    @classmethod
    def from_file(cls, path: Path) -> "WordPiece":
        with open(path, encoding="utf-8") as fh:
            return cls({line.rstrip("\n"): i for i, line in enumerate(fh)})

    def ids(self, text: str) -> list[int]:
        return [i for word in basic_split(text) for i in self._word(word)]

    @lru_cache(maxsize=65536)  # noqa: B019  (one WordPiece per process, held for its life)
    def _word(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match-first, as BERT does; a word it cannot cover is one [UNK]."""
        if len(word) > _MAX_WORD:
            return (self.unk,)
        out, start = [], 0
        while start < len(word):
            end = len(word)
            piece = None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    piece = self.vocab[sub]
                    break
                end -= 1
            if piece is None:
                return (self.unk,)
            out.append(piece)
            start = end
        return tuple(out)
