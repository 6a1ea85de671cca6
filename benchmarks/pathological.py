"""Time and peak memory on text that is not language, against real news of the same size.

    python benchmarks/pathological.py [--size 1000000]

Each input runs in its own process (so peak memory is its own) through allegedly.analyze()
with --raw: real news (PolNeAR dev texts joined until the size is reached), the same long
real article repeated, only '"', "he said that ..." repeated, words with no punctuation.
Issue 14's target: every input within 3 times the time of real news, under 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"

CHILD = r"""
import json, resource, sys, time
import allegedly
from allegedly import Options
text = sys.stdin.read()
allegedly.analyze("The mayor said the pool would reopen.", options=Options(raw=True))  # load once
t0 = time.time()
report = allegedly.analyze(text, options=Options(raw=True, check_language=False))
print(json.dumps({"seconds": time.time() - t0, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "attributions": len(report.attributions), "caps": [w for w in report.warnings if "cut" in w]}))
"""


def inputs(size: int) -> dict[str, str]:
    dev = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "data/polnear/dev/text").glob("*.txt"))]
    real = ""
    for t in dev * 20:
        if len(real) >= size:
            break
        real += t + "\n\n"
    longest = max(dev, key=len)
    words = " ".join(w.strip(".,;:!?\"“”'") for w in real.split())
    return {
        "real news": real[:size],
        "one article repeated": ((longest + "\n\n") * (size // len(longest) + 1))[:size],
        'only "': '"' * size,
        "he said that ...": ("he said that " * (size // 13 + 1))[:size],
        "no punctuation": words[:size],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per input")
    args = ap.parse_args()
    results = {}
    for name, text in inputs(args.size).items():
        proc = subprocess.run([sys.executable, "-c", CHILD], input=text, capture_output=True, text=True, timeout=3600)
        if proc.returncode != 0:
            print(f"{name:22} FAILED: {proc.stderr.strip().splitlines()[-1:]}")
            continue
        results[name] = json.loads(proc.stdout)
    base = results.get("real news", {}).get("seconds")
    print(f"{'input':22} {'seconds':>8} {'x real':>7} {'peak MB':>8} {'attributions':>12}  caps")
    for name, r in results.items():
        ratio = f"{r['seconds'] / base:.2f}" if base else "-"
        print(f"{name:22} {r['seconds']:8.1f} {ratio:>7} {r['peak_mb']:8.0f} {r['attributions']:12}  {'; '.join(r['caps']) or '-'}")


if __name__ == "__main__":
    main()
