"""FastAPI app: the page at /, the REST API under /api. Needs the [web] extra.

Analysis runs in a pool of worker processes (workers.py): reading the input (HTML
extraction, cleaning, decoding an upload), the analysis and the rendering all happen there,
under a time limit, so the event loop only parses requests and passes bytes. When every
worker is busy and the queue is full a request gets 503 with Retry-After at once; a request
that runs past the limit gets 504 and its worker is replaced. Request bodies are capped and
must keep arriving (limits.py).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field

from .. import __version__
from ..errors import InputError
from ..options import DEFAULT, Options
from ..schema import SCHEMA
from .limits import BodyLimit, BodyTimeout
from .pages import citations_svg, drift_lines, timeline_svg
from .workers import Busy, Failed, Job, Pool, PoolConfig, TimedOut

DEFAULT_MAX_BODY = 5 * 1024 * 1024
_STATIC = {"dom.js": "text/javascript", "app.js": "text/javascript", "app.css": "text/css", "docs.js": "text/javascript", "stories.js": "text/javascript"}
_CONTRACT: dict[int | str, dict[str, Any]] = {200: {"description": "The allegedly/1 JSON report", "content": {"application/json": {"schema": {"type": "object"}}}},
             422: {"description": "The input cannot be analysed: {\"error\": ...}"},
             503: {"description": "Busy (queue full; see Retry-After) or the worker was lost: {\"error\": ...}"},
             504: {"description": "The analysis ran past the time limit: {\"error\": ...}"}}


class AnalyzeRequest(BaseModel):
    text: str | None = Field(None, description="Plain text or markdown of the article.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted.")
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    authors: list[str] = Field(default_factory=list)
    raw: bool = Field(False, description="Analyse the text exactly as given (no cleaning).")


def create_app(max_body: int = DEFAULT_MAX_BODY, options: Options = DEFAULT, db: str | None = None,
               pool: PoolConfig | None = None, body_rate: int = 4096, body_grace: float = 10.0) -> FastAPI:
    """The app; with db (a corpus made by `allegedly ingest`), the story list and pages too.

    pool sizes the analysis workers (default: one per CPU, 30 s limit); a body must arrive
    at body_rate bytes/s or faster after a grace of body_grace seconds (and never pause for
    longer than that), else 408."""
    workers = Pool(options, pool or PoolConfig())
    threads = ThreadPoolExecutor(max_workers=workers.config.workers + workers.config.queue, thread_name_prefix="allegedly-wait")

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(workers.start)
        yield
        await run_in_threadpool(workers.close)

    app = FastAPI(
        title="allegedly",
        version=__version__,
        description="What every claim in a news article rests on. Responses follow the allegedly/1 contract.",
        docs_url=None,  # FastAPI's Swagger UI loads its assets from a CDN; ours is served here
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.workers = workers
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(BodyTimeout, min_rate=body_rate, grace=body_grace)  # outermost: times the whole body

    async def run(job: Job) -> Response:
        ticket = workers.admit()  # Busy at once when the queue is full
        try:
            body = await asyncio.get_running_loop().run_in_executor(threads, workers.run, ticket, job)
        finally:
            ticket.release()  # a no-op when run() gave it back; needed when the client left first
        return Response(body, media_type="application/json")

    @app.exception_handler(InputError)
    async def _input_error(_: Request, err: InputError) -> JSONResponse:
        return JSONResponse({"error": str(err)}, status_code=422)

    @app.exception_handler(Busy)
    async def _busy(_: Request, err: Busy) -> JSONResponse:
        return JSONResponse({"error": str(err)}, status_code=503, headers={"Retry-After": str(err.retry_after)})

    @app.exception_handler(TimedOut)
    async def _timed_out(_: Request, err: TimedOut) -> JSONResponse:
        return JSONResponse({"error": str(err)}, status_code=504)

    @app.exception_handler(Failed)
    async def _failed(_: Request, err: Failed) -> JSONResponse:
        return JSONResponse({"error": str(err)}, status_code=err.status)

    @app.get("/api/health")
    async def health() -> dict[str, Any]:
        """Answered on the event loop however busy the workers are."""
        return {"status": "ok", "schema": SCHEMA, "version": __version__, "workers": workers.status()}

    @app.post("/api/analyze", summary="Analyse one article (JSON body)", response_class=Response, responses=_CONTRACT)
    async def analyze_json(req: AnalyzeRequest, request: Request) -> Response:
        body, kind = (req.html, "html") if req.html else (req.text, "text")
        if not body or not body.strip():
            raise InputError("send 'text' or 'html' with the article in it")
        meta = {"title": req.title, "outlet": req.outlet, "url": req.url, "published": req.published, "authors": req.authors}
        return await run(Job(kind, body, "request", meta, req.raw, request.query_params.get("include") == "html"))  # type: ignore[arg-type]

    @app.post("/api/analyze/file", summary="Analyse one uploaded file (text, markdown, HTML; of JSONL the first record)",
              response_class=Response, responses=_CONTRACT)
    async def analyze_file(file: UploadFile, request: Request) -> Response:
        data = await file.read()
        return await run(Job("file", data, file.filename or "upload", None, False, request.query_params.get("include") == "html"))

    corpus = _Corpus(db) if db else None

    @app.get("/api/stories", summary="The stories in the corpus (needs serve --db)")
    async def list_stories(limit: int = 100, offset: int = 0) -> dict[str, Any]:
        stories = await run_in_threadpool(_need(corpus).all)
        page = stories[max(0, offset) : max(0, offset) + max(0, min(limit, 1000))]
        return {"total": len(stories), "stories": [_summary(s) for s in page]}

    @app.get("/api/stories/{story_id}", summary="One story: articles, citations, denials, drift")
    async def get_story(story_id: str, request: Request) -> dict[str, Any]:
        story = await run_in_threadpool(_need(corpus).one, story_id)
        if story is None:
            raise _NotFound(f"no story {story_id!r}")
        if request.query_params.get("include") == "svg":
            story = {**story, "rendered": {"timeline_svg": timeline_svg(story), "citations_svg": citations_svg(story), "drift": drift_lines(story)}}
        return story

    @app.exception_handler(_NotFound)
    async def _not_found(_: Request, err: _NotFound) -> JSONResponse:
        return JSONResponse({"error": str(err)}, status_code=404)

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    async def stories_page() -> HTMLResponse:
        return HTMLResponse(_static("stories.html"), headers=_PAGE_HEADERS)

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


class _NotFound(Exception):
    pass


class _Corpus:
    """The store behind --db, read by one thread at a time; stories are built on first use
    when the articles have changed since they were last built."""

    def __init__(self, path: str) -> None:
        from ..corpus import Store

        self.store = Store(path, create=False)
        self.lock = threading.Lock()
        self.cache: list[dict[str, Any]] | None = None

    def all(self) -> list[dict[str, Any]]:
        from ..corpus import build_stories

        with self.lock:
            if self.cache is None:
                self.cache = build_stories(self.store) if self.store.stories_stale() else self.store.stories()
            return self.cache

    def one(self, story_id: str) -> dict[str, Any] | None:
        return next((s for s in self.all() if s["id"] == story_id), None)


def _need(corpus: _Corpus | None) -> _Corpus:
    if corpus is None:
        raise _NotFound("no corpus: start the server with `allegedly serve --db corpus.db`")
    return corpus


def _summary(story: dict[str, Any]) -> dict[str, Any]:
    stances: dict[str, int] = {}
    for a in story["articles"]:
        key = a["headline_stance"] or "unknown"
        stances[key] = stances.get(key, 0) + 1
    return {"id": story["id"], "claim": story["claim"], "first_seen": story["first_seen"], "articles": len(story["articles"]),
            "outlets": story["outlets"], "stances": stances, "denials": len(story["denials"]), "citations": len(story["citations"])}


def _static(name: str) -> str:
    return resources.files("allegedly.web").joinpath("static", name).read_text(encoding="utf-8")
