"""Story events (issue 6, migration 10): saved with the comparison and read back unchanged."""

from __future__ import annotations

from datetime import date, datetime

from telisik.models import Comparison, EventGroup, EventMention, Verdict
from telisik.store import Store
from tests.store.test_store import two_article_story


def test_events_round_trip_with_the_comparison(store: Store) -> None:
    two_article_story(store)
    mentions = (
        EventMention(1, "Mata Indonesia", "attack", 1, "mayors-office", "menyerbu", 10, 18, 0, 60, date(2022, 1, 5)),
        EventMention(2, "Bisnis.com", "attack", 2, "mayors-office", "menguasai kembali", 5, 22, 0, 40,
                     datetime(2022, 1, 6, 9, 0)),
        EventMention(2, None, "attack", 1, "mayors-office", "dibakar", 30, 37, 0, 40, None),
    )
    comparison = Comparison(7, events=(EventGroup("attack", "mayors-office", Verdict.UPDATE, mentions, "later"),))
    store.save_comparison(comparison)
    assert store.load_comparison(7) == comparison
    store.save_comparison(Comparison(7))  # a new comparison replaces the events
    assert store.load_comparison(7).events == ()
