"""Ingest: files, directories, stdin, HTML, text, markdown and JSONL -> Article records.

One bad input never stops a batch: it becomes a Problem with a one-line message.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import EmptyInput, InputError, InputTooLarge, NoArticleText, UnreadableInput
from ..options import DEFAULT, Options
from ..schema import ArticleMeta
from .article import Article, Problem
from .clean import clean, guess_title
from .decode import decode
from .html import read_html
from .jsonl import records
from .language import check_english
from .meta import article_meta, scrub
from .sniff import sniff

__all__ = ["Article", "Problem", "article_from_record", "article_from_text", "input_name", "iter_inputs", "read_file", "read_source", "walk"]


def article_from_text(
    text: str, name: str = "<text>", meta: ArticleMeta | None = None, options: Options = DEFAULT, kind: str | None = None
) -> Article:
    """One article from a string of text, markdown or HTML; raises InputError."""
    meta, replaced = article_meta(vars(meta)) if meta is not None else (ArticleMeta(), 0)
    text, n = scrub(text)
    replaced += n
    warnings: list[str] = []
    if replaced:
        warnings.append(f"{replaced} lone surrogate code point(s) (not valid Unicode) replaced by U+FFFD")
    if not text.strip():
        raise EmptyInput("empty input: nothing to analyse")
    kind = kind or sniff(name, text)
    if options.raw:
        body = text
    elif kind == "html":
        body, meta, warnings = read_html(text, meta)
    else:
        body, dropped = clean(text, title=meta.title)
        if dropped:
            warnings.append(f"cleaner removed {dropped} promo/caption paragraphs (--raw keeps them)")
        if not body.strip():
            raise NoArticleText("nothing left after removing promo and caption paragraphs; --raw keeps them")
    if len(body) > options.max_chars:
        raise InputTooLarge(f"article text is {len(body):,} characters; the limit is {options.max_chars:,}")
    if options.check_language:
        check_english(body)
    if meta.title is None and not options.raw:
        meta.title = guess_title(body)
    return Article(name=name, text=body, meta=meta, warnings=warnings)


def read_source(data: bytes, name: str, options: Options = DEFAULT) -> Iterator[Article | Problem]:
    """The articles in one input's bytes: one, or one per JSONL line."""
    try:
        text, warning = decode(data)
    except InputError as err:
        yield Problem(name, str(err))
        return
    kind = sniff(name, text)
    if kind != "jsonl":
        try:
            art = article_from_text(text, name, options=options, kind=kind)
        except InputError as err:
            yield Problem(name, str(err))
            return
        if warning:
            art.warnings.insert(0, warning)
        yield art
        return
    for rec_name, rec, error in records(text, name):
        yield article_from_record(rec_name, rec, error, options)


def article_from_record(rec_name: str, rec: dict | None, error: str | None = None, options: Options = DEFAULT) -> Article | Problem:
    """One JSONL record ("text" or "html" plus metadata) -> an Article, or a Problem."""
    if error is not None or rec is None:
        return Problem(rec_name, error or "bad record")
    body, rec_kind = (rec.get("html"), "html") if rec.get("html") else (rec.get("text"), "text")
    if not isinstance(body, str) or not body.strip():
        return Problem(rec_name, "record has no 'text' or 'html'")
    try:
        meta, _ = article_meta(rec)
        article = article_from_text(body, rec_name, meta, options, kind=rec_kind)
    except InputError as err:
        return Problem(rec_name, str(err))
    ident = rec.get("id", rec.get("name"))
    article.id = str(ident) if ident not in (None, "") else None
    return article


def read_file(path: Path, options: Options = DEFAULT) -> bytes:
    """A regular file's bytes. Anything else (a FIFO, a socket, a device) is refused before
    it is opened: opening a FIFO blocks until someone writes to it, for ever."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableInput("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableInput("not a regular file (a FIFO, socket or device): skipped")
        size = info.st_size
        if size > options.max_bytes:
            raise InputTooLarge(f"{size:,} bytes; the limit is {options.max_bytes:,} (--max-bytes)")
        with open(path, "rb") as fh:
            return fh.read(options.max_bytes + 1)
    except PermissionError:
        raise UnreadableInput("permission denied") from None
    except IsADirectoryError:
        raise UnreadableInput("is a directory") from None
    except OSError as err:
        raise UnreadableInput(err.strerror or str(err)) from None


def walk(root: Path) -> Iterator[Path]:
    """The files under root, sorted, hidden ones left out."""
    for dirpath, dirnames, filenames in os.walk(root, onerror=None):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.startswith("."):
                yield Path(dirpath) / f


def input_name(path: Path, root: Path | None) -> str:
    """An article's name: its path inside the directory given, or the file's own name."""
    return str(path.relative_to(root)) if root is not None else path.name


def iter_inputs(paths: Iterable[str], options: Options = DEFAULT, stdin=None) -> Iterator[Article | Problem]:
    """Every article behind the given paths, in order; '-' reads standard input."""
    for arg in paths:
        if arg == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                yield Problem("<stdin>", f"more than {options.max_bytes:,} bytes; the limit is --max-bytes")
                continue
            yield from read_source(data, "<stdin>", options)
            continue
        path = Path(arg)
        if not path.exists():
            yield Problem(arg, "no such file or directory")
            continue
        root = path if path.is_dir() else None
        files = walk(path) if root is not None else [path]
        for f in files:
            try:
                data = read_file(f, options)
            except InputError as err:
                yield Problem(str(f), str(err))  # the full path, to find the bad file
                continue
            yield from read_source(data, input_name(f, root), options)
