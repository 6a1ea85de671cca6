"""schema.org Claim objects as JSON-LD: one Claim per attribution, its author the speaker,
its appearance this article, its firstAppearance the outlet it came through or the channel
it was made in, where the text says."""

from __future__ import annotations

import json

from ..schema import Report
from ..sourcing.chains import walk
from . import renderer

_TYPES = {"person": "Person", "organization": "Organization", "outlet": "NewsMediaOrganization"}


@renderer("jsonld", ".jsonld")
def to_jsonld(report: Report) -> str:
    ents = {e.id: e for e in report.entities}
    meta = report.article
    article: dict[str, object] = {"@type": "NewsArticle"}
    for key, value in (("headline", meta.title), ("url", meta.url), ("datePublished", meta.published)):
        if value:
            article[key] = value
    if meta.outlet:
        article["publisher"] = {"@type": "NewsMediaOrganization", "name": meta.outlet}
    if meta.authors:
        article["author"] = [{"@type": "Person", "name": n} for n in meta.authors]
    claims = []
    for a in report.attributions:
        if a.content is None:
            continue
        claim: dict = {"@type": "Claim", "@id": f"#{a.id}", "text": a.content.text, "appearance": article}
        ent = ents.get(a.speaker or "")
        if ent is not None and a.source_type in _TYPES:
            author = {"@type": _TYPES[a.source_type], "name": ent.name}
            if ent.descriptors:
                author["description"] = ent.descriptors[0]
            claim["author"] = author
        elif a.source is not None:
            claim["author"] = {"@type": "Thing", "name": a.source.text, "description": a.source_type}
        *_, outer = walk(report.attributions, a)
        if outer is not a and outer.source_type == "outlet" and outer.source is not None:
            claim["firstAppearance"] = {"@type": "CreativeWork", "publisher": {"@type": "NewsMediaOrganization", "name": outer.source.text}}
        elif a.channel is not None:
            claim["firstAppearance"] = {"@type": "CreativeWork", "description": a.channel.text}
        claim["additionalProperty"] = [
            {"@type": "PropertyValue", "name": k, "value": v}
            for k, v in (("sourceType", a.source_type), ("certainty", a.certainty), ("evidence", a.evidence), ("stance", a.stance))
        ]
        claims.append(claim)
    # "<" as \u003c: the output is often pasted into a <script type="application/ld+json">,
    # where a literal "</script>" in an article would end the script
    return json.dumps({"@context": "https://schema.org", "@graph": claims}, ensure_ascii=False, indent=2).replace("<", "\\u003c")
