"""Train how far a cue reaches (extract/extent.py) on PolNeAR train; pick its cut on dev.

    python scripts/train_cue_extent.py [--shared ../shared] [--cache DIR] [--tagger-oof OOF.npz]

The default mode runs over every train article as it does at run time (rules, tagger,
ranker). Each attribution it keeps that the shared scorer pairs with a gold one (the cue
overlaps, the content has token-F1 >= 0.5) is a lesson: its cue grows word by word, left then
right, exactly as extent.walk does at run time, and each word it is offered is labelled by
whether the gold cue holds it (the walk stops at the first word it does not). A logistic
regression over extent.token_features learns the decision. The cut is chosen on dev by
token cue F1 under the shared scorer; the script ends by printing it. Deterministic
(liblinear, fixed seed, sorted inputs). Needs the [train] extra (scikit-learn).

The tags are the shipped tagger's (in-sample on train) unless --tagger-oof gives
train_tagger.py's out-of-fold ones; --no-tags trains without the tag feature.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from train_ranker import corpus, load_scorer, parse, tagger_tags  # noqa: E402

DEFAULT_OUT = ROOT / "src/allegedly/models/cue_extent.json"


def pairs(S, text: str, gold: list, found: list) -> dict[int, int]:
    """Finding index -> gold index, paired as the shared scorer pairs them."""
    toks = S.Tokens(text)
    gt = [{r: toks.covered(a[r]) for r in S.ROLES} for a in gold]
    pt = [{"cue": toks.covered([f.cue]), "content": toks.covered([f.content])} for f in found]
    cand = []
    for i, p in enumerate(pt):
        for j, g in enumerate(gt):
            if not (p["cue"] & g["cue"]) or not g["content"] or not p["content"]:
                continue
            cf = 2 * len(p["content"] & g["content"]) / (len(p["content"]) + len(g["content"]))
            if cf >= 0.5:
                cand.append((cf, i, j))
    out, used = {}, set()
    for _cf, i, j in sorted(cand, reverse=True):
        if i in out or j in used:
            continue
        out[i] = j
        used.add(j)
    return out


def lessons(S, docs, data, tags, found_all) -> tuple[list[dict], list[int]]:
    from allegedly.extract import extent
    from allegedly.extract.context import Context

    X, y = [], []
    for k, (doc, (_n, text, gold)) in enumerate(zip(docs, data)):
        ctx = Context.of(doc, tags[k] if tags else None)
        found = found_all[k]
        for i, j in sorted(pairs(S, text, gold, found).items()):
            f = found[i]
            if f.stage in extent.KEEP_STAGES or not gold[j]["cue"]:
                continue
            (gs, ge) = gold[j]["cue"][0]
            inside = {t.i for t in doc if t.idx < ge and gs < t.idx + len(t.text)}

            def teach(feats, _cue, i_, inside=inside):
                X.append({name: 1 for name in feats})
                y.append(int(i_ in inside))
                return i_ in inside

            extent.walk(ctx, f, teach)
    return X, y


def run(docs, tags, model_dict):
    from allegedly.extract import find_attributions, ranker

    rk = ranker.load(ranker.MODEL)
    return [find_attributions(d, None, rk, tags[k] if tags else None, widen=False) for k, d in enumerate(docs)]


def score(S, docs, data, tags, found_all, model: dict | None) -> dict:
    from allegedly.extract import extent
    from allegedly.extract.context import Context

    c = defaultdict(int)
    for k, (doc, (_n, text, gold)) in enumerate(zip(docs, data)):
        found = found_all[k]
        if model is not None:
            found = extent.extend(Context.of(doc, tags[k] if tags else None), found, model)
        pred = [{"cue": [f.wide_cue or f.cue], "source": [f.source] if f.source else [], "content": [f.content]} for f in found]
        S.score_article(text, gold, pred, c)
    return {
        "tok.cue": S.f1(c["tok", "cue", "tp"], c["tok", "cue", "pred"], c["tok", "cue", "gold"]),
        "exact.cue": S.f1(c["exact", "cue", "tp"], c["exact", "cue", "pred"], c["exact", "cue", "gold"]),
        "attr+src": S.f1(c["rel", "attr+src", "tp"], c["rel", "attr+src", "pred"], c["rel", "attr+src", "gold"]),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--cache", type=Path, help="keep parsed corpora, tags and findings here between runs")
    ap.add_argument("--tagger-oof", type=Path, help="train_tagger.py's out-of-fold tags for train (.npz)")
    ap.add_argument("--no-tags", action="store_true", help="leave the tag feature out")
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from allegedly.pipeline import load

    S = load_scorer(a.shared)
    nlp = load()
    t0 = time.time()
    splits = {}
    for split in ("train", "dev"):
        data = corpus(S, a.shared / f"data/polnear/{split}")
        docs = parse(nlp, [t for _, t, _ in data], a.cache and a.cache / f"{split}.spacy")
        tags_path = a.cache and a.cache / f"{split}_tag.npz"
        if split == "train" and a.tagger_oof is not None:
            saved = np.load(a.tagger_oof)
            tags = [saved[f"d{k}"] for k in range(len(docs))]
        elif tags_path is not None and tags_path.exists():
            saved = np.load(tags_path)
            tags = [saved[f"d{k}"] for k in range(len(docs))]
        else:
            tags = tagger_tags(nlp, docs)
            if tags_path is not None:
                np.savez_compressed(tags_path, **{f"d{k}": t for k, t in enumerate(tags)})
        found_path = a.cache and a.cache / f"{split}_found.pkl"
        if found_path is not None and found_path.exists():
            found = pickle.loads(found_path.read_bytes())
        else:
            found = run(docs, tags, None)
            if found_path is not None:
                found_path.write_bytes(pickle.dumps(found))
        splits[split] = (data, docs, tags, found)
        print(f"{split}: {len(docs)} articles parsed, tagged and analysed ({time.time() - t0:.0f} s)", flush=True)

    data, docs, tags, found = splits["train"]
    use_tags = None if a.no_tags else tags
    X, y = lessons(S, docs, data, use_tags, found)
    print(f"{len(y)} lessons, {sum(y)} of them words in the cue", flush=True)
    vec = DictVectorizer()
    matrix = vec.fit_transform(X).tocsr()
    matrix.indices = matrix.indices.astype("int32")
    matrix.indptr = matrix.indptr.astype("int32")
    lr = LogisticRegression(C=a.C, solver="liblinear", max_iter=2000, random_state=a.seed).fit(matrix, y)
    weights = {n: round(float(w), 5) for n, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if abs(w) >= 1e-4}
    weights["bias"] = round(weights.get("bias", 0.0) + float(lr.intercept_[0]), 5)
    payload = {
        "about": "How far a cue reaches, for allegedly: logistic regression over extract/extent.py's token features, trained on PolNeAR train by scripts/train_cue_extent.py. Weights only; no corpus text.",
        "trained_on": f"PolNeAR train ({len(docs)} articles, {len(y)} lessons)",
        "C": a.C,
        "tags": "none" if a.no_tags else "tagger",
        "threshold": 0.5,
        "weights": weights,
    }
    data, docs, tags, found = splits["dev"]
    dev_tags = None if a.no_tags else tags
    base = score(S, docs, data, dev_tags, found, None)
    print(f"dev without: token cue F1 {base['tok.cue'][2] * 100:.1f} (P {base['tok.cue'][0] * 100:.1f} R {base['tok.cue'][1] * 100:.1f}), attr+src {base['attr+src'][2] * 100:.1f}")
    best = None
    for th in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
        payload["threshold"] = th
        rows = score(S, docs, data, dev_tags, found, payload)
        print(f"threshold {th:.2f}: dev token cue F1 {rows['tok.cue'][2] * 100:.1f} (P {rows['tok.cue'][0] * 100:.1f} R {rows['tok.cue'][1] * 100:.1f}), exact cue {rows['exact.cue'][2] * 100:.1f}, attr+src {rows['attr+src'][2] * 100:.1f}", flush=True)
        if best is None or rows["tok.cue"][2] > best[1]["tok.cue"][2]:
            best = (th, rows)
    payload["threshold"] = best[0]
    payload["dev"] = {"tok.cue": round(best[1]["tok.cue"][2] * 100, 1)}
    a.out.write_text(json.dumps(payload, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(weights)} weights, {a.out.stat().st_size / 1024:.0f} KB -> {a.out}")
    print(f"dev token cue F1 = {best[1]['tok.cue'][2] * 100:.1f} at threshold {best[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
