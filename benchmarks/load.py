"""Load on `allegedly serve` over loopback: many concurrent clients, normal articles and a few
pathological bodies; throughput, latency, errors, memory.

    python benchmarks/load.py                       # 200 clients, 600 requests, 2 workers, 10 s limit
    python benchmarks/load.py --workers 1 --pathological 0   # one worker's throughput
    python benchmarks/load.py --compare             # 1 worker, then N workers, normal articles only
    python benchmarks/load.py --memory              # server memory before/after large articles

Starts its own server (127.0.0.1, a free port) unless given --url. The clients are keep-alive
connections on plain asyncio streams (--httpx: httpx's client, which on 2 cores took a third
to two thirds of a core from the server it measured). Each client takes the
next request from a shared list until --requests are done or --duration has passed. A 503
with Retry-After is the server asking to be called back: the client waits that long (with
jitter, at most 10 s) and tries again, up to 30 times; it is counted (`refused`) but is not
a failure. A failure is a normal article that does not end in 200, a pathological body
that ends in anything but 200, 422 or 504, or a connection error.

Isolation, measured first on the idle server: as many pathological bodies as there are
workers, then one normal article behind them; its latency is what a reader waits behind a
stuck analysis (before the worker pool: 65 s behind a 20 KB body).

Throughput is given over the whole run and, steadier, while the server was saturated (the
completions between the first and last tenth), with the cores the client and the server's own
process used. Timings on a shared machine are noisy: say the load average beside any figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Short news articles written for this benchmark (fiction): named, anonymous and unsourced
# claims, quotes, denials, hedges, a chain of reporting.
ARTICLES = [
    """Council delays vote on tram extension

The city council has postponed a vote on the eastern tram extension, citing rising costs.
"We cannot ask residents to sign a blank cheque," said Councillor Dana Whitcombe, who chairs
the transport committee. According to a report by the city's auditors, the projected cost has
grown by 40 per cent since 2021. Officials familiar with the talks said the contractor had
asked for more time. The contractor, Brightline Rail, denied that it had sought a delay.
It has been alleged that two councillors met the company's lobbyists before the vote.""",
    """Hospital trust says waiting lists are falling

Waiting lists at the Northfield Hospital Trust fell for the third month running, the trust
said on Tuesday. Its chief executive, Marcus Obi, told staff in an email that "the worst is
behind us". Unions were less sure. A nurse who asked not to be named said that wards were
still short of staff every night. The health minister reportedly plans to visit next week.
Figures published by the trust show 1,200 fewer patients waiting than in March.""",
    """Striker linked with record transfer

Rovers striker Leo Mancini is close to a record move abroad, The Daily Courier reports,
citing sources at the club. The newspaper said that a fee of 60 million had been agreed.
The club's manager, Sue Harlow, said on Friday that she had "heard nothing" about a bid.
Mancini's agent declined to comment. Rival fans on social media claimed the deal was a
publicity stunt, but did not provide any evidence.""",
    """Flood defences 'will not be ready' before winter

New flood defences along the river will not be finished before winter, according to
documents seen by this newspaper. The Environment Agency said in a statement that work was
"progressing well" and that temporary barriers would be in place. Residents' group chair
Amira Haddad said people were frightened. "Every time it rains we watch the river," she said.
A spokesman for the builder said the delay was caused by a shortage of steel.""",
    """Minister denies misleading parliament

The housing minister has denied misleading parliament over the number of new homes built
last year. Opposition MPs said the minister had counted homes that were only planned. The
minister, Paul Renner, told reporters that the figures had been checked by officials. The
statistics watchdog is understood to be looking at the claim. One senior official said
privately that the numbers "did not add up". Renner said he would welcome any review.""",
    """Tech firm to cut 300 jobs

Software company Nimbus Labs will cut 300 jobs, about a tenth of its staff, the company
confirmed on Monday. In a memo to employees, chief executive Grace Liu said the cuts were
"painful but necessary". Analysts at Barrow Securities said the move had been expected. Some
employees said on LinkedIn that they had learned of the cuts from the press. The company
said affected staff would receive three months' pay.""",
]

