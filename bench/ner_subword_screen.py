"""Entities (issue 4), session 8: screen the subword (USE piece) vectors on the plain network.

    nice -n 5 .venv/bin/python bench/ner_subword_screen.py OUTPUT.npz [--subword-dims 64] [--form usual]
        [--min-count 1] [--epochs 12] [--seed N] [--data ../shared/data/ner]
        [--vector-corpus ../shared/data/corpus/indosum-stream.jsonl] [--teacher TEACHER.npz]

Trains the shipped-size network on the gold ``train/*.conll`` only (no teacher, no pseudo-labels), with
``--subword-dims 0`` for the network as it was, and prints each epoch's line. With ``--teacher`` it trains
the distilled student instead, as ``telisik train ner --model neural --teacher FILE`` does (the same
articles, pseudo-labels and student recipe) but with the subword options given here. Score the result with
``bench/ner_dev_halves.py OUTPUT.npz+telisik/extract/ner/model.crfsuite`` (choose on half A, read half B).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from telisik.extract.ner.neural_train import DISTIL_ARTICLES, DistilOptions, NeuralOptions, train_distilled, train_neural


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/ner"))
    parser.add_argument("--vector-corpus", type=Path, default=Path("../shared/data/corpus/indosum-stream.jsonl"))
    parser.add_argument("--subword-dims", type=int, default=64)
    parser.add_argument("--form", default="usual")
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--teacher", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=None, help="torch's seed (default: the recipe's)")
    args = parser.parse_args()
    if args.teacher is None:
        options = NeuralOptions(epochs=args.epochs, subword_dims=args.subword_dims, subword_form=args.form,
                                subword_min_count=args.min_count, progress=True)
        if args.seed is not None:
            options.seed = args.seed
        info = train_neural(args.data, args.vector_corpus, args.output, options)
    else:
        from telisik.cli.main import _distillation_texts
        from telisik.extract.ner import crf_model_path

        distil = DistilOptions(teacher_file=args.teacher)
        student = distil.student
        student.epochs, student.subword_dims, student.subword_form = args.epochs, args.subword_dims, args.form
        student.subword_min_count, student.progress = args.min_count, True
        if args.seed is not None:
            student.seed = args.seed
        texts = _distillation_texts(args.vector_corpus, DISTIL_ARTICLES)
        info = train_distilled(args.data, args.vector_corpus, args.output, texts, Path(crf_model_path()), distil)
    print(json.dumps({k: v for k, v in info.items() if k != "log"}))


if __name__ == "__main__":
    main()
