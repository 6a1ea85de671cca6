"""Words the renderers share for the headline's stance and an attribution's stance."""

from __future__ import annotations

from ..schema import Report

# What the headline does with its claim, in words a reader takes in at a glance.
HEADLINE_STANCES = {
    "asserts": "headline states its claim as fact",
    "reports": "headline reports its claim through a source or a hedge",
    "refutes": "headline says its claim is false",
}


def headline_line(report: Report) -> str:
    """The headline's stance and summary on one line ('' when the report has no headline)."""
    h = report.headline
    if h is None:
        return ""
    stance = HEADLINE_STANCES.get(h.stance, h.stance)
    return f"{stance.capitalize()}. {h.summary}".strip() if h.summary else stance.capitalize() + "."


def stance_label(stance: str, denies: str | None) -> str:
    """An attribution's stance as a short label: 'denies a3', 'not asserted', '' for asserts."""
    if stance == "denies":
        return f"denies {denies}" if denies else "denies"
    if stance == "negated":
        return "not asserted"
    return ""
