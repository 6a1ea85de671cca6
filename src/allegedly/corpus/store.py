"""The corpus store: analysed articles in SQLite (stdlib), queryable with plain SQL.

Write-ahead log, one transaction per batch, articles keyed by a hash of their content: a
batch either lands whole or not at all, so an ingest killed at any point (kill -9) loses
nothing committed, and a rerun skips what is stored and resumes. The tables are documented in
docs/corpus.md. `rows_of` turns one Report into its rows and is a plain function of
(Report, article id, hash), so the Dask runner can write the same rows to Parquet.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from ..errors import AllegedlyError
from ..schema import Report
from .signatures import Signature, signature_of

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,            -- the JSONL id, else the input's name, else the hash
    hash TEXT NOT NULL UNIQUE,      -- sha256 of title + text: the same article is stored once
    input TEXT,                     -- the input name it came from
    title TEXT, outlet TEXT, url TEXT, published TEXT, authors TEXT,  -- authors: JSON list
    headline_stance TEXT,           -- asserts | reports | refutes | NULL
    headline_summary TEXT,
    n_attributions INTEGER NOT NULL,
    report TEXT NOT NULL,           -- the full allegedly/1 JSON
    ingested_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id), entity_id TEXT NOT NULL,
    name TEXT, type TEXT, descriptors TEXT,   -- descriptors: JSON list
    PRIMARY KEY (article_id, entity_id)
);
CREATE TABLE IF NOT EXISTS attributions (
    article_id TEXT NOT NULL REFERENCES articles(id), attribution_id TEXT NOT NULL,
    source TEXT, speaker TEXT, speaker_name TEXT, source_type TEXT,
    cue TEXT, content TEXT, kind TEXT, channel TEXT,
    hedges TEXT,                    -- JSON list of the hedge words
    certainty TEXT, evidence TEXT, stance TEXT, via TEXT,
    in_headline INTEGER NOT NULL,   -- 1 when it carries the headline's claim
    PRIMARY KEY (article_id, attribution_id)
);
CREATE TABLE IF NOT EXISTS signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    tokens TEXT NOT NULL, names TEXT NOT NULL, embedding BLOB
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY, claim TEXT NOT NULL, first_seen TEXT, size INTEGER NOT NULL, story TEXT NOT NULL  -- story: its JSON
);
CREATE TABLE IF NOT EXISTS story_articles (
    story_id TEXT NOT NULL REFERENCES stories(id), article_id TEXT NOT NULL REFERENCES articles(id),
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX IF NOT EXISTS attributions_source_type ON attributions(source_type);
CREATE INDEX IF NOT EXISTS story_articles_article ON story_articles(article_id);
"""

TABLES = ("articles", "entities", "attributions", "signatures", "stories", "story_articles")


class StoreError(AllegedlyError):
    """The database cannot be opened or is not an allegedly corpus."""


class ArticleRows(NamedTuple):
    article: dict[str, Any]
    entities: list[dict[str, Any]]
    attributions: list[dict[str, Any]]
    signature: Signature


def content_hash(title: str | None, text: str) -> str:
    """What makes two inputs the same article: title and text, whitespace-normalised."""
    norm = " ".join((title or "").split()) + "\n" + " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8", "surrogatepass")).hexdigest()


def rows_of(report: Report, article_id: str, digest: str, ingested_at: float | None = None) -> ArticleRows:
    """The store's rows for one analysed article: a plain function of its Report."""
    head = report.headline
    in_head = set(head.attributions) if head else set()
    names = {e.id: e.name for e in report.entities}
    meta = report.article
    article = {
        "id": article_id, "hash": digest, "input": report.input,
        "title": meta.title, "outlet": meta.outlet, "url": meta.url, "published": meta.published,
        "authors": json.dumps(list(meta.authors), ensure_ascii=False),
        "headline_stance": getattr(head, "stance", None) if head else None,
        "headline_summary": head.summary if head else None,
        "n_attributions": len(report.attributions),
        "report": json.dumps(report.to_dict(), ensure_ascii=False),
        "ingested_at": time.time() if ingested_at is None else ingested_at,
    }
    entities = [{"article_id": article_id, "entity_id": e.id, "name": e.name, "type": e.type,
                 "descriptors": json.dumps(e.descriptors, ensure_ascii=False)} for e in report.entities]
    atts = [
        {"article_id": article_id, "attribution_id": a.id,
         "source": a.source.text if a.source else None, "speaker": a.speaker, "speaker_name": names.get(a.speaker or ""),
         "source_type": a.source_type, "cue": a.cue.text if a.cue else None, "content": a.content.text if a.content else None,
         "kind": a.kind, "channel": a.channel.text if a.channel else None,
         "hedges": json.dumps([h.text for h in a.hedges], ensure_ascii=False),
         "certainty": a.certainty, "evidence": a.evidence, "stance": a.stance, "via": a.via,
         "in_headline": int(a.id in in_head)}
        for a in report.attributions
    ]
    return ArticleRows(article, entities, atts, signature_of(report, article_id))


