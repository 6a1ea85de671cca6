"""The one typed model of an analysis (contract `allegedly/1`, see DESIGN.md).

Everything downstream of extraction (renderers, the CLI, the web app, the corpus store) reads
only these objects. Fields may be added; renaming or removing one bumps SCHEMA.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "allegedly/1"

Kind = Literal["direct", "indirect", "mixed", "according_to", "other"]
SourceType = Literal["person", "organization", "outlet", "document", "anonymous", "unattributed"]
Certainty = Literal["asserted", "hedged", "speculative"]
Evidence = Literal["none_provided", "cited", "unstated"]
Stance = Literal["asserts", "denies", "negated"]
HeadlineStance = Literal["asserts", "reports", "refutes"]


@dataclass(frozen=True)
class Span:
    """Character offsets into Report.text, end exclusive."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])


@dataclass
class Entity:
    id: str
    name: str
    type: str
    descriptors: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Attribution:
    """One attribution: who (source, speaker) says what (content) through which cue.

    certainty: "asserted"; "hedged" when the claim is weakened as a report the text does not
    vouch for (reportedly, allegedly, unconfirmed, "is said to", "it is understood"); or
    "speculative" when it is put as a possibility (could, may, might, likely, appears to,
    suggests, a conditional or a question). The strongest present wins: speculative over
    hedged over asserted (docs/annotation-guideline.md).
    evidence: "none_provided" when the text says the claim came without support (here or
    in a nearby sentence about the same speaker), "cited" when a document, record, recording
    or study stands behind it, else "unstated".
    stance: "asserts"; "denies" when the cue denies ("has denied", "rejected the claims",
    "dismissed the report as"); "negated" when the report itself is negated ("did not say",
    "did not reveal", "declined to comment"): the source does not assert the content.
    denies: for a denial, the id of the attribution whose claim it denies, when one is found.
    """

    id: str
    cue: Span | None
    source: Span | None
    content: Span | None
    kind: Kind = "other"
    speaker: str | None = None
    source_type: SourceType = "unattributed"
    channel: Span | None = None
    hedges: list[Span] = field(default_factory=list)
    certainty: Certainty = "asserted"
    evidence: Evidence = "unstated"
    stance: Stance = "asserts"
    via: str | None = None
    denies: str | None = None


@dataclass
class ArticleMeta:
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)


@dataclass
class Headline:
    """The headline, the body attributions that carry its claim, a summary of what they rest
    on, and the headline's own stance towards its claim: "asserts" (states it as fact),
    "reports" (carries it through a source or a hedge: "X says", "reportedly", "Report:", a
    question) or "refutes" (says it is false: "hoax", "denies", "not")."""

    text: str
    attributions: list[str] = field(default_factory=list)
    summary: str = ""
    stance: HeadlineStance = "asserts"


@dataclass
class Report:
    text: str
    article: ArticleMeta = field(default_factory=ArticleMeta)
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    headline: Headline | None = None
    scorecard: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    input: str | None = None
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract, keys in the documented order."""
        d = asdict(self)
        return {
            "schema": d["schema"],
            "input": d["input"],
            "text": d["text"],
            "article": d["article"],
            "entities": d["entities"],
            "attributions": d["attributions"],
            "headline": d["headline"],
            "scorecard": d["scorecard"],
            "warnings": d["warnings"],
        }

    def problems(self) -> list[str]:
        """What is inconsistent in this report, as lines (empty when it is sound): every
        span's text is the text at its offsets, every reference (speaker, via, denies, the
        headline's attributions) names something in the report, and no chain loops. The
        fuzz benchmark and the property tests hold every report to it."""
        out: list[str] = []
        n = len(self.text)

        def check(where: str, sp: Span | None) -> None:
            if sp is not None and not (0 <= sp.start <= sp.end <= n and self.text[sp.start : sp.end] == sp.text):
                out.append(f"{where}: span {sp.start}-{sp.end} does not match the text")

        entity_ids = {e.id for e in self.entities}
        ids = [a.id for a in self.attributions]
        if len(set(ids)) != len(ids) or len(entity_ids) != len(self.entities):
            out.append("ids are not unique")
        for e in self.entities:
            for m in e.mentions:
                check(f"{e.id} mention", m)
        vias = {a.id: a.via for a in self.attributions}
        for a in self.attributions:
            for role in ("cue", "source", "content", "channel"):
                check(f"{a.id} {role}", getattr(a, role))
            for h in a.hedges:
                check(f"{a.id} hedge", h)
            if a.speaker is not None and a.speaker not in entity_ids:
                out.append(f"{a.id}: speaker {a.speaker} is not an entity")
            for ref in (a.via, a.denies):
                if ref is not None and ref not in vias:
                    out.append(f"{a.id}: refers to {ref}, which is not an attribution")
            seen: set[str] = set()
            node: str | None = a.id
            while node is not None and node not in seen:
                seen.add(node)
                node = vias.get(node)
            if node is not None:
                out.append(f"{a.id}: its chain of reporting loops")
        if self.headline is not None:
            out += [f"headline: {x} is not an attribution" for x in self.headline.attributions if x not in vias]
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        def span(v: Any) -> Span | None:
            return Span(**v) if v else None

        atts = [
            Attribution(
                **{
                    **a,
                    "cue": span(a.get("cue")),
                    "source": span(a.get("source")),
                    "content": span(a.get("content")),
                    "channel": span(a.get("channel")),
                    "hedges": [Span(**h) for h in a.get("hedges", [])],
                }
            )
            for a in d.get("attributions", [])
        ]
        ents = [
            Entity(**{**e, "mentions": [Span(**m) for m in e.get("mentions", [])]})
            for e in d.get("entities", [])
        ]
        head = d.get("headline")
        return cls(
            text=d["text"],
            article=ArticleMeta(**d.get("article", {})),
            entities=ents,
            attributions=atts,
            headline=Headline(**head) if head else None,
            scorecard=d.get("scorecard", {}),
            warnings=d.get("warnings", []),
            input=d.get("input"),
            schema=d.get("schema", SCHEMA),
        )
