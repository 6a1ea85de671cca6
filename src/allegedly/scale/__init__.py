"""The same analysis on Dask: inputs cut into partitions (readers), one function per
partition on the workers (run), a LocalCluster or a scheduler address (cluster), and the
partitioned Parquet dataset the workers write (parquet). See docs/scale.md.

Dask is the `scale` extra (`pip install 'allegedly[scale]'`); without it everything here
that needs a cluster says so in one line, and the rest (planning, running partitions in
this process, the Parquet dataset) still works.
"""

from __future__ import annotations

from .readers import Part, needs_partitioned_reader, plan
from .run import Analysed, PartResult, Rendered, Task, run, run_part

__all__ = ["Analysed", "Part", "PartResult", "Rendered", "Task", "needs_partitioned_reader", "plan", "run", "run_part"]
