"""One options object passed from the interfaces down to ingest and analysis."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    """How to read and analyse inputs.

    raw: analyse the text exactly as given: no HTML extraction, no cleaning, so that
        Report.text equals the input (the evaluation relies on it).
    max_bytes: inputs larger than this are refused before they are read.
    max_chars: article text longer than this is refused (the parser needs about 1 GB per
        100,000 words at worst).
    check_language: refuse text that is clearly not English (the pipeline is English only).
    batch_size: documents per nlp.pipe batch.
    accurate: also run the fine-tuned MiniLM tagger (extract/encoder.py) and the ranker
        trained with it: higher accuracy, several times slower; needs `allegedly[accurate]`.
    univocal: closer to PolNeAR's one attribution per token: reported speech nested in
        another attribution is kept only where the ranker scores it near its cut, so most
        chains of reporting do not show.
    """

    raw: bool = False
    max_bytes: int = 20_000_000
    max_chars: int = 1_000_000
    check_language: bool = True
    batch_size: int = 16
    accurate: bool = False
    univocal: bool = False


DEFAULT = Options()
