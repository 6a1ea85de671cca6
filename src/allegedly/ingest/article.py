"""The plain record that ingest hands to analysis: text plus metadata, or why there is none."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import ArticleMeta


@dataclass
class Article:
    name: str
    text: str
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    warnings: list[str] = field(default_factory=list)
    id: str | None = None  # the JSONL record's own "id", kept as the article's id in a corpus


@dataclass
class Problem:
    """An input that could not be turned into an Article: one line says why."""

    name: str
    message: str

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"
