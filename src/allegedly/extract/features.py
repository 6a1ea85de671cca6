"""Features of a candidate attribution, for the ranker. Training and inference both call
this one function, so they cannot drift apart."""

from __future__ import annotations

import numpy as np

from .context import Context
from .spans import Finding

_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it", "who"}


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"


def features(ctx: Context, f: Finding) -> list[str]:
    """All of a candidate's features. Candidates that differ only in their source (the
    tagged source offered beside the parsed one) share the rest, computed once."""
    key = (f.stage, f.cue, f.cue_token, f.content, f.kind, f.via, f.lexicon, f.preferred)
    shared = ctx.memo.get(key)
    if shared is None:
        shared = ctx.memo[key] = _shared(ctx, f)
    return shared + _source(ctx, f)


def _source(ctx: Context, f: Finding) -> list[str]:
    doc = ctx.doc
    t = doc[f.cue_token]
    lemma = t.lemma_.lower()
    if f.source is None:
        feats = ["src=none", f"lemma_nosrc={lemma}"]
    else:
        s = doc[f.source_token] if f.source_token is not None else t
        kind = s.lower_ if s.lower_ in _PRONOUNS else s.ent_type_ or s.pos_
        feats = [f"src={kind}", f"lemma_src={lemma}|{kind}", f"src_tag={s.tag_}"]
    if f.source_from is not None:
        feats.append(f"src_from={f.source_from}|{f.stage}")
    if ctx.tags is not None:
        feats += tag_source_features(ctx, f)
    return feats


def _shared(ctx: Context, f: Finding) -> list[str]:
    doc = ctx.doc
    t = doc[f.cue_token]
    lemma = t.lemma_.lower()
    via = f.via
    lex = "1" if f.lexicon else "0"
    feats = [
        "bias",
        f"stage={f.stage}",
        f"lemma={lemma}",
        f"lemma_stage={lemma}|{f.stage}",
        f"lex={lex}|{f.stage}",
        f"pos={t.pos_}",
        f"tag={t.tag_}",
        f"dep={t.dep_}",
        f"lemma_dep={lemma}|{t.dep_}",
        f"kind={f.kind}",
        f"via={via}",
        f"lemma_via={lemma}|{via}",
        f"head={t.head.lemma_.lower()}|{t.dep_}",
        f"prev={doc[t.i - 1].lower_ if t.i else '<s>'}",
        f"next={doc[t.i + 1].lower_ if t.i + 1 < len(doc) else '</s>'}",
    ]
    if f.content is not None:
        span = doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
        n = len(span) if span is not None else 0
        side = "after" if f.content[0] > t.idx else "before"
        feats += [f"clen={_bucket(n)}", f"via_clen={via}|{_bucket(n)}", f"side={side}", f"lemma_side={lemma}|{side}|{via}"]
        if span is not None and n:
            first = span[0]
            feats += [f"cfirst={first.lower_ if first.is_punct or first.is_stop else first.pos_}", f"via_cfirst={via}|{first.lower_ if first.is_stop or first.is_punct else first.pos_}"]
            s0, s1 = ctx.arrays.sent_start[t.i], ctx.arrays.sent_end[t.i]  # t.sent would scan for them
            if span.start <= s0 + 1 and span.end >= s1 - 1:
                feats.append("content_whole_sentence")
            quoted = ctx.quote_at(f.content[0])
            if quoted and quoted[1] >= f.content[1]:
                feats.append(f"content_in_quote|{via}")
            gap = (span.start - t.i) if side == "after" else (t.i - span.end)
            feats.append(f"gap={_bucket(max(gap, 0))}|{via}")
    pref = "pref" if f.preferred else "alt"
    feats += [f"pref={pref}", f"pref_via={pref}|{via}", f"lemma_pref={lemma}|{pref}"]
    if ctx.quote_at(t.idx):
        feats.append("cue_in_quote")
    children = {c.dep_ for c in t.children}
    for dep in ("neg", "aux", "auxpass", "nsubjpass", "dobj", "ccomp", "xcomp", "prt", "dative", "agent"):
        if dep in children:
            feats.append(f"child={dep}")
    if any(c.tag_ == "MD" for c in t.children):
        feats.append("modal")
    if f.content is not None:
        feats += content_features(ctx, f)
    if ctx.tags is not None:
        feats += tag_features(ctx, f)
    return feats


def _word(t) -> str:
    return t.lower_ if t.is_punct or t.is_stop else t.pos_


