"""The clustering checkpoint at scale: its size, and writing and reading it against a replay.

    .venv/bin/python bench/checkpoint_bench.py [--stories N] [--stream N] [--no-write]

A run that places new articles starts from the clusterer the last run left on disk
(:mod:`telisik.checkpoint`) instead of replaying every placed article. This builds clusterers
the way ``bench/cluster_bench.py`` does, without a store (synthetic stories, the stand-in
embedder): ``--stories`` stories of one article each, all active (no dates, so none closes), and
a dated stream of ``--stream`` articles, 50 new events a day, that closes stories after 7 days
and keeps the shipped number of closed stories for reopening (``cluster.ARCHIVED_STORIES``).
For each it times building it (what a replay costs, less the store reads), then
:func:`telisik.checkpoint.save` and :func:`telisik.checkpoint.load` through a temporary directory,
and checks that the clusterer read back places articles in the same stories. CPU seconds of
this process; the table goes to the ``checkpoint`` section of bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date, timedelta

from cluster_bench import Corpus, StandInEmbedder, article, rss_mb
from readme_table import markdown_table, publish

from telisik import checkpoint
from telisik.cluster import StoryClusterer

URL = "sqlite:////bench/checkpoint.db"  # only named: the checkpoint's header records it
MARK = (0, 0, "bench")


def all_active(corpus: Corpus, stories: int) -> StoryClusterer:
    clusterer = StoryClusterer(embedder=StandInEmbedder())
    for story in range(1, stories + 1):
        title, text = corpus.text(story)
        clusterer.add(article(story, title, text, None), story)
    return clusterer


def dated_stream(corpus: Corpus, count: int) -> StoryClusterer:
    clusterer = StoryClusterer(embedder=StandInEmbedder(), window_days=7)  # the shipped archive size
    start = date(2020, 1, 1)
    for i in range(1, count + 1):
        title, text = corpus.text(i)
        clusterer.assign(article(i, title, text, start + timedelta(days=i // 50)))
    return clusterer


def measure(name: str, articles: int, build: object, where: str) -> list[object]:
    began = time.process_time()
    clusterer = build()  # type: ignore[operator]
    built = time.process_time() - began
    began = time.process_time()
    assert checkpoint.save(URL, MARK, clusterer), "the checkpoint was not written"
    wrote = time.process_time() - began
    size = sum(os.path.getsize(os.path.join(where, f)) for f in os.listdir(where)) / 2**20
    rss = rss_mb()
    began = time.process_time()
    read = checkpoint.load(URL, MARK)
    loaded = time.process_time() - began
    assert read is not None and read.story_of_article == clusterer.story_of_article and read.next_key == clusterer.next_key
    for entry in os.listdir(where):
        os.unlink(os.path.join(where, entry))
    return [name, f"{articles:,}", f"{len(clusterer.stories):,}", f"{built:.1f}", f"{wrote:.2f}", f"{loaded:.2f}",
            f"{size:.0f}", f"{rss:.0f}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=20_000)
    parser.add_argument("--stream", type=int, default=30_000)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as where:
        os.environ[checkpoint.ENVIRONMENT] = where
        rows.append(measure("dated stream, stories close after 7 days", args.stream,
                            lambda: dated_stream(Corpus(), args.stream), where))
        rows.append(measure("one article a story, all active", args.stories,
                            lambda: all_active(Corpus(), args.stories), where))
    table = markdown_table(
        ("clusterer", "articles placed", "active stories", "build CPU s (≈ replay)", "write CPU s", "read CPU s",
         "file MB", "RSS MB after writing"), rows)
    publish("checkpoint", f".venv/bin/python bench/checkpoint_bench.py --stories {args.stories} --stream {args.stream}",
            table, write=not args.no_write)

if __name__ == "__main__":
    main()
