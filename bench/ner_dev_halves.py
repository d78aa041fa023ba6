"""Entities (issue 4): dev scores on fixed halves, so a choice made on one half is read on the other.

    .venv/bin/python bench/ner_dev_halves.py [--data ../shared/data/ner] MODEL [MODEL ...]

``MODEL`` is ``shipped`` or a model name as ``find_entities_with`` takes it (``NET.npz+CRF.crfsuite``
for an ensemble, ``*.npz``, ``*.crfsuite``). Every sentence of every ``dev/*.conll`` goes to half A
or B by the CRC-32 of its space-joined tokens (even: A), fixed before any model was compared
(session 7). For each model and file it prints micro / macro F1 on the whole file and on each half,
per-type F1 on the whole file, and the mean macro-F1 over the files for each. Session 7 chose on
half A and reports half B as the held-out number (bench/README.md, "entities").
"""

from __future__ import annotations

import argparse
import zlib
from pathlib import Path

from telisik.evaluate.conll import read_conll
from telisik.evaluate.metrics import EntityScores, EntitySpan, score_entities, spans_from_tags
from telisik.evaluate.ner import predict_spans
from telisik.extract.entities import find_entities_with

HALVES = ("all", "A", "B")


def half_of(tokens: tuple[str, ...] | list[str]) -> str:
    """"A" or "B" for a sentence, by the CRC-32 of its space-joined tokens."""
    return "AB"[zlib.crc32(" ".join(tokens).encode("utf-8")) % 2]


def score_file(path: Path, model: str | None) -> dict[str, EntityScores]:
    """The model's scores on the whole file and on each half."""
    rows = []
    for sentence in read_conll(path):
        gold = spans_from_tags(sentence.tags)
        found = predict_spans(sentence, lambda text, lang: find_entities_with(text, lang, model))
        rows.append((half_of(sentence.tokens), gold, found))
    result = {}
    for half in HALVES:
        chosen = [(gold, found) for which, gold, found in rows if half in ("all", which)]
        golds: list[set[EntitySpan]] = [gold for gold, _ in chosen]
        result[half] = score_entities(golds, [found for _, found in chosen])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/ner"))
    parser.add_argument("models", nargs="+")
    args = parser.parse_args()
    for model in args.models:
        print(f"\n{model}")
        means: dict[str, list[float]] = {half: [] for half in HALVES}
        for path in sorted((args.data / "dev").glob("*.conll")):
            scores = score_file(path, None if model == "shipped" else model)
            types = " ".join(f"{kind} {s.f1:.3f}" for kind, s in sorted(scores["all"].per_type.items()))
            cells = " | ".join(f"{half} micro {scores[half].micro.f1:.3f} macro {scores[half].macro_f1:.3f}"
                               for half in HALVES)
            print(f"  {path.stem:15s} {cells} | {types}")
            for half in HALVES:
                means[half].append(scores[half].macro_f1)
        print("  mean macro-F1: " + "  ".join(f"{half} {sum(v) / len(v):.4f}" for half, v in means.items()))


if __name__ == "__main__":
    main()
