"""The allegedly/1 JSON contract."""

from __future__ import annotations

import json

from ..schema import Report
from . import renderer


@renderer("json", ".json")
def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
