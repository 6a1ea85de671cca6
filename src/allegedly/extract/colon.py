"""Colon and dash attributions: "PENCE: We will ...", "“...” — Jane Doe"."""

from __future__ import annotations

import re

from .context import Context
from .registry import stage
from .spans import Finding, doc_ents, doc_text, trim

# A speaker label opening a paragraph: "PENCE:", "Mr. SMITH:", "Jane Doe:" (at most 4 words).
_LABEL = re.compile(r"(?m)^[\"“]?(?P<src>(?:[A-Z][A-Za-z.'’-]*\s){0,3}[A-Z][A-Za-z.'’-]*)(?P<cue>:)[ \t]+(?P<body>\S.*)$")
# A name, a dash, then the quotation: "Jane Doe ― “...”" (reader-response round-ups).
_NAME_DASH = re.compile(r"(?m)^(?P<src>[A-Z][\w.'’-]*(?:[^\S\n][A-Z][\w.'’-]*){0,3})[^\S\n]*(?P<cue>[―—–])[^\S\n]*(?P<body>[\"“”].*)$")
# A quotation followed by a dash and a name closing the paragraph. Spaces include the no-break
# space that pages put around names in reader round-ups ("...” ― Jane Doe\u00a0").
_DASH = re.compile(r"(?P<cue>[―—–]|--)[^\S\n]*(?P<src>[A-Z][\w'’-]*(?:[^\S\n][A-Z][\w.'’-]*){0,3})[^\S\n.]*$", re.M)
_GAP = " ,\t\u00a0"


@stage("colon_dash")
def colon_dash(ctx: Context) -> list[Finding]:
    doc, text = ctx.doc, doc_text(ctx.doc)
    out: list[Finding] = []
    for m in _LABEL.finditer(text):
        src = m.group("src")
        # an all-caps label or a named person; not "Update:", "Note:" style headers
        ent_person = any(e.label_ in ("PERSON", "ORG") and e.start_char <= m.start() < e.end_char for e in doc_ents(doc))
        in_title = "\n" not in text[: m.start()].strip()
        if (src.isupper() and len(src) > 2) or ent_person or in_title:
            out.append(_finding(ctx, m, trim(text, m.start("body"), m.end("body"))))
    for m in _NAME_DASH.finditer(text):
        out.append(_finding(ctx, m, trim(text, m.start("body"), m.end("body"))))
    for m in _DASH.finditer(text):
        quote = ctx.quote_ending_before(m.start("cue"), _GAP)
        if quote is not None:
            out.append(_finding(ctx, m, quote))
    return out


def _finding(ctx: Context, m: re.Match[str], content: tuple[int, int]) -> Finding:
    """A direct quote whose cue and source are the match's named groups."""
    tok = ctx.doc.char_span(m.start("cue"), m.end("cue"), alignment_mode="expand")
    return Finding(
        cue=(m.start("cue"), m.end("cue")),
        source=(m.start("src"), m.end("src")),
        content=content,
        kind="direct",
        stage="colon_dash",
        cue_token=tok.start if tok is not None else 0,
    )
