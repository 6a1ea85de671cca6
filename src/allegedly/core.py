"""The one core: Article + parsed Doc -> Report. Every interface calls analyze() or
analyze_articles(); none re-implements extraction."""

from __future__ import annotations

import logging
from itertools import groupby
from typing import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from . import pipeline
from .errors import AnalysisFailed, InputError
from .extract import encoder, find_attributions
from .extract.spans import doc_text
from .ingest import Article, Problem, article_from_text
from .ingest.meta import article_meta
from .options import DEFAULT, Options
from .schema import Report
from .sourcing import headline_for, map_sources, scorecard

log = logging.getLogger(__name__)


def analyze(
    text_or_html: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | None = None,
    authors: Sequence[str] | str | None = None,
    options: Options = DEFAULT,
) -> Report:
    """Analyse one article (plain text, markdown or HTML) and return its sourcing map.

    title, outlet, url, published and authors fill the article metadata (an HTML page's own
    metadata fills what is not given). Raises allegedly.errors.InputError when the input
    cannot be analysed, AnalysisFailed when the engine fails on it.
    """
    if not isinstance(text_or_html, str):
        raise InputError(f"analyze() takes the article as a string, not {type(text_or_html).__name__}")
    meta, _ = article_meta({"title": title, "outlet": outlet, "url": url, "published": published, "authors": authors})
    article = article_from_text(text_or_html, meta=meta, options=options)
    item = next(iter(analyze_articles([article], options=options)))
    if isinstance(item, Problem):
        raise AnalysisFailed(item.message)
    return item


def analyze_articles(items: Iterable[Article | Problem], *, options: Options = DEFAULT) -> Iterator[Report | Problem]:
    """Reports for many articles in one nlp.pipe pass; Problems pass through in place."""
    nlp = pipeline.load()
    if options.accurate:
        encoder.load()  # a missing extra fails here, once, before any parsing
    nlp.max_length = max(nlp.max_length, options.max_chars + 1)
    pending: list[Article | Problem] = []

    def texts() -> Iterator[str]:
        for item in items:
            pending.append(item)
            if isinstance(item, Article):
                yield item.text

    docs = parse(nlp, texts(), batch_size=options.batch_size)
    for doc in docs:
        while pending and isinstance(pending[0], Problem):
            yield pending.pop(0)  # type: ignore[misc]  # a Problem, by the test above
        article = pending.pop(0)
        assert isinstance(article, Article)
        try:
            yield build_report(article, doc, options.accurate, options.univocal)
        except Exception as err:  # one article's bug must not sink the batch
            log.exception("analysis failed on %s", article.name)
            yield Problem(article.name, f"internal error while analysing ({type(err).__name__}: {err}); please report it")
    while pending:  # only Problems are left: every Article had its Doc
        left = pending.pop(0)
        assert isinstance(left, Problem)
        yield left


PART_CHARS = 50_000  # a longer text is parsed in parts this size at most (cut at paragraphs)


def parse(nlp, texts: Iterable[str], batch_size: int = 16, part: int | None = None) -> Iterator[Doc]:
    """nlp.pipe, but a long text goes through one part at a time, cut at paragraph breaks,
    and comes back joined into one Doc with the same text: the parser's working memory grows
    with the length of what it is given at once (about 1 GB for 250 KB in one piece, or in
    one batch), a part's does not. Sentences never cross a paragraph break, so the parse is
    the same but at the seams."""
    part = part or PART_CHARS
    for long, group in groupby(texts, key=lambda t: len(t) > part):
        if not long:
            yield from nlp.pipe(group, batch_size=batch_size)
            continue
        for text in group:
            pieces = [nlp(piece) for piece in split_text(text, part)]
            caps = [c for d in pieces for c in d.user_data.pop(pipeline.CAPS, [])]  # merged here, not by spaCy
            joined = Doc.from_docs(pieces, ensure_whitespace=False)
            if caps:
                joined.user_data[pipeline.CAPS] = list(dict.fromkeys(caps))
            yield joined


def split_text(text: str, part: int = PART_CHARS) -> list[str]:
    """text in consecutive pieces of at most `part` characters that join back to it, each
    ending after a paragraph break where there is one (else a line break, else a space)."""
    if len(text) <= part:
        return [text]
    out: list[str] = []
    start = 0
    while len(text) - start > part:
        window = text[start : start + part]
        cut = next((window.rfind(sep) + len(sep) for sep in ("\n\n", "\n", " ") if window.rfind(sep) > part // 2), part)
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def build_report(article: Article, doc: Doc, accurate: bool = False, univocal: bool = False) -> Report:
    text = doc_text(doc)
    findings = find_attributions(doc, accurate=accurate, nested=not univocal)
    entities, attributions = map_sources(doc, text, findings)
    warnings = list(article.warnings) + list(doc.user_data.get(pipeline.CAPS, []))  # where a work cap was hit
    report = Report(text=text, article=article.meta, entities=entities, attributions=attributions, warnings=warnings, input=article.name)
    report.headline = headline_for(report)
    report.scorecard = scorecard(report)
    return report
