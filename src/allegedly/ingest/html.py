"""HTML pages: main text and metadata through trafilatura, then the same cleaner as text."""

from __future__ import annotations

import logging

import trafilatura
from lxml import html as lxml_html

from ..errors import NoArticleText
from ..schema import ArticleMeta
from .clean import clean

log = logging.getLogger(__name__)


def _fallback_text(page: str) -> str:
    """All visible text of a page trafilatura could not make sense of (broken markup)."""
    try:
        tree = lxml_html.fromstring(page)
    except Exception:  # lxml raises several unrelated types on hopeless markup
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    blocks = [b.text_content().strip() for b in tree.xpath("//p|//h1|//h2|//h3|//li|//blockquote")]
    blocks = [b for b in blocks if b]
    return "\n\n".join(blocks) if blocks else tree.text_content().strip()


def read_html(page: str, meta: ArticleMeta | None = None) -> tuple[str, ArticleMeta, list[str]]:
    """Article text, metadata (what the caller gave wins over what the page says), warnings."""
    warnings: list[str] = []
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, favor_recall=True)
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    body = (found.get("text") or "").strip()
    if not body:
        body = _fallback_text(page)
        if body:
            warnings.append("main text not found: analysed all the page's visible text")
    if not body:
        raise NoArticleText("HTML with no readable text in it")
    title = found.get("title")
    # trafilatura puts one paragraph a line; the rest of allegedly reads blank-line paragraphs
    body = "\n\n".join(line.strip() for line in body.splitlines() if line.strip())
    text, dropped = clean(body)
    if dropped:
        warnings.append(f"cleaner removed {dropped} promo/caption paragraphs (--raw keeps them)")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    author = found.get("author") or ""
    page_meta = ArticleMeta(
        title=title,
        outlet=found.get("sitename") or found.get("hostname"),
        url=found.get("url"),
        published=found.get("date"),
        authors=[a.strip() for a in author.split(";") if a.strip()],
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
