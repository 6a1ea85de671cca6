"""Inputs cut into partitions: every path turns into small, picklable units that a worker
reads itself (no article text travels through the scheduler), grouped into Parts of about
`per_part` articles, in input order.

Units read the same way one process reads (`allegedly.ingest`): a file through
`read_source`, so its name, its Problems and its Article are those of `iter_inputs`; a long
JSONL file in chunks of lines whose records keep the names one process gives them
("feed.jsonl:ID" or "feed.jsonl:LINE"). Two formats only the partitioned reader knows:
WARC (gzip WARC as CC-NEWS ships it, read with warcio: every HTML response record becomes
an article named "crawl.warc.gz:URL", with its URL, and the WARC date when the page gives
none) and Parquet (one article a row, the JSONL fields as columns, "file.parquet:ID" or
"file.parquet:ROW").
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, InputTooLarge
from ..ingest import (  # the same walk, names, records and refusals as one process
    Article,
    Problem,
    article_from_record,
    article_from_text,
    input_name,
    read_file,
    read_source,
    walk,
)
from ..ingest.decode import decode
from ..ingest.jsonl import records
from ..options import DEFAULT, Options

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
PARQUET_SUFFIXES = (".parquet", ".parq")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


# ---- units: one readable piece of one input -------------------------------------------


@dataclass(frozen=True)
class FileUnit:
    """One file read whole, exactly as one process reads it."""

    path: str
    name: str


@dataclass(frozen=True)
class InlineUnit:
    """Bytes read on the client (standard input)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class ProblemUnit:
    """An input refused before reading (a path that does not exist)."""

    name: str
    message: str


@dataclass(frozen=True)
class JsonlChunk:
    """Lines of a JSONL file: bytes [start, end), the first of them line `first_line`."""

    path: str
    name: str
    start: int
    end: int
    first_line: int


@dataclass(frozen=True)
class WarcChunk:
    """WARC records of one file, by the byte offset at which each record starts."""

    path: str
    name: str
    offsets: tuple[int, ...]


@dataclass(frozen=True)
class ParquetChunk:
    """One row group of a Parquet file; `first_row` numbers its first row (from 1)."""

    path: str
    name: str
    row_group: int
    first_row: int


Unit = FileUnit | InlineUnit | ProblemUnit | JsonlChunk | WarcChunk | ParquetChunk


@dataclass(frozen=True)
class Part:
    """One partition: the task a worker runs. `index` orders the output."""

    index: int
    units: tuple[Unit, ...]


# ---- planning: paths -> Parts ---------------------------------------------------------


def kind_of(path: str) -> str:
    """Which partitioned reader a path needs: warc, parquet, jsonl or file."""
    lower = path.lower()
    if lower.endswith(WARC_SUFFIXES):
        return "warc"
    if lower.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "file"


def needs_partitioned_reader(paths: Iterable[str]) -> bool:
    """True when a path (or a file inside a directory) is WARC or Parquet, which only the
    partitioned reader knows."""
    for arg in paths:
        if arg == "-":
            continue
        p = Path(arg)
        if p.is_dir():
            if any(kind_of(str(f)) in ("warc", "parquet") for f in walk(p)):
                return True
        elif kind_of(arg) in ("warc", "parquet"):
            return True
    return False


Mapper = Callable[[Callable, Sequence], list]


def _serial_map(fn: Callable, items: Sequence) -> list:
    return [fn(x) for x in items]


