"""Where `--out DIR` writes: one safe, distinct file name per report, written atomically.

Names come from input paths and JSONL ids, which the user's data controls: a name may not
leave the folder ("../../x", an absolute path), carry control characters, or run past what
file systems take; two inputs never share a file; a killed run never leaves half a file.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path

from ..errors import UsageError

_INPUT_SUFFIXES = (".txt", ".html", ".htm", ".md", ".markdown", ".xhtml", ".json", ".jsonl")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f:*?\"<>|\\]")
_MAX_PART = 120  # bytes of one path component, well under the usual 255


class OutputDir:
    """An output folder that hands out one distinct path per report inside it."""

    def __init__(self, root: Path):
        if root.exists() and not root.is_dir():
            raise UsageError(f"--out {root}: exists and is not a directory")
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise UsageError(f"--out {root}: {err.strerror or err}") from None
        self.root = root.resolve()
        self._taken: set[str] = set()

    def path_for(self, name: str, ext: str) -> Path:
        """A path inside the folder for the report of input `name`, never one given before."""
        parts = [_safe_part(p) for p in _stem(name).split("/")]
        parts = [p for p in parts if p] or ["stdin"]
        rel = "/".join(parts)
        candidate, n = rel + ext, 1
        while candidate.lower() in self._taken:
            n += 1
            candidate = f"{rel}-{n}{ext}"
        self._taken.add(candidate.lower())
        path = (self.root / candidate).resolve()
        if self.root not in path.parents:  # belt and braces: the parts above cannot climb
            raise UsageError(f"refusing to write outside {self.root}: {name!r}")
        return path

    def write(self, path: Path, text: str) -> None:
        """Write to a temporary file beside the target, then rename it into place."""
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _stem(name: str) -> str:
    stem = name.replace("\\", "/")
    for suffix in _INPUT_SUFFIXES:
        if stem.lower().endswith(suffix):
            return stem[: -len(suffix)]
    record = re.match(r"^(.*?\.jsonl):(.*)$", stem, re.I | re.S)  # "feed.jsonl:ID": ID is one name
    if record:
        return f"{record.group(1)}_{record.group(2).replace('/', '_')}"
    return stem.replace("<stdin>", "stdin")


def _safe_part(part: str) -> str:
    """One path component with nothing that could climb, hide or break: '..', '.', a
    leading dot, control characters and reserved characters go; a long one is cut and
    keeps a short hash of the whole so that two long names stay apart."""
    part = unicodedata.normalize("NFC", part.encode("utf-8", "replace").decode("utf-8"))
    part = _UNSAFE.sub("_", part).strip(" .")
    if not part:
        return ""
    if len(part.encode("utf-8")) > _MAX_PART:
        digest = hashlib.sha1(part.encode("utf-8")).hexdigest()[:10]
        part = part.encode("utf-8")[: _MAX_PART - 11].decode("utf-8", "ignore") + "-" + digest
    return part
