"""Write src/allegedly/data/outlets_found.txt: news outlets named in the development texts.

Two kinds of evidence, each a fact the texts state themselves (no guessing from the name):
  - PolNeAR's metadata credits other outlets ("h/t: The Hill", column `credit`); social
    platforms (outlet_words.txt, group "platform") are left out.
  - the PolNeAR train texts and the FNC bodies call a name a newspaper, a news agency, a
    broadcaster, a news website ... ("the Rodong Sinmun newspaper", "Magharebia, a
    US-funded news website", "the newspaper Le Monde"): sourcing.outlets.outlet_mentions,
    the rule the analyser applies to every article, run here over the whole development
    data; a name must be found in at least MIN_ARTICLES (3) articles to be kept: at 2,
    a place ("Santiago del Estero") and a word of a title ("Working") came through.
Names already in outlets.txt are left out. Only sentences holding an outlet word are parsed.

    .venv/bin/python scripts/build_outlets.py [--shared ../shared] [--min-articles 3]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from allegedly import lexicon
from allegedly.pipeline import load
from allegedly.sourcing import outlets

OUT = Path(__file__).resolve().parent.parent / "src" / "allegedly" / "data" / "outlets_found.txt"

HEADER = """\
# News outlets named in the development data, written by scripts/build_outlets.py (do not
# edit by hand: change the rule or the hand list in outlets.txt and run it again).
# Columns (tab-separated): the name as written, the number of articles that give the
# evidence, and where the evidence is:
#   polnear-credit   PolNeAR metadata.tsv credits it ("h/t: NAME")
#   polnear-text     PolNeAR train texts call it a newspaper, news agency, broadcaster ...
#   fnc-text         the FNC train bodies do
# Only the names are taken from those texts (facts about who publishes what), never text.
"""


def _credits(shared: Path) -> Counter[str]:
    platforms = lexicon.grouped(outlets.OUTLET_WORDS).get("platform", frozenset())
    found: Counter[str] = Counter()
    with open(shared / "data/polnear/metadata.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            credit = (row.get("credit") or "").strip()
            m = re.match(r"h/t:\s*(.+?)\.?\s*$", credit)
            if m and m.group(1).lower() not in platforms:
                found[m.group(1)] += 1
    return found


def _texts(shared: Path):
    for path in sorted((shared / "data/polnear/train/text").glob("*.txt")):
        yield "polnear-text", path.read_text(encoding="utf-8")
    with open(shared / "data/fnc/train_bodies.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            yield "fnc-text", row["articleBody"]


def _outlet_sentences(text: str, words: re.Pattern[str]) -> str:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text)
    return "\n\n".join(p for p in parts if words.search(p))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared")
    ap.add_argument("--min-articles", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)

    groups = lexicon.grouped(outlets.OUTLET_WORDS)
    vocab = sorted(groups["noun"] | groups["qualified"] | {"television", "tv", "radio"})
    words = re.compile(r"\b(" + "|".join(map(re.escape, vocab)) + r")s?\b", re.IGNORECASE)
    nlp = load()
    known = outlets.gazetteer()

    evidence: dict[str, Counter[str]] = defaultdict(Counter)
    spelling: dict[str, Counter[str]] = defaultdict(Counter)
    for name, n in _credits(args.shared).items():
        key = outlets._strip_the(outlets._norm(name))[0]
        evidence[key]["polnear-credit"] += n
        spelling[key][re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)] += n
    sources = list(_texts(args.shared))
    texts = [_outlet_sentences(t, words) for _, t in sources]
    for (where, _), doc in zip(sources, nlp.pipe(texts, batch_size=64)):
        seen = set()
        for mention in outlets.outlet_mentions(doc):
            key = outlets._strip_the(outlets._norm(mention.text))[0]
            spelling[key][re.sub(r"^the\s+", "", mention.text, flags=re.IGNORECASE)] += 1
            if key not in seen:
                seen.add(key)
                evidence[key][where] += 1

    rows = []
    for key, ev in evidence.items():
        if key in known:
            continue
        if "polnear-credit" not in ev and sum(ev.values()) < args.min_articles:
            continue
        name = spelling[key].most_common(1)[0][0] if spelling[key] else key
        rows.append((name, sum(ev.values()), ",".join(sorted(ev))))
    rows.sort(key=lambda r: (-r[1], r[0].lower()))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for name, n, where in rows:
            fh.write(f"{name}\t{n}\t{where}\n")
    print(f"{len(rows)} outlets -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
