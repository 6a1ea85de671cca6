"""Speaker resolution accuracy on a small set we wrote and annotated ourselves.

    python benchmarks/speakers.py

benchmarks/speakers/annotated.jsonl holds short articles whose sources are pronouns ("He
said", '"...," he said'), role descriptions ("the former spy", "the mayor", "the
56-year-old"), name variants ("Mr Scaramucci", "Petrides" after "John Petrides"), people who
share a surname (Bill and Hillary Clinton) and relative pronouns ("Gary Bettman, who
insisted ..."); each expectation names a cue (its n-th occurrence) and the person who speaks
there. An attribution counts as right when its speaker entity carries that name.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def evaluate(path: Path = HERE / "speakers" / "annotated.jsonl") -> tuple[int, int, list[str]]:
    import allegedly

    right = total = 0
    misses: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        report = allegedly.analyze(item["text"], options=allegedly.Options(raw=True))
        names = {e.id: e.name for e in report.entities}
        for cue, nth, expected in item["expect"]:
            total += 1
            hits = [a for a in report.attributions if a.cue and re.search(rf"(^|\s){re.escape(cue)}($|\s|:$)", a.cue.text)]  # ('said:')
            got = names.get(hits[nth - 1].speaker) if len(hits) >= nth else None
            if got == expected:
                right += 1
            else:
                misses.append(f"{cue} #{nth}: expected {expected}, got {got}")
    return right, total, misses


def main() -> int:
    right, total, misses = evaluate()
    for m in misses:
        print("miss:", m)
    print(f"speaker resolution: {right}/{total} = {100 * right / total:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
