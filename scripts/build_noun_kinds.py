"""Build src/allegedly/data/noun_kinds.tsv: what kind of thing a common noun names.

    python scripts/build_noun_kinds.py [--wordnet /usr/share/wordnet]

Source: Princeton WordNet 3.0 (its dict/ folder: index.noun and data.noun, as in the
WordNet-3.0 tarball or Debian's wordnet-base package; WordNet 3.0 licence, whose notice the
output carries). Each noun synset belongs to one lexicographer file (noun.person,
noun.group, noun.communication, ...), and index.noun lists a word's senses most frequent
first. A source's head noun that no list of ours knows ('one Twitter user', 'the pause',
'the headline') used to be typed an organisation; its kind says what it is instead:

- person: its first sense is a person (noun.person; or noun.Tops, 'individual', then one);
- body: otherwise, any of its senses is a group ('the force', 'intelligence', 'the convent',
  'the command': an organisation, as before);
- record: otherwise, its first sense is a communication, and a written one, a document, a
  record or a statement (a hypernym of it is written_communication, document, record,
  publication or statement: 'the headline', 'the directive', 'the amendment reads': a
  document);
- message: its first sense is some other communication, information or talk with no record
  to it ('the news', 'word spread', 'condemnation greeted'; 'a man's voice', 'six senior
  figures' too, whose speakers a first sense cannot see): no source named;
- thing: its first sense is an artifact, a place or an object ('the store', 'the station':
  a building or a place stands for who runs it, an organisation as before);
- abstract: its first sense is an act, event, state, feeling, attribute, time and the like
  ('the pause', 'violence', 'uncertainty'): no one, so no source.

Single lower-case words only (names and phrases are other lists' business).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "allegedly" / "data" / "noun_kinds.tsv"

# lexicographer file numbers (WordNet's lexnames(5WN))
TOPS, PERSON, GROUP, COMMUNICATION = 3, 18, 14, 10
THINGS = (6, 15, 17)  # noun.artifact, noun.location, noun.object
RECORDS = frozenset({"written_communication", "document", "record", "publication", "statement"})

HEADER = """\
# What kind of thing a common noun names, for typing a source no other list knows ('one
# Twitter user said' is a person, unnamed; 'the headline said' a document; 'the pause
# doesn't suggest' no one). Built by scripts/build_noun_kinds.py from Princeton WordNet 3.0
# (the lexicographer file of each sense, most frequent sense first; the script's docstring
# gives the rule). Columns: noun (lower case), kind (person, body, record, message, thing,
# abstract).
#
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright
# in this software, database and any associated documentation shall at all times remain
# with Princeton University and LICENSEE agrees to preserve same.
"""

WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")


class Synset(NamedTuple):
    lexfile: int
    first_word: str
    hypernyms: tuple[str, ...]  # offsets


def kind(senses: list[str], synsets: dict[str, Synset]) -> str:
    """The kind of a noun whose senses (synset offsets) are `senses`, most frequent first."""
    files = [synsets[s].lexfile for s in senses]
    if files[0] == PERSON or (files[0] == TOPS and PERSON in files):
        return "person"
    if GROUP in files:
        return "body"
    if files[0] == COMMUNICATION:
        return "record" if RECORDS & _ancestors(senses[0], synsets) else "message"
    return "thing" if files[0] in THINGS else "abstract"


def _ancestors(offset: str, synsets: dict[str, Synset]) -> set[str]:
    """The first words of a synset and of all its hypernyms."""
    seen: set[str] = set()
    todo = [offset]
    while todo:
        here = todo.pop()
        if here not in seen:
            seen.add(here)
            todo.extend(synsets[here].hypernyms)
    return {synsets[s].first_word for s in seen}


def read(folder: Path) -> dict[str, str]:
    synsets: dict[str, Synset] = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split(" ")
        words = int(f[3], 16)
        at = 4 + 2 * words  # the pointer count, after the words and their lex ids
        pointers = [f[at + 1 + 4 * i : at + 5 + 4 * i] for i in range(int(f[at]))]
        hypernyms = tuple(p[1] for p in pointers if p[0] in ("@", "@i") and p[2] == "n")
        synsets[f[0]] = Synset(int(f[1]), f[4].lower(), hypernyms)
    kinds: dict[str, str] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        if WORD.match(lemma):
            kinds[lemma] = kind(fields[-count:], synsets)
    return kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"), help="WordNet 3.0 dict folder")
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.noun").is_file():
        print(f"error: no WordNet index.noun in {args.wordnet}", file=sys.stderr)
        return 1
    kinds = read(args.wordnet)
    OUT.write_text(HEADER + "".join(f"{w}\t{k}\n" for w, k in sorted(kinds.items())), encoding="utf-8")
    print(f"wrote {len(kinds)} nouns to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
