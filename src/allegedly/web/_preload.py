"""Imported once by the workers' forkserver: loads and warms the spaCy model, the tagger and
the ranker there, so every worker forked from it starts with them in memory (shared until
written) instead of loading them again."""

from __future__ import annotations

import logging

try:
    from ..web.workers import _warm
    from ..options import Options

    _warm(Options())
except Exception:  # noqa: BLE001 - each worker warms up again and reports what fails
    logging.getLogger(__name__).exception("preloading the model in the forkserver failed")
