"""Throughput and memory of the whole pipeline over the IndoSum stream corpus.

    .venv/bin/python bench/pipeline_bench.py [--corpus PATH] [--limit N] [--db URL]
                                             [--workers N | --spark MASTER] [--no-write]

Ingests the corpus into a fresh SQLite database in a temporary folder (or the
empty database at ``--db``, e.g. ``postgresql://telisik@127.0.0.1:5432/bench``),
runs every stage, and writes articles/s (overall and per stage), the CPU seconds
spent in each stage, peak RSS and RSS growth (sampled every 250 articles during the run) to bench/README.md, in
the section of its backend. Single process: the numbers are per core (of
telisik; a PostgreSQL server on the same machine uses another). With
``--workers`` or ``--spark`` the item stages run in parallel
(:mod:`telisik.parallel`); the table then goes to the ``pipeline-parallel``
section, and RSS is the driver's alone.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from readme_table import markdown_table, replace_section

from telisik import __version__, api, parallel
from telisik.models import Stage
from telisik.settings import Settings

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpus" / "indosum-stream.jsonl"
SAMPLE_EVERY = 250


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Sampler:
    """A pipeline progress listener that samples RSS as articles go by."""

    def __init__(self) -> None:
        self.samples: list[tuple[str, int, float]] = []
        self.counts: dict[Stage, int] = {}
        self.cpu: dict[Stage, float] = {}  # CPU seconds of this process in each stage

    def start(self, stage: Stage, total: int | None) -> None:
        self.counts[stage] = 0
        self.cpu[stage] = -time.process_time()

    def advance(self, stage: Stage) -> None:
        self.counts[stage] += 1
        if self.counts[stage] % SAMPLE_EVERY == 0:
            self.samples.append((stage.value, self.counts[stage], rss_mb()))

    def finish(self, stage: Stage) -> None:
        self.cpu[stage] += time.process_time()
        self.samples.append((stage.value, self.counts[stage], rss_mb()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--db", default=None, help="an empty database URL instead of a temporary SQLite file")
    parser.add_argument("--workers", type=int, default=None, help="item stages in N processes")
    parser.add_argument("--spark", default=None, metavar="MASTER", help="item stages in Spark partitions")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave bench/README.md alone")
    args = parser.parse_args()
    runner: parallel.ProcessPool | parallel.SparkPartitions | None = None
    if args.workers:
        runner = parallel.ProcessPool(args.workers)
    elif args.spark:
        runner = parallel.SparkPartitions(args.spark)
    how = f"{args.workers} worker processes" if args.workers else f"Spark {args.spark}" if args.spark else "one process"
    if not args.corpus.is_file():
        sys.exit(f"no corpus at {args.corpus}: it lives in ../shared/data (see ../shared/data/DATA.md)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus
        if args.limit:
            corpus = Path(tmp) / "corpus.jsonl"
            with args.corpus.open(encoding="utf-8") as src:
                corpus.write_text("".join(line for _, line in zip(range(args.limit), src)), encoding="utf-8")
        settings = Settings(db=args.db or str(Path(tmp) / "bench.db"))
        store = api.open_store(settings=settings)
        if store.counts()["articles"]:
            sys.exit(f"{args.db} already holds articles: the bench needs an empty database")
        backend = store.engine.dialect.name
        sampler = Sampler()
        rss_start = rss_mb()
        began, cpu_began = time.perf_counter(), time.process_time()
        report = api.ingest(store, [str(corpus)], settings, progress=sampler)
        ingest_seconds, ingest_cpu = time.perf_counter() - began, time.process_time() - cpu_began
        run = api.run(store, progress=sampler, parallel=runner)
        total_seconds, total_cpu = time.perf_counter() - began, time.process_time() - cpu_began
        load = os.getloadavg()[0]
        articles = len(report.added)
        stories = store.counts()["stories"]
    def row(name: str, items: int, seconds: float, cpu: float, failed: int, digits: int = 0) -> list[object]:
        rate = items / seconds if seconds else 0
        return [name, items, f"{seconds:.1f}", f"{rate:.{digits}f}", f"{cpu:.1f}", failed]

    rows = [row("ingest", articles, ingest_seconds, ingest_cpu, 0)]
    for stage, tally in run.stages.items():
        rows.append(row(stage.value, tally.ok, tally.seconds, sampler.cpu.get(stage, 0.0), tally.failed))
    rows.append(row("**all stages**", articles, total_seconds, total_cpu, run.failed, digits=1))
    growth = [s for s in sampler.samples if s[0] in ("normalise", "extract", "cluster")]
    body = "\n".join([
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d} with telisik {__version__}, Python {platform.python_version()}, "
        f"{how} on {platform.machine()}, store {backend}; corpus `{args.corpus.name}` "
        f"({articles} articles → {stories} stories).",
        "",
        markdown_table(["stage", "items", "seconds", "items/s", "CPU s", "failed"], rows),
        "",
        f"CPU s: processor time of {'the driver process alone' if runner else 'the process'}; the one-minute load "
        f"average at the end was {load:.1f} on {os.cpu_count()} cores (above the core count, the wall-clock rates "
        "are pessimistic and the CPU seconds are the steadier figure).",
        "",
        f"Peak RSS **{peak_rss_mb():.0f} MB**; RSS at start {rss_start:.0f} MB, "
        f"during the run {min(s[2] for s in growth):.0f}–{max(s[2] for s in growth):.0f} MB "
        f"(sampled every {SAMPLE_EVERY} items in normalise, extract and cluster).",
    ])
    print(body)
    if not args.no_write:
        section = "pipeline-parallel" if runner else "pipeline" if backend == "sqlite" else f"pipeline-{backend}"
        replace_section(section, body)
    if isinstance(runner, parallel.SparkPartitions):
        runner.stop()


if __name__ == "__main__":
    main()
