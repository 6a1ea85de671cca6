"""Export: the store's tables as Parquet files (one a table) for DuckDB, pandas or Spark."""

from __future__ import annotations

from pathlib import Path

from .store import TABLES, Store

BATCH = 10_000


def export_parquet(store: Store, out_dir: str | Path, *, with_reports: bool = True) -> dict[str, int]:
    """Write OUT_DIR/TABLE.parquet for every table; returns rows written per table. The
    articles table keeps the full report JSON unless with_reports is False."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    for table in TABLES:
        cur = store.con.execute(f"SELECT * FROM {table}")
        cols = [c[0] for c in cur.description]
        if table == "articles" and not with_reports:
            cols_sel = [c for c in cols if c != "report"]
            cur = store.con.execute(f"SELECT {', '.join(cols_sel)} FROM {table}")
            cols = cols_sel
        schema = pa.schema([(c, pa.binary() if c == "embedding" else _type(table, c)) for c in cols])
        tmp = out / f".{table}.parquet.part"
        n = 0
        with pq.ParquetWriter(tmp, schema) as writer:
            while True:
                rows = cur.fetchmany(BATCH)
                if not rows:
                    break
                writer.write_table(pa.Table.from_pylist([dict(zip(cols, r)) for r in rows], schema=schema))
                n += len(rows)
        tmp.replace(out / f"{table}.parquet")  # a half-written file never takes the real name
        counts[table] = n
    return counts


def _type(table: str, col: str):
    import pyarrow as pa

    if col in ("n_attributions", "in_headline", "size"):
        return pa.int64()
    if col == "ingested_at":
        return pa.float64()
    return pa.string()
