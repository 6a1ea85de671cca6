"""The partitioned Parquet dataset the workers write: the corpus store's tables, one file per
partition.

    DIR/articles/part-000042.parquet       one row per article
    DIR/attributions/part-000042.parquet   one row per attribution
    DIR/entities/part-000042.parquet       one row per entity
    DIR/signatures/part-000042.parquet     one row per article: what claim matching reads
    DIR/dataset.json                       written last, by the client: the run is complete

The rows are the store's own (`allegedly.corpus.store.rows_of`): the same columns, names and
types as the store's tables and `allegedly export` (JSON lists as strings), so DuckDB, pandas
or Spark read either the same way, and `articles.report` (the whole `allegedly/1` document)
loads into a store with `corpus.load.ingest_reports`. Each table adds what a store does not
keep but a dataset of many partitions needs: the input order (`partition`, `position`), the
article's `text`, `headline`, `scorecard` and `warnings`, the character offsets of every span
(`cue_start`, `cue_end`, ...), schema fields the store has no column for (e.g. `denies`), and
the entities' `mentions`. `id` is the id the store would give (the JSONL id, else the input's
name, else the hash) before it settles clashes between inputs; `hash` is its content key.

A partition's files are written to a temporary name and renamed into place, so a file is
whole or absent; a retried partition (its worker died) writes the same names again, so no
article is ever there twice.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..corpus.export import _type as store_type
from ..corpus.load import article_id
from ..corpus.store import DDL, Store, content_hash, rows_of
from ..errors import UsageError
from ..ingest import Article
from ..schema import SCHEMA, Attribution, Report

TABLES = ("articles", "attributions", "entities", "signatures")
FORMAT = "allegedly-parquet/1"


def _store_columns(table: str) -> list[str]:
    """The columns of one of the store's tables, in its order, read from its DDL."""
    import sqlite3

    con = sqlite3.connect(":memory:")
    con.executescript(DDL)
    return [r[1] for r in con.execute(f"PRAGMA table_info({table})")]


_SPANS = [f.name for f in fields(Attribution) if str(f.type).startswith("Span")]
_STORE = {t: _store_columns(t) for t in TABLES}
_ATT_EXTRA = [f.name for f in fields(Attribution) if f.name not in _STORE["attributions"] and f.name not in ("id", "hedges") and f.name not in _SPANS]
_EXTRA: dict[str, list[tuple[str, pa.DataType]]] = {
    "articles": [("partition", pa.int64()), ("position", pa.int64()), ("text", pa.string()), ("headline", pa.string()),
                 ("scorecard", pa.string()), ("warnings", pa.string())],
    "attributions": [(f"{s}_{end}", pa.int64()) for s in _SPANS for end in ("start", "end")] + [(c, pa.string()) for c in _ATT_EXTRA],
    "entities": [("mentions", pa.string())],
    "signatures": [],
}
SCHEMAS: dict[str, pa.Schema] = {
    t: pa.schema([(c, pa.binary() if c == "embedding" else store_type(t, c)) for c in _STORE[t]] + _EXTRA[t]) for t in TABLES
}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def rows(report: Report, partition: int, position: int, ingested_at: float | None = None) -> dict[str, list[dict[str, Any]]]:
    """The rows of one report in each table: the store's rows plus the dataset's columns."""
    digest = content_hash(report.article.title, report.text)
    aid = article_id(Article(name=report.input or "", text=report.text), digest)
    base = rows_of(report, aid, digest, ingested_at=ingested_at)
    head = report.headline
    article = {**base.article, "partition": partition, "position": position, "text": report.text,
               "headline": head.text if head else None, "scorecard": _json(report.scorecard), "warnings": _json(report.warnings)}
    by_id = {a.id: a for a in report.attributions}
    atts = []
    for row in base.attributions:
        a = by_id[row["attribution_id"]]
        for s in _SPANS:
            span = getattr(a, s)
            row[f"{s}_start"], row[f"{s}_end"] = (span.start, span.end) if span is not None else (None, None)
        for c in _ATT_EXTRA:
            v = getattr(a, c)
            row[c] = v if v is None or isinstance(v, str) else _json(v)
        atts.append(row)
    mentions = {e.id: _json([{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions]) for e in report.entities}
    ents = [{**row, "mentions": mentions[row["entity_id"]]} for row in base.entities]
    return {"articles": [article], "attributions": atts, "entities": ents, "signatures": [base.signature._asdict()]}


def prepare(root: Path) -> Path:
    """The dataset folder, new or empty; raises UsageError (one line) otherwise."""
    if root.exists() and not root.is_dir():
        raise UsageError(f"--parquet {root}: exists and is not a directory")
    if root.exists() and any(p.is_file() or p.is_symlink() for p in root.rglob("*")):  # folders left empty by a run that failed to start are fine
        raise UsageError(f"--parquet {root}: not empty; give a new or empty directory")
    try:
        for t in TABLES:
            (root / t).mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"--parquet {root}: {err.strerror or err}") from None
    return root


