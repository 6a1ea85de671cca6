"""The terminal report: attributions in text order (source -> cue -> content), then a short
sourcing summary. Built with rich renderables; to_text() renders them to a string."""

from __future__ import annotations

import io
import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..schema import Attribution, Report
from . import renderer
from .labels import headline_line, stance_label

STYLE = {"source": "bold cyan", "cue": "bold yellow", "content": "green", "none": "dim italic red"}
_MAX_CONTENT = 240


# C0 and C1 control characters (ESC among them) would let article text or metadata drive the
# reader's terminal: set its title, clear the screen, hide lines. None of them is text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clip(s: str, n: int = _MAX_CONTENT) -> str:
    """One line of data, safe on a terminal: controls gone, whitespace folded, cut at n."""
    s = " ".join(_CONTROLS.sub("", s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def attribution_line(report: Report, a: Attribution) -> Text:
    t = Text()
    t.append(f"{a.id:>4} ", style="dim")
    if a.source is not None:
        t.append(_clip(a.source.text, 60), style=STYLE["source"])
        speaker = next((e for e in report.entities if e.id == a.speaker), None)
        if speaker is not None and speaker.name.lower() != a.source.text.lower():
            t.append(f" (= {_clip(speaker.name, 80)})", style="cyan")
    else:
        t.append("no source", style=STYLE["none"])
    t.append(" → ")
    t.append(_clip(a.cue.text, 80) if a.cue else "∅", style=STYLE["cue"])
    t.append(" → ")
    t.append(_clip(a.content.text) if a.content else "∅", style=STYLE["content"])
    t.append(f"  [{a.kind}, {a.source_type}]", style="dim")
    flags = []
    if a.channel is not None:
        flags.append((_clip(a.channel.text, 80), "blue"))
    if a.certainty != "asserted":
        flags.append((f"{a.certainty}: {_clip(', '.join(h.text for h in a.hedges), 120)}", "magenta"))
    if a.evidence == "none_provided":
        flags.append(("no evidence provided", "bold red"))
    elif a.evidence == "cited":
        flags.append(("evidence cited", "green"))
    label = stance_label(a.stance, a.denies)
    if label:
        if a.stance == "denies":
            label = "DENIES" + label[len("denies") :]  # 'DENIES a1'
        flags.append((label, "bold red" if a.stance == "denies" else "yellow"))
    if a.via:
        flags.append((f"via {_clip(a.via, 20)}", "dim"))
    for label, style in flags:
        t.append(" · ", style="dim")
        t.append(label, style=style)
    return t


def renderables(report: Report) -> Group:
    meta = report.article
    title = _clip(meta.title or "", 300) or "(untitled article)"
    sub = _clip(" · ".join(x for x in (meta.outlet, meta.published, ", ".join(meta.authors) or None) if x), 300)
    parts: list = [Text(title, style="bold")]
    if sub:
        parts.append(Text(sub, style="dim"))
    if report.headline is not None:
        parts.append(Text(_clip(headline_line(report), 700), style="bold magenta"))
    parts.append(Text())
    for a in report.attributions:
        parts.append(attribution_line(report, a))
    if not report.attributions:
        parts.append(Text("No attributions found.", style="dim"))
    card = report.scorecard
    summary = Table.grid(padding=(0, 2))
    summary.add_row("attributions", str(card.get("attributions", len(report.attributions))))
    summary.add_row("with a named source", str(card.get("named_sources", 0)))
    summary.add_row("with no source", str(card.get("no_source", 0)))
    by_type = card.get("by_source_type", {})
    if by_type:
        summary.add_row("by source type", ", ".join(f"{k} {v}" for k, v in by_type.items() if v) or "-")
    if "share_of_claim_words_anonymous_or_unattributed" in card:
        summary.add_row("claim words from anonymous or no source", f"{card['share_of_claim_words_anonymous_or_unattributed']:.0%}")
        summary.add_row("hedged / no evidence / denials", f"{card['hedged']} / {card['no_evidence']} / {card['denials']}")
    if card.get("outlets_cited"):
        summary.add_row("outlets cited", Text(_clip(", ".join(card["outlets_cited"]), 300)))
    parts.append(Text())
    parts.append(Panel(summary, title="sourcing", expand=False))
    for w in report.warnings:
        parts.append(Text(f"note: {_clip(w, 300)}", style="dim"))
    return Group(*parts)


@renderer("text", ".txt")
def to_text(report: Report, *, color: bool = False, width: int = 100) -> str:
    buf = io.StringIO()
    Console(file=buf, force_terminal=color, color_system="standard" if color else None, width=width).print(renderables(report))
    return buf.getvalue()
