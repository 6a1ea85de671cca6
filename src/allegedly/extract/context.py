"""What every extraction stage may read: the parsed Doc plus facts computed once per Doc."""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, IS_PUNCT, IS_QUOTE, IS_SPACE, IS_STOP, LEMMA, LENGTH, LOWER, POS, SENT_START, TAG
from spacy.tokens import Doc

from .spans import Offsets, doc_quotes, doc_text


@dataclass
class Context:
    doc: Doc
    quotes: list[Offsets] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    # per-token label probabilities (extract/tagger.py or encoder.py), else None
    tags: Any = None
    _arrays: "TokenArrays | None" = None
    memo: dict = field(default_factory=dict)  # per-Doc cache for the features (features.py)
    _tokens: "Tokens | None" = None
    _char_spans: dict = field(default_factory=dict)

    @property
    def arrays(self) -> "TokenArrays":
        """Token facts as numpy arrays, built once: the features read them per candidate."""
        if self._arrays is None:
            self._arrays = TokenArrays.of(self.doc, self.tags)
        return self._arrays

    def forget(self) -> None:
        """Drop the caches that grow with each candidate scored (the features' memo, the
        word indices of each span): on text with tens of thousands of cues ("he said that he
        said that ...") they held a list per content span, 74 MB per 100 KB."""
        self.memo.clear()
        if self._arrays is not None:
            self._arrays.lists._words.clear()

    @property
    def tokens(self) -> "Tokens":
        """Token facts as plain lists, built once: doc[i] makes a new Token on every access."""
        if self._tokens is None:
            self._tokens = tokens_of(self.doc)
        return self._tokens

    def char_span(self, offsets: Offsets) -> tuple[int, int] | None:
        """doc.char_span(*offsets, alignment_mode="expand") as (start, end) token indices,
        computed once per offsets."""
        got = self._char_spans.get(offsets, False)
        if got is False:
            span = self.doc.char_span(offsets[0], offsets[1], alignment_mode="expand")
            got = self._char_spans[offsets] = (span.start, span.end) if span is not None else None
        return got  # type: ignore[return-value]

    @classmethod
    def of(cls, doc: Doc, tags: Any = None) -> "Context":
        quotes = doc_quotes(doc)
        return cls(doc, quotes, [q[0] for q in quotes], tags)

    def quote_at(self, char: int) -> Offsets | None:
        """The quotation that holds this character offset, if any."""
        i = bisect_right(self._starts, char) - 1
        if i >= 0 and self.quotes[i][0] <= char < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def quote_starts_in(self, span: Offsets) -> bool:
        """Whether a quotation opens inside span."""
        i = bisect_left(self._starts, span[0])
        return i < len(self._starts) and self._starts[i] < span[1]

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
    lists: "TokenLists"  # the same facts as Python lists, for reading one token at a time

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
        word = ~(punct | space)
        lists = TokenLists(start.tolist(), end.tolist(), word.tolist(), punct.tolist(), s_start.tolist(), s_end.tolist())
        if tags is None:
            return cls(start, end, punct, word, s_start, s_end, None, None, None, lists)
        src, cue, con = tags[:, 1] + tags[:, 2], tags[:, 3] + tags[:, 4], tags[:, 5] + tags[:, 6]
        lists.src, lists.cue, lists.con, lists.con_begin = src.tolist(), cue.tolist(), con.tolist(), tags[:, 5].tolist()
        return cls(start, end, punct, word, s_start, s_end, src, cue, con, lists)

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


_last: "tuple[weakref.ref[Doc], int, Tokens] | None" = None


def tokens_of(doc: Doc) -> "Tokens":
    """Tokens.of(doc), kept for the last Doc asked about: the tagger reads them before the
    Context exists, the stages after."""
    global _last
    last = _last
    if last is not None and last[0]() is doc and last[1] == len(doc):
        return last[2]
    tokens = Tokens.of(doc)
    _last = (weakref.ref(doc), len(doc), tokens)
    return tokens


_COLUMNS = [LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, HEAD, IDX, LENGTH, IS_PUNCT, IS_STOP, IS_SPACE, IS_QUOTE, SENT_START]


class _Names(dict):
    """Hash -> string, filled from a StringStore as hashes come (map(names.__getitem__, ...)
    then runs in C for every hash seen before). Kept per StringStore, and emptied when it
    grows past a million words."""

    def __init__(self, strings: Any) -> None:
        super().__init__()
        self.strings = strings

    def __missing__(self, h: int) -> str:
        if len(self) > 1_000_000:
            self.clear()
        name = self[h] = self.strings[h] if h else ""
        return name


