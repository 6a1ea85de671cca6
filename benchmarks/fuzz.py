"""Fuzz the whole analysis with mutated real articles, by hand, for as long as you like.

    python benchmarks/fuzz.py --inputs 1000000 [--seed 1] [--max-chars 4000] [--workers 16]

Every input is a PolNeAR dev/train text or an FNC body from ../shared, mutated
(benchmarks/mutate.py), and goes through allegedly.analyze() as text and as raw text. An
input either gives a Report whose spans and references are sound (Report.problems() is
empty) or raises allegedly.errors.InputError; anything else is a crash, printed with the
seed that reproduces it. Prints inputs run, input errors, crashes and unsound reports.

Input n of a seed is the same however many workers run (each draws from Random(f"{seed}:{n}")),
so --workers only spreads the inputs over processes: worker w takes n = w, w + W, ... A
million inputs is about 28 hours of one core at 8 to 10 a second, so a long run wants a
machine with many cores.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
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


def run(inputs: int, seed: int, max_chars: int, worker: int = 0, workers: int = 1) -> dict[str, int]:
    """Inputs worker, worker + workers, ... below inputs; progress on stderr every 100."""
    import allegedly
    from allegedly import Options
    from allegedly.errors import InputError

    texts = corpus()
    if not texts:
        raise SystemExit("no shared data: ../shared/data is needed")
    counts = {"inputs": 0, "input_errors": 0, "crashes": 0, "unsound": 0}
    started = time.time()
    for n in range(worker, inputs, workers):
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
        if counts["inputs"] % 100 == 0:
            rate = counts["inputs"] / (time.time() - started)
            name = f"worker {worker}: " if workers > 1 else ""
            print(f"{name}{counts['inputs']} inputs, {rate:.1f}/s, {counts}", file=sys.stderr)
    return counts


def _one(job: tuple[int, int, int, int, int]) -> dict[str, int]:
    return run(*job)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-chars", type=int, default=4000)
    ap.add_argument("--workers", type=int, default=1, help="processes (default 1)")
    args = ap.parse_args()
    t0 = time.time()
    if args.workers > 1:
        jobs = [(args.inputs, args.seed, args.max_chars, w, args.workers) for w in range(args.workers)]
        with multiprocessing.Pool(args.workers) as pool:
            parts = pool.map(_one, jobs)
        counts = {k: sum(p[k] for p in parts) for k in parts[0]}
    else:
        counts = run(args.inputs, args.seed, args.max_chars)
    print(f"{counts['inputs']} inputs in {time.time() - t0:.0f} s: {counts['input_errors']} refused with an input error, "
          f"{counts['crashes']} crashes, {counts['unsound']} unsound reports")


if __name__ == "__main__":
    main()
