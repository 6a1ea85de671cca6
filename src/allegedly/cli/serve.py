"""`allegedly serve`: the web page and REST API on this machine (loopback by default)."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from ..options import Options
from ._app import app


@app.command("serve")
def serve_cli(
    host: str = typer.Option("127.0.0.1", help="Address to listen on; loopback unless you say otherwise."),
    port: int = typer.Option(8000, help="Port to listen on."),
    max_body: int = typer.Option(5 * 1024 * 1024, "--max-body", help="Largest request body, in bytes (larger gets 413)."),
    accurate: bool = typer.Option(False, "--accurate", help="Analyse with the fine-tuned encoder too (pip install 'allegedly[accurate]')."),
    db: Path | None = typer.Option(None, "--db", help="A corpus made by `allegedly ingest`: adds the story list at /stories and /api/stories."),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", min=1, help="Analysis worker processes (each loads the model once)."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, help="Seconds one analysis may run (then 504 and its worker is replaced); a request waits at most twice this for a free worker (then 503)."),
    queue: int = typer.Option(64, "--queue", min=0, help="Requests that may wait for a worker; more get 503 with Retry-After."),
    max_requests: int = typer.Option(500, "--max-requests", min=1, help="A worker is replaced after this many analyses."),
    max_worker_memory: int = typer.Option(512, "--max-worker-memory", min=64, help="MB: a worker left larger than this after an analysis is replaced; one passing twice this (and 1 GB more) during an analysis is stopped (503)."),
    body_rate: int = typer.Option(4096, "--body-rate", min=1, help="Bytes/s a request body must keep up after the first 10 s (else 408)."),
    read_timeout: float = typer.Option(10.0, "--read-timeout", min=0.1, help="Seconds a client may take to send its headers, or pause while sending a body."),
    keep_alive: int = typer.Option(5, "--keep-alive", min=1, help="Seconds an idle keep-alive connection is kept."),
) -> None:
    """Serve the page at http://HOST:PORT/ and the API under /api (OpenAPI at /docs)."""
    try:
        from ..web.app import create_app
        from ..web.server import serve
        from ..web.workers import PoolConfig
    except ImportError:
        typer.echo("allegedly: the web app needs its extra: pip install 'allegedly[web]'", err=True)
        raise typer.Exit(2) from None
    options = Options(accurate=accurate)
    if accurate:
        from ..extract import encoder

        encoder.load()  # fail now, in one line, rather than in every worker
    if db is not None and not db.is_file():
        typer.echo(f"allegedly: {db}: no such corpus (make one with `allegedly ingest ... --db {db}`)", err=True)
        raise typer.Exit(2)
    from ..corpus import StoreError

    pool = PoolConfig(workers=workers, timeout=timeout, queue=queue, max_requests=max_requests, max_memory_mb=max_worker_memory)
    try:
        app_ = create_app(max_body=max_body, options=options, db=str(db) if db else None, pool=pool, body_rate=body_rate, body_grace=read_timeout)
    except StoreError as err:
        typer.echo(f"allegedly: {err}", err=True)
        raise typer.Exit(2) from None
    serve(app_, host=host, port=port, keep_alive=keep_alive, header_timeout=read_timeout)
