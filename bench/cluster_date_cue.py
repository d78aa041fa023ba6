"""Would a date-cue prefilter speed up the cluster stage's event days? (issue 5, session 5)

    .venv/bin/python bench/cluster_date_cue.py [--indosum 5000]

``telisik.cluster.signals.find_event_days`` runs the date reader (``find_dates``) over an
article's title and lead (the first 3,000 characters). The prefilter tried here runs it only
when the lead holds a cue that a day needs (:func:`date_cue`: a month or weekday name, a
relative day, a slashed or ISO date, "… days ago"). For every document of
../shared/data/cluster/{ecbplus,gva}-dev.jsonl, the first ``--indosum`` articles of
../shared/data/corpus/indosum-stream.jsonl (the Indonesian stream) and 2,000 synthetic
articles of bench/cluster_bench.py, this reads the event days both ways, with the document's
publication day as the reference as the clusterer does, and prints how many documents differ
(must be 0), how many the prefilter skips, and the CPU time of each way (each run twice,
interleaved; the faster run counts). Exits 1 if any document differs. Writes nothing.

Measured in session 5 (bench/README.md, "cluster"): the same days everywhere, but real leads
almost always hold a cue (the reader is skipped for 5–15 % of them), and on a lead without
one the cue's scan costs more than the reader, which is cheap there (its patterns start at
digits, and its relative readers already check for their words). So the stage does not use it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from pathlib import Path

from cluster_bench import Corpus

from telisik.api import article_from_record
from telisik.cluster.signals import SIGNAL_CHARACTERS, find_event_days
from telisik.errors import TelisikError
from telisik.language.date_lexicon import date_lexicon

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
FILES = ("cluster/ecbplus-dev.jsonl", "cluster/gva-dev.jsonl", "corpus/indosum-stream.jsonl")
SYNTHETIC = 2000

Document = tuple[str, str | None, str, date | None]  # text, title, language, reference day


def _phrases(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


@cache
def date_cue() -> re.Pattern[str]:
    """What any date ``find_dates`` can resolve to a day needs somewhere in the text.

    Built from the date reader's own word lists (every language it reads), a superset of what
    each of its readers needs to find a day: an explicit date (a month name, a day and month
    written with a slash, an ISO date); a weekday, a relative day ("yesterday", "kemarin", "tadi
    malam") or the start of the year ("sejak awal tahun"); a counted offset, a day or week unit
    with a direction after it ("two days ago", "dua hari lalu"). Periods ("pekan lalu") and
    months or years without a day are not days.
    """
    words: set[str] = set()
    units: set[str] = set()
    after: set[str] = set()
    for lang in ("en", "id", "ms"):
        lexicon = date_lexicon(lang)
        words.update(lexicon.months, lexicon.weekdays, lexicon.relative_days, lexicon.periods)
        units.update(u for u, (unit, _n) in lexicon.units.items() if unit in ("day", "week"))
        after.update(p for p, (_d, position) in lexicon.directions.items() if position == "after")
    return re.compile(
        r"\d\s*/\s*\d|\d{4}-\d{2}-\d{2}"
        rf"|\b(?:{_phrases(words)})\b"
        rf"|\b(?:{_phrases(units)})\s+(?:{_phrases(after)})\b",
        re.IGNORECASE,
    )


def with_cue(text: str, title: str | None, lang: str, reference: date | None) -> frozenset[int]:
    """``find_event_days`` behind the prefilter."""
    if not date_cue().search(f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}"):
        return frozenset()
    return find_event_days(text, title, lang, reference)


def _day(published: object) -> date | None:
    """The reference the clusterer gives the date reader (``telisik.cluster._day``)."""
    value = getattr(published, "value", None)
    return value.date() if isinstance(value, datetime) else value


def documents(path: Path, limit: int | None) -> list[Document]:
    found = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if limit is not None and number > limit:
                break
            try:
                article = article_from_record(json.loads(line), number)
            except TelisikError:
                continue
            found.append((article.text, article.title, article.lang, _day(article.published)))
    return found


def synthetic(count: int) -> list[Document]:
    corpus = Corpus()
    return [(text, title, "en", None) for title, text in (corpus.text(i) for i in range(1, count + 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--indosum", type=int, default=5000, help="articles of the IndoSum stream read")
    args = parser.parse_args()
    sets = {name: documents(DATA / name, args.indosum if name.startswith("corpus") else None)
            for name in FILES if (DATA / name).exists()}
    sets["synthetic (bench/cluster_bench.py)"] = synthetic(SYNTHETIC)
    print("| documents | count | reader skipped | with event days | differing | ms/doc with the cue | ms/doc without |")
    print("|---|---|---|---|---|---|---|")
    differing_total = 0
    for name, docs in sets.items():
        timed: dict[bool, float] = {}
        results: dict[bool, list[frozenset[int]]] = {}
        for cue in (False, True, False, True):
            read = with_cue if cue else find_event_days
            started = time.process_time()
            results[cue] = [read(*doc) for doc in docs]
            elapsed = (time.process_time() - started) / max(1, len(docs)) * 1000
            timed[cue] = min(elapsed, timed.get(cue, elapsed))
        skipped = sum(1 for text, title, _, _ in docs if not date_cue().search(f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}"))
        differing = sum(1 for x, y in zip(results[True], results[False]) if x != y)
        differing_total += differing
        print(f"| {name} | {len(docs)} | {skipped} | {sum(1 for x in results[False] if x)} | {differing} "
              f"| {timed[True]:.3f} | {timed[False]:.3f} |")
    sys.exit(1 if differing_total else 0)


if __name__ == "__main__":
    main()
