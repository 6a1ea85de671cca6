"""The CLI as a user runs it: a real subprocess on real files."""

from __future__ import annotations

import json

from conftest import EXAMPLES, run_cli

CONTRACT_KEYS = {"schema", "text", "article", "entities", "attributions", "headline", "scorecard"}
ATTRIBUTION_KEYS = {"id", "cue", "source", "content", "kind", "speaker", "source_type", "channel", "hedges", "certainty", "evidence", "stance", "via"}


def test_json_output_follows_the_contract():
    proc = run_cli("analyze", str(EXAMPLES / "harbour-contract.txt"), "--format", "json")
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert CONTRACT_KEYS <= doc.keys()
    assert doc["schema"] == "allegedly/1"
    assert "WhatsApp" not in doc["text"]
    ids = {e["id"] for e in doc["entities"]}
    for a in doc["attributions"]:
        assert ATTRIBUTION_KEYS <= a.keys()
        for role in ("cue", "source", "content"):
            span = a[role]
            if span is not None:
                assert doc["text"][span["start"] : span["end"]] == span["text"]
        assert a["speaker"] is None or a["speaker"] in ids
    said = [a for a in doc["attributions"] if a["cue"]["text"] in ("said", "said:") and a["kind"] == "direct"]
    reddaway = next(e for e in doc["entities"] if e["name"] == "Tom Reddaway")
    assert any(a["speaker"] == reddaway["id"] and "never discussed this contract" in a["content"]["text"] for a in said)


def test_text_report_lists_attributions_and_a_summary():
    proc = run_cli("analyze", str(EXAMPLES / "harbour-contract.txt"), "--format", "text")
    out = proc.stdout.decode()
    assert proc.returncode == 0
    assert "claimed" in out and "Priya Nandakumar" in out
    assert "with a named source" in out and "with no source" in out


def test_raw_text_equals_input_and_out_dir(tmp_path):
    story = "Intro line\n\nThe fire chief said the blaze started in the kitchen.\n\nGet the latest news on WhatsApp\n"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fire.txt").write_text(story, encoding="utf-8")
    proc = run_cli("analyze", str(tmp_path / "in"), "--raw", "--format", "json", "--out", str(tmp_path / "out"))
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads((tmp_path / "out" / "fire.json").read_text(encoding="utf-8"))
    assert doc["text"] == story
    assert doc["attributions"][0]["source"]["text"] == "The fire chief"


def test_stdin_and_bad_inputs_do_not_stop_the_batch(tmp_path):
    (tmp_path / "bin.dat").write_bytes(b"\x00\x01\x02" * 100)
    proc = run_cli("analyze", "-", str(tmp_path / "bin.dat"), str(tmp_path / "nope.txt"), "--format", "json", stdin=b"The mayor said the pool would reopen in June.")
    assert proc.returncode == 0
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 2 and all(line.startswith("allegedly: ") for line in err)
    assert "binary" in err[0] and "no such file" in err[1]
    assert "Traceback" not in proc.stderr.decode()
    assert json.loads(proc.stdout)["attributions"][0]["cue"]["text"] == "said"


def test_exit_code_is_non_zero_only_when_nothing_was_analysed(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run_cli("analyze", str(tmp_path / "empty.txt"), "--format", "json")
    assert proc.returncode == 1
    assert "empty" in proc.stderr.decode()
    assert "Traceback" not in proc.stderr.decode()


def test_unknown_format_lists_the_known_ones():
    proc = run_cli("analyze", str(EXAMPLES / "harbour-contract.txt"), "--format", "pdf")
    assert proc.returncode == 2
    assert "json" in proc.stderr.decode() and "text" in proc.stderr.decode()


def test_the_same_input_gives_the_same_bytes_whatever_the_hash_seed(tmp_path):
    """Output is a record a researcher diffs: nothing in it may follow Python's per-process
    string hashing (hedges that start together, 'if' and 'if true', once came out in set
    order)."""
    import os
    import subprocess
    import sys

    path = tmp_path / "ties.txt"
    path.write_text(
        "Analysts in Lisbon said that, if true, the arrest of the courier would not yield much.\n\n"
        'A ministry spokeswoman said: "If genuine, the letter changes nothing for the port."\n\n'
        "Dock workers said that, if confirmed, the closure would cost them a month of wages.\n",
        encoding="utf-8",
    )
    outs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-m", "allegedly", "analyze", str(path), "--format", "json"], capture_output=True, env=env, timeout=600)
        assert proc.returncode == 0, proc.stderr.decode()
        outs.append(proc.stdout)
    assert outs[0] == outs[1] == outs[2]
    hedges = [[h["text"] for h in a["hedges"]] for a in json.loads(outs[0])["attributions"]]
    # the ties are there: each condition shown once, as its wider reading ('if true', not 'if' too)
    assert sorted(h for hs in hedges for h in hs if h.lower().startswith("if")) == ["If genuine", "if confirmed", "if true"]
    assert all(h == sorted(h) for h in hedges)
