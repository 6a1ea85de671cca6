"""Story building at scale: time and peak memory of matching N synthetic claims.

    python benchmarks/stories_scale.py 10000 100000 1000000
    python benchmarks/stories_scale.py 100000 --workers 2    # blocking on a LocalCluster

How the claims are made (from ../shared/data, by recombination). Templates: the 240 Emergent
claims of emergent/train.csv with their real headlines; a claim's slots are its distinctive
words (content words of 4+ letters in at least a third of its headlines: its subjects,
entities and key nouns). Fillers: the names and content words of real news from the shared
data (capitalised words inside sentences of the FNC bodies and PolNeAR titles, plus every
template's slot words), about 5,000 words. A synthetic story takes one template and
gives each slot a filler drawn at random, and each of the template's other content words
(4+ letters) a lower-case word of the same texts with probability 1/2 (the same
replacement in all of the story's headlines, keeping the case), so "Robert Plant ripped up
800M Led Zeppelin reunion contract" becomes, say, "Merkel Dortmund ripped up 800M Sotloff
reunion contract"; it takes 1 to 12 of the template's headlines (sizes drawn as in
Emergent). Stories made from the same template share their function words and half of
their other words: at 1 M claims a template has ~600 stories, so the matcher meets big
families of similar wording, which the fillers tell apart. One article in ten is a
distractor instead: a real sentence (30-200 characters) from an FNC body or a PolNeAR
title, its own story (identical sentences are one story).

Each N runs in its own process (peak resident memory is per process): signatures are
built in memory, then blocking (the word and character TF-IDF matrices, then each
article's top-k neighbours), pair scores and average linkage are timed (the store's
SQLite read is left out). B-cubed F1 against the synthetic stories is printed too.

With --workers N the blocking step runs on a LocalCluster of N worker processes
(scale/blocking.py), scores and linkage in this process as always. The cluster is started,
and its workers import allegedly, before the clock: that start-up is printed apart. The
pairs are checked against one process's (not timed): the last column says if they are the same.
"""

from __future__ import annotations

import argparse
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


def _fillers_and_distractors() -> tuple[list[str], list[str], list[str]]:
    from allegedly.corpus.signatures import STOP

    texts = [r["articleBody"] for r in csv.DictReader(open(SHARED / "data/fnc/train_bodies.csv", encoding="utf-8"))]
    titles = [r["title"] for r in csv.DictReader(open(SHARED / "data/polnear/metadata.tsv", encoding="utf-8"), delimiter="\t")]
    sentences = [x.strip() for t in texts for x in re.split(r"(?<=[.!?])\s+", t) if 30 <= len(x.strip()) <= 200] + titles
    names, words = set(), set()
    for x in sentences:
        names.update(w for w in re.findall(r"(?<=[a-z,] )[A-Z][a-z]{3,}", x) if w.lower() not in STOP)
        words.update(w for w in re.findall(r"\b[a-z]{4,}\b", x) if w not in STOP)
    return sorted(names), sorted(words - {n.lower() for n in names}), sentences


def synthetic(n: int, seed: int = 0) -> tuple[list[str], list[int]]:
    from allegedly.corpus.signatures import content_words

    rows = list(csv.DictReader(open(SHARED / "data/emergent/train.csv", encoding="utf-8")))
    claims: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        claims[r["claimId"]].append(r["articleHeadline"])
    groups = list(claims.values())
    slots = []
    for heads in groups:
        counts: dict[str, int] = defaultdict(int)
        for h in heads:
            for w in {w.lower() for w in re.findall(r"[A-Za-z]{4,}", h)}:
                if content_words(w):
                    counts[w] += 1
        words = sorted(w for w, c in counts.items() if c >= max(1, len(heads) / 3)) or [heads[0].split()[0].lower()]
        rest = sorted(set(counts) - set(words))
        slots.append((words, rest, re.compile(r"\b(" + "|".join(map(re.escape, words + rest)) + r")\b", re.IGNORECASE)))
    names, common, sentences = _fillers_and_distractors()
    fillers = sorted(set(names) | {w.capitalize() for ws, _, _ in slots for w in ws})
    rng = np.random.default_rng(seed)
    texts: list[str] = []
    gold: list[int] = []
    story = 0
    distractor: dict[str, int] = {}
    while len(texts) < n:
        if rng.random() < 0.1:  # a real sentence from elsewhere, alone
            x = sentences[int(rng.integers(len(sentences)))]
            if x not in distractor:
                distractor[x] = story
                story += 1
            texts.append(x)
            gold.append(distractor[x])
            continue
        g = int(rng.integers(len(groups)))
        heads = groups[g]
        words, rest, pattern = slots[g]
        fill = {w: fillers[int(rng.integers(len(fillers)))] for w in words}
        fill.update({w: common[int(rng.integers(len(common)))] if rng.random() < 0.5 else w for w in rest})

        def swap(m: re.Match, fill: dict[str, str] = fill) -> str:
            new = fill[m.group().lower()]
            return new.upper() if m.group().isupper() else new if m.group()[0].isupper() else new.lower()

        size = min(len(heads), int(rng.integers(1, 13)), n - len(texts))
        for h in rng.choice(heads, size, replace=False):
            texts.append(pattern.sub(swap, h))
            gold.append(story)
        story += 1
    order = rng.permutation(len(texts))
    return [texts[i] for i in order], [gold[i] for i in order]


