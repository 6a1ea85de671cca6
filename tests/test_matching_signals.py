"""matching.signals: what pair_scores computes on the way, for the pair model's trainer
(scripts/train_pair_model.py) to read; pair_scores is its last step."""

from __future__ import annotations

import numpy as np

from allegedly.corpus import Signature
from allegedly.corpus.matching import MatchOptions, hub_scores, match, signals
from allegedly.corpus.signatures import content_words

HEADS = ["Gold Apple Watch could cost 1,200", "Gold Apple Watch could cost 5,000", "Gold Apple Watch may cost 4,999",
         "Kim Jong-un had surgery on his ankles", "Kim Jong-un had ankle surgery", "Kim Jong-un addicted to Swiss cheese",
         "Apple Watch battery lasts a day", "Apple Watch battery life one day"]


def _sigs(embedded: bool) -> list[Signature]:
    rng = np.random.default_rng(0)
    return [Signature(f"a{i}", " ".join(content_words(h)), "",
                      rng.normal(size=8).astype(np.float32).tobytes() if embedded else None) for i, h in enumerate(HEADS)]


def test_signals_end_in_pair_scores_own_score():
    for embedded in (False, True):
        sigs = _sigs(embedded)
        opts = MatchOptions()
        pairs, scores = match(sigs, opts)
        out = signals(sigs, pairs, opts)
        assert np.array_equal(out["score"], scores)
        assert np.array_equal(out["score"], hub_scores(len(sigs), pairs, out["pre"], opts.hubness, opts.hub_k))
        assert set(out) == {"word0", "char", "word", "emb0", "emb", "clash", "pre", "hub", "score"}
        assert all(len(v) == len(pairs) for v in out.values())
        assert (out["emb"] > 0).any() == embedded  # no embeddings: the embedding signals are 0
        clashed = [tuple(p) for p, c in zip(pairs.tolist(), out["clash"].tolist()) if c]
        assert (0, 1) in clashed and (1, 2) not in clashed
