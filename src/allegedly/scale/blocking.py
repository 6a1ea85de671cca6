"""The stories' blocking step on Dask: each article's top-k candidates, block of rows by
block of rows on the workers; scoring and linkage stay in the client process.

Blocking is the costly part of matching (corpus/matching.py): a sparse product of the
word TF-IDF rows with their transpose, through the words held by 2 to max_df articles, and
with embeddings a dense one. Here

    client   Vectors(sigs); the index matching.neighbour_pairs multiplies (matching.index)
             the column side (the index transposed; the embeddings) to every worker, once
    workers  one task per block of rows: rows @ columns, then matching._top_k (or, for
             embeddings, matching.nearest, embedding_pairs' own step)
    client   the blocks' candidates, in block order -> matching._pairs (sorted, unique)
             -> matching.pair_scores -> matching.average_linkage, as match() and cluster()

With the default block (matching's own chunk of rows) each block is the product one process
computes for the same rows, so the pairs, the scores and the stories are the same, element
by element (tests/test_scale_stories.py compares them, with small blocks too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import scipy.sparse as sp

from ..corpus.matching import _CHUNK, DEFAULT, MatchOptions, Vectors, _pairs, _top_k, average_linkage, index, nearest, pair_scores
from ..corpus.signatures import Signature

if TYPE_CHECKING:
    from distributed import Client

BLOCK = _CHUNK  # rows per task: matching's own chunk, so each task is one of its products


def block_neighbours(rows: sp.csr_matrix, columns: sp.csr_matrix, offset: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """One task: the k best candidates of articles offset.. by word cosine, as (row, column)."""
    r, c, _ = _top_k(rows @ columns, offset, k)
    return r, c


def _on_blocks(client: Client, task: Callable[..., tuple[np.ndarray, np.ndarray]], rows: Any, columns: Any, k: int,
               block: int) -> tuple[np.ndarray, np.ndarray]:
    """task over the blocks of rows, the columns sent to every worker once; the candidates
    concatenated in block order, as one process collects them."""
    if block < 1:
        raise ValueError(f"block {block}: give at least 1 row")
    shared = client.scatter(columns, broadcast=True, hash=False)
    futures = [client.submit(task, rows[s : s + block], shared, s, k, pure=False) for s in range(0, rows.shape[0], block)]
    found = client.gather(futures)
    del futures, shared  # the workers drop the columns once nothing refers to them
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate([r for r, _ in found]), np.concatenate([c for _, c in found])


def neighbour_pairs(client: Client, x: sp.csr_matrix, k: int, max_df: int, block: int = BLOCK) -> np.ndarray:
    """matching.neighbour_pairs with the row blocks on the cluster: (m, 2) pairs i < j where
    j is among i's k best by x's cosine or i among j's."""
    rows, columns = index(x, max_df)
    r, c = _on_blocks(client, block_neighbours, rows, columns, k, block)
    return _pairs(r, c) if len(r) else np.zeros((0, 2), dtype=np.int64)


def embedding_pairs(client: Client, emb: np.ndarray, has: np.ndarray, k: int, block: int = BLOCK) -> np.ndarray:
    """matching.embedding_pairs with the row blocks on the cluster: (m, 2) pairs i < j where
    j is among i's k nearest embeddings or i among j's."""
    idx = np.flatnonzero(has)
    e = emb[idx]
    kk = min(k, len(idx) - 1)
    if kk <= 0:
        return np.zeros((0, 2), dtype=np.int64)
    r, c = _on_blocks(client, nearest, e, e, kk, block)
    return _pairs(idx[r], idx[c])


def match(client: Client, sigs: Sequence[Signature], opts: MatchOptions = DEFAULT, block: int = BLOCK) -> tuple[np.ndarray, np.ndarray]:
    """matching.match with its blocking on the cluster: candidate pairs and their scores."""
    v = Vectors(sigs)
    pairs = neighbour_pairs(client, v.words, opts.neighbours, opts.max_df, block)
    if v.emb is not None:
        pairs = np.unique(np.concatenate([pairs, embedding_pairs(client, *v.emb, opts.neighbours, block)]), axis=0)
    return pairs, pair_scores(sigs, pairs, opts, vectors=v)


def cluster(client: Client, sigs: Sequence[Signature], opts: MatchOptions = DEFAULT, block: int = BLOCK) -> np.ndarray:
    """matching.cluster with its blocking on the cluster: a story label for every signature."""
    pairs, scores = match(client, sigs, opts, block)
    return average_linkage(len(sigs), pairs, scores, opts.threshold, opts.cohesion)


def clusterer(client: Client, block: int = BLOCK) -> Callable[[Sequence[Signature], MatchOptions], np.ndarray]:
    """build_stories' clusterer on a cluster (as cluster.mapper is plan()'s mapper)."""

    def cluster_on(sigs: Sequence[Signature], opts: MatchOptions) -> np.ndarray:
        return cluster(client, sigs, opts, block)

    return cluster_on