def plan(paths: Sequence[str], options: Options = DEFAULT, per_part: int = 32, mapper: Mapper = _serial_map, stdin=None) -> list[Part]:
    """Parts over every input behind `paths`, in the order one process reads them.

    Small inputs are grouped, `per_part` articles (or files) to a Part; a JSONL file with
    more lines than that, a WARC file and a Parquet file are cut into chunks of about
    `per_part` records. Finding the chunks of WARC and JSONL files means reading them once:
    `mapper` (client.map on a cluster) does that where the files are.
    """
    per_part = max(1, per_part)
    items: list[tuple[str, Unit | tuple[str, str]]] = []  # ("unit", unit) or ("scan", (path, name))
    for arg in paths:
        if arg == "-":
            stream = stdin if stdin is not None else __import__("sys").stdin.buffer
            data = stream.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                items.append(("unit", ProblemUnit("<stdin>", f"more than {options.max_bytes:,} bytes; the limit is --max-bytes")))
            else:
                items.append(("unit", InlineUnit("<stdin>", data)))
            continue
        path = Path(arg)
        if not path.exists():
            items.append(("unit", ProblemUnit(arg, "no such file or directory")))
            continue
        root = path if path.is_dir() else None
        for f in walk(path) if root is not None else [path]:
            name = input_name(f, root)
            if kind_of(str(f)) == "file" or not _regular(f):
                items.append(("unit", FileUnit(str(f), name)))  # read (or refused) as one process does
            else:
                items.append(("scan", (str(f), name)))
    scans = [x for tag, x in items if tag == "scan"]
    scanned = dict(zip(scans, mapper(_scan_task(per_part, options), scans))) if scans else {}
    parts: list[Part] = []
    group: list[Unit] = []

    def flush() -> None:
        if group:
            parts.append(Part(len(parts), tuple(group)))
            group.clear()

    for tag, x in items:
        if tag == "unit":
            group.append(x)  # type: ignore[arg-type]
            if len(group) >= per_part:
                flush()
            continue
        chunks = scanned[x]  # type: ignore[index]
        for chunk in chunks:
            flush()
            group.append(chunk)
            flush()
    flush()
    return parts


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


@dataclass(frozen=True)
class _scan_task:
    """Picklable: the chunks of one big file (path, name)."""

    per_part: int
    options: Options

    def __call__(self, item: tuple[str, str]) -> list[Unit]:
        path, name = item
        try:
            kind = kind_of(path)
            if kind == "jsonl":
                return scan_jsonl(path, name, self.per_part, self.options)
            if kind == "warc":
                return scan_warc(path, name, self.per_part)
            return scan_parquet(path, name)
        except Exception as err:  # noqa: BLE001 -- a truncated gzip, a broken footer: one line, not a traceback
            return [ProblemUnit(name, f"cannot read: {_why(err)}")]


def scan_jsonl(path: str, name: str, per_part: int, options: Options) -> list[Unit]:
    """Chunks of `per_part` lines, cut after a newline. A file no longer than one chunk is
    read whole, as one process reads it. Line numbers count lines as the JSONL reader does
    (at "\n" only), so records without an id keep the name one process gives them."""
    size = Path(path).stat().st_size
    chunks: list[Unit] = []
    start, first_line, lines, offset = 0, 1, 0, 0
    buf = b""
    with open(path, "rb") as fh:
        for raw in fh:  # bytes lines end at b"\n"
            offset += len(raw)
            buf += raw
            lines += 1
            if lines >= per_part:
                chunks.append(JsonlChunk(path, name, start, offset, first_line))
                first_line += _count_lines(buf)
                start, lines, buf = offset, 0, b""
    if lines:
        chunks.append(JsonlChunk(path, name, start, offset, first_line))
    if len(chunks) <= 1 and size <= options.max_bytes:
        return [FileUnit(path, name)]
    return chunks


def _count_lines(data: bytes) -> int:
    return data.count(b"\n")


def scan_warc(path: str, name: str, per_part: int) -> list[Unit]:
    """Chunks of up to `per_part` response records (the only ones that hold pages)."""
    from warcio.archiveiterator import ArchiveIterator

    offsets: list[int] = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh, no_record_parse=True)
        for record in it:
            if record.rec_type == "response":
                offsets.append(it.get_record_offset())
    if not offsets:
        return [ProblemUnit(name, "no WARC response records in it")]
    return [WarcChunk(path, name, tuple(offsets[i : i + per_part])) for i in range(0, len(offsets), per_part)]


