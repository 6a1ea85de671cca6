"""How far a cue reaches: PolNeAR marks a cue as the whole stretch of words between source
and content that carries the saying ('has called for', 'said in a statement', 'are raising
alarms about', 'declined to comment on'), where the stages find one word ('called'). Once the
ranker has chosen, each kept cue grows word by word to the left and to the right while a
small logistic model, trained on PolNeAR train (scripts/train_cue_extent.py), says the
next word belongs to it. It never grows into the attribution's source, across a sentence or
into a quotation, and into the content only over its first words; what was chosen stays as
it was: the wider cue is kept beside the stage's own (Finding.wide_cue).
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from . import senses
from .context import Context
from .spans import Finding, char_span

MODEL = "cue_extent.json"
MAX_WORDS = 12  # a cue longer than this is a clause, not a cue
KEEP_STAGES = frozenset({"according_to", "colon_dash", "unsourced"})  # fixed forms keep their own cue


@lru_cache(maxsize=1)
def load() -> dict | None:
    path = resources.files("allegedly.models").joinpath(MODEL)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def _word(t: Token) -> str:
    return t.lower_ if t.is_stop or t.is_punct else t.pos_


def _relation(t: Token, head: Token, a: int, b: int) -> str:
    """How word t hangs from the cue tokens [a, b) grown so far."""
    if t.head.i == head.i:
        return "head"
    if a <= t.head.i < b:
        return "cue"
    if any(a <= c.i < b for c in t.children):
        return "gov"
    if any(a <= anc.i < b for anc in t.ancestors):
        return "sub"
    return "other"


_STEPS = (0.1, 0.3, 0.5, 0.7, 0.9)


def token_features(
    ctx: Context, cue: tuple[int, int], head: Token, t: Token, side: str, blocked_next: bool, in_content: bool = False, phrase_fits: bool = False
) -> list[str]:
    """Features of word t, next to the cue tokens [cue[0], cue[1]) on side ('L' or 'R'), for
    the decision: does the cue reach over it? blocked_next: the word past t is the source's,
    the content's, or outside the sentence (the cue cannot grow past t)."""
    a, b = cue
    rel = _relation(t, head, a, b)
    lemma = head.lemma_.lower()
    w = _word(t)
    feats = [
        "bias",
        f"side={side}",
        f"dep={side}|{t.dep_}",
        f"pos={side}|{t.pos_}",
        f"tag={side}|{t.tag_}",
        f"w={side}|{w}",
        f"rel={side}|{rel}",
        f"dep_rel={side}|{t.dep_}|{rel}",
        f"w_rel={side}|{w}|{rel}",
        f"lemma_w={lemma}|{side}|{t.lower_}",
        f"blocked={side}|{blocked_next}",
        f"w_blocked={side}|{w}|{blocked_next}",
        f"dist={side}|{min(abs(t.i - head.i), 6)}",
        f"incon={in_content}",
        f"incon_w={in_content}|{w}|{rel}",
        f"incon_lemma={in_content}|{lemma}|{t.lower_}",
        f"fits={side}|{w}|{rel}|{phrase_fits}",
    ]
    obj = next((c for c in t.children if c.dep_ in ("pobj", "dobj")), None)
    if obj is not None:
        feats += [f"obj={side}|{t.lower_}|{obj.lemma_.lower()}", f"obj_fits={side}|{obj.pos_}|{phrase_fits}"]
    if t.is_punct:
        feats.append(f"punct={side}|{t.text}|{blocked_next}")
    cue_probs = ctx.arrays.cue if ctx.tags is not None else None
    if cue_probs is not None:
        p = float(cue_probs[t.i])
        feats += [f"p_cue>={s}" for s in _STEPS if p >= s]
    return feats


