"""Analyse inputs and store them: the library side of `allegedly ingest`.

Inputs are read and hashed before analysis, so articles already stored are not analysed
again: a rerun after a crash or a kill resumes where the last committed batch ended.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from ..core import analyze_articles
from ..ingest import Article, Problem, iter_inputs
from ..options import DEFAULT, Options
from ..schema import Report
from .store import ArticleRows, Store, content_hash, rows_of

_JSONL_NAME = re.compile(r"^(?P<file>.+?\.(?:jsonl|ndjson|jsonlines|json))(?::(?P<id>.+))$", re.IGNORECASE)


def article_id(article: Article, digest: str) -> str:
    """A JSONL record's own id; a file's name; the hash for standard input.

    A JSONL record without an id keeps "FILE:LINE" (a bare line number would collide
    across files)."""
    own = getattr(article, "id", None)
    if own:
        return str(own)
    m = _JSONL_NAME.match(article.name)
    if m and not m.group("id").isdigit():
        return m.group("id")
    if article.name in ("<stdin>", "<text>", "request") or not article.name:
        return digest[:16]
    return article.name


@dataclass
class IngestResult:
    stored: int = 0
    already: int = 0
    failed: int = 0
    problems: list[Problem] = field(default_factory=list)


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    options: Options = DEFAULT,
    batch_size: int = 64,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Callable[[int, int, int], None] | None = None,
) -> IngestResult:
    """Analyse everything behind paths and store it, one transaction per batch_size
    articles. on_progress(stored, already, failed) is called after each article."""
    result = IngestResult()

    def report_problem(p: Problem) -> None:
        result.failed += 1
        result.problems.append(p)
        if on_problem:
            on_problem(p)
        if on_progress:
            on_progress(result.stored, result.already, result.failed)

    def fresh() -> Iterator[Article | Problem]:
        """Inputs not stored yet, in order; a batch of hashes is checked at once."""
        pending: list[tuple[Article, str]] = []
        batch_seen: set[str] = set()

        def flush() -> Iterator[Article]:
            known = store.known_hashes(d for _, d in pending)
            for art, d in pending:
                if d in known or d in batch_seen:
                    result.already += 1
                    if on_progress:
                        on_progress(result.stored, result.already, result.failed)
                    continue
                batch_seen.add(d)
                waiting.setdefault(art.name, deque()).append((art, d))
                yield art
            pending.clear()

        for item in iter_inputs(paths, options):
            if isinstance(item, Problem):
                yield item
                continue
            pending.append((item, content_hash(item.meta.title, item.text)))
            if len(pending) >= batch_size:
                yield from flush()
        yield from flush()

    waiting: dict[str, deque[tuple[Article, str]]] = {}  # input name -> articles sent to analysis
    batch: list[ArticleRows] = []

    for item in analyze_articles(fresh(), options=options):
        if isinstance(item, Problem):
            queue = waiting.get(item.name)
            if queue:
                queue.popleft()
            report_problem(item)
            continue
        queue = waiting.get(item.input or "")
        art, digest = queue.popleft() if queue else (None, content_hash(item.article.title, item.text))
        batch.append(rows_of(item, _unique_id(store, batch, art, digest), digest))
        if len(batch) >= batch_size:
            result.stored += store.add_batch(batch)
            batch.clear()
        if on_progress:
            on_progress(result.stored + len(batch), result.already, result.failed)
    if batch:
        result.stored += store.add_batch(batch)
    return result


def _unique_id(store: Store, batch: list[ArticleRows], art: Article | None, digest: str) -> str:
    wanted = article_id(art, digest) if art is not None else digest[:16]
    taken = {r.article["id"] for r in batch}
    out = store.free_id(wanted, digest)
    return out if out not in taken else f"{wanted}~{digest[:8]}"


def ingest_reports(reports: Iterable[tuple[str, Report]], store: Store, batch_size: int = 64) -> int:
    """Store already-analysed Reports under the given ids (for callers that analysed
    elsewhere, e.g. on Dask workers). Returns how many were new."""
    batch: list[ArticleRows] = []
    n = 0
    for aid, rep in reports:
        batch.append(rows_of(rep, aid, content_hash(rep.article.title, rep.text)))
        if len(batch) >= batch_size:
            n += store.add_batch(batch)
            batch.clear()
    if batch:
        n += store.add_batch(batch)
    return n