def _insert(con: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        cols = list(rows[0])
        con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", [tuple(r[c] for c in cols) for r in rows])


class Store:
    """One SQLite corpus file. Use as a context manager or call close()."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"{self.path}: no such corpus (make one with `allegedly ingest ... --db {self.path}`)")
        try:
            self.con = sqlite3.connect(str(self.path), timeout=30, check_same_thread=False)
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a commit survives a killed process
            self.con.execute("PRAGMA foreign_keys=ON")
            with self.con:
                self.con.executescript(DDL)
                self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not an allegedly corpus ({err})") from None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- writing ---------------------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hs = list(hashes)
        out: set[str] = set()
        for k in range(0, len(hs), 500):
            chunk = hs[k : k + 500]
            out.update(r[0] for r in self.con.execute(f"SELECT hash FROM articles WHERE hash IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def free_id(self, wanted: str, digest: str) -> str:
        """wanted, or wanted~HASH8 when another article already holds that id."""
        row = self.con.execute("SELECT hash FROM articles WHERE id = ?", (wanted,)).fetchone()
        return wanted if row is None or row[0] == digest else f"{wanted}~{digest[:8]}"

    def add_batch(self, batch: list[ArticleRows]) -> int:
        """Store a batch in one transaction; articles whose hash is stored already are skipped.
        Returns how many were new."""
        fresh = [r for r in batch if r.article["hash"] not in self.known_hashes(x.article["hash"] for x in batch)]
        seen: set[str] = set()
        fresh = [r for r in fresh if not (r.article["hash"] in seen or seen.add(r.article["hash"]))]  # type: ignore[func-returns-value]
        with self.con:
            for r in fresh:
                _insert(self.con, "articles", [r.article])
                _insert(self.con, "entities", r.entities)
                _insert(self.con, "attributions", r.attributions)
                _insert(self.con, "signatures", [r.signature._asdict()])
        return len(fresh)

    # -- reading ---------------------------------------------------------------------------

    def count(self, table: str = "articles") -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r}; tables: {', '.join(TABLES)}")
        return self.con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def signatures(self) -> list[Signature]:
        return [Signature(*r) for r in self.con.execute("SELECT article_id, tokens, names, embedding FROM signatures ORDER BY article_id")]

    def set_embeddings(self, rows: Iterable[tuple[str, bytes]]) -> None:
        with self.con:
            self.con.executemany("UPDATE signatures SET embedding = ? WHERE article_id = ?", [(e, a) for a, e in rows])

    def articles(self, ids: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
        cols = "id, title, outlet, url, published, headline_stance, headline_summary, input"
        if ids is None:
            cur = self.con.execute(f"SELECT {cols} FROM articles")
        else:
            idl = list(ids)
            cur = self.con.execute(f"SELECT {cols} FROM articles WHERE id IN ({','.join('?' * len(idl))})", idl)
        names = [c[0] for c in cur.description]
        for row in cur:
            yield dict(zip(names, row))

    def attributions(self, ids: Iterable[str]) -> list[dict[str, Any]]:
        idl = list(ids)
        cur = self.con.execute(f"SELECT * FROM attributions WHERE article_id IN ({','.join('?' * len(idl))}) ORDER BY article_id, CAST(SUBSTR(attribution_id, 2) AS INTEGER)", idl)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def report(self, article_id: str) -> Report | None:
        row = self.con.execute("SELECT report FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Report.from_dict(json.loads(row[0])) if row else None

    def save_stories(self, stories: list[dict[str, Any]]) -> None:
        """Replace the stored stories (one transaction)."""
        with self.con:
            self.con.execute("DELETE FROM story_articles")
            self.con.execute("DELETE FROM stories")
            self.con.executemany("INSERT INTO stories VALUES (?, ?, ?, ?, ?)",
                                 [(s["id"], s["claim"], s["first_seen"], len(s["articles"]), json.dumps(s, ensure_ascii=False)) for s in stories])
            self.con.executemany("INSERT INTO story_articles VALUES (?, ?)", [(s["id"], a["id"]) for s in stories for a in s["articles"]])

    def stories(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.con.execute("SELECT story FROM stories ORDER BY size DESC, first_seen, id")]

    def story(self, story_id: str) -> dict[str, Any] | None:
        row = self.con.execute("SELECT story FROM stories WHERE id = ?", (story_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def stories_stale(self) -> bool:
        """True when articles were added since the stories were built (or none were)."""
        stored = self.con.execute("SELECT COUNT(*) FROM story_articles").fetchone()[0]
        return stored != self.count()
