"""Analysis in worker processes, so that no request can hold up the others for long.

    Pool(options, PoolConfig(workers=N, timeout=30, queue=64, ...))
      admit()  -> a Ticket, or Busy (the queue is full: 503 with Retry-After)
      run(ticket, job) -> the response body (JSON bytes); raises
        Busy      no worker came free in time (503 with Retry-After)
        TimedOut  the analysis ran past the time limit: its worker is killed and replaced (504)
        Failed    the worker died or grew past the memory ceiling (503), or analysis failed (500)
        InputError the input cannot be analysed (422)

Each worker loads the spaCy model and the ranker once. On Unix the workers are forked from a
forkserver that has loaded and warmed them already (`_preload`), so a replacement is ready in
well under a second. A worker serves one job at a time and leaves after `max_requests` jobs
or when a job leaves it above `max_memory_mb` of resident memory (Python and glibc keep the
memory a large article needed); one that passes twice that (and at least 1 GB more) during
a job is killed there and then.

The pool is driven from plain threads (the app calls `run` through its own thread pool), so
it belongs to no event loop: the test client, which may run each request on a loop of its
own, drives it as uvicorn does.
"""

from __future__ import annotations

import json
import logging
import math
import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from ..errors import AllegedlyError, AnalysisFailed, InputError
from ..options import DEFAULT, Options

log = logging.getLogger(__name__)

__all__ = ["Busy", "Failed", "Job", "Pool", "PoolConfig", "Ticket", "TimedOut"]


class Busy(AllegedlyError):
    """Every worker is busy and the queue is full (or no worker came free in time)."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TimedOut(AllegedlyError):
    """The analysis ran past the time limit; its worker was killed."""


class Failed(AllegedlyError):
    """The worker died, grew past its memory ceiling, or the engine failed on the input."""

    def __init__(self, message: str, status: int = 503) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class PoolConfig:
    """workers: processes (default: the CPU count). timeout: seconds a job may run on a
    worker. wait: the longest a request waits for a free worker (default twice timeout: a
    stuck job is stopped at timeout and its replacement needs a moment). queue: requests
    that may wait beyond those being analysed; more get 503. max_requests: jobs before a worker is
    replaced. max_memory_mb: resident size after which a worker is replaced (during a job,
    twice that and at least 1 GB more: killed)."""

    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    timeout: float = 30.0
    wait: float | None = None
    queue: int = 64
    max_requests: int = 500
    max_memory_mb: int = 512


class Job(NamedTuple):
    """One request's work: kind "text"/"html" with body a str, or "file" with body bytes."""

    kind: Literal["text", "html", "file"]
    body: str | bytes
    name: str = "request"
    meta: dict[str, Any] | None = None
    raw: bool = False
    include_html: bool = False


class Ticket:
    """A place in the pool, taken by admit() and given back once, however the request ends."""

    def __init__(self, pool: Pool) -> None:
        self._pool = pool
        self._held = True

    def release(self) -> None:
        with self._pool._lock:
            if self._held:
                self._held = False
                self._pool._admitted -= 1


class _Worker(NamedTuple):
    proc: Any  # multiprocessing.Process
    conn: Any  # multiprocessing.connection.Connection


