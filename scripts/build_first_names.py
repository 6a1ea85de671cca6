"""Build src/allegedly/data/first_names.tsv: which pronoun a first name usually takes.

    python scripts/build_first_names.py [--ambiguous 0.667]

Source: the 1990 US Census first-name files (dist.male.first, dist.female.first), as shipped
in the PyPI package `names` (MIT; the Census data itself is in the public domain). Each file
gives, per name, the percentage of that sex's population bearing it. For each name we write
the gender whose percentage is larger and that gender's share of the two percentages (the
male and female populations of 1990 were near enough equal for the percentages to be
compared directly). A name whose share is below the --ambiguous threshold (0.667: neither
sex bears it twice as often as the other, "Leslie", "Pat") is written with gender "u" and
says nothing about a pronoun. The resolver weighs the others by their share: "Chris" (0.89
male) makes "she" unlikely, not impossible; "Hillary" (1.0 female) rules "he" out in
practice. Names absent from both files are unknown to the resolver.
"""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "allegedly" / "data" / "first_names.tsv"

HEADER = """\
# First names and the pronoun they usually take, for speaker resolution ("Hillary Clinton ...
# he said" is not Hillary). Built by scripts/build_first_names.py from the 1990 US Census
# first-name files (dist.male.first, dist.female.first, public domain), as shipped in the PyPI
# package `names` (MIT). Columns: name (lower case), gender (the sex that bears the name more
# often, m or f; u where neither bears it twice as often as the other: the larger share of the
# two frequencies is below {threshold}), share (that larger share, 0.5-1.0).
"""


def _read(name: str) -> dict[str, float]:
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    out: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            out[fields[0].lower()] = float(fields[1])
    return out


def build(threshold: float) -> list[tuple[str, str, float]]:
    male, female = _read("dist.male.first"), _read("dist.female.first")
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m + f <= 0:
            continue
        share = max(m, f) / (m + f)
        gender = ("m" if m > f else "f") if share >= threshold else "u"
        rows.append((name, gender, round(share, 3)))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--ambiguous",
        type=float,
        default=0.667,
        help="below this share a name is 'u' (default 0.667)",
    )
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    rows = build(a.ambiguous)
    with a.out.open("w", encoding="utf-8") as fh:
        fh.write(HEADER.format(threshold=a.ambiguous))
        for name, gender, share in rows:
            fh.write(f"{name}\t{gender}\t{share:.3f}\n")
    counts = {g: sum(1 for r in rows if r[1] == g) for g in "mfu"}
    print(
        f"{a.out}: {len(rows)} names ({counts['m']} m, {counts['f']} f, {counts['u']} ambiguous)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
