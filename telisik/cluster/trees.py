"""Gradient-boosted decision trees shipped as JSON, evaluated for a few rows at once.

All trees are walked together: node arrays of shape (trees, nodes), a leaf pointing
to itself, so ``depth`` vectorised steps take every (row, tree) to its leaf. Scoring
the 30-odd candidate stories of one article costs a handful of NumPy operations,
not one Python loop per tree. A node sends a row left when ``feature <= threshold``
with the feature rounded to float32, as scikit-learn compares, so the logits equal
scikit-learn's ``decision_function`` (bench/calibrate_cluster.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class TreeEnsemble:
    """``init + learning_rate × Σ tree(row)``: a boosted ensemble's logit."""

    init: float
    learning_rate: float
    # Arrays of shape (trees, nodes): a leaf points to itself and never sends a row away.
    # Two ensembles are equal when the JSON they were read from is (``data``).
    feature: NDArray[np.int64] = field(compare=False, repr=False)
    threshold: NDArray[np.float64] = field(compare=False, repr=False)
    left: NDArray[np.int64] = field(compare=False, repr=False)
    right: NDArray[np.int64] = field(compare=False, repr=False)
    value: NDArray[np.float64] = field(compare=False, repr=False)  # leaf values
    depth: int
    data: dict[str, Any] = field(repr=False, default_factory=dict)  # as read, to write back

    def logits(self, rows: NDArray[np.float64] | list[list[float]]) -> NDArray[np.float64]:
        x = np.asarray(rows, dtype=np.float32)
        if x.ndim == 1:
            x = x[np.newaxis, :]
        trees = np.arange(self.feature.shape[0])[np.newaxis, :]
        node = np.zeros((len(x), self.feature.shape[0]), dtype=np.int64)
        row = np.arange(len(x))[:, np.newaxis]
        for _ in range(self.depth):
            go_left = x[row, self.feature[trees, node]] <= self.threshold[trees, node]
            node = np.where(go_left, self.left[trees, node], self.right[trees, node])
        return self.init + self.learning_rate * self.value[trees, node].sum(axis=1)

    def as_dict(self) -> dict[str, Any]:
        return self.data


def ensemble_from_dict(data: dict[str, Any]) -> TreeEnsemble:
    """Trees of different sizes are padded to one width with self-pointing leaves."""
    trees = data["trees"]
    width = max(len(t["feature"]) for t in trees)
    shape = (len(trees), width)
    feature = np.zeros(shape, dtype=np.int64)
    threshold = np.zeros(shape, dtype=np.float64)
    left = np.tile(np.arange(width, dtype=np.int64), (len(trees), 1))
    right = left.copy()
    value = np.zeros(shape, dtype=np.float64)
    for i, tree in enumerate(trees):
        n = len(tree["feature"])
        for j in range(n):
            if tree["left"][j] >= 0:
                feature[i, j] = tree["feature"][j]
                threshold[i, j] = tree["threshold"][j]
                left[i, j] = tree["left"][j]
                right[i, j] = tree["right"][j]
            else:  # a leaf: any comparison stays here
                threshold[i, j] = np.inf
        value[i, :n] = tree["value"]
    return TreeEnsemble(float(data["init"]), float(data["learning_rate"]), feature, threshold, left, right,
                        value, int(data["depth"]), data)
