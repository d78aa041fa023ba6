"""A timeline entry keeps how much of its date the text gave: "Rabu (5/1) malam" is that evening, not 19:00."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from telisik.language.dates import find_dates
from telisik.models import Comparison, Span, Summary, TimelineEntry
from telisik.serialise import when_label
from telisik.store import Store
from telisik.summarise import summarise
from tests.store.test_migrations import database_before
from tests.store.test_store import two_article_story
from tests.summarise.test_summarise import member

TEXT = ("Pengunjuk rasa menyerbu kantor wali kota Almaty pada Rabu (5/1) malam. "
        "Presiden mengumumkan keadaan darurat pada Januari 2022. "
        "Pasukan tiba di bandara pada Kamis (6/1) pukul 10.30 WIB.")


def test_labels_say_only_what_the_text_gave() -> None:
    evening = datetime(2022, 1, 5, 19)
    assert when_label(evening, "part-of-day") == "2022-01-05 evening"
    assert when_label(datetime(2022, 1, 5, 2), "part-of-day") == "2022-01-05 before dawn"
    assert when_label(datetime(2022, 1, 6, 10, 30), "minute") == "2022-01-06 10:30"
    assert when_label(datetime(2022, 1, 6, 10), "hour") == "2022-01-06 10:00"
    assert when_label(date(2022, 1, 5), "day") == "2022-01-05"
    assert when_label(evening, "day") == "2022-01-05"
    assert when_label(date(2022, 1, 1), "month") == "2022-01"
    assert when_label(date(2022, 1, 1), "year") == "2022"


def test_the_timeline_keeps_each_dates_granularity() -> None:
    mentions = tuple(find_dates(TEXT, "id", date(2022, 1, 7)))
    summary = summarise(1, [member(1, TEXT, mentions)], Comparison(1))
    labels = {entry.text.split()[0]: when_label(entry.when, entry.granularity) for entry in summary.timeline}
    assert labels == {"Presiden": "2022-01", "Pengunjuk": "2022-01-05 evening", "Pasukan": "2022-01-06 10:30"}


@pytest.mark.parametrize("store", ["sqlite", "postgresql"], indirect=True)
def test_granularity_round_trips_through_the_store(store: Store) -> None:
    two_article_story(store)
    summary = Summary(7, (), (TimelineEntry(datetime(2022, 1, 5, 19), "Malam itu.", (Span(1, 0, 10),), "part-of-day"),
                              TimelineEntry(date(2022, 1, 6), "Kamis.", (Span(2, 0, 6),))))
    store.save_summary(summary)
    assert store.load_summary(7) == summary


def test_migration_16_adds_the_column_and_older_entries_read_as_days(tmp_path: Path) -> None:
    store = database_before(tmp_path / "old.db", 16, "ALTER TABLE timeline_entries DROP COLUMN granularity")
    assert "granularity" in {c["name"] for c in sa.inspect(store.engine).get_columns("timeline_entries")}
    two_article_story(store)
    entry = TimelineEntry(datetime(2022, 1, 5, 19), "Malam itu.", (Span(1, 0, 10),), "part-of-day")
    store.save_summary(Summary(7, (), (entry,)))
    assert store.load_summary(7).timeline == (entry,)
    store.close()


def test_machine_readable_dates_are_cut_to_the_same_precision() -> None:
    from telisik.serialise import iso_to_precision

    assert iso_to_precision("2022-01-05T19:00:00", "part-of-day") == "2022-01-05"
    assert iso_to_precision("2022-01-06T10:30:00+07:00", "minute") == "2022-01-06T10:30:00+07:00"
    assert iso_to_precision("2017-06-01", "month") == "2017-06" and iso_to_precision("2017-01-01", "year") == "2017"
