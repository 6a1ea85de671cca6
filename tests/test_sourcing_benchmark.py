"""The annotated FNC bodies (benchmarks/fnc_annotations.jsonl) agree with the shared data
and with docs/annotation-guideline.md, the sourcing benchmark scores as it says, and the
whole-set figures stay at or above benchmarks/sourcing_floor.json."""

from __future__ import annotations

import importlib.util
import json
import random

import pytest

from conftest import ROOT, needs_shared

FLOOR = ROOT / "benchmarks" / "sourcing_floor.json"
KEYS = ["body_id", "sha1", "attributions"]
ATT_KEYS = ["cue", "source", "content", "speaker", "source_type", "certainty", "evidence", "stance", "channel"]


def _bench():
    spec = importlib.util.spec_from_file_location("sourcing_bench", ROOT / "benchmarks" / "sourcing.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


bench = _bench()


@pytest.fixture(scope="module")
def bodies():
    return bench.load_bodies(needs_shared("data/fnc/train_bodies.csv"))


@pytest.fixture(scope="module")
def annotations():
    return bench.load_annotations()


def test_the_file_holds_offsets_and_labels_only(annotations):
    assert len(annotations) >= 30
    assert len({a["body_id"] for a in annotations}) == len(annotations)
    for item in annotations:
        assert list(item) == KEYS
        assert len(item["sha1"]) == 40
        for att in item["attributions"]:
            assert list(att) == ATT_KEYS
            for role in ("cue", "source", "content", "channel"):
                span = att[role]
                assert span is None or (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span))
            assert att["cue"] is not None
            assert att["speaker"] is None or (isinstance(att["speaker"], str) and 0 < len(att["speaker"]) <= 60)
            for name, allowed in bench.LABELS.items():
                assert att[name] in allowed, (item["body_id"], name, att[name])
            if att["source"] is None:
                assert att["source_type"] == "unattributed" and att["speaker"] is None


def test_annotations_match_the_shared_bodies(annotations, bodies):
    for item in annotations:
        text = bodies[item["body_id"]]
        assert bench.sha1(text) == item["sha1"], f"body {item['body_id']} changed"
        for att in item["attributions"]:
            for role in ("cue", "source", "content", "channel"):
                if att[role] is not None:
                    s, e = att[role]
                    assert 0 <= s < e <= len(text), (item["body_id"], role, att[role])
                    assert text[s:e] == text[s:e].strip(), (item["body_id"], role, "span edges are whitespace")


def test_the_bodies_are_the_documented_sample(annotations, bodies):
    """docs/annotation-guideline.md, section 11: 800-4,000 characters, Random(10), 40 drawn."""
    eligible = [bid for bid, text in bodies.items() if 800 <= len(text) <= 4000]
    drawn = [bid for bid in random.Random(10).sample(eligible, 40)]
    ids = [a["body_id"] for a in annotations]
    assert set(ids) <= set(drawn)
    assert ids == [bid for bid in drawn if bid in set(ids)], "annotated in the order drawn"
    assert set(drawn[: len(ids)]) == set(ids), "from the first drawn, none skipped"


def test_speaker_rule():
    agree = bench.speaker_agrees
    assert agree("John Petrides", "Petrides")
    assert agree("Petrides", "John Petrides")
    assert agree("The Globe and Mail", "Globe and Mail")
    assert agree("Duncan D. Hunter", "Duncan D Hunter")
    assert not agree("John Petrides", "Anna Petrides")
    assert not agree("John Petrides", "John")
    assert not agree("Radio-Canada", "Radio Canada")
    assert agree(None, None)
    assert agree(None, "officials", "officials")
    assert agree(None, "earlier report", "an earlier report")
    assert not agree(None, "Tim Cook", "the executive")
    # 'the source' resolved to the unnamed source before it: still no one named
    assert agree(None, "a well-placed source", "the source", True)
    assert not agree(None, "a well-placed source", "the source")  # unless the engine left it unnamed
    assert not agree(None, "Supreme Court", "the court")  # a name is no unnamed source
    assert not agree("Tim Cook", None)


def test_matching_takes_the_largest_overlap_once():
    gold = [{"cue": [10, 14]}, {"cue": [30, 34]}]
    pred = [{"cue": (8, 12)}, {"cue": (10, 14)}, {"cue": (50, 54)}]
    assert bench.match(gold, pred) == [(0, 1)]


def test_benchmark_runs_on_two_bodies(annotations, bodies):
    two = annotations[:2]
    fig = bench.evaluate(two, bodies)
    assert fig["bodies"] == 2 and fig["failed"] == 0
    assert fig["gold"] == sum(len(a["attributions"]) for a in two)
    for key in ("found", "precision", "all_right", *bench.FIELDS):
        assert 0.0 <= fig[key] <= 1.0, key
    assert fig["matched"] > 0


def test_whole_set_stays_above_the_floors(annotations, bodies):
    fig = bench.evaluate(annotations, bodies)
    floors = json.loads(FLOOR.read_text())
    low = {k: (round(fig[k], 3), v) for k, v in floors.items() if fig[k] < v}
    assert not low, f"below the floor (got, floor): {low}"
