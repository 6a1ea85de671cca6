"""Fuzz the whole analysis with mutated real articles, by hand, for as long as you like.

    python benchmarks/fuzz.py --inputs 1000000 [--seed 1] [--max-chars 4000]

Every input is a PolNeAR dev/train text or an FNC body from ../shared, mutated
(benchmarks/mutate.py), and goes through allegedly.analyze() as text and as raw text. An
input either gives a Report whose spans and references are sound (Report.problems() is
empty) or raises allegedly.errors.InputError; anything else is a crash, printed with the
seed that reproduces it. Prints inputs run, input errors, crashes and unsound reports.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mutate import mutate  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"


def corpus(limit: int = 400) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "data/polnear/dev/text").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "data/polnear/train/text").glob("*.txt"))[:200]]
    fnc = SHARED / "data/fnc/train_bodies.csv"
    if fnc.exists():
        csv.field_size_limit(10**8)
        with open(fnc, encoding="utf-8", newline="") as fh:
            texts += [row["articleBody"] for _, row in zip(range(200), csv.DictReader(fh))]
    return texts[:limit] if limit else texts


def run(inputs: int, seed: int, max_chars: int) -> dict[str, int]:
    import allegedly
    from allegedly import Options
    from allegedly.errors import InputError

    texts = corpus()
    if not texts:
        raise SystemExit("no shared data: ../shared/data is needed")
    counts = {"inputs": 0, "input_errors": 0, "crashes": 0, "unsound": 0}
    started = time.time()
    for n in range(inputs):
        rng = random.Random(f"{seed}:{n}")
        text = mutate(rng.choice(texts)[:max_chars], rng)
        raw = rng.random() < 0.5
        counts["inputs"] += 1
        try:
            report = allegedly.analyze(text, options=Options(raw=raw, check_language=rng.random() < 0.5))
        except InputError:
            counts["input_errors"] += 1
            continue
        except Exception:  # noqa: BLE001 -- a crash is what this benchmark looks for
            counts["crashes"] += 1
            print(f"CRASH seed={seed} n={n} raw={raw}\n{traceback.format_exc()}", file=sys.stderr)
            continue
        bad = report.problems()
        if bad:
            counts["unsound"] += 1
            print(f"UNSOUND seed={seed} n={n}: {bad[:3]}", file=sys.stderr)
        if (n + 1) % 100 == 0:
            rate = (n + 1) / (time.time() - started)
            print(f"{n + 1} inputs, {rate:.1f}/s, {counts}", file=sys.stderr)
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-chars", type=int, default=4000)
    args = ap.parse_args()
    t0 = time.time()
    counts = run(args.inputs, args.seed, args.max_chars)
    print(f"{counts['inputs']} inputs in {time.time() - t0:.0f} s: {counts['input_errors']} refused with an input error, "
          f"{counts['crashes']} crashes, {counts['unsound']} unsound reports")


if __name__ == "__main__":
    main()