PATHOLOGICAL = [
    "he said that " * 1600,  # about 20 KB: minutes of work without caps (issue 14)
    '"' * 20000,
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(workers: int, timeout: float, queue: int, max_memory: int | None = None) -> tuple[subprocess.Popen, str]:
    import urllib.request

    port = _free_port()
    cmd = [sys.executable, "-m", "allegedly", "serve", "--port", str(port), "--workers", str(workers), "--timeout", str(timeout),
           "--queue", str(queue)]
    if max_memory is not None:
        cmd += ["--max-worker-memory", str(max_memory)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            health = json.load(urllib.request.urlopen(url + "/api/health", timeout=2))
            if health["workers"]["processes"] >= workers:
                # every worker ready: one request each, one after the other
                for _ in range(workers):
                    urllib.request.urlopen(urllib.request.Request(url + "/api/analyze", data=json.dumps({"text": ARTICLES[0]}).encode(),
                                                                  headers={"Content-Type": "application/json"}), timeout=120).read()
                return proc, url
        except OSError:
            pass
        time.sleep(0.5)
    proc.kill()
    raise SystemExit("the server did not start")


def tree_rss_mb(pid: int | None) -> float | None:
    """The server's memory with its workers: the sum of PSS (shared pages split between the
    processes that share them, so the model the workers share counts once) where Linux tells
    it, else of RSS (which counts it once per process)."""
    if pid is None:
        return None
    try:
        import psutil
    except ImportError:
        return None
    total = 0
    try:
        top = psutil.Process(pid)
        procs = [top, *top.children(recursive=True)]
    except psutil.Error:
        return None
    for p in procs:
        try:
            info = p.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
    return total / 2**20


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class Response:
    def __init__(self, status_code: int, headers: dict[str, str], body: bytes) -> None:
        self.status_code, self.headers, self.body = status_code, headers, body


class Connection:
    """One keep-alive HTTP/1.1 connection on asyncio streams, POST with a JSON body only. The
    clients share the 2 cores with the server they measure: httpx spent about 27 ms of CPU a
    request here (0.3 to 0.7 of a core at 25-40 requests/s), this a small part of that. It
    reconnects when the server closes the connection (a worker replaced, a 503)."""

    def __init__(self, url: str) -> None:
        host, _, port = url.removeprefix("http://").partition(":")
        self.host, self.port = host, int(port or 80)
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, url: str, json: dict) -> Response:  # noqa: A002 - httpx's name
        import json as _json

        path = "/" + url.split("/", 3)[3]
        body = _json.dumps(json).encode()
        head = (f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        for attempt in (0, 1):
            if self.writer is None:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
            assert self.reader is not None
            try:
                self.writer.write(head + body)
                await self.writer.drain()
                status_line = await self.reader.readline()
                if not status_line:
                    raise ConnectionResetError("closed")
                headers: dict[str, str] = {}
                while (line := await self.reader.readline()) not in (b"\r\n", b""):
                    k, _, v = line.decode("latin-1").partition(":")
                    headers[k.strip().lower()] = v.strip()
                data = await self.reader.readexactly(int(headers.get("content-length", "0")))
                if headers.get("connection", "").lower() == "close":
                    await self.close()
                return Response(int(status_line.split()[1]), headers, data)
            except (ConnectionError, asyncio.IncompleteReadError):
                await self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except OSError:
                pass
        self.reader = self.writer = None


def cpu_seconds(pid: int | None) -> dict[str, float]:
    """CPU seconds so far of the server's own process (not its workers: they are replaced
    every --max-requests analyses and take their seconds with them) and of this client."""
    out = {"client": sum(os.times()[:2])}
    if pid is None:
        return out
    try:
        import psutil

        top = psutil.Process(pid)
        t = top.cpu_times()
        out["server"] = t.user + t.system
    except (ImportError, Exception):  # noqa: BLE001 - the breakdown is optional
        pass
    return out


def steady_rate(finished: list[float]) -> float:
    """Articles per second while the server was saturated: the completions between the first
    and the last tenth, over the time between them. The run's whole wall clock also holds the
    ramp-up and a tail of clients sleeping out a Retry-After while the workers idle, which
    weigh more the faster the server is."""
    if len(finished) < 20:
        return float("nan")
    t = sorted(finished)
    a, b = len(t) // 10, len(t) - 1 - len(t) // 10
    return round((b - a) / (t[b] - t[a]), 2) if t[b] > t[a] else float("nan")


async def one(client, url: str, body: dict, stats: dict) -> tuple[int | None, float, list[float]]:
    """(final status, seconds from first try to the end, each attempt's seconds)."""
    started = time.monotonic()
    attempts: list[float] = []
    for _ in range(31):
        t = time.monotonic()
        try:
            res = await client.post(url + "/api/analyze", json=body)
        except Exception as err:  # noqa: BLE001 - counted as a failure
            stats.setdefault("errors", []).append(f"{type(err).__name__}: {err}")
            return None, time.monotonic() - started, attempts
        attempts.append(time.monotonic() - t)
        if res.status_code == 503 and "retry-after" in res.headers:
            stats["refused"] += 1
            await asyncio.sleep(min(10.0, float(res.headers["retry-after"])) * random.uniform(0.5, 1.5))
            continue
        return res.status_code, time.monotonic() - started, attempts
    return 503, time.monotonic() - started, attempts


async def isolation(url: str, workers: int) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=600) as client:
        stuck = [asyncio.create_task(client.post(url + "/api/analyze", json={"text": PATHOLOGICAL[0]})) for _ in range(workers)]
        await asyncio.sleep(0.5)
        t = time.monotonic()
        res = await client.post(url + "/api/analyze", json={"text": ARTICLES[1]})
        behind = time.monotonic() - t
        stuck_res = await asyncio.gather(*stuck)
    return {"normal_behind_stuck_s": round(behind, 2), "normal_status": res.status_code,
            "stuck_statuses": [r.status_code for r in stuck_res]}


async def load(url: str, clients: int, requests: int, pathological: int, duration: float, pid: int | None, lean: bool = False) -> dict:
    import httpx

    plan = [("normal", {"text": ARTICLES[i % len(ARTICLES)], "title": None}) for i in range(requests - pathological)]
    plan += [("pathological", {"text": PATHOLOGICAL[i % len(PATHOLOGICAL)]}) for i in range(pathological)]
    random.Random(7).shuffle(plan)
    queue: asyncio.Queue = asyncio.Queue()
    for item in plan:
        queue.put_nowait(item)
    stats: dict = {"refused": 0}
    results: list[tuple[str, int | None, float, list[float]]] = []
    finished: list[float] = []  # when each normal article came back with 200
    deadline = time.monotonic() + duration
    peak = [tree_rss_mb(pid) or 0.0]

    async def client_loop(_client) -> None:
        client = Connection(url) if lean else _client
        while time.monotonic() < deadline:
            try:
                kind, body = queue.get_nowait()
            except asyncio.QueueEmpty:
                break
            status, took, attempts = await one(client, url, body, stats)
            results.append((kind, status, took, attempts))
            if kind == "normal" and status == 200:
                finished.append(time.monotonic())
        if lean:
            await client.close()

    async def sample() -> None:
        while True:
            await asyncio.sleep(1)
            peak[0] = max(peak[0], tree_rss_mb(pid) or 0.0)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=httpx.Timeout(600, connect=60), limits=limits) as client:
        sampler = asyncio.create_task(sample())
        started = time.monotonic()
        cpu0 = cpu_seconds(pid)
        await asyncio.gather(*(client_loop(client) for _ in range(clients)))
        wall = time.monotonic() - started
        cpu1 = cpu_seconds(pid)
        sampler.cancel()

    normal = [r for r in results if r[0] == "normal"]
    patho = [r for r in results if r[0] == "pathological"]
    failed = [r for r in normal if r[1] != 200] + [r for r in patho if r[1] not in (200, 422, 504)]
    lat = [r[2] for r in normal if r[1] == 200]
    tries = [a for r in normal for a in r[3]]
    return {
        "requests_done": len(results), "not_started": queue.qsize(), "wall_s": round(wall, 1),
        "throughput_rps": round(len(results) / wall, 2), "articles_per_s": round(len(lat) / wall, 2),
        "steady_articles_per_s": steady_rate(finished),
        # cores each part kept busy on average: what the workers were left on a shared machine
        "cores_used": {k: round((cpu1[k] - cpu0[k]) / wall, 2) for k in cpu1 if k in cpu0},
        "normal_latency_s": {"p50": round(pct(lat, 0.5), 2), "p95": round(pct(lat, 0.95), 2), "max": round(max(lat, default=float("nan")), 2)},
        "normal_attempt_s": {"p50": round(pct(tries, 0.5), 2), "p95": round(pct(tries, 0.95), 2), "max": round(max(tries, default=float("nan")), 2)},
        "pathological": {str(s): sum(1 for r in patho if r[1] == s) for s in sorted({r[1] for r in patho}, key=str)},
        "pathological_s_max": round(max((r[2] for r in patho), default=float("nan")), 2),
        "refused_503_then_retried": stats["refused"], "failed": len(failed),
        "failures": sorted({f"{r[0]}:{r[1]}" for r in failed}) + stats.get("errors", [])[:5],
        "mb_peak": round(peak[0]),
    }


