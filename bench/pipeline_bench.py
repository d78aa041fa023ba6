"""Throughput and memory of the whole pipeline over the IndoSum stream corpus.

    .venv/bin/python bench/pipeline_bench.py [--corpus PATH] [--limit N] [--db URL]
                                             [--workers N | --spark MASTER] [--no-write]

Ingests the corpus into a fresh SQLite database in a temporary folder (or the
empty database at ``--db``, e.g. ``postgresql://telisik@127.0.0.1:5432/bench``),
runs every stage, and writes articles/s (overall and per stage), peak RSS and
RSS growth (sampled every 250 articles during the run) to bench/README.md, in
the section of its backend. Single process: the numbers are per core (of
telisik; a PostgreSQL server on the same machine uses another). With
``--workers`` or ``--spark`` the item stages run in parallel
(:mod:`telisik.parallel`); the table then goes to the ``pipeline-parallel``
section, and RSS is the driver's alone.
"""

from __future__ import annotations

import argparse
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

    def start(self, stage: Stage, total: int | None) -> None:
        self.counts[stage] = 0

    def advance(self, stage: Stage) -> None:
        self.counts[stage] += 1
        if self.counts[stage] % SAMPLE_EVERY == 0:
            self.samples.append((stage.value, self.counts[stage], rss_mb()))

    def finish(self, stage: Stage) -> None:
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
        began = time.perf_counter()
        report = api.ingest(store, [str(corpus)], settings, progress=sampler)
        ingest_seconds = time.perf_counter() - began
        run = api.run(store, progress=sampler, parallel=runner)
        total_seconds = time.perf_counter() - began
        articles = len(report.added)
        stories = store.counts()["stories"]
    rows: list[list[object]] = [["ingest", articles, f"{ingest_seconds:.1f}", f"{articles / ingest_seconds:.0f}", 0]]
    for stage, tally in run.stages.items():
        rate = tally.ok / tally.seconds if tally.seconds else 0
        rows.append([stage.value, tally.ok, f"{tally.seconds:.1f}", f"{rate:.0f}", tally.failed])
    rows.append(["**all stages**", articles, f"{total_seconds:.1f}", f"{articles / total_seconds:.1f}", run.failed])
    growth = [s for s in sampler.samples if s[0] in ("normalise", "extract", "cluster")]
    body = "\n".join([
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d} with telisik {__version__}, Python {platform.python_version()}, "
        f"{how} on {platform.machine()}, store {backend}; corpus `{args.corpus.name}` "
        f"({articles} articles → {stories} stories).",
        "",
        markdown_table(["stage", "items", "seconds", "items/s", "failed"], rows),
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
