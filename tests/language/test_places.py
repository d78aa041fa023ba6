"""The place gazetteer: Indonesian and English names, kinds, typos, and no ordinary words."""

from __future__ import annotations

import pytest

from telisik.language.places import find_place, match_place, within_one_edit


@pytest.mark.parametrize(
    ("name", "english", "kind", "country"),
    [
        ("Rusia", "Russia", "country", "RU"),
        ("Russia", "Russia", "country", "RU"),
        ("Kirgizstan", "Kyrgyzstan", "country", "KG"),
        ("Amerika Serikat", "United States", "country", "US"),
        ("Selandia Baru", "New Zealand", "country", "NZ"),
        ("Moskow", "Moscow", "city", "RU"),
        ("ALMATY", "Almaty", "city", "KZ"),
        ("Surabaya", "Surabaya", "city", "ID"),
        ("Asia Tengah", "Central Asia", "region", None),
    ],
)
def test_names_in_both_languages(name: str, english: str, kind: str, country: str | None) -> None:
    place = find_place(name)
    assert place is not None
    assert (place.name, place.kind, place.country) == (english, kind, country)


@pytest.mark.parametrize(("typo", "english"), [("Amenia", "Armenia"), ("Kirgistan", "Kyrgyzstan"), ("Tajikstan", "Tajikistan")])
def test_one_typo_in_a_country_name_is_forgiven(typo: str, english: str) -> None:
    assert find_place(typo) is None
    place = match_place(typo)
    assert place is not None and place.name == english


@pytest.mark.parametrize("word", ["Para", "Media", "Ada", "Pada", "Akan", "Dari"])
def test_ordinary_words_are_not_places(word: str) -> None:
    assert find_place(word) is None and match_place(word) is None


def test_short_names_get_no_typo_allowance() -> None:
    assert match_place("Peri") is None  # one letter from "Peru", but too short to guess


def test_cities_have_coordinates() -> None:
    moscow = find_place("Moscow")
    assert moscow is not None and moscow.latitude == pytest.approx(55.75, abs=0.1)
    assert moscow.longitude == pytest.approx(37.62, abs=0.1)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("tokayev", "tokayeva", True), ("amenia", "armenia", True), ("abc", "abd", True), ("abc", "abc", True),
     ("abc", "acb", False), ("abc", "abcde", False), ("", "a", True)],
)
def test_within_one_edit(a: str, b: str, expected: bool) -> None:
    assert within_one_edit(a, b) is expected
    assert within_one_edit(b, a) is expected
