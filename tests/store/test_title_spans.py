"""Claims read from a title, and summary citations of a title (migration 11): the ``field``
of a span survives the store, and rows written before it read back as text spans."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import sqlalchemy as sa

from telisik.models import CitedPart, CitedSentence, Claim, ClaimGroup, ClaimRef, Comparison, Span, Summary, Verdict
from telisik.store import Store, schema
from tests.store.test_migrations import database_before
from tests.store.test_store import article, extraction, raw, two_article_story

# The title claim has the same kind and offsets as the text claim: only its field tells them apart.
TITLE_CLAIM = Claim("killed", 8, 8, 0, 7, "Delapan", subject="orang", sentence_end=20, field="title")


def with_title_claim(article_id: int) -> tuple[Claim, Claim]:
    text_claim = extraction(article_id).claims[0]
    return TITLE_CLAIM, replace(text_claim, start=0, end=7)


def test_title_claims_and_quantities_round_trip(store: Store) -> None:
    store.add_document(raw())
    store.save_article(article(1))
    quantity = Claim("quantity", 5, 5, 9, 13, "lima", subject="pesawat", sentence_end=30, field="title")
    saved = replace(extraction(1), claims=with_title_claim(1), quantities=(quantity,))
    store.save_extraction(saved)
    loaded = store.load_extraction(1)
    assert loaded == saved
    assert [c.field for c in loaded.claims] == ["title", "text"] and loaded.quantities[0].field == "title"


def test_a_comparison_keeps_title_and_text_claims_of_one_article_apart(store: Store) -> None:
    two_article_story(store)
    title_claim, text_claim = with_title_claim(1)
    store.save_extraction(replace(extraction(1), claims=(title_claim, text_claim)))
    refs = (ClaimRef(1, "Bisnis.com", date(2022, 1, 6), title_claim), ClaimRef(1, "Bisnis.com", date(2022, 1, 6), text_claim))
    comparison = Comparison(7, (ClaimGroup("killed", Verdict.AGREE, refs, 1, "all report 8", 8, 8),))
    store.save_comparison(comparison)
    assert [r.claim.field for r in store.load_comparison(7).groups[0].claims] == ["title", "text"]


def test_summary_citations_of_a_title_round_trip(store: Store) -> None:
    two_article_story(store)
    summary = Summary(7, (
        CitedSentence("Delapan orang tewas", (Span(1, 0, 19, "title"), Span(2, 0, 19))),
        CitedSentence("8 tewas menurut kedua media", (), "statement",
                      (CitedPart("Delapan", Span(1, 0, 7, "title")), CitedPart("Delapan", Span(2, 0, 7)))),
    ), ())
    store.save_summary(summary)
    assert store.load_summary(7) == summary


def test_citations_stored_before_titles_were_citable_read_as_text(store: Store) -> None:
    two_article_story(store)
    store.save_summary(Summary(7, (CitedSentence("Delapan orang tewas.", (Span(1, 0, 20, "title"),)),), ()))
    with store.engine.begin() as conn:  # a row as an older telisik wrote it: three numbers per span
        conn.execute(schema.summary_sentences.update().values(citations=[[1, 0, 20]]))
    assert store.load_summary(7).sentences[0].citations == (Span(1, 0, 20),)


def test_migration_11_adds_the_field_columns_to_an_older_database(tmp_path: Path) -> None:
    store = database_before(tmp_path / "old.db", 11, "ALTER TABLE claims DROP COLUMN field",
                            "ALTER TABLE quantities DROP COLUMN field")
    for table in ("claims", "quantities"):
        assert "field" in {c["name"] for c in sa.inspect(store.engine).get_columns(table)}
    store.add_document(raw())
    store.save_article(article(1))
    saved = replace(extraction(1), claims=with_title_claim(1))
    store.save_extraction(saved)
    assert store.load_extraction(1) == saved
    store.close()
