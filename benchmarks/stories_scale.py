"""Story building at scale: time and peak memory of matching N synthetic claims.

    python benchmarks/stories_scale.py 10000 100000 1000000

How the claims are made (from ../shared/data/emergent/train.csv, by recombination): each
synthetic story starts from one real Emergent claim and its real headlines; each of the
claim's distinctive words (those in at least a third of its headlines) is replaced, in every
headline of the story, by a new word spliced from two real words of the whole vocabulary
(the first half of one, the second half of another), so each story is a distinct claim that
keeps real headline wording; stories made from the same Emergent claim share their
other words and must be told apart by the spliced ones. A story takes 1 to 12 of its claim's headlines (sizes drawn
as in Emergent), shuffled with the others.

Each N runs in its own process (peak resident memory is per process): signatures are
built in memory, then blocking, pair scores and average linkage are timed (the store's
SQLite read is left out). B-cubed F1 against the synthetic stories is printed too.
"""

from __future__ import annotations

import csv
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ALLEGEDLY_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "benchmarks"))


def synthetic(n: int, seed: int = 0) -> tuple[list[str], list[int]]:
    from allegedly.corpus.signatures import content_words

    rows = list(csv.DictReader(open(SHARED / "data/emergent/train.csv", encoding="utf-8")))
    claims: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        claims[r["claimId"]].append(r["articleHeadline"])
    groups = list(claims.values())
    vocab = sorted({w for h in (r["articleHeadline"] for r in rows) for w in re.findall(r"[A-Za-z]{5,}", h)})
    distinctive = []
    for heads in groups:
        counts: dict[str, int] = defaultdict(int)
        for h in heads:
            for w in set(re.findall(r"[A-Za-z]{4,}", h)):
                if content_words(w):
                    counts[w] += 1
        distinctive.append([w for w, c in counts.items() if c >= max(1, len(heads) / 3)] or [heads[0].split()[0]])
    rng = np.random.default_rng(seed)
    texts: list[str] = []
    gold: list[int] = []
    story = 0
    while len(texts) < n:
        g = int(rng.integers(len(groups)))
        heads = groups[g]
        swap = {}
        for w in distinctive[g]:
            a, b = vocab[int(rng.integers(len(vocab)))], vocab[int(rng.integers(len(vocab)))]
            swap[w] = (a[: len(a) // 2] + b[len(b) // 2 :]).capitalize()
        size = min(len(heads), int(rng.integers(1, 13)), n - len(texts))
        for h in rng.choice(heads, size, replace=False):
            for old, new in swap.items():
                h = re.sub(rf"\b{re.escape(old)}\b", new, h)
            texts.append(h)
            gold.append(story)
        story += 1
    order = rng.permutation(len(texts))
    return [texts[i] for i in order], [gold[i] for i in order]


def run_one(n: int) -> dict:
    from allegedly.corpus.matching import MatchOptions, average_linkage, candidate_pairs, pair_scores
    from allegedly.corpus.signatures import signature_of
    from allegedly.schema import ArticleMeta, Report
    from matching import bcubed

    texts, gold = synthetic(n)
    t0 = time.perf_counter()
    sigs = [signature_of(Report(text=h, article=ArticleMeta(title=h)), str(i)) for i, h in enumerate(texts)]
    t1 = time.perf_counter()
    opts = MatchOptions()
    pairs = candidate_pairs([set(s.tokens.split()) for s in sigs], opts)
    t2 = time.perf_counter()
    scores = pair_scores(sigs, pairs, opts)
    t3 = time.perf_counter()
    labels = average_linkage(len(sigs), pairs, scores, opts.threshold)
    t4 = time.perf_counter()
    p, r, f = bcubed(labels.tolist(), gold)
    return {"n": n, "stories": len(set(gold)), "signatures_s": t1 - t0, "blocking_s": t2 - t1, "scores_s": t3 - t2, "linkage_s": t4 - t3,
            "matching_s": t4 - t1, "pairs": int(len(pairs)), "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "bcubed": [round(p, 3), round(r, 3), round(f, 3)]}


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        print(json.dumps(run_one(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    print("| claims | stories | candidate pairs | signatures s | blocking s | scores s | linkage s | matching s | peak MB | B-cubed P/R/F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"| {n:,} | failed: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode} |")
            continue
        d = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {d['n']:,} | {d['stories']:,} | {d['pairs']:,} | {d['signatures_s']:.1f} | {d['blocking_s']:.1f} | {d['scores_s']:.1f} | "
              f"{d['linkage_s']:.1f} | {d['matching_s']:.1f} | {d['peak_mb']:.0f} | {'/'.join(map(str, d['bcubed']))} |", flush=True)


if __name__ == "__main__":
    main()
