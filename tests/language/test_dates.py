"""find_dates, infer_publication_date and weekday_mismatches: the forms of issue 3, the seeds, the edge cases.

The large tables of real phrases are in test_date_phrases.py.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from telisik.language.dates import find_dates, weekday_mismatches
from telisik.language.publication import infer_publication_date, latest_explicit_date

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
    ("Kamis (18 / 8 / 2016) malam", "id", ("Kamis (18 / 8 / 2016) malam", datetime(2016, 8, 18, 19), "part-of-day")),
    ("Puncaknya, pada Rabu (5/1), di mana", "id", ("Rabu (5/1)", date(2022, 1, 5), "day")),
    ("seperti dikutip TheGuardian, Kamis (6/1).", "id", ("Kamis (6/1)", date(2022, 1, 6), "day")),
    ("terjadi (6/1) siang", "id", ("(6/1) siang", datetime(2022, 1, 6, 12), "part-of-day")),
    ("sejak Senin pagi (3 / 1)", "id", ("Senin pagi (3 / 1)", datetime(2022, 1, 3, 6), "part-of-day")),
    ("pada (28/12) lalu", "id", ("(28/12) lalu", date(2021, 12, 28), "day")),
    ("pada (7/1) dini hari", "id", ("(7/1) dini hari", datetime(2022, 1, 7, 2), "part-of-day")),
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
    ("sejak Senin pekan ini", "id", ("Senin pekan ini", date(2022, 1, 3), "day")),
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
    ["dalam dua minggu", "rabu depan", "pukul 11.41 WIB", "skor 3/4 babak", "(31/2)", "beberapa pekan lalu",
     "tahun-tahun mendatang", "a couple years ago", "27 Agus Nova"],
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


def test_a_day_ahead_weighs_more_than_a_day_back() -> None:
    # 8 January is two days after the reference: nearer than 8 January of the year before
    (mention,) = find_dates("pada (8/1)", "id", REFERENCE)
    assert mention.value == date(2022, 1, 8)
    (mention,) = find_dates("pada (20/1)", "id", REFERENCE)  # 14 days ahead weigh 42 days back: still ahead
    assert mention.value == date(2022, 1, 20)
    (mention,) = find_dates("pada (30/6)", "id", REFERENCE)
    assert mention.value == date(2021, 6, 30)


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
    (mismatch,) = weekday_mismatches(SEED_000, "id", REFERENCE)
    assert (mismatch.mention.text, mismatch.written, mismatch.written_value) == ("Rabu (6/1)", "Rabu", date(2022, 1, 6))
    assert SEED_000[mismatch.weekday_start : mismatch.weekday_end] == "Rabu"
    assert SEED_000[mismatch.date_start : mismatch.date_end] == "(6/1)"
    # 6 January is also "Kamis, 6 Januari 2022" in the same text: the date part is trusted
    assert (mismatch.trusted, mismatch.mention.value) == ("date", date(2022, 1, 6))


def test_seed_000_mismatch_found_from_the_year_in_the_text() -> None:
    assert [m.written for m in weekday_mismatches(SEED_000, "id")] == ["Rabu"]


def test_the_weekday_is_trusted_when_only_it_is_backed() -> None:
    text = "Protes pecah Rabu (5/1). Polisi datang sejak Rabu (6/1) malam."
    (mismatch,) = weekday_mismatches(text, "id", date(2022, 1, 7))
    assert mismatch.trusted == "weekday"
    assert mismatch.mention.value == datetime(2022, 1, 5, 19)
    assert [m.value for m in find_dates(text, "id", date(2022, 1, 7))] == [date(2022, 1, 5), datetime(2022, 1, 5, 19)]


def test_a_range_is_not_checked_against_its_weekday() -> None:
    assert weekday_mismatches("hari Sabtu, 29 - 30 September 2017", "id", date(2017, 9, 28)) == []


def test_seed_003_has_no_mismatch() -> None:
    assert weekday_mismatches(SEED_003, "id", REFERENCE) == []


def test_seed_000_publication_date() -> None:
    found = infer_publication_date(SEED_000, "id")
    assert found is not None
    assert (found.value, found.text, found.how) == (date(2022, 1, 6), "Kamis, 6 Januari 2022", "weekday and date")
    assert SEED_000[found.start : found.end] == "Kamis, 6 Januari 2022"
    assert latest_explicit_date(SEED_000, "id") == (date(2022, 1, 6), "Kamis, 6 Januari 2022")


def test_seed_003_publication_date_is_pinned_by_weekday_and_not_after() -> None:
    # no year anywhere: 6 January was a Thursday in 2011, 2022 and 2028
    found = infer_publication_date(SEED_003, "id", not_after=date(2025, 6, 1))
    assert found is not None and (found.value, found.text) == (date(2022, 1, 6), "Kamis (6/1)")
    assert SEED_003[found.start : found.end] == "Kamis (6/1)"
    found = infer_publication_date(SEED_003, "id", not_after=date(2021, 6, 1))
    assert found is not None and found.value == date(2011, 1, 6)


def test_inference_reads_no_clock() -> None:
    # without a year in the text or a not_after there is no evidence of the year: no answer
    assert infer_publication_date(SEED_003, "id") is None


def test_a_year_written_elsewhere_anchors_weekday_pairs() -> None:
    text = "Pada 2021 harga naik. Rapat digelar Jumat (12/3)."
    found = infer_publication_date(text)
    assert found is not None and (found.value, found.how) == (date(2021, 3, 12), "weekday and date")


def test_weekday_dates_outrank_other_explicit_dates() -> None:
    text = "Jakarta, Kamis (8/9/2016). Konser digelar pada 30 September 2016 mendatang."
    found = infer_publication_date(text)
    assert found is not None and found.value == date(2016, 9, 8)


def test_not_after_excludes_later_dates() -> None:
    text = "Rapat digelar 3 Maret 2021. Hasilnya diumumkan 12 Maret 2021."
    found = infer_publication_date(text, not_after=date(2021, 3, 10))
    assert found is not None and found.value == date(2021, 3, 3)


def test_a_weekday_alone_needs_not_after() -> None:
    text = "kata dia di Jakarta, Selasa. Ia menambahkan bahwa harga naik."
    assert infer_publication_date(text) is None
    found = infer_publication_date(text, not_after=date(2016, 9, 8))
    assert found is not None and (found.value, found.text, found.how) == (date(2016, 9, 6), "Selasa", "weekday alone")


def test_latest_explicit_date_uses_year_written_elsewhere() -> None:
    text = "Rapat digelar 3 Maret 2021. Hasilnya diumumkan Jumat (12/3)."
    assert latest_explicit_date(text) == (date(2021, 3, 12), "Jumat (12/3)")


def test_latest_explicit_date_ignores_relative_phrases_and_months() -> None:
    assert latest_explicit_date("Kemarin, Januari 2022, harga naik.") is None


# The forms issue 3 names, in the seeds' setting (reference Thursday 6 January 2022):
# phrase, lang, text, value, granularity, relative
ISSUE_FORMS = [
    ("pada 6 Januari 2022", "id", "6 Januari 2022", "2022-01-06", "day", False),
    ("tertanggal 06/01/2022", "id", "06/01/2022", "2022-01-06", "day", False),
    ("terbit 5 Jan 2022", "id", "5 Jan 2022", "2022-01-05", "day", False),
    ("Kamis, 6 Januari 2022.", "id", "Kamis, 6 Januari 2022", "2022-01-06", "day", False),
    ("pada Rabu (5/1), di mana", "id", "Rabu (5/1)", "2022-01-05", "day", True),
    ("pada Rabu (5/1/2022) malam", "id", "Rabu (5/1/2022) malam", "2022-01-05T19:00:00", "part-of-day", False),
    ("Rabu (5/1) pukul 21.30 WIB", "id", "Rabu (5/1) pukul 21.30 WIB", "2022-01-05T21:30:00+07:00", "minute", True),
    ("Kamis (6/1) pukul 08.00 WITA", "id", "Kamis (6/1) pukul 08.00 WITA", "2022-01-06T08:00:00+08:00", "minute", True),
    ("Kamis (6/1) pukul 10.00 WIT", "id", "Kamis (6/1) pukul 10.00 WIT", "2022-01-06T10:00:00+09:00", "minute", True),
    ("Kamis (6/1) dini hari", "id", "Kamis (6/1) dini hari", "2022-01-06T02:00:00", "part-of-day", True),
    ("hari ini", "id", "hari ini", "2022-01-06", "day", True),
    ("kemarin", "id", "kemarin", "2022-01-05", "day", True),
    ("kemarin lusa", "id", "kemarin lusa", "2022-01-04", "day", True),
    ("lusa", "id", "lusa", "2022-01-08", "day", True),
    ("besok", "id", "besok", "2022-01-07", "day", True),
    ("tadi pagi", "id", "tadi pagi", "2022-01-06T06:00:00", "part-of-day", True),
    ("tadi malam", "id", "tadi malam", "2022-01-05T19:00:00", "part-of-day", True),
    ("mengatakan pagi ini bahwa", "id", "pagi ini", "2022-01-06T06:00:00", "part-of-day", True),
    ("Pada Rabu malam, Perdana Menteri", "id", "Rabu malam", "2022-01-05T19:00:00", "part-of-day", True),
    ("sejak Senin lalu", "id", "Senin lalu", "2022-01-03", "day", True),
    ("terjadi Kamis lalu", "id", "Kamis lalu", "2021-12-30", "day", True),
    ("dua hari lalu", "id", "dua hari lalu", "2022-01-04", "day", True),
    ("seminggu yang lalu", "id", "seminggu yang lalu", "2021-12-30", "day", True),
    ("pekan lalu", "id", "pekan lalu", "2021-12-27", "week", True),
    ("bulan lalu", "id", "bulan lalu", "2021-12-01", "month", True),
    ("tahun lalu", "id", "tahun lalu", "2021-01-01", "year", True),
    ("protes sejak awal tahun lantaran", "id", "sejak awal tahun", "2022-01-01", "day", True),
    ("berlaku 1 Januari mendatang", "id", "1 Januari mendatang", "2023-01-01", "day", True),
    ("Jumat (31/12)", "id", "Jumat (31/12)", "2021-12-31", "day", True),
    ("sejak Januari 2022", "id", "Januari 2022", "2022-01-01", "month", False),
    ("officials said on Wednesday", "en", "Wednesday", "2022-01-05", "day", True),
    ("arraigned on Jan. 15", "en", "Jan. 15", "2022-01-15", "day", True),
    ("shot last Friday", "en", "last Friday", "2021-12-31", "day", True),
    ("seized yesterday", "en", "yesterday", "2022-01-05", "day", True),
    ("around 9 p.m. Sunday", "en", "9 p.m. Sunday", "2022-01-02T21:00:00", "hour", True),
    ("filed 1/15/2021", "en", "1/15/2021", "2021-01-15", "day", False),
    ("two days ago", "en", "two days ago", "2022-01-04", "day", True),
    ("next week", "en", "next week", "2022-01-10", "week", True),
]


@pytest.mark.parametrize(("phrase", "lang", "text", "value", "granularity", "relative"), ISSUE_FORMS,
                         ids=[row[0] for row in ISSUE_FORMS])
def test_issue_form(phrase: str, lang: str, text: str, value: str, granularity: str, relative: bool) -> None:
    (mention,) = find_dates(phrase, lang, REFERENCE)
    assert (mention.text, mention.value.isoformat(), mention.granularity, mention.relative) == (
        text, value, granularity, relative
    )


@pytest.mark.parametrize(
    ("phrase", "lang", "start", "end"),
    [
        ("pada 6-17 Mei 2021", "id", date(2021, 5, 6), date(2021, 5, 17)),
        ("selama 6 hingga 17 Mei 2021", "id", date(2021, 5, 6), date(2021, 5, 17)),
        ("pada 28 Desember - 3 Januari 2022", "id", date(2021, 12, 28), date(2022, 1, 3)),
        ("mulai 2 sampai 5 Januari", "id", date(2022, 1, 2), date(2022, 1, 5)),
        ("from Jan. 6-17, 2022", "en", date(2022, 1, 6), date(2022, 1, 17)),
    ],
)
def test_ranges_keep_both_ends(phrase: str, lang: str, start: date, end: date) -> None:
    (mention,) = find_dates(phrase, lang, REFERENCE)
    assert (mention.value, mention.value_end) == (start, end)


def test_year_roll_over_in_an_article_of_3_january() -> None:
    (mention,) = find_dates("Jumat (31/12) malam", "id", date(2022, 1, 3))
    assert mention.value == datetime(2021, 12, 31, 19)


def test_month_granularity_is_kept() -> None:
    assert [(m.value, m.granularity) for m in find_dates("sejak Mei 2021 dan tiga bulan lalu", "id", REFERENCE)] == [
        (date(2021, 5, 1), "month"), (date(2021, 10, 1), "month")
    ]


def test_a_clock_number_is_not_an_address() -> None:
    (mention,) = find_dates("on Saturday, Jan. 14 at 11439 60th Street", "en", date(2017, 1, 15))
    assert (mention.text, mention.value) == ("Saturday, Jan. 14", date(2017, 1, 14))


@pytest.mark.parametrize(
    ("phrase", "lang", "reference", "value"),
    [
        ("Clarksburg will host a vigil Thursday evening", "en", date(2013, 7, 26), datetime(2013, 8, 1, 19)),
        ("laga itu akan digelar Sabtu malam", "id", date(2017, 6, 1), datetime(2017, 6, 3, 19)),
        ("He was shot Friday. Police will update.", "en", date(2016, 10, 23), date(2016, 10, 21)),
    ],
)
def test_a_future_word_puts_a_bare_weekday_ahead(phrase: str, lang: str, reference: date, value: date) -> None:
    (mention,) = find_dates(phrase, lang, reference)
    assert mention.value == value
