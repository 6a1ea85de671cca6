"""The stories' blocking step on Dask: each article's top-k candidates, block of rows by
block of rows on the workers; scoring and linkage stay in the client process.

Blocking is the costly part of matching (corpus/matching.py): a sparse product of the word
TF-IDF rows with their transpose, through the words held by 2 to max_df articles, and with
embeddings a dense one. matching's own functions run unchanged; on_cluster is the `blocks`
they take, which runs each block task on a worker instead of in this process. Here

    client   Vectors(sigs); the index matching.neighbour_pairs multiplies (matching.index)
             the column side (the index transposed; the embeddings) to every worker, once
    workers  one task per block of rows: matching.block_neighbours (rows @ columns, then
             matching._top_k) or, for embeddings, matching.nearest
    client   the blocks' candidates, in block order -> matching._pairs (sorted, unique)
             -> matching.pair_scores -> matching.average_linkage, as match() and cluster()

With the default block (matching's own chunk of rows) each block is the product one process
computes for the same rows, so the pairs, the scores and the stories are the same, element
by element (tests/test_scale_stories.py compares them, with small blocks too).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np

from ..corpus.matching import _CHUNK, Block, Blocks, MatchOptions, cluster
from ..corpus.signatures import Signature

if TYPE_CHECKING:
    from distributed import Client

BLOCK = _CHUNK  # rows per task: matching's own chunk, so each task is one of its products


def on_cluster(client: Client, block: int = BLOCK) -> Blocks:
    """matching's `blocks` on the cluster: each block of rows a task, the columns sent to
    every worker once; the results gathered in block order, as one process collects them."""
    if block < 1:
        raise ValueError(f"block {block}: give at least 1 row")

    def run(task: Block, rows: Any, columns: Any, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
        shared = client.scatter(columns, broadcast=True, hash=False)
        futures = [client.submit(task, rows[s : s + block], shared, s, k, pure=False) for s in range(0, rows.shape[0], block)]
        found = client.gather(futures)
        del futures, shared  # the workers drop the columns once nothing refers to them
        return found

    return run


def clusterer(client: Client, block: int = BLOCK) -> Callable[[Sequence[Signature], MatchOptions], np.ndarray]:
    """build_stories' clusterer on a cluster (as cluster.mapper is plan()'s mapper):
    matching.cluster with its blocking on the workers."""
    return partial(cluster, blocks=on_cluster(client, block))
