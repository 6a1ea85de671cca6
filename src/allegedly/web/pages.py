"""Stories drawn as markup: the timeline and the citation graph as SVG, and one
self-contained HTML page for `allegedly stories --format html`. Every piece of text from an
article goes through html.escape; nothing here loads anything from outside."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

STANCE_FILL = {"asserts": "#c62828", "reports": "#f9a825", "refutes": "#2e7d32"}
STANCE_SHAPE = {"asserts": "square", "reports": "circle", "refutes": "diamond"}  # not colour alone


def _t(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


def _short(s: str | None, n: int = 28) -> str:
    s = s or "?"
    return s if len(s) <= n else s[: n - 1] + "…"


def _mark(x: float, y: float, stance: str | None) -> str:
    fill = STANCE_FILL.get(stance or "", "#777")
    shape = STANCE_SHAPE.get(stance or "", "circle")
    if shape == "square":
        return f'<rect x="{x - 7:.1f}" y="{y - 7:.1f}" width="14" height="14" fill="{fill}"/>'
    if shape == "diamond":
        return f'<polygon points="{x:.1f},{y - 9:.1f} {x + 9:.1f},{y:.1f} {x:.1f},{y + 9:.1f} {x - 9:.1f},{y:.1f}" fill="{fill}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="7" fill="{fill}"/>'


def timeline_svg(story: dict[str, Any], width: int = 900) -> str:
    """Articles in time order along an axis, one row each: the mark's shape and colour say
    the headline's stance; a hedge count and a denial flag follow the outlet's name."""
    arts = story["articles"]
    steps = {t["article"]: t for t in story["drift"]["timeline"]}
    times = [_t(a["published"]) for a in arts]
    known = [t for t in times if t is not None]
    lo, hi = (min(known), max(known)) if known else (0.0, 1.0)
    span = (hi - lo) or 1.0
    row, left, axis_w = 26, 20, width // 2
    height = 40 + row * len(arts)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="timeline of the story" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
           f'<line x1="{left}" y1="20" x2="{left + axis_w}" y2="20" stroke="#555"/>',
           f'<text x="{left}" y="14" font-size="11">{escape(_short(arts[0]["published"] if arts else "", 25))}</text>' if arts else ""]
    if known and hi > lo:
        out.append(f'<text x="{left + axis_w}" y="14" font-size="11" text-anchor="end">{escape(_short(max((a["published"] or "") for a in arts), 25))}</text>')
    for k, (a, t) in enumerate(zip(arts, times)):
        y = 40 + row * k
        x = left + (axis_w * (t - lo) / span if t is not None else axis_w)
        step = steps.get(a["id"], {})
        notes = [a["headline_stance"] or "stance unknown"]
        if step.get("hedged"):
            notes.append(f"{step['hedged']} hedged")
        if step.get("denied"):
            notes.append("carries a denial")
        out.append(f'<g class="event" data-article="{escape(a["id"])}"><title>{escape(a["title"] or a["id"])}</title>'
                   f'<line x1="{left}" y1="{y}" x2="{left + axis_w}" y2="{y}" stroke="#eee"/>{_mark(x, y, a["headline_stance"])}'
                   f'<text x="{left + axis_w + 16}" y="{y + 4}" font-size="13">{escape(_short(a["outlet"] or a["id"], 30))} · {escape(", ".join(notes))}</text></g>')
    out.append("</svg>")
    return "".join(out)


def citations_svg(story: dict[str, Any], width: int = 900) -> str:
    """The citation graph: outlets as boxes in the order they first appear (cited or
    citing), an arrow from each cited outlet to the outlet that relayed it."""
    order: list[str] = []
    for a in story["articles"]:
        for c in story["citations"]:
            if c["article"] == a["id"] and c["from"] not in order:
                order.append(c["from"])
        if (a["outlet"] or a["id"]) not in order:
            order.append(a["outlet"] or a["id"])
    edges = sorted({(c["from"], c["to"]) for c in story["citations"]})
    if not edges:
        return '<p class="empty">No outlet cites another in this story.</p>'
    used = [o for o in order if any(o in e for e in edges)]
    col_w, box_h, gap = 170, 30, 26
    per_row = max(1, width // (col_w + gap))
    pos = {o: ((k % per_row) * (col_w + gap) + 10, (k // per_row) * (box_h + 60) + 10) for k, o in enumerate(used)}
    height = ((len(used) - 1) // per_row + 1) * (box_h + 60) + 10
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" class="citations" role="img" aria-label="which outlet cited which" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#0b5394"/></marker></defs>']
    for src, dst in edges:
        (x1, y1), (x2, y2) = pos[src], pos[dst]
        out.append(f'<line x1="{x1 + col_w / 2:.0f}" y1="{y1 + box_h:.0f}" x2="{x2 + col_w / 2:.0f}" y2="{y2:.0f}" stroke="#0b5394" stroke-width="1.5" marker-end="url(#arrow)"><title>{escape(dst)} cites {escape(src)}</title></line>')
    for o, (x, y) in pos.items():
        out.append(f'<g class="outlet"><rect x="{x}" y="{y}" width="{col_w}" height="{box_h}" rx="5" fill="#eef4fb" stroke="#0b5394"/>'
                   f'<text x="{x + 8}" y="{y + 20}" font-size="12">{escape(_short(o, 24))}</text></g>')
    out.append("</svg>")
    return "".join(out)


def drift_lines(story: dict[str, Any]) -> list[str]:
    """Plain sentences: who first reported, stated as fact, dropped the hedge, denied."""
    d = story["drift"]
    labels = (("first_reported", "First reported (through a source or a hedge)"), ("first_asserted", "First stated as fact after being reported"),
              ("first_unhedged", "First carried without a hedge"), ("first_denied", "First denial"))
    lines = [f"{label}: {hit['outlet'] or hit['article']}, {hit['published'] or 'date unknown'}" for key, label in labels if (hit := d.get(key))]
    lines.append("Headline stances: " + ", ".join(f"{k} {v}" for k, v in sorted(d["stances"].items())))
    for den in story["denials"]:
        lines.append(f"Denied by {den['who']} in {den['outlet'] or den['article']} ({den['published'] or 'date unknown'}); "
                     f"carried by {len(den['carried_by'])} later article(s), not by {len(den['not_carried_by'])}")
    return lines


_CSS = """body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#222}
section{border-top:1px solid #ccc;margin-top:1.5rem}table{border-collapse:collapse}td,th{padding:.2rem .5rem;border-bottom:1px solid #eee;text-align:left}
.asserts{color:#c62828;font-weight:700}.reports{color:#8d6e00}.refutes{color:#2e7d32;text-decoration:underline}"""


def story_section(story: dict[str, Any]) -> str:
    rows = "".join(
        f'<tr><td>{escape(a["published"] or "?")}</td><td>{escape(a["outlet"] or "?")}</td><td>{escape(a["title"] or a["id"])}</td>'
        f'<td class="{escape(a["headline_stance"] or "")}">{escape(a["headline_stance"] or "–")}</td></tr>'
        for a in story["articles"])
    drift = "".join(f"<li>{escape(line)}</li>" for line in drift_lines(story))
    return (f'<section id="{escape(story["id"])}"><h2>{escape(story["claim"] or story["id"])}</h2>'
            f'<p>{len(story["articles"])} articles · first seen {escape(story["first_seen"] or "unknown")} · outlets in order: {escape(" → ".join(story["outlets"]))}</p>'
            f'{timeline_svg(story)}<h3>Who cited whom</h3>{citations_svg(story)}<h3>Drift</h3><ul>{drift}</ul>'
            f'<table><tr><th>published</th><th>outlet</th><th>headline</th><th>stance</th></tr>{rows}</table></section>')


def stories_html(stories: list[dict[str, Any]]) -> str:
    """One self-contained, escaped page for a list of stories."""
    body = "".join(story_section(s) for s in stories) or "<p>No stories: ingest some articles first.</p>"
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>allegedly: stories</title><style>{_CSS}</style></head>'
            f"<body><h1>Stories</h1>{body}</body></html>\n")
