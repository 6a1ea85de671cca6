"""The partitioned Parquet dataset the workers write: three tables, one file per partition.

    DIR/articles/part-000042.parquet       one row per article
    DIR/attributions/part-000042.parquet   one row per attribution
    DIR/entities/part-000042.parquet       one row per entity
    DIR/dataset.json                       written last, by the client: the run is complete

A partition's files are written to a temporary name and renamed into place, so a file is
whole or absent; a retried partition (its worker died) writes the same names again, so no
article is ever there twice. Every row carries `article_id` (sha256 of the analysed text,
the key a store can deduplicate on) and `input` (the article's name); `partition` and
`position` give the input order back. `articles.report` holds the whole `allegedly/1`
document as JSON, so `Report.from_dict(json.loads(report))` is the report one process
writes. Columns follow the dataclasses in schema.py: a span becomes NAME_start, NAME_end
and NAME (its text); a list of spans a list of {start, end, text}; a field added to the
schema appears as a column by itself.

Read it with DuckDB (`SELECT * FROM 'DIR/attributions/*.parquet'`), pandas, Spark or
`read_table(DIR, "attributions")` here.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import UsageError
from ..schema import SCHEMA, Attribution, Entity, Headline, Report

TABLES = ("articles", "attributions", "entities")
FORMAT = "allegedly-parquet/1"
_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
_KEY = [("article_id", pa.string()), ("input", pa.string())]


def _columns(cls: type, rename: dict[str, str]) -> list[tuple[str, pa.DataType, str, str]]:
    """(column, type, field, part) for each field of a schema dataclass; part is "" for the
    value itself, "start"/"end"/"text" for a span's pieces, "spans" for a list of spans."""
    out = []
    for f in fields(cls):
        col = rename.get(f.name, f.name)
        t = str(f.type)
        if t.startswith("Span"):
            out += [(f"{col}_start", pa.int32(), f.name, "start"), (f"{col}_end", pa.int32(), f.name, "end"), (col, pa.string(), f.name, "text")]
        elif t == "list[Span]":
            out.append((col, pa.list_(_SPAN), f.name, "spans"))
        elif t.startswith("list["):
            out.append((col, pa.list_(pa.string()), f.name, ""))
        elif t.startswith("int"):
            out.append((col, pa.int32(), f.name, ""))
        else:
            out.append((col, pa.string(), f.name, ""))
    return out


_ATTRIBUTION = _columns(Attribution, {"id": "attribution_id"})
_ENTITY = [c for c in _columns(Entity, {"id": "entity_id"})]
_HEADLINE = [(f"headline_{c}" if c != "text" else "headline", t, f, p) for c, t, f, p in _columns(Headline, {})]

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        _KEY
        + [("partition", pa.int32()), ("position", pa.int32()), ("title", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
           ("published", pa.string()), ("authors", pa.list_(pa.string())), ("text", pa.string()), ("n_attributions", pa.int32()),
           ("n_entities", pa.int32())]
        + [(c, t) for c, t, _, _ in _HEADLINE]
        + [("scorecard", pa.string()), ("warnings", pa.list_(pa.string())), ("report", pa.string())]
    ),
    "attributions": pa.schema(_KEY + [("speaker_name", pa.string())] + [(c, t) for c, t, _, _ in _ATTRIBUTION]),
    "entities": pa.schema(_KEY + [(c, t) for c, t, _, _ in _ENTITY]),
}


def article_id(text: str) -> str:
    """The content key: sha256 of the analysed text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _value(obj: Any, field: str, part: str) -> Any:
    v = getattr(obj, field)
    if part in ("start", "end", "text"):
        return None if v is None else getattr(v, part)
    if part == "spans":
        return [{"start": s.start, "end": s.end, "text": s.text} for s in v]
    return v if v is None or isinstance(v, (str, int, list)) else str(v)


def rows(report: Report, partition: int, position: int) -> dict[str, list[dict[str, Any]]]:
    """The rows of one report in each table."""
    key = {"article_id": article_id(report.text), "input": report.input}
    names = {e.id: e.name for e in report.entities}
    meta = report.article
    article = {
        **key, "partition": partition, "position": position, "title": meta.title, "outlet": meta.outlet, "url": meta.url,
        "published": meta.published, "authors": list(meta.authors), "text": report.text,
        "n_attributions": len(report.attributions), "n_entities": len(report.entities),
        "scorecard": json.dumps(report.scorecard, ensure_ascii=False, sort_keys=True),
        "warnings": list(report.warnings), "report": json.dumps(report.to_dict(), ensure_ascii=False),
    }
    for col, _, f, part in _HEADLINE:
        article[col] = None if report.headline is None else _value(report.headline, f, part)
    atts = [{**key, "speaker_name": names.get(a.speaker or ""), **{c: _value(a, f, p) for c, _, f, p in _ATTRIBUTION}} for a in report.attributions]
    ents = [{**key, **{c: _value(e, f, p) for c, _, f, p in _ENTITY}} for e in report.entities]
    return {"articles": [article], "attributions": atts, "entities": ents}


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


def write_part(root: str | Path, partition: int, reports: Sequence[tuple[int, Report]]) -> dict[str, int]:
    """Write one partition's three files (atomically); returns the rows written per table.
    `reports` holds (position in the partition, Report)."""
    root = Path(root)
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for position, report in reports:
        for t, rs in rows(report, partition, position).items():
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
