"""Reconciliation: verdicts over claim intervals and independent-source counting."""

from __future__ import annotations

from datetime import date

import pytest

from telisik.models import AnalysedArticle, Article, Claim, ClaimRef, Extraction, PublishedDate, Verdict
from telisik.reconcile import reconcile
from telisik.reconcile.intervals import Interval, describe, intersect
from telisik.reconcile.sources import count_independent_sources


def member(
    article_id: int, outlet: str, claims: list[Claim], day: int = 6
) -> AnalysedArticle:
    article = Article(
        id=article_id, version=1, source_key=f"doc:{article_id}", text="x" * 200, lang="id", outlet=outlet,
        published=PublishedDate(date(2022, 1, day), True, "text"),
    )
    return AnalysedArticle(article, Extraction(article_id, claims=tuple(claims)))


def claim(kind: str, low: float | None, high: float | None, start: int = 0, chain: tuple[str, ...] = ()) -> Claim:
    return Claim(kind, low, high, start, start + 5, "angka", source_chain=chain)


# The seed case: 8 killed in both, injured ">300" in one and 317 in the other, both via the ministry.
SEEDS = [
    member(1, "Mata Indonesia", [claim("killed", 8, 8, chain=("Kementerian Dalam Negeri Kazakhstan",)),
                                 claim("injured", 301, None, 40, ("Kementerian Dalam Negeri Kazakhstan",))]),
    member(2, "Bisnis.com", [claim("killed", 8, 8), claim("injured", 317, 317, 40),
                             claim("killed", 8, 8, 90, ("Kementerian Dalam Negeri", "Kazakh"))]),
]


def test_seed_story_agrees_on_killed_and_refines_injured() -> None:
    groups = {g.kind: g for g in reconcile(1, SEEDS).groups}
    assert groups["killed"].verdict is Verdict.AGREE
    assert (groups["killed"].value_min, groups["killed"].value_max) == (8, 8)
    assert groups["injured"].verdict is Verdict.REFINE
    assert (groups["injured"].value_min, groups["injured"].value_max) == (317, 317)
    assert len(groups["killed"].claims) == 3  # every claim is kept as evidence


@pytest.mark.parametrize(
    ("values", "days", "verdict"),
    [
        ([(5, 5)], [6], Verdict.SINGLE),
        ([(5, 5), (5, 5)], [6, 6], Verdict.AGREE),
        ([(20, 99), (45, 45)], [6, 6], Verdict.REFINE),
        ([(3, 3), (5, 5)], [6, 7], Verdict.UPDATE),
        ([(5, 5), (3, 3)], [6, 7], Verdict.CONFLICT),  # a later report lowering it is not an update
        ([(3, 3), (5, 5)], [6, 6], Verdict.CONFLICT),
    ],
)
def test_verdicts(values: list[tuple[float, float]], days: list[int], verdict: Verdict) -> None:
    members = [member(i, f"outlet {i}", [claim("killed", lo, hi)], day) for i, ((lo, hi), day) in enumerate(zip(values, days), 1)]
    [group] = reconcile(1, members).groups
    assert group.verdict is verdict


def test_update_takes_the_latest_value() -> None:
    members = [member(1, "A", [claim("killed", 3, 3)], 6), member(2, "B", [claim("killed", 5, 5)], 7)]
    [group] = reconcile(1, members).groups
    assert (group.value_min, group.value_max) == (5, 5)


def test_one_ministry_relayed_by_two_outlets_is_one_source() -> None:
    groups = {g.kind: g for g in reconcile(1, SEEDS).groups}
    # EXPECTED.md: both figures trace back to the Interior Ministry. Bisnis.com's
    # unsourced "delaapan orang tewas" gives the same 8 it attributes to the ministry later.
    assert groups["killed"].independent_sources == 1
    refs = [ClaimRef(i, o, None, claim("killed", 8, 8, chain=c)) for i, o, c in
            [(1, "A", ("Kementerian Dalam Negeri Kazakhstan",)), (2, "B", ("Kementerian Dalam Negeri", "Kazakh"))]]
    assert count_independent_sources(refs) == 1


