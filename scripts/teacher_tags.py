"""The accurate mode's encoder tags unlabelled rumour stories, for the small tagger to learn
from (scripts/train_tagger.py --teacher).

    python scripts/teacher_tags.py --out /tmp/teacher.npz [--shared ../shared] [--processes 2]

The fine-tuned encoder tags each word about 5 points better per role than the small tagger
(MODEL_CARD.md), but runs about ten times slower. Its per-token probabilities over text
nobody annotated (the FNC train bodies) are soft labels the small tagger can be trained on,
so part of what the encoder learned reaches the default mode at the default mode's speed
(distillation). The bodies that benchmarks/fnc_annotations.jsonl annotates are left out,
so the sourcing benchmark stays text neither model has seen.

Writes one float16 array (tokens, labels) per body, keyed "b<Body ID>", and "n<Body ID>" with
the token count of the spaCy parse the tags belong to: train_tagger.py parses the same text
with the same pipeline and stops if a count differs. A space token has all-zero probabilities
(the encoder tags words only); the trainer leaves those out of the loss. About 1,400 words a
second per process on this 2-core machine (one BLAS thread each): 1,651 bodies in ~5 minutes.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]


def bodies(shared: Path, limit: int = 0) -> list[tuple[int, str]]:
    """(Body ID, text) of the FNC train bodies the sourcing benchmark does not annotate."""
    held = {json.loads(line)["body_id"] for line in (ROOT / "benchmarks/fnc_annotations.jsonl").open(encoding="utf-8")}
    csv.field_size_limit(sys.maxsize)
    with (shared / "data/fnc/train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        out = [(int(r["Body ID"]), r["articleBody"]) for r in csv.DictReader(fh) if int(r["Body ID"]) not in held]
    return out[:limit] if limit else out


def _tag(chunk: list[tuple[int, str]]) -> list[tuple[int, int, np.ndarray]]:
    from allegedly.extract import encoder
    from allegedly.pipeline import load

    nlp, enc = load(), encoder.load()
    return [(bid, len(doc), enc.tag(doc).astype(np.float16)) for (bid, _), doc in zip(chunk, nlp.pipe([t for _, t in chunk], batch_size=16))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--processes", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="the first N bodies only (for a trial run)")
    a = ap.parse_args()
    t0 = time.time()
    todo = bodies(a.shared, a.limit)
    chunks = [todo[i : i + 25] for i in range(0, len(todo), 25)]
    arrays: dict[str, np.ndarray] = {}
    with Pool(a.processes) as pool:
        for done in pool.imap(_tag, chunks):
            for bid, n, probs in done:
                arrays[f"b{bid}"] = probs
                arrays[f"n{bid}"] = np.array(n)
            print(f"  {len(arrays) // 2} of {len(todo)} bodies, {time.time() - t0:.0f} s", flush=True)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(a.out, **arrays)
    tokens = sum(int(v) for k, v in arrays.items() if k.startswith("n"))
    print(f"{a.out}: {len(todo)} bodies, {tokens:,} tokens, {time.time() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