def write_part(root: str | Path, partition: int, reports: Sequence[tuple[int, Report]], ingested_at: float | None = None) -> dict[str, int]:
    """Write one partition's files (atomically); returns the rows written per table.
    `reports` holds (position in the partition, Report)."""
    root = Path(root)
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for position, report in reports:
        for t, rs in rows(report, partition, position, ingested_at).items():
            tables[t].extend(rs)
    for t in TABLES:
        table = pa.Table.from_pylist(tables[t], schema=SCHEMAS[t])
        target = root / t / f"part-{partition:06d}.parquet"
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
        os.close(fd)
        try:
            pq.write_table(table, tmp, compression="zstd")
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return {t: len(v) for t, v in tables.items()}


def finish(root: Path, partitions: int, counts: dict[str, int], problems: int) -> None:
    """dataset.json, written last: a dataset without it is from a run that did not end."""
    info = {"format": FORMAT, "schema": SCHEMA, "tables": list(TABLES), "partitions": partitions, "rows": counts, "problems": problems}
    tmp = root / ".dataset.json.part"
    tmp.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, root / "dataset.json")


def read_table(root: str | Path, table: str) -> pa.Table:
    """One table of a dataset, rows in input order."""
    if table not in TABLES:
        raise UsageError(f"no table {table!r}; the tables are {', '.join(TABLES)}")
    files = sorted((Path(root) / table).glob("part-*.parquet"), key=lambda f: int(f.stem.split("-")[1]))
    if not files:
        return SCHEMAS[table].empty_table()
    return pa.concat_tables([pq.read_table(f, schema=SCHEMAS[table]) for f in files])


def load_into_store(root: str | Path, store: Store, batch_size: int = 256) -> int:
    """Load a dataset's articles into a corpus store (`allegedly ingest --db`): each
    article's report through the store's own ingest_reports, under the id the dataset gives
    it (or, where the store holds another article under that id, the store's free one).
    Articles stored already (the same hash) are skipped. Returns how many were new."""
    from ..corpus.load import ingest_reports

    root = Path(root)
    if not (root / "dataset.json").is_file():
        raise UsageError(f"{root}: not a complete allegedly Parquet dataset (no dataset.json)")
    n = 0
    for f in sorted((root / "articles").glob("part-*.parquet"), key=lambda f: int(f.stem.split("-")[1])):
        pending: list[tuple[str, Report]] = []
        taken: set[str] = set()
        for row in pq.read_table(f, columns=["id", "hash", "report"]).to_pylist():
            aid = store.free_id(row["id"], row["hash"])
            if aid in taken:
                aid = f"{row['id']}~{row['hash'][:8]}"
            taken.add(aid)
            pending.append((aid, Report.from_dict(json.loads(row["report"]))))
        n += ingest_reports(pending, store, batch_size=batch_size)
    return n
