"""The command line: one typer app; each command lives in its own module and only parses
arguments before calling the library."""

from __future__ import annotations

from . import analyze as _analyze  # noqa: F401  (registers the command)
from . import corpus as _corpus  # noqa: F401
from . import serve as _serve  # noqa: F401
from ._app import app

__all__ = ["app", "main"]


def main() -> None:
    import sys

    from ..errors import AllegedlyError

    try:
        app()
    except AllegedlyError as err:
        print(f"allegedly: {err}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
