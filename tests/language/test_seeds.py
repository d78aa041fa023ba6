"""The seed articles' dates, as ../shared/seeds/EXPECTED.md lists them, read from examples/seeds/."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from telisik.language.dates import find_dates, weekday_mismatches
from telisik.language.publication import infer_publication_date
from telisik.normalise.dateline import find_dateline

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"


def body(name: str) -> str:
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = find_dateline(text)
    assert found is not None
    return text[found.body_start :].strip()


def test_seed_000() -> None:
    text = body("000_be1e1360af6a3b1b.txt")
    published = infer_publication_date(text, "id", not_after=date(2026, 1, 1))
    assert published is not None and (published.value, published.text) == (date(2022, 1, 6), "Kamis, 6 Januari 2022")
    dates = [(m.text, m.value) for m in find_dates(text, "id", published.value)]
    assert dates.count(("Rabu (5/1)", date(2022, 1, 5))) == 2
    assert ("sejak awal tahun", date(2022, 1, 1)) in dates
    assert ("semalam", datetime(2022, 1, 5, 19)) in dates
    (mismatch,) = weekday_mismatches(text, "id", published.value)
    assert mismatch.mention.text == "Rabu (6/1)"


def test_seed_003() -> None:
    text = body("003_1d4965f39a87b8fe.txt")
    published = infer_publication_date(text, "id", not_after=date(2026, 1, 1))
    assert published is not None and (published.value, published.text) == (date(2022, 1, 6), "Kamis (6/1)")
    dates = [(m.text, m.value) for m in find_dates(text, "id", published.value)]
    assert ("pagi ini", datetime(2022, 1, 6, 6)) in dates
    assert ("Rabu malam", datetime(2022, 1, 5, 19)) in dates
    assert ("hari sebelumnya", date(2022, 1, 5)) in dates
    assert weekday_mismatches(text, "id", published.value) == []
