"""Features of a candidate attribution, for the ranker. Training and inference both call
this one function, so they cannot drift apart."""

from __future__ import annotations

from .context import Context
from .spans import Finding, doc_text

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
    tok = ctx.tokens
    lemma = tok.lemma[f.cue_token]
    if f.source is None:
        feats = ["src=none", f"lemma_nosrc={lemma}"]
    else:
        s = f.source_token if f.source_token is not None else f.cue_token
        kind = tok.lower[s] if tok.lower[s] in _PRONOUNS else tok.ent[s] or tok.pos[s]
        feats = [f"src={kind}", f"lemma_src={lemma}|{kind}", f"src_tag={tok.tag[s]}"]
    if f.source_from is not None:
        feats.append(f"src_from={f.source_from}|{f.stage}")
    if ctx.tags is not None:
        feats += tag_source_features(ctx, f)
    return feats


def _shared(ctx: Context, f: Finding) -> list[str]:
    tok = ctx.tokens
    t = f.cue_token
    n_doc = len(tok.lower)
    lemma = tok.lemma[t]
    dep = tok.dep[t]
    via = f.via
    lex = "1" if f.lexicon else "0"
    feats = [
        "bias",
        f"stage={f.stage}",
        f"lemma={lemma}",
        f"lemma_stage={lemma}|{f.stage}",
        f"lex={lex}|{f.stage}",
        f"pos={tok.pos[t]}",
        f"tag={tok.tag[t]}",
        f"dep={dep}",
        f"lemma_dep={lemma}|{dep}",
        f"kind={f.kind}",
        f"via={via}",
        f"lemma_via={lemma}|{via}",
        f"head={tok.lemma[tok.head[t]]}|{dep}",
        f"prev={tok.lower[t - 1] if t else '<s>'}",
        f"next={tok.lower[t + 1] if t + 1 < n_doc else '</s>'}",
    ]
    if f.content is not None:
        span = ctx.char_span(f.content)
        n = span[1] - span[0] if span is not None else 0
        side = "after" if f.content[0] > tok.idx[t] else "before"
        feats += [f"clen={_bucket(n)}", f"via_clen={via}|{_bucket(n)}", f"side={side}", f"lemma_side={lemma}|{side}|{via}"]
        if span is not None and n:
            first = tok.word(span[0])
            feats += [f"cfirst={first}", f"via_cfirst={via}|{first}"]
            s0, s1 = ctx.arrays.sent_start[t], ctx.arrays.sent_end[t]  # t.sent would scan for them
            if span[0] <= s0 + 1 and span[1] >= s1 - 1:
                feats.append("content_whole_sentence")
            quoted = ctx.quote_at(f.content[0])
            if quoted and quoted[1] >= f.content[1]:
                feats.append(f"content_in_quote|{via}")
            gap = (span[0] - t) if side == "after" else (t - span[1])
            feats.append(f"gap={_bucket(max(gap, 0))}|{via}")
    pref = "pref" if f.preferred else "alt"
    feats += [f"pref={pref}", f"pref_via={pref}|{via}", f"lemma_pref={lemma}|{pref}"]
    if ctx.quote_at(tok.idx[t]):
        feats.append("cue_in_quote")
    children = {tok.dep[c] for c in tok.children(t)}
    for d in ("neg", "aux", "auxpass", "nsubjpass", "dobj", "ccomp", "xcomp", "prt", "dative", "agent"):
        if d in children:
            feats.append(f"child={d}")
    if any(tok.tag[c] == "MD" for c in tok.children(t)):
        feats.append("modal")
    if f.content is not None:
        feats += content_features(ctx, f)
    if ctx.tags is not None:
        feats += tag_features(ctx, f)
    return feats


_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "ROOT"})


