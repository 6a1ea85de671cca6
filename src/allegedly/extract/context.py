"""What every extraction stage may read: the parsed Doc plus facts computed once per Doc."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .spans import doc_text, Offsets, find_quotes


@dataclass
class Context:
    doc: Doc
    quotes: list[Offsets] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    # the accurate mode's per-token label probabilities (extract/encoder.py), else None
    tags: Any = None

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