def scan_parquet(path: str, name: str) -> list[Unit]:
    """One chunk per row group."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    chunks: list[Unit] = []
    first = 1
    for i in range(meta.num_row_groups):
        chunks.append(ParquetChunk(path, name, i, first))
        first += meta.row_group(i).num_rows
    return chunks or [ProblemUnit(name, "Parquet file with no rows")]


# ---- reading: a unit -> Articles and Problems -----------------------------------------


def articles(unit: Unit, options: Options = DEFAULT) -> Iterator[Article | Problem]:
    """The articles of one unit, in order; what cannot be read becomes a Problem."""
    if isinstance(unit, ProblemUnit):
        yield Problem(unit.name, unit.message)
    elif isinstance(unit, InlineUnit):
        yield from read_source(unit.data, unit.name, options)
    elif isinstance(unit, FileUnit):
        try:
            data = read_file(Path(unit.path), options)
        except InputError as err:
            yield Problem(unit.path, str(err))  # the full path, as one process says it
            return
        yield from read_source(data, unit.name, options)
    else:
        reader = {JsonlChunk: _jsonl, WarcChunk: _warc, ParquetChunk: _parquet}[type(unit)]
        try:
            yield from reader(unit, options)  # type: ignore[operator]
        except Exception as err:  # noqa: BLE001 -- a file changed or broken under us: one line, the batch goes on
            yield Problem(unit.name, f"cannot read: {_why(err)}")


def _numbered(name: str, number: int, rec_name: str, rec: dict | None) -> str:
    """records() names a record by its id when it has a usable one, else by its line within
    the text it was given: put the line (or row) number within the whole file instead."""
    if rec is not None and rec.get("id", rec.get("name")) not in (None, ""):
        return rec_name
    return f"{name}:{number}"


def _jsonl(unit: JsonlChunk, options: Options) -> Iterator[Article | Problem]:
    with open(unit.path, "rb") as fh:
        fh.seek(unit.start)
        data = fh.read(unit.end - unit.start)
    if not data.strip():
        return
    try:
        text, _ = decode(data)
    except InputError as err:
        yield Problem(f"{unit.name}:{unit.first_line}", str(err))
        return
    for rec_name, rec, error in records(text, unit.name, first_line=unit.first_line):
        yield article_from_record(rec_name, rec, error, options)


def _parquet(unit: ParquetChunk, options: Options) -> Iterator[Article | Problem]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(unit.path).read_row_group(unit.row_group)
    for i, row in enumerate(table.to_pylist()):
        number = unit.first_row + i
        row = {k: v for k, v in row.items() if v is not None}
        try:
            line = json.dumps(row, ensure_ascii=True, default=str)  # the id checks of a JSONL line
        except (TypeError, ValueError) as err:
            yield Problem(f"{unit.name}:{number}", f"row cannot be read: {err}")
            continue
        for rec_name, rec, error in records(line, unit.name):
            yield article_from_record(_numbered(unit.name, number, rec_name, rec), rec, error, options)


_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


def _warc(unit: WarcChunk, options: Options) -> Iterator[Article | Problem]:
    from warcio.archiveiterator import ArchiveIterator

    from ..schema import ArticleMeta

    with open(unit.path, "rb") as fh:
        for offset in unit.offsets:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)), None)
            if record is None or record.rec_type != "response":
                yield Problem(f"{unit.name}@{offset}", "no WARC response record at this offset")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"@{offset}"
            name = f"{unit.name}:{url}"
            http = record.http_headers
            ctype = (http.get_header("Content-Type") if http is not None else "") or ""
            status = http.get_statuscode() if http is not None else "200"
            if status != "200" or ("html" not in ctype.lower() and ctype):
                continue  # redirects, robots.txt, images: not articles, and not problems
            payload = record.content_stream().read(options.max_bytes + 1)
            if len(payload) > options.max_bytes:
                yield Problem(name, str(InputTooLarge(f"more than {options.max_bytes:,} bytes; the limit is {options.max_bytes:,} (--max-bytes)")))
                continue
            try:
                html, _ = _decode_payload(payload, ctype)
                date = record.rec_headers.get_header("WARC-Date")
                art = article_from_text(html, name, ArticleMeta(url=url), options, kind="html")
            except InputError as err:
                yield Problem(name, str(err))
                continue
            if art.meta.published is None and date:
                art.meta.published = date  # the crawl date: the page gave none of its own
            yield art


def _decode_payload(payload: bytes, ctype: str) -> tuple[str, str | None]:
    """The HTTP header's charset when it names one that decodes the page, else decode()."""
    m = _CHARSET.search(ctype)
    if m:
        try:
            return payload.decode(m.group(1)), None
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload)


def _why(err: Exception) -> str:
    return getattr(err, "strerror", None) or str(err) or type(err).__name__