def run(args, workers: int, pathological: int) -> dict:
    proc = None
    url = args.url
    if url is None:
        proc, url = start_server(workers, args.timeout, args.queue, args.max_worker_memory)
    try:
        pid = proc.pid if proc else None
        out: dict = {"workers": workers, "timeout_s": args.timeout, "clients": args.clients, "load_avg_before": os.getloadavg()[0]}
        out["mb_before"] = round(tree_rss_mb(pid) or 0)
        if pathological and not args.no_isolation:
            out["isolation"] = asyncio.run(isolation(url, workers))
        out.update(asyncio.run(load(url, args.clients, args.requests, pathological, args.duration, pid, not args.httpx)))
        out["client"] = "httpx" if args.httpx else "asyncio streams"
        time.sleep(3)
        out["mb_after"] = round(tree_rss_mb(pid) or 0)
        out["load_avg_after"] = os.getloadavg()[0]
        return out
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=30)


def memory(args) -> dict:
    """Memory before, at peak and after a few large articles, one worker."""
    import threading
    import urllib.request

    proc, url = start_server(1, max(args.timeout, 600), args.queue, args.max_worker_memory)
    try:
        paras = [p for a in ARTICLES for p in a.split("\n\n")]
        rng = random.Random(1)
        out: dict = {"max_worker_memory_mb": args.max_worker_memory, "load_avg_before": os.getloadavg()[0]}
        time.sleep(2)
        out["mb_before"] = round(tree_rss_mb(proc.pid) or 0)
        peak = [0.0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.5):
                peak[0] = max(peak[0], tree_rss_mb(proc.pid) or 0.0)

        threading.Thread(target=sample, daemon=True).start()
        took = []
        for _ in range(args.large):
            text = ""
            while len(text) < args.large_kb * 1000:
                text += rng.choice(paras) + "\n\n"
            t = time.monotonic()
            req = urllib.request.Request(url + "/api/analyze", data=json.dumps({"text": text, "raw": True}).encode(),
                                         headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=900).read()
            took.append(round(time.monotonic() - t, 1))
        time.sleep(3)
        done.set()
        out.update({"large_articles": args.large, "kb_each": args.large_kb, "seconds_each": took, "mb_peak": round(peak[0]),
                    "mb_after": round(tree_rss_mb(proc.pid) or 0),
                    "workers": json.load(urllib.request.urlopen(url + "/api/health"))["workers"]})
        return out
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="an allegedly server already running (loopback); default: start one")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0, help="the server's --timeout")
    ap.add_argument("--queue", type=int, default=64, help="the server's --queue")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests", type=int, default=600)
    ap.add_argument("--pathological", type=int, default=6, help="how many of the requests are pathological bodies")
    ap.add_argument("--duration", type=float, default=600, help="stop starting requests after this many seconds")
    ap.add_argument("--no-isolation", action="store_true")
    ap.add_argument("--httpx", action="store_true", help="clients on httpx (the first client; it took 0.3-0.7 of the 2 cores here) instead of plain asyncio streams")
    ap.add_argument("--compare", action="store_true", help="1 worker, then --workers, normal articles only")
    ap.add_argument("--memory", action="store_true", help="memory before/after --large articles of --large-kb on one worker")
    ap.add_argument("--large", type=int, default=2)
    ap.add_argument("--large-kb", type=int, default=80)
    ap.add_argument("--max-worker-memory", type=int, default=None, help="the server's --max-worker-memory (MB)")
    args = ap.parse_args()
    if args.url and not args.url.startswith(("http://127.0.0.1", "http://localhost", "http://[::1]")):
        raise SystemExit("load tests run against loopback only")
    if args.memory:
        print(json.dumps(memory(args), indent=1))
    elif args.compare:
        one_w = run(args, 1, 0)
        print(json.dumps(one_w), flush=True)
        many = run(args, args.workers, 0)
        print(json.dumps(many), flush=True)
        print(json.dumps({"speedup": round(many["articles_per_s"] / one_w["articles_per_s"], 2),
                          "steady_speedup": round(many["steady_articles_per_s"] / one_w["steady_articles_per_s"], 2)}))
    else:
        print(json.dumps(run(args, args.workers, args.pathological), indent=1))


if __name__ == "__main__":
    main()
