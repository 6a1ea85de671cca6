"""Sourcing: who really speaks, what kind of source that is, how sure and on what evidence,
through which chain; then the article-level summaries. Runs on the final findings.

The steps run in the order written in `map_sources`, each over plain data:

    speakers     Finding -> the entity behind it ("he", "the former spy" -> Alnur Mussayev)
    sourcetype   person | organization | outlet | document | anonymous | unattributed
    qualifiers   hedges, certainty, evidence, stance, channel
    chains       via: the attribution each one reached the article through
    scorecard    the headline check and the article's scorecard
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Token

from .. import lexicon
from ..extract.spans import Finding
from ..extract.verbs import second_tag
from ..schema import Attribution, Entity, Span
from .chains import link_via
from .qualifiers import medium_told, qualify
from .scorecard import headline_for, scorecard
from .sourcetype import personal_pronoun, source_type
from .speakers import EntityDraft, Resolver, voice_nouns

REPORTING_VERBS = "reporting_verbs.txt"
CUE_VERBS = "cue_verbs.txt"  # its "informed" group: the passive's subject is the one told

__all__ = ["map_sources", "headline_for", "scorecard"]


def _span(text: str, offsets: tuple[int, int] | None) -> Span | None:
    return Span.of(text, *offsets) if offsets else None


def _first_mention_type(doc: Doc, f: Finding, draft: EntityDraft) -> str | None:
    """The type of the words a he or she stands for where they were no source themselves
    ('The pilot landed the plane. He said ...': typed as 'The pilot said' would be)."""
    if not draft.mentions or draft.mentions[0] == f.source:
        return None
    span = doc.char_span(*draft.mentions[0])
    if span is None:
        return None
    return source_type(doc, dataclasses.replace(f, source=draft.mentions[0], source_token=span.root.i), draft)


def map_sources(doc: Doc, text: str, findings: list[Finding]) -> tuple[list[Entity], list[Attribution]]:
    """Entities and typed, qualified, linked attributions for one Doc's findings."""
    resolver = Resolver(doc)
    attributions: list[Attribution] = []
    drafts: list[EntityDraft | None] = []
    described: dict[int, str] = {}  # an unnamed source's type, for the he or she that stands for it
    for f in findings:
        if _agentless_passive(doc, f):
            f = dataclasses.replace(f, source=None, source_token=None)
        f = _source_past_dateline(doc, text, f)
        f = _source_short_of_the_medium(doc, text, f)
        draft = resolver.resolve(f)
        drafts.append(draft)
        kind = source_type(doc, f, draft)
        if draft is not None and draft.key.startswith("mention:") and (personal_pronoun(doc, f) or _bare_voice(doc, f)):
            kind = described.get(id(draft)) or _first_mention_type(doc, f, draft) or kind
        elif draft is not None:
            described.setdefault(id(draft), kind)
        attributions.append(
            Attribution(
                id=f"a{len(attributions) + 1}",
                cue=_span(text, f.cue),
                source=_span(text, f.source),
                content=_span(text, _without_dateline(text, _without_dangling(text, f.content))),
                kind=f.kind,  # type: ignore[arg-type]
                source_type=kind,  # type: ignore[arg-type]
            )
        )
    for att, f, draft in zip(attributions, findings, drafts):
        if draft is not None and draft.outlet and att.source_type == "organization":
            # a body the article showed to be an outlet only later ('Movie Pilot reports ...
            # The publication claims ...'): typed again, now that the draft says so
            att.source_type = source_type(doc, f, draft)  # type: ignore[assignment]
    entities = _entities(text, resolver.order)
    ids = {id(d): e.id for d, e in zip([d for d in resolver.order if d.spoke], entities)}
    for att, draft in zip(attributions, drafts):
        att.speaker = ids.get(id(draft)) if draft is not None else None
    qualify(doc, text, attributions, entities)  # reads the stage's own cue word: its hedges, its channel
    link_via(attributions)
    for att, f in zip(attributions, findings):
        if f.wide_cue is not None:  # then the cue as PolNeAR marks it ('has called for')
            att.cue = _span(text, f.wide_cue)
    for ent in entities:
        if any(a.speaker == ent.id and a.source_type == "outlet" for a in attributions):
            ent.type = "outlet"
    return entities, attributions


_DANGLING = re.compile(r"[\s,;]+(?:and|but|or|nor)[\s,;]*$", re.IGNORECASE)


