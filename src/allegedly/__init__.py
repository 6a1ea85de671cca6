"""allegedly: map what every claim in a news article rests on.

    >>> import allegedly
    >>> report = allegedly.analyze("Officials said the bridge was unsafe.")
    >>> [(a.source.text, a.cue.text) for a in report.attributions]
    [('Officials', 'said')]
"""

from __future__ import annotations

import logging

from .core import analyze, analyze_articles
from .errors import AllegedlyError, InputError
from .options import Options
from .schema import SCHEMA, ArticleMeta, Attribution, Entity, Headline, Report, Span

__all__ = [
    "analyze",
    "analyze_articles",
    "Options",
    "Report",
    "Attribution",
    "Entity",
    "Span",
    "Headline",
    "ArticleMeta",
    "SCHEMA",
    "AllegedlyError",
    "InputError",
]
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
