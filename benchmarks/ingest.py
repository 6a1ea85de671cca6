"""Ingest throughput against analyze on the same inputs: what the store costs.

    python benchmarks/ingest.py                 # PolNeAR dev texts (../shared), best of 2
    python benchmarks/ingest.py --limit 40 --repeat 1

Both sides run in this one process with the model loaded first: `analyze` is
analyze_articles over iter_inputs (what `allegedly analyze` does, without rendering),
`ingest` is corpus.ingest into a fresh SQLite file (hash, analyse, rows, signature, a
transaction per 64 articles).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ALLEGEDLY_SHARED", ROOT.parent / "shared"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=str(SHARED / "data/polnear/dev/text"))
    ap.add_argument("--limit", type=int, default=84)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()

    from allegedly import pipeline as nlp
    from allegedly.core import analyze_articles
    from allegedly.corpus import Store, ingest
    from allegedly.ingest import Article, iter_inputs
    from allegedly.options import Options

    files = sorted(str(p) for p in Path(args.dir).iterdir() if p.is_file())[: args.limit]
    opts = Options()
    nlp.load()
    list(analyze_articles(iter_inputs(files[:2], opts), options=opts))  # warm up
    best_a = best_i = float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        sum(1 for r in analyze_articles(iter_inputs(files, opts), options=opts) if not isinstance(r, Article))
        best_a = min(best_a, time.perf_counter() - t)
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.db") as store:
            t = time.perf_counter()
            res = ingest(files, store, options=opts)
            best_i = min(best_i, time.perf_counter() - t)
    print(f"{len(files)} articles; analyze {len(files) / best_a:.2f} articles/s, ingest {res.stored / best_i:.2f} articles/s "
          f"({res.stored} stored); ratio {best_a / best_i:.3f} (target >= 0.9), best of {args.repeat}")


if __name__ == "__main__":
    main()
