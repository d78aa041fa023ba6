"""Casualty claims, session 3: tallies over many incidents, wound counts, ages in a range or
list, asides inside a victim phrase ("including ..."), and being hit by bullets."""

from __future__ import annotations

import pytest

from telisik.extract.claims import find_claims
from telisik.extract.claims.patterns import month_names
from telisik.extract.entities import find_entities
from telisik.language.dates import find_dates
from telisik.language.numbers import find_numbers
from telisik.language.sentences import split_sentences
from telisik.models import Claim


def claims_of(text: str, lang: str = "en") -> list[Claim]:
    return find_claims(
        text, split_sentences(text, lang), find_numbers(text, lang), find_dates(text, lang), find_entities(text, lang), lang
    )


def summary(text: str, lang: str = "en") -> list[tuple[str, float | None, float | None]]:
    return [(c.kind, c.min, c.max) for c in claims_of(text, lang)]


def casualty_counts(text: str, lang: str) -> list[Claim]:
    """The killed and injured claims of ``text``."""
    return [c for c in claims_of(text, lang) if c.kind in ("killed", "injured")]


@pytest.mark.parametrize(
    "text",
    [
        "At least 13 people were shot in the District in five incidents, police said.",
        "Five people were dead and one wounded in a string of separate shootings in the city.",
        "The report said there have been 13 toddler shooting deaths this year.",
        "Seven people were shot in four shootings on the Fourth of July.",
        "Sebanyak 120 orang tewas akibat banjir sepanjang tahun 2020.",
    ],
)
def test_tallies_over_many_incidents_make_no_claim(text: str) -> None:
    assert casualty_counts(text, "id" if "orang" in text else "en") == []


def test_a_tally_beside_the_incident_leaves_the_incident_count() -> None:
    text = ("Four people were shot outside a bar on Main Street on Saturday. "
            "At least 40 other people have been shot across the city this year.")
    assert summary(text) == [("injured", 4, 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He fell to the floor and died from one gunshot wound.", []),
        ("The man suffered two gunshot wounds to the chest.", []),
        ("Two people with gunshot wounds were taken to a hospital.", [("injured", 2, 2)]),
    ],
)
def test_a_count_of_wounds_is_not_a_count_of_people(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert [s for s in summary(text) if s[0] == "injured"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Several children between the ages of 7 and 12 were home alone when the gun was fired.",
        "The other victims, ages 13, 17 and 19, were treated for minor injuries.",
        "Children ages 7 to 12 were injured by glass.",
    ],
)
def test_ages_in_a_range_or_list_are_not_counts(text: str) -> None:
    assert not any(c.min in (7, 12, 13, 17, 19) for c in claims_of(text))


def test_indonesian_age_list_is_not_a_count() -> None:
    assert not any(c.min == 14 for c in claims_of("Dua bocah berusia 12 dan 14 tahun tewas tenggelam.", "id"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A total of six people, including four children and two men, were injured at a shooting range.",
         ("injured", 6, 6)),
        ("Four people including a 12-year-old and an 8-year-old were injured in a shooting.", ("injured", 4, 4)),
        ("Four people — including a 14-year-old boy, a 16-year-old boy and a 52-year-old man — were all shot in "
         "their legs.", ("injured", 4, 4)),
        ("Four people were hit by bullets during an early Sunday shooting.", ("injured", 4, 4)),
        ("Three people were struck by gunfire near the park.", ("injured", 3, 3)),
    ],
)
def test_asides_and_bullets(text: str, expected: tuple[str, float, float]) -> None:
    claims = claims_of(text)
    assert claims and (claims[0].kind, claims[0].min, claims[0].max) == expected
    assert claims[0].confidence == max(c.confidence for c in claims)  # the article stands behind it


def test_a_shot_fired_is_not_a_person_shot() -> None:
    assert summary("He pulled over and then fired one shot from a shotgun, authorities said.") == []


def test_a_place_before_the_victim_noun_keeps_the_count() -> None:
    text = "The shooting left two Gary men dead and four wounded, police said."
    assert summary(text) == [("killed", 2, 2), ("injured", 4, 4)]


def test_a_number_in_an_address_is_still_no_count() -> None:
    assert summary("Police were called to 2501 Carter Homestead Rd. on Monday.") == []


