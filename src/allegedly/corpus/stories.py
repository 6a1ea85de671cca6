"""Stories: the stored articles grouped by the claim they carry, with how the claim spread.

A story is plain JSON (docs/corpus.md):

    {"id", "claim", "first_seen",
     "articles":  [{"id", "title", "outlet", "published", "headline_stance"}],  oldest first
     "citations": [{"from", "to", "article", "published", "cue", "certainty"}]  outlet -> outlet
     "denials":   [{"who", "article", "outlet", "published", "text", "channel",
                    "carried_by", "not_carried_by"}]
     "drift":     {"timeline": [...], "first_asserted": ..., "first_unhedged": ...}}

`story_of` reads only plain rows (articles and attributions as dicts), so it runs the same
over SQLite, Parquet or a Dask partition.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from typing import Any, Callable, Sequence

import numpy as np

from .matching import DEFAULT, MatchOptions, cluster, tfidf
from .signatures import Signature
from .store import Store

_FAR_FUTURE = "9999"


def _when(a: dict[str, Any]) -> tuple[str, str]:
    return (a.get("published") or _FAR_FUTURE, a["id"])


def _representative(members: Sequence[Signature], titles: dict[str, str | None]) -> str:
    """The wording closest to all the others (the medoid of the members' word vectors)."""
    named = [s for s in members if titles.get(s.article_id)]
    if not named:
        return ""
    if len(named) <= 2:
        return titles[named[0].article_id] or ""
    x = tfidf([s.tokens.split() for s in named[:500]])
    sims = np.asarray((x @ x.T).sum(1)).ravel()
    return titles[named[int(sims.argmax())].article_id] or ""


def story_id(article_ids: Sequence[str]) -> str:
    """Stable while the story's earliest-stored article stays in it."""
    return "s" + hashlib.sha1(min(article_ids).encode("utf-8", "surrogatepass")).hexdigest()[:10]


def story_of(sid: str, claim: str, articles: list[dict[str, Any]], attributions: list[dict[str, Any]]) -> dict[str, Any]:
    """One story's JSON from its articles' rows and their attributions' rows."""
    arts = sorted(articles, key=_when)
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in attributions:
        by_article[a["article_id"]].append(a)
    citations = []
    for art in arts:
        for a in by_article[art["id"]]:
            if a["source_type"] == "outlet":
                cited = a["speaker_name"] or a["source"]
                if cited:
                    citations.append({"from": cited, "to": art["outlet"] or art["id"], "article": art["id"], "published": art["published"],
                                      "cue": a["cue"], "certainty": a["certainty"]})

    denial_rows: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for art in arts:
        for a in by_article[art["id"]]:
            if a["stance"] == "denies":
                denial_rows.append((art, a))
        if art.get("headline_stance") == "refutes" and not any(a["stance"] == "denies" for a in by_article[art["id"]]):
            denial_rows.append((art, None))
    denying = {art["id"] for art, _ in denial_rows}
    denials = []
    for art, row in denial_rows:
        later = [x for x in arts if _when(x) > _when(art) and x["id"] != art["id"]]
        denials.append({
            "who": (row["speaker_name"] or row["source"]) if row else (art["outlet"] or art["id"]),
            "article": art["id"], "outlet": art["outlet"], "published": art["published"],
            "text": (row["content"] or row["cue"]) if row else art["title"],
            "channel": row["channel"] if row else None,
            "carried_by": [x["id"] for x in later if x["id"] in denying],
            "not_carried_by": [x["id"] for x in later if x["id"] not in denying],
        })

    timeline = []
    for art in arts:
        atts = by_article[art["id"]]
        claim_atts = [a for a in atts if a["in_headline"]] or atts
        hedged = [a for a in claim_atts if a["certainty"] != "asserted"]
        hedges = sorted({h for a in claim_atts for h in json.loads(a["hedges"] or "[]")})
        timeline.append({"article": art["id"], "outlet": art["outlet"], "published": art["published"],
                         "headline_stance": art.get("headline_stance"),
                         "attributions": len(claim_atts), "hedged": len(hedged), "hedges": hedges,
                         "denied": art["id"] in denying})

    def first(pred) -> dict[str, Any] | None:
        for t in timeline:
            if pred(t):
                return {"article": t["article"], "outlet": t["outlet"], "published": t["published"]}
        return None

    reported_before = False
    first_asserted = None
    for t in timeline:  # who first stated as fact what others had only reported
        if t["headline_stance"] == "reports":
            reported_before = True
        elif t["headline_stance"] == "asserts" and reported_before and first_asserted is None:
            first_asserted = {"article": t["article"], "outlet": t["outlet"], "published": t["published"]}
    hedged_before = any(t["hedged"] for t in timeline)
    first_unhedged = None
    if hedged_before:
        seen_hedge = False
        for t in timeline:
            if t["hedged"]:
                seen_hedge = True
            elif seen_hedge and t["attributions"]:
                first_unhedged = {"article": t["article"], "outlet": t["outlet"], "published": t["published"]}
                break

    return {
        "id": sid,
        "claim": claim,
        "first_seen": next((a["published"] for a in arts if a["published"]), None),
        "articles": [{"id": a["id"], "title": a["title"], "outlet": a["outlet"], "published": a["published"],
                      "headline_stance": a.get("headline_stance")} for a in arts],
        "outlets": list(dict.fromkeys(a["outlet"] for a in arts if a["outlet"])),
        "citations": citations,
        "denials": denials,
        "drift": {
            "timeline": timeline,
            "stances": dict(Counter(t["headline_stance"] or "unknown" for t in timeline)),
            "first_reported": first(lambda t: t["headline_stance"] == "reports"),
            "first_asserted": first_asserted,
            "first_unhedged": first_unhedged,
            "first_denied": first(lambda t: t["denied"]),
        },
    }


Clusterer = Callable[[Sequence[Signature], MatchOptions], np.ndarray]


def build_stories(store: Store, opts: MatchOptions = DEFAULT, *, embed: bool = False,
                  clusterer: Clusterer | None = None) -> list[dict[str, Any]]:
    """Match every stored article, build and store the stories, and return them (largest
    first). With embed, articles without an embedding get one first (corpus/embed.py).
    clusterer: what labels the signatures (default matching.cluster, in this process; on
    Dask, scale.blocking.clusterer(client), with the same labels)."""
    if embed:
        add_embeddings(store)
    sigs = store.signatures()
    labels = (clusterer or cluster)(sigs, opts) if sigs else np.zeros(0, dtype=np.int64)
    groups: dict[int, list[Signature]] = defaultdict(list)
    for s, lab in zip(sigs, labels.tolist()):
        groups[lab].append(s)
    stories = []
    for members in groups.values():
        ids = [s.article_id for s in members]
        arts = list(store.articles(ids))
        titles = {a["id"]: a["title"] for a in arts}
        sid = story_id(ids)
        stories.append(story_of(sid, _representative(members, titles), arts, store.attributions(ids)))
    stories.sort(key=lambda s: (-len(s["articles"]), s["first_seen"] or _FAR_FUTURE, s["id"]))
    store.save_stories(stories)
    return stories


def add_embeddings(store: Store, batch: int = 256) -> int:
    """Embed the claim text of every stored article that has no embedding yet."""
    from . import embed
    from .signatures import claim_text

    enc = embed.load()
    todo = [r[0] for r in store.con.execute("SELECT article_id FROM signatures WHERE embedding IS NULL")]
    for k in range(0, len(todo), batch):
        ids = todo[k : k + batch]
        texts = []
        for i in ids:
            rep = store.report(i)
            texts.append(claim_text(rep) if rep else "")
        vecs = enc.encode(texts)
        store.set_embeddings((i, v.astype(np.float32).tobytes()) for i, v in zip(ids, vecs))
    return len(todo)
