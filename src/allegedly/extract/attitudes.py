"""Where someone stands on a clause: "Smith was adamant that he had done nothing wrong",
"Aides remain hopeful that a deal can be reached". A copula, an adjective of certainty,
doubt, hope or worry (attitude_adjectives.txt) and the clause it takes: the subject's claim,
with the copula and the adjective as the cue, as PolNeAR marks them ("were adamant"). The
tagger knows the common ones from PolNeAR ("were sure"); the form is fixed, so the rest
("adamant", "insistent") are found by it here.
"""

from __future__ import annotations

from spacy.tokens import Token

from .. import lexicon
from .context import Context
from .registry import stage
from .spans import Finding, char_span, subtree_span

LEXICON = "attitude_adjectives.txt"
COPULAS = frozenset({"be", "remain", "stay", "seem", "appear", "feel", "sound", "become", "grow"})
_NO_ONE = frozenset({"it", "this", "that", "there", "i", "we", "you"})
_ON_TOP = frozenset({"ROOT", "conj", "relcl"})  # a clause of its own, not one a report holds


def _clause_of(adjective: Token) -> Token | None:
    """The clause the adjective takes, after it: the parser hangs it on the adjective or on
    the copula ('was adamant | that ...'), and may read one with no 'that' as an adverbial
    clause ('was adamant the watch would arrive in March'): one with a subject of its own
    and no subordinator ('because', 'when') is the complement all the same."""
    copula = adjective.head
    for c in list(adjective.children) + list(copula.children):
        if c.i <= adjective.i or c.pos_ not in ("VERB", "AUX"):
            continue
        if c.dep_ == "ccomp":
            return c
        if c.dep_ == "advcl" and c.left_edge.i == adjective.i + 1 and any(k.dep_ == "nsubj" for k in c.children) and not any(k.dep_ == "mark" or k.dep_ == "advmod" and k.tag_ == "WRB" for k in c.children):
            return c
    return None


@stage("attitude_adjectives")
def attitude_adjectives(ctx: Context) -> list[Finding]:
    doc = ctx.doc
    tok = ctx.tokens
    words = lexicon.words(LEXICON)
    out: list[Finding] = []
    for i, pos in enumerate(tok.pos):
        if pos != "ADJ" or tok.lower[i] not in words or tok.dep[i] != "acomp":
            continue
        adjective = doc[i]
        copula = adjective.head
        if copula.lemma_.lower() not in COPULAS or copula.i > adjective.i or copula.dep_ not in _ON_TOP:
            continue  # ('he said he was confident that ...': the report holds it, PolNeAR marks the report)
        subject = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)
        clause = _clause_of(adjective)
        if subject is None or clause is None or subject.lower_ in _NO_ONE:
            continue  # ('It is certain that ...': no one stands anywhere; 'I'm sure', 'we are
            # pretty much certain': a speaker's or the writer's own voice, for the ranker to weigh)
        if ctx.quote_at(adjective.idx) is not None:
            continue  # a speaker's own "I am sure ..." inside a quotation is theirs
        start = min([copula.i] + [c.i for c in copula.children if c.dep_ in ("aux", "neg") and subject.i < c.i < copula.i])
        cue = char_span(doc, doc[start : adjective.i + 1])  # ('has long been concerned', 'is not sure')
        sent = adjective.sent
        source = subtree_span(doc, subject, within=sent)
        content = subtree_span(doc, clause, within=sent)
        if cue is None or source is None or content is None:
            continue
        out.append(Finding(cue=cue, source=source, content=content, kind="indirect", stage="attitude_adjectives", cue_token=i, source_token=subject.i, via="ccomp"))
    return out
