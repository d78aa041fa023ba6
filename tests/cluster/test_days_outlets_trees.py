"""Session-3 signals (days named, same outlet) and the boosted-tree decision."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from telisik.cluster.decision import JoinModel, load_model, model_from_dict
from telisik.cluster.signals import FEATURES, ArticleSignals, StoryState, find_days, pair_features
from telisik.cluster.lexical import DocumentFrequencies
from telisik.cluster.trees import ensemble_from_dict


def test_days_named_in_english_and_indonesian() -> None:
    assert find_days("Police said on Friday, Sept. 14, that the driver fled.", None) == {"w4", "d9-14"}
    assert find_days("Gempa terjadi pada Jumat (3/8) dini hari, 14 Agustus 2018.", "Gempa Lombok") == {"w4", "d8-14"}
    # A time is not a day of the month; a lower-case "minggu" is a week, not Sunday.
    assert find_days("It was updated at 7: 01 p. m. and, two minggu later, in May 2013.", None) == set()
    assert find_days("on June 31st? no: on June 3", None) == {"d6-3"}


def _signals(i: int, days: frozenset[str], outlet: str | None) -> ArticleSignals:
    return ArticleSignals(i, {"gempa": 1.0}, frozenset({"lombok"}), frozenset(), date(2018, 8, 5), outlet,
                          days=days)


def test_days_shared_or_in_conflict_and_same_outlet() -> None:
    story = StoryState(1)
    story.add(_signals(1, frozenset({"w4", "d8-3"}), "kompas"))
    frequencies = DocumentFrequencies()
    frequencies.add({"lombok"})

    def feature(article: ArticleSignals, name: str) -> float:
        return pair_features(article, story, frequencies)[FEATURES.index(name)]

    same_day = _signals(2, frozenset({"w4"}), "tempo")
    other_day = _signals(3, frozenset({"w1", "d8-10"}), "kompas")
    no_day = _signals(4, frozenset(), None)
    weekday_against_date = _signals(5, frozenset({"d9-1"}), "tempo")
    assert (feature(same_day, "days_shared"), feature(same_day, "days_conflict")) == (1.0, 0.0)
    assert (feature(other_day, "days_shared"), feature(other_day, "days_conflict")) == (0.0, 1.0)
    assert (feature(no_day, "days_shared"), feature(no_day, "days_conflict")) == (0.0, 0.0)
    assert feature(weekday_against_date, "days_conflict") == 1.0  # d9-1 against the story's d8-3
    assert feature(other_day, "same_outlet") == 1.0 and feature(same_day, "same_outlet") == 0.0
    assert feature(no_day, "same_outlet") == 0.0


def _stump(value: float) -> dict[str, list[float]]:
    # feature 0 <= 0.5 → left leaf (-value), else right leaf (+value)
    return {"feature": [0, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1], "right": [2, -1, -1],
            "value": [0.0, -value, value]}


def test_tree_ensemble_walks_every_tree_to_its_leaf() -> None:
    deep = {"feature": [1, 0, -2, -2, -2], "threshold": [0.0, 2.0, -2.0, -2.0, -2.0],
            "left": [1, 2, -1, -1, -1], "right": [4, 3, -1, -1, -1], "value": [0.0, 0.0, 1.0, 2.0, 3.0]}
    ensemble = ensemble_from_dict({"init": 0.25, "learning_rate": 0.5, "depth": 2, "trees": [_stump(1.0), deep]})
    rows = [[0.3, -1.0], [0.7, -1.0], [3.0, -1.0], [0.3, 1.0]]
    # stump: -1, +1, +1, -1; deep: x1 <= 0 → (x0 <= 2 → 1 else 2), else 3
    expected = [0.25 + 0.5 * (-1 + 1), 0.25 + 0.5 * (1 + 1), 0.25 + 0.5 * (1 + 2), 0.25 + 0.5 * (-1 + 3)]
    assert ensemble.logits(rows).tolist() == pytest.approx(expected)


def test_tree_ensemble_equals_scikit_learn() -> None:
    from sklearn.ensemble import GradientBoostingClassifier

    generator = np.random.default_rng(0)
    x = generator.normal(size=(400, 3))
    y = (x[:, 0] + 0.5 * x[:, 1] ** 2 + generator.normal(scale=0.3, size=400) > 0.4).astype(int)
    fitted = GradientBoostingClassifier(n_estimators=20, max_depth=3, random_state=0).fit(x, y)
    trees = [{"feature": e.tree_.feature.tolist(), "threshold": e.tree_.threshold.tolist(),
              "left": e.tree_.children_left.tolist(), "right": e.tree_.children_right.tolist(),
              "value": e.tree_.value[:, 0, 0].tolist()} for e in fitted.estimators_[:, 0]]
    raw = sum(e.predict(x.astype(np.float32)) for e in fitted.estimators_[:, 0])
    init = float(np.median(fitted.decision_function(x) - 0.1 * raw))
    ensemble = ensemble_from_dict({"init": init, "learning_rate": 0.1, "depth": 3, "trees": trees})
    assert np.abs(ensemble.logits(x) - fitted.decision_function(x)).max() < 1e-9


def test_a_model_with_trees_round_trips_and_scores_in_batches() -> None:
    plain = JoinModel((1.0,) * len(FEATURES), -2.0, 0.5, 0.9)
    trees = {"init": -1.0, "learning_rate": 1.0, "depth": 1, "trees": [_stump(2.0)]}
    data = plain.as_dict() | {"trees": trees, "reopen_trees": trees}
    model = model_from_dict(data)
    assert model.trees is not None and model_from_dict(model.as_dict()) == model
    rows = [[0.0] * len(FEATURES), [1.0] * len(FEATURES)]
    assert model.probabilities(rows) == pytest.approx([1 / (1 + np.exp(3.0)), 1 / (1 + np.exp(-1.0))])
    assert model.probability(rows[1]) == model.probabilities(rows)[1]
    assert model.reopen_probabilities(rows) == model.probabilities(rows)
    # Without trees, the logistic weights decide.
    assert plain.probabilities(rows)[1] == pytest.approx(1 / (1 + np.exp(2.0 - len(FEATURES))))


def test_shipped_model_scores_batches_like_single_rows() -> None:
    model = load_model()
    rows = [[0.1 * ((i * 7 + j) % 10) for j in range(len(FEATURES))] for i in range(6)]
    assert model.probabilities(rows) == [model.probability(row) for row in rows]
    assert model.reopen_probabilities(rows) == [model.reopen_probability_of(row) for row in rows]
