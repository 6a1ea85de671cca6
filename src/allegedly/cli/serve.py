"""`allegedly serve`: the web page and REST API on this machine (loopback by default)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..options import Options
from ._app import app


@app.command("serve")
def serve_cli(
    host: str = typer.Option("127.0.0.1", help="Address to listen on; loopback unless you say otherwise."),
    port: int = typer.Option(8000, help="Port to listen on."),
    max_body: int = typer.Option(5 * 1024 * 1024, "--max-body", help="Largest request body, in bytes (larger gets 413)."),
    accurate: bool = typer.Option(False, "--accurate", help="Analyse with the fine-tuned encoder too (pip install 'allegedly[accurate]')."),
    db: Optional[Path] = typer.Option(None, "--db", help="A corpus made by `allegedly ingest`: adds the story list at /stories and /api/stories."),
) -> None:
    """Serve the page at http://HOST:PORT/ and the API under /api (OpenAPI at /docs)."""
    try:
        import uvicorn

        from ..web.app import create_app
    except ImportError:
        typer.echo("allegedly: the web app needs its extra: pip install 'allegedly[web]'", err=True)
        raise typer.Exit(2)
    options = Options(accurate=accurate)
    if accurate:
        from ..extract import encoder

        encoder.load()  # fail now, in one line, rather than on the first request
    if db is not None and not db.is_file():
        typer.echo(f"allegedly: {db}: no such corpus (make one with `allegedly ingest ... --db {db}`)", err=True)
        raise typer.Exit(2)
    from ..corpus import StoreError

    try:
        app_ = create_app(max_body=max_body, options=options, db=str(db) if db else None)
    except StoreError as err:
        typer.echo(f"allegedly: {err}", err=True)
        raise typer.Exit(2)
    uvicorn.run(app_, host=host, port=port, log_level="info")
