"""Where the item stages run when one process is not enough: worker processes, or Spark partitions.

Normalise, extract, reconcile and summarise work on one article or story at a
time, independently, so :func:`telisik.pipeline.run` can hand their items out
(``telisik run --workers N`` or ``--spark MASTER``). Every worker opens the same
store and runs :func:`telisik.pipeline.run_items` on its share: the same stage
code, the same per-item commit and failure record as in one process. Clustering
stays in the calling process, because it is a stream in arrival order.

The store must take writes from several processes at once. PostgreSQL does;
SQLite serialises them (WAL mode, a 10-second busy timeout), which is enough for
a few local workers but not for a cluster, whose executors also could not reach
a file on the driver's disk.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from telisik.errors import ConfigError
from telisik.models import Stage
from telisik.pipeline import StageTally, run_items

# Items per share: small enough to spread a few hundred stories over the workers,
# large enough that opening the store (and loading the models) once per share is cheap.
SHARE_SIZE = 64


def shares(items: Sequence[int], workers: int) -> list[list[int]]:
    """``items`` cut into consecutive shares, at least one per worker while there are items enough."""
    size = max(1, min(SHARE_SIZE, -(-len(items) // max(1, workers))))
    return [list(items[i:i + size]) for i in range(0, len(items), size)]


def _add(tallies: Iterable[StageTally]) -> StageTally:
    total = StageTally()
    for tally in tallies:
        total.ok += tally.ok
        total.failed += tally.failed
    return total


class ProcessPool:
    """Run item stages in ``workers`` local processes."""

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ConfigError(f"--workers must be 1 or more, not {workers}")
        self.workers = workers

    def run_stage(self, url: str, stage: Stage, items: list[int]) -> StageTally:
        with ProcessPoolExecutor(max_workers=self.workers) as pool:
            futures = [pool.submit(run_items, url, stage, share) for share in shares(items, self.workers)]
            return _add(future.result() for future in futures)


def _run_partition(url: str, stage: Stage, partition: Iterator[int]) -> Iterator[tuple[int, int]]:
    tally = run_items(url, stage, list(partition))
    yield tally.ok, tally.failed


class SparkPartitions:
    """Run item stages in the partitions of a Spark job (the ``spark`` extra: PySpark).

    ``master`` is a Spark master URL (``local[4]``, ``spark://host:7077``) for a new
    session, or ``session`` an existing one (a notebook's ``spark``).
    """

    def __init__(self, master: str | None = None, session: Any = None) -> None:
        if session is None:
            session = spark_session(master or "local[*]")
        self.session = session

    def run_stage(self, url: str, stage: Stage, items: list[int]) -> StageTally:
        context = self.session.sparkContext
        if url.startswith("sqlite") and not str(context.master).startswith("local"):
            raise ConfigError(f"Spark executors on other machines cannot open the SQLite file {url!r}",
                              hint="use a PostgreSQL store: --db postgresql://user@host/db")
        # as many partitions as the process pool would make shares; Spark cuts them consecutively too
        rdd = context.parallelize(items, numSlices=len(shares(items, context.defaultParallelism)))
        counts = rdd.mapPartitions(lambda partition: _run_partition(url, stage, partition)).collect()
        return _add(StageTally(ok, failed) for ok, failed in counts)

    def stop(self) -> None:
        self.session.stop()


def spark_session(master: str) -> Any:
    """A Spark session whose Python workers run this interpreter (so they import this telisik)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConfigError("Spark needs PySpark: pip install 'telisik[spark]'") from None
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    if master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # a local session listens on the loopback only
    builder = SparkSession.builder.master(master).appName("telisik").config("spark.ui.showConsoleProgress", "false")
    if master.startswith("local"):
        builder = (builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                   .config("spark.ui.enabled", "false"))
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session