def content_features(ctx: Context, f: Finding) -> list[str]:
    """What the content's boundaries look like, for choosing among one cue's alternatives:
    where it starts and stops, what comes just outside, whether it runs past the clause."""
    tok = ctx.tokens
    n_doc = len(tok.lower)
    t = f.cue_token
    via = f.via
    assert f.content is not None  # candidates without a content never reach the ranker
    span = ctx.char_span(f.content)
    if span is None or span[1] <= span[0]:
        return [f"c_none|{via}"]
    start, end = span
    first, last = start, end - 1
    starts = ctx.arrays.sent_start
    s0, s1 = starts[t], ctx.arrays.sent_end[t]
    feats = [
        f"c_first={tok.word(first)}",
        f"c_last={tok.word(last)}|{tok.dep[last]}",
        f"c_first_dep={tok.dep[first]}",
        f"c_via_len={via}|{_bucket(end - start)}",
    ]
    after = end if end < n_doc else None
    while after is not None and tok.space[after] and after + 1 < n_doc:
        after += 1
    if after is None or tok.sent_start[after]:
        feats.append("c_after=</s>")
    else:
        h = tok.head[after]
        feats += [f"c_after={tok.word(after)}", f"c_after_dep={tok.dep[after]}|{'cue' if h == t else 'in' if start <= h < end else 'out'}"]
        nxt = after + 1
        if tok.punct[after] and nxt < n_doc and not tok.sent_start[nxt]:
            feats.append(f"c_after2={tok.word(nxt)}|{tok.dep[nxt]}")
    feats.append(f"c_before={tok.word(start - 1) if start else '<s>'}")
    feats.append(f"c_sents={'1' if starts[first] == starts[last] else '2+'}|{via}")
    if end >= s1 - 1 and starts[first] == s0:
        feats.append(f"c_to_sent_end|{via}")
    if start <= t < end:
        feats.append("c_holds_cue")
    text = doc_text(ctx.doc)[tok.idx[start] : tok.end[last]]  # span.text
    marks = sum(text.count(q) for q in ('"', "“", "”"))
    feats.append(f"c_quote_marks={'0' if not marks else 'odd' if marks % 2 else 'even'}")
    pos, dep = tok.pos, tok.dep
    verbs = sum(1 for i in range(start, end) if pos[i] == "VERB" and dep[i] in _CLAUSE_DEPS)
    feats.append(f"c_clauses={_bucket(verbs)}")
    if any(dep[c] == "cc" and start <= c < end for c in tok.children(t)) or (dep[t] == "cc" and tok.head[t] == t and start <= t < end):
        feats.append("c_holds_cue_cc")
    return feats


_STEPS = (0.1, 0.3, 0.5, 0.7, 0.9)


_LEVEL_NAMES: dict[str, tuple[tuple[str, float], ...]] = {}


def _levels(name: str, p: float) -> list[str]:
    """A probability as thermometer features, so a linear model can weigh it piecewise."""
    steps = _LEVEL_NAMES.get(name)
    if steps is None:
        steps = _LEVEL_NAMES[name] = tuple((f"{name}>={s}", s) for s in _STEPS)
    return [level for level, s in steps if p >= s]


def tag_features(ctx: Context, f: Finding) -> list[str]:
    """How the token tags (tagger or encoder) see this candidate: is its cue a cue, its content
    content (and the words just outside it not)."""
    assert ctx.tags is not None  # called only with tags
    arr = ctx.arrays.lists  # maxima and counts over lists are exact; means stay in numpy
    cue, con = arr.cue, arr.con
    n = len(arr.start)
    feats: list[str] = []
    cue_toks = arr.cue_words(f.cue, f.cue_token)
    pc = max([cue[i] for i in cue_toks])
    feats += _levels("e_cue", pc) + _levels(f"e_cue|{f.stage}", pc)
    content = arr.words_in(f.content) if f.content is not None else []
    if content:
        feats += _levels("e_con", float(ctx.arrays.con[content].mean())) + _levels("e_con_min", min([con[i] for i in content]))  # type: ignore[index]
        feats += _levels("e_con_begin", arr.con_begin[content[0]])
        lo, hi = content[0], content[-1]
        word = arr.word
        outside = [i for i in (lo - 1, lo - 2, hi + 1, hi + 2) if 0 <= i < n and word[i] and i not in cue_toks]
        if outside:
            feats += _levels("e_con_outside", max([con[i] for i in outside]))
        tagged = _tagged_content(ctx, arr.sent_start[f.cue_token])
        if tagged:
            inside = set(content)
            feats += _levels("e_con_cover", float(sum(1 for i in tagged if i in inside)) / len(tagged))
    return feats


def _tagged_content(ctx: Context, s: int) -> list[int]:
    """The sentence's tokens that the tags call content (punctuation aside), once per sentence."""
    key = ("tagged_content", s)
    got = ctx.memo.get(key)
    if got is None:
        arr = ctx.arrays.lists
        con, punct = arr.con, arr.punct
        got = ctx.memo[key] = [i for i in range(s, arr.sent_end[s]) if con[i] >= 0.5 and not punct[i]]
    return got


def tag_source_features(ctx: Context, f: Finding) -> list[str]:
    """Is the candidate's source what the tags call a source, or does another span in the
    sentence look more like one (or, with no source, is there one it missed)?"""
    assert ctx.tags is not None  # called only with tags
    arr = ctx.arrays.lists
    src = arr.src
    feats: list[str] = []
    s, e = arr.sent_start[f.cue_token], arr.sent_end[f.cue_token]
    if f.source is not None:
        toks = arr.words_in(f.source)
        if toks:
            feats += _levels("e_src", max([src[i] for i in toks]))
            taken = set(toks).union(arr.cue_words(f.cue, f.cue_token))
            if f.content is not None:
                taken.update(arr.words_in(f.content))
            rivals = [src[i] for i in range(s, e) if i not in taken]
            if rivals:
                feats += _levels("e_src_rival", max(rivals))
    else:
        feats += _levels("e_src_unclaimed", max(src[s:e]))
    return feats
