"""The join-or-new decision: a logistic model over the pair features, learned on the dev files.

``join_model.json`` (next to this module) holds the weights that
``bench/calibrate_cluster.py`` fitted, in :data:`telisik.cluster.signals.FEATURES`
order, with the probability a candidate story needs to be joined and how both
were chosen. Candidates are ranked by this probability (Priberam-style: rank
the stories, then decide join vs new for the best one). An article's candidates
are scored in one batch (:meth:`JoinModel.probabilities`). The model file may
instead carry boosted trees (``trees`` / ``reopen_trees``, evaluated by
:mod:`telisik.cluster.trees`); bench/calibrate_cluster.py fits them with
``--trees``. They were compared by cross-validation in session 3 and lost to the
logistic regressions (bench/README.md, "cluster"), so the shipped file has none.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


from telisik.cluster.signals import FEATURES
from telisik.cluster.trees import TreeEnsemble, ensemble_from_dict

MODEL_FILE = "join_model.json"


@dataclass(frozen=True, slots=True)
class JoinModel:
    weights: tuple[float, ...]
    bias: float
    join_probability: float  # the best candidate is joined at or above this
    reopen_probability: float  # a closed story is reopened only at or above this
    note: str = ""
    # Lexical similarity expected from embedding similarity (intercept, slope), for
    # pairs in two languages; see telisik.cluster.signals.pair_features.
    bridge: tuple[float, float] = (0.0, 0.0)
    # A second logistic model for closed (archived, compacted) stories, fitted on the
    # candidates found in the archive; empty: closed stories are scored like active ones.
    reopen_weights: tuple[float, ...] = ()
    reopen_bias: float = 0.0
    # Boosted trees replacing the logistic join / reopening model when present.
    trees: TreeEnsemble | None = None
    reopen_trees: TreeEnsemble | None = None

    def probability(self, features: list[float]) -> float:
        return self.probabilities([features])[0]

    def reopen_probability_of(self, features: list[float]) -> float:
        """p(same story) for a closed story (the reopening model, if there is one)."""
        return self.reopen_probabilities([features])[0]

    def probabilities(self, rows: list[list[float]]) -> list[float]:
        """p(same story) for each row of features (an active story each)."""
        if not rows:
            return []
        if self.trees is not None:
            return [_logistic(float(z)) for z in self.trees.logits(rows)]
        return [_logistic(self.bias + sum(w * x for w, x in zip(self.weights, row))) for row in rows]

    def reopen_probabilities(self, rows: list[list[float]]) -> list[float]:
        """p(same story) for each row of features of a closed story."""
        if not rows:
            return []
        if self.reopen_trees is not None:
            return [_logistic(float(z)) for z in self.reopen_trees.logits(rows)]
        if not self.reopen_weights:
            return self.probabilities(rows)
        return [_logistic(self.reopen_bias + sum(w * x for w, x in zip(self.reopen_weights, row))) for row in rows]

    def contributions(self, features: list[float]) -> dict[str, float]:
        """Each feature's weighted share of the logit, for explanations."""
        return {name: round(w * x, 3) for name, w, x in zip(FEATURES, self.weights, features)}

    def as_dict(self) -> dict[str, object]:
        return {
            "features": list(FEATURES),
            "weights": list(self.weights),
            "bias": self.bias,
            "join_probability": self.join_probability,
            "reopen_probability": self.reopen_probability,
            "note": self.note,
            "bridge": list(self.bridge),
            "reopen_weights": list(self.reopen_weights),
            "reopen_bias": self.reopen_bias,
            **({"trees": self.trees.as_dict()} if self.trees is not None else {}),
            **({"reopen_trees": self.reopen_trees.as_dict()} if self.reopen_trees is not None else {}),
        }


def model_from_dict(data: dict[str, object]) -> JoinModel:
    features = data.get("features")
    if features != list(FEATURES):
        raise ValueError(f"{MODEL_FILE}: features {features} do not match {list(FEATURES)}; re-run calibration")
    weights = data["weights"]
    assert isinstance(weights, list)
    return JoinModel(
        tuple(float(w) for w in weights),
        float(data["bias"]),  # type: ignore[arg-type]
        float(data["join_probability"]),  # type: ignore[arg-type]
        float(data["reopen_probability"]),  # type: ignore[arg-type]
        str(data.get("note", "")),
        _pair(data.get("bridge", [0.0, 0.0])),
        _reopen_weights(data.get("reopen_weights", [])),
        float(data.get("reopen_bias", 0.0)),  # type: ignore[arg-type]
        ensemble_from_dict(data["trees"]) if isinstance(data.get("trees"), dict) else None,  # type: ignore[arg-type]
        ensemble_from_dict(data["reopen_trees"]) if isinstance(data.get("reopen_trees"), dict) else None,  # type: ignore[arg-type]
    )


def _reopen_weights(value: object) -> tuple[float, ...]:
    if not isinstance(value, list) or (value and len(value) != len(FEATURES)):
        raise ValueError(f"{MODEL_FILE}: reopen_weights must be empty or one per feature, not {value!r}")
    return tuple(float(w) for w in value)


def _logistic(z: float) -> float:
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def _pair(value: object) -> tuple[float, float]:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ValueError(f"{MODEL_FILE}: bridge must be [intercept, slope], not {value!r}")
    return float(value[0]), float(value[1])


@lru_cache(maxsize=1)
def load_model() -> JoinModel:
    """The shipped model (``join_model.json``)."""
    text = (resources.files("telisik.cluster") / MODEL_FILE).read_text(encoding="utf-8")
    return model_from_dict(json.loads(text))
