"""Headline stance on the Emergent train headlines, cross-validated by claim.

    python benchmarks/headline_stance.py [--shared ../shared] [--folds 5]

The headlines of one claim are near duplicates, so folds are grouped by claimId (sklearn's
GroupKFold): every fold's model is trained, by scripts/train_headline_stance.py's own fit(),
on headlines of other claims only. Prints accuracy and macro-F1 over the pooled out-of-fold
predictions, per-class figures and the confusion matrix; also the rule baseline (markers
alone: refute word -> refutes, source or hedge marker or question -> reports, else asserts).
Targets (issue 11): accuracy >= 0.80, macro-F1 >= 0.70.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _trainer():
    spec = importlib.util.spec_from_file_location("train_headline_stance", ROOT / "scripts/train_headline_stance.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _predict(model: dict, headline: str) -> str:
    from allegedly.sourcing import headline_stance as hs

    scores = list(model["bias"])
    for f in hs.features(headline):
        w = model["weights"].get(f)
        if w is not None:
            scores = [s + x for s, x in zip(scores, w)]
    return model["classes"][max(range(len(scores)), key=scores.__getitem__)]


def _rules(headline: str) -> str:
    from allegedly.sourcing import headline_stance as hs

    f = set(hs.features(headline))
    if "m=refute" in f:
        return "refutes"
    if {"m=source", "m=hedge", "shape=question", "shape=lead_source"} & f:
        return "reports"
    return "asserts"


def report(name: str, gold: list[str], pred: list[str], classes) -> dict[str, float]:
    from sklearn.metrics import (
        accuracy_score,
        confusion_matrix,
        f1_score,
        precision_recall_fscore_support,
    )

    acc = accuracy_score(gold, pred)
    macro = f1_score(gold, pred, labels=list(classes), average="macro")
    print(f"{name}: accuracy {acc:.3f}  macro-F1 {macro:.3f}")
    p, r, f, n = precision_recall_fscore_support(gold, pred, labels=list(classes), zero_division=0)
    for c, pi, ri, fi, ni in zip(classes, p, r, f, n):
        print(f"  {c:8s} P {pi:.3f} R {ri:.3f} F1 {fi:.3f} (n={ni})")
    print("  confusion (rows gold, columns predicted, order " + ", ".join(classes) + "):")
    for c, row in zip(classes, confusion_matrix(gold, pred, labels=list(classes))):
        print(f"    {c:8s} " + " ".join(f"{v:5d}" for v in row))
    return {"accuracy": acc, "macro_f1": macro}


def main(argv: list[str] | None = None) -> int:
    from sklearn.model_selection import GroupKFold

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args(argv)
    T = _trainer()
    rows = T.load(args.shared)
    gold = [r["stance"] for r in rows]
    pred = [""] * len(rows)
    groups = [r["claim"] for r in rows]
    for train, test in GroupKFold(n_splits=args.folds).split(rows, gold, groups):
        model = T.fit([rows[i] for i in train])
        for i in test:
            pred[i] = _predict(model, rows[i]["headline"])
    print(f"Emergent train: {len(rows)} headlines, {len(set(groups))} claims, {args.folds}-fold CV grouped by claimId")
    res = report("model (out of fold)", gold, pred, T.CLASSES)
    report("rules alone", gold, [_rules(r["headline"]) for r in rows], T.CLASSES)
    ok = res["accuracy"] >= 0.80 and res["macro_f1"] >= 0.70
    print("targets (accuracy >= 0.80, macro-F1 >= 0.70):", "met" if ok else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
