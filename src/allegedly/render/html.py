"""One self-contained HTML page: the headline summary on top, the article text with sources,
cues, contents and hedges marked (colour and a second cue for colour-blind readers: weight,
borders, underline styles), evidence and denial badges, a table of attributions and the
scorecard. Every piece of article text is escaped; the page loads nothing from anywhere."""

from __future__ import annotations

from html import escape

from ..schema import Attribution, Report
from . import renderer
from .labels import headline_line, stance_label

CSS = """
body{font:16px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem;line-height:1.3}.meta{color:#666}
.summary{background:#fff4e5;border-left:4px solid #e08a00;padding:.6rem 1rem;font-weight:600}
.legend span{margin-right:1rem;padding:0 .3rem}
.article{white-space:pre-wrap}
.source{font-weight:700;color:#0b5394;text-decoration:underline;text-decoration-thickness:2px}
.cue{color:#7a4b00;outline:1px dashed #b36b00;background:#fff1cc}
.content{background:#e3f1e3}
.hedge{text-decoration:underline wavy #a0007a}
.badge{font-size:.7rem;border-radius:.6rem;padding:0 .4rem;margin:0 .15rem;vertical-align:super;border:1px solid}
.b-none{color:#a00;border-color:#a00}.b-cited{color:#060;border-color:#060}.b-denies{color:#fff;background:#a00;border-color:#a00}.b-negated{color:#7a5a00;border-color:#7a5a00}
.b-id{color:#555;border-color:#bbb}
table{border-collapse:collapse;font-size:.85rem;margin-top:1.5rem;width:100%}
td,th{border:1px solid #ddd;padding:.25rem .4rem;vertical-align:top;text-align:left}
"""

_ROLES = ("content", "source", "cue", "hedge")


def _layers(report: Report) -> list[dict[str, set[str]]]:
    """For each character, the roles that cover it and the attributions they belong to."""
    layers: list[dict[str, set[str]]] = [dict() for _ in range(len(report.text) + 1)]

    def mark(span, role: str, aid: str) -> None:
        if span is None:
            return
        for i in range(span.start, min(span.end, len(report.text))):
            layers[i].setdefault(role, set()).add(aid)

    for a in report.attributions:
        mark(a.content, "content", a.id)
        mark(a.source, "source", a.id)
        mark(a.cue, "cue", a.id)
        for h in a.hedges:
            mark(h, "hedge", a.id)
    return layers


def _badges(a: Attribution) -> str:
    out = [f'<span class="badge b-id">{escape(a.id)}</span>']
    if a.evidence == "none_provided":
        out.append('<span class="badge b-none">no evidence</span>')
    elif a.evidence == "cited":
        out.append('<span class="badge b-cited">evidence cited</span>')
    label = stance_label(a.stance, a.denies)
    if label:
        kind = "b-denies" if a.stance == "denies" else "b-negated"
        out.append(f'<span class="badge {kind}">{escape(label)}</span>')
    return "".join(out)


def article_html(report: Report) -> str:
    """The article text as marked-up, escaped HTML (shared with the web page)."""
    text = report.text
    layers = _layers(report)
    cue_end = {a.cue.end: a for a in report.attributions if a.cue is not None}
    out: list[str] = []
    i = 0
    while i < len(text):
        key = tuple(sorted((r, tuple(sorted(ids))) for r, ids in layers[i].items()))
        j = i + 1
        while j < len(text) and j not in cue_end and tuple(sorted((r, tuple(sorted(ids))) for r, ids in layers[j].items())) == key:
            j += 1
        chunk = escape(text[i:j])
        if key:
            roles = [r for r in _ROLES if r in layers[i]]
            ids = sorted({x for _, group in key for x in group})
            out.append(f'<span class="{" ".join(roles)}" data-a="{escape(" ".join(ids))}">{chunk}</span>')
        else:
            out.append(chunk)
        if j in cue_end:
            out.append(_badges(cue_end[j]))
        i = j
    return "".join(out)


def _table(report: Report) -> str:
    names = {e.id: e.name for e in report.entities}
    rows = []
    for a in report.attributions:
        cells = [
            a.id,
            a.source.text if a.source else "(no source)",
            names.get(a.speaker or "", ""),
            a.cue.text if a.cue else "",
            a.content.text if a.content else "",
            f"{a.kind} / {a.source_type}",
            a.channel.text if a.channel else "",
            a.certainty + (": " + ", ".join(h.text for h in a.hedges) if a.hedges else ""),
            a.evidence,
            stance_label(a.stance, a.denies) or a.stance,
            a.via or "",
        ]
        rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("id", "source", "speaker", "cue", "content", "kind / type", "channel", "certainty", "evidence", "stance", "via"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _scorecard(report: Report) -> str:
    items = []
    for key, value in report.scorecard.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items() if v)
        elif isinstance(value, list):
            value = "; ".join(" → ".join(x) if isinstance(x, list) else str(x) for x in value)
        items.append(f"<li>{escape(key.replace('_', ' '))}: {escape(str(value))}</li>")
    return "<ul>" + "".join(items) + "</ul>"


@renderer("html", ".html")
def to_html(report: Report) -> str:
    meta = report.article
    title = escape(meta.title or "Untitled article")
    sub = " · ".join(escape(x) for x in (meta.outlet, meta.published, ", ".join(meta.authors)) if x)
    summary = f'<p class="summary">{escape(headline_line(report))}</p>' if report.headline is not None else ""
    legend = (
        '<p class="legend"><span class="source">source</span><span class="cue">cue</span>'
        '<span class="content">content</span><span class="hedge">hedge</span>'
        '<span class="badge b-none">no evidence</span><span class="badge b-denies">denies</span></p>'
    )
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'">'
        f"<title>{title} · allegedly</title><style>{CSS}</style></head><body>"
        f"<h1>{title}</h1>" + (f'<p class="meta">{sub}</p>' if sub else "") + summary + legend
        + f'<div class="article">{article_html(report)}</div>'
        + "<h2>Attributions</h2>" + _table(report) + "<h2>Sourcing scorecard</h2>" + _scorecard(report)
        + "</body></html>\n"
    )
