"""Claim matching: which articles carry the same claim, in near-linear time.

    signatures -> vectors   TF-IDF of the content words and of their character 4-grams, the
                            IDF computed on the corpus being clustered (sparse, scipy)
               -> blocking  each article's top-k neighbours by word cosine, through an
                            inverted index (a sparse product, in row chunks) that leaves out
                            words held by more than max_df articles and, in a large corpus,
                            lists an article under a commoner word only if it has few rarer
                            ones (prefix filtering): the cost per article is bounded, however
                            large a family of similar articles grows; each row's k best are
                            found by a partition, linear in the row's candidates
               -> scores    on the candidate pairs only: the mean of the word and character
                            cosines after query expansion (each article's word vector plus
                            those of its nearest neighbours), and the embedding cosine where
                            there are embeddings; cut where the two articles state different
                            figures (a price, a toll); then less a share of how well each of the
                            two articles scores with its own best candidates (hubness)
               -> clusters  average linkage over the sparse candidate graph, the average
                            between two groups scaled by how tight each group is, run
                            separately in each connected component of the pairs that could
                            merge; a merge updates only the smaller side's neighbours

Every step reads plain Signature rows and returns plain arrays, so the same functions run
in one process or per block on Dask workers. Nothing here compares all pairs: a pair that
is not among either article's top-k candidates is never scored and counts as similarity 0.

The product's default is DEFAULT: words and character n-grams only, what `allegedly stories`
runs and what `benchmarks/matching.py` measures without `--embed`. With embeddings
(`allegedly stories --embed`, the accurate extra) the same options apply with the threshold
of MatchOptions.threshold_for(True).
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from .signatures import Signature


@dataclass(frozen=True)
class MatchOptions:
    """threshold: the average similarity at which two groups of articles merge into one
    story (chosen by grouped cross-validation on Emergent train: benchmarks/matching.py).
    neighbours: candidates kept per article (its top-k by word cosine). max_df: a word held
    by more articles than this is too common to propose candidates (it still counts in the
    scores). char_weight: the share of the character 4-gram cosine in the lexical score
    (names and word forms the stemmer misses: 'Nicaragua'/'Nicaraguan'). expand: how many
    of its nearest candidates each article's word vector borrows from before the final
    scores (0: none). embed_weight: the share of the score that the embedding gives when
    both articles have one. name_weight: how much shared capitalised names add (0: on
    Emergent train they cost B-cubed F1, because headline capitals mark the start of a
    clause as often as a name). cohesion: how far a loose group's own spread lowers the bar
    for it to merge (average_linkage; 0: plain average linkage). hubness: how much of the
    mean of the two articles' hub_k best scores is taken off a pair's score (hub_scores; 0:
    none). figures: how much of a pair's score is cut when both articles state figures and
    none of the one's is within 10% of one of the other's (figure_clash; 0: none)."""

    threshold: float = 0.08
    neighbours: int = 20
    max_df: int = 1000
    char_weight: float = 0.5
    expand: int = 3
    embed_weight: float = 0.5
    name_weight: float = 0.0
    cohesion: float = 1.0
    hubness: float = 0.5
    hub_k: int = 10
    figures: float = 0.3

    @staticmethod
    def threshold_for(embedded: bool) -> float:
        """The threshold chosen on Emergent train for words only, or words and embeddings."""
        return EMBED_THRESHOLD if embedded else MatchOptions.threshold


EMBED_THRESHOLD = 0.16
DEFAULT = MatchOptions()
_CHUNK = 4096  # rows per sparse product: bounds the memory of one block of the index
RARE_DF = 100  # blocking's index lists every article under its words held by at most this many articles,
LEAST_WORDS = 4  # and under commoner ones only until it is listed under this many (index)
PREFIX_FROM = 20_000  # ... in a corpus of this many articles or more
_EDGES = 1 << 16  # edges turned into Python objects at a time by _linkage
_SORT_ALL = 8  # _top_k sorts all of a block's entries up to this many times k a row (one sort beats a loop over rows)
_FIGURE = re.compile(r"(?<!\S)(\d+)(?:(k|m|bn)(?!\S))?")  # a token that is a figure: '500', '19m', '24th', '12in'
_SCALE = {"k": 1e3, "m": 1e6, "bn": 1e9}
FIGURE_TOLERANCE = 0.1  # 4,999 and 5,000 are one figure; 800m and 924m two


def _normalise(m: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(1)).ravel())
    norms[norms == 0] = 1
    return sp.csr_matrix(sp.diags((1 / norms).astype(np.float32)) @ m)


def _weighted(rows: Sequence[Sequence[str]], vocab: dict[str, int] | None = None) -> sp.csr_matrix:
    """Sublinear tf times smooth idf over these rows, unit length."""
    vocab = {} if vocab is None else vocab
    # typed arrays, 4 or 8 bytes an entry: a list of Python objects takes 40 (1 M headlines'
    # character 4-grams are 60 M entries)
    indptr, indices, data = array("q", [0]), array("i"), array("f")
    for feats in rows:
        for w, n in Counter(feats).items():
            indices.append(vocab.setdefault(w, len(vocab)))
            data.append(1.0 + math.log(n))
        indptr.append(len(indices))
    m = sp.csr_matrix((np.frombuffer(data, dtype=np.float32), np.frombuffer(indices, dtype=np.int32), np.frombuffer(indptr, dtype=np.int64)),
                      shape=(len(rows), max(len(vocab), 1)))
    df = np.bincount(m.indices, minlength=m.shape[1])
    idf = (np.log((1 + m.shape[0]) / (1 + df)) + 1.0).astype(np.float32)
    m.data *= idf[m.indices]
    return _normalise(m)


def tfidf(token_lists: Sequence[Sequence[str]]) -> sp.csr_matrix:
    """Rows of unit length, sublinear tf, smooth idf over this corpus (with word bigrams)."""
    return _weighted([list(t) + [f"{a}_{b}" for a, b in zip(t, t[1:])] for t in token_lists])


def char_grams(tokens: Sequence[str], n: int = 4) -> list[str]:
    """Character n-grams of each word padded with spaces ('nicaragua' -> ' nic', ...)."""
    out: list[str] = []
    for t in tokens:
        p = f" {t} "
        out.extend(p[k : k + n] for k in range(max(1, len(p) - n + 1)))
    return out


def _top_k(block: sp.csr_matrix, offset: int, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The k largest entries of each row of block (row i is article offset + i), itself left out."""
    block = sp.csr_matrix(block)
    counts = np.diff(block.indptr)
    r = np.repeat(np.arange(block.shape[0], dtype=np.int64), counts) + offset
    c, v = block.indices.astype(np.int64), block.data
    keep = (r != c) & (v > 0)
    r, c, v = r[keep], c[keep], v[keep]
    per_row = np.bincount(r - offset, minlength=block.shape[0])
    many = per_row > k
    if not many.any():
        return r, c, v
    few = ~many[r - offset]  # rows with k entries or fewer keep them all, unsorted
    rm, cm, vm = r[~few], c[~few], v[~few]
    if len(rm) > _SORT_ALL * k * int(many.sum()):  # long rows: select each row's k, then sort only those
        chosen = _row_best(vm, per_row[many], k)
        rm, cm, vm = rm[chosen], cm[chosen], vm[chosen]
    order = np.argsort((rm - offset) * 4.0 - vm, kind="stable")  # by row, best first
    rm, cm, vm = rm[order], cm[order], vm[order]
    first = np.arange(len(rm)) - np.searchsorted(rm, rm, side="left") < k
    return np.concatenate([r[few], rm[first]]), np.concatenate([c[few], cm[first]]), np.concatenate([v[few], vm[first]])


