"""`allegedly analyze PATH...`: files, directories, '-' for stdin."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator, List, Optional

import typer

from ..analyze import analyze_articles
from ..terminal import one_line
from ..ingest import Problem, iter_inputs
from ..options import Options
from ..render import EXTENSIONS, FORMATS, render
from ..render.text import renderables
from ..schema import Report
from ._app import app
from .outdir import OutputDir


def analyze_paths(*, paths: list[str], options: Options) -> Iterator[Report | Problem]:
    """Reports (or Problems) for everything behind paths, in input order."""
    return analyze_articles(iter_inputs(paths, options), options=options)


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
) -> None:
    """Analyse articles and print their sourcing map."""
    fmt = fmt or ("text" if sys.stdout.isatty() else "json")
    if fmt not in FORMATS:
        typer.echo(f"allegedly: unknown format {fmt!r}; known: {', '.join(FORMATS.names())}", err=True)
        raise typer.Exit(2)
    options = Options(raw=raw, max_bytes=max_bytes, check_language=not no_language_check, accurate=accurate, univocal=univocal)
    outdir = OutputDir(out) if out is not None else None  # a UsageError is one line, from main()
    done = failed = 0
    progress = _progress() if sys.stderr.isatty() and (out is not None or not sys.stdout.isatty()) else None
    for item in analyze_paths(paths=paths, options=options):
        if isinstance(item, Problem):
            failed += 1
            say(str(item))
            continue
        done += 1
        if outdir is not None:
            target = outdir.path_for(item.input or f"doc{done}", EXTENSIONS[fmt])
            try:
                outdir.write(target, render(item, fmt))
            except OSError as err:
                failed += 1
                done -= 1
                say(f"{item.input}: cannot write {target}: {err.strerror or err}")
                continue
        elif fmt == "text" and sys.stdout.isatty():
            from rich.console import Console

            Console().print(renderables(item))
        else:
            sys.stdout.write(render(item, fmt) + "\n")
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
