"""Quotes and speakers (issue 6, part b): detection and speaker attribution against
hand-labelled excerpts, and throughput.

    .venv/bin/python bench/quotes_bench.py tests/extract/fixtures/quotes-indosum-dev.jsonl \
        tests/extract/fixtures/quotes-indosum-test.jsonl
    .venv/bin/python bench/quotes_bench.py --speed ../shared/data/corpus/indosum-stream.jsonl --limit 500

The fixtures and the scoring are described in ``telisik/evaluate/quotes.py``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from telisik.evaluate.quotes import evaluate_quotes
from telisik.extract.entities import find_entities
from telisik.extract.quotes import find_quotes

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
        r = evaluate_quotes(path)
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
