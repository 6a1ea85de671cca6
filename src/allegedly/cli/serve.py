"""`allegedly serve`: the web page and REST API on this machine (loopback by default)."""

from __future__ import annotations

import typer

from ..options import Options
from ._app import app


@app.command("serve")
def serve_cli(
    host: str = typer.Option("127.0.0.1", help="Address to listen on; loopback unless you say otherwise."),
    port: int = typer.Option(8000, help="Port to listen on."),
    max_body: int = typer.Option(5 * 1024 * 1024, "--max-body", help="Largest request body, in bytes (larger gets 413)."),
    accurate: bool = typer.Option(False, "--accurate", help="Analyse with the fine-tuned encoder too (pip install 'allegedly[accurate]')."),
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
    uvicorn.run(create_app(max_body=max_body, options=options), host=host, port=port, log_level="info")