def _row_best(v: np.ndarray, lengths: np.ndarray, k: int) -> np.ndarray:
    """Which of v (rows of these lengths, one after the other, each longer than k) are among
    their row's k largest, ties at the k-th value going to the first in the row, as a stable
    sort would choose them: a partition per row, linear in its length, where sorting all of
    a block's entries (thousands a row among 1 M claims) costs m log m."""
    chosen = np.zeros(len(v), dtype=bool)
    ends = np.cumsum(lengths)
    for s, e in zip((ends - lengths).tolist(), ends.tolist()):
        row = v[s:e]
        kth = np.partition(row, e - s - k)[e - s - k]
        above = row > kth
        chosen[s:e] = above
        chosen[s + np.flatnonzero(row == kth)[: k - int(above.sum())]] = True
    return chosen


def _pairs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    p = np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1)
    return np.unique(p, axis=0) if len(p) else p.reshape(-1, 2)


def index(x: sp.csr_matrix, max_df: int, rare: int | None = None, least: int = LEAST_WORDS) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """The two sides of blocking's sparse product: x without the words held by one article
    only or by more than max_df, and the inverted index, in which an article is listed under
    its words held by at most `rare` articles, and under its commoner ones (up to max_df) only
    while it has fewer than `least` words listed, its rarest first (prefix filtering, as in
    Bayardo et al. 2007, 'Scaling up all pairs similarity search'). A word held by d articles
    costs d times its listed articles: the big families of similar claims share commoner
    words, each of which is listed for few of them. rare None: RARE_DF from PREFIX_FROM
    articles on, below that every article is listed under all its words (a small corpus costs
    little either way, and on Emergent train's 400-headline CV folds with embeddings the
    prefix cost 0.004 F1)."""
    if rare is None:
        rare = RARE_DF if x.shape[0] >= PREFIX_FROM else max_df
    df = np.bincount(x.indices, minlength=x.shape[1])
    keep = (df <= max_df) & (df > 1)
    rows = sp.csr_matrix(x @ sp.diags(keep.astype(np.float32)))
    rows.eliminate_zeros()
    listed = rows.copy()
    d = df[listed.indices]
    if (d > rare).any():
        r = np.repeat(np.arange(listed.shape[0], dtype=np.int64), np.diff(listed.indptr))
        order = np.lexsort((listed.indices, d, r))  # each row's words, rarest first
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order)) - listed.indptr[r[order]]
        listed.data[(d > rare) & (rank >= least)] = 0
        listed.eliminate_zeros()
    return rows, sp.csr_matrix(listed.T)


