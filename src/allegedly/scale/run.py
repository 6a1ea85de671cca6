"""The per-article function mapped over partitions, and the client side that feeds a
cluster and gives results back in input order.

`run_part` is what a worker runs: it reads its Part (readers.articles), calls the same
`allegedly.core.analyze_articles` as one process, and either writes its partition of the
Parquet dataset, renders each report in the requested format, or sends the Reports back.
Problems (bad inputs) travel back as they are, to become one line each on stderr.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from ..core import analyze_articles
from ..ingest import Article, Problem
from ..options import DEFAULT, Options
from ..render import render
from ..schema import Report
from .readers import Part, articles


@dataclass(frozen=True)
class Task:
    """What every partition is asked to do.

    send: what comes back per report: "rendered" (the text of `fmt`), "report" (the Report
        itself) or "name" (only its name: the dataset holds the rest).
    parquet: the dataset folder the workers write into (None: none).
    started: when the run began (the store's `ingested_at` of every row it writes).
    """

    options: Options = DEFAULT
    send: Literal["rendered", "report", "name"] = "report"
    fmt: str = "json"
    parquet: str | None = None
    started: float | None = None


@dataclass
class Rendered:
    """A report already rendered on the worker."""

    name: str | None
    text: str


@dataclass
class Analysed:
    """A report that went to the dataset only."""

    name: str | None


Item = Report | Rendered | Analysed | Problem


@dataclass
class PartResult:
    index: int
    items: list[Item] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def run_part(part: Part, task: Task) -> PartResult:
    """Analyse one partition. Pure in its effects: run twice, it writes the same files."""

    def inputs() -> Iterator[Article | Problem]:
        for unit in part.units:
            yield from articles(unit, task.options)

    result = PartResult(part.index)
    reports: list[tuple[int, Report]] = []
    for position, item in enumerate(analyze_articles(inputs(), options=task.options)):
        if isinstance(item, Problem):
            result.items.append(item)
            continue
        if task.parquet is not None:
            reports.append((position, item))
        if task.send == "rendered":
            result.items.append(Rendered(item.input, render(item, task.fmt)))
        elif task.send == "report":
            result.items.append(item)
        else:
            result.items.append(Analysed(item.input))
    if task.parquet is not None:
        from .parquet import write_part

        result.rows = write_part(task.parquet, part.index, reports, ingested_at=task.started)
    return result


def run(parts: Iterable[Part], task: Task, client=None, window: int | None = None) -> Iterator[PartResult]:
    """PartResults in partition order. Without a client, in this process; with one, at most
    `window` partitions in flight (default: three per worker thread), so that results wait
    for their turn without piling up. A partition whose worker dies is run again by the
    scheduler; its result still comes back once."""
    if client is None:
        for part in parts:
            yield run_part(part, task)
        return
    if window is None:
        window = max(4, 3 * sum(client.nthreads().values()))
    run_id = uuid.uuid4().hex[:8]
    todo = iter(parts)
    pending: deque = deque()

    def submit() -> bool:
        part = next(todo, None)
        if part is None:
            return False
        pending.append((part, client.submit(run_part, part, task, key=f"allegedly-part-{run_id}-{part.index}", pure=False)))
        return True

    while len(pending) < window and submit():
        pass
    while pending:
        part, future = pending.popleft()
        try:
            result = future.result()
        except Exception as err:  # noqa: BLE001 -- the task itself failed (e.g. its workers died too often)
            result = PartResult(part.index, [Problem(_label(part), f"partition {part.index} failed on the cluster: {type(err).__name__}: {err}")])
        future.release()
        submit()
        yield result


def _label(part: Part) -> str:
    names = [getattr(u, "name", "?") for u in part.units]
    return names[0] if len(names) == 1 else f"{names[0]} .. {names[-1]}"