def _without_dangling(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A content that stops on the conjunction before a clause it leaves out ('he was a keen
    fan of comics and', where 'and, believing ..., had decided' follows) ends before it: no
    claim ends on 'and'."""
    if span is None:
        return None
    m = _DANGLING.search(text, span[0], span[1])
    if m is None or m.end() != span[1] or m.start() <= span[0]:
        return span
    return span[0], m.start()


# (or the agency's credit alone: '(Reuters) - Rebels have seized ...')
_DATELINE = re.compile(r"(?:[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3},?(?: [A-Z][a-z.]+)?(?: ?\([A-Za-z. ]{2,30}\))?|\([A-Z][A-Za-z. ]{1,29}\)) ?(?:--|[-–—]) +")


def _a_dateline(m: re.Match[str] | None) -> bool:
    """A place in capitals ('BEIRUT', 'LAS VEGAS'), or an agency's credit in brackets."""
    return m is not None and (re.search(r"[A-Z]{3}", m.group()) is not None or m.group().startswith("("))


def _without_dateline(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A content that opens its paragraph with the story's dateline ('BEIRUT (AP) — ...',
    'LAS VEGAS -- ...'; AP Stylebook, datelines) starts after it: the place and agency are
    the article's furniture, not the claim."""
    if span is None or (span[0] > 0 and text[span[0] - 1] != "\n"):
        return span
    m = _DATELINE.match(text, span[0], span[1])
    if m is None or not _a_dateline(m):
        return span
    return (m.end(), span[1]) if m.end() < span[1] else span


def _bare_voice(doc: Doc, f: Finding) -> bool:
    """'A spokesman said' after 'Police have appealed ...' or 'A local company said ...': the
    body it speaks for, described but never named, gives it its type, as it does a 'he'."""
    return f.source_token is not None and doc[f.source_token].lemma_.lower() in voice_nouns()


def _source_short_of_the_medium(doc: Doc, text: str, f: Finding) -> Finding:
    """A source after its verb ends before the news medium it was said to, which the parser
    hung on it ('"...," said the band's publicist | to the Guardian'): the medium is the
    channel (qualifiers.medium_told), not part of who spoke ('an aide to President X' keeps
    its 'to', no medium)."""
    if f.source is None or f.source_token is None or f.source_token < f.cue_token:
        return f
    medium = medium_told(doc, doc[f.cue_token])
    if medium is None or not f.source[0] < medium[0] < f.source[1]:
        return f
    to = text.rfind(" to ", f.source[0], medium[0])
    return dataclasses.replace(f, source=(f.source[0], to)) if to > f.source[0] else f


def _source_past_dateline(doc: Doc, text: str, f: Finding) -> Finding:
    """A source that opens its paragraph with the story's dateline ('FRISCO, Texas - A
    hospital spokesman said', where the parser made the place the subject and the
    spokesman its apposition) starts after it, its head the word there that the rest hangs
    from: the place is where the story was filed, not who spoke."""
    if f.source is None:
        return f
    start, end = f.source
    line = text.rfind("\n", 0, start) + 1
    m = _DATELINE.match(text, line)
    if m is None or not _a_dateline(m) or not line <= start < m.end() < end:
        return f
    words = doc.char_span(m.end(), end, alignment_mode="contract")
    if words is None or not len(words):
        return f
    heads = [t for t in words if not words.start <= t.head.i < words.end or t.head.i == t.i]
    if not heads:
        return f
    return dataclasses.replace(f, source=(m.end(), end), source_token=heads[0].i)


def _agentless_passive(doc: Doc, f: Finding) -> bool:
    """'Cook was said to have ...', 'Oliver Ilic was told that ...', 'the actors reported to
    be ...': the subject of a passive cue without a 'by' agent is what is said of (or to),
    not who says it: no source (the guideline's unsourced 'is said', 'was reported')."""
    if f.source_token is None or f.source is None:
        return False
    cue, src = doc[f.cue_token], doc[f.source_token]
    if cue.pos_ == "VERB" and cue.tag_ == "VBD" and _bare_after_when(cue) and cue.lemma_.lower() in lexicon.words(REPORTING_VERBS):
        return True  # 'refused the offer when told it would cost ...': the participle read as a past
    if cue.pos_ not in ("VERB", "AUX") or cue.tag_ != "VBN" or any(c.dep_ == "agent" for c in cue.children):
        return False
    if cue.lemma_.lower() not in lexicon.words(REPORTING_VERBS):
        return False  # 'Clinton aides were coy about ...': a passive form that is no reporting verb
    if cue.dep_ == "acl" and second_tag(cue) is not None:
        return False  # a past tense the parser took for a participle ('..., a blogger said, the site reported.')
    if cue.dep_ in ("acl", "advcl") and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in cue.children):
        # a bare participle is a passive however the source was found: 'Bale was among the
        # actors reported to be in contention' (the source found 'Bale', the participle hung
        # on the noun or, misparsed, on 'was')
        return True
    # ('he was told the road would reopen': whatever source was found for it, the subject of
    # a passive 'told' is who was told, and no one is said to have told him; cue_verbs.txt's
    # "informed" group. Not 'Mrs. Clinton's plan is intended to ...', hers)
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    hearer = cue.lemma_.lower() in lexicon.grouped(CUE_VERBS)["informed"] and any(c.dep_ == "nsubjpass" for c in cue.children)
    return hearer or src.dep_ == "nsubjpass" and src.head.i == cue.i


_WHEN = frozenset({"when", "if", "once", "after", "before", "until", "unless", "whenever"})


def _bare_after_when(cue: Token) -> bool:
    """A clause of a verb alone after 'when', 'if', 'once' ('when told it would cost ...',
    'if asked'): a participle, whatever tag it got, with no subject of its own."""
    if cue.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in cue.children):
        return False
    return cue.i > 0 and cue.doc[cue.i - 1].lower_ in _WHEN


def _entities(text: str, drafts: list[EntityDraft]) -> list[Entity]:
    """The speakers that said something, numbered in order of first appearance."""
    return [
        Entity(
            id=f"e{n}",
            name=d.name,
            type=d.type,
            descriptors=list(d.descriptors),
            mentions=[Span.of(text, s, e) for s, e in sorted(set(d.mentions))],
        )
        for n, d in enumerate((d for d in drafts if d.spoke), 1)
    ]
