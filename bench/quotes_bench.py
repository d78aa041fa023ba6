"""Quotes and speakers (issue 6, part b): detection and speaker attribution against
hand-labelled excerpts, and throughput.

    .venv/bin/python bench/quotes_bench.py tests/extract/fixtures/quotes-indosum-dev.jsonl \
        tests/extract/fixtures/quotes-indosum-test.jsonl
    .venv/bin/python bench/quotes_bench.py --speed ../shared/data/corpus/indosum-stream.jsonl --limit 500

A fixture line is ``{"source", "outlet", "text", "quotes": [{"starts", "speaker"}]}``: every
quote whose opening and closing marks both lie in the excerpt, by its first words, with
the speaker the excerpt names (null when it names nobody: "ujarnya" with no name before).

- quotes: a system quote matches a gold quote when its text starts with the gold words;
  precision over system quotes, recall over gold quotes;
- speakers: a speaker is right when it equals the gold name or one contains the other as
  whole words ("Budhy" for "Budhy Hendratno"); precision over system quotes that name a
  speaker (a name where the excerpt names nobody is wrong), recall over gold quotes
  that name one.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path
from typing import Any

from telisik.extract.entities import find_entities
from telisik.extract.quotes import find_quotes

WORD = re.compile(r"\w+", re.UNICODE)


def words(name: str) -> str:
    return " " + " ".join(WORD.findall(name.lower())) + " "


def same_speaker(found: str | None, gold: str | None) -> bool:
    if found is None or gold is None:
        return False
    a, b = words(found), words(gold)
    return a.strip() != "" and (a in b or b in a)


def score(path: Path) -> dict[str, Any]:
    found_quotes = matched = gold_quotes = 0
    named_gold = named_found = right = 0
    misses: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text, gold = item["text"], item["quotes"]
        quotes = find_quotes(text, find_entities(text, "id"), "id")
        found_quotes += len(quotes)
        gold_quotes += len(gold)
        named_gold += sum(1 for g in gold if g["speaker"])
        for q in quotes:
            g = next((g for g in gold if q.text.strip().startswith(g["starts"])), None)
            matched += g is not None
            if q.speaker is not None:
                named_found += 1
                if g is not None and same_speaker(q.speaker, g["speaker"]):
                    right += 1
                else:
                    misses.append(f"{item['source'][:40]}: {q.text[:40]!r} → {q.speaker!r}, gold {g and g['speaker']!r}")
            elif g is not None and g["speaker"]:
                misses.append(f"{item['source'][:40]}: {q.text[:40]!r} → None, gold {g['speaker']!r}")
        for g in gold:
            if not any(q.text.strip().startswith(g["starts"]) for q in quotes):
                misses.append(f"{item['source'][:40]}: missed quote {g['starts']!r}")
    return {
        "file": path.name, "gold_quotes": gold_quotes, "system_quotes": found_quotes,
        "quote_p": matched / found_quotes if found_quotes else 0.0,
        "quote_r": matched / gold_quotes if gold_quotes else 0.0,
        "gold_named": named_gold, "system_named": named_found,
        "speaker_p": right / named_found if named_found else 0.0,
        "speaker_r": right / named_gold if named_gold else 0.0,
        "misses": misses,
    }


def speed(path: Path, limit: int) -> dict[str, float]:
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()[:limit]]
    entities = [find_entities(t, "id") for t in texts]  # the entities stage's cost is not the quotes'
    started = time.process_time()
    count = sum(len(find_quotes(t, e, "id")) for t, e in zip(texts, entities))
    seconds = time.process_time() - started
    return {"articles": len(texts), "quotes": count, "cpu_seconds": seconds, "articles_per_cpu_s": len(texts) / seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--speed", type=Path, help="a JSONL corpus to time find_quotes on")
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--misses", action="store_true", help="print every wrong or missed quote")
    args = parser.parse_args()
    print("| fixture | gold quotes | found | quote P | quote R | gold speakers | speaker P | speaker R |")
    print("|---|---|---|---|---|---|---|---|")
    for path in args.files:
        r = score(path)
        print(f"| {r['file']} | {r['gold_quotes']} | {r['system_quotes']} | {r['quote_p']:.2f} | {r['quote_r']:.2f} "
              f"| {r['gold_named']} | {r['speaker_p']:.2f} | {r['speaker_r']:.2f} |")
        if args.misses:
            for miss in r["misses"]:
                print("   ", miss)
    if args.speed:
        s = speed(args.speed, args.limit)
        print(f"\nfind_quotes: {s['articles']} articles, {s['quotes']} quotes, {s['cpu_seconds']:.2f} CPU s, "
              f"{s['articles_per_cpu_s']:.0f} articles per CPU-second (entities excluded)")


if __name__ == "__main__":
    main()
