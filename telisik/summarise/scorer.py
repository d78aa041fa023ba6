"""The learned sentence scorer: gradient-boosted regression trees shipped as JSON.

The model predicts, from a sentence's :data:`telisik.summarise.features.FEATURES`,
how many reference words it would cover: the mean of its clipped unigram and
bigram overlap counts with the reference summary (ROUGE-1/2 hits) — directly
(``target`` "coverage"), or per word of the sentence (``target`` "precision",
the shipped model: the hits over the sentence's words, multiplied back by its
length by :meth:`Scorer.coverage`; a long sentence no longer dominates the fit,
which scored ROUGE-1 0.695 against 0.691 cross-validated). It was trained
by ``bench/summarise_train.py`` on ../shared/data/summarise/indosum-dev.jsonl
(cross-validated across the two halves of the file; see bench/README.md,
"summarise") and is read from ``data/sentence_scorer.json`` — 150
small trees, no download, no pickle.

A tree node sends a row left when ``feature <= threshold``, with the feature
rounded to float32 as scikit-learn does when it fits and predicts, so the
predictions here equal scikit-learn's (the training script checks this).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Sequence

import numpy as np

from telisik.summarise.features import FEATURES

MODEL_FILE = "sentence_scorer.json"


@dataclass(frozen=True, slots=True)
class Tree:
    feature: np.ndarray  # per node; leaves have -2
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray

    def predict(self, rows: np.ndarray) -> np.ndarray:
        node = np.zeros(len(rows), dtype=np.int64)
        active = self.left[node] >= 0
        while active.any():
            here = node[active]
            go_left = rows[active, self.feature[here]] <= self.threshold[here]
            node[active] = np.where(go_left, self.left[here], self.right[here])
            active = self.left[node] >= 0
        return self.value[node]


@dataclass(frozen=True, slots=True)
class Scorer:
    """A boosted ensemble: ``init + learning_rate × Σ tree(row)``."""

    features: tuple[str, ...]
    init: float
    learning_rate: float
    trees: tuple[Tree, ...]
    target: str = "coverage"  # what a tree sum predicts: "coverage" (hits), "precision" (hits per word), "probability"

    def predict(self, rows: Sequence[Sequence[float]]) -> list[float]:
        if not rows:
            return []
        x = np.asarray(rows, dtype=np.float32)
        total = np.full(len(x), self.init, dtype=np.float64)
        for tree in self.trees:
            total += self.learning_rate * tree.predict(x)
        return [float(v) for v in total]

    def coverage(self, rows: Sequence[Sequence[float]], lengths: Sequence[int]) -> list[float]:
        """The reference words each sentence would cover, from its row and its length in words."""
        predicted = self.predict(rows)
        if self.target == "precision":
            return [p * n for p, n in zip(predicted, lengths)]
        return predicted


def scorer_from_dict(data: dict[str, Any], expected: tuple[str, ...] = FEATURES) -> Scorer:
    """The scorer a ``sentence_scorer.json`` describes (or another tree model over the ``expected``
    features, as concepts.py's); its features must be today's."""
    features = tuple(data["features"])
    if features != expected:
        raise ValueError(f"the model was trained on features {features}, not {expected}: retrain it "
                         "with bench/summarise_train.py")
    trees = tuple(
        Tree(
            feature=np.asarray(t["feature"], dtype=np.int64),
            threshold=np.asarray(t["threshold"], dtype=np.float64),
            left=np.asarray(t["left"], dtype=np.int64),
            right=np.asarray(t["right"], dtype=np.int64),
            value=np.asarray(t["value"], dtype=np.float64),
        )
        for t in data["trees"]
    )
    target = str(data.get("target", "coverage"))
    if target not in ("coverage", "precision", "probability"):  # "probability": concepts.py
        raise ValueError(f"unknown sentence scorer target {target!r}")
    return Scorer(features, float(data["init"]), float(data["learning_rate"]), trees, target)


@lru_cache(maxsize=1)
def shipped_scorer() -> Scorer | None:
    """The packaged scorer, or None when the package carries none."""
    return packaged_model(MODEL_FILE, scorer_from_dict)


def packaged_model(name: str, read: Callable[[dict[str, Any]], Scorer]) -> Scorer | None:
    """The model file ``name`` of ``summarise/data`` as ``read`` makes it, or None when the package carries none."""
    path = resources.files("telisik.summarise") / "data" / name
    if not path.is_file():
        return None
    return read(json.loads(path.read_text(encoding="utf-8")))
