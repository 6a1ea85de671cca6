"""Trace: the story that carries a claim, found from a wording of it, as a timeline."""

from __future__ import annotations

from typing import Any

import numpy as np

from .matching import tfidf
from .signatures import content_words


def find_story(claim: str, stories: list[dict[str, Any]], min_score: float = 0.2) -> tuple[dict[str, Any] | None, float]:
    """The story whose claim and headlines are closest to the words given (TF-IDF cosine
    over all the stories' headlines), with its score; (None, best) below min_score."""
    query = content_words(claim)
    if not query or not stories:
        return None, 0.0
    docs: list[list[str]] = []
    owner: list[int] = []
    for k, s in enumerate(stories):
        for text in [s["claim"]] + [a["title"] or "" for a in s["articles"]]:
            docs.append(content_words(text))
            owner.append(k)
    x = tfidf(docs + [query])
    sims = np.asarray((x[:-1] @ x[-1].T).todense()).ravel()
    best = int(sims.argmax())
    score = float(sims[best])
    return (stories[owner[best]], score) if score >= min_score else (None, score)


def timeline_rows(story: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per event, in time order: each article (with its headline's stance and how
    hedged its claim is), each citation of another outlet, each denial."""
    steps = {t["article"]: t for t in story["drift"]["timeline"]}
    rows = []
    cites: dict[str, list[dict[str, Any]]] = {}
    for c in story["citations"]:
        cites.setdefault(c["article"], []).append(c)
    denials: dict[str, list[dict[str, Any]]] = {}
    for d in story["denials"]:
        denials.setdefault(d["article"], []).append(d)
    marks: dict[str, list[str]] = {}
    for key, label in (("first_reported", "first reported"), ("first_asserted", "first stated as fact"),
                       ("first_unhedged", "first without a hedge"), ("first_denied", "first denial")):
        hit = story["drift"].get(key)
        if hit:
            marks.setdefault(hit["article"], []).append(label)
    for a in story["articles"]:
        t = steps.get(a["id"], {})
        rows.append({
            "published": a["published"], "outlet": a["outlet"], "article": a["id"], "title": a["title"],
            "headline_stance": a["headline_stance"], "hedged": t.get("hedged", 0), "attributions": t.get("attributions", 0),
            "hedges": t.get("hedges", []), "cites": list(dict.fromkeys(c["from"] for c in cites.get(a["id"], []))),
            "denials": [d["who"] for d in denials.get(a["id"], [])], "marks": marks.get(a["id"], []),
        })
    return rows


def timeline_renderable(story: dict[str, Any]):
    """A rich Table of the story's timeline (for the terminal)."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(f"{story['claim']}  ({len(story['articles'])} articles, first seen {story['first_seen'] or 'unknown'})"),
                  show_lines=False, expand=False)
    for col in ("when", "outlet", "headline", "stance", "hedged", "cites", "notes"):
        table.add_column(col, overflow="fold")
    styles = {"asserts": "bold red", "reports": "yellow", "refutes": "green"}
    for r in timeline_rows(story):
        stance = r["headline_stance"] or "–"
        notes = list(r["marks"])
        if r["denials"]:
            notes.append("denied by " + ", ".join(r["denials"]))
        table.add_row(
            escape(r["published"] or "?"), escape(r["outlet"] or "?"), escape(r["title"] or r["article"]),
            f"[{styles.get(stance, '')}]{escape(stance)}[/]" if stance in styles else escape(stance),
            f"{r['hedged']}/{r['attributions']}" + (f" ({escape(', '.join(r['hedges']))})" if r["hedges"] else ""),
            escape(", ".join(r["cites"])) or "–", escape("; ".join(notes)),
        )
    return table


def timeline_text(story: dict[str, Any]) -> str:
    """The same timeline as plain lines (no colour), for pipes and tests."""
    lines = [f"{story['claim']}", f"  {len(story['articles'])} articles, first seen {story['first_seen'] or 'unknown'}"]
    for r in timeline_rows(story):
        bits = [r["published"] or "?", r["outlet"] or "?", r["headline_stance"] or "-", f"hedged {r['hedged']}/{r['attributions']}"]
        line = "  " + " | ".join(bits) + f" | {r['title'] or r['article']}"
        if r["cites"]:
            line += f" | cites {', '.join(r['cites'])}"
        if r["denials"]:
            line += f" | denied by {', '.join(r['denials'])}"
        if r["marks"]:
            line += f" | {'; '.join(r['marks'])}"
        lines.append(line)
    return "\n".join(lines)
