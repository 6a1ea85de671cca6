"""Property test over mutated real text (issue 14): whatever real damage an article carries,
analyze() returns a sound Report or raises an InputError; with --raw the text is the input."""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import allegedly
from allegedly import Options
from allegedly.errors import InputError
from allegedly.ingest.meta import scrub
from conftest import ROOT, needs_shared

sys.path.insert(0, str(ROOT / "benchmarks"))
from mutate import mutate  # noqa: E402


@pytest.fixture(scope="module")
def texts():
    dev = needs_shared("data/polnear/dev/text")
    return [p.read_text(encoding="utf-8")[:2500] for p in sorted(dev.glob("*.txt"))[:40]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32), raw=st.booleans())
def test_mutated_real_articles_give_a_sound_report_or_an_input_error(texts, seed, raw):
    rng = random.Random(seed)
    text = mutate(rng.choice(texts), rng)
    try:
        report = allegedly.analyze(text, options=Options(raw=raw, check_language=False))
    except InputError:
        return
    assert report.problems() == []
    if raw:
        assert report.text == scrub(text)[0]
    report.to_dict()
    from allegedly.render import FORMATS, render

    for fmt in FORMATS.names():
        render(report, fmt)