def content_features(ctx: Context, f: Finding) -> list[str]:
    """What the content's boundaries look like, for choosing among one cue's alternatives:
    where it starts and stops, what comes just outside, whether it runs past the clause."""
    doc = ctx.doc
    t = doc[f.cue_token]
    via = f.via
    assert f.content is not None  # candidates without a content never reach the ranker
    span = doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
    if span is None or not len(span):
        return [f"c_none|{via}"]
    first, last = span[0], span[-1]
    starts = ctx.arrays.sent_start
    s0, s1 = starts[t.i], ctx.arrays.sent_end[t.i]
    feats = [
        f"c_first={_word(first)}",
        f"c_last={_word(last)}|{last.dep_}",
        f"c_first_dep={first.dep_}",
        f"c_via_len={via}|{_bucket(len(span))}",
    ]
    after = doc[span.end] if span.end < len(doc) else None
    while after is not None and after.is_space and after.i + 1 < len(doc):
        after = doc[after.i + 1]
    if after is None or after.is_sent_start:
        feats.append("c_after=</s>")
    else:
        feats += [f"c_after={_word(after)}", f"c_after_dep={after.dep_}|{'cue' if after.head.i == t.i else 'in' if span.start <= after.head.i < span.end else 'out'}"]
        nxt = doc[after.i + 1] if after.i + 1 < len(doc) else None
        if after.is_punct and nxt is not None and not nxt.is_sent_start:
            feats.append(f"c_after2={_word(nxt)}|{nxt.dep_}")
    before = doc[span.start - 1] if span.start else None
    feats.append(f"c_before={_word(before) if before is not None else '<s>'}")
    feats.append(f"c_sents={'1' if starts[first.i] == starts[last.i] else '2+'}|{via}")
    if span.end >= s1 - 1 and starts[first.i] == s0:
        feats.append(f"c_to_sent_end|{via}")
    if span.start <= t.i < span.end:
        feats.append("c_holds_cue")
    text = span.text
    marks = sum(text.count(q) for q in ('"', "“", "”"))
    feats.append(f"c_quote_marks={'0' if not marks else 'odd' if marks % 2 else 'even'}")
    verbs = sum(1 for tok in span if tok.pos_ == "VERB" and tok.dep_ in ("conj", "advcl", "ccomp", "ROOT"))
    feats.append(f"c_clauses={_bucket(verbs)}")
    if any(tok.dep_ == "cc" and tok.head.i == t.i for tok in span):
        feats.append("c_holds_cue_cc")
    return feats


_STEPS = (0.1, 0.3, 0.5, 0.7, 0.9)


def _levels(name: str, p: float) -> list[str]:
    """A probability as thermometer features, so a linear model can weigh it piecewise."""
    return [f"{name}>={s}" for s in _STEPS if p >= s]


def tag_features(ctx: Context, f: Finding) -> list[str]:
    """How the token tags (tagger or encoder) see this candidate: is its cue a cue, its content
    content (and the words just outside it not)."""
    arr = ctx.arrays
    cue, con = arr.cue, arr.con
    assert cue is not None and con is not None and ctx.tags is not None  # called only with tags
    n = len(arr.start)
    feats: list[str] = []
    cue_toks = arr.cue_words(f.cue, f.cue_token)
    pc = float(cue[cue_toks].max())
    feats += _levels("e_cue", pc) + _levels(f"e_cue|{f.stage}", pc)
    s, e = int(arr.sent_start[f.cue_token]), int(arr.sent_end[f.cue_token])
    content = arr.words_in(f.content) if f.content is not None else np.array([], dtype=np.int64)
    if len(content):
        feats += _levels("e_con", float(con[content].mean())) + _levels("e_con_min", float(con[content].min()))
        feats += _levels("e_con_begin", float(ctx.tags[content[0], 5]))
        lo, hi = int(content[0]), int(content[-1])
        outside = [i for i in (lo - 1, lo - 2, hi + 1, hi + 2) if 0 <= i < n and arr.word[i] and i not in cue_toks]
        if outside:
            feats += _levels("e_con_outside", float(con[outside].max()))
        tagged = np.nonzero((con[s:e] >= 0.5) & ~arr.punct[s:e])[0] + s
        if len(tagged):
            feats += _levels("e_con_cover", float(np.isin(tagged, content).sum()) / len(tagged))
    return feats


def tag_source_features(ctx: Context, f: Finding) -> list[str]:
    """Is the candidate's source what the tags call a source, or does another span in the
    sentence look more like one (or, with no source, is there one it missed)?"""
    arr = ctx.arrays
    src = arr.src
    assert src is not None  # called only with tags
    feats: list[str] = []
    s, e = int(arr.sent_start[f.cue_token]), int(arr.sent_end[f.cue_token])
    if f.source is not None:
        cue_toks = arr.cue_words(f.cue, f.cue_token)
        content = arr.words_in(f.content) if f.content is not None else np.array([], dtype=np.int64)
        toks = arr.words_in(f.source)
        if len(toks):
            feats += _levels("e_src", float(src[toks].max()))
            rivals = np.ones(e - s, dtype=bool)
            for taken in (toks, cue_toks, content):
                inside = taken[(taken >= s) & (taken < e)] - s
                rivals[inside] = False
            if rivals.any():
                feats += _levels("e_src_rival", float(src[s:e][rivals].max()))
    else:
        feats += _levels("e_src_unclaimed", float(src[s:e].max()))
    return feats
