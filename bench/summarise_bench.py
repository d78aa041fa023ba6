"""Summaries against LEAD at equal word budgets, and the calibration grid of the sentence weights.

    .venv/bin/python bench/summarise_bench.py              # the table for bench/README.md
    .venv/bin/python bench/summarise_bench.py --grid       # the calibration grid (tuning halves only)

The data is read from $TELISIK_DATA (default ../shared/data).

Budgets follow the references: 60 words for IndoSum, 75 for NeuS (ROUGE rewards
length, so systems are compared only at equal budgets). LEAD takes the first
sentence of each article in turn, then the second, and so on, within the budget.
The weights in telisik/summarise/extractive.py were chosen on the *tuning* part of
each file (the first 1,000 IndoSum items, the first 150 NeuS items); the table
reports the tuning part, the held-out rest and the whole file separately.
"""

from __future__ import annotations

import argparse
import os
import itertools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from readme_table import markdown_table, replace_section

from telisik.evaluate.items import AnalysedItem, analyse_item, reconcile_members
from telisik.evaluate.jsonl import read_jsonl
from telisik.evaluate.metrics import RougeScores, mean_rouge, rouge_f1
from telisik.models import AnalysedArticle, CitedSentence, Span
from telisik.summarise import summarise
from telisik.summarise.extractive import Weights, select_sentences

DATA = Path(os.environ.get("TELISIK_DATA", Path(__file__).resolve().parents[1] / ".." / "shared" / "data")) / "summarise"


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    budget: int
    tuning: int  # items used to choose the weights
    items: list[tuple[dict, AnalysedItem]]


def lead(members: Sequence[AnalysedArticle], max_words: int) -> list[CitedSentence]:
    out: list[CitedSentence] = []
    used, depth = 0, 0
    deepest = max(len(m.article.sentences) for m in members)
    while depth < deepest and used < max_words:
        for m in members:
            if depth < len(m.article.sentences):
                s = m.article.sentences[depth]
                text = m.article.text[s.start : s.end]
                if out and used + len(text.split()) > max_words:
                    continue
                out.append(CitedSentence(text, (Span(m.article.id, s.start, s.end),)))
                used += len(text.split())
        depth += 1
    return out


def score(corpus: Corpus, summarise_fn: Callable[[Sequence[AnalysedArticle]], Sequence[CitedSentence]],
          part: slice) -> RougeScores:
    scores = []
    for item, analysed in corpus.items[part]:
        text = " ".join(s.text for s in summarise_fn(analysed.members)) if analysed.members else ""
        scores.append(rouge_f1(str(item["reference"]), text, str(item.get("lang") or "id")))
    return mean_rouge(scores)


def load(name: str, budget: int, tuning: int) -> Corpus:
    items = read_jsonl(DATA / name, required=("id", "docs", "reference"), with_docs=True)
    return Corpus(name, budget, tuning, [(item, analyse_item(item)) for item in items])


def telisik_summary(budget: int) -> Callable[[Sequence[AnalysedArticle]], Sequence[CitedSentence]]:
    def run(members: Sequence[AnalysedArticle]) -> Sequence[CitedSentence]:
        return summarise(0, list(members), reconcile_members(members), max_words=budget).sentences
    return run


def grid(corpora: list[Corpus]) -> None:
    for decay, position, redundancy in itertools.product((0.4, 0.55, 0.7, 0.85), (0.3, 0.6, 0.9, 1.2), (0.3, 0.7)):
        weights = Weights(position_decay=decay, position=position, redundancy=redundancy)
        row = [f"decay {decay} position {position} redundancy {redundancy}"]
        for corpus in corpora:
            r = score(corpus, lambda m, c=corpus: select_sentences(m, c.budget, weights), slice(0, corpus.tuning))
            row.append(f"{corpus.name} R1 {r.rouge1:.4f}")
        print(" | ".join(row), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"no data at {DATA}")
    corpora = [load("indosum-dev.jsonl", 60, 1000), load("neus-val.jsonl", 75, 150)]
    if args.grid:
        grid(corpora)
        return
    rows = []
    for corpus in corpora:
        parts = {"tuning": slice(0, corpus.tuning), "held out": slice(corpus.tuning, None), "all": slice(None)}
        for system, fn in (("LEAD", lambda m, c=corpus: lead(m, c.budget)), ("telisik", telisik_summary(corpus.budget))):
            for part_name, part in parts.items():
                r = score(corpus, fn, part)
                rows.append([corpus.name, corpus.budget, system, part_name, len(corpus.items[part]),
                             f"{r.rouge1:.3f}", f"{r.rouge2:.3f}", f"{r.rougeL:.3f}"])
                print(" | ".join(str(x) for x in rows[-1]), flush=True)
    body = markdown_table(["file", "words", "system", "items", "n", "ROUGE-1", "ROUGE-2", "ROUGE-L"], rows)
    if not args.no_write:
        replace_section("summarise", body)


if __name__ == "__main__":
    main()
