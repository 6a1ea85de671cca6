"""The spaCy component: `nlp.add_pipe("allegedly")` puts the sourcing map on doc._.allegedly.

It runs the same build_report() as allegedly.analyze(), on the text as given (no cleaning:
the Doc already exists). Adding it also puts allegedly's guarded tokenizer on the pipeline
(nlp.guard): paragraph boundaries and the work caps, which must act before the parser, the
curly contraction clitics given their ASCII forms' features in the vocabulary, and
the reparse of reporting verbs read as nouns (misread.py), after the lemmatizer, so that a
stock pipeline gives what analyze(..., options=Options(raw=True)) gives for Docs made after
the pipe is added.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import misread
from .ingest import Article
from .pipeline import guard, paragraph_boundaries  # noqa: F401  (registers allegedly_paragraphs)

if not Doc.has_extension("allegedly"):
    Doc.set_extension("allegedly", default=None)


class AllegedlyComponent:
    def __init__(self, nlp: Language, name: str, accurate: bool = False, univocal: bool = False) -> None:
        self.name = name
        self.accurate = accurate
        self.univocal = univocal
        guard(nlp)
        misread.add_to(nlp)
        if accurate:
            from .extract import encoder

            encoder.load()  # a missing extra fails when the pipe is added, not mid-corpus

    def __call__(self, doc: Doc) -> Doc:
        from .core import build_report

        doc._.allegedly = build_report(Article(name=self.name, text=doc.text), doc, self.accurate, self.univocal)
        return doc


@Language.factory(
    "allegedly",
    default_config={"accurate": False, "univocal": False},
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
    assigns=["doc._.allegedly"],
)
def make_allegedly(nlp: Language, name: str, accurate: bool, univocal: bool) -> AllegedlyComponent:
    return AllegedlyComponent(nlp, name, accurate, univocal)
