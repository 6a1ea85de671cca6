from __future__ import annotations

import typer

app = typer.Typer(
    name="allegedly",
    help="Map what every claim in a news article rests on: sources, cues, contents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """allegedly: a sourcing map for news articles."""
