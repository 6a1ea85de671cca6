"""Train the attribution ranker on PolNeAR train; pick its threshold on dev.

    python scripts/train_ranker.py [--shared ../shared] [--out src/allegedly/models/ranker.json]

Every candidate the rule stages propose in a train article is labelled by the shared
scorer's own criterion (its cue overlaps a gold cue and its content has token-F1 >= 0.5 with
that gold content). A logistic regression over extract/features.py learns which candidates
PolNeAR counts. The threshold is chosen on dev, then, under it, a lower cut for cues from the
stages' word lists (lexicon_threshold; extract.find_attributions); the script ends by printing the dev figure
under the shared scorer. Deterministic: liblinear with a fixed seed, sorted inputs.
Needs the [train] extra (scikit-learn); the product reads the JSON with no library.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src/allegedly/models/ranker.json"


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score_attributions", shared / "eval/score_attributions.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def corpus(S, split: Path):
    """(name, text, gold attributions) in sorted order."""
    out = []
    for name, anns in sorted(S.articles(str(split)).items()):
        text = (split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        out.append((name, text, S.parse_brat(anns[0])))
    return out


def label(S, toks, gold_tok, f) -> int:
    """1 where the shared scorer would count the candidate under attr+src: its cue overlaps
    a gold cue, its content has token-F1 >= 0.5 with that gold content, and its source
    overlaps the gold source (or both have none). So the ranker learns to prefer, among
    one cue's candidates, the one whose source is right too."""
    cue = toks.covered([f.cue])
    content = toks.covered([f.content])
    source = toks.covered([f.source]) if f.source else set()
    for g in gold_tok:
        if cue & g["cue"] and g["content"] and content:
            if 2 * len(content & g["content"]) / (len(content) + len(g["content"])) >= 0.5:
                if (source & g["source"]) if g["source"] else not source:
                    return 1
    return 0


def examples(S, docs, gold, tags=None):
    from allegedly.extract import candidates
    from allegedly.extract.context import Context
    from allegedly.extract.features import features

    X, y = [], []
    for k, (doc, g) in enumerate(zip(docs, gold)):
        toks = S.Tokens(doc.text)
        gt = [{r: toks.covered(a[r]) for r in S.ROLES} for a in g]
        ctx = Context.of(doc, tags[k] if tags else None)
        for f in candidates(ctx):
            X.append({k: 1 for k in features(ctx, f)})
            y.append(label(S, toks, gt, f))
    return X, y


def score_split(S, docs, gold, threshold: float, model: dict, tags=None, lexicon_threshold: float | None = None) -> dict:
    from allegedly.extract import find_attributions

    c = defaultdict(int)
    for k, (doc, g) in enumerate(zip(docs, gold)):
        found = find_attributions(doc, threshold, model, tags[k] if tags else None, lexicon_threshold=lexicon_threshold)
        pred = [{"cue": [f.cue], "source": [f.source] if f.source else [], "content": [f.content]} for f in found]
        S.score_article(doc.text, g, pred, c)
    rows = {}
    for k in ("attr", "attr+src"):
        rows[k] = S.f1(c["rel", k, "tp"], c["rel", k, "pred"], c["rel", k, "gold"])[2] * 100
    return rows


def parse(nlp, texts: list[str], cache: Path | None, processes: int = 1):
    from spacy.tokens import DocBin

    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(nlp.pipe(texts, batch_size=16, n_process=processes))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs


def out_of_fold_tags(docs, work: Path, oof: Path) -> list:
    """Per-token tagger probabilities for train, from the fold models that never saw each
    article (scripts/train_encoder.py): the ranker must learn from honest predictions."""
    import numpy as np

    data = np.load(work / "train.npz")
    probs = np.load(oof)["probs"].astype(np.float32)
    tags = [np.zeros((len(d), probs.shape[1]), dtype=np.float32) for d in docs]
    owner, starts = data["owner"], data["starts"]
    for w, k in enumerate(data["doc"]):
        s, e = starts[w], starts[w + 1]
        # a token takes its first piece's probabilities, as Encoder.tag does
        for j in range(e - 1, s - 1, -1):
            tags[k][owner[j]] = probs[j]
    return tags


def encoder_tags(docs, cache: Path | None) -> list:
    """The shipped encoder's probabilities, computed as at run time (numpy)."""
    import numpy as np

    from allegedly.extract import encoder

    if cache is not None and cache.exists():
        saved = np.load(cache)
        if len(saved.files) == len(docs):
            return [saved[f"d{k}"] for k in range(len(docs))]
    enc = encoder.load()
    tags = [enc.tag(d) for d in docs]
    if cache is not None:
        np.savez_compressed(cache, **{f"d{k}": t for k, t in enumerate(tags)})
    return tags


def with_vectors(nlp, docs) -> list:
    """Docs with their tok2vec vectors: a Doc read back from the cache keeps its parse but
    not its vectors (DocBin does not store them), and the tagger reads them."""
    tok2vec = nlp.get_pipe("tok2vec")
    for d in docs:
        if not d.tensor.size:
            tok2vec(d)
    return docs


