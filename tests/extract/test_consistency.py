"""In-article flags: weekday vs date, a count contradicted."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from telisik.extract.consistency import find_flags, number_flags
from telisik.models import Claim


def claim(kind: str, value: float | None, sentence_start: int, subject: str | None = "orang", top: float | None = -1) -> Claim:
    upper = value if top == -1 else top
    return Claim(kind, value, upper, sentence_start, sentence_start + 2, "x", subject=subject, sentence_start=sentence_start)


def test_seed_000_rabu_6_1_is_flagged(seed_000: str) -> None:
    flags = find_flags(seed_000, [], "id", date(2022, 1, 6))
    assert [f.code for f in flags] == ["weekday-mismatch"]
    flag = flags[0]
    assert seed_000[flag.start : flag.end] == "Rabu"
    assert flag.related_start is not None and seed_000[flag.related_start : flag.related_end] == "(6/1)"
    assert "Thursday" in flag.message and "2022-01-06" in flag.message
    assert "resolved by the date" in flag.message


def test_the_flag_says_when_the_weekday_was_trusted() -> None:
    text = "Protes pecah Rabu (5/1). Polisi datang sejak Rabu (6/1) malam."
    (flag,) = find_flags(text, [], "id", date(2022, 1, 7))
    assert (text[flag.start : flag.end], text[flag.related_start : flag.related_end]) == ("Rabu", "(6/1)")
    assert "resolved by the weekday as 2022-01-05" in flag.message


def test_correct_weekdays_are_not_flagged() -> None:
    text = "Pada Rabu (5/1), pengunjuk rasa menyerbu gedung pemerintahan. Kamis (6/1) situasi mereda."
    assert find_flags(text, [], "id", date(2022, 1, 6)) == []


def test_a_datetime_reference_works_like_its_date(seed_000: str) -> None:
    assert find_flags(seed_000, [], "id", datetime(2022, 1, 6, 9, 30)) == find_flags(seed_000, [], "id", date(2022, 1, 6))


@pytest.mark.parametrize(
    ("claims", "flagged"),
    [
        ([claim("killed", 8, 0), claim("killed", 9, 100)], True),  # same group, different value
        ([claim("killed", 8, 0), claim("killed", 8, 100)], False),  # agreement
        ([claim("killed", 8, 0), claim("injured", 9, 100)], False),  # different kinds
        ([claim("killed", 41, 0), claim("killed", 36, 0)], False),  # a breakdown inside one sentence
        ([claim("killed", 8, 0, "polisi"), claim("killed", 3, 100, "warga sipil")], False),  # different groups
        ([claim("injured", 301, 0, top=None), claim("injured", 317, 100)], False),  # an interval is not exact
        ([claim("killed", 8, 0, None), claim("killed", 9, 100, "orang")], True),  # "orang" is unspecified
    ],
)
def test_number_mismatch(claims: list[Claim], flagged: bool) -> None:
    flags = number_flags(claims)
    assert bool(flags) is flagged
    if flagged:
        assert flags[0].code == "number-mismatch"
        assert (flags[0].start, flags[0].end) == (claims[1].start, claims[1].end)


def test_flags_come_in_text_order(seed_000: str) -> None:
    late = Claim("killed", 8, 8, 2000, 2001, "8", sentence_start=2000)
    later = Claim("killed", 9, 9, 2100, 2101, "9", sentence_start=2100)
    flags = find_flags(seed_000, [late, later], "id", date(2022, 1, 6))
    assert [f.code for f in flags] == ["weekday-mismatch", "number-mismatch"]


# --------------------------------------------------------------------------- one name spelled two ways


from telisik.extract.consistency import is_spelling_variant, spelling_flags  # noqa: E402
from telisik.extract.entities import find_entities  # noqa: E402


def test_seed_003_tokayeva_and_amenia_are_flagged_with_both_spans(seed_003: str) -> None:
    flags = spelling_flags(find_entities(seed_003, "id"))
    spans = {(seed_003[f.start : f.end], seed_003[f.related_start : f.related_end]) for f in flags}
    assert spans == {("Tokayev", "Kassym-Jomart Tokayeva"), ("Armenia", "Amenia")}
    assert all(f.code == "spelling-variant" and f.related_start is not None for f in flags)


def test_seed_000_spells_every_name_one_way(seed_000: str) -> None:
    assert spelling_flags(find_entities(seed_000, "id")) == []


@pytest.mark.parametrize(
    ("a", "b", "type_a", "type_b", "variant"),
    [
        ("Kassym-Jomart Tokayeva", "Tokayev", "PER", "PER", True),  # a one-word name against the last word
        ("Siti Fadillah Supari", "Siti Fadilah Supari", "PER", "PER", True),
        ("Amenia", "Armenia", "LOC", "LOC", True),  # a typo of a gazetteer place
        ("Rusia", "Russia", "LOC", "LOC", False),  # two languages' names of one place
        ("Iran", "Iraq", "LOC", "LOC", False),  # two places
        ("Indonesian", "Indonesia", "ORG", "LOC", False),
        ("Putra", "Putri", "PER", "PER", False),  # too short to call a typo
        ("Joko Widodo", "Jokowi", "PER", "PER", False),  # a nickname, not a misspelling
        ("Jokowi", "(Jokowi", "PER", "PER", False),  # punctuation only
        ("Ahmad Dahlan", "Ahmad Dahlan", "PER", "PER", False),
    ],
)
def test_is_spelling_variant(a: str, b: str, type_a: str, type_b: str, variant: bool) -> None:
    assert is_spelling_variant(a, b, type_a, type_b) is variant


def test_find_flags_includes_spelling_when_given_entities(seed_003: str) -> None:
    flags = find_flags(seed_003, [], "id", date(2022, 1, 6), find_entities(seed_003, "id"))
    assert [f.code for f in flags] == ["spelling-variant", "spelling-variant"]
    assert [f.start for f in flags] == sorted(f.start or 0 for f in flags)
