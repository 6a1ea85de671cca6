"""Extraction: small stages over a parsed Doc, each adding its own findings.

The stages run in registry order; where two find the same cue, the earlier one wins.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import according, colon, nouns, unsourced, verbs  # noqa: F401  (they register stages)
from . import ranker, tagged  # noqa: F401  (tagged registers the encoder's stage last)
from .context import Context
from .registry import STAGES
from .spans import Finding

__all__ = ["find_attributions", "candidates", "STAGES", "Finding"]

# Stages that match fixed forms ("according to", "it has been alleged", "PENCE:") are kept as
# found and win overlaps; the ranker decides among the open-ended verb and noun candidates.
FIXED_FORM_STAGES = frozenset({"according_to", "unsourced", "colon_dash"})
NESTED_VIA = frozenset({"ccomp", "quote", "colon"})
NESTED_CUT = 0.7  # inside another attribution, a clear form may score a little under the cut


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _clash(f: Finding, k: Finding) -> bool:
    """One token, one attribution (PolNeAR's univocal rule): cues may not overlap, a cue may
    not sit in another's content, and two contents may not share most of the later one."""
    if _overlaps(f.cue, k.cue) or _inside(f.cue, k.content) or _inside(k.cue, f.content):
        return True
    shared = min(f.content[1], k.content[1]) - max(f.content[0], k.content[0])
    return shared > 0.5 * (f.content[1] - f.content[0])


def _inside(cue: tuple[int, int], content: tuple[int, int] | None) -> bool:
    return content is not None and content[0] <= cue[0] < content[1]


def candidates(ctx: Context) -> list[Finding]:
    """Everything the rule stages propose, before the ranker decides."""
    return [f for _name, run in STAGES for f in run(ctx) if f.content is not None and f.cue is not None and not _quoted_cue(ctx, f)]


def _quoted_cue(ctx: Context, f: Finding) -> bool:
    """A cue inside someone else's quotation is theirs, not the article's."""
    if f.stage == "colon_dash":
        return False  # a transcript quoted whole still has its speaker labels
    quote = ctx.quote_at(f.cue[0])
    return quote is not None and (not _overlaps(quote, f.content) or f.content[0] > quote[0])


def find_attributions(doc: Doc, threshold: float | None = None, model: dict | None = None, tags=None) -> list[Finding]:
    """Every attribution in doc, in text order, at most one per cue.

    The trained ranker scores each candidate and the best ones win overlaps; without a
    model, the lexicon decides (candidates from outside the word lists are dropped). tags,
    the accurate mode's token probabilities, select the ranker trained with them.
    """
    ctx = Context.of(doc, tags)
    found = candidates(ctx)
    model = model if model is not None else ranker.load(ranker.ACCURATE if tags is not None else ranker.MODEL)
    fixed = [f for f in found if f.stage in FIXED_FORM_STAGES]
    rest = [f for f in found if f.stage not in FIXED_FORM_STAGES]
    if model is not None:
        cut = model["threshold"] if threshold is None else threshold
        scored = sorted(((ranker.score(ctx, f, model), i, f) for i, f in enumerate(rest)), key=lambda x: (-x[0], x[1]))
        rest = [f for p, _, f in scored if p >= cut]
        inner = [f for p, _, f in scored if p >= cut * NESTED_CUT]
    else:
        rest = inner = [f for f in rest if f.extra.get("lexicon", True)]
    kept: list[Finding] = []
    for f in fixed + rest:
        if not any(_clash(f, k) for k in kept):
            kept.append(f)
    kept += _nested(inner, kept)
    kept.sort(key=lambda f: f.cue[0])
    return tagged.refine(ctx, kept)


def _nested(found: list[Finding], kept: list[Finding]) -> list[Finding]:
    """Reported speech inside reported speech ('The Mirror reports that Mussayev said ...'):
    a clear reporting-verb attribution whose cue and content lie inside another's content is
    kept too, so that the chain of reporting can be walked (its `via`). PolNeAR annotates one
    attribution per token, so these few cost a little precision there."""
    out: list[Finding] = []
    taken = {id(k) for k in kept}
    for f in sorted(found, key=lambda f: f.cue[0]):  # outer before inner, so chains nest
        if id(f) in taken or f.stage != "reporting_verbs" or not f.extra.get("lexicon") or f.extra.get("via") not in NESTED_VIA:
            continue
        outer = next(
            (k for k in reversed(kept + out) if _inside(f.cue, k.content) and k.content[0] <= f.content[0] and f.content[1] <= k.content[1]),
            None,
        )
        if outer is None or any(_overlaps(f.cue, g.cue) for g in kept + out):
            continue
        # it may sit inside its outer attributions, never across any other one
        if any(_clash(f, g) for g in kept + out if not _inside(f.cue, g.content)):
            continue
        out.append(f)
    return out
