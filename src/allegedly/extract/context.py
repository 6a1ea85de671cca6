"""What every extraction stage may read: the parsed Doc plus facts computed once per Doc."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.tokens import Doc

from .spans import Offsets, doc_text, find_quotes


@dataclass
class Context:
    doc: Doc
    quotes: list[Offsets] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    # per-token label probabilities (extract/tagger.py or encoder.py), else None
    tags: Any = None
    _arrays: "TokenArrays | None" = None
    memo: dict = field(default_factory=dict)  # per-Doc cache for the features (features.py)

    @property
    def arrays(self) -> "TokenArrays":
        """Token facts as numpy arrays, built once: the features read them per candidate."""
        if self._arrays is None:
            self._arrays = TokenArrays.of(self.doc, self.tags)
        return self._arrays

    @classmethod
    def of(cls, doc: Doc, tags: Any = None) -> "Context":
        quotes = find_quotes(doc_text(doc))
        return cls(doc, quotes, [q[0] for q in quotes], tags)

    def quote_at(self, char: int) -> Offsets | None:
        """The quotation that holds this character offset, if any."""
        i = bisect_right(self._starts, char) - 1
        if i >= 0 and self.quotes[i][0] <= char < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def quote_ending_before(self, char: int, gap: str = " ,\t") -> Offsets | None:
        """A quotation that ends at char, give or take the characters in gap."""
        text = doc_text(self.doc)
        j = char
        while j > 0 and text[j - 1] in gap:
            j -= 1
        q = self.quote_at(j - 1) if j > 0 else None
        return q if q and q[1] == j else None

    def quote_starting_after(self, char: int, gap: str = " ,:\t") -> Offsets | None:
        text = doc_text(self.doc)
        j = char
        while j < len(text) and text[j] in gap:
            j += 1
        q = self.quote_at(j)
        return q if q and q[0] == j else None


@dataclass
class TokenArrays:
    start: np.ndarray  # character offsets
    end: np.ndarray
    punct: np.ndarray
    word: np.ndarray  # neither space nor punctuation
    sent_start: np.ndarray  # the token's sentence, as token indices [start, end)
    sent_end: np.ndarray
    src: np.ndarray | None  # P(source), P(cue), P(content) per token, B and I summed
    cue: np.ndarray | None
    con: np.ndarray | None

    @classmethod
    def of(cls, doc: Doc, tags: Any) -> "TokenArrays":
        n = len(doc)
        a = doc.to_array(["IDX", "LENGTH", "IS_PUNCT", "IS_SPACE"]).astype(np.int64).reshape(n, 4)
        start, end = a[:, 0], a[:, 0] + a[:, 1]
        punct, space = a[:, 2] == 1, a[:, 3] == 1
        s_start = np.zeros(n, dtype=np.int64)
        s_end = np.zeros(n, dtype=np.int64)
        for sent in doc.sents:
            s_start[sent.start : sent.end] = sent.start
            s_end[sent.start : sent.end] = sent.end
        src = cue = con = None
        if tags is not None:
            src, cue, con = tags[:, 1] + tags[:, 2], tags[:, 3] + tags[:, 4], tags[:, 5] + tags[:, 6]
        return cls(start, end, punct, ~(punct | space), s_start, s_end, src, cue, con)

    def cue_words(self, cue: Offsets, cue_token: int) -> np.ndarray:
        """A cue's word tokens; a cue of punctuation alone (':', '―') is its own token."""
        words = self.words_in(cue)
        return words if len(words) else np.array([cue_token])

    def words_in(self, span: Offsets) -> np.ndarray:
        """Indices of the word tokens a character span touches (as char_span 'expand')."""
        i0 = int(np.searchsorted(self.end, span[0], side="right"))
        i1 = int(np.searchsorted(self.start, span[1], side="left"))
        idx = np.arange(i0, i1)
        return idx[self.word[i0:i1]]
