"""Articles per second on Dask: one process, then a LocalCluster of 1, 2, ... workers, over
the same corpus; parallel efficiency, peak memory per worker, and a projection to 10 M
articles.

    python benchmarks/scale.py [--polnear N] [--fnc N] [--workers 1,2] [--partition-size 8]

The corpus is built at run time from ../shared (never copied into the repo): the first N
PolNeAR dev texts, then train texts if N is larger, and the first N FNC bodies, written to a
temporary JSONL file that every run reads through the same partitioned reader. Each run
times the analysis only: the cluster is started and every worker has loaded the pipeline,
tagger and ranker (once per process) before the clock starts; the start-up is printed apart.

Parallel efficiency with W workers = rate(W) / (W x rate(1)). Wall-clock figures on a
machine shared with other work are noisy: the load average before each run is printed, and
so is the CPU time the workers used, which the other load does not inflate as much.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ALLEGEDLY_SHARED", ROOT.parent / "shared"))


def corpus(n_polnear: int, n_fnc: int) -> list[dict]:
    polnear = sorted((SHARED / "data/polnear/dev/text").glob("*.txt")) + sorted((SHARED / "data/polnear/train/text").glob("*.txt"))
    records = [{"id": f"polnear-{p.stem}", "text": p.read_text(encoding="utf-8")} for p in polnear[:n_polnear]]
    csv.field_size_limit(sys.maxsize)
    with open(SHARED / "data/fnc/train_bodies.csv", encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if i >= n_fnc:
                break
            records.append({"id": f"fnc-{row['Body ID']}", "text": row["articleBody"]})
    return records


def _warm() -> tuple[int, float]:
    """Load what every partition needs; (pid, seconds)."""
    from allegedly import pipeline as nlp
    from allegedly.extract import ranker, tagger

    t0 = time.perf_counter()
    nlp.load()
    tagger.load()
    ranker.load()
    return os.getpid(), time.perf_counter() - t0


def _usage() -> tuple[float, float]:
    """(peak resident MB, CPU seconds) of this process."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_maxrss / 1024, r.ru_utime + r.ru_stime


def timed(parts, task, client) -> tuple[float, int, int]:
    """(seconds, articles analysed, problems)."""
    from allegedly.ingest import Problem
    from allegedly.scale import run

    t0 = time.perf_counter()
    done = problems = 0
    for result in run(parts, task, client=client):
        for item in result.items:
            if isinstance(item, Problem):
                problems += 1
            else:
                done += 1
    return time.perf_counter() - t0, done, problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=int, default=84, help="PolNeAR texts (dev first, then train)")
    ap.add_argument("--fnc", type=int, default=76, help="FNC bodies")
    ap.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    ap.add_argument("--partition-size", type=int, default=8)
    ap.add_argument("--no-single", action="store_true", help="skip the run without Dask")
    a = ap.parse_args()
    if not (SHARED / "data").exists():
        print(f"{SHARED / 'data'} is not here: the benchmark reads the shared data", file=sys.stderr)
        return 2
    from allegedly.options import Options
    from allegedly.scale import Task, plan
    from allegedly.scale.cluster import connect

    records = corpus(a.polnear, a.fnc)
    words = sum(len(r["text"].split()) for r in records)
    tmp = Path(tempfile.mkdtemp(prefix="allegedly-scale-"))
    feed = tmp / "corpus.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    options = Options()
    parts = plan([str(feed)], options, per_part=a.partition_size)
    task = Task(options=options, send="name")
    print(f"corpus: {len(records)} articles ({min(a.polnear, len(records))} PolNeAR, {max(0, len(records) - a.polnear)} FNC), "
          f"{words:,} words, {len(parts)} partitions of {a.partition_size}; {os.cpu_count()} CPUs")
    rates: dict[int, float] = {}
    cpu_per_article: dict[int, float] = {}
    if not a.no_single:
        _warm()
        load = os.getloadavg()[0]
        cpu0 = _usage()[1]
        dt, done, problems = timed(parts, task, None)
        print(f"one process, no Dask: {done / dt:6.2f} articles/s ({dt:.1f} s, {done} analysed, {problems} refused; "
              f"CPU {(_usage()[1] - cpu0) / done:.2f} s per article; load before {load:.1f}; peak {_usage()[0]:.0f} MB)")
    for w in [int(x) for x in a.workers.split(",")]:
        t0 = time.perf_counter()
        with connect(workers=w) as client:
            warm = client.run(_warm)
            start = time.perf_counter() - t0
            load = os.getloadavg()[0]
            cpu0 = sum(c for _, c in client.run(_usage).values())
            dt, done, problems = timed(parts, task, client)
            usage = client.run(_usage)
            cpu_per_article[w] = (sum(c for _, c in usage.values()) - cpu0) / max(done, 1)
            peak = max(m for m, _ in usage.values())
            rates[w] = done / dt
            eff = f"{rates[w] / (w * rates[1]):.0%}" if 1 in rates else "n/a"
            print(f"{w:2d} worker{'s' if w > 1 else ' '}: {rates[w]:6.2f} articles/s ({dt:.1f} s, {done} analysed); parallel efficiency {eff}; "
                  f"worker CPU {cpu_per_article[w]:.2f} s per article; peak memory per worker {peak:.0f} MB; "
                  f"start-up {start:.1f} s (model load {max(s for _, s in warm.values()):.1f} s); load average before {load:.1f}")
    if 1 in rates:
        walls = {w: rates[w] / (w * rates[1]) for w in rates}
        cpus = {w: cpu_per_article[1] / cpu_per_article[w] for w in rates}
        w_max = max(rates)
        print(f"efficiency at {w_max} workers: {walls[w_max]:.0%} by wall clock, {cpus[w_max]:.0%} by CPU per article "
              f"(CPU that each article costs with 1 worker / with {w_max})")
        per_article = cpu_per_article[1]
        eff = min(1.0, cpus[w_max])
        print(f"projection for 10 M articles: {per_article:.2f} CPU s per article on one worker (one core each), "
              f"at the {eff:.0%} CPU efficiency measured:")
        for n in (1, 16, 64, 256, 1024):
            secs = 10_000_000 * per_article / (n * eff)
            print(f"  {n:5d} workers: {secs / 3600:9.1f} h ({secs / 86400:6.1f} days)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
