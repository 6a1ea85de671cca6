"""The default mode's token tagger: a small dilated CNN over what the spaCy pipeline has
already computed (its tok2vec vectors, part of speech, dependency, entity type, a few
lexicon flags), tagging every token as source, cue or content (BIO) like the accurate
mode's encoder does, at a fraction of its cost: the vectors are there for free and the
network is five dilated convolutions of 128 channels, run in numpy.

Trained on PolNeAR train by scripts/train_tagger.py; weights in models/tagger.npz.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np
from spacy.tokens import Doc

from .. import lexicon
from . import nouns as reporting_nouns
from . import verbs as reporting_verbs
from .blas import one_thread
from .context import tokens_of
from .spans import doc_quotes

WEIGHTS = "tagger.npz"
POS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "SPACE")
ENTS = ("PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")
DEPS = (
    "ROOT", "acl", "acomp", "advcl", "advmod", "agent", "amod", "appos", "attr", "aux", "auxpass", "case", "cc", "ccomp",
    "compound", "conj", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj", "mark", "meta", "neg",
    "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd", "parataxis", "pcomp", "pobj", "poss", "preconj", "predet",
    "prep", "prt", "punct", "quantmod", "relcl", "xcomp",
)
FLAGS = 9
WINDOW = 8192  # tokens tagged at once (tagger.py _tag): bounds the memory of a long Doc


_POS_I = {p: i for i, p in enumerate(POS)}
_ENTS_I = {e: i for i, e in enumerate(ENTS)}
_DEPS_I = {d: i for i, d in enumerate(DEPS)}


def _one_hot(x: np.ndarray, offset: int, index: dict[str, int], values: list[str]) -> None:
    """Set x[i, offset + index[v]] for each token i whose value v is in index."""
    cols = np.array([index.get(v, -1) for v in values], dtype=np.int64)
    rows = np.nonzero(cols >= 0)[0]
    x[rows, offset + cols[rows]] = 1


def inputs(doc: Doc) -> np.ndarray:
    """(tokens, features): the pipeline's vectors and the one-hot facts beside them."""
    n = len(doc)
    width = doc.tensor.shape[1] if doc.tensor.size else 96
    verbs = lexicon.flagged(reporting_verbs.LEXICON)
    nouns = lexicon.words(reporting_nouns.LEXICON)
    off = [width, width + len(POS), width + len(POS) + len(ENTS), width + len(POS) + len(ENTS) + len(DEPS)]
    x = np.zeros((n, off[3] + FLAGS), dtype=np.float32)
    if doc.tensor.size:
        x[:, :width] = doc.tensor
    tok = tokens_of(doc)
    _one_hot(x, off[0], _POS_I, tok.pos)
    _one_hot(x, off[1], _ENTS_I, tok.ent)
    _one_hot(x, off[2], _DEPS_I, tok.dep)
    quotes = doc_quotes(doc)
    in_quote = []
    qi = 0
    for idx in tok.idx:
        while qi < len(quotes) and quotes[qi][1] <= idx:
            qi += 1
        in_quote.append(qi < len(quotes) and quotes[qi][0] <= idx)
    lemma, head, starts = tok.lemma, tok.head, tok.sent_start
    # the sentence's last token: the next one starts a sentence (doc.sents splits there)
    last = [starts[i + 1] for i in range(n - 1)] + [True] if n else []
    flags = (
        in_quote,
        [w in verbs for w in lemma],
        [w in nouns for w in lemma],
        starts,
        tok.punct,
        tok.quote,
        [h < i for i, h in enumerate(head)],
        [lemma[h] in verbs and h != i for i, h in enumerate(head)],
        last,
    )
    x[:, off[3] :] = np.array(flags, dtype=np.float32).T.reshape(n, FLAGS)
    return x


class Tagger:
    def __init__(self, weights: dict[str, np.ndarray]):
        self.w = weights
        self.layers = sorted(int(k.split(".")[1]) for k in weights if k.startswith("conv.") and k.endswith(".weight"))

    @classmethod
    def load(cls) -> "Tagger | None":
        path = resources.files("allegedly.models").joinpath(WEIGHTS)
        if not path.is_file():
            return None
        with path.open("rb") as fh:
            data = np.load(fh)
            return cls({k: data[k].astype(np.float32) for k in data.files})

    def tag(self, doc: Doc) -> np.ndarray:
        """(tokens, 7) label probabilities, the same columns as the encoder's."""
        if not len(doc):
            return np.zeros((0, 7), dtype=np.float32)
        with one_thread():
            return self._tag(doc)

    def _tag(self, doc: Doc) -> np.ndarray:
        x = inputs(doc)
        n = len(x)
        if n <= WINDOW:
            return self._forward(x)
        # a long Doc in windows: each token sees `reach` tokens either side through the
        # convolutions, so a window padded by that much gives its centre as one pass would, and memory
        # stays that of one window rather than of the whole text
        reach = sum(int(self.w[f"conv.{i}.dilation"]) for i in self.layers)
        out = np.empty((n, 7), dtype=np.float32)
        for s in range(0, n, WINDOW):
            e = min(n, s + WINDOW)
            lo, hi = max(0, s - reach), min(n, e + reach)
            out[s:e] = self._forward(x[lo:hi])[s - lo : s - lo + (e - s)]
        return out

    def _forward(self, x: np.ndarray) -> np.ndarray:
        w = self.w
        h = x @ w["inp.weight"].T
        h += w["inp.bias"]
        np.maximum(h, 0, out=h)
        n, width = h.shape
        stacked = np.empty((n, 3 * width), dtype=np.float32)
        for i in self.layers:
            d = min(int(w[f"conv.{i}.dilation"]), n)
            # a kernel-3 convolution as one matrix product over [left, centre, right], each
            # the layer's input shifted by the dilation and zero past the ends
            stacked[:d, :width] = 0
            stacked[d:, :width] = h[: n - d]
            stacked[:, width : 2 * width] = h
            stacked[: n - d, 2 * width :] = h[d:]
            stacked[n - d :, 2 * width :] = 0
            z = stacked @ w[f"conv.{i}.weight"]
            z += w[f"conv.{i}.bias"]
            np.maximum(z, 0, out=z)
            z += h  # (h + z, in place: addition commutes exactly)
            h = z
        logits = h @ w["out.weight"].T + w["out.bias"]
        logits -= logits.max(-1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(-1, keepdims=True)


@lru_cache(maxsize=1)
def load() -> Tagger | None:
    return Tagger.load()

