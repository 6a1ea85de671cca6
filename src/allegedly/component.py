"""The spaCy component: `nlp.add_pipe("allegedly")` puts the sourcing map on doc._.allegedly.

It runs the same build_report() as allegedly.analyze(); the text is analysed as given (no
cleaning: the Doc already exists).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .ingest import Article
from .nlp import paragraph_boundaries  # noqa: F401  (registers allegedly_paragraphs)

if not Doc.has_extension("allegedly"):
    Doc.set_extension("allegedly", default=None)


class AllegedlyComponent:
    def __init__(self, nlp: Language, name: str, accurate: bool = False) -> None:
        self.name = name
        self.accurate = accurate
        if accurate:
            from .extract import encoder

            encoder.load()  # a missing extra fails when the pipe is added, not mid-corpus

    def __call__(self, doc: Doc) -> Doc:
        from .analyze import build_report

        doc._.allegedly = build_report(Article(name=self.name, text=doc.text), doc, self.accurate)
        return doc


@Language.factory(
    "allegedly",
    default_config={"accurate": False},
    requires=["token.dep", "token.lemma", "token.pos", "doc.ents"],
    assigns=["doc._.allegedly"],
)
def make_allegedly(nlp: Language, name: str, accurate: bool) -> AllegedlyComponent:
    return AllegedlyComponent(nlp, name, accurate)
