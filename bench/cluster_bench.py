"""Cost of the cluster stage's assignment as the number of stories grows (issue 5).

    .venv/bin/python bench/cluster_bench.py [--stories 100000] [--probe 2000] [--no-write]

1. **Flat cost**: a clusterer is filled with ``--stories`` synthetic stories, all
   undated so none ever closes (the worst case for the index: every story stays
   active), by replaying one article per story. Then ``--probe`` further articles
   are assigned, half follow-ups of existing stories and half new events, and the
   assignment rate is measured — with 1,000 stories and with ``--stories`` in the
   index, computing the embedding excluded (a stand-in embedder returns seeded
   unit vectors, so the embedding comparisons are timed; the MinHash copy check,
   TF-IDF, stemming, names, retrieval and the decision are all included).
2. **Memory with closing stories**: a dated stream of ``--stories`` articles on
   distinct events, one day apart in groups, so stories keep closing; RSS and the
   numbers of active and archived stories are sampled as it runs.
3. **Embedding** on its own: multilingual USE over title + lead, one BLAS thread.

Synthetic text: words are made-up syllable strings (Zipf-distributed background
vocabulary plus words of the story's own), so no corpus is needed and the story
count is unbounded. Writes bench/README.md, section ``cluster-bench``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import time
import zlib
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from readme_table import markdown_table, replace_section

from telisik.cluster import StoryClusterer
from telisik.cluster.lexical import terms
from telisik.models import Article, PublishedDate

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "corpus" / "indosum-stream.jsonl"
SYLLABLES = [c + v for c in "bcdfghjklmnprstw" for v in "aiueo"]
BACKGROUND_WORDS = 20_000
WORDS_PER_ARTICLE = 120
STORY_WORDS = 12
WARM_UP = 2000
# A smaller archive than the default (20,000) so the bounded stream reaches its cap.
ARCHIVED = 5_000


def word(n: int) -> str:
    out = []
    while True:
        n, r = divmod(n, len(SYLLABLES))
        out.append(SYLLABLES[r])
        if n == 0:
            return "".join(out) + "k"


class Corpus:
    def __init__(self, seed: int = 5) -> None:
        self.random = random.Random(seed)
        weights = [1.0 / (rank + 1) for rank in range(BACKGROUND_WORDS)]
        self.background = [word(i) for i in range(BACKGROUND_WORDS)]
        self.weights = weights

    def text(self, story: int) -> tuple[str, str]:
        own = [word(BACKGROUND_WORDS + story * STORY_WORDS + k) for k in range(STORY_WORDS)]
        name = own[0].capitalize()
        body = self.random.choices(self.background, self.weights, k=WORDS_PER_ARTICLE)
        body += self.random.sample(own, 8) + [name, name]
        self.random.shuffle(body)
        return f"{name} {own[1]} {own[2]}", " ".join(body) + f". Kata {name} {self.random.randint(2, 999)}."


class StandInEmbedder:
    """Unit vectors made without the encoder, so the timed assignment includes every embedding
    comparison (the story mean, the latest members, the member matrix) but not computing the
    embedding, which is measured on its own. A text's vector is a pooled random vector chosen
    by its first sentence (a synthetic story's title, so follow-ups of one story get near
    vectors) plus a pooled noise vector chosen by the whole text; pools keep it cheap and
    bounded in memory."""

    name = "stand-in"
    DIMENSION = 512
    POOL = 4096

    def __init__(self) -> None:
        pool = np.random.default_rng(5).standard_normal((self.POOL, self.DIMENSION)).astype(np.float32)
        self.pool = pool / np.linalg.norm(pool, axis=1, keepdims=True)

    def embed(self, texts: list[str]) -> np.ndarray:
        rows = []
        for text in texts:
            base = self.pool[zlib.crc32(text.split(".")[0].encode()) % self.POOL]
            noise = self.pool[zlib.crc32(text.encode()) % self.POOL]
            vector = base + 0.5 * noise
            rows.append(vector / np.linalg.norm(vector))
        return np.stack(rows)


def article(i: int, title: str, text: str, day: date | None, lang: str = "en") -> Article:
    # Synthetic words are marked English: Sastrawi would spend ~2 ms on each new made-up
    # word, a cost real news (whose vocabulary repeats) pays once per word, not per article.
    published = None if day is None else PublishedDate(day, False, "metadata")
    return Article(id=i, version=1, source_key=f"b:{i}", text=text, lang=lang, title=title, published=published)


def real_articles(limit: int, skip: int = 0) -> list[Article]:
    """Real Indonesian articles of the IndoSum stream, normalised beforehand (not timed)."""
    from telisik.api import article_from_record

    if not CORPUS.exists():
        return []
    articles: list[Article] = []
    with CORPUS.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if len(articles) >= limit:
                break
            if number <= skip:
                continue
            record = json.loads(line)
            record.pop("published", None)  # undated, like the synthetic stories: none closes
            articles.append(article_from_record(record, 50_000_000 + number))
    return articles


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def fill(corpus: Corpus, stories: int) -> tuple[StoryClusterer, float]:
    clusterer = StoryClusterer(embedder=StandInEmbedder())
    started = time.perf_counter()
    for story in range(1, stories + 1):
        title, text = corpus.text(story)
        clusterer.add(article(story, title, text, None), story)
    return clusterer, time.perf_counter() - started


def probe(clusterer: StoryClusterer, corpus: Corpus, stories: int, count: int,
          real: list[Article]) -> tuple[float, float, float]:
    """Articles/s over ``count`` assignments (wall clock, and by the process's CPU time), and the
    share of follow-ups that found their story.

    The CPU-time rate is what one core gives when the process has it to itself; on a shared,
    oversubscribed machine the wall-clock rate is lower by the share of the core others took.

    Half are synthetic follow-ups of stories in the index; half are new events: real
    Indonesian articles when the corpus is there, else synthetic ones.
    """
    work: list[tuple[Article, int | None]] = []  # made before the clock starts
    for k in range(count):
        next_id = stories + 1 + k
        if k % 2 == 0:  # a follow-up of an existing story
            story = corpus.random.randint(1, stories)
            work.append((article(next_id, *corpus.text(story), None), story))
        elif real:
            work.append((real[(k // 2) % len(real)], None))
        else:  # a new event
            work.append((article(next_id, *corpus.text(10_000_000 + next_id), None), None))
    found = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for item, expected in work:
        key = clusterer.assign(item).story_key
        found += expected is not None and key == expected
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return count / elapsed, count / cpu, found / (count // 2 + count % 2)


def closing_stream(corpus: Corpus, count: int) -> list[list[object]]:
    clusterer = StoryClusterer(embedder=StandInEmbedder(), window_days=7, archived_stories=ARCHIVED)
    rows: list[list[object]] = []
    start = date(2020, 1, 1)
    began = time.perf_counter()
    for i in range(1, count + 1):
        title, text = corpus.text(i)
        clusterer.assign(article(i, title, text, start + timedelta(days=i // 50)))  # 50 new events a day
        if i % (count // 5) == 0:
            rows.append([f"{i:,}", f"{len(clusterer.stories):,}", f"{len(clusterer.archive):,}",
                         f"{len(clusterer.index):,}", f"{rss_mb():.0f}", f"{i / (time.perf_counter() - began):.0f}"])
    return rows


def embedding_rate(corpus: Corpus, count: int) -> tuple[float, float]:
    from telisik.cluster.embedding import UniversalSentenceEncoder, embedding_text

    encoder = UniversalSentenceEncoder(threads=1)
    before = rss_mb()
    encoder.embed(["pemanasan"])
    loaded = rss_mb() - before
    texts = [embedding_text(*corpus.text(i)) for i in range(count)]
    started = time.perf_counter()
    for text in texts:
        encoder.embed([text])
    return count / (time.perf_counter() - started), loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--probe", type=int, default=2000)
    parser.add_argument("--stream", type=int, default=30_000, help="articles in the dated (closing) stream")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    corpus = Corpus()
    # The closing stream first, in a fresh process, so its RSS is its own.
    memory = closing_stream(corpus, args.stream)
    print(memory[-1], file=sys.stderr, flush=True)
    embed_rate, embed_mb = embedding_rate(corpus, 300)
    # The stem cache is warmed on the stream's first articles (as a running service's
    # is); the timed real articles come after them.
    warm_up = real_articles(WARM_UP)
    real = real_articles(args.probe // 2, skip=WARM_UP)
    rows = []
    for stories in (1000, args.stories):
        clusterer, seconds = fill(corpus, stories)
        for warm in warm_up:
            terms(warm.title, warm.text, warm.lang)
        rate, cpu_rate, found = probe(clusterer, corpus, stories, args.probe, real)
        rows.append([f"{stories:,}", f"{stories / seconds:.0f}", f"**{rate:.0f}**", f"{cpu_rate:.0f}", f"{found:.3f}",
                     f"{len(clusterer.index):,}", f"{rss_mb():.0f}"])
        print(rows[-1], file=sys.stderr, flush=True)
        del clusterer
    body = "\n\n".join([
        f"Measured {datetime.now(timezone.utc):%Y-%m-%d} with `.venv/bin/python bench/cluster_bench.py "
        f"--stories {args.stories} --probe {args.probe} --stream {args.stream}`, Python {platform.python_version()}, one process "
        f"(so per core). The index is filled with synthetic stories ({WORDS_PER_ARTICLE} made-up words an "
        f"article); the timed articles are half synthetic follow-ups of those stories and half "
        f"{'real IndoSum articles (new events)' if real else 'synthetic new events'}.",
        "Assignment with every story active (undated: none closes), computing the embedding excluded "
        "(a stand-in embedder supplies seeded vectors, so comparing embeddings is timed):",
        markdown_table(["stories in the index", "fill (replay) articles/s", "assign articles/s",
                        "assign articles/s of CPU time", "follow-ups found", "index keys", "RSS MB"], rows),
        f"Load average when the probes ended: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(above the core count the machine was oversubscribed, and the wall-clock rates are lower bounds; "
        "the CPU-time rate is what the process did with the time it got).",
        f"A dated stream of {args.stream:,} articles on distinct events (50 a day, 7-day window), measured "
        f"first in the process: stories close and leave the index for a bounded archive ({ARCHIVED:,} compact "
        "stories here), so memory levels off once the archive is full:",
        markdown_table(["articles", "active stories", "archived", "index keys", "RSS MB", "articles/s"], memory),
        f"Embedding alone (multilingual USE, one thread, title + {600} characters): **{embed_rate:.0f} "
        f"articles/s**; the loaded model adds about {embed_mb:.0f} MB RSS.",
    ])
    print(body)
    if not args.no_write:
        replace_section("cluster-bench", body)


if __name__ == "__main__":
    main()
