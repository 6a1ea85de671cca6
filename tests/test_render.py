"""Every output format on articles written for these tests."""

from __future__ import annotations

import json
import sys

from allegedly import Options, analyze
from allegedly.render import FORMATS, render
from conftest import EXAMPLES, needs_shared, run_cli
from helpers import by_cue

HOSTILE = (
    "Hacker <script>alert(1)</script> claims\n\n"
    'The spokesman said "<img src=x onerror=alert(2)>" was posted with a <a href="javascript:alert(3)">link</a>.\n\n'
    "Officials said the <b>site</b> & its mirror were down."
)


def test_html_is_self_contained_and_inert():
    html = render(analyze(HOSTILE, options=Options(raw=True)), "html")
    assert "<script>" not in html and "<img" not in html and '<a href="javascript' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&amp; its mirror" in html
    assert "http://" not in html and "https://" not in html  # nothing to fetch
    assert "default-src 'none'" in html


def test_html_marks_sources_cues_contents_and_badges():
    r = analyze((EXAMPLES / "harbour-contract.txt").read_text(encoding="utf-8"))
    html = render(r, "html")
    assert '<span class="source"' in html and '<span class="cue"' in html and 'class="content' in html
    assert "no evidence" in html and "b-denies" in html
    assert r.headline.summary.split(";")[0] in html


def test_markdown_table_has_a_row_per_attribution():
    r = analyze((EXAMPLES / "harbour-contract.txt").read_text(encoding="utf-8"))
    md = render(r, "markdown")
    rows = [ln for ln in md.splitlines() if ln.startswith("| a")]
    assert len(rows) == len(r.attributions)
    assert md.splitlines()[0].startswith("# Mayor")
    assert "## Sourcing scorecard" in md


def test_brat_output_reads_back_through_the_shared_scorer(tmp_path):
    scorer_dir = needs_shared("eval")
    sys.path.insert(0, str(scorer_dir))
    import score_attributions as S

    r = analyze((EXAMPLES / "harbour-contract.txt").read_text(encoding="utf-8"))
    ann = tmp_path / "a.ann"
    ann.write_text(render(r, "brat"), encoding="utf-8")
    back = S.parse_brat(str(ann))
    assert len(back) == len(r.attributions)
    for a, b in zip(r.attributions, back):
        assert b["cue"] == [(a.cue.start, a.cue.end)]
        assert (b["source"] == [(a.source.start, a.source.end)]) if a.source else b["source"] == []
        # a content over several paragraphs comes back as one fragment per line
        assert b["content"][0][0] == a.content.start and b["content"][-1][1] == a.content.end


def test_jsonld_claims_have_authors_and_first_appearance():
    text = "The Herald reports that the Gazette said that council officials told it the bridge was unsafe."
    doc = json.loads(render(analyze(text, options=Options(raw=True)), "jsonld"))
    claims = doc["@graph"]
    assert doc["@context"] == "https://schema.org" and all(c["@type"] == "Claim" for c in claims)
    inner = next(c for c in claims if c["text"] == "the bridge was unsafe")
    assert inner["firstAppearance"]["publisher"]["name"] == "The Herald"
    herald = next(c for c in claims if c["author"]["name"].endswith("Herald"))
    assert herald["author"]["@type"] == "NewsMediaOrganization"


def test_out_dir_uses_each_formats_extension(tmp_path):
    for fmt, ext in (("html", ".html"), ("brat", ".ann"), ("markdown", ".md")):
        proc = run_cli("analyze", str(EXAMPLES / "harbour-contract.txt"), "--format", fmt, "--out", str(tmp_path))
        assert proc.returncode == 0, proc.stderr.decode()
        assert (tmp_path / f"harbour-contract{ext}").exists()
    assert set(FORMATS.names()) >= {"json", "text", "markdown", "html", "brat", "jsonld"}


def test_renderers_show_the_headline_stance_denial_links_and_negated_reports():
    from allegedly import analyze as run

    text = (
        "Mayor secretly sold harbour land, rival claims\n\n"
        "The rival, Tom Reddaway, claimed on Facebook that the mayor sold the land. "
        "The mayor denied the claim. Reddaway did not say when the sale happened."
    )
    report = run(text)
    assert report.headline is not None and report.headline.stance == "reports"
    denial = next(a for a in report.attributions if a.stance == "denies")
    claim = by_cue(report, "claimed")
    assert denial.denies == claim.id
    plain = render(report, "text")
    assert "Headline reports its claim through a source or a hedge." in plain
    assert f"DENIES {claim.id}" in plain and "not asserted" in plain
    md = render(report, "markdown")
    assert f"| denies {claim.id} |" in md and "| not asserted |" in md
    page = render(report, "html")
    assert f'<span class="badge b-denies">denies {claim.id}</span>' in page and "b-negated" in page