def _cpu(client) -> float:
    """CPU seconds used so far by this process and, on a cluster, by its workers."""
    mine = time.process_time()
    if client is None:
        return mine
    return mine + sum(client.run(time.process_time).values())


def run_one(n: int, workers: int | None = None) -> dict:
    from contextlib import nullcontext

    from matching import bcubed

    from allegedly.corpus.matching import MatchOptions, Vectors, average_linkage, neighbour_pairs, pair_scores
    from allegedly.corpus.signatures import signature_of
    from allegedly.schema import ArticleMeta, Report

    texts, gold = synthetic(n)
    t0 = time.perf_counter()
    sigs = [signature_of(Report(text=h, article=ArticleMeta(title=h)), str(i)) for i, h in enumerate(texts)]
    t1 = time.perf_counter()
    if workers:
        from allegedly.scale import blocking
        from allegedly.scale.cluster import connect

        context = connect(workers=workers)
    else:
        context = nullcontext(None)
    with context as client:
        if client is not None:  # each worker imports allegedly (and spaCy with it) once: start-up, not blocking
            client.run(__import__, "allegedly.scale.blocking")
        start = time.perf_counter() - t1
        t1 = time.perf_counter()
        opts = MatchOptions()
        vectors = Vectors(sigs)
        tv, cpu = time.perf_counter(), _cpu(client)
        if client is None:
            pairs = neighbour_pairs(vectors.words, opts.neighbours, opts.max_df)
        else:
            pairs = neighbour_pairs(vectors.words, opts.neighbours, opts.max_df, blocking.on_cluster(client))
        t2, cpu = time.perf_counter(), _cpu(client) - cpu
    closed = time.perf_counter()  # the cluster's shut-down is not matching
    scores = pair_scores(sigs, pairs, opts, vectors=vectors)
    t3 = time.perf_counter()
    labels = average_linkage(len(sigs), pairs, scores, opts.threshold)
    t4 = time.perf_counter()
    same = bool(np.array_equal(pairs, neighbour_pairs(vectors.words, opts.neighbours, opts.max_df))) if workers else None
    p, r, f = bcubed(labels.tolist(), gold)
    return {"n": n, "workers": workers, "start_s": start if workers else None, "stories": len(set(gold)), "signatures_s": t1 - t0 - start,
            "blocking_s": t2 - t1, "top_k_s": t2 - tv, "top_k_cpu_s": cpu, "scores_s": t3 - closed, "linkage_s": t4 - t3, "matching_s": t4 - t1 - (closed - t2), "pairs": int(len(pairs)),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "bcubed": [round(p, 3), round(r, 3), round(f, 3)],
            "same_pairs": same}


def main() -> None:
    ap = argparse.ArgumentParser(description="Time story matching on N synthetic claims.")
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    ap.add_argument("--workers", type=int, default=None, help="the blocking step on a LocalCluster of N worker processes")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # one size, in this process, as JSON
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.sizes[0], args.workers)))
        return
    dask = args.workers is not None
    print("| claims | stories | candidate pairs | signatures s | blocking s (top-k s, its CPU s) | scores s | linkage s | matching s | peak MB | B-cubed P/R/F1 |"
          + (" workers | cluster start s | same pairs |" if dask else ""))
    print("|---|---|---|---|---|---|---|---|---|---|" + ("---|---|---|" if dask else ""))
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n)] + (["--workers", str(args.workers)] if dask else [])
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode != 0:
            print(f"| {n:,} | failed: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode} |")
            continue
        d = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {d['n']:,} | {d['stories']:,} | {d['pairs']:,} | {d['signatures_s']:.1f} | {d['blocking_s']:.1f} ({d['top_k_s']:.1f}, {d['top_k_cpu_s']:.1f}) | {d['scores_s']:.1f} | "
              f"{d['linkage_s']:.1f} | {d['matching_s']:.1f} | {d['peak_mb']:.0f} | {'/'.join(map(str, d['bcubed']))} |"
              + (f" {d['workers']} | {d['start_s']:.1f} | {'yes' if d['same_pairs'] else 'NO'} |" if dask else ""), flush=True)


if __name__ == "__main__":
    main()