def test_victims_also_shot_are_besides_the_killed() -> None:
    text = "A man was killed on Main Street. Two teenagers were also shot, one in the temple and one in the ankle."
    assert ("injured", 2, 2) in summary(text)
    # without "also" the two shot include the one killed: 2 - 1
    assert ("injured", 1, 1) in summary("A man was killed on Main Street. Two people were shot in the attack.")


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the killed is named as a different sex from the shot: not one of them, nothing taken off
        ("Two girls were shot behind the school and an old man was killed by the gunman, police said.", 2),
        ("Five men were shot at the party and a woman was killed, the sheriff said.", 5),
        # the shot phrase includes the dead: they are taken off
        ("Five men were shot at the party, one fatally, the sheriff said.", 4),
        ("Five people were shot at the party and a woman was killed, the sheriff said.", 4),
        ("Five men were shot at the party and one man was killed, the sheriff said.", 4),
    ],
)
def test_killed_of_another_sex_are_not_taken_off_the_shot(text: str, injured: int) -> None:
    found = summary(text)
    assert ("injured", injured, injured) in found
    assert ("killed", 1, 1) in found


def test_pronoun_that_shot_itself_begins_its_own_clause() -> None:
    # "the boy and he" is not a list of two victims: "he ... shot himself" is one person
    text = "The rifle was left on a shelf within reach of the boy and he accidentally shot himself."
    assert [(c.kind, c.min) for c in claims_of(text) if c.kind == "injured"] == [("injured", 1)]


def test_pronoun_listed_with_another_victim_still_adds_up() -> None:
    assert ("injured", 2, 2) in summary("A man and he were shot by the gunman on Sunday.")


def test_a_victim_the_shooting_also_hurt_adds_to_the_first() -> None:
    text = "A teenage girl was badly wounded in the attack, which also injured an old man on Friday."
    assert [(c.kind, c.min, c.max) for c in claims_of(text) if c.kind == "injured"] == [("injured", 2, 2)]


def test_two_readings_without_also_are_not_added() -> None:
    text = "A teenage girl was badly wounded in the attack, police said an old man was injured."
    assert ("injured", 2, 2) not in summary(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 2014, nearly half of the 21,022 passenger vehicle occupants killed in crashes were unrestrained.",
        "At least 80 people were killed in the city in November alone.",
        "In 2014, 5 people were killed on that stretch of road.",
        "69 children under the age of 15 died from unintentional gunfire in 2013, the latest year available.",
        "Sebanyak 40 orang tewas dalam kecelakaan sepanjang 2017.",
        "In November 2016, a man was shot and killed outside the same bar.",  # an earlier incident, as background
    ],
)
def test_a_count_dated_by_a_whole_year_or_month_is_a_tally(text: str) -> None:
    lang = "id" if "orang" in text else "en"
    assert casualty_counts(text, lang) == []


@pytest.mark.parametrize(
    ("text", "dating"),
    [  # an earlier event's toll or a tally, dated by a whole year or month (session 6)
        ("Kudeta yang gagal pada Juli 2016 menewaskan 249 orang.", " pada Juli 2016"),
        ("Pada 2012, delapan siswa tewas di sekolah kawasan Homa Bay.", "Pada 2012, "),
        ("Pada bulan Januari 2016, 6 nelayan tewas di perairan itu.", "Pada bulan Januari 2016, "),
        ("Lebih dari 330.000 orang tewas dalam perang yang pecah sejak 2011.", " sejak 2011"),
        ("Sebelumnya, pada Maret, tiga orang tentara terluka ketika pasukan melepaskan tembakan.", ", pada Maret"),
        ("Penyakit itu membunuh 1,3 juta orang di tahun 2015.", " di tahun 2015"),
    ],
)
def test_an_indonesian_count_dated_by_a_whole_year_or_month_is_a_tally(text: str, dating: str) -> None:
    assert casualty_counts(text.replace(dating, ""), "id") != []  # undated, the same sentence makes a claim
    assert casualty_counts(text, "id") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed in a shooting on November 5, police said.", [("killed", 3, 3)]),
        ("Two men were injured in Chicago on Sunday.", [("injured", 2, 2)]),
        ("Police said two people were killed in Jan Smit's house.", [("killed", 2, 2)]),  # "Jan" is a name
        ("Tiga orang tewas dalam kecelakaan pada 12 Maret 2017.", [("killed", 3, 3)]),  # a day
        ("Dua orang tewas pada Minggu (12/3) di Jalan Sudirman.", [("killed", 2, 2)]),
        ("Tiga orang tewas, kata polisi mengutip Undang-undang Nomor 7 Tahun 2014.", [("killed", 3, 3)]),
    ],
)
def test_a_day_or_a_place_after_in_is_no_period(text: str, expected: list[tuple[str, float, float]]) -> None:
    lang = "id" if "orang" in text else "en"
    assert [(k, a, b) for k, a, b in summary(text, lang) if k in ("killed", "injured")] == expected


def test_month_names_leave_out_abbreviations_that_are_also_words() -> None:
    assert "Jan" not in month_names("en") and "May" in month_names("en")
    assert {"Mei", "Juni", "Pebruari", "Nopember"} <= set(month_names("id")) and "Des" not in month_names("id")
