"""Entities (issue 4): NER quality on every dev file, and NER + linking speed.

    .venv/bin/python bench/entities_bench.py [--data ../shared/data] [--articles 1000] [--no-write] [--model FILE]

1. ``telisik eval ner`` on every ``ner/dev/*.conll``: micro and macro F1, per type;
2. speed: the first ``--articles`` articles of ``corpus/indosum-stream.jsonl`` are
   normalised (not timed), then NER (``find_entities``) is timed in ``NER_RUNS`` fresh
   processes (cold caches, after one warm-up article: the model and gazetteer load once)
   and story-level linking (``link_entities``, over groups of ``STORY_SIZE`` consecutive
   articles) in this one, in CPU time of the process (``time.process_time``): the rate
   per core, which wall time on a shared machine would understate. CPU time still grows
   when the other core is busy, so the fastest NER run is reported, with the median;
3. the tables replace the ``entities-bench`` block inside the ``entities`` section of
   ``bench/README.md``.

``--model FILE`` measures another Indonesian model (a ``.crfsuite`` CRF, an ``.npz``
convolutional tagger, or ``NET.npz+CRF.crfsuite``, the ensemble of the two, as
``telisik train ner`` writes them) instead of the shipped one (the ensemble) in the dev
scores and the NER timing (linking still reads the shipped model's mentions); its tables
are printed, never written.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from telisik import __version__
from telisik.api import analyse_article, article_from_record
from telisik.evaluate.ner import evaluate_ner
from telisik.extract import find_entities
from telisik.extract.entities import find_entities_with
from telisik.models import Article, EntityMention
from telisik.reconcile.entities import link_entities

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "bench" / "README.md"
# The measured block inside the "entities" section (the rest of the section is written by hand).
SECTION = re.compile(r"<!-- entities-bench:start -->.*?<!-- entities-bench:end -->", re.DOTALL)
# Articles per simulated story for the linking step (most stories in the corpus have 1–3).
STORY_SIZE = 3


def finder(model: str | None) -> Callable[[str, str], list[EntityMention]]:
    """find_entities, with ``model`` (a file) in place of the shipped Indonesian model."""
    if model is None:
        return find_entities
    return lambda text, lang: find_entities(text, lang) if lang == "en" else find_entities_with(text, lang, model)


def quality(data: Path, model: str | None = None) -> list[str]:
    rows = ["| file | micro P | micro R | micro F1 | macro F1 | PER F1 | ORG F1 | LOC F1 |", "|---|---|---|---|---|---|---|---|"]
    for path in sorted((data / "ner" / "dev").glob("*.conll")):
        r = evaluate_ner(path, finder(model))
        t = r["per_type"]
        rows.append(
            f"| `{path.name}` | {r['micro']['p']:.3f} | {r['micro']['r']:.3f} | **{r['micro']['f1']:.3f}** | "
            f"**{r['macro_f1']:.3f}** | {t['PER']['f1']:.3f} | {t['ORG']['f1']:.3f} | {t['LOC']['f1']:.3f} |"
        )
    return rows


FIXTURES = ROOT / "tests" / "extract" / "fixtures"
# The held-out English sample, and the one the English rules were developed on.
ENGLISH_SAMPLES = (("held out", FIXTURES / "en-news-sample.conll"), ("development", FIXTURES / "en-news-dev.conll"))


def english() -> list[str]:
    """The English tagger (rules + English steps) on the hand-labelled ECB+ sentences."""
    rows = [
        "| English sample | sentences | entities | micro P | micro R | micro F1 | macro F1 | PER F1 | ORG F1 | LOC F1 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for label, path in ENGLISH_SAMPLES:
        r = evaluate_ner(path, lambda text, _lang: find_entities(text, "en"))
        t = r["per_type"]
        rows.append(
            f"| {label} (`{path.name}`) | {r['sentences']} | {r['gold_entities']} | {r['micro']['p']:.3f} | "
            f"{r['micro']['r']:.3f} | **{r['micro']['f1']:.3f}** | {r['macro_f1']:.3f} | {t['PER']['f1']:.3f} | "
            f"{t['ORG']['f1']:.3f} | {t['LOC']['f1']:.3f} |"
        )
    return rows


# NER is timed in this many fresh processes (cold caches each time); the table shows the
# fastest, the least disturbed by the other jobs of a shared machine, and the median.
NER_RUNS = 3


def load_articles(data: Path, limit: int) -> list[Article]:
    lines = (data / "corpus" / "indosum-stream.jsonl").read_text(encoding="utf-8").splitlines()[:limit]
    return [article_from_record(json.loads(line), i + 1) for i, line in enumerate(lines)]


def time_ner(data: Path, limit: int, model: str | None = None) -> dict[str, float]:
    """One cold run of NER over the articles, in CPU seconds of this process."""
    articles = load_articles(data, limit)
    find = finder(model)
    find(articles[0].text, articles[0].lang)  # warm-up: model, word classes, gazetteer
    started, wall = time.process_time(), time.perf_counter()
    mentions = [find(a.text, a.lang) for a in articles]
    return {
        "seconds": time.process_time() - started,
        "wall": time.perf_counter() - wall,
        "mentions": sum(map(len, mentions)),
    }


def speed(data: Path, limit: int, model: str | None = None) -> list[str]:
    articles = load_articles(data, limit)
    link_entities([analyse_article(articles[0])])  # warm-up
    characters = sum(len(a.text) for a in articles)
    # CPU time of a process: the rate per core, whatever else the shared machine runs.
    runs = []
    for _ in range(NER_RUNS):
        command = [sys.executable, __file__, "--time-ner", "--data", str(data), "--articles", str(limit)]
        command += ["--model", model] if model else []
        runs.append(json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout))
    runs.sort(key=lambda run: run["seconds"])
    ner_seconds, wall, mentions = runs[0]["seconds"], runs[0]["wall"], runs[0]["mentions"]
    median = runs[len(runs) // 2]["seconds"]
    analysed = [analyse_article(a) for a in articles]  # full extraction, untimed: linking reads quotes too
    started = time.process_time()
    entities = 0
    for first in range(0, len(analysed), STORY_SIZE):
        entities += len(link_entities(analysed[first : first + STORY_SIZE]))
    link_seconds = time.process_time() - started
    total = median + link_seconds  # the median NER run: the rate to expect, not the best case
    return [
        "| step | articles | CPU seconds | articles/s per core |",
        "|---|---|---|---|",
        f"| NER (`find_entities`), fastest of {NER_RUNS} cold runs | {len(articles)} | {ner_seconds:.1f} | {len(articles) / ner_seconds:.0f} |",
        f"| NER, the median run | {len(articles)} | {median:.1f} | {len(articles) / median:.0f} |",
        f"| linking (`link_entities`, stories of {STORY_SIZE}) | {len(articles)} | {link_seconds:.1f} | {len(articles) / link_seconds:.0f} |",
        f"| **NER (median run) + linking** | {len(articles)} | {total:.1f} | **{len(articles) / total:.0f}** |",
        "",
        f"{mentions:.0f} mentions, {entities} canonical entities; "
        f"{characters / len(articles):.0f} characters an article on average; NER took {wall:.1f} s of wall time.",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--model", default=None, help="measure this model file instead of the shipped one (not written)")
    parser.add_argument("--time-ner", action="store_true", help=argparse.SUPPRESS)  # one timing run (internal)
    args = parser.parse_args(argv)
    if args.time_ner:
        print(json.dumps(time_ner(args.data, args.articles, args.model)))
        return 0
    body = [
        f"Measured {date.today().isoformat()} with telisik {__version__}, Python {platform.python_version()} "
        f"(`.venv/bin/python bench/entities_bench.py`).",
        "",
        *quality(args.data, args.model),
        "",
        *english(),
        "",
        *speed(args.data, args.articles, args.model),
    ]
    print("\n".join(body))
    if not args.no_write and args.model is None:
        text = README.read_text(encoding="utf-8")
        generated = "<!-- entities-bench:start -->\n" + "\n".join(body) + "\n<!-- entities-bench:end -->"
        if not SECTION.search(text):
            print("bench/README.md has no entities-bench block; not written", file=sys.stderr)
            return 1
        README.write_text(SECTION.sub(lambda _: generated, text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
