"""Train the default mode's token tagger (extract/tagger.py) on PolNeAR train, on CPU.

    python scripts/train_tagger.py [--shared ../shared] [--cache DIR] [--oof OUT.npz]

Inputs are what the spaCy pipeline already computes (extract/tagger.py: inputs); labels are
BIO over source/cue/content from the first annotator (scripts/train_encoder.py:
token_labels). Three models with a fixed seed: one per half of train, whose predictions on
the other half are written to --oof for the ranker (scripts/train_ranker.py --tagger-oof),
and one on all of train, shipped as models/tagger.npz. Prints dev token F1 per role.
Needs torch (CPU is enough: about an hour on 2 cores, the equivalent of 24 epochs over all of
train at about 2.5 minutes each; a GPU is used when there is one, --device says otherwise).

With --teacher (scripts/teacher_tags.py's output) the tagger also learns from the accurate
mode's encoder: its soft tags over unlabelled FNC bodies join the training data, with a
cross-entropy against the encoder's probabilities instead of a gold label (distillation).
The fold models see every teacher body too: none of them is a PolNeAR article, so the
out-of-fold tags stay out of fold.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from train_encoder import LABELS, token_labels  # noqa: E402  (one label set for both taggers)

WIDTH = 128
DILATIONS = (1, 2, 4, 8, 16)


def featurize(shared: Path, cache: Path | None, processes: int = 1, limit: int = 0):
    from train_ranker import corpus, load_scorer, parse, with_vectors

    from allegedly.extract.tagger import inputs
    from allegedly.pipeline import load

    S = load_scorer(shared)
    nlp = load()
    out = {}
    for split in ("train", "dev"):
        data = corpus(S, shared / f"data/polnear/{split}")[: limit or None]
        docs = with_vectors(nlp, parse(nlp, [t for _, t, _ in data], None if limit else cache and cache / f"{split}.spacy", processes))
        X, Y = [], []
        for doc, (_n, _t, gold) in zip(docs, data):
            X.append(inputs(doc))
            Y.append(np.array(token_labels(doc, gold), dtype=np.int64))
        out[split] = (X, Y)
    return out


def teacher_data(shared: Path, path: Path, processes: int = 1, limit: int = 0):
    """(features, teacher probabilities) per FNC body that teacher_tags.py tagged."""
    from teacher_tags import bodies
    from train_ranker import parse, with_vectors

    from allegedly.extract.tagger import inputs
    from allegedly.pipeline import load

    tags = np.load(path)
    todo = [(bid, text) for bid, text in bodies(shared) if f"b{bid}" in tags][: limit or None]
    nlp = load()
    docs = with_vectors(nlp, parse(nlp, [t for _, t in todo], None, processes))
    X, P = [], []
    for (bid, _), doc in zip(todo, docs):
        if len(doc) != int(tags[f"n{bid}"]):
            raise SystemExit(f"body {bid}: {len(doc)} tokens here, {int(tags[f'n{bid}'])} in {path}: not the same parse")
        X.append(inputs(doc))
        P.append(tags[f"b{bid}"].astype(np.float32))
    return X, P


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, help="parsed corpora from train_ranker.py --cache")
    ap.add_argument("--oof", type=Path, help="write out-of-fold train tags here (.npz); without it, no fold models (a trial of the tagger alone, under the shipped ranker)")
    ap.add_argument("--out", type=Path, default=ROOT / "src/allegedly/models/tagger.npz")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--teacher", type=Path, help="teacher_tags.py's soft tags over FNC bodies (.npz)")
    ap.add_argument("--teacher-weight", type=float, default=1.0, help="weight of a teacher token's loss against a gold one's")
    ap.add_argument("--processes", type=int, default=1, help="parse with this many processes")
    ap.add_argument("--device", help="torch device (default: cuda when there is one)")
    ap.add_argument("--limit", type=int, default=0, help="the first N articles of each set only (a trial run)")
    a = ap.parse_args()
    import torch
    from torch import nn

    torch.set_num_threads(max(1, torch.get_num_threads()))
    t0 = time.time()
    data = featurize(a.shared, a.cache, a.processes, a.limit)
    Xtr, Ytr = data["train"]
    Xdv, Ydv = data["dev"]
    Xt, Pt = teacher_data(a.shared, a.teacher, a.processes, a.limit) if a.teacher else ([], [])
    # asked only now: the parse above forks its processes, which must not inherit a CUDA context
    device = torch.device(a.device or ("cuda" if torch.cuda.is_available() else "cpu"))
    n_in = Xtr[0].shape[1]
    print(f"features for {len(Xtr)} train, {len(Xdv)} dev articles, {len(Xt)} teacher bodies in {time.time() - t0:.0f} s "
          f"({n_in} per token; training on {device})", flush=True)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.inp = nn.Linear(n_in, WIDTH)
            self.convs = nn.ModuleList(nn.Conv1d(WIDTH, WIDTH, 3, padding=d, dilation=d) for d in DILATIONS)
            self.drop = nn.Dropout(0.1)
            self.out = nn.Linear(WIDTH, len(LABELS))

        def forward(self, x, keep):  # (batch, tokens, features), (batch, tokens)
            m = keep[:, None, :].float()  # padding stays zero, as at run time past a doc's ends
            h = torch.relu(self.inp(x)).transpose(1, 2) * m
            for conv in self.convs:
                h = (h + torch.relu(conv(self.drop(h)))) * m
            return self.out(self.drop(h.transpose(1, 2)))

        def export(self) -> dict:
            def g(t):
                return t.detach().cpu().numpy().astype(np.float32)

            out = {"inp.weight": g(self.inp.weight), "inp.bias": g(self.inp.bias), "out.weight": g(self.out.weight), "out.bias": g(self.out.bias)}
            for i, (conv, d) in enumerate(zip(self.convs, DILATIONS)):
                w = g(conv.weight)  # (out, in, 3) -> rows [left; centre; right] of (in, out)
                out[f"conv.{i}.weight"] = np.concatenate([w[:, :, k].T for k in range(3)])
                out[f"conv.{i}.bias"] = g(conv.bias)
                out[f"conv.{i}.dilation"] = np.array(d)
            return out

    def on_device(arrays):  # once: a batch is then cut and padded where the model runs
        return [torch.from_numpy(v).to(device) for v in arrays]

    Xtr, Ytr, Xdv, Xt, Pt = (on_device(v) for v in (Xtr, Ytr, Xdv, Xt, Pt))
    pad = nn.utils.rnn.pad_sequence

    def batch(X, Y, part):
        """Padded tensors for the articles in part: Y holds gold labels (tokens,) or teacher
        probabilities (tokens, labels); padding is label -100 or all-zero probabilities."""
        x = pad([X[i] for i in part], batch_first=True)
        y = pad([Y[i] for i in part], batch_first=True, padding_value=-100 if Y[part[0]].dim() == 1 else 0)
        lengths = torch.tensor([len(X[i]) for i in part], device=device)
        keep = torch.arange(x.shape[1], device=device)[None, :] < lengths[:, None]
        return x, y, keep

    def batches(X, Y, idx, rng, size=8):
        idx = list(idx)
        if rng is not None:
            rng.shuffle(idx)
        for b in range(0, len(idx), size):
            part = idx[b : b + size]
            yield part, *batch(X, Y, part)

    def train(idx) -> Net:
        torch.manual_seed(a.seed)
        rng = np.random.default_rng(a.seed)
        net = Net().to(device)
        opt = torch.optim.AdamW(net.parameters(), lr=2e-3, weight_decay=1e-4)
        loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
        gold, taught = list(idx), list(range(len(Xt)))
        for epoch in range(a.epochs):
            net.train()
            total = 0.0
            rng.shuffle(gold)
            rng.shuffle(taught)
            # gold and teacher batches interleaved in a shuffled order, 8 articles each
            steps = [(Xtr, Ytr, gold[b : b + 8]) for b in range(0, len(gold), 8)]
            steps += [(Xt, Pt, taught[b : b + 8]) for b in range(0, len(taught), 8)]
            for k in rng.permutation(len(steps)):
                X, Y, part = steps[k]
                x, y, keep = batch(X, Y, part)
                logits = net(x, keep)
                if y.dim() == 2:
                    loss = loss_fn(logits.reshape(-1, len(LABELS)), y.reshape(-1))
                else:  # the teacher's probabilities; a space token (all zeros) and padding count for nothing
                    mask = keep & (y.sum(-1) > 0)
                    ce = -(y * torch.log_softmax(logits, -1)).sum(-1)
                    loss = a.teacher_weight * (ce * mask).sum() / mask.sum().clamp(min=1)
                opt.zero_grad()
                loss.backward()
                opt.step()
                total += loss.item()
            print(f"  epoch {epoch + 1}: loss {total:.1f}", flush=True)
        return net.eval()

    @torch.no_grad()
    def predict(net, X, idx) -> dict[int, np.ndarray]:
        out = {}
        for part, x, _, keep in batches(X, [torch.zeros(len(v), dtype=torch.int64, device=device) for v in X], idx, None):
            probs = net(x, keep).softmax(-1).cpu().numpy()
            for r, i in enumerate(part):
                out[i] = probs[r, : len(X[i])]
        return out

    oof: dict[int, np.ndarray] = {}
    for fold in (0, 1) if a.oof else ():
        print(f"fold {fold}: training on the other half", flush=True)
        net = train([i for i in range(len(Xtr)) if i % 2 != fold])
        oof.update(predict(net, Xtr, [i for i in range(len(Xtr)) if i % 2 == fold]))
    if a.oof:
        a.oof.parent.mkdir(parents=True, exist_ok=True)
        # float16, as the shipped weights: the ranker reads them as float32 (train_ranker.py)
        np.savez_compressed(a.oof, **{f"d{i}": oof[i].astype(np.float16) for i in range(len(Xtr))})
    print("all of train", flush=True)
    net = train(range(len(Xtr)))
    np.savez(a.out, **{k: (v.astype(np.float16) if v.dtype == np.float32 else v) for k, v in net.export().items()})
    dev = predict(net, Xdv, range(len(Xdv)))
    for role in ("source", "cue", "content"):
        ix = [LABELS.index("B-" + role), LABELS.index("I-" + role)]
        tp = npred = ngold = 0
        for i, y in enumerate(Ydv):
            p = np.isin(dev[i].argmax(-1), ix)
            g = np.isin(y, ix)
            tp += int((p & g).sum())
            npred += int(p.sum())
            ngold += int(g.sum())
        print(f"dev token F1 {role}: {200 * tp / max(1, npred + ngold):.1f}")
    print(f"{a.out} ({a.out.stat().st_size / 1024:.0f} KB), {time.time() - t0:.0f} s in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
