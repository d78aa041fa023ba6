"""``telisik eval casualties FILE.jsonl`` — killed / injured against gold counts.

Per item (one incident, one or more documents):

1. analyse each document (:mod:`telisik.evaluate.items`);
2. reconcile them as one story, ``telisik.reconcile.reconcile(story_id=0,
   members=...)``;
3. read a point prediction per kind off the comparison's groups of that kind.

Choices, all deliberate:

* **Interval → point.** A group's reconciled value is ``value_min .. value_max``
  (None = open). The point is the lower bound when there is one — exact
  (``8 .. 8``) gives 8, "more than 300" (``301 .. None``) gives 301, a range
  gives its lower end — else the upper bound ("up to 5" → 5), else no value.
  News counts are reported as "at least" far more often than "at most", so the
  lower bound is the figure an outlet actually vouches for.
* **Several groups of one kind** (different victim groups, or claims reconcile
  could not align): the largest point wins. Summing would double-count the same
  deaths reported under two wordings, which is the commoner case.
* **No group of a kind** is a prediction of 0. For gold 0 that is a hit; for a
  positive gold it is an error of the full gold value.
* **accuracy** is the exact-match rate and **mae** the mean absolute error, both
  over the items whose gold for that kind is not null; **n** counts those items.
* **false_positive_rate** is the share of (item, kind) pairs with null gold for
  which we predicted a value > 0 (0 when there are no such pairs).

**When and where** (items whose gold has a ``date`` / ``place``, as gva-dev's do): the
incident's date and place are the story's incident as ``telisik story`` shows it
(:func:`telisik.reconcile.incident.incident`: the day most harm claims give, else the first
day the articles name; the town they name most, else the first town the articles name, else
the datelines' town, else the claims' own place). ``when`` and
``where`` report the accuracy over items given one (a date: same day; a place: the gold's
city, the part before its comma, whatever the case), the coverage (share of items given one)
and, beside them, the plain baseline of dating an incident by its earliest article's
publication day. ``accuracy_any_name`` reads the gold as GVC writes it, "City (Locality),
State": either name counts, and "St." is "Saint" (our "Jurupa Valley" for "Riverside (Jurupa
Valley), California" is right, and "St. Louis" is "Saint Louis").

Result: ``{"killed": {"accuracy","mae","n"}, "injured": {...},
"false_positive_rate"}`` plus ``items`` (per-item gold and predictions),
``null_gold`` (the false-positive denominator) and ``failed_docs``; and ``when`` /
``where`` when the file has gold dates / places.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from telisik.errors import EvalError
from telisik.evaluate.items import analyse_item, reconcile_members
from telisik.evaluate.jsonl import read_jsonl
from telisik.models import AnalysedArticle, ClaimGroup, Comparison
from telisik.reconcile.incident import day_of, incident

KINDS = ("killed", "injured")
BRACKETED = re.compile(r"(.+?)\s*\((.+)\)")
TOWN_ABBREVIATIONS = (("saint", "st"), ("fort", "ft"), ("mount", "mt"))


@dataclass(frozen=True, slots=True)
class Outcome:
    """Gold and predicted count of one kind for one item (gold None = not labelled)."""

    item_id: str
    kind: str
    gold: float | None
    predicted: float


def evaluate_casualties(path: Path, limit: int | None = None) -> dict[str, Any]:
    """Extract, reconcile and score killed / injured per item (module docstring)."""
    items = read_jsonl(path, required=("id", "docs", "gold"), limit=limit, with_docs=True)
    outcomes: list[Outcome] = []
    settings: list[Setting] = []
    failed = 0
    for item in items:
        analysed = analyse_item(item)
        failed += analysed.failed_docs
        comparison = reconcile_members(analysed.members)
        outcomes.extend(item_outcomes(item, comparison, path))
        settings.append(item_setting(item, comparison, analysed.members))
    result: dict[str, Any] = {kind: kind_scores(outcomes, kind) for kind in KINDS}
    null_gold = [outcome for outcome in outcomes if outcome.gold is None]
    result["false_positive_rate"] = false_positive_rate(null_gold)
    result["null_gold"] = len(null_gold)
    result["failed_docs"] = failed
    result["items"] = item_table(outcomes)
    result.update(setting_scores(settings))
    return result


@dataclass(frozen=True, slots=True)
class Setting:
    """Gold and predicted date and place of one item's incident (None: not labelled / not found)."""

    gold_date: str | None
    gold_place: str | None
    day: date | None
    place: str | None
    first_published: date | None


def item_setting(item: dict[str, Any], comparison: Comparison, members: Sequence[AnalysedArticle]) -> Setting:
    """The item's incident as the story view shows it (:func:`telisik.reconcile.incident.incident`)."""
    gold = item["gold"] if isinstance(item["gold"], dict) else {}
    found = incident(comparison, members)
    published = [day_of(m.article.published.value) for m in members if m.article.published is not None]
    return Setting(
        gold_date=gold.get("date"), gold_place=gold.get("place"),
        day=day_of(found.when) if found.when is not None else None,
        place=found.place,
        first_published=min(published, default=None),
    )


