from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ALLEGEDLY_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


def needs_shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared data sits beside the repo in CI)")
    return path


@pytest.fixture(scope="session")
def nlp():
    from allegedly.pipeline import load

    return load()


@pytest.fixture(scope="session")
def analyze():
    import allegedly

    return allegedly.analyze


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "allegedly", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        timeout=600,
    )
