"""HTML pages: furniture out and embedded posts in (page.py), main text and metadata through
trafilatura, story paragraphs trafilatura dropped put back, then the same cleaner as text.

The title is analysed once, as the headline: it opens the text, and a heading in the body
that repeats it is removed.
"""

from __future__ import annotations

import logging
from html.parser import HTMLParser

import trafilatura
from lxml.html import HtmlElement

from ..errors import NoArticleText
from ..schema import ArticleMeta
from .clean import clean, is_credit, same_heading
from .page import Prepared, parse, prepare, sentence_like

log = logging.getLogger(__name__)

def _extract(source: HtmlElement | str) -> dict:
    """trafilatura's reading of the page: main text and metadata, as a dict.

    Options chosen on pages written like real CMS output (tests/fixtures/pages): favor_recall
    keeps short story paragraphs and link-heavy ones that hold an attribution ("<a>The Gazette
    reported</a> that ..."), which favor_precision drops; the boilerplate recall lets through
    is page.py's and the cleaner's job. Tables stay (a table can hold who said what); links,
    images and formatting would only add markup to strip again; comments are not the story;
    no deduplication across pages, which would make one page's text depend on the previous.
    """
    doc = trafilatura.bare_extraction(
        source,
        with_metadata=True,
        include_comments=False,
        favor_recall=True,
        include_tables=True,
        include_links=False,
        include_images=False,
        include_formatting=False,
        deduplicate=False,
    )
    if doc is None:
        return {}
    return doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _fallback_text(tree: HtmlElement | None, page: str) -> str:
    """All visible text of a page trafilatura could not make sense of (broken markup, or
    nesting deeper than the tree parser goes: then a flat reading of the tags)."""
    blocks: list[str] = []
    if tree is not None:
        blocks = [_norm(b.text_content()) for b in tree.xpath("//p|//h1|//h2|//h3|//li|//blockquote")]
        blocks = [b for b in blocks if b] or [_norm(tree.text_content())]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else flat_text(page)


_BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote tr td section article header footer ul ol table".split())
_HIDDEN = frozenset("script style noscript template head title svg".split())


class _Flat(HTMLParser):
    """Text blocks of a page read tag by tag, with no tree: no depth to run out of."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.current.append(data)

    def flush(self) -> None:
        text = _norm("".join(self.current))
        if text:
            self.blocks.append(text)
        self.current = []


def flat_text(page: str) -> str:
    reader = _Flat()
    reader.feed(page)
    reader.close()
    reader.flush()
    return "\n\n".join(reader.blocks)


def restore(lines: list[str], story: list[str]) -> tuple[list[str], int]:
    """Put back, in page order, the story paragraphs trafilatura dropped. Only when a good
    share of the story's paragraphs are in its output (so both read the same part of the
    page: a third, since a collapsed "continue reading" block can hold half the story), and
    only paragraphs that read as sentences."""
    out = list(lines)
    normed = [_norm(line) for line in out]
    sentences = [p for p in story if sentence_like(p)]
    where = [next((i for i, line in enumerate(normed) if p in line or (len(line) > 40 and line in p)), None) for p in sentences]
    found = sum(w is not None for w in where)
    if found < 2 or found * 3 < len(sentences):
        return out, 0
    restored, last, shift = 0, -1, 0
    for par, at in zip(sentences, where):
        if at is not None:
            last = max(last, at + shift)
            continue
        last += 1
        out.insert(last, par)
        shift += 1
        restored += 1
    return out, restored


def _headline(title: str | None, lines: list[str], h1s: set[str]) -> str | None:
    """The headline as the page shows it: the body's first line when it is one of the page's
    <h1> and the same headline as the metadata's title (which may carry the site's name)."""
    if not lines:
        return title
    first = lines[0]
    if first in h1s and (title is None or same_heading(first, title) or first in title):
        return first
    return title


def read_html(page: str, meta: ArticleMeta | None = None) -> tuple[str, ArticleMeta, list[str]]:
    """Article text, metadata (what the caller gave wins over what the page says), warnings."""
    warnings: list[str] = []
    tree = parse(page)
    prepared: Prepared | None = prepare(tree) if tree is not None else None
    h1s = {_norm(h.text_content()) for h in tree.iter("h1")} if tree is not None else set()
    found = _extract(prepared.tree if prepared is not None else page)
    # trafilatura puts one paragraph a line; the rest of allegedly reads blank-line paragraphs
    lines = [_norm(line) for line in (found.get("text") or "").splitlines() if line.strip()]
    if lines and prepared is not None:
        lines, restored = restore(lines, prepared.story)
        if restored:
            warnings.append(f"{restored} story paragraph(s) the extractor dropped were put back")
    if not lines:
        lines = [b for b in _fallback_text(tree, page).split("\n\n") if b.strip()]
        if lines:
            warnings.append("main text not found: analysed all the page's visible text")
    if not lines:
        raise NoArticleText("HTML with no readable text in it")
    if prepared is not None and prepared.removed:
        what = ", ".join(f"{kind} x{n}" for kind, n in sorted(prepared.removed.items()))
        warnings.append(f"page furniture: {what}")
    title = _headline(found.get("title"), lines, h1s)
    text, dropped = clean("\n\n".join(lines), title=title)
    if dropped:
        warnings.append(f"cleaner removed {dropped} promo/caption/credit/repeated paragraphs (--raw keeps them)")
    if title:
        text = f"{title}\n\n{text}" if text else title
    author = found.get("author") or ""
    page_meta = ArticleMeta(
        title=title,
        outlet=found.get("sitename") or found.get("hostname"),
        url=found.get("url"),
        published=found.get("date"),
        authors=[a.strip() for a in author.split(";") if a.strip() and not is_credit(a.strip())],
    )
    return text, merge_meta(page_meta, meta), warnings


def merge_meta(found: ArticleMeta, given: ArticleMeta | None) -> ArticleMeta:
    if given is None:
        return found
    return ArticleMeta(
        title=given.title or found.title,
        outlet=given.outlet or found.outlet,
        url=given.url or found.url,
        published=given.published or found.published,
        authors=given.authors or found.authors,
    )