_names: _Names | None = None  # for the StringStore last asked about (it cannot be weakly held)


def _names_for(strings: Any) -> _Names:
    global _names
    got = _names
    if got is None or got.strings is not strings:
        got = _names = _Names(strings)
    return got


@dataclass
class Tokens:
    """What the stages read of each token, as plain lists indexed by token (Token attribute
    in brackets): one to_array call instead of a Token object per access."""

    lower: list[str]  # lower_
    lemma: list[str]  # lemma_.lower()
    pos: list[str]  # pos_
    tag: list[str]  # tag_
    dep: list[str]  # dep_
    ent: list[str]  # ent_type_
    head: list[int]  # head.i
    idx: list[int]  # idx
    end: list[int]  # idx + len(text)
    punct: list[bool]  # is_punct
    stop: list[bool]  # is_stop
    space: list[bool]  # is_space
    quote: list[bool]  # is_quote
    sent_start: list[bool]  # bool(is_sent_start)
    _kids: list[int]  # every token with a head but itself, by head, then by position
    _first_kid: list[int]  # where each head's children start in _kids (n + 1 entries)

    def children(self, i: int) -> list[int]:
        """[c.i for c in doc[i].children]: the tokens whose head is i, in order (spaCy finds
        them between the token's edges, which hold every child)."""
        return self._kids[self._first_kid[i] : self._first_kid[i + 1]]

    @classmethod
    def of(cls, doc: Doc) -> "Tokens":
        n = len(doc)
        a = doc.to_array(_COLUMNS).reshape(n, len(_COLUMNS))  # uint64: string hashes
        names = _names_for(doc.vocab.strings)

        def column(k: int) -> list[str]:
            return list(map(names.__getitem__, a[:, k].tolist()))

        lemmas = column(1)
        lowered = {w: w.lower() for w in set(lemmas)}
        at = np.arange(n)
        heads = a[:, 6].astype(np.int64) + at  # HEAD is relative, may be < 0
        kids = np.nonzero(heads != at)[0]
        kids = kids[np.argsort(heads[kids], kind="stable")]
        first_kid = np.concatenate(([0], np.cumsum(np.bincount(heads[kids], minlength=n))))
        punct, stop, space, quote, sent_start = ((a[:, k] == 1).tolist() for k in range(9, 14))  # SENT_START: -1, 0 or 1
        return cls(
            lower=column(0),
            lemma=[lowered[w] for w in lemmas],
            pos=column(2),
            tag=column(3),
            dep=column(4),
            ent=column(5),
            head=heads.tolist(),
            idx=a[:, 7].tolist(),
            end=(a[:, 7] + a[:, 8]).tolist(),
            punct=punct,
            stop=stop,
            space=space,
            quote=quote,
            sent_start=sent_start,
            _kids=kids.tolist(),
            _first_kid=first_kid.tolist(),
        )

    def word(self, i: int) -> str:
        """The token as the features see it: punctuation and stop words as themselves, other
        words as their part of speech."""
        return self.lower[i] if self.punct[i] or self.stop[i] else self.pos[i]


@dataclass
class TokenLists:
    """TokenArrays' columns as Python lists (a float32 read through .tolist() is the same
    number), with the word-index look-ups memoised: the features ask for the same spans
    over and over."""

    start: list[int]
    end: list[int]
    word: list[bool]
    punct: list[bool]
    sent_start: list[int]
    sent_end: list[int]
    src: list[float] = field(default_factory=list)
    cue: list[float] = field(default_factory=list)
    con: list[float] = field(default_factory=list)
    con_begin: list[float] = field(default_factory=list)  # P(B-content)
    _words: dict = field(default_factory=dict)

    def words_in(self, span: Offsets) -> list[int]:
        """TokenArrays.words_in as a list (bisect is searchsorted on a sorted list)."""
        got = self._words.get(span)
        if got is None:
            i0 = bisect_right(self.end, span[0])
            i1 = bisect_left(self.start, span[1])
            word = self.word
            got = self._words[span] = [i for i in range(i0, i1) if word[i]]
        return got

    def cue_words(self, cue: Offsets, cue_token: int) -> list[int]:
        """TokenArrays.cue_words as a list."""
        return self.words_in(cue) or [cue_token]
