"""The default mode's token tagger: inputs from the parse, tags that make sense, and the
ranker that uses them."""

from __future__ import annotations

import numpy as np
import pytest

from allegedly.extract import find_attributions, ranker, tagger
from allegedly.extract.context import Context


@pytest.fixture(scope="module")
def small():
    t = tagger.load()
    assert t is not None, "models/tagger.npz ships with the package"
    return t


def test_inputs_carry_the_vectors_and_the_parse(nlp):
    doc = nlp("“The quay is safe,” the mayor said.")
    x = tagger.inputs(doc)
    assert x.shape == (len(doc), doc.tensor.shape[1] + len(tagger.POS) + len(tagger.ENTS) + len(tagger.DEPS) + tagger.FLAGS)
    assert np.allclose(x[:, : doc.tensor.shape[1]], doc.tensor)
    said = next(t for t in doc if t.text == "said")
    flags = x[said.i, -tagger.FLAGS :]
    assert flags[1] == 1  # 'say' is in the reporting-verb lexicon
    quay = next(t for t in doc if t.text == "quay")
    assert x[quay.i, -tagger.FLAGS] == 1 and flags[0] == 0  # inside the quotation, and not


def test_tags_source_cue_and_content(nlp, small):
    doc = nlp("The harbour master said the channel was too shallow for the new ferries.")
    tags = small.tag(doc)
    assert tags.shape == (len(doc), 7) and np.allclose(tags.sum(1), 1.0, atol=1e-4)
    role = {t.text: ("O", "source", "source", "cue", "cue", "content", "content")[int(tags[t.i].argmax())] for t in doc}
    assert role["said"] == "cue"
    assert role["master"] == "source"
    assert role["channel"] == role["shallow"] == role["ferries"] == "content"


def test_the_default_ranker_uses_the_tagger_and_its_candidates(nlp):
    model = ranker.load()
    assert model["tags"] == "tagger"
    doc = nlp("Critics were sure the ferries would be late.")
    (a,) = find_attributions(doc)
    text = doc.text
    assert a.stage == "tagged" and text[slice(*a.cue)].startswith("were")
    assert (text[slice(*a.source)], text[slice(*a.content)]) == ("Critics", "the ferries would be late")
    # without tags the rules alone find nothing here
    assert not [f for f in find_attributions(doc, model={**model, "tags": "none"}) if f.stage == "tagged"]


def test_an_empty_doc_has_no_tags(nlp, small):
    assert small.tag(nlp("")).shape == (0, 7)
    assert Context.of(nlp(""), small.tag(nlp(""))).tags.shape == (0, 7)


def test_a_long_doc_is_tagged_in_windows_with_the_same_tags(nlp, small, monkeypatch):
    """Past tagger.WINDOW tokens the tagger runs window by window, each padded by the
    convolutions' reach: the tags are those of one pass over the whole Doc (to rounding)."""
    text = " ".join(
        f"Harbour official {i} said the crane number {i} had failed twice. “It was never safe,” she told reporters on day {i}."
        for i in range(40)
    )
    doc = nlp(text)
    whole = small._forward(tagger.inputs(doc))
    monkeypatch.setattr(tagger, "WINDOW", 97)
    assert len(doc) > 5 * 97
    assert np.allclose(small.tag(doc), whole, atol=1e-5)


def test_a_tagged_cue_takes_no_content_another_tagged_cue_stands_before():
    # '“A,” the mayor said, arguing that B': tokens 1-3 the quotation, 10 said, 12 arguing,
    # 13-31 the 'that' clause. Nearest to 'said' is the clause, but 'arguing' stands between.
    from allegedly.extract.tagged import _own_contents

    cues, contents = [(10, 11), (12, 13)], [(1, 4), (13, 32)]
    assert _own_contents(cues, contents, 10, 11) == [(1, 4)]
    assert _own_contents(cues, contents, 12, 13) == [(13, 32)]
    # where every content lies past another cue, the cue may still take any of them
    assert _own_contents([(0, 1), (2, 3)], [(5, 9)], 0, 1) == [(5, 9)]
