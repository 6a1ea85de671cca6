"""The corpus: many analysed articles in one store, grouped into stories by the claim they
carry, with how each claim spread from outlet to outlet.

    load       analyse inputs and store them (`allegedly ingest`)
    store      the SQLite store: tables, rows of one Report, batches (docs/corpus.md)
    signatures what matching reads of each article (words, names, an optional embedding)
    matching   MinHash LSH blocking -> pairwise scores -> average linkage
    embed      optional MiniLM sentence embeddings (the accurate extra)
    stories    clusters -> story JSON: claim, articles, citations, denials, drift
    trace      a claim's wording -> its story's timeline
    export     the tables as Parquet
"""

from __future__ import annotations

from .export import export_parquet
from .load import IngestResult, ingest, ingest_reports
from .matching import MatchOptions, cluster
from .signatures import Signature, signature_of
from .store import Store, StoreError, content_hash, rows_of
from .stories import build_stories, story_of
from .trace import find_story, timeline_text

__all__ = [
    "Store", "StoreError", "content_hash", "rows_of", "Signature", "signature_of", "MatchOptions", "cluster",
    "ingest", "ingest_reports", "IngestResult", "build_stories", "story_of", "find_story", "timeline_text", "export_parquet",
]
