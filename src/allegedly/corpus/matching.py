"""Claim matching: which articles carry the same claim, in near-linear time.

    signatures -> blocking (MinHash LSH over each article's content words, datasketch)
               -> pairwise scores on the candidate pairs only (TF-IDF cosine of the words,
                  overlap of the names, cosine of the embeddings where there are any)
               -> clusters (average linkage over the sparse candidate graph)

Every step reads plain Signature rows and returns plain arrays, so the same functions run
in one process or per block on Dask workers. Nothing here compares all pairs: a pair that
no LSH band puts together is never scored and counts as similarity 0.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import scipy.sparse as sp

from .signatures import Signature


@dataclass(frozen=True)
class MatchOptions:
    """threshold: the average similarity at which two groups of articles merge into one
    story (chosen on Emergent train; see benchmarks/matching.py). lsh_threshold and
    num_perm: the MinHash LSH blocking (a low Jaccard threshold: two headlines of one claim
    share few words). max_bucket: a band bucket holding more articles than this is a
    too-common word, not a claim, and proposes no pairs. name_weight: how much shared
    capitalised names add (0 by default: on Emergent train they cost 0.013 of B-cubed F1,
    0.842 -> 0.829 at 0.15, because headline capitals mark the start of a clause as often
    as a name). embed_weight: the share of the score that the embedding gives when both
    articles have one."""

    threshold: float = 0.08
    lsh_threshold: float = 0.1
    num_perm: int = 64
    max_bucket: int = 200
    name_weight: float = 0.0
    embed_weight: float = 0.5


    @staticmethod
    def threshold_for(embedded: bool) -> float:
        """The threshold chosen on Emergent train for words only, or words and embeddings."""
        return EMBED_THRESHOLD if embedded else MatchOptions.threshold


EMBED_THRESHOLD = 0.18
DEFAULT = MatchOptions()


def tfidf(token_lists: Sequence[Sequence[str]]) -> sp.csr_matrix:
    """Rows of unit length, sublinear tf, smooth idf over this corpus (with word bigrams)."""
    vocab: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for toks in token_lists:
        c = Counter(toks)
        c.update(f"{a}_{b}" for a, b in zip(toks, toks[1:]))
        for w, n in c.items():
            indices.append(vocab.setdefault(w, len(vocab)))
            data.append(1.0 + math.log(n))
        indptr.append(len(indices))
    m = sp.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int64), np.array(indptr, dtype=np.int64)),
                      shape=(len(token_lists), max(len(vocab), 1)))
    df = np.bincount(m.indices, minlength=m.shape[1])
    idf = np.log((1 + m.shape[0]) / (1 + df)).astype(np.float32) + 1.0
    m = m @ sp.diags(idf)
    norms = np.sqrt(m.multiply(m).sum(1)).A1
    norms[norms == 0] = 1
    return sp.csr_matrix(sp.diags(1 / norms) @ m)


def candidate_pairs(token_sets: Sequence[set[str]], opts: MatchOptions = DEFAULT) -> np.ndarray:
    """(k, 2) index pairs i < j that share at least one LSH band bucket."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=opts.lsh_threshold, num_perm=opts.num_perm)
    b, r = lsh.b, lsh.r
    perm = MinHash(num_perm=opts.num_perm)  # one set of permutations, shared
    buckets: dict[tuple[int, bytes], list[int]] = {}
    for i, toks in enumerate(token_sets):
        if not toks:
            continue
        m = MinHash(num_perm=opts.num_perm, permutations=perm.permutations, scheme=perm.scheme)
        m.update_batch([t.encode() for t in toks])
        hv = m.hashvalues
        for band in range(b):
            buckets.setdefault((band, hv[band * r : (band + 1) * r].tobytes()), []).append(i)
    pairs = set()
    for members in buckets.values():
        if 1 < len(members) <= opts.max_bucket:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    pairs.add((members[x], members[y]))
    return np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)


def pair_scores(sigs: Sequence[Signature], pairs: np.ndarray, opts: MatchOptions = DEFAULT) -> np.ndarray:
    """Similarity in [0, 1] of each candidate pair."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=np.float32)
    x = tfidf([s.tokens.split() for s in sigs])
    i, j = pairs[:, 0], pairs[:, 1]
    lex = np.asarray(x[i].multiply(x[j]).sum(1)).ravel()
    names = [set(s.names.split("|")) - {""} for s in sigs]
    shared = np.array([len(names[a] & names[b]) / max(1, min(len(names[a]), len(names[b]))) if names[a] and names[b] else 0.0
                       for a, b in pairs], dtype=np.float32)
    score = lex + opts.name_weight * shared * (1 - lex)
    emb = [np.frombuffer(s.embedding, dtype=np.float32) if s.embedding else None for s in sigs]
    if any(e is not None for e in emb):
        has = np.array([emb[a] is not None and emb[b] is not None for a, b in pairs])
        cos = np.array([float(emb[a] @ emb[b]) if h else 0.0 for (a, b), h in zip(pairs, has)], dtype=np.float32)
        # an embedding cosine of 0.2 means unrelated for MiniLM; rescale so that it is 0
        cos = np.clip((cos - 0.2) / 0.8, 0, 1)
        score = np.where(has, (1 - opts.embed_weight) * score + opts.embed_weight * cos, score)
    return score.astype(np.float32)


def average_linkage(n: int, pairs: np.ndarray, scores: np.ndarray, threshold: float) -> np.ndarray:
    """Cluster labels 0..k-1 from a sparse similarity graph: repeatedly merge the two groups
    with the highest average similarity over all their cross pairs (absent pairs count 0),
    while it is at least threshold. Cost about E log E for E candidate edges."""
    parent = list(range(n))
    size = [1] * n
    # links[c]: neighbour group -> sum of similarities between the two groups
    links: list[dict[int, float]] = [dict() for _ in range(n)]
    for (a, b), s in zip(pairs.tolist(), scores.tolist()):
        if s <= 0:
            continue
        links[a][b] = links[a].get(b, 0.0) + s
        links[b][a] = links[b].get(a, 0.0) + s
    heap = [(-s, a, b) for (a, b), s in zip(pairs.tolist(), scores.tolist()) if s >= threshold]
    heapq.heapify(heap)
    alive = [True] * n
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or b not in links[a]:
            continue
        avg = links[a][b] / (size[a] * size[b])
        if abs(avg + neg) > 1e-9:  # stale entry: the groups changed since it was pushed
            continue
        if len(links[a]) < len(links[b]):
            a, b = b, a  # merge the smaller neighbourhood into the larger
        alive[b] = False
        parent[b] = a
        del links[a][b]
        del links[b][a]
        for c, s in links[b].items():
            links[a][c] = links[a].get(c, 0.0) + s
            lc = links[c]
            lc[a] = lc.get(a, 0.0) + lc.pop(b)
        links[b] = {}
        size[a] += size[b]
        for c, s in links[a].items():
            avg = s / (size[a] * size[c])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(a, c), max(a, c)))
    labels = np.empty(n, dtype=np.int64)
    roots: dict[int, int] = {}
    for i in range(n):
        r = i
        while parent[r] != r:
            r = parent[r]
        labels[i] = roots.setdefault(r, len(roots))
    return labels


def cluster(sigs: Sequence[Signature], opts: MatchOptions = DEFAULT) -> np.ndarray:
    """A story label for every signature: articles with the same label carry one claim."""
    token_sets = [set(s.tokens.split()) for s in sigs]
    pairs = candidate_pairs(token_sets, opts)
    scores = pair_scores(sigs, pairs, opts)
    return average_linkage(len(sigs), pairs, scores, opts.threshold)
