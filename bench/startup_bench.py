"""What a fresh process pays before its first article: imports, models, tables.

    .venv/bin/python bench/startup_bench.py [--repeat N] [--article PATH] [--no-write]

Runs, each ``--repeat`` times in a new process and alternated, (1) importing the CLI,
(2) ``telisik analyze`` on one seed article with the on-disk table cache warm
(:mod:`telisik.language.tables`), and (3) the same with ``TELISIK_TABLES=off`` (every table
built in the process, as before the cache). Reports the median CPU seconds (user + system,
of the child) and wall seconds, and writes the table to the ``startup`` section of
bench/README.md. Every ``telisik analyze``, every worker of ``telisik run --workers`` and every
Spark partition starts this way.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from readme_table import markdown_table, publish

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "seeds"


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds of the child, wall seconds) for one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, cwd=tempfile.gettempdir())
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--article", type=Path, default=min(SEED.glob("*.txt")))
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args()

    python = sys.executable
    with tempfile.TemporaryDirectory() as tables:
        warm = dict(os.environ, TELISIK_TABLES=tables)
        cases = {
            "import the CLI (`import telisik.cli.main`)": ([python, "-c", "import telisik.cli.main"], warm),
            "`telisik analyze` one article, table cache warm": (
                [python, "-m", "telisik", "analyze", str(args.article), "--format", "json"], warm),
            "`telisik analyze` one article, `TELISIK_TABLES=off`": (
                [python, "-m", "telisik", "analyze", str(args.article), "--format", "json"],
                dict(os.environ, TELISIK_TABLES="off")),
        }
        timed(cases["`telisik analyze` one article, table cache warm"][0], warm)  # fills the cache
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in cases}
        for _ in range(args.repeat):
            for name, (command, env) in cases.items():
                runs[name].append(timed(command, env))

    rows = [(name, f"{statistics.median(c for c, _ in found):.2f}", f"{statistics.median(w for _, w in found):.2f}",
             f"{min(c for c, _ in found):.2f}–{max(c for c, _ in found):.2f}") for name, found in runs.items()]
    table = markdown_table(("fresh process", "CPU s (median)", "wall s (median)", "CPU s range"), rows)
    publish("startup", f".venv/bin/python bench/startup_bench.py --repeat {args.repeat}", table,
            note=f"article `{args.article.name}`; {args.repeat} alternated runs of each", write=not args.no_write)

if __name__ == "__main__":
    main()
