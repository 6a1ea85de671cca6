"""What several test modules need to pick attributions out of a report, in one place.

A cue is found by a word it holds: the JSON cue is the stretch PolNeAR marks ('has called
for', 'said in a statement', extract/extent.py), so a test that names the reporting word
('said') finds it inside however wide a cue the model chose.
"""

from __future__ import annotations

import csv
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from functools import cache

import pytest

from allegedly import Options, analyze
from conftest import ROOT, needs_shared

RAW = Options(raw=True)


def _holds(text: str, words: str) -> bool:
    """text is these words, or holds them as whole words (a cue may end on the colon before
    its quotation, 'said:', as PolNeAR marks it)."""
    return text == words or re.search(rf"(^|\s){re.escape(words)}($|\s|:$)", text) is not None


def cue_is(a, cue: str) -> bool:
    """The cue is these words, or holds them as whole words."""
    return a.cue is not None and _holds(a.cue.text, cue)


def with_cue(report, cue: str) -> list:
    """Every attribution whose cue holds `cue`, in text order."""
    return [a for a in report.attributions if cue_is(a, cue)]


def by_cue(report, cue: str):
    """The first attribution whose cue holds `cue` (the test fails, listing the cues, if none)."""
    hits = with_cue(report, cue)
    assert hits, [a.cue.text if a.cue else None for a in report.attributions]
    return hits[0]


def only(report, cue: str):
    """The one attribution whose cue holds `cue`."""
    found = with_cue(report, cue)
    assert len(found) == 1, [(a.cue.text if a.cue else None) for a in report.attributions]
    return found[0]


def fnc_body(body_id: str) -> str:
    """One FNC-1 training body by its id, read from ../shared (skipped where it is not)."""
    return _fnc_bodies()[body_id]


@cache
def _fnc_bodies() -> dict[str, str]:
    csv.field_size_limit(sys.maxsize)
    with needs_shared("data/fnc/train_bodies.csv").open(encoding="utf-8", newline="") as fh:
        return {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}


def att(text: str, cue: str, options: Options = RAW):
    """The first attribution of `text` whose cue holds `cue`."""
    return by_cue(analyze(text, options=options), cue)


class Speakers:
    """A report's speakers by cue word: speakers_by_cue(text)["said"] is the names of the
    speakers of every attribution whose cue holds 'said', in text order."""

    def __init__(self, report) -> None:
        self.report = report
        self.names = {e.id: e.name for e in report.entities}

    def __getitem__(self, cue: str) -> list[str | None]:
        return [self.names.get(a.speaker or "") for a in with_cue(self.report, cue)]


def speakers_by_cue(text: str) -> Speakers:
    return Speakers(analyze(text, options=RAW))


def triples(text: str, options: Options = RAW) -> list[tuple[str | None, str, str | None]]:
    """(source, cue, content) texts of every attribution."""
    r = analyze(text, options=options)
    return [(a.source.text if a.source else None, a.cue.text if a.cue else "", a.content.text if a.content else None) for a in r.attributions]


def holds(triple: tuple[str | None, str, str | None], want: tuple[str | None, str, str | None]) -> bool:
    """A (source, cue, content) triple is the wanted one, its cue holding the wanted cue word."""
    return triple[0] == want[0] and triple[2] == want[2] and _holds(triple[1], want[1])


# -- a real `allegedly serve` on a free loopback port -------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(*args: str, ready: Callable[[str], bool] | None = None) -> tuple[subprocess.Popen, int, str]:
    """`allegedly serve *args` in a child process: (process, port, url) once /api/health
    answers (and `ready(url)` holds, where given); the test fails with the server's stderr
    if it does not come up within two minutes."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "allegedly", "serve", "--port", str(port), *args], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(240):
        try:
            urllib.request.urlopen(url + "/api/health", timeout=2).read()
            if ready is None or ready(url):
                return proc, port, url
        except OSError:
            pass
        time.sleep(0.5)
    proc.kill()
    pytest.fail("the server did not start: " + (proc.stderr.read().decode()[-2000:] if proc.stderr else ""))


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
