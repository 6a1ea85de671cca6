"""Regression tests for defects found by fuzzing and by property tests over mutated real
articles (issue 9): each one once crashed, hung, lost a batch or wrote outside --out."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from allegedly.render import render
from allegedly.schema import Attribution, Report, Span
from allegedly.sourcing.chains import link_via, walk
from allegedly.sourcing.scorecard import chains
from conftest import ROOT, run_cli

STORY = "The harbour master said the new crane would be ready by June."


def _jsonl(path, *records):
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")


def _files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_a_jsonl_id_cannot_steer_output_outside_the_folder(tmp_path):
    feed = tmp_path / "feed.jsonl"
    _jsonl(feed, {"id": "../../../escaped", "text": STORY}, {"id": "/etc/escaped2", "text": STORY}, {"id": "..", "text": STORY})
    out = tmp_path / "deep" / "out"
    proc = run_cli("analyze", str(feed), "--format", "json", "--out", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    written = _files(out)
    assert len(written) == 3, written
    assert not any(".." in w.split("/") for w in written)
    assert not list(tmp_path.rglob("escaped*.json")) or all(out in p.parents for p in tmp_path.rglob("escaped*.json"))
    assert not (tmp_path / "escaped.json").exists() and not (tmp_path.parent / "escaped.json").exists()


def test_ids_with_nul_control_characters_or_300_characters_are_written(tmp_path):
    feed = tmp_path / "feed.jsonl"
    _jsonl(feed, {"id": "a\x00b\x1b[2J", "text": STORY}, {"id": "x" * 300, "text": STORY}, {"id": "x" * 299 + "y", "text": STORY})
    out = tmp_path / "out"
    proc = run_cli("analyze", str(feed), "--format", "json", "--out", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    written = _files(out)
    assert len(written) == 3
    assert all(len(os.path.basename(w).encode()) <= 130 and "\x00" not in w and "\x1b" not in w for w in written)


def test_outputs_that_would_share_a_name_stay_apart_and_nothing_half_written_remains(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(STORY, encoding="utf-8")
    (src / "a.md").write_text(STORY.replace("June", "July"), encoding="utf-8")
    (src / "a.html").write_text(f"<html><body><article><p>{STORY.replace('June', 'May')}</p></article></body></html>", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    _jsonl(feed, {"id": "same", "text": STORY}, {"id": "same", "text": STORY.replace("June", "March")})
    out = tmp_path / "out"
    proc = run_cli("analyze", str(src), str(feed), "--format", "json", "--out", str(out), "--no-language-check")
    assert proc.returncode == 0, proc.stderr.decode()
    written = _files(out)
    assert len(written) == 5, written
    assert not any(w.endswith(".part") or os.path.basename(w).startswith(".") for w in written)
    months = sorted(json.loads((out / w).read_text())["text"].split()[-1] for w in written)
    assert months == sorted(["June.", "July.", "May.", "June.", "March."])


def test_out_naming_an_existing_file_is_one_line(tmp_path):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "taken").write_text("x", encoding="utf-8")
    proc = run_cli("analyze", str(tmp_path / "story.txt"), "--format", "json", "--out", str(tmp_path / "taken"))
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert err.startswith("allegedly: ") and len(err.strip().splitlines()) == 1 and "not a directory" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_skipped_with_one_line_and_the_batch_goes_on(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "1-before.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(src / "2-pipe.txt")
    (src / "3-after.txt").write_text(STORY, encoding="utf-8")
    os.mkfifo(tmp_path / "direct.txt")
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "allegedly", "analyze", str(src), str(tmp_path / "direct.txt"), "--format", "json", "--out", str(out)],
        capture_output=True,
        cwd=ROOT,
        timeout=120,  # it used to block for ever on open()
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert _files(out) == ["1-before.json", "3-after.json"]
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 2 and all("not a regular file" in line for line in err)


def test_lone_surrogates_and_wrong_metadata_types_cost_one_line_not_the_batch(tmp_path):
    feed = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "s1", "text": "The mayor said the \ud800 pool would reopen.", "title": "Pool \udfff news"}),
        json.dumps({"id": "m1", "text": STORY, "authors": 5}),
        json.dumps({"id": "m2", "text": STORY, "title": {"x": 1}}),
        json.dumps({"id": {"nested": True}, "text": STORY}),
        json.dumps({"id": "ok", "text": STORY, "authors": ["Ann Lee"]}),
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("analyze", str(feed), "--format", "json", "--out", str(out))
    err = proc.stderr.decode()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 3, err
    assert "'authors' must be a string or a list of strings" in lines[0] and "'title' must be a string" in lines[1] and "'id'" in lines[2]
    assert _files(out) == ["feed.jsonl_ok.json", "feed.jsonl_s1.json"]
    doc = json.loads((out / "feed.jsonl_s1.json").read_text(encoding="utf-8"))
    assert "\ufffd" in doc["text"] and doc["article"]["title"] == "Pool \ufffd news"
    assert any("surrogate" in w for w in doc["warnings"])
    assert doc["attributions"] and doc["attributions"][0]["cue"]["text"] == "said"


def test_the_library_scrubs_surrogates_and_refuses_wrong_metadata():
    import allegedly
    from allegedly.errors import BadMetadata

    report = allegedly.analyze("The mayor said the \udc80 pool would reopen.", title="A \ud800 title")
    assert "\ufffd" in report.text and report.article.title == "A \ufffd title"
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")  # writable
    with pytest.raises(BadMetadata, match="authors"):
        allegedly.analyze(STORY, authors=5)  # type: ignore[arg-type]


def test_terminal_report_strips_escape_sequences(tmp_path):
    story = tmp_path / "evil.txt"
    story.write_text("The mayor said \x1b]0;owned\x07the pool \x1b[2Jwould reopen \x9b31min June.\n", encoding="utf-8")
    feed = tmp_path / "evil.jsonl"
    _jsonl(feed, {"id": "e\x1b[2J", "text": STORY, "title": "\x1b]0;title\x07Headline", "outlet": "\x1b[31mRed"})
    proc = run_cli("analyze", str(story), str(feed), "--format", "text", "--no-language-check")
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "Headline" in out and "Red" in out and "would reopen" in out


def _att(id_, cue, content):
    text = "x" * 200
    return Attribution(id=id_, cue=Span.of(text, *cue), source=None, content=Span.of(text, *content), kind="indirect", source_type="unattributed")


def test_chains_are_acyclic_where_made_and_every_walk_is_bounded():
    # two attributions whose contents each hold the other's cue
    a = _att("a1", (10, 14), (0, 60))
    b = _att("a2", (30, 34), (5, 50))
    c = _att("a3", (40, 44), (5, 50))  # the same width as a2: neither came through the other
    link_via([a, b, c])
    assert a.via is None and b.via == "a1" and c.via == "a1"
    # a hand-made report with a loop still renders and summarises
    a.via, b.via = "a2", "a1"
    report = Report(text="x" * 200, attributions=[a, b, c])
    assert [x.id for x in walk(report.attributions, a)] == ["a1", "a2"]
    assert all(len(chain) <= 3 for chain in chains(report))
    assert json.loads(render(report, "jsonld"))["@graph"]


def test_the_api_answers_surrogates_and_wrong_metadata_without_a_500():
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from allegedly.web.app import create_app

    client = TestClient(create_app())
    body = json.dumps({"text": "The mayor said the \ud800 pool would reopen.", "title": "T \udfff"})  # sent as \\ud800 escapes
    r = client.post("/api/analyze", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert "\ufffd" in r.json()["text"] and r.json()["article"]["title"] == "T \ufffd"
    upload = json.dumps({"text": STORY, "authors": 5}).encode()
    r = client.post("/api/analyze/file", files={"file": ("feed.jsonl", upload, "application/jsonl")})
    assert r.status_code == 422 and "authors" in r.json()["error"]


def test_a_jsonl_record_holding_a_raw_line_separator_is_one_record(tmp_path):
    feed = tmp_path / "feed.jsonl"
    text = "The mayor said the pool\u2028would reopen\u2029in June\u0085at last."
    feed.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n" + json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    proc = run_cli("analyze", str(feed), "--format", "json", "--out", str(tmp_path / "out"))
    assert proc.returncode == 0 and proc.stderr.decode() == "", proc.stderr.decode()
    assert _files(tmp_path / "out") == ["feed.jsonl_1.json", "feed.jsonl_2.json"]
