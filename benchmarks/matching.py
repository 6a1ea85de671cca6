"""Claim matching on Emergent train: B-cubed precision, recall and F1 against claimId.

    python benchmarks/matching.py                 # words and names (the default matching)
    python benchmarks/matching.py --embed         # + MiniLM embeddings (the accurate extra)
    python benchmarks/matching.py --sweep         # F1 at several thresholds
    python benchmarks/matching.py --ingest        # through `allegedly ingest` and the store

Each headline is one headline-only article. Without --ingest its signature is made from a
Report holding just the headline (what ingest stores for a headline alone, minus the
analysis, which matching does not read); --ingest runs the whole path instead.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ALLEGEDLY_SHARED", ROOT.parent / "shared"))


def bcubed(pred, gold) -> tuple[float, float, float]:
    pc, gc = defaultdict(set), defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold)):
        pc[p].add(i)
        gc[g].add(i)
    prec = sum(len(pc[p] & gc[g]) / len(pc[p]) for p, g in zip(pred, gold)) / len(gold)
    rec = sum(len(pc[p] & gc[g]) / len(gc[g]) for p, g in zip(pred, gold)) / len(gold)
    return prec, rec, 2 * prec * rec / (prec + rec)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", default=str(SHARED / "data/emergent/train.csv"))
    ap.add_argument("--embed", action="store_true")
    ap.add_argument("--sweep", action="store_true")
    ap.add_argument("--ingest", action="store_true")
    args = ap.parse_args()

    from allegedly.corpus.matching import MatchOptions, average_linkage, candidate_pairs, pair_scores
    from allegedly.corpus.signatures import Signature, signature_of
    from allegedly.schema import ArticleMeta, Report

    rows = list(csv.DictReader(open(args.csv, encoding="utf-8")))
    gold = [r["claimId"] for r in rows]
    heads = [r["articleHeadline"] for r in rows]
    t0 = time.perf_counter()
    if args.ingest:
        import json

        from allegedly.corpus import Store, ingest

        tmp = Path(tempfile.mkdtemp())
        with open(tmp / "heads.jsonl", "w", encoding="utf-8") as fh:
            for i, h in enumerate(heads):
                fh.write(json.dumps({"id": f"h{i:05d}", "text": h}) + "\n")
        with Store(tmp / "c.db") as store:
            res = ingest([str(tmp / "heads.jsonl")], store, options=__import__("allegedly").Options(check_language=False))
            print(f"ingested {res.stored}, skipped {res.failed}, duplicates {res.already}", file=sys.stderr)
            by_id = {s.article_id: s for s in store.signatures()}
        sigs = [by_id.get(f"h{i:05d}") or Signature(f"h{i:05d}", "", "") for i in range(len(heads))]  # a skipped one stays alone
    else:
        sigs = [signature_of(Report(text=h, article=ArticleMeta(title=h)), f"h{i:05d}") for i, h in enumerate(heads)]
    if args.embed:
        from allegedly.corpus.embed import load

        vecs = load().encode(heads)
        sigs = [s._replace(embedding=v.astype(np.float32).tobytes()) for s, v in zip(sigs, vecs)]
    t1 = time.perf_counter()
    opts = MatchOptions()
    pairs = candidate_pairs([set(s.tokens.split()) for s in sigs], opts)
    scores = pair_scores(sigs, pairs, opts)
    t2 = time.perf_counter()
    same = np.array(gold)
    true_pairs = sum(n * (n - 1) // 2 for n in __import__("collections").Counter(gold).values())
    covered = int((same[pairs[:, 0]] == same[pairs[:, 1]]).sum()) if len(pairs) else 0
    print(f"{len(sigs)} headlines, {len(set(gold))} claims; {len(pairs):,} candidate pairs of {len(sigs) * (len(sigs) - 1) // 2:,} "
          f"({covered:,} of {true_pairs:,} same-claim pairs among them); signatures {t1 - t0:.1f} s, blocking + scores {t2 - t1:.1f} s")
    chosen = MatchOptions.threshold_for(args.embed)
    grid = sorted(set(np.round(np.arange(0.04, 0.3, 0.02), 3).tolist()) | {chosen}) if args.sweep else [chosen]
    for th in grid:
        labels = average_linkage(len(sigs), pairs, scores, th)
        p, r, f = bcubed(labels.tolist(), gold)
        mark = "  <- default" if abs(th - chosen) < 1e-9 else ""
        print(f"threshold {th:.2f}: B-cubed P {p:.3f} R {r:.3f} F1 {f:.3f}, {len(set(labels.tolist()))} stories{mark}")


if __name__ == "__main__":
    main()
