"""Story entities (issue 4) round-trip through the store with the comparison."""

from __future__ import annotations

import sqlalchemy as sa

from telisik.models import CanonicalEntity, Comparison, Span
from telisik.store import Store

from tests.store.test_store import two_article_story


def _story(store: Store) -> None:
    two_article_story(store)


ENTITIES = (
    CanonicalEntity("Kassym-Jomart Tokayev", "PER", ("Tokayev", "Tokayeva"), (Span(1, 0, 7), Span(2, 3, 11))),
    CanonicalEntity("Russia", "LOC", ("Rusia",), (Span(1, 20, 25),), "country", "RU", 55.75, 37.62),
    CanonicalEntity("Jakarta", "LOC", (), (), "city", "ID", -6.21, 106.85, dateline_of=(2,)),
    CanonicalEntity("Interfax", "ORG", (), (Span(2, 30, 38),), "media"),
)


def test_entities_round_trip_with_the_comparison(store: Store) -> None:
    _story(store)
    store.save_comparison(Comparison(7, entities=ENTITIES))
    assert store.load_comparison(7) == Comparison(7, entities=ENTITIES)
    assert store.load_story_entities(7) == ENTITIES


def test_saving_again_replaces_the_entities(store: Store) -> None:
    _story(store)
    store.save_comparison(Comparison(7, entities=ENTITIES))
    store.save_comparison(Comparison(7, entities=ENTITIES[:1]))
    assert store.load_story_entities(7) == ENTITIES[:1]
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM story_entities")).scalar() == 1