def setting_scores(settings: Sequence[Setting]) -> dict[str, Any]:
    """``when`` and ``where``: accuracy, coverage and n (see the module docstring)."""
    scores: dict[str, Any] = {}
    dated = [s for s in settings if s.gold_date]
    if dated:
        given = [s for s in dated if s.day is not None]
        scores["when"] = {
            "accuracy": _share(str(s.day) == s.gold_date for s in given),
            "coverage": len(given) / len(dated),
            "n": len(dated),
            "baseline_first_published": _share(str(s.first_published) == s.gold_date for s in dated),
        }
    placed = [s for s in settings if s.gold_place]
    if placed:
        given = [s for s in placed if s.place is not None]
        scores["where"] = {
            "accuracy": _share(city(s.gold_place) == (s.place or "").casefold() for s in given if s.gold_place),
            "accuracy_any_name": _share(town_key(s.place or "") in gold_towns(s.gold_place)
                                        for s in given if s.gold_place),
            "coverage": len(given) / len(placed),
            "n": len(placed),
        }
    return scores


def city(place: str) -> str:
    """ "Rocky Mount, North Carolina" → "rocky mount"."""
    return place.split(",")[0].strip().casefold()


def gold_towns(place: str) -> set[str]:
    """The names a gold place accepts, compared by :func:`town_key`: the town before the comma, and
    the locality GVC writes in brackets after it ("Birmingham (Irondale), Alabama": either)."""
    town = place.split(",")[0].strip()
    bracketed = BRACKETED.fullmatch(town)
    names = [bracketed.group(1), bracketed.group(2)] if bracketed else [town]
    return {town_key(name) for name in names}


def town_key(name: str) -> str:
    """A town's name without case, spacing, punctuation or the "Saint" / "St." difference."""
    key = name.casefold()
    for long, short in TOWN_ABBREVIATIONS:
        key = re.sub(rf"\b{long}\b\.?|\b{short}\b\.?", short, key)
    return re.sub(r"[^0-9a-z]", "", key)


def _share(hits: Any) -> float:
    values = list(hits)
    return sum(values) / len(values) if values else 0.0


def item_outcomes(item: dict[str, Any], comparison: Comparison, path: Path) -> list[Outcome]:
    """Gold against prediction for each kind of one item."""
    gold = item["gold"]
    if not isinstance(gold, dict):
        raise EvalError(f"item {item['id']}: 'gold' must be an object", item=str(path))
    return [
        Outcome(str(item["id"]), kind, gold_count(gold.get(kind), item, path), predict(comparison.groups, kind))
        for kind in KINDS
    ]


def gold_count(value: Any, item: dict[str, Any], path: Path) -> float | None:
    if value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)):
        return value
    raise EvalError(f"item {item['id']}: gold counts must be numbers or null, got {value!r}", item=str(path))


def predict(groups: Sequence[ClaimGroup], kind: str) -> float:
    """The point prediction for one kind: the largest group point, else 0."""
    points = [point for group in groups if group.kind == kind if (point := interval_point(group)) is not None]
    return max(points, default=0.0)


def interval_point(group: ClaimGroup) -> float | None:
    """Lower bound if known, else upper bound, else None."""
    return group.value_min if group.value_min is not None else group.value_max


def kind_scores(outcomes: Sequence[Outcome], kind: str) -> dict[str, Any]:
    labelled = [outcome for outcome in outcomes if outcome.kind == kind and outcome.gold is not None]
    if not labelled:
        return {"accuracy": 0.0, "mae": 0.0, "n": 0}
    errors = [abs(outcome.predicted - outcome.gold) for outcome in labelled if outcome.gold is not None]
    return {
        "accuracy": sum(error == 0 for error in errors) / len(errors),
        "mae": sum(errors) / len(errors),
        "n": len(errors),
    }


def false_positive_rate(null_gold: Sequence[Outcome]) -> float:
    if not null_gold:
        return 0.0
    return sum(outcome.predicted > 0 for outcome in null_gold) / len(null_gold)


def item_table(outcomes: Sequence[Outcome]) -> list[dict[str, Any]]:
    """Per item: ``{"id", "killed": {"gold","predicted"}, "injured": {...}}``."""
    table: dict[str, dict[str, Any]] = {}
    for outcome in outcomes:
        row = table.setdefault(outcome.item_id, {"id": outcome.item_id})
        row[outcome.kind] = {"gold": outcome.gold, "predicted": outcome.predicted}
    return list(table.values())


def format_casualties(result: dict[str, Any]) -> str:
    """A readable table of the casualty scores."""
    lines = [f"{'kind':<10}{'accuracy':>10}{'MAE':>10}{'n':>8}"]
    for kind in KINDS:
        score = result[kind]
        lines.append(f"{kind:<10}{score['accuracy']:>10.3f}{score['mae']:>10.2f}{score['n']:>8}")
    denominator = f" (over {result['null_gold']} item-kinds with null gold)" if "null_gold" in result else ""
    lines.append(f"false-positive rate: {result['false_positive_rate']:.3f}{denominator}")
    if "when" in result:
        w = result["when"]
        lines.append(f"incident date: accuracy {w['accuracy']:.3f} over the {w['coverage']:.0%} of {w['n']} items "
                     f"given one (earliest publication day: {w['baseline_first_published']:.3f} over all)")
    if "where" in result:
        w = result["where"]
        lines.append(f"incident place (city): accuracy {w['accuracy']:.3f} over the {w['coverage']:.0%} of {w['n']} "
                     f"items given one ({w['accuracy_any_name']:.3f} accepting the bracketed locality and St./Saint)")
    if result.get("failed_docs"):
        lines.append(f"{result['failed_docs']} documents could not be analysed (left out)")
    return "\n".join(lines)
