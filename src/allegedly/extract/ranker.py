"""The ranker: a logistic model, trained on PolNeAR train by scripts/train_ranker.py, that
scores each candidate attribution the rule stages propose. Stored as plain JSON (feature ->
weight) inside the package; scoring is a sum of weights, no library needed."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from itertools import repeat

from .context import Context
from .features import features
from .spans import Finding

MODEL = "ranker.json"
ACCURATE = "ranker_accurate.json"  # trained with the encoder's features (accurate mode)


@lru_cache(maxsize=2)
def load(name: str = MODEL) -> dict | None:
    path = resources.files("allegedly.models").joinpath(name)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def score(ctx: Context, f: Finding, model: dict) -> float:
    w = model["weights"]
    z = sum(map(w.get, features(ctx, f), repeat(0.0)))  # w.get(feat, 0.0), in order
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
