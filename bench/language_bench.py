"""The language layer over the IndoSum stream: speed and what it reads (issue 3).

Runs, for every article of ``corpus/indosum-stream.jsonl`` (3,463 Indonesian articles with
metadata dates and URLs), what the language layer does in the pipeline:

1. the dateline (``find_dateline``) and the body after it;
2. the language of the article and of each paragraph;
3. sentences; dates resolved against the metadata date; numbers;
4. the publication date inferred from the text alone (the metadata hidden).

It reports articles/s (one process, so per core), and the quality of step 4 against the
metadata date and against the date in the article's URL (``/2016/08/19/``): the metadata of
IndoSum is sometimes the crawl time, so the URL date is the second, independent check.
With ``--write`` the table goes into the ``language`` section of ``bench/README.md``.

    .venv/bin/python bench/language_bench.py [--limit N] [--write]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from telisik.language import dates as dates_module
from telisik.language.dates import find_dates
from telisik.language.detect import detect_language
from telisik.language.numbers import find_numbers
from telisik.language.sentences import split_sentences
from telisik.normalise.dateline import find_dateline

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "indosum-stream.jsonl"
README = ROOT / "bench" / "README.md"
SECTION = "language"
# ".../2016/08/19/..." or CNN Indonesia's ".../20160822115846-106-..."
_URL_DATE = re.compile(r"/(20\d\d)/?(\d\d)/?(\d\d)(?:/|\d{6}-)")


def infer(text: str, lang: str, not_after: date | None = None) -> date | None:
    """The publication date read off the text, with whichever API this version has.

    The "before" column of bench/README.md was measured with the baseline's
    ``dates.latest_explicit_date``, which read the clock instead of ``not_after``.
    """
    try:
        from telisik.language.publication import infer_publication_date
    except ImportError:
        found_old = dates_module.latest_explicit_date(text, lang)  # type: ignore[attr-defined]
        return None if found_old is None else found_old[0]
    found = infer_publication_date(text, lang, not_after=not_after)
    return None if found is None else found.value


def languages(text: str) -> str:
    """The article's language and each paragraph's, as normalise reads them (the baseline had no paragraphs)."""
    detect = sys.modules["telisik.language.detect"]
    if not hasattr(detect, "identify"):
        return detect_language(text)
    guess = detect.identify(text)
    detect.detect_paragraphs(text, guess)
    return guess.lang


def run(rows: list[dict]) -> dict[str, object]:
    """The timed pass: what normalise and extract ask of the layer, per article."""
    stats: Counter[str] = Counter()
    langs: Counter[str] = Counter()
    url_days: list[date | None] = []
    bodies: list[str] = []
    began, cpu_began = time.perf_counter(), time.process_time()
    for row in rows:
        text = row["text"]
        found = find_dateline(text)
        body = text[found.body_start :] if found else text
        stats["dateline"] += found is not None
        langs[languages(body)] += 1
        split_sentences(body, "id")
        meta = datetime.fromisoformat(row["published"]).date()
        stats["dates"] += len(find_dates(body, "id", meta))
        stats["numbers"] += len(find_numbers(body, "id"))
        url_match = _URL_DATE.search(row.get("url") or "")
        url_day = date(*map(int, url_match.groups())) if url_match else None
        score(stats, "fetched_", infer(body, "id", not_after=meta), meta, url_day)
        url_days.append(url_day)
        bodies.append(body)
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu_began
    for row, body, url_day in zip(rows, bodies, url_days):  # untimed: the text alone, no not_after
        score(stats, "", infer(body, "id"), datetime.fromisoformat(row["published"]).date(), url_day)
    n = len(rows)
    url_total = sum(1 for r in rows if _URL_DATE.search(r.get("url") or ""))
    return {"n": n, "seconds": seconds, "cpu_seconds": cpu_seconds, "stats": stats, "langs": langs, "url_total": url_total}


def score(stats: Counter[str], prefix: str, inferred: date | None, meta: date, url_day: date | None) -> None:
    if inferred is None:
        return
    stats[prefix + "inferred"] += 1
    stats[prefix + "meta_exact"] += inferred == meta
    stats[prefix + "meta_1day"] += abs((inferred - meta).days) <= 1
    if url_day is not None:
        stats[prefix + "url_checked"] += 1
        stats[prefix + "url_exact"] += inferred == url_day


def measures(result: dict) -> list[tuple[str, str]]:
    """(measure, value) rows for one run."""
    n, s, stats = result["n"], result["seconds"], result["stats"]
    cpu = result.get("cpu_seconds") or s
    rows = [
        ("articles per CPU second (per core): dateline, language of the article and each paragraph, sentences, "
         "dates, numbers, publication date", f"**{n / cpu:.0f}** ({cpu:.1f} s)"),
        ("articles per wall-clock second (the machine shared with other work)", f"{n / s:.0f} ({s:.1f} s)"),
        ("lingua restricted to id/ms/en: build and first answer", f"{result['load_seconds']:.2f} s"),
        ("dateline found", f"{stats['dateline'] / n:.1%}"),
        ("language of the articles", ", ".join(f"{k} {v}" for k, v in sorted(result["langs"].items()))),
        ("dates / numbers found", f"{stats['dates']} / {stats['numbers']}"),
    ]
    for prefix, label in (("", "text alone"), ("fetched_", "text + `not_after` = metadata day")):
        inferred = stats[prefix + "inferred"] or 1
        rows += [
            (f"publication date inferred ({label})", f"{stats[prefix + 'inferred'] / n:.1%} ({stats[prefix + 'inferred']})"),
            ("… equal to the metadata date", f"{stats[prefix + 'meta_exact'] / inferred:.1%}"),
            ("… within one day of the metadata date", f"{stats[prefix + 'meta_1day'] / inferred:.1%}"),
            (f"… equal to the date in the URL (of those with one; {result['url_total']} articles have one)",
             f"{stats[prefix + 'url_exact'] / (stats[prefix + 'url_checked'] or 1):.1%} of {stats[prefix + 'url_checked']}"),
        ]
    return rows


def table(result: dict, before: dict | None = None) -> str:
    """The README table; with ``before`` (a run of the baseline, --save-json) a column for it."""
    after_rows = measures(result)
    head = [
        f"Measured {date.today().isoformat()} with Python {platform.python_version()}, one process, "
        f"`corpus/indosum-stream.jsonl` ({result['n']} articles): "
        "`.venv/bin/python bench/language_bench.py --write`.",
        "",
    ]
    if before is None:
        return "\n".join(head + ["| measure | value |", "|---|---|"] + [f"| {m} | {v} |" for m, v in after_rows])
    before_rows = dict(measures(before))
    lines = ["| measure | before (baseline) | after |", "|---|---|---|"]
    lines += [f"| {m} | {before_rows.get(m, '–')} | {v} |" for m, v in after_rows]
    return "\n".join(head + lines)


def write_section(body: str) -> None:
    text = README.read_text(encoding="utf-8")
    start, end = f"<!-- {SECTION}:start -->", f"<!-- {SECTION}:end -->"
    block = f"{start}\n{body}\n{end}"
    if start in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _m: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + f"\n\n## Language layer (issue 3)\n\n{block}\n"
    README.write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--write", action="store_true", help="write the table into bench/README.md")
    parser.add_argument("--save-json", type=Path, help="also save this run's results (for --before)")
    parser.add_argument("--before", type=Path, help="results of an earlier run (--save-json) to show beside")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"{args.corpus} not found: the benchmark reads ../shared/data (see DATA.md)")
    with args.corpus.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle][: args.limit]
    began = time.perf_counter()
    detect_language("warm up the detector and its models")  # model loading is not per-article work
    load_seconds = time.perf_counter() - began
    result = run(rows) | {"load_seconds": load_seconds}
    if args.save_json:
        args.save_json.write_text(json.dumps(result, default=dict), encoding="utf-8")
    before = None
    if args.before:
        before = json.loads(args.before.read_text(encoding="utf-8"))
        before["stats"], before["langs"] = Counter(before["stats"]), Counter(before["langs"])
    rendered = table(result, before)
    print(rendered)
    if args.write:
        write_section(rendered)


if __name__ == "__main__":
    main()
