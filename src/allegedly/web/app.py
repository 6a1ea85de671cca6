"""FastAPI app: the page at /, the REST API under /api. Needs the [web] extra.

Analysis runs in a worker thread, one at a time (a spaCy pipeline is not shared across
threads), so a long article never blocks the event loop: other clients' pages, health checks
and queued requests are still answered.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from .. import __version__
from ..analyze import analyze_articles
from ..errors import InputError
from ..ingest import Article, Problem, read_source
from ..ingest import article_from_text
from ..options import Options
from ..render.html import article_html
from ..schema import SCHEMA, ArticleMeta, Report
from .limits import BodyLimit

DEFAULT_MAX_BODY = 5 * 1024 * 1024
_STATIC = {"app.js": "text/javascript", "app.css": "text/css", "docs.js": "text/javascript"}


class AnalyzeRequest(BaseModel):
    text: str | None = Field(None, description="Plain text or markdown of the article.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    authors: list[str] = Field(default_factory=list)
    raw: bool = Field(False, description="Analyse the text exactly as given (no cleaning).")


def create_app(max_body: int = DEFAULT_MAX_BODY, options: Options = Options()) -> FastAPI:
    app = FastAPI(
        title="allegedly",
        version=__version__,
        description="What every claim in a news article rests on. Responses follow the allegedly/1 contract.",
        docs_url=None,  # FastAPI's Swagger UI loads its assets from a CDN; ours is served here
        redoc_url=None,
    )
    app.add_middleware(BodyLimit, max_body=max_body)
    lock = threading.Lock()

    def run(article: Article) -> Report:
        with lock:
            item = next(analyze_articles([article], options=options))
        if isinstance(item, Problem):
            raise InputError(item.message)
        return item

    def respond(report: Report, request: Request) -> dict[str, Any]:
        body = report.to_dict()
        if request.query_params.get("include") == "html":
            body["rendered"] = {"article_html": article_html(report)}  # the --format html renderer
        return body

    @app.exception_handler(InputError)
    async def _input_error(_: Request, err: InputError) -> JSONResponse:
        return JSONResponse({"error": str(err)}, status_code=422)

    @app.get("/api/health")
    async def health() -> dict[str, str]:
        return {"status": "ok", "schema": SCHEMA, "version": __version__}

    @app.post("/api/analyze", summary="Analyse one article (JSON body)")
    async def analyze_json(req: AnalyzeRequest, request: Request) -> dict[str, Any]:
        body, kind = (req.html, "html") if req.html else (req.text, "text")
        if not body or not body.strip():
            raise InputError("send 'text' or 'html' with the article in it")
        meta = ArticleMeta(title=req.title, outlet=req.outlet, url=req.url, published=req.published, authors=req.authors)
        opts = replace(options, raw=req.raw)
        article = await run_in_threadpool(article_from_text, body, "request", meta, opts, kind)
        return respond(await run_in_threadpool(run, article), request)

    @app.post("/api/analyze/file", summary="Analyse one uploaded file (text, markdown or HTML)")
    async def analyze_file(file: UploadFile, request: Request) -> dict[str, Any]:
        data = await file.read()
        items = list(read_source(data, file.filename or "upload", options))
        if not items:
            raise InputError("the file holds no article")
        if isinstance(items[0], Problem):
            raise InputError(items[0].message)
        return respond(await run_in_threadpool(run, items[0]), request)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def docs() -> HTMLResponse:
        """The OpenAPI description as a page, drawn from /openapi.json with nothing fetched
        from outside."""
        return HTMLResponse(_static("docs.html"), headers=_PAGE_HEADERS)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse(_static("index.html"), headers=_PAGE_HEADERS)

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        if name not in _STATIC:
            return JSONResponse({"error": "not found"}, status_code=404)
        return Response(_static(name), media_type=_STATIC[name], headers=_PAGE_HEADERS)

    return app


# The page loads only its own script and style and may talk only to this server.
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
}


def _static(name: str) -> str:
    return resources.files("allegedly.web").joinpath("static", name).read_text(encoding="utf-8")
