"""The same analysis on Dask: partitioned readers, the per-partition function, the Parquet
dataset, and a LocalCluster of two worker processes (one of which is killed mid-run).

Every article here is written for the test; nothing comes from ../shared.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

from conftest import run_cli
from helpers import cue_is

pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from allegedly.corpus.store import content_hash
from allegedly.ingest import Article, Problem, iter_inputs
from allegedly.scale import Task, plan, run
from allegedly.scale import parquet as dataset
from allegedly.scale.readers import JsonlChunk, articles
from allegedly.schema import Report

STORIES = [
    ("Council halts harbour deal", 'The mayor said the harbour contract would be reviewed next week.\n\n"We have nothing to hide," Councillor Priya Nandakumar told reporters on Tuesday.'),
    ("Fire at the depot", "The fire chief said the blaze started in the kitchen. According to police, nobody was hurt.\n\nIt has been alleged that the alarm had been switched off."),
    ("Bridge unsafe", "Engineers warned on Monday that the bridge was unsafe, according to a report seen by The Clarion. The minister denied the claims."),
    ("Leak known for months", "The Herald reported that the Gazette said council officials had known about the leak for months."),
    ("School to close", "Officials said the school would close in June. The head teacher reportedly told parents that the roof was unsafe."),
    ("Striker denies move", "The striker has vehemently denied reports that he is leaving, his agent said in a statement on Facebook."),
]


def write_corpus(root: Path) -> Path:
    """A small corpus of every kind one process reads, bad inputs included."""
    src = root / "in"
    (src / "sub").mkdir(parents=True)
    (src / "harbour.txt").write_text(f"{STORIES[0][0]}\n\n{STORIES[0][1]}\n", encoding="utf-8")
    (src / "sub" / "depot.md").write_text(f"# {STORIES[1][0]}\n\n{STORIES[1][1]}\n", encoding="utf-8")
    (src / "bridge.html").write_text(
        f"<html><head><title>{STORIES[2][0]}</title></head><body><article><h1>{STORIES[2][0]}</h1>"
        + "".join(f"<p>{p}</p>" for p in STORIES[2][1].split(". "))
        + "</article></body></html>",
        encoding="utf-8",
    )
    (src / "blob.dat").write_bytes(b"\x00\x01\x02" * 50)
    lines = [json.dumps({"title": t, "text": body}) for t, body in STORIES[3:]]
    lines.insert(1, "not json")
    lines.append(json.dumps({"id": "late", "text": "The spokesman said the figures would be published on Friday, but declined to comment further."}))
    lines.append(json.dumps({"text": ""}))
    # a raw U+2028 inside a JSON string is one record (JSONL splits at "\n" only), and
    # chunked reading must number the lines after it the same way
    lines.append('{"text": "Police said the road\u2028would reopen."}')
    lines.append(json.dumps({"text": "Residents said the water had been brown for a week, according to the local paper."}))
    (src / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def client():
    from allegedly.scale.cluster import connect

    with connect(workers=2) as c:
        yield c


def test_cli_on_a_cluster_writes_what_one_process_writes(tmp_path, client):
    """`analyze --out` on the cluster (the fixture's LocalCluster, reached by its address as
    `--scheduler` reaches any cluster) writes the same files, byte for byte, and the same
    lines on stderr; the Parquet dataset written beside holds the same reports, record by
    record."""
    src = write_corpus(tmp_path)
    one = run_cli("analyze", str(src), "--format", "json", "--out", str(tmp_path / "one"))
    two = run_cli("analyze", str(src), "--format", "json", "--out", str(tmp_path / "two"), "--scheduler", client.scheduler.address,
                  "--partition-size", "2", "--parquet", str(tmp_path / "pq"))
    assert one.returncode == 0 and two.returncode == 0, two.stderr.decode()
    assert two.stderr.decode().splitlines() == one.stderr.decode().splitlines()
    assert len(one.stderr.decode().splitlines()) == 3 and "Traceback" not in two.stderr.decode()
    files_one = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    files_two = sorted(p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*") if p.is_file())
    assert files_one == files_two and len(files_one) == 9
    for rel in files_one:
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes(), rel

    reports = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((tmp_path / "one").rglob("*.json"))]
    by_input = {r["input"]: r for r in reports}
    arts = dataset.read_table(tmp_path / "pq", "articles").to_pylist()
    assert sorted(a["input"] for a in arts) == sorted(by_input)
    for a in arts:
        assert json.loads(a["report"]) == by_input[a["input"]]
        assert a["hash"] == content_hash(a["title"], by_input[a["input"]]["text"]) and a["text"] == by_input[a["input"]]["text"]
    for table in ("attributions", "entities", "signatures"):
        got = dataset.read_table(tmp_path / "pq", table).to_pylist()
        want = [row for a in arts for row in dataset.rows(Report.from_dict(by_input[a["input"]]), 0, 0)[table]]
        assert got == want and got
    # the dataset loads into the corpus store, whose export has the dataset's columns
    from allegedly.corpus.export import export_parquet
    from allegedly.corpus.store import Store

    with Store(tmp_path / "corpus.db") as store:
        assert dataset.load_into_store(tmp_path / "pq", store) == len(arts)
        assert dataset.load_into_store(tmp_path / "pq", store) == 0  # stored already: skipped
        export_parquet(store, tmp_path / "export")
    for table in dataset.TABLES:
        exported = pq.read_schema(tmp_path / "export" / f"{table}.parquet")
        assert list(exported) == list(dataset.SCHEMAS[table])[: len(exported.names)], table
    info = json.loads((tmp_path / "pq" / "dataset.json").read_text())
    assert info["rows"]["articles"] == 9 and info["problems"] == len(one.stderr.decode().splitlines())


def test_models_load_once_per_worker_and_a_killed_worker_loses_nothing(tmp_path, client):
    texts = [f"{t}\n\n{b}" for t, b in STORIES] * 2
    feed = tmp_path / "many.jsonl"
    feed.write_text("".join(json.dumps({"id": f"s{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    parts = plan([str(feed)], per_part=1)
    assert len(parts) == len(texts) and all(isinstance(p.units[0], JsonlChunk) for p in parts)
    pids = client.run(os.getpid)
    target = tmp_path / "pq"
    dataset.prepare(target)
    task = Task(send="report", parquet=str(target))
    got: list = []
    killed: list = []

    def kill_a_busy_worker() -> None:
        deadline = time.time() + 60
        while time.time() < deadline and not killed:
            busy = [w for w, keys in client.processing().items() if keys]
            if busy and got:  # mid-run: results have come back, tasks are still running
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    for result in run(parts, task, client=client, window=4):
        got.append(result)  # noqa: PERF402 -- one at a time: the killer thread watches it grow
    killer.join()
    assert killed, "no worker was killed: the test did not test anything"
    names = [item.input for r in got for item in r.items]
    assert names == [f"many.jsonl:s{i}" for i in range(len(texts))]  # once each, in order
    table = dataset.read_table(target, "articles")
    assert table.column("input").to_pylist() == names
    reports = [item for r in got for item in r.items]
    assert [r.to_dict() | {"input": None} for r in reports[:6]] == [r.to_dict() | {"input": None} for r in reports[6:]]
    # the pipeline, the tagger and the ranker were loaded once in each worker process
    from allegedly import pipeline as nlp
    from allegedly.extract import ranker, tagger

    # (the worker started in place of the killed one may have found nothing left to run)
    loads = client.run(lambda: (nlp.load.cache_info().misses, tagger.load.cache_info().misses, ranker.load.cache_info().misses))
    survivor = next(w for w in pids if w not in killed)
    assert loads[survivor] == (1, 1, 1) and all(n in ((0, 0, 0), (1, 1, 1)) for n in loads.values()), loads


def test_jsonl_chunks_keep_the_names_one_process_gives(tmp_path):
    src = write_corpus(tmp_path)
    feed = str(src / "feed.jsonl")
    whole = list(iter_inputs([feed]))
    parts = plan([feed], per_part=2)
    assert len(parts) > 2
    chunked = [item for p in parts for unit in p.units for item in articles(unit)]
    assert [(type(x).__name__, x.name) for x in chunked] == [(type(x).__name__, x.name) for x in whole]
    assert [x.text for x in chunked if isinstance(x, Article)] == [x.text for x in whole if isinstance(x, Article)]


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        pages = [
            ("https://news.example/harbour", STORIES[0], '<meta property="article:published_time" content="2024-03-05">'),
            ("https://news.example/depot", STORIES[1], ""),
        ]
        for url, (title, body), head in pages:
            html = f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in body.split("\n\n")) + "</article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers,
                                                warc_headers_dict={"WARC-Date": "2024-03-06T10:00:00Z"}))
        moved = StatusAndHeaders("301 Moved", [("Location", "https://news.example/x")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example/old", "response", payload=io.BytesIO(b""), http_headers=moved))
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example/robots.txt", "response", payload=io.BytesIO(b"User-agent: *"), http_headers=robots))
        w.write_record(w.create_warc_record("https://news.example/harbour", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


def test_warc_html_responses_become_articles_with_url_and_date(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc)
    parts = plan([str(warc)], per_part=1)
    items = [item for r in run(parts, Task(send="report")) for item in r.items]
    assert [type(i) for i in items] == [Report, Report]
    harbour, depot = items
    assert harbour.input == "crawl.warc.gz:https://news.example/harbour"
    assert harbour.article.url == "https://news.example/harbour" and harbour.article.published == "2024-03-05"
    assert depot.article.published == "2024-03-06T10:00:00Z"  # the page gave no date: the crawl's
    assert any(cue_is(a, "said") and a.source and a.source.text == "The fire chief" for a in depot.attributions)
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:-6])
    items = [item for r in run(plan([str(broken)]), Task(send="report")) for item in r.items]
    assert len(items) == 1 and isinstance(items[0], Problem) and "\n" not in str(items[0])


def test_parquet_rows_become_articles(tmp_path):
    table = pa.table({"id": ["a", None, None], "title": [STORIES[0][0], None, "Empty"],
                      "text": [STORIES[0][1], STORIES[5][1], ""], "authors": [["R. Reporter"], None, None]})
    pq.write_table(table, tmp_path / "feed.parquet", row_group_size=2)
    items = [item for r in run(plan([str(tmp_path / "feed.parquet")], per_part=5), Task(send="report")) for item in r.items]
    assert [i.input if isinstance(i, Report) else i.name for i in items] == ["feed.parquet:a", "feed.parquet:2", "feed.parquet:3"]
    assert items[0].article.authors == ["R. Reporter"] and items[0].article.title == STORIES[0][0]
    assert isinstance(items[2], Problem) and "no 'text'" in items[2].message


def test_bad_options_are_one_line(tmp_path):
    from allegedly.cli.analyze import analyze_scaled
    from allegedly.errors import UsageError

    src = write_corpus(tmp_path)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    proc = run_cli("analyze", str(src / "harbour.txt"), "--workers", "2", "--parquet", str(tmp_path / "full"))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and len(err.strip().splitlines()) == 1 and "not empty" in err, err
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"
    task = Task()
    for kwargs, words in [({"workers": 0}, "at least 1"), ({"workers": 2, "scheduler": "tcp://127.0.0.1:1"}, "not both"),
                          ({"partition_size": 0}, "at least 1"), ({"parquet": src / "harbour.txt"}, "not a directory")]:
        with pytest.raises(UsageError, match=words):
            analyze_scaled(paths=[str(src)], task=task, **kwargs)


def test_ingest_on_workers_and_from_a_dataset_stores_what_one_process_stores(tmp_path):
    """`ingest --workers` stores the same articles as one process (a rerun finds them all);
    a dataset written by `analyze --parquet` loads into a store without analysing again."""
    import sqlite3

    from conftest import ROOT

    def cli(*args: str):
        proc = run_cli(*args)
        return proc.returncode, proc.stderr.decode()

    feed = ROOT / "examples" / "corpus" / "velmora.jsonl"
    code, err = cli("ingest", str(feed), "--db", str(tmp_path / "a.db"), "--workers", "2", "--quiet")
    assert code == 0 and "10 stored, 0 already stored" in err, err
    code, err = cli("ingest", str(feed), "--db", str(tmp_path / "a.db"), "--quiet")
    assert "0 stored, 10 already stored" in err, err
    code, err = cli("analyze", str(feed), "--parquet", str(tmp_path / "ds"))
    assert code == 0, err
    code, err = cli("ingest", str(tmp_path / "ds"), "--db", str(tmp_path / "b.db"), "--quiet")
    assert code == 0 and "10 stored" in err, err
    ids = lambda db: {r[0] for r in sqlite3.connect(db).execute("SELECT id FROM articles")}  # noqa: E731
    assert ids(tmp_path / "a.db") == ids(tmp_path / "b.db") and len(ids(tmp_path / "a.db")) == 10
    # stories straight from the dataset: the same stories as from the store it loads into
    stories = lambda *where: json.loads(run_cli("stories", *where, "--format", "json").stdout)  # noqa: E731
    from_db, from_dataset = stories("--db", str(tmp_path / "b.db")), stories("--dataset", str(tmp_path / "ds"))
    assert from_dataset == from_db and from_db[0]["claim"] and len(from_db[0]["articles"]) >= 6
    both = run_cli("stories", "--db", str(tmp_path / "b.db"), "--dataset", str(tmp_path / "ds"))
    assert both.returncode == 2 and b"one of --db DB or --dataset DIR" in both.stderr
    broken = run_cli("stories", "--dataset", str(tmp_path))
    assert broken.returncode == 2 and b"not a complete allegedly Parquet dataset" in broken.stderr and b"Traceback" not in broken.stderr
