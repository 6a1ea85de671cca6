"""Speaker resolution on PolNeAR dev sources that are pronouns, judged by hand.

    python benchmarks/polnear_pronouns.py --show     # the sample, with context, to judge
    python benchmarks/polnear_pronouns.py            # accuracy from the stored judgements
    python benchmarks/polnear_pronouns.py --heldout [--show]   # the second sample

The sample: 50 gold attributions of PolNeAR dev (fixed seed) whose source is "he" or "she"
and that allegedly also finds (same cue, overlapping source). For each, a person read the
article up to the pronoun and wrote down its nearest named antecedent; the verdict (is
allegedly's speaker that person?) is stored in polnear_pronouns.tsv by article name and
offset and a hash of the answer judged: no corpus text is committed.

The first sample (seed 13) was read while the resolver was built, so it flatters it. The
held-out sample (--heldout: 20 more, seed 29, none of the first 50) was drawn and judged
only once the resolver was done (2026-12-01), as an estimate for text it has not seen.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def sample(shared: Path, n: int = 50, seed: int = 13, exclude: frozenset = frozenset()):
    spec = importlib.util.spec_from_file_location("sc", shared / "eval/score_attributions.py")
    S = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(S)  # type: ignore[union-attr]
    import allegedly

    dev = shared / "data/polnear/dev"
    pool = []
    for name, anns in sorted(S.articles(str(dev)).items()):
        text = (dev / "text" / f"{name}.txt").read_text(encoding="utf-8")
        for a in S.parse_brat(anns[0]):
            if a["source"] and a["cue"] and text[a["source"][0][0] : a["source"][0][1]].lower() in ("he", "she") and (name, a["source"][0][0]) not in exclude:
                pool.append((name, text, a))
    random.Random(seed).shuffle(pool)
    out = []
    reports: dict[str, object] = {}
    for name, text, a in pool:
        if name not in reports:
            reports[name] = allegedly.analyze(text, options=allegedly.Options(raw=True))
        r = reports[name]
        s0, s1 = a["source"][0]
        c0, c1 = a["cue"][0]
        hit = next(
            (x for x in r.attributions if x.cue and x.source and x.cue.start < c1 and c0 < x.cue.end and x.source.start < s1 and s0 < x.source.end),
            None,
        )
        if hit is None:
            continue
        ent = next((e for e in r.entities if e.id == hit.speaker), None)
        out.append((name, s0, text, ent.name if ent else None))
        if len(out) == n:
            break
    return out


def _digest(answer: str | None) -> str:
    return hashlib.sha1(str(answer).encode()).hexdigest()[:10]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--heldout", action="store_true", help="the second sample, drawn after the resolver was built")
    a = ap.parse_args()
    items = sample(a.shared)
    if a.heldout:
        items = sample(a.shared, n=20, seed=29, exclude=frozenset((name, s0) for name, s0, _, _ in items))
    if a.show:
        for i, (name, s0, text, got) in enumerate(items):
            context = text[max(0, s0 - 400) : s0 + 40].replace("\n", " ")
            print(f"[{i}] {name} @{s0} -> {got}\n    ...{context}\n")
        return 0
    rows = csv.DictReader((ln for ln in (HERE / "polnear_pronouns.tsv").open() if not ln.startswith("#")), delimiter="\t")
    verdicts = {(row["article"], int(row["offset"]), row["answer"]): row["right"] == "1" for row in rows}
    judged = [(name, s0, _digest(got)) for name, s0, _, got in items if (name, s0, _digest(got)) in verdicts]
    right = sum(verdicts[k] for k in judged)
    which = "held-out sample" if a.heldout else "sample"
    print(f"PolNeAR dev pronoun sources ({which}): {right}/{len(judged)} resolved to their nearest named antecedent ({100 * right / max(1, len(judged)):.0f}%)")
    if len(judged) < len(items):
        print(f"({len(items) - len(judged)} sampled items have no stored judgement: the engine's output changed; judge them with --show)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
