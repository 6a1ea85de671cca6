"""`allegedly analyze PATH...`: files, directories, '-' for stdin."""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from ..core import analyze_articles
from ..errors import UsageError
from ..ingest import Problem, iter_inputs
from ..options import Options
from ..render import EXTENSIONS, FORMATS, render
from ..render.text import renderables
from ..scale.readers import needs_partitioned_reader
from ..scale.run import Analysed, Rendered, Task
from ..schema import Report
from ..terminal import one_line
from ._app import app
from .outdir import OutputDir


def analyze_paths(*, paths: list[str], options: Options) -> Iterator[Report | Problem]:
    """Reports (or Problems) for everything behind paths, in input order."""
    return analyze_articles(iter_inputs(paths, options), options=options)


def analyze_scaled(
    *, paths: list[str], task: Task, workers: int | None = None, scheduler: str | None = None, parquet: Path | None = None, partition_size: int = 32
) -> Iterator[Report | Rendered | Analysed | Problem]:
    """The same items as analyze_paths, in the same order, from partitions run on a Dask
    cluster (workers or scheduler) or, with neither, in this process; with `parquet` the
    partitions also write the dataset there."""
    if workers is not None and scheduler is not None:
        raise UsageError("give --workers or --scheduler, not both")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers {workers}: give at least 1")
    if partition_size < 1:
        raise UsageError(f"--partition-size {partition_size}: give at least 1")
    if workers is not None or scheduler is not None:
        from ..scale.cluster import require

        require()
    if parquet is not None:
        from ..scale.parquet import prepare

        task = replace(task, parquet=str(prepare(parquet).resolve()), started=time.time())
    return _scaled(paths, task, workers, scheduler, parquet, partition_size)


def _scaled(paths: list[str], task: Task, workers: int | None, scheduler: str | None, parquet: Path | None, partition_size: int) -> Iterator[Report | Rendered | Analysed | Problem]:
    from contextlib import nullcontext

    from ..scale import plan, run
    from ..scale.cluster import connect, describe, mapper

    context = connect(workers=workers, scheduler=scheduler) if workers is not None or scheduler is not None else nullcontext(None)
    with context as client:
        if client is not None and sys.stderr.isatty():
            say(describe(client))
        if client is not None:
            parts = plan(paths, task.options, per_part=partition_size, mapper=mapper(client))
        else:
            parts = plan(paths, task.options, per_part=partition_size)
        rows: dict[str, int] = {}
        problems = 0
        for result in run(parts, task, client=client):
            for table, n in result.rows.items():
                rows[table] = rows.get(table, 0) + n
            problems += sum(isinstance(i, Problem) for i in result.items)
            yield from result.items
        if parquet is not None:
            from ..scale.parquet import finish

            finish(parquet, len(parts), rows, problems)


def _text(item: Report | Rendered, fmt: str) -> str:
    return item.text if isinstance(item, Rendered) else render(item, fmt)


def say(message: str) -> None:
    """One line on stderr; names and messages from the input cannot drive the terminal."""
    typer.echo(f"allegedly: {one_line(message)}", err=True)


@app.command("analyze")
def analyze_cli(
    paths: List[str] = typer.Argument(..., help="Files, directories or - for standard input."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", help=f"Output format: {', '.join(FORMATS.names())}. Default: text on a terminal, else json."
    ),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write NAME.json (.md, .html, .ann, ...) per input into this directory."),
    raw: bool = typer.Option(False, "--raw", help="Analyse the text exactly as given: no HTML extraction, no cleaning."),
    max_bytes: int = typer.Option(Options.max_bytes, "--max-bytes", help="Refuse inputs larger than this."),
    no_language_check: bool = typer.Option(False, "--no-language-check", help="Analyse text that does not look English."),
    accurate: bool = typer.Option(False, "--accurate", help="Add the fine-tuned encoder: more accurate, several times slower (pip install 'allegedly[accurate]')."),
    univocal: bool = typer.Option(False, "--univocal", help="Closer to PolNeAR's one attribution per token: nested reported speech only where it scores near the cut (most chains of reporting then do not show)."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Run on a local Dask cluster of N worker processes (pip install 'allegedly[scale]')."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Run on an existing Dask cluster: tcp://HOST:8786. Workers must see the input paths."),
    parquet: Optional[Path] = typer.Option(None, "--parquet", help="Write a partitioned Parquet dataset (articles, attributions, entities) into this new directory instead of printing; add --out for files too."),
    partition_size: int = typer.Option(32, "--partition-size", help="Articles (or files) per partition with --workers, --scheduler or --parquet."),
) -> None:
    """Analyse articles and print their sourcing map."""
    fmt = fmt or ("text" if sys.stdout.isatty() else "json")
    if fmt not in FORMATS:
        typer.echo(f"allegedly: unknown format {fmt!r}; known: {', '.join(FORMATS.names())}", err=True)
        raise typer.Exit(2)
    options = Options(raw=raw, max_bytes=max_bytes, check_language=not no_language_check, accurate=accurate, univocal=univocal)
    outdir = OutputDir(out) if out is not None else None  # a UsageError is one line, from main()
    scaled = workers is not None or scheduler is not None or parquet is not None or needs_partitioned_reader(paths)
    quiet = parquet is not None and out is None  # the dataset holds the reports: nothing to print
    if scaled:
        tty_text = fmt == "text" and sys.stdout.isatty() and outdir is None
        task = Task(options=options, send="name" if quiet else "report" if tty_text else "rendered", fmt=fmt)
        items = analyze_scaled(paths=paths, task=task, workers=workers, scheduler=scheduler, parquet=parquet, partition_size=partition_size)
    else:
        items = analyze_paths(paths=paths, options=options)
    done = failed = 0
    progress = _progress() if sys.stderr.isatty() and (out is not None or quiet or not sys.stdout.isatty()) else None
    for item in items:
        if isinstance(item, Problem):
            failed += 1
            say(str(item))
            continue
        done += 1
        name = item.name if isinstance(item, (Rendered, Analysed)) else item.input
        if quiet or isinstance(item, Analysed):
            pass  # the dataset holds it
        elif outdir is not None:
            target = outdir.path_for(name or f"doc{done}", EXTENSIONS[fmt])
            try:
                outdir.write(target, _text(item, fmt))
            except OSError as err:
                failed += 1
                done -= 1
                say(f"{name}: cannot write {target}: {err.strerror or err}")
                continue
        elif fmt == "text" and sys.stdout.isatty() and isinstance(item, Report):
            from rich.console import Console

            Console().print(renderables(item))
        else:
            sys.stdout.write(_text(item, fmt) + "\n")
            sys.stdout.flush()
        if progress is not None:
            progress.update(progress.task_ids[0], advance=1, description=f"{done} analysed, {failed} skipped")
    if progress is not None:
        progress.stop()
    if done == 0:
        say("nothing could be analysed")
        raise typer.Exit(1)


def _progress():
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    p = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), transient=True)
    p.add_task("analysing", total=None)
    p.start()
    return p
