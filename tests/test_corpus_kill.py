"""kill -9 in the middle of an ingest: nothing committed is lost, and a rerun ends with every
article stored exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT

N = 160
TOWNS = ["Ashby", "Brill", "Corran", "Dunmore", "Elsford", "Fenwick", "Garth", "Holm"]


def _feed(path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(N):
            town = TOWNS[i % len(TOWNS)]
            text = f"{town} council to review parking rule {i}\n\nThe {town} council will review parking rule number {i}, a spokesman said on Monday."
            fh.write(json.dumps({"id": f"k{i:03d}", "text": text}) + "\n")


def _count(db) -> int:
    try:
        con = sqlite3.connect(str(db), timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigkill_mid_batch_then_rerun_stores_each_article_once(tmp_path):
    feed, db = tmp_path / "feed.jsonl", tmp_path / "c.db"
    _feed(feed)
    cmd = [sys.executable, "-m", "allegedly", "ingest", str(feed), "--db", str(db), "--batch", "7", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 300
    while time.time() < deadline and _count(db) < 14 and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; make the feed longer"
    time.sleep(0.3)  # somewhere inside the next batch
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    before = _count(db)
    assert 14 <= before < N
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, timeout=600)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    con = sqlite3.connect(str(db))
    ids = [r[0] for r in con.execute("SELECT id FROM articles")]
    assert sorted(ids) == [f"k{i:03d}" for i in range(N)]  # every article, exactly once
    assert con.execute("SELECT COUNT(DISTINCT hash) FROM articles").fetchone()[0] == N
    assert con.execute("SELECT COUNT(*) FROM signatures").fetchone()[0] == N
    orphans = con.execute("SELECT COUNT(*) FROM attributions WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
    assert orphans == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # the rerun analysed only what was missing
    assert f"{N - before} stored, {before} already stored" in done.stderr.decode()
