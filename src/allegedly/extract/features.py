"""Features of a candidate attribution, for the ranker. Training and inference both call
this one function, so they cannot drift apart."""

from __future__ import annotations

from .context import Context
from .spans import Finding

_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it", "who"}


def _bucket(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-20" if n <= 20 else "21+"


def features(ctx: Context, f: Finding) -> list[str]:
    doc = ctx.doc
    t = doc[f.cue_token]
    lemma = t.lemma_.lower()
    via = f.extra.get("via", "")
    lex = "1" if f.extra.get("lexicon", True) else "0"
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
    if f.source is None:
        feats.append("src=none")
        feats.append(f"lemma_nosrc={lemma}")
    else:
        s = doc[f.source_token] if f.source_token is not None else t
        kind = s.lower_ if s.lower_ in _PRONOUNS else s.ent_type_ or s.pos_
        feats += [f"src={kind}", f"lemma_src={lemma}|{kind}", f"src_tag={s.tag_}"]
    if f.content is not None:
        span = doc.char_span(*f.content, alignment_mode="expand")
        n = len(span) if span is not None else 0
        side = "after" if f.content[0] > t.idx else "before"
        feats += [f"clen={_bucket(n)}", f"via_clen={via}|{_bucket(n)}", f"side={side}", f"lemma_side={lemma}|{side}|{via}"]
        if span is not None and n:
            first = span[0]
            feats += [f"cfirst={first.lower_ if first.is_punct or first.is_stop else first.pos_}", f"via_cfirst={via}|{first.lower_ if first.is_stop or first.is_punct else first.pos_}"]
            sent = t.sent
            if span.start <= sent.start + 1 and span.end >= sent.end - 1:
                feats.append("content_whole_sentence")
            quoted = ctx.quote_at(f.content[0])
            if quoted and quoted[1] >= f.content[1]:
                feats.append(f"content_in_quote|{via}")
            gap = (span.start - t.i) if side == "after" else (t.i - span.end)
            feats.append(f"gap={_bucket(max(gap, 0))}|{via}")
    pref = "pref" if f.extra.get("preferred", True) else "alt"
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
        feats += encoder_features(ctx, f)
    return feats


def _word(t) -> str:
    return t.lower_ if t.is_punct or t.is_stop else t.pos_


def content_features(ctx: Context, f: Finding) -> list[str]:
    """What the content's boundaries look like, for choosing among one cue's alternatives:
    where it starts and stops, what comes just outside, whether it runs past the clause."""
    doc = ctx.doc
    t = doc[f.cue_token]
    via = f.extra.get("via", "")
    span = doc.char_span(*f.content, alignment_mode="expand")
    if span is None or not len(span):
        return [f"c_none|{via}"]
    first, last = span[0], span[-1]
    sent = t.sent
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
    sents = {tok.sent.start for tok in (first, last)}
    feats.append(f"c_sents={'1' if len(sents) == 1 else '2+'}|{via}")
    if span.end >= sent.end - 1 and first.sent.start == sent.start:
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


def _tokens(ctx: Context, span: tuple[int, int]) -> list[int]:
    s = ctx.doc.char_span(*span, alignment_mode="expand")
    return [t.i for t in s if not t.is_space and not t.is_punct] if s is not None else []


def encoder_features(ctx: Context, f: Finding) -> list[str]:
    """How the accurate mode's tagger sees this candidate: is its cue a cue, its content
    content (and the words just outside it not), its source a source."""
    tags = ctx.tags  # columns: O, B/I-source, B/I-cue, B/I-content
    src, cue, con = tags[:, 1] + tags[:, 2], tags[:, 3] + tags[:, 4], tags[:, 5] + tags[:, 6]
    doc = ctx.doc
    feats: list[str] = []
    cue_toks = _tokens(ctx, f.cue) or [f.cue_token]
    pc = float(cue[cue_toks].max())
    feats += _levels("e_cue", pc) + _levels(f"e_cue|{f.stage}", pc)
    if f.content is not None:
        toks = _tokens(ctx, f.content)
        if toks:
            feats += _levels("e_con", float(con[toks].mean())) + _levels("e_con_min", float(con[toks].min()))
            feats += _levels("e_con_begin", float(tags[toks[0], 5]))
            lo, hi = toks[0], toks[-1]
            outside = [i for i in (lo - 1, lo - 2, hi + 1, hi + 2) if 0 <= i < len(doc) and not doc[i].is_space and not doc[i].is_punct and i not in cue_toks]
            if outside:
                feats += _levels("e_con_outside", float(con[outside].max()))
    if f.source is not None:
        toks = _tokens(ctx, f.source)
        if toks:
            feats += _levels("e_src", float(src[toks].max()))
    else:
        sent = doc[f.cue_token].sent
        feats += _levels("e_src_unclaimed", float(src[sent.start : sent.end].max()))
    return feats