def test_an_unsourced_claim_inherits_only_a_same_value_source() -> None:
    ministry = ("Kementerian Dalam Negeri",)
    refs = [ClaimRef(1, "A", None, claim("killed", 8, 8, 0, ministry)), ClaimRef(1, "A", None, claim("killed", 9, 9, 40)),
            ClaimRef(2, "B", None, claim("killed", 8, 8, 0, ministry))]
    assert count_independent_sources(refs) == 2  # the ministry, and A's own 9


def test_unsourced_claims_count_their_outlets() -> None:
    refs = [ClaimRef(i, o, None, claim("killed", 8, 8)) for i, o in [(1, "A"), (2, "B"), (3, "A")]]
    assert count_independent_sources(refs) == 2


@pytest.mark.parametrize(
    ("intervals", "expected"),
    [
        ([Interval(301, None), Interval(317, 317)], Interval(317, 317)),
        ([Interval(8, 8), Interval(8, 8)], Interval(8, 8)),
        ([Interval(3, 3), Interval(5, 5)], None),
        ([Interval(None, 99), Interval(20, None)], Interval(20, 99)),
    ],
)
def test_intersect(intervals: list[Interval], expected: Interval | None) -> None:
    assert intersect(intervals) == expected


@pytest.mark.parametrize(
    ("interval", "text"),
    [(Interval(8, 8), "8"), (Interval(301, None), "≥301"), (Interval(None, 9), "≤9"), (Interval(20, 99), "20–99"),
     (Interval(2.5, 2.5), "2.5"), (Interval(None, None), "unknown")],
)
def test_describe(interval: Interval, text: str) -> None:
    assert describe(interval) == text


def test_conflict_takes_the_most_reported_value_then_the_latest() -> None:
    members = [member(1, "A", [claim("killed", 3, 3)], 6), member(2, "B", [claim("killed", 5, 5)], 6),
               member(3, "C", [claim("killed", 5, 5)], 6)]
    [group] = reconcile(1, members).groups
    assert group.verdict is Verdict.CONFLICT and (group.value_min, group.value_max) == (5, 5)
    later = [member(1, "A", [claim("killed", 5, 5)], 6), member(2, "B", [claim("killed", 3, 3)], 7)]
    [group] = reconcile(1, later).groups
    assert group.verdict is Verdict.CONFLICT and (group.value_min, group.value_max) == (3, 3)
    assert "most reported" in group.explanation


@pytest.mark.parametrize(
    ("subject", "group"),
    [("petugas polisi dan anggota penjaga nasional", "military+police"), ("orang", "unspecified"), (None, "unspecified"),
     ("polisi dan prajurit penjaga nasional", "military+police"), ("warga sipil", "civilians"),
     ("people", "unspecified"), ("police officers", "police"), ("pengunjuk rasa", "protesters")],
)
def test_victim_groups(subject: str | None, group: str) -> None:
    from telisik.reconcile.groups import victim_group

    assert victim_group(subject) == group


def _with_subject(c: Claim, subject: str) -> Claim:
    return Claim(c.kind, c.min, c.max, c.start, c.end, c.text, subject=subject, source_chain=c.source_chain)


def test_seed_killed_agrees_and_notes_the_scope_difference() -> None:
    members = [
        member(1, "Mata Indonesia", [_with_subject(claim("killed", 8, 8), "petugas polisi dan anggota penjaga nasional")]),
        member(2, "Bisnis.com", [_with_subject(claim("killed", 8, 8), "orang")]),
    ]
    [group] = reconcile(1, members).groups
    assert group.verdict is Verdict.AGREE
    assert "victim groups differ" in group.explanation and "Mata Indonesia" in group.explanation


def test_different_people_counted_is_a_scope_difference_not_a_conflict() -> None:
    members = [member(1, "A", [_with_subject(claim("killed", 3, 3), "polisi")]),
               member(2, "B", [_with_subject(claim("killed", 10, 10), "orang")])]
    [group] = reconcile(1, members).groups
    assert group.verdict is Verdict.SCOPE