def score(model: dict, feats: list[str]) -> float:
    w = model["weights"]
    z = sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def walk(ctx: Context, f: Finding, decide) -> tuple[int, int] | None:
    """The token range [a, b) the cue grows to, asking decide(features, cue, i) -> bool for
    each next word i on either side; None where the cue has no word to grow from. To the
    right it may take the first words of a content that follows it ('called | for more
    spending' -> 'called for | more spending'), never all of them."""
    doc: Doc = ctx.doc
    arr = ctx.arrays
    cue_toks = arr.words_in(f.cue)
    if not len(cue_toks):
        return None
    a, b = int(cue_toks[0]), int(cue_toks[-1]) + 1
    head = doc[f.cue_token]
    s0, s1 = int(arr.sent_start[f.cue_token]), int(arr.sent_end[f.cue_token])
    blocked: set[int] = set()
    c0 = c1 = -1
    if f.source is not None:
        blocked.update(range(*_token_range(arr, f.source)))
    if f.content is not None:
        c0, c1 = _token_range(arr, f.content)
        blocked.update(range(c0, c1))
    opens = c0 >= b and all(doc[k].is_space for k in range(b, c0))  # the content starts right after the cue
    quote = ctx.quote_at
    # not back over a verb that stirs the talk up or answers it ('fuelled | speculation
    # that', 'follows | reports that', nor its 'to'): PolNeAR's cue is the talk
    stop = head.head.i if head.pos_ == "NOUN" and senses.occasioning_verb(head) is not None else -1

    def free(i: int, side: str) -> bool:
        if not (s0 <= i < s1) or doc[i].is_space or quote(int(arr.start[i])) is not None or side == "L" and i <= stop:
            return False
        if i in blocked:
            # the content's first words, while at least two of its words stay content
            return side == "R" and opens and c0 <= i and arr.word[i + 1 : c1].sum() >= 2
        return True

    for side in ("L", "R"):
        while b - a < MAX_WORDS:
            i = a - 1 if side == "L" else b
            if not free(i, side):
                break
            nxt = i - 1 if side == "L" else i + 1
            edge = doc[i].left_edge.i - 1 if side == "L" else doc[i].right_edge.i + 1
            fits = (edge < i if side == "L" else edge > i) and not free(edge, side) and all(free(k, side) for k in range(min(i, edge + 1), max(i, edge)))
            feats = token_features(ctx, (a, b), head, doc[i], side, not free(nxt, side), i in blocked, fits)
            if not decide(feats, (a, b), i):
                break
            if side == "L":
                a = i
            else:
                b = i + 1
    # a cue does not end on punctuation other than a colon, nor begin on any
    while b - a > 1 and doc[b - 1].is_punct and doc[b - 1].text != ":":
        b -= 1
    while b - a > 1 and doc[a].is_punct:
        a += 1
    return a, b


def _cue_span(doc: Doc, grown: tuple[int, int]) -> tuple[int, int] | None:
    """The characters of the cue tokens [a, b), with the colon a cue may end on ('said:'), which
    char_span's trim would take off like any other edge punctuation."""
    span = char_span(doc, doc[grown[0] : grown[1]])
    last = doc[grown[1] - 1]
    if span is not None and last.text == ":" and span[1] <= last.idx:
        span = (span[0], last.idx + 1)
    return span


def _token_range(arr, span: tuple[int, int]) -> tuple[int, int]:
    import numpy as np

    i0 = int(np.searchsorted(arr.end, span[0], side="right"))
    i1 = int(np.searchsorted(arr.start, span[1], side="left"))
    return i0, i1


_ASIDE_CHARS = 160  # a cue with its aside longer than this is a clause


def _referring_aside(ctx: Context, f: Finding) -> int | None:
    """Where the aside 'referring to ...' set after a tag ends (senses.referring_aside), in
    characters, else None: PolNeAR marks it as part of the tag's cue."""
    if f.cue_token is None:
        return None
    verb = ctx.doc[f.cue_token]
    aside = next((c for c in verb.children if c.i > verb.i and senses.referring_aside(c)), None)
    if aside is None:
        return None
    last = aside.right_edge
    return last.idx + len(last.text)


def extend(ctx: Context, found: list[Finding], model: dict | None = None) -> list[Finding]:
    """Each finding with wide_cue set where its cue grows (see the module); cue, source and
    content stay as the stages found them: the sourcing map reads the cue's own words (its
    hedges, its channel), the scorer's view reads wide_cue. A wide cue may take in the first
    words of the content ('called for' | 'for more spending'): PolNeAR's cue and content do
    not overlap, but the two roles are scored apart, so the content keeps them."""
    model = model if model is not None else load()
    if model is None:
        return found
    cut = model["threshold"]

    def decide(feats: list[str], _cue: tuple[int, int], _i: int) -> bool:
        return score(model, feats) >= cut

    out = []
    taken = [f.cue for f in found]
    for f in found:
        if f.stage in KEEP_STAGES:
            out.append(f)
            continue
        grown = walk(ctx, f, decide)
        span = _cue_span(ctx.doc, grown) if grown is not None else None
        aside = _referring_aside(ctx, f)
        if aside is not None and not (f.source is not None and f.cue[1] <= f.source[0] < aside):  # (not over an inverted tag's source: 'said one user, referring to ...')
            span = ((span or f.cue)[0], max((span or f.cue)[1], aside))  # 'said, referring to the country's official name, ...'
            if span[1] - span[0] > _ASIDE_CHARS:
                span = None
        # never over another attribution's cue
        if span is None or span == f.cue or any(c != f.cue and c[0] < span[1] and span[0] < c[1] for c in taken):
            out.append(f)
            continue
        out.append(replace(f, wide_cue=span))
    return out
