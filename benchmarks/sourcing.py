"""The sourcing fields on real rumour stories we annotated by hand (issues 10 and 11).

    python benchmarks/sourcing.py                 # the figures
    python benchmarks/sourcing.py --json          # the same as JSON
    python benchmarks/sourcing.py --show speaker  # each disagreement on one field, with text

benchmarks/fnc_annotations.jsonl holds, per FNC-1 training body (../shared/data/fnc/
train_bodies.csv), every attribution as character offsets and labels, annotated under
docs/annotation-guideline.md; no body text is stored, only offsets, labels and speaker names.

Scoring (docs/annotation-guideline.md, section 10): each body is analysed raw, so offsets
agree. A prediction and a gold attribution match when their cue spans overlap; pairs are
taken largest overlap first (then in text order), each attribution in at most one pair.
found = matched gold / gold; precision = matched predictions / predictions. On matched pairs:
source and channel are right when both are null or both spans overlap; speaker when the
names agree (lower case, full stops, a leading article and a trailing "'s" removed; or one
name is a single word equal to the other's last word); a null gold speaker (the text does not say
who) is right against no speaker or against the source's own words left unresolved (or an
entity the engine left unnamed that agrees with them by the name rule: "a well-placed source"
for "the source");
source_type, certainty, evidence and stance when the labels are equal. all_right is the share
of gold attributions found with all seven fields right.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "fnc_annotations.jsonl"
SHARED = Path(os.environ.get("ALLEGEDLY_SHARED", HERE.parent.parent / "shared"))
BODIES = SHARED / "data" / "fnc" / "train_bodies.csv"
FIELDS = ("source", "speaker", "source_type", "certainty", "evidence", "stance", "channel")
LABELS = {
    "source_type": ("person", "organization", "outlet", "document", "anonymous", "unattributed"),
    "certainty": ("asserted", "hedged", "speculative"),
    "evidence": ("none_provided", "cited", "unstated"),
    "stance": ("asserts", "denies"),
}

Span = tuple[int, int]


def load_bodies(path: Path = BODIES) -> dict[int, str]:
    """Body id -> articleBody, exactly as the csv module reads it."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return {int(r["Body ID"]): r["articleBody"] for r in csv.DictReader(fh)}


