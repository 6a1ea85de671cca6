"""Imported once by the workers' forkserver: loads and warms the spaCy model, the tagger and
the ranker there, so every worker forked from it starts with them in memory (shared until
written) instead of loading them again."""

from __future__ import annotations

import logging

try:
    from ..options import Options
    from ..web.workers import _warm

    _warm(Options())
except Exception:
    logging.getLogger(__name__).exception("preloading the model in the forkserver failed")
