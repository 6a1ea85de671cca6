"""Hardening (issue 14): inputs that once lost their text or leaked into other formats, and
the public API's promises."""

from __future__ import annotations

import json

import pytest

import allegedly
from allegedly.errors import AnalysisFailed, InputError
from allegedly.ingest import article_from_text
from allegedly.ingest.decode import decode
from allegedly.render import render

STORY = "The mayor said the harbour contract would be reviewed next week by the council."


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_the_parser_goes_keeps_its_text(depth):
    page = "<html><body>" + "<div>" * depth + f"<p>{STORY}</p><p>Officials said the review would be public.</p>" + "</div>" * depth + "</body></html>"
    article = article_from_text(page, "deep.html")
    assert STORY in article.text and "Officials said the review would be public." in article.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_not_binary(codec):
    text, warning = decode((STORY + "\nSecond line, with “curly quotes”.\n").encode(codec))
    assert text.startswith(STORY) and "curly quotes" in text
    assert warning is not None and codec in warning


def test_random_bytes_are_still_binary():
    with pytest.raises(InputError, match="binary"):
        decode(bytes(range(256)) * 40)


def _hostile_report():
    return allegedly.analyze(
        "The mayor said the pool\u2028would reopen\u2029in June, a spokesman\x85added.",
        title="[click](javascript:alert(1)) </script><script>alert(1)</script>",
        outlet="[o](javascript:alert(2))",
        authors=["[a](javascript:alert(3))"],
    )


def test_markdown_never_turns_metadata_into_a_link():
    md = render(_hostile_report(), "markdown")
    assert "](javascript:" not in md.replace("\\]", "")
    assert "\\[click\\]" in md and "\\[o\\]" in md and "<script>" not in md


def test_jsonld_has_no_literal_closing_script_tag_and_still_parses():
    out = render(_hostile_report(), "jsonld")
    assert "</script>" not in out and "<" not in out
    assert json.loads(out)["@graph"][0]["appearance"]["headline"].endswith("</script>")


def test_brat_lines_never_hold_a_line_separator():
    ann = render(_hostile_report(), "brat")
    for line in ann.split("\n"):
        assert len(line.splitlines()) <= 1, repr(line)
    assert len(ann.splitlines()) == ann.count("\n")


def test_analyze_raises_instead_of_returning_a_problem(monkeypatch):
    import allegedly.core as core  # the module reads as what it is (it was shadowed by analyze())

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(core, "build_report", broken)
    with pytest.raises(AnalysisFailed, match="boom"):
        allegedly.analyze(STORY)


def test_analyze_takes_typed_metadata_keywords():
    report = allegedly.analyze(STORY, title="Harbour review", outlet="The Clarion", url="https://clarion.example/h", published="2026-11-30", authors="Ann Lee")
    assert report.article.title == "Harbour review" and report.article.outlet == "The Clarion" and report.article.authors == ["Ann Lee"]
    with pytest.raises(TypeError):
        allegedly.analyze(STORY, publisher="x")  # type: ignore[call-arg]
    with pytest.raises(InputError):
        allegedly.analyze(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text, cap",
    [
        ('"' * 20_000, "no white space"),
        ("x" * 5_000 + " said the man.", "no white space"),
        ("he said that " * 1_500, "without a full stop"),
        (" ".join(["council", "harbour", "plan", "review", "money"] * 2_000), "without a full stop"),
    ],
)
def test_text_that_is_not_language_is_capped_and_says_so(text, cap):
    from allegedly import Options
    from allegedly.pipeline import MAX_RUN, MAX_SENTENCE, load

    doc = load()(text)
    assert doc.text == text  # the guards never change the text
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE
    assert max(len(t.text) for t in doc) <= max(MAX_RUN, 50)
    report = allegedly.analyze(text, options=Options(raw=True, check_language=False))
    assert report.text == text
    assert any(cap in w for w in report.warnings), report.warnings


def test_real_text_hits_no_cap():
    report = allegedly.analyze(STORY + " " + "The council said it would publish the review in full, and officials said the harbour plan was sound." * 3)
    assert not any("cut into" in w for w in report.warnings)


def test_a_long_article_is_parsed_in_parts_and_reads_as_one(monkeypatch):
    """Past core.PART_CHARS a text is parsed a part at a time (bounded memory) and joined:
    the report is of the whole text, with every attribution of every part, in order."""
    from allegedly import Options, analyze, core

    paragraphs = [
        f"Councillor Dana Whitfield{i} said the harbour contract number {i} was rewritten after the bids closed. "
        f"“We were never shown the figures,” she said.\n\n"
        for i in range(12)
    ]
    text = "".join(paragraphs) + "The port authority denied the claims."
    whole = analyze(text, options=Options(raw=True))
    monkeypatch.setattr(core, "PART_CHARS", 300)
    assert len(core.split_text(text, 300)) > 5 and "".join(core.split_text(text, 300)) == text
    parts = analyze(text, options=Options(raw=True))
    assert parts.text == text and not parts.problems()
    assert [(a.cue.text, a.content.text) for a in parts.attributions] == [(a.cue.text, a.content.text) for a in whole.attributions]
    assert sum(1 for a in parts.attributions if a.cue.text == "said" or a.cue.text.endswith(" said")) >= 24


def test_a_long_text_without_sentences_keeps_its_cap_note_when_parsed_in_parts(monkeypatch, recwarn):
    from allegedly import Options, analyze, core

    monkeypatch.setattr(core, "PART_CHARS", 2000)
    r = analyze("he said that " * 600, options=Options(raw=True, check_language=False))
    assert sum("without a full stop" in w for w in r.warnings) == 1
    assert not [w for w in recwarn if "user data" in str(w.message)]


def test_feature_caches_are_dropped_as_candidates_are_scored_and_change_nothing(monkeypatch):
    """On text that is all cues ('he said that ...' has one per three words) the per-span
    caches of the features are cleared every MEMO_SPAN candidates, so they never hold one
    entry per candidate of the whole text; the attributions are the same either way."""
    from allegedly import Options, analyze, extract
    from allegedly.extract.context import Context

    text = "he said that " * 400
    whole = analyze(text, options=Options(raw=True, check_language=False))
    held: list[int] = []
    forget = Context.forget

    def spy(self):
        held.append(len(self.arrays.lists._words))
        forget(self)

    monkeypatch.setattr(extract, "MEMO_SPAN", 16)
    monkeypatch.setattr(Context, "forget", spy)
    small = analyze(text, options=Options(raw=True, check_language=False))
    assert len(held) >= 5 and max(held) <= 4 * 16
    assert [(a.cue.start, a.content.end) for a in small.attributions] == [(a.cue.start, a.content.end) for a in whole.attributions]
