"""Article-level summaries computed from a Report's attributions: the scorecard and the
headline's sourcing."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .. import lexicon
from ..schema import Attribution, Entity, Headline, Report
from .chains import walk
from .headline_stance import headline_stance

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset(
    ["the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is", "was", "were", "be", "been", "has", "have", "had", "that", "this", "it", "its", "his", "her", "their", "he", "she", "they", "who", "what", "which", "said", "says", "say", "about", "after", "over", "into", "than", "not"]
)
REPORTING_VERBS = "reporting_verbs.txt"
SOURCE_TYPES = ("person", "organization", "outlet", "document", "anonymous", "unattributed")


def _content_words(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in _WORD.findall(text) if w.lower() not in _STOP}


def scorecard(report: Report) -> dict[str, Any]:
    by_type: Counter[str] = Counter(a.source_type for a in report.attributions)
    n = len(report.attributions)
    words = {t: 0 for t in SOURCE_TYPES}
    for a in report.attributions:
        if a.content is not None:
            words[a.source_type] += len(_WORD.findall(a.content.text))
    total_words = sum(words.values())
    outlets = _outlets(report)
    return {
        "attributions": n,
        "named_sources": sum(by_type[t] for t in ("person", "organization", "outlet")),
        "no_source": by_type["unattributed"],
        "by_source_type": {t: by_type[t] for t in SOURCE_TYPES},
        "by_kind": dict(Counter(a.kind for a in report.attributions)),
        "share_of_claim_words_anonymous_or_unattributed": round(
            (words["anonymous"] + words["unattributed"]) / total_words, 3
        ) if total_words else 0.0,
        "hedged": sum(a.certainty != "asserted" for a in report.attributions),
        "no_evidence": sum(a.evidence == "none_provided" for a in report.attributions),
        "denials": sum(a.stance == "denies" for a in report.attributions),
        "outlets_cited": outlets,
        "chains": chains(report),
    }


def _outlets(report: Report) -> list[str]:
    """The outlets the article cites, each once, by the name it resolved to ('The Telegraph'
    for 'An article from The Telegraph' and 'the Telegraph's report'), else as written."""
    names = {e.id: e.name for e in report.entities}
    out: dict[str, str] = {}
    for a in report.attributions:
        if a.source_type == "outlet" and a.source is not None:
            name = names.get(a.speaker, a.source.text) if a.speaker else a.source.text
            out.setdefault(name.casefold(), name)
    return list(out.values())


def chains(report: Report) -> list[list[str]]:
    """Every chain of reporting, outermost source first: walk `via` up from each attribution
    that nothing else came through ('The Herald' -> 'the Gazette' -> 'council officials')."""
    outers = {a.via for a in report.attributions if a.via}
    out = []
    for a in report.attributions:
        if not a.via or a.id in outers:
            continue
        chain = [link.source.text if link.source else "(no source)" for link in walk(report.attributions, a)]
        out.append(chain[::-1])
    return out


_ONE_LINE_WORDS = 40


def headline_text(report: Report) -> str | None:
    """The article's title; or, when it has none and the whole text is one short line (an
    article given as its headline alone), that line."""
    title = (report.article.title or "").strip()
    if title:
        return title
    text = report.text.strip()
    if text and "\n" not in text and len(text.split()) <= _ONE_LINE_WORDS:
        return text
    return None


def headline_for(report: Report) -> Headline | None:
    """The headline, its own stance towards its claim, the body attributions that carry its
    claim (their contents share a third of its content words, at least three), and a one-line
    summary of what they rest on. None only when the article has no headline at all."""
    title = headline_text(report)
    if title is None:
        return None
    head_words = _content_words(title)
    start = report.text.find(title)
    body_from = start + len(title) if start >= 0 else 0
    need = max(3, len(head_words) // 3)
    matched = [
        a
        for a in report.attributions
        if a.content is not None and a.content.start >= body_from and a.stance == "asserts"
        and len(head_words & _content_words(a.content.text)) >= need
    ]
    # '..., councillor claims': the headline names its own source; what that source asserts
    # in the body is what the headline rests on, whatever words it uses
    named = _headline_sources(report, title)
    matched += [
        a
        for a in report.attributions
        if a.speaker in named and a not in matched and a.content is not None and a.content.start >= body_from and a.stance == "asserts"
    ]
    matched.sort(key=lambda a: a.content.start if a.content is not None else 0)
    return Headline(
        text=title,
        attributions=[a.id for a in matched],
        summary=summarize(report, matched, title),
        stance=headline_stance(title),
    )


_HEADLINE_WORD = re.compile(r"[\w'’-]+")


def _headline_sources(report: Report, title: str) -> set[str]:
    """Entities the headline names as its source: the word before a reporting verb in it
    ('..., councillor claims', 'Mussayev says ...'), found among an entity's mentions."""
    verbs = lexicon.words(REPORTING_VERBS)
    words = _HEADLINE_WORD.findall(title)
    found: set[str] = set()
    for i, w in enumerate(words):
        low = w.lower()
        if i == 0 or not ({low, low[:-1], low[:-2], low[:-3]} & verbs or low in _IRREGULAR):
            continue
        source = words[i - 1].lower().strip("'’")
        if source in _STOP or len(source) < 3:
            continue
        for ent in report.entities:
            names = [ent.name.lower()] + [m.text.lower() for m in ent.mentions]
            if any(source in _HEADLINE_WORD.findall(n) for n in names):
                found.add(ent.id)
    return found


_IRREGULAR = frozenset({"said", "says", "told", "tells", "wrote", "writes"})


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summarize(report: Report, matched: list[Attribution], title: str) -> str:
    """'Headline rests on 1 named source (Alnur Mussayev, former Kazakh intelligence chief,
    on Facebook); no evidence provided; denied by Donald Trump.'"""
    entities = {e.id: e for e in report.entities}
    deniers = _deniers(report, title, entities, matched)
    if not matched:
        line = "No attribution in the body carries the headline's claim"
        return line + ("; denied by " + " and ".join(deniers) if deniers else "") + "."
    named: dict[str, str] = {}
    others: Counter[str] = Counter()
    for a in matched:
        ent = entities.get(a.speaker or "")
        if a.source_type in ("person", "organization", "outlet") and (ent is not None or a.source is not None):
            key = ent.id if ent is not None else a.source.text  # type: ignore[union-attr]
            if key not in named:
                bits = [ent.name] + ent.descriptors[:1] if ent is not None else [a.source.text]  # type: ignore[union-attr]
                if a.source_type == "outlet":
                    bits.append("news outlet")
                if a.channel is not None:
                    bits.append(a.channel.text)
                named[key] = ", ".join(bits)
        else:
            others[a.source_type] += 1
    parts = []
    if named:
        parts.append(f"{_plural(len(named), 'named source')} ({'; '.join(named.values())})")
    for kind, label in (("anonymous", "anonymous source"), ("document", "document"), ("unattributed", "claim with no source")):
        if others[kind]:
            parts.append(_plural(others[kind], label))
    line = "Headline rests on " + ", ".join(parts)
    evidence = {a.evidence for a in matched}
    if "none_provided" in evidence:
        line += "; no evidence provided"
    elif "cited" in evidence:
        line += "; evidence cited"
    hedged = sum(a.certainty != "asserted" for a in matched)
    if hedged:
        line += f"; {hedged} hedged"
    if deniers:
        line += "; denied by " + " and ".join(deniers)
    return line + "."


def _deniers(report: Report, title: str, entities: dict[str, Entity], matched: list[Attribution]) -> list[str]:
    """Who denies the headline's claim: the speakers of denials that answer one of the
    matched attributions, or whose denial itself carries the headline's claim (shares a
    third of its content words, at least three, the speaker's own name left out)."""
    out: list[str] = []
    head_words = _content_words(title)
    need = max(3, len(head_words) // 3)
    carried = {a.id for a in matched}
    for a in report.attributions:
        if a.stance != "denies" or a.content is None:
            continue
        ent = entities.get(a.speaker or "")
        name = ent.name if ent is not None else (a.source.text if a.source else None)
        if name is None or name in out:
            continue
        own = _content_words(a.content.text) - _content_words(name)
        if (a.denies is not None and a.denies in carried) or len(head_words & own) >= need:
            out.append(name)
    return out
