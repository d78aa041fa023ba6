"""The casualties runner: the interval→point rules, the scores, and a run on the fixture."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from telisik.errors import EvalError
from telisik.evaluate.casualties import (
    Outcome,
    Setting,
    city,
    gold_towns,
    setting_scores,
    town_key,
    evaluate_casualties,
    false_positive_rate,
    format_casualties,
    interval_point,
    kind_scores,
    predict,
)
from telisik.models import ClaimGroup, Verdict


def group(kind: str, low: float | None, high: float | None) -> ClaimGroup:
    return ClaimGroup(kind, Verdict.SINGLE, (), 1, "test", value_min=low, value_max=high)


@pytest.mark.parametrize(
    ("low", "high", "point"),
    [
        (8, 8, 8),  # exact
        (301, None, 301),  # "lebih dari 300": the lower bound
        (100, 900, 100),  # "ratusan": the lower bound
        (None, 5, 5),  # "hingga 5": the upper bound
        (None, None, None),  # nothing known
    ],
)
def test_interval_point(low: float | None, high: float | None, point: float | None) -> None:
    assert interval_point(group("killed", low, high)) == point


def test_predict_takes_largest_point_of_the_kind_else_zero() -> None:
    groups = [group("killed", 3, 3), group("killed", 5, None), group("injured", 10, 10), group("killed", None, None)]
    assert predict(groups, "killed") == 5
    assert predict(groups, "injured") == 10
    assert predict(groups, "missing") == 0
    assert predict([], "killed") == 0


def test_kind_scores_and_false_positives() -> None:
    outcomes = [
        Outcome("1", "killed", 3, 3),
        Outcome("2", "killed", 14, 12),
        Outcome("3", "killed", 0, 0),
        Outcome("4", "killed", None, 2),  # false positive
        Outcome("5", "killed", None, 0),
        Outcome("1", "injured", None, 0),
    ]
    assert kind_scores(outcomes, "killed") == pytest.approx({"accuracy": 2 / 3, "mae": 2 / 3, "n": 3})
    assert kind_scores(outcomes, "injured") == {"accuracy": 0.0, "mae": 0.0, "n": 0}
    null_gold = [outcome for outcome in outcomes if outcome.gold is None]
    assert false_positive_rate(null_gold) == pytest.approx(1 / 3)
    assert false_positive_rate([]) == 0.0


@pytest.mark.usefixtures("reconcile_stage")
def test_evaluate_casualties_keys_and_ranges(fixtures_dir: Path) -> None:
    result = evaluate_casualties(fixtures_dir / "casualties.jsonl")
    assert set(result) >= {"killed", "injured", "false_positive_rate"}
    for kind in ("killed", "injured"):
        assert set(result[kind]) == {"accuracy", "mae", "n"}
        assert 0.0 <= result[kind]["accuracy"] <= 1.0
        assert result[kind]["mae"] >= 0.0
    assert (result["killed"]["n"], result["injured"]["n"]) == (5, 4)
    assert 0.0 <= result["false_positive_rate"] <= 1.0
    assert result["null_gold"] == 5  # killed: cas-3, cas-6; injured: cas-2, cas-3, cas-6
    assert [row["id"] for row in result["items"]] == [f"cas-{i}" for i in range(1, 8)]
    assert set(result["when"]) == {"accuracy", "coverage", "n", "baseline_first_published"}
    assert set(result["where"]) == {"accuracy", "accuracy_any_name", "coverage", "n"}
    assert result["when"]["n"] == result["where"]["n"] == 5  # the items whose gold has a date and a place
    shown = format_casualties(result)
    assert "killed" in shown and "incident date" in shown and "incident place" in shown


def test_setting_scores_count_only_items_given_a_date_or_place() -> None:
    settings = [
        Setting("2024-03-08", "Pangalengan, Jawa Barat", date(2024, 3, 8), "pangalengan", date(2024, 3, 10)),
        Setting("2024-03-02", "Garut, Jawa Barat", date(2024, 3, 3), "Bandung", date(2024, 3, 2)),
        Setting("2024-03-05", "Cianjur, Jawa Barat", None, None, date(2024, 3, 5)),
        Setting(None, None, date(2024, 1, 1), "Bogor", None),  # no gold: left out
    ]
    scores = setting_scores(settings)
    assert scores["when"] == pytest.approx({"accuracy": 0.5, "coverage": 2 / 3, "n": 3, "baseline_first_published": 2 / 3})
    assert scores["where"] == pytest.approx({"accuracy": 0.5, "accuracy_any_name": 0.5, "coverage": 2 / 3, "n": 3})
    assert setting_scores([Setting(None, None, None, None, None)]) == {}
    assert city("Arverne (Queens), New York") == "arverne (queens)"


def test_a_gold_place_accepts_its_bracketed_locality_and_saint_as_st() -> None:
    assert gold_towns("Birmingham (Irondale), Alabama") == {"birmingham", "irondale"}
    assert town_key("St. Louis") in gold_towns("Saint Louis (Hanley Hills), Missouri")
    assert town_key("Fort McCoy") in gold_towns("Fort Mc Coy (Fort McCoy), Florida")
    assert town_key("Mt. Washington") == town_key("Mount Washington")
    assert town_key("Stamford") not in gold_towns("Saint Louis, Missouri")  # a word starting "st" is not "Saint"
    settings = [Setting(None, "Riverside (Jurupa Valley), California", None, "Jurupa Valley", None),
                Setting(None, "Saint Augustine, Florida", None, "St. Augustine", None),
                Setting(None, "Chicago (Englewood), Illinois", None, "Chicago", None),
                Setting(None, "Chicago, Illinois", None, "South Shore", None)]
    assert setting_scores(settings)["where"] == pytest.approx(
        {"accuracy": 0.0, "accuracy_any_name": 0.75, "coverage": 1.0, "n": 4})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "docs": [], "gold": {"killed": 1}}', "'docs' must be a non-empty list"),
        ('{"id": "x", "docs": [{"id": "d"}], "gold": {"killed": 1}}', "every doc needs a 'text'"),
        ('{"id": "x", "docs": [{"text": "t"}]}', "missing key"),
        ("not json", "not valid JSON"),
    ],
)
def test_evaluate_casualties_rejects_malformed_items(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(EvalError, match=message) as caught:
        evaluate_casualties(path)
    assert f"{path}:1" in str(caught.value)
