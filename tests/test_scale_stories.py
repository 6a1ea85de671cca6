"""The stories' blocking step on Dask (scale/blocking.py): on a LocalCluster of two workers,
the same candidate pairs, scores and stories as one process, element by element, with
blocks small enough that a small corpus makes many tasks.

The corpus: examples/corpus/velmora.jsonl (analysed) and the first 400 Emergent train
headlines from ../shared, stored as headline-only articles (not analysed: matching reads
only their signatures).
"""

from __future__ import annotations

import csv
import json
import math

import numpy as np
import pytest

from conftest import EXAMPLES, needs_shared, run_cli

pytest.importorskip("distributed")

from allegedly.corpus import Store, build_stories, ingest, ingest_reports, matching
from allegedly.scale import blocking
from allegedly.schema import ArticleMeta, Report

CORPUS = EXAMPLES / "corpus" / "velmora.jsonl"
HEADLINES = 400
BLOCK = 37  # rows per task: about 11 tasks for the 405 articles


@pytest.fixture(scope="module")
def client():
    from allegedly.scale.cluster import connect

    with connect(workers=2) as c:
        yield c


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    rows = list(csv.DictReader(open(needs_shared("data/emergent/train.csv"), encoding="utf-8")))[:HEADLINES]
    path = tmp_path_factory.mktemp("stories") / "c.db"
    with Store(path) as store:
        ingest([str(CORPUS)], store)
        heads = (Report(text=r["articleHeadline"], article=ArticleMeta(title=r["articleHeadline"])) for r in rows)
        ingest_reports(((f"e{i:04d}", rep) for i, rep in enumerate(heads)), store)
    return path


@pytest.fixture(scope="module")
def sigs(db):
    with Store(db) as store:
        return store.signatures()


def _tasks(stream: list[dict], name: str) -> list[dict]:
    return [t for t in stream if name in str(t["key"])]


def test_blocking_on_the_cluster_gives_the_pairs_scores_and_labels_of_one_process(sigs, client):
    from distributed import get_task_stream

    opts = matching.DEFAULT
    v = matching.Vectors(sigs)
    one_pairs = matching.neighbour_pairs(v.words, opts.neighbours, opts.max_df)
    one_labels = matching.cluster(sigs, opts)
    assert len(sigs) > 400 and len(one_pairs) > 1000 and len(set(one_labels.tolist())) < len(sigs) / 2
    for block in (BLOCK, blocking.BLOCK):
        with get_task_stream(client) as ts:
            pairs = matching.neighbour_pairs(v.words, opts.neighbours, opts.max_df, blocking.on_cluster(client, block))
        assert len(_tasks(ts.data, "block_neighbours")) == math.ceil(len(sigs) / block)
        assert pairs.dtype == one_pairs.dtype and pairs.shape == one_pairs.shape
        assert (pairs == one_pairs).all()
        p, s = matching.match(sigs, opts, blocking.on_cluster(client, block))
        p1, s1 = matching.match(sigs, opts)
        assert (p == p1).all() and s.dtype == s1.dtype and (s == s1).all()
        labels = matching.cluster(sigs, opts, blocking.on_cluster(client, block))
        assert labels.tolist() == one_labels.tolist()


def test_embedding_blocking_on_the_cluster_is_that_of_one_process(sigs, client):
    """Whole-number embeddings, so that every dot product is exact whatever the block's
    shape, ties included (argpartition then sees the same rows); some articles have none."""
    rng = np.random.default_rng(0)
    emb = rng.integers(-3, 4, size=(len(sigs), 16)).astype(np.float32)
    has = rng.random(len(sigs)) < 0.8
    for block in (BLOCK, blocking.BLOCK):
        got = matching.embedding_pairs(emb, has, 20, blocking.on_cluster(client, block))
        want = matching.embedding_pairs(emb, has, 20)
        assert got.shape == want.shape and len(want) > 1000 and (got == want).all()
    with_emb = [s._replace(embedding=emb[i].tobytes() if has[i] else None) for i, s in enumerate(sigs)]
    opts = matching.MatchOptions(threshold=matching.EMBED_THRESHOLD)
    p, s = matching.match(with_emb, opts, blocking.on_cluster(client, BLOCK))
    p1, s1 = matching.match(with_emb, opts)
    assert (p == p1).all() and (s == s1).all()
    assert matching.cluster(with_emb, opts, blocking.on_cluster(client, BLOCK)).tolist() == matching.cluster(with_emb, opts).tolist()
    assert len(matching.embedding_pairs(emb[:1], has[:1], 20, blocking.on_cluster(client))) == 0  # one embedding: no neighbour


def test_build_stories_with_the_blocking_on_the_cluster_builds_the_same_stories(db, client):
    with Store(db) as store:
        one = build_stories(store)
        two = build_stories(store, clusterer=blocking.clusterer(client, block=BLOCK))
        assert sorted(store.stories(), key=lambda s: s["id"]) == sorted(two, key=lambda s: s["id"])  # the stored ones
    assert two == one
    assert max(len(s["articles"]) for s in one) > 5


def test_stories_cli_from_a_dask_dataset_on_a_cluster(tmp_path, client):
    """`stories --dataset DS --scheduler ADDR`: the dataset the Dask runner writes, its
    blocking on the cluster; the same JSON as without --scheduler."""
    res = run_cli("analyze", str(CORPUS), "--parquet", str(tmp_path / "ds"))
    assert res.returncode == 0, res.stderr.decode()
    one = run_cli("stories", "--dataset", str(tmp_path / "ds"), "--format", "json")
    two = run_cli("stories", "--dataset", str(tmp_path / "ds"), "--format", "json", "--scheduler", client.scheduler.address)
    assert one.returncode == 0 and two.returncode == 0, two.stderr.decode()
    assert two.stdout == one.stdout
    assert sorted(len(s["articles"]) for s in json.loads(two.stdout)) == [2, 8]
    both = run_cli("stories", "--dataset", str(tmp_path / "ds"), "--workers", "2", "--scheduler", client.scheduler.address)
    assert both.returncode == 2 and both.stderr.count(b"\n") == 1 and b"not both" in both.stderr
