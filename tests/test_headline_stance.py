"""headline.stance (asserts | reports | refutes), the headline of a headline-only article,
and a summary that says 'denied by' only for a denial of the headline's claim."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from allegedly import Options, analyze
from allegedly.sourcing.headline_stance import case_style, features, headline_stance, name_kind
from conftest import needs_shared


@pytest.mark.parametrize(
    ("headline", "stance"),
    [
        ("Lighthouse keeper finds message in a bottle from 1952", "asserts"),
        ("Report: lighthouse keeper finds message in a bottle from 1952", "reports"),
        ("Lighthouse keeper reportedly finds message in a bottle", "reports"),
        ("Lighthouse keeper found message in a bottle, police say", "reports"),
        ("Did a lighthouse keeper find a message in a bottle from 1952?", "reports"),
        ("Message in a bottle story is a hoax", "refutes"),
        ("Lighthouse keeper denies finding message in a bottle", "refutes"),
        ("No, a lighthouse keeper did NOT find a message from 1952", "refutes"),
        ("Lighthouse keeper is said to have found a message in a bottle", "reports"),
        ("Bottle message appears to date from 1952", "reports"),
        ("Analysts: ferry operator to cut winter crossings", "reports"),
        ("Harbour deal under investigation, sources say", "reports"),
        ("Mayor may quit over harbour deal", "reports"),
        ("Ferry operator cuts winter crossings", "asserts"),
        ("Experts cast doubt on lighthouse keeper's bottle message", "refutes"),
        ("Viral bottle message was a prank by students", "refutes"),
        ("Lighthouse keeper still alive despite online death reports", "refutes"),
        ("Ferry operator in talks to buy harbour rival", "reports"),
        ("Harbour master puts bottle message rumours to rest", "refutes"),
        ("Sources: ferry operator to cut winter crossings", "reports"),
        ("Is the mayor quitting? Aides pack his office", "reports"),
    ],
)
def test_headline_stance_of_written_headlines(headline, stance):
    assert headline_stance(headline) == stance


def test_markers_become_features():
    f = set(features("Report: Mayor may quit, aides say"))
    assert {"m=source", "m=hedge", "shape=lead_source", "shape=tail_source"} <= f
    assert "shape=question" in set(features("Is the mayor quitting?"))


def test_marker_phrases_and_a_closing_source_name_become_features():
    f = set(features("Mayor is believed to have quit, Twitter story claims"))
    assert {"p=hedge", "p=meta"} <= f
    assert "p=hedge" in set(features("Video purports to show the mayor quitting"))  # purport* is a prefix
    assert "p=refute" in set(features("Experts cast doubt on the mayor's fact-checked claim"))
    assert "p=refute" in set(features("Mayor says rival made it all up"))
    assert "shape=tail_name" in set(features("Ferry operator to cut winter crossings: WSJ"))
    assert "shape=tail_name" in set(features("Ferry operator to cut winter crossings -CNBC"))
    assert "shape=tail_name" not in set(features("Ferry operator: winter crossings to be cut"))
    assert "shape=tail_name" in set(features("Ferry operator to cut winter crossings-CNBC"))
    # a hyphenated word at the end is no closing source name
    f = set(features("Ferry operator hires Co-Founder Steve Jones"))
    assert "shape=tail_name" not in f and not [x for x in f if x.startswith("tail=")]


def test_what_stands_before_or_after_the_colon_is_told_apart():
    assert name_kind("Official") == name_kind("US officials") == name_kind("Senator") == "role"
    assert name_kind("NYT") == name_kind("Reuters") == name_kind("Kyiv Post") == "outlet"
    assert name_kind("Tim Cook") == "name"
    assert name_kind("Ferry strike latest news from the harbour") == "long"
    assert "lead=role" in set(features("Official: ferry operator to cut winter crossings"))
    assert "tail=role" in set(features("Ferry operator to cut winter crossings: monitor"))
    assert "tail=outlet" in set(features("Ferry operator to cut winter crossings: WSJ"))


def test_a_clause_opening_negation_pairs_of_markers_and_the_headlines_case():
    assert "shape=clause_negation" in features("No, the mayor did not quit")
    assert "shape=clause_negation" in features("Harbour police: No link between ferry strike and fire")
    assert "shape=clause_negation" in features("Ferry strike rumour - not true")
    assert "shape=clause_negation" not in features("Mayor who never quit wins again")
    assert "m=negator" not in features("No, the mayor did not quit")  # a shape's group, not a feature
    assert "pair=m=refute&shape=question" in features("Was the bottle message a hoax?")
    assert "pair=m=refute&m=source" in features("Mayor says the story is false")
    assert not [f for f in features("Mayor reportedly quits") if f.startswith("pair=")]  # one marker alone
    assert case_style("Mayor To Quit Over Harbour Deal") == "title"
    assert case_style("Mayor to quit over harbour deal") == "sentence"
    assert case_style("MAYOR TO QUIT OVER HARBOUR DEAL") == "upper"
    assert case_style("Mayor to Quit over Harbour deal") == "mixed"
    assert case_style("A: b?") is None
    assert "case=title" in features("Mayor To Quit Over Harbour Deal")


def test_a_quotation_is_told_from_apostrophes():
    assert "shape=quoted" in features('Mayor calls rival\'s claim "nonsense"')
    assert "shape=quoted" in features("Mayor: 'I will not quit'")
    assert "shape=quoted" in features("“Miracle” cure is a hoax")
    assert "shape=quoted" not in features("Mayor's aide says he won't quit")


def test_question_shapes_marker_words_and_a_hedged_participant():
    assert {"shape=question_end", "shape=question_yesno"} <= set(features("Did the mayor quit?"))
    f = set(features("Is the mayor quitting? Aides pack his office"))
    assert {"shape=question_mid", "shape=question_yesno"} <= f and "shape=question_end" not in f
    f = set(features("Mayor reportedly quits, aides say"))
    assert {"mw=reportedly", "mw=say"} <= f
    assert "shape=attributive_hedge" in set(features("Mob attacks alleged thief"))
    assert "shape=attributive_hedge" not in set(features("Mayor is alleged to have quit"))
    assert {"m=speculate", "mw=mulls"} <= set(features("Ferry operator mulls winter cuts"))


def test_the_shipped_model_is_small_and_runs_without_scikit_learn():
    raw = resources.files("allegedly.models").joinpath("headline_stance.json").read_text(encoding="utf-8")
    assert len(raw) < 200_000
    model = json.loads(raw)
    assert model["classes"] == ["asserts", "reports", "refutes"]
    code = (
        "import sys; sys.modules['sklearn'] = None\n"
        "from allegedly.sourcing.headline_stance import headline_stance\n"
        "print(headline_stance('Zoo denies panda escape story'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "refutes"


@pytest.mark.parametrize("raw", [True, False])
def test_an_article_that_is_its_headline_alone_gets_a_headline_and_stance(raw):
    r = analyze("Zoo keeper reportedly kept escaped panda in his flat", options=Options(raw=raw))
    assert r.headline is not None
    assert r.headline.text == "Zoo keeper reportedly kept escaped panda in his flat"
    assert r.headline.stance == "reports"
    assert r.to_dict()["headline"]["stance"] == "reports"


def test_a_headline_ending_in_a_full_stop_is_still_a_headline():
    r = analyze("Zoo panda escape was a hoax.", options=Options(raw=True))
    assert r.headline is not None and r.headline.stance == "refutes"


def test_a_given_title_is_the_headline():
    r = analyze("The council said the depot would close.\n\nWorkers were told on Friday.", title="Depot to close")
    assert r.headline is not None and r.headline.text == "Depot to close" and r.headline.stance == "asserts"


def test_an_untitled_multi_paragraph_raw_text_has_no_headline():
    r = analyze("The council said the depot would close.\n\nWorkers were told on Friday.", options=Options(raw=True))
    assert r.headline is None


def test_denied_by_only_for_a_denial_of_the_headlines_claim():
    text = (
        "Councillor 'sold the harbour land to his brother', rival claims\n\n"
        "Rival councillor Nadia Fenwick claimed that councillor Owen Marsh sold the harbour land to his brother.\n\n"
        "In a separate row, the harbour master Piet Olsen has denied leaking the budget to the press."
    )
    r = analyze(text)
    assert r.headline is not None
    assert "Nadia Fenwick" in r.headline.summary
    assert "denied by" not in r.headline.summary
    text2 = text + "\n\nMarsh has denied selling the harbour land to his brother."
    r2 = analyze(text2)
    assert "denied by" in r2.headline.summary and "Marsh" in r2.headline.summary.split("denied by", 1)[1]
    assert "Olsen" not in r2.headline.summary


def test_headline_round_trips_through_json():
    from allegedly.schema import Report

    r = analyze("Minister denies selling the harbour", options=Options(raw=True))
    back = Report.from_dict(json.loads(json.dumps(r.to_dict())))
    assert back.headline is not None and back.headline.stance == r.headline.stance
    old = r.to_dict()
    del old["headline"]["stance"]  # a document written before the field existed
    assert Report.from_dict(old).headline.stance == "asserts"


def test_benchmark_reports_grouped_cross_validation():
    shared = needs_shared("data/emergent/train.csv").parents[2]
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "benchmarks/headline_stance.py", "--folds", "3", "--shared", str(shared)],
        capture_output=True, text=True, check=True, cwd=root,
    ).stdout
    assert "grouped by claimId" in out
    line = next(ln for ln in out.splitlines() if ln.startswith("model (out of fold)"))
    acc = float(line.split("accuracy")[1].split()[0])
    macro = float(line.split("macro-F1")[1].split()[0])
    assert acc >= 0.76 and macro >= 0.76  # a floor: 0.782 / 0.783 with 3 folds (0.807 / 0.810 with 5)