def tagger_tags(nlp, docs) -> list:
    """The shipped small tagger's probabilities, as at run time."""
    from allegedly.extract import tagger

    small = tagger.load()
    return [small.tag(d) for d in with_vectors(nlp, docs)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--C", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--limit", type=int, default=0, help="train on the first N train articles only (for tests)")
    ap.add_argument("--cache", type=Path, help="keep the parsed corpora here between runs (outside the repo)")
    ap.add_argument("--encoder-work", type=Path, help="accurate mode: train_encoder.py's prepare folder")
    ap.add_argument("--encoder-oof", type=Path, help="accurate mode: train_encoder.py fit's train_oof.npz")
    ap.add_argument("--tagger-oof", type=Path, help="train_tagger.py's out-of-fold tags for train (.npz)")
    a = ap.parse_args()
    accurate = a.encoder_oof is not None
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from allegedly.pipeline import load

    S = load_scorer(a.shared)
    nlp = load()
    t0 = time.time()
    train = corpus(S, a.shared / "data/polnear/train")
    if a.limit:
        train = train[: a.limit]
    dev = corpus(S, a.shared / "data/polnear/dev")
    train_docs = parse(nlp, [t for _, t, _ in train], a.cache and a.cache / "train.spacy")
    dev_docs = parse(nlp, [t for _, t, _ in dev], a.cache and a.cache / "dev.spacy")
    print(f"parsed {len(train_docs)} train and {len(dev_docs)} dev articles in {time.time() - t0:.0f} s", flush=True)

    train_tags = dev_tags = None
    if accurate:
        if a.out == DEFAULT_OUT:
            a.out = a.out.with_name("ranker_accurate.json")
        train_tags = out_of_fold_tags(train_docs, a.encoder_work, a.encoder_oof)
        t1 = time.time()
        dev_tags = encoder_tags(dev_docs, a.cache and a.cache / "dev_tags.npz")
        print(f"tagged dev with the encoder in {time.time() - t1:.0f} s", flush=True)
    elif a.tagger_oof is not None:
        import numpy as np

        saved = np.load(a.tagger_oof)
        train_tags = [saved[f"d{k}"].astype(np.float32) for k in range(len(train_docs))]
        dev_tags = tagger_tags(nlp, dev_docs)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    X, y = examples(S, train_docs, [g for _, _, g in train], train_tags)
    print(f"{len(y)} train candidates, {sum(y)} of them attributions", flush=True)
    vec = DictVectorizer()
    model = LogisticRegression(C=a.C, solver="liblinear", max_iter=2000, random_state=a.seed)
    matrix = vec.fit_transform(X).tocsr()
    matrix.indices = matrix.indices.astype("int32")  # liblinear takes 32-bit indices only
    matrix.indptr = matrix.indptr.astype("int32")
    model.fit(matrix, y)
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-4}
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 5)

    payload = {
        "about": "Attribution ranker for allegedly: logistic regression over extract/features.py, trained on PolNeAR train by scripts/train_ranker.py. Weights only; no corpus text.",
        "trained_on": f"PolNeAR train ({len(train)} articles)",
        "C": a.C,
        "seed": a.seed,
        "threshold": 0.5,
        "tags": "encoder" if accurate else "tagger" if train_tags is not None else "none",
        "weights": weights,
    }
    best = None
    for th in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        rows = score_split(S, dev_docs, [g for _, _, g in dev], th, payload, dev_tags)
        print(f"threshold {th:.2f}: dev attr {rows['attr']:.1f}  attr+src {rows['attr+src']:.1f}", flush=True)
        if best is None or rows["attr+src"] > best[1]["attr+src"]:
            best = (th, rows)
    payload["threshold"] = best[0]
    lexicon_best = (best[0], best[1])
    for low in (0.05, 0.1, 0.15):
        lth = round(best[0] - low, 2)
        rows = score_split(S, dev_docs, [g for _, _, g in dev], best[0], payload, dev_tags, lth)
        print(f"lexicon threshold {lth:.2f}: dev attr {rows['attr']:.1f}  attr+src {rows['attr+src']:.1f}", flush=True)
        if rows["attr+src"] > lexicon_best[1]["attr+src"]:
            lexicon_best = (lth, rows)
    payload["lexicon_threshold"] = lexicon_best[0]
    best = (best[0], lexicon_best[1])
    a.out.write_text(json.dumps(payload, indent=0, sort_keys=True), encoding="utf-8")
    n_check = min(200, len(train_docs))
    train_rows = score_split(S, train_docs[:n_check], [g for _, _, g in train][:n_check], best[0], payload, train_tags and train_tags[:n_check], payload["lexicon_threshold"])
    print(f"{len(weights)} weights, {a.out.stat().st_size / 1024:.0f} KB -> {a.out}")
    print(f"train (first {n_check} articles) attr+src {train_rows['attr+src']:.1f}: the dev-to-train gap")
    payload["dev"] = {"rel.attr": round(best[1]["attr"], 1), "rel.attr+src": round(best[1]["attr+src"], 1)}
    a.out.write_text(json.dumps(payload, indent=0, sort_keys=True), encoding="utf-8")
    print(f"dev relation attr+src F1 = {best[1]['attr+src']:.1f} at threshold {best[0]} (lexicon {payload['lexicon_threshold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
