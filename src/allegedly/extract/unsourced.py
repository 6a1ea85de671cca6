"""Claims with no source at all: "it has been alleged", "reportedly", "it is understood"."""

from __future__ import annotations

from .. import lexicon
from .context import Context
from .registry import stage
from .spans import Finding, char_span, subtree_span

LEXICON = "unsourced_phrases.txt"
REPORTING_VERBS = "reporting_verbs.txt"


@stage("unsourced")
def unsourced(ctx: Context) -> list[Finding]:
    doc = ctx.doc
    out: list[Finding] = []
    lowered = [t.lower_ for t in doc]
    taken: set[int] = set()
    for phrase in lexicon.phrases(LEXICON):
        n = len(phrase)
        for i in range(len(doc) - n + 1):
            if i in taken or tuple(lowered[i : i + n]) != phrase:
                continue
            toks = doc[i : i + n]
            taken.update(range(i, i + n))
            root = toks.root
            sent = root.sent
            if n == 1:
                # an adverb: the claim is the clause it modifies, unless that clause already
                # names its source ("Officials allegedly said ..."): then it is a hedge
                clause = root.head
                if clause.lemma_.lower() in lexicon.flagged(REPORTING_VERBS) and any(c.dep_ == "nsubj" for c in clause.children):
                    continue
                content = subtree_span(doc, clause, within=sent)
            else:
                comp = next((c for c in root.children if c.dep_ == "ccomp"), None)
                if comp is not None:
                    content = subtree_span(doc, comp, within=sent)
                elif root.head.i != root.i:
                    content = subtree_span(doc, root.head, exclude=[root], within=sent)
                else:
                    rest = [t for t in sent if t.i < i or t.i >= i + n]
                    content = char_span(doc, rest)
            if content is None:
                continue
            out.append(
                Finding(
                    cue=char_span(doc, toks),  # type: ignore[arg-type]
                    source=None,
                    content=content,
                    kind="other",
                    stage="unsourced",
                    cue_token=i,
                )
            )
    return out
