"""find_dates, latest_explicit_date and weekday_mismatches on real phrases."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from telisik.language.dates import find_dates, latest_explicit_date, weekday_mismatches

REFERENCE = date(2022, 1, 6)  # a Thursday: the seed articles' publication date

# phrase, lang, (text, value, granularity) of the one mention expected with REFERENCE
RESOLVED = [
    ("melansir Al Jazeera, Kamis, 6 Januari 2022.", "id", ("Kamis, 6 Januari 2022", date(2022, 1, 6), "day")),
    ("pada 6 Januari 2022 lalu", "id", ("6 Januari 2022", date(2022, 1, 6), "day")),
    ("terbit 6 Jan 2022", "id", ("6 Jan 2022", date(2022, 1, 6), "day")),
    ("tanggal 17 Agt 2021", "id", ("17 Agt 2021", date(2021, 8, 17), "day")),
    ("pada 5 Januari pukul", "id", ("5 Januari", date(2022, 1, 5), "day")),
    ("tertanggal 6/1/2022", "id", ("6/1/2022", date(2022, 1, 6), "day")),
    ("diperbarui 2022-01-06", "id", ("2022-01-06", date(2022, 1, 6), "day")),
    ("Kamis (18 / 8 / 2016) malam", "id", ("Kamis (18 / 8 / 2016)", date(2016, 8, 18), "day")),
    ("Puncaknya, pada Rabu (5/1), di mana", "id", ("Rabu (5/1)", date(2022, 1, 5), "day")),
    ("seperti dikutip TheGuardian, Kamis (6/1).", "id", ("Kamis (6/1)", date(2022, 1, 6), "day")),
    ("terjadi (6/1) siang", "id", ("(6/1)", date(2022, 1, 6), "day")),
    ("sejak Senin pagi (3 / 1)", "id", ("Senin pagi (3 / 1)", datetime(2022, 1, 3, 6), "part-of-day")),
    ("pada (28/12) lalu", "id", ("(28/12)", date(2021, 12, 28), "day")),
    ("pada (7/1) dini hari", "id", ("(7/1)", date(2022, 1, 7), "day")),
    ("sejak Januari 2022", "id", ("Januari 2022", date(2022, 1, 1), "month")),
    ("Nikol Pashinyan mengatakan pagi ini bahwa", "id", ("pagi ini", datetime(2022, 1, 6, 6), "part-of-day")),
    ("Pada Rabu malam, Perdana Menteri", "id", ("Rabu malam", datetime(2022, 1, 5, 19), "part-of-day")),
    ("protes sejak awal tahun lantaran", "id", ("sejak awal tahun", date(2022, 1, 1), "day")),
    ("“Hari ini saya mengimbau", "id", ("Hari ini", date(2022, 1, 6), "day")),
    ("ditangkap kemarin di rumahnya", "id", ("kemarin", date(2022, 1, 5), "day")),
    ("tiba kemarin lusa", "id", ("kemarin lusa", date(2022, 1, 4), "day")),
    ("diperiksa kemarin malam", "id", ("kemarin malam", datetime(2022, 1, 5, 19), "part-of-day")),
    ("sidang besok", "id", ("besok", date(2022, 1, 7), "day")),
    ("rapat lusa", "id", ("lusa", date(2022, 1, 8), "day")),
    ("Pada hari sebelumnya, kantor walikota", "id", ("hari sebelumnya", date(2022, 1, 5), "day")),
    ("sejak Senin pekan ini", "id", ("Senin", date(2022, 1, 3), "day")),
    ("pada Kamis", "id", ("Kamis", date(2022, 1, 6), "day")),
    ("pada Ahad", "id", ("Ahad", date(2022, 1, 2), "day")),
    ("inflasi tahun lalu", "id", ("tahun lalu", date(2021, 1, 1), "year")),
    ("on January 6, 2022", "en", ("January 6, 2022", date(2022, 1, 6), "day")),
    ("dated 1/6/2022", "en", ("1/6/2022", date(2022, 1, 6), "day")),
    ("officials said on Wednesday", "en", ("Wednesday", date(2022, 1, 5), "day")),
    ("protesters gathered today", "en", ("today", date(2022, 1, 6), "day")),
    ("the airport was seized yesterday", "en", ("yesterday", date(2022, 1, 5), "day")),
    ("a curfew from last night", "en", ("last night", datetime(2022, 1, 5, 19), "part-of-day")),
]


@pytest.mark.parametrize(("phrase", "lang", "expected"), RESOLVED, ids=[case[0][:40] for case in RESOLVED])
def test_resolves_one_date(phrase: str, lang: str, expected: tuple[str, date, str]) -> None:
    mentions = find_dates(phrase, lang, REFERENCE)
    assert [(m.text, m.value, m.granularity) for m in mentions] == [expected]
    assert phrase[mentions[0].start : mentions[0].end] == mentions[0].text


@pytest.mark.parametrize(
    "phrase",
    ["Minggu lalu harga naik", "dalam dua minggu", "rabu depan", "pukul 11.41 WIB", "skor 3/4 babak", "(31/2)"],
)
def test_not_dates(phrase: str) -> None:
    assert find_dates(phrase, "id", REFERENCE) == []


def test_relative_phrases_need_a_reference() -> None:
    assert find_dates("kemarin, pada Rabu malam dan pagi ini", "id") == []


def test_day_month_takes_the_year_written_elsewhere_without_reference() -> None:
    text = "Protes pecah pada Rabu (5/1). Tokayev berbicara Kamis, 6 Januari 2022."
    assert [(m.text, m.value) for m in find_dates(text)] == [
        ("Rabu (5/1)", date(2022, 1, 5)),
        ("Kamis, 6 Januari 2022", date(2022, 1, 6)),
    ]


def test_day_month_without_any_year_is_skipped_without_reference() -> None:
    assert find_dates("Polisi datang Kamis (6/1).") == []


def test_year_is_chosen_not_after_reference_plus_one_day() -> None:
    (mention,) = find_dates("pada (8/1)", "id", REFERENCE)
    assert mention.value == date(2021, 1, 8)


def test_datetime_reference_is_read_as_its_day() -> None:
    (mention,) = find_dates("kemarin", "id", datetime(2022, 1, 6, 23, 30))
    assert mention.value == date(2022, 1, 5)


SEED_000 = (
    "MATA INDONESIA, ALMATY – Presiden Kazakhstan meminta bantuan setelah gagal memadamkan protes yang "
    "berlangsung sejak Rabu (6/1).\nKazakhstan diguncang oleh protes sejak awal tahun. Puncaknya, pada Rabu (5/1), "
    "para pengunjuk rasa menyerbu gedung-gedung pemerintahan.\n“Hari ini saya mengimbau,” kata Presiden Tokayev, "
    "melansir Al Jazeera, Kamis, 6 Januari 2022.\n"
)
SEED_003 = (
    "Bisnis.com, JAKARTA--Perdana Menteri Amenia, Nikol Pashinyan mengatakan pagi ini bahwa CSTO akan mengirimkan "
    "pasukan.\n“Almaty diserang,” kata Tokayev seperti dikutip TheGuardian, Kamis (6/1).\nPada Rabu malam, "
    "Pashinyan menulis di Facebook.\n"
)


def test_seed_000_dates() -> None:
    found = [(m.text, m.value) for m in find_dates(SEED_000, "id", REFERENCE)]
    assert found == [
        ("Rabu (6/1)", date(2022, 1, 6)),
        ("sejak awal tahun", date(2022, 1, 1)),
        ("Rabu (5/1)", date(2022, 1, 5)),
        ("Hari ini", date(2022, 1, 6)),
        ("Kamis, 6 Januari 2022", date(2022, 1, 6)),
    ]


def test_seed_000_flags_wednesday_sixth() -> None:
    mismatches = weekday_mismatches(SEED_000, "id", REFERENCE)
    assert [(m.text, m.value, written) for m, written in mismatches] == [("Rabu (6/1)", date(2022, 1, 6), "Rabu")]


def test_seed_000_mismatch_found_from_the_year_in_the_text() -> None:
    assert [written for _m, written in weekday_mismatches(SEED_000, "id")] == ["Rabu"]


def test_seed_003_has_no_mismatch() -> None:
    assert weekday_mismatches(SEED_003, "id", REFERENCE) == []


def test_seed_000_latest_explicit_date() -> None:
    assert latest_explicit_date(SEED_000, "id") == (date(2022, 1, 6), "Kamis, 6 Januari 2022")


def test_seed_003_latest_date_pinned_by_weekday() -> None:
    # no year anywhere: Thursday 6 January fell in 2022 (and 2028, which is after "today")
    assert latest_explicit_date(SEED_003, "id", today=date(2025, 6, 1)) == (date(2022, 1, 6), "Kamis (6/1)")
    assert latest_explicit_date(SEED_003, "id", today=date(2021, 6, 1)) == (date(2011, 1, 6), "Kamis (6/1)")


def test_latest_explicit_date_uses_year_written_elsewhere() -> None:
    text = "Rapat digelar 3 Maret 2021. Hasilnya diumumkan Jumat (12/3)."
    assert latest_explicit_date(text) == (date(2021, 3, 12), "Jumat (12/3)")


def test_latest_explicit_date_ignores_relative_phrases_and_months() -> None:
    assert latest_explicit_date("Kemarin, Januari 2022, harga naik.") is None
