"""Speaker resolution on articles we wrote: pronouns, role descriptions, name variants."""

from __future__ import annotations

import sys

from allegedly import Options, analyze
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import speakers  # noqa: E402  (benchmarks/speakers.py)


def test_annotated_set_resolves_every_speaker():
    right, total, misses = speakers.evaluate()
    assert total == 20
    assert right == total, misses


def speaker_of(report, cue: str, nth: int = 1):
    hits = [a for a in report.attributions if a.cue and a.cue.text == cue]
    ent = next(e for e in report.entities if e.id == hits[nth - 1].speaker)
    return ent


def test_person_tagged_org_is_corrected_and_descriptors_collected():
    text = "Councillor Priya Nandakumar claimed the tender was rewritten.\n\nShe said the deadline had passed."
    r = analyze(text, options=Options(raw=True))
    ent = speaker_of(r, "claimed")
    assert ent.name == "Priya Nandakumar" and ent.type == "person"
    assert "Councillor" in ent.descriptors
    assert speaker_of(r, "said").id == ent.id


def test_pronoun_skips_a_person_of_the_other_gender():
    text = (
        "Ms Joan Albright defended the closures.\n\n"
        "Mr Samuel Okoye, her opponent, disagreed. She said waiting times would fall. He said patients would travel further."
    )
    r = analyze(text, options=Options(raw=True))
    assert speaker_of(r, "said", 1).name == "Joan Albright"
    assert speaker_of(r, "said", 2).name == "Samuel Okoye"


def test_every_speaker_points_into_entities():
    r = analyze((ROOT / "examples" / "harbour-contract.txt").read_text(encoding="utf-8"))
    ids = {e.id for e in r.entities}
    assert all(a.speaker in ids for a in r.attributions if a.source is not None)
    assert all(a.speaker is None for a in r.attributions if a.source is None)
