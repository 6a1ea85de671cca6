"""Markdown: the headline summary, a table of attributions, the scorecard."""

from __future__ import annotations

from ..schema import Report
from . import renderer
from .labels import headline_line, stance_label


def _cell(s: str | None, n: int = 160) -> str:
    s = " ".join((s or "").split())
    s = s if len(s) <= n else s[: n - 1] + "…"
    # brackets escaped: metadata such as "[x](javascript:...)" must stay text, never a link
    for ch in "\\|[]":
        s = s.replace(ch, "\\" + ch)
    return s.replace("<", "&lt;").replace(">", "&gt;") or "–"


@renderer("markdown", ".md")
def to_markdown(report: Report) -> str:
    names = {e.id: e for e in report.entities}
    title = report.article.title or "Untitled article"
    out = [f"# {_cell(title, 300)}", ""]
    meta = [x for x in (report.article.outlet, report.article.published, ", ".join(report.article.authors)) if x]
    if meta:
        out += [" · ".join(_cell(m, 100) for m in meta), ""]
    if report.headline is not None:
        out += [f"> {_cell(headline_line(report), 700)}", ""]
    out += [
        "| id | source | speaker | cue | content | kind | source type | channel | certainty | evidence | stance | via |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for a in report.attributions:
        ent = names.get(a.speaker or "")
        speaker = ent.name + (f" ({ent.descriptors[0]})" if ent.descriptors else "") if ent else ""
        out.append(
            "| "
            + " | ".join(
                [
                    a.id,
                    _cell(a.source.text if a.source else "(none)"),
                    _cell(speaker),
                    _cell(a.cue.text if a.cue else ""),
                    _cell(a.content.text if a.content else ""),
                    a.kind,
                    a.source_type,
                    _cell(a.channel.text if a.channel else ""),
                    a.certainty + (f": {_cell(', '.join(h.text for h in a.hedges))}" if a.hedges else ""),
                    a.evidence,
                    stance_label(a.stance, a.denies) or a.stance,
                    a.via or "–",
                ]
            )
            + " |"
        )
    card = report.scorecard
    out += ["", "## Sourcing scorecard", ""]
    for key, value in card.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items() if v) or "–"
        elif isinstance(value, list):
            value = "; ".join(" → ".join(x) if isinstance(x, list) else str(x) for x in value) or "–"
        out.append(f"- {key.replace('_', ' ')}: {_cell(str(value), 400)}")
    return "\n".join(out) + "\n"