Block = Callable[[Any, Any, int, int], tuple[np.ndarray, np.ndarray]]
# runs a block task over the rows, block by block, with the columns; its results in block order
Blocks = Callable[[Block, Any, Any, int], list[tuple[np.ndarray, np.ndarray]]]


def in_process(task: Block, rows: Any, columns: Any, k: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Blocks here, _CHUNK rows at a time (scale/blocking.py runs them on Dask instead)."""
    return [task(rows[s : s + _CHUNK], columns, s, k) for s in range(0, rows.shape[0], _CHUNK)]


def block_neighbours(rows: sp.csr_matrix, columns: sp.csr_matrix, offset: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """One block of neighbour_pairs: the k best candidates of rows offset.. by word cosine,
    as (row, column)."""
    r, c, _ = _top_k(rows @ columns, offset, k)
    return r, c


def neighbour_pairs(x: sp.csr_matrix, k: int, max_df: int, blocks: Blocks = in_process) -> np.ndarray:
    """(m, 2) pairs i < j where j is among i's k best by x's cosine or i among j's, through
    the features held by at most max_df rows (an inverted index as a sparse product)."""
    found = blocks(block_neighbours, *index(x, max_df), k)
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    return _pairs(np.concatenate([r for r, _ in found]), np.concatenate([c for _, c in found]))


def candidate_pairs(token_sets: Sequence[set[str]] | Sequence[Sequence[str]], opts: MatchOptions = DEFAULT) -> np.ndarray:
    """(k, 2) index pairs i < j that blocking proposes: each article's top neighbours."""
    return neighbour_pairs(_weighted([sorted(t) for t in token_sets]), opts.neighbours, opts.max_df)


def _rowdot(a: sp.csr_matrix, b: sp.csr_matrix, pairs: np.ndarray, chunk: int = 1 << 19) -> np.ndarray:
    out = np.zeros(len(pairs), dtype=np.float32)
    for s in range(0, len(pairs), chunk):
        i, j = pairs[s : s + chunk, 0], pairs[s : s + chunk, 1]
        out[s : s + chunk] = np.asarray(a[i].multiply(b[j]).sum(1)).ravel()
    return out


def _embeddings(sigs: Sequence[Signature]) -> tuple[np.ndarray, np.ndarray] | None:
    has = np.array([bool(s.embedding) for s in sigs])
    if not has.any():
        return None
    e = np.zeros((len(sigs), len(np.frombuffer(next(s.embedding for s in sigs if s.embedding), dtype=np.float32))), dtype=np.float32)
    for i, s in enumerate(sigs):
        if s.embedding:
            e[i] = np.frombuffer(s.embedding, dtype=np.float32)
    return e, has


def _embed_cos(cos: np.ndarray) -> np.ndarray:
    # an embedding cosine of 0.2 means unrelated for MiniLM; rescale so that it is 0
    return np.clip((cos - 0.2) / 0.8, 0, 1)


class Vectors:
    """What scoring reads of a corpus: word and character TF-IDF rows (unit length), the
    embeddings where there are any, and the names."""

    def __init__(self, sigs: Sequence[Signature]) -> None:
        toks = [s.tokens.split() for s in sigs]
        self.words = _weighted(toks)
        self.chars = _weighted([char_grams(t) for t in toks])
        self.emb = _embeddings(sigs)
        self.names = [set(s.names.split("|")) - {""} for s in sigs]


def _expansion(n: int, pairs: np.ndarray, scores: np.ndarray, k: int) -> sp.csr_matrix:
    """Row-stochastic (n, n): each article's k best-scored candidates, weighted by score."""
    a = np.concatenate([pairs[:, 0], pairs[:, 1]])
    b = np.concatenate([pairs[:, 1], pairs[:, 0]])
    s = np.concatenate([scores, scores])
    r, c, v = _top_k(sp.csr_matrix((s, (a, b)), shape=(n, n)), 0, k)
    tot = np.bincount(r, weights=v, minlength=n)
    return sp.csr_matrix((v / tot[r], (r, c)), shape=(n, n), dtype=np.float32)


def figures(tokens: str) -> frozenset[float]:
    """The figures among an article's tokens (signatures write them one way: '10000', '19m'),
    as numbers; a unit after the digits ('24th', '12in') is dropped."""
    return frozenset(float(m.group(1)) * _SCALE.get(m.group(2) or "", 1.0) for m in _FIGURE.finditer(tokens))


def figure_clash(sigs: Sequence[Signature], pairs: np.ndarray, tolerance: float = FIGURE_TOLERANCE) -> np.ndarray:
    """For each pair, whether both articles state figures and none of the one's is within
    tolerance (relative) of one of the other's: 'Gold Apple Watch could cost 1,200' and
    '... could cost 5,000' are two claims about one subject. On Emergent train, candidate
    pairs at or above the threshold whose figures clash are the same claim half the time
    (outlets' different figures for one event), the other pairs nine times in ten."""
    out = np.zeros(len(pairs), dtype=bool)
    if len(pairs) == 0:
        return out
    figs = [figures(s.tokens) if any(c.isdigit() for c in s.tokens) else frozenset() for s in sigs]
    has = np.array([bool(f) for f in figs])
    for k in np.flatnonzero(has[pairs[:, 0]] & has[pairs[:, 1]]).tolist():
        fa, fb = figs[pairs[k, 0]], figs[pairs[k, 1]]
        out[k] = not any(abs(x - y) <= tolerance * max(x, y) for x in fa for y in fb)
    return out


def pair_scores(sigs: Sequence[Signature], pairs: np.ndarray, opts: MatchOptions = DEFAULT,
                vectors: Vectors | None = None) -> np.ndarray:
    """Similarity in [0, 1] of each candidate pair. With opts.expand, each article's word
    vector (and embedding) first takes in those of its opts.expand best candidates, so that
    two wordings of a claim that share few words meet through the wordings between them.
    Then a pair whose figures clash keeps 1 - opts.figures of its score (figure_clash), and
    last, opts.hubness of how well each article scores with its own best candidates comes
    off (hub_scores)."""
    if len(pairs) == 0:
        return np.zeros(0, dtype=np.float32)
    return signals(sigs, pairs, opts, vectors)["score"]


def signals(sigs: Sequence[Signature], pairs: np.ndarray, opts: MatchOptions = DEFAULT,
            vectors: Vectors | None = None) -> dict[str, np.ndarray]:
    """What pair_scores computes on the way, per pair (float32 arrays): word0 (word cosine
    before the expansion), word and char (after it; the character vectors are not
    expanded), emb0 and emb (rescaled embedding cosine before and after, 0 without
    embeddings), clash (figure_clash, 0 or 1), pre (the score before hubness), hub (the mean
    of the two articles' hub_k best pre scores) and score (pair_scores' own)."""
    v = vectors or Vectors(sigs)
    emb = v.emb[0] if v.emb is not None else None
    out: dict[str, np.ndarray] = {}
    out["word0"] = _rowdot(v.words, v.words, pairs)
    out["char"] = _rowdot(v.chars, v.chars, pairs)
    zero = np.zeros(len(pairs), dtype=np.float32)
    has = v.emb[1][pairs[:, 0]] & v.emb[1][pairs[:, 1]] if v.emb is not None else np.zeros(len(pairs), dtype=bool)

    def cosine(e: np.ndarray | None) -> np.ndarray:
        if e is None or not len(pairs):
            return zero
        return np.where(has, _embed_cos(np.einsum("ij,ij->i", e[pairs[:, 0]], e[pairs[:, 1]])), 0).astype(np.float32)

    shared = None  # shared names, the same before and after the expansion
    if opts.name_weight:
        shared = np.array([len(v.names[a] & v.names[b]) / max(1, min(len(v.names[a]), len(v.names[b])))
                           for a, b in pairs.tolist()], dtype=np.float32)

    def mix(word: np.ndarray, cos: np.ndarray) -> np.ndarray:
        lex = (1 - opts.char_weight) * word + opts.char_weight * out["char"]
        if shared is not None:
            lex = lex + opts.name_weight * shared * (1 - lex)
        return np.where(has, (1 - opts.embed_weight) * lex + opts.embed_weight * cos, lex).astype(np.float32)

    out["emb0"] = cosine(emb)
    scores = mix(out["word0"], out["emb0"])
    out["word"], out["emb"] = out["word0"], out["emb0"]
    if opts.expand and len(pairs):
        k = _expansion(len(sigs), pairs, scores, opts.expand)
        words = _normalise(sp.csr_matrix(v.words + k @ v.words))
        out["word"] = _rowdot(words, words, pairs)
        if emb is not None:
            emb = emb + k @ emb
            emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
        out["emb"] = cosine(emb)
        scores = mix(out["word"], out["emb"])
    clash = figure_clash(sigs, pairs) if opts.figures else np.zeros(len(pairs), dtype=bool)
    out["clash"] = clash.astype(np.float32)
    out["pre"] = np.where(clash, (1 - opts.figures) * scores, scores).astype(np.float32)
    hub = _hub_means(len(sigs), pairs, out["pre"], opts.hub_k)
    out["hub"] = hub.astype(np.float32)
    out["score"] = np.maximum(out["pre"] - opts.hubness * hub, 0).astype(np.float32) if opts.hubness else out["pre"]
    return out


def hub_scores(n: int, pairs: np.ndarray, scores: np.ndarray, hubness: float, k: int) -> np.ndarray:
    """Each score less hubness times the mean of r(a) and r(b), where r(a) is the mean of
    article a's k best scores, floored at 0 (CSLS, Conneau et al. 2018, 'Word translation
    without parallel data'). An article in a crowd of near neighbours, such as many claims
    about one subject (a dozen Kim Jong-un rumours), has to beat the crowd; an article with
    few close candidates keeps most of its score. Cost: one top-k over the candidate pairs."""
    if not hubness or len(pairs) == 0:
        return scores
    return np.maximum(scores - hubness * _hub_means(n, pairs, scores, k), 0).astype(np.float32)


def _hub_means(n: int, pairs: np.ndarray, scores: np.ndarray, k: int) -> np.ndarray:
    """Per pair, the mean of r(a) and r(b), r(a) the mean of article a's k best scores."""
    if len(pairs) == 0:
        return np.zeros(0)
    a = np.concatenate([pairs[:, 0], pairs[:, 1]])
    b = np.concatenate([pairs[:, 1], pairs[:, 0]])
    r, _, v = _top_k(sp.csr_matrix((np.concatenate([scores, scores]), (a, b)), shape=(n, n)), 0, k)
    mean = np.bincount(r, weights=v, minlength=n) / k
    return (mean[pairs[:, 0]] + mean[pairs[:, 1]]) / 2


def _linkage(n: int, pairs: np.ndarray, scores: np.ndarray, threshold: float, cohesion: float) -> np.ndarray:
    """Average linkage on one component, scaled by cohesion: the root of each of its n nodes."""
    parent = list(range(n))
    size = [1] * n
    inner = [0.0] * n  # sum of the similarities inside each group
    # links[c]: neighbour group -> sum of similarities between the two groups
    links: list[dict[int, float]] = [dict() for _ in range(n)]
    pos = np.flatnonzero(scores > 0)
    for lo in range(0, len(pos), _EDGES):  # a slice of the edges at a time as Python objects
        at = pos[lo : lo + _EDGES]
        for a, b, s in zip(pairs[at, 0].tolist(), pairs[at, 1].tolist(), scores[at].tolist()):
            links[a][b] = links[a].get(b, 0.0) + s
            links[b][a] = links[b].get(a, 0.0) + s
    strong = scores >= threshold
    heap = list(zip((-scores[strong]).tolist(), pairs[strong, 0].tolist(), pairs[strong, 1].tolist()))
    heapq.heapify(heap)

    def similarity(a: int, b: int) -> float:
        avg = links[a][b] / (size[a] * size[b])
        if not cohesion or size[a] + size[b] == 2:
            return avg
        # a group's tightness: the mean similarity of its pairs, each article with itself included
        tight = (size[a] + 2 * inner[a]) / size[a] ** 2 * (size[b] + 2 * inner[b]) / size[b] ** 2
        return avg / tight ** (cohesion / 2)

    # Merging b into a lowers the linkage of the merged group with every group that was not
    # b's neighbour (for cohesion up to 1: the average is over more pairs, and the group's
    # tightness cannot fall by more than the square of the growth in size), so only b's
    # neighbours get new heap entries; another entry that is now too high is brought down
    # when it comes to the top. Each merge then costs the smaller side's neighbourhood, not
    # the big group's (which made one giant component quadratic).
    lazy = cohesion <= 1
    alive = [True] * n
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or b not in links[a]:
            continue
        sim = similarity(a, b)
        if abs(sim + neg) > 1e-9:  # stale entry: the groups changed since it was pushed
            if lazy and threshold <= sim < -neg:
                heapq.heappush(heap, (-sim, a, b))
            continue
        if len(links[a]) < len(links[b]):
            a, b = b, a  # merge the smaller neighbourhood into the larger
        alive[b] = False
        parent[b] = a
        inner[a] += inner[b] + links[a][b]
        del links[a][b]
        del links[b][a]
        moved = links[b]
        for c, s in moved.items():
            links[a][c] = links[a].get(c, 0.0) + s
            lc = links[c]
            lc[a] = lc.get(a, 0.0) + lc.pop(b)
        links[b] = {}
        size[a] += size[b]
        for c in moved if lazy else links[a]:
            sim = similarity(a, c)
            if sim >= threshold:
                heapq.heappush(heap, (-sim, min(a, c), max(a, c)))
    roots = np.array(parent, dtype=np.int64)
    while True:  # pointer jumping: log of the depth of the merge tree, not n times it
        up = roots[roots]
        if np.array_equal(up, roots):
            break
        roots = up
    return roots


def average_linkage(n: int, pairs: np.ndarray, scores: np.ndarray, threshold: float,
                    cohesion: float = DEFAULT.cohesion) -> np.ndarray:
    """Cluster labels 0..k-1 from a sparse similarity graph: repeatedly merge the two groups
    with the highest linkage while it is at least threshold. The linkage of groups A and B is
    their average similarity over all cross pairs (absent pairs count 0), divided by
    (tight(A) * tight(B)) ** (cohesion / 2), where tight(G) is the mean similarity within G,
    each article's similarity to itself (1) included: 1 for one article, less for a group
    whose members agree only in part. With cohesion 0 this is plain average linkage; above
    0, two groups that each hold one wording of a claim merge on an average that would not
    join two single articles (the value: grouped CV on Emergent train, benchmarks/matching.py).

    A story needs a chain of pairs that score at least the threshold, so no story crosses a
    connected component of those pairs (with cohesion 0 this is no restriction at all: an
    average is never above its largest term): each component is clustered on its own, with
    its own edges only, and an article with no such pair stays alone without any work. Cost
    about E log E for the E candidate edges inside components."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    scores = np.asarray(scores, dtype=np.float64)
    labels = np.arange(n, dtype=np.int64)
    strong = scores >= threshold
    if n == 0 or not strong.any():
        return _relabel(labels)
    g = sp.csr_matrix((np.ones(int(strong.sum())), (pairs[strong, 0], pairs[strong, 1])), shape=(n, n))
    _, comp = connected_components(g, directed=False)
    sizes = np.bincount(comp)
    ec = comp[pairs[:, 0]]
    inside = (ec == comp[pairs[:, 1]]) & (sizes[ec] > 1) & (scores > 0)
    pairs, scores, ec = pairs[inside], scores[inside], ec[inside]
    order = np.argsort(ec, kind="stable")
    pairs, scores, ec = pairs[order], scores[order], ec[order]
    bounds = np.flatnonzero(np.diff(ec)) + 1
    for p, s in zip(np.split(pairs, bounds), np.split(scores, bounds)):
        if not len(p):
            continue
        nodes, local = np.unique(p, return_inverse=True)
        roots = _linkage(len(nodes), local.reshape(-1, 2), s, threshold, cohesion)
        labels[nodes] = nodes[roots]
    return _relabel(labels)


def _relabel(labels: np.ndarray) -> np.ndarray:
    """0..k-1 in order of first appearance."""
    _, first, inv = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first)] = np.arange(len(first))
    return rank[inv.ravel()]


def embedding_pairs(emb: np.ndarray, has: np.ndarray, k: int, blocks: Blocks = in_process) -> np.ndarray:
    """(m, 2) pairs i < j where j is among i's k nearest embeddings or i among j's. Exact,
    by blocks of rows: N^2 dot products (BLAS), memory N * k; embeddings are the optional,
    slow path already (encoding costs far more than this)."""
    idx = np.flatnonzero(has)
    e = emb[idx]
    kk = min(k, len(idx) - 1)
    if kk <= 0:
        return np.zeros((0, 2), dtype=np.int64)
    found = blocks(nearest, e, e, kk)
    return _pairs(idx[np.concatenate([r for r, _ in found])], idx[np.concatenate([c for _, c in found])])


def nearest(rows: np.ndarray, e: np.ndarray, offset: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """One block of embedding_pairs: the k nearest of e to rows offset.. of e (positions in
    e, as (row, column)), each row itself left out. k must be below len(e)."""
    sims = rows @ e.T
    sims[np.arange(len(sims)), np.arange(offset, offset + len(sims))] = -np.inf
    best = np.argpartition(-sims, k - 1, axis=1)[:, :k]
    return np.repeat(np.arange(offset, offset + len(sims), dtype=np.int64), k), best.ravel().astype(np.int64)


def match(sigs: Sequence[Signature], opts: MatchOptions = DEFAULT, blocks: Blocks = in_process) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs and their scores for these signatures; blocks runs the blocking's
    block tasks (here by default; on Dask, scale.blocking.on_cluster)."""
    v = Vectors(sigs)
    pairs = neighbour_pairs(v.words, opts.neighbours, opts.max_df, blocks)
    if v.emb is not None:
        pairs = np.unique(np.concatenate([pairs, embedding_pairs(*v.emb, opts.neighbours, blocks)]), axis=0)
    return pairs, pair_scores(sigs, pairs, opts, vectors=v)


def cluster(sigs: Sequence[Signature], opts: MatchOptions = DEFAULT, blocks: Blocks = in_process) -> np.ndarray:
    """A story label for every signature: articles with the same label carry one claim."""
    pairs, scores = match(sigs, opts, blocks)
    return average_linkage(len(sigs), pairs, scores, opts.threshold, opts.cohesion)
