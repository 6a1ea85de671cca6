from __future__ import annotations

import json

import spacy

from allegedly import Report, analyze
from allegedly.pipeline import MODEL
from conftest import EXAMPLES


def test_report_round_trips_through_json():
    report = analyze((EXAMPLES / "harbour-contract.txt").read_text(encoding="utf-8"))
    again = Report.from_dict(json.loads(json.dumps(report.to_dict())))
    assert again == report


def test_library_takes_metadata_keywords():
    r = analyze("The coach said the team would train indoors.", outlet="The Clarion", authors=["Sam Lee"])
    assert r.article.outlet == "The Clarion" and r.article.authors == ["Sam Lee"]


def test_spacy_component_gives_the_same_attributions():
    text = "“We will appeal,” said Maria Gonzalez. Officials said the bridge was unsafe."
    nlp = spacy.load(MODEL)
    nlp.add_pipe("allegedly")
    doc = nlp(text)
    from_component = [(a.cue.text, a.content.text) for a in doc._.allegedly.attributions]
    from allegedly import Options

    from_library = [(a.cue.text, a.content.text) for a in analyze(text, options=Options(raw=True)).attributions]
    assert from_component == from_library == [("said", "“We will appeal,”"), ("said", "the bridge was unsafe")]


def test_component_on_a_stock_pipeline_matches_analyze_whole():
    """Paragraphs without a full stop (a heading, a dateline) and nested speech: the stock
    pipeline would parse across the blank line; the component brings the boundaries and
    honours univocal."""
    from allegedly import Options

    text = (
        "Harbour deal under review\n\n"
        "The Herald reported that the mayor said the contract would be reviewed\n\n"
        "Councillor Priya Nandakumar said the review was overdue. “We have nothing to hide,” she said."
    )
    for univocal in (False, True):
        nlp = spacy.load(MODEL)
        nlp.add_pipe("allegedly", config={"univocal": univocal})
        got = nlp(text)._.allegedly.to_dict()
        want = analyze(text, options=Options(raw=True, univocal=univocal)).to_dict()
        for key in ("attributions", "entities", "headline", "scorecard"):
            assert got[key] == want[key], (univocal, key)
    assert len(want["attributions"]) >= 3
