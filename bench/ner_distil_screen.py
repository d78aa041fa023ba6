"""Entities (issue 4), session 9: screen the student's training — soft targets and weight averaging — over seeds.

    nice -n 5 .venv/bin/python bench/ner_distil_screen.py OUTPUT.npz --teacher TEACHER.npz [--seed N] [--soft]
        [--average-from EPOCH] [--final-output LAST.npz] [--articles 400] [--data ../shared/data/ner]
        [--vector-corpus ../shared/data/corpus/indosum-stream.jsonl]

Trains the distilled student as ``telisik train ner --model neural --teacher TEACHER.npz`` does (the same
articles, the same pseudo-labelled sentences, the shipped student recipe), with these changes:

* ``--seed``: the student's torch seed (the shipped one is ``STUDENT_SEED``, 8), so that a change can be
  read over several seeds instead of one run (session 8 measured ±0.006 on the mean between two seeds);
* ``--soft``: the pseudo-labelled sentences teach the teacher ensemble's per-token tag probabilities
  (cross-entropy of the student's CRF marginals) instead of its best path;
* ``--average-from E``: the written weights are the average of the weights after epochs E..12;
  ``--final-output`` receives the last epoch's weights of the same run, so one run gives both.

Score each file with ``bench/ner_dev_halves.py FILE.npz+telisik/extract/ner/model.crfsuite`` (choose on half
A, read half B).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from telisik.extract.ner.neural_train import DISTIL_ARTICLES, DistilOptions, train_distilled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--teacher", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/ner"))
    parser.add_argument("--vector-corpus", type=Path, default=Path("../shared/data/corpus/indosum-stream.jsonl"))
    parser.add_argument("--seed", type=int, default=None, help="the student's torch seed (default: the recipe's)")
    parser.add_argument("--soft", action="store_true", help="soft targets on the pseudo-labelled sentences")
    parser.add_argument("--average-from", type=int, default=0, help="average the weights from this epoch on")
    parser.add_argument("--final-output", type=Path, default=None, help="the last epoch's weights (with averaging)")
    parser.add_argument("--articles", type=int, default=DISTIL_ARTICLES)
    args = parser.parse_args()

    from telisik.cli.main import _distillation_texts
    from telisik.extract.ner import crf_model_path

    options = DistilOptions(teacher_file=args.teacher, soft=args.soft)
    options.student.progress = True
    options.student.average_from = args.average_from
    if args.seed is not None:
        options.student.seed = args.seed
    texts = _distillation_texts(args.vector_corpus, args.articles)
    info = train_distilled(args.data, args.vector_corpus, args.output, texts, Path(crf_model_path()), options,
                           final_output=args.final_output)
    print(json.dumps({k: v for k, v in info.items() if k not in ("log", "teacher_log")}))


if __name__ == "__main__":
    main()