def load_annotations(path: Path = ANNOTATIONS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _overlap(a: Span | None, b: Span | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _spans_agree(gold: Span | None, pred: Span | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return _overlap(gold, pred) > 0


_ARTICLES = frozenset({"a", "an", "the", "one", "another"})


def _norm(name: str) -> str:
    n = name.lower().replace("’", "'").replace(".", "").strip()
    for article in ("the ", "a ", "an "):
        n = n.removeprefix(article)
    n = n.removesuffix("'s")
    return " ".join(n.split())


def speaker_agrees(gold: str | None, pred: str | None, pred_source: str | None = None, pred_unnamed: bool = False) -> bool:
    """Equal after normalising, or one is a single word that is the other's last word. A
    null gold (the text does not say who) is right against no speaker, or against an entity
    that is only the source's own words left unresolved ("officials" for "officials"), or,
    where the engine left the entity unnamed (pred_unnamed), one that agrees with them by
    the same rule ("a well-placed source" for "the source" after it: still no one named;
    not a name, "Supreme Court" for "the court")."""
    if gold is None:
        if pred is None or pred_source is not None and _norm(pred) == _norm(pred_source):
            return True
        return pred_unnamed and pred_source is not None and speaker_agrees(pred_source, pred)
    if pred is None:
        return False
    g, p = _norm(gold), _norm(pred)
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    return bool(gw and pw) and ((len(gw) == 1 and pw[-1] == gw[0]) or (len(pw) == 1 and gw[-1] == pw[0]))


def predictions(text: str) -> list[dict[str, Any]]:
    """The engine's attributions on one body, as plain dicts shaped like the gold ones."""
    import allegedly

    report = allegedly.analyze(text, options=allegedly.Options(raw=True, check_language=False))
    names = {e.id: e.name for e in report.entities}
    # an entity the engine could not name: its own description ('a well-placed source')
    unnamed = {e.id for e in report.entities if e.type == "other" and e.name.split()[:1] and e.name.split()[0].lower() in _ARTICLES}

    def sp(s: Any) -> Span | None:
        return (s.start, s.end) if s is not None else None

    return [
        {
            "cue": sp(a.cue),
            "source": sp(a.source),
            "content": sp(a.content),
            "speaker": names.get(a.speaker) if a.speaker else None,
            "source_text": a.source.text if a.source is not None else None,
            "speaker_unnamed": a.speaker in unnamed,
            "source_type": a.source_type,
            "certainty": a.certainty,
            "evidence": a.evidence,
            "stance": a.stance,
            "channel": sp(a.channel),
        }
        for a in report.attributions
        if a.cue is not None
    ]


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs whose cues overlap, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(tuple(g["cue"]), p["cue"])
            if ov > 0:
                pairs.append((-ov, g["cue"][0], p["cue"][0], gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, _, gi, pi in sorted(pairs):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


def field_right(name: str, g: dict[str, Any], p: dict[str, Any]) -> bool:
    if name in ("source", "channel"):
        return _spans_agree(tuple(g[name]) if g[name] else None, p[name])
    if name == "speaker":
        return speaker_agrees(g["speaker"], p["speaker"], p.get("source_text"), p.get("speaker_unnamed", False))
    return g[name] == p[name]


def evaluate(
    annotations: list[dict[str, Any]] | None = None,
    bodies: dict[int, str] | None = None,
    show: str | None = None,
    out=sys.stdout,
) -> dict[str, Any]:
    """Figures in [0, 1] (and counts) over the annotated bodies; with show, print each
    disagreement on that field ("missed" and "extra" for attributions found or not)."""
    annotations = load_annotations() if annotations is None else annotations
    bodies = load_bodies() if bodies is None else bodies
    import allegedly

    n_gold = n_pred = n_match = n_all = 0
    failed: list[int] = []
    right = dict.fromkeys(FIELDS, 0)
    for item in annotations:
        text = bodies[item["body_id"]]
        gold = item["attributions"]
        try:
            pred = predictions(text)
        except allegedly.AllegedlyError as err:  # counted as nothing found, and said
            print(f"sourcing: body {item['body_id']}: {err}", file=sys.stderr)
            failed.append(item["body_id"])
            pred = []
        pairs = match(gold, pred)
        n_gold += len(gold)
        n_pred += len(pred)
        n_match += len(pairs)
        for gi, pi in pairs:
            ok = {f: field_right(f, gold[gi], pred[pi]) for f in FIELDS}
            for f, v in ok.items():
                right[f] += v
            n_all += all(ok.values())
            if show in FIELDS and not ok[show]:
                _print_pair(out, item["body_id"], text, show, gold[gi], pred[pi])
        if show in ("missed", "extra"):
            taken = {gi for gi, _ in pairs} if show == "missed" else {pi for _, pi in pairs}
            rows = gold if show == "missed" else pred
            for i, a in enumerate(rows):
                if i not in taken:
                    _print_one(out, item["body_id"], text, show, a)
    figures: dict[str, Any] = {
        "bodies": len(annotations),
        "failed": len(failed),
        "gold": n_gold,
        "predicted": n_pred,
        "matched": n_match,
        "found": n_match / n_gold if n_gold else 0.0,
        "precision": n_match / n_pred if n_pred else 0.0,
    }
    for f in FIELDS:
        figures[f] = right[f] / n_match if n_match else 0.0
    figures["all_right"] = n_all / n_gold if n_gold else 0.0
    return figures


def _text(text: str, span: Any) -> str | None:
    return text[span[0] : span[1]] if span else None


def _value(text: str, a: dict[str, Any], name: str) -> Any:
    return _text(text, a[name]) if name in ("source", "channel") else a[name]


def _context(text: str, cue: Any) -> str:
    s = max(0, cue[0] - 120)
    return " ".join(text[s : cue[1] + 80].split())


def _print_pair(out, body_id: int, text: str, name: str, g: dict[str, Any], p: dict[str, Any]) -> None:
    print(f"[{body_id}] cue {_text(text, g['cue'])!r}: gold {_value(text, g, name)!r}, engine {_value(text, p, name)!r}", file=out)
    print(f"    ... {_context(text, g['cue'])} ...", file=out)


def _print_one(out, body_id: int, text: str, what: str, a: dict[str, Any]) -> None:
    print(f"[{body_id}] {what}: cue {_text(text, a['cue'])!r} source {_text(text, a['source'])!r}", file=out)
    print(f"    ... {_context(text, a['cue'])} ...", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--show", choices=FIELDS + ("missed", "extra"), help="print disagreements on one field")
    ap.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    ap.add_argument("--bodies", type=Path, default=BODIES)
    args = ap.parse_args(argv)
    if not args.bodies.exists():
        print(f"sourcing: {args.bodies} not found (the shared FNC-1 bodies)", file=sys.stderr)
        return 2
    fig = evaluate(load_annotations(args.annotations), load_bodies(args.bodies), show=args.show)
    if args.json:
        print(json.dumps(fig, indent=2))
    elif not args.show:
        print(f"{fig['bodies']} bodies ({fig['failed']} failed), {fig['gold']} annotated attributions, {fig['predicted']} predicted, {fig['matched']} matched")
        print(f"  found (recall)  {fig['found']:.3f}")
        print(f"  precision       {fig['precision']:.3f}")
        print("  on those found:")
        for f in FIELDS:
            print(f"    {f:<12} {fig[f]:.3f}")
        print(f"  all fields right, of all annotated: {fig['all_right']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