class Pool:
    def __init__(self, options: Options = DEFAULT, config: PoolConfig | None = None) -> None:
        self.options = options
        self.config = config or PoolConfig()
        self._lock = threading.Lock()
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._live: set[_Worker] = set()
        self._admitted = 0
        self._started = False
        self._closed = False
        self._broken: str | None = None
        self._mean_job = 1.0  # seconds, a moving average for Retry-After
        self.stats = {"jobs": 0, "timed_out": 0, "replaced": 0, "refused": 0}

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> None:
        """Start the workers (idempotent; also done by the first request)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        for _ in range(max(1, self.config.workers)):
            self._spawn()

    def close(self) -> None:
        """Stop every worker: idle ones leave, busy ones are killed."""
        with self._lock:
            self._closed = True
            live = list(self._live)
        for w in live:
            try:
                w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + 2
        for w in live:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join(1)
            w.conn.close()

    def status(self) -> dict[str, int]:
        """Workers alive, requests in hand (being analysed or waiting), and counts so far."""
        with self._lock:
            return {"processes": len(self._live), "in_hand": self._admitted, **self.stats}

    def _spawn(self) -> None:
        ctx = _context()
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_serve, args=(child, self.options, self.config.max_requests, self.config.max_memory_mb),
                           name="allegedly-worker", daemon=True)
        proc.start()
        child.close()
        worker = _Worker(proc, parent)
        with self._lock:
            self._live.add(worker)
        threading.Thread(target=self._await_ready, args=(worker,), name="allegedly-worker-start", daemon=True).start()

    def _await_ready(self, worker: _Worker) -> None:
        try:
            ready = worker.conn.recv() if worker.conn.poll(600) else ("failed", "the worker did not start within 600 s")
        except (EOFError, OSError):
            ready = ("failed", "the worker exited while starting")
        if ready[0] == "ready":
            self._idle.put(worker)
            return
        log.error("allegedly worker failed to start: %s", ready[1])
        with self._lock:
            self._broken = str(ready[1])
        self._drop(worker, replace=False)

    def _drop(self, worker: _Worker, replace: bool = True, kill: bool = False) -> None:
        """Take a worker out (killing it if asked) and start another in its place."""
        with self._lock:
            self._live.discard(worker)
            closed = self._closed
        if kill:
            worker.proc.kill()
        threading.Thread(target=_reap, args=(worker,), daemon=True).start()
        if replace and not closed:
            with self._lock:
                self.stats["replaced"] += 1
            self._spawn()

    # -- requests -----------------------------------------------------------------------

    def admit(self) -> Ticket:
        """A place for one request, or Busy at once when every worker and queue slot is taken.
        Call it on the event loop, before handing the request to a thread."""
        self.start()
        with self._lock:
            if self._admitted >= self.config.workers + self.config.queue:
                self.stats["refused"] += 1
                raise Busy(f"the server is busy ({self._admitted} requests in hand); try again shortly", self._retry_after())
            self._admitted += 1
        return Ticket(self)

    def run(self, ticket: Ticket, job: Job) -> bytes:
        """Run one job on a worker (blocking: call it from a thread) and give back its ticket."""
        try:
            return self._run(job)
        finally:
            ticket.release()

    def _run(self, job: Job) -> bytes:
        limit = self.config.timeout
        wait = self.config.wait if self.config.wait is not None else 2 * limit
        with self._lock:
            if self._broken and not self._live:
                raise Failed(f"the analysis workers cannot start: {self._broken}", status=500)
        try:
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            if self._broken:
                raise Failed(f"the analysis workers cannot start: {self._broken}", status=500) from None
            raise Busy(f"no analysis worker came free within {wait:g} s; try again shortly", self._retry_after()) from None
        if not worker.proc.is_alive():
            self._drop(worker)
            raise Failed("the analysis worker had exited; try again")
        try:
            worker.conn.send(job)
        except OSError as err:
            self._drop(worker, kill=True)
            raise Failed(f"could not reach the analysis worker ({err}); try again") from None
        started = time.monotonic()
        ceiling = _hard_ceiling(self.config.max_memory_mb)
        while True:
            left = started + limit - time.monotonic()
            if left <= 0:
                self._drop(worker, kill=True)
                with self._lock:
                    self.stats["timed_out"] += 1
                raise TimedOut(f"the analysis took longer than the time limit of {limit:g} s and was stopped; "
                               "the input may be too long or unlike prose (very long sentences or quotations)")
            if worker.conn.poll(min(left, 0.25)):
                break
            if _rss_mb(worker.proc.pid) > ceiling:
                self._drop(worker, kill=True)
                raise Failed(f"the analysis used more than {ceiling:,} MB of memory and was stopped")
        try:
            status, payload, retire = worker.conn.recv()
        except (EOFError, OSError):
            self._drop(worker, kill=True)
            raise Failed("the analysis worker died on this input (out of memory?)") from None
        with self._lock:
            self.stats["jobs"] += 1
            self._mean_job = 0.8 * self._mean_job + 0.2 * (time.monotonic() - started)
        if retire:
            self._drop(worker)
        else:
            self._idle.put(worker)
        if status == "ok":
            return payload
        if status == "input":
            raise InputError(payload)
        raise Failed(payload, status=500)

    def _retry_after(self) -> int:
        waiting = max(1, self._admitted - self.config.workers)
        guess = waiting * self._mean_job / max(1, self.config.workers)
        return int(min(max(1, math.ceil(guess)), max(1, math.ceil(self.config.timeout))))


def _hard_ceiling(max_memory_mb: int) -> int:
    """The size at which a worker is stopped mid-job: twice the ceiling, at least 1 GB above it."""
    return max(2 * max_memory_mb, max_memory_mb + 1024)


def _reap(worker: _Worker) -> None:
    try:
        worker.conn.send(None)
    except OSError:
        pass
    worker.proc.join(5)
    if worker.proc.is_alive():
        worker.proc.kill()
        worker.proc.join(5)
    worker.conn.close()


_CTX = None


def _context():
    """forkserver where there is one, with the model loaded in it once; else spawn."""
    global _CTX
    if _CTX is None:
        if "forkserver" in multiprocessing.get_all_start_methods():
            from multiprocessing import forkserver

            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["allegedly.web._preload"])
            saved = os.environ.get("OPENBLAS_NUM_THREADS")
            os.environ["OPENBLAS_NUM_THREADS"] = "1"  # one process per core: no BLAS threads on top
            try:
                forkserver.ensure_running()
            finally:
                if saved is None:
                    os.environ.pop("OPENBLAS_NUM_THREADS", None)
                else:
                    os.environ["OPENBLAS_NUM_THREADS"] = saved
            _CTX = ctx
        else:
            _CTX = multiprocessing.get_context("spawn")
    return _CTX


# -- inside a worker ----------------------------------------------------------------------


def _serve(conn, options: Options, max_requests: int, max_memory_mb: int) -> None:
    """A worker's life: warm up, then one job at a time until told to stop or retired."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops us
    try:
        _warm(options)
    except BaseException as err:  # noqa: BLE001 - the parent logs it and stops starting workers
        conn.send(("failed", f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready", os.getpid()))
    for n in range(1, max_requests + 1):
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply: tuple[str, Any] = ("ok", _analyse(job, options))
        except InputError as err:
            reply = ("input", str(err))
        except Exception as err:
            log.exception("analysis failed in a worker")
            reply = ("error", f"internal error while analysing ({type(err).__name__}: {err}); please report it")
        _trim()
        retire = n >= max_requests or _rss_mb(os.getpid()) > max_memory_mb
        try:
            conn.send((*reply, retire))
        except OSError:
            return
        if retire:
            return


def _warm(options: Options) -> None:
    from .. import analyze

    analyze("Officials said the bridge was unsafe.", options=options)


def _analyse(job: Job, options: Options) -> bytes:
    from dataclasses import replace

    from .. import analyze_articles
    from ..ingest import Problem, article_from_text, read_source
    from ..render.html import article_html
    from ..schema import ArticleMeta

    opts = replace(options, raw=job.raw)
    if job.kind == "file":
        assert isinstance(job.body, bytes)
        item = next(iter(read_source(job.body, job.name, opts)), None)  # the first record only
        if item is None:
            raise InputError("the file holds no article")
    else:
        assert isinstance(job.body, str)
        item = article_from_text(job.body, job.name, ArticleMeta(**(job.meta or {})), opts, job.kind)
    if isinstance(item, Problem):
        raise InputError(item.message)
    result = next(iter(analyze_articles([item], options=opts)))
    if isinstance(result, Problem):
        raise AnalysisFailed(result.message)
    body = result.to_dict()
    if job.include_html:
        body["rendered"] = {"article_html": article_html(result)}  # the --format html renderer
    return json.dumps(body, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def _rss_mb(pid: int | None) -> float:
    """Resident size in MB (0 where /proc cannot tell)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def _trim() -> None:
    """Give freed heap back to the system where glibc allows it."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass
