"""Where the work runs: a LocalCluster of worker processes on this machine (--workers N), or
an existing Dask cluster (--scheduler tcp://HOST:8786).

Workers are processes with one thread each: spaCy's parser and numpy hold the GIL for much
of their time, and every process loads the pipeline, the tagger and the ranker once (they
are cached per process) and keeps them for every partition it runs.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..errors import UsageError

if TYPE_CHECKING:
    from distributed import Client

EXTRA = "pip install 'allegedly[scale]'"


def require() -> None:
    """Raise UsageError, one line naming the extra, when Dask is not installed."""
    for mod in ("dask", "distributed"):
        if importlib.util.find_spec(mod) is None:
            raise UsageError(f"--workers and --scheduler need Dask: {EXTRA}")


@contextmanager
def connect(workers: int | None = None, scheduler: str | None = None, memory_limit: str | int = "auto") -> Iterator[Client]:
    """A connected distributed.Client, closed (and its LocalCluster shut down) on exit."""
    require()
    if (workers is None) == (scheduler is None):
        raise UsageError("give either --workers N or --scheduler ADDRESS")
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError, ValueError) as err:
            raise UsageError(f"--scheduler {scheduler}: cannot connect ({err or type(err).__name__})") from None
        try:
            yield client
        finally:
            client.close()
        return
    if workers is None or workers < 1:
        raise UsageError(f"--workers {workers}: give at least 1")
    dashboard = ":0" if importlib.util.find_spec("bokeh") is not None else None
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        memory_limit=memory_limit,
        dashboard_address=dashboard,
        silence_logs=logging.ERROR,
    )
    client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def describe(client) -> str:
    """One line: how many workers, and the dashboard's address when there is one."""
    info = client.scheduler_info()
    n = len(info.get("workers", {}))
    line = f"dask: {n} worker{'s' if n != 1 else ''} at {info.get('address', '?')}"
    link = client.dashboard_link if "dashboard" in info.get("services", {}) else None  # needs bokeh
    return line + (f"; progress at {link}" if link else "")


def mapper(client):
    """plan()'s mapper on a cluster: fn over items as tasks, results in order."""

    def map_on_cluster(fn, items):
        return client.gather(client.map(fn, list(items), pure=False))

    return map_on_cluster
