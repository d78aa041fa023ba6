"""Claim subject spans and other quantities (issue 6a, migration 9): stored and read back unchanged."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa

from telisik.models import Claim, Extraction
from telisik.store import Store
from tests.store.test_migrations import database_before
from tests.store.test_store import article, extraction, raw


def with_quantities(article_id: int) -> Extraction:
    base = extraction(article_id)
    killed = replace(base.claims[0], subject_start=8, subject_end=13)
    quantities = (
        Claim("quantity", 5, 5, 21, 25, "lima", subject="pesawat", source_chain=("Kementerian",),
              sentence_start=21, sentence_end=47, subject_start=26, subject_end=33),
        Claim("quantity", 80, 80, 30, 39, "80 persen", unit="percent", subject="kursi", qualifier="lebih dari",
              sentence_start=21, sentence_end=47, subject_start=40, subject_end=45, confidence=0.5),
    )
    return replace(base, claims=(killed,), quantities=quantities)


def test_quantities_and_subject_spans_round_trip(store: Store) -> None:
    store.add_document(raw())
    store.save_article(article(1))
    store.save_extraction(with_quantities(1))
    assert store.load_extraction(1) == with_quantities(1)
    assert store.counts()["claims"] == 1  # quantities are not casualty claims
    store.save_extraction(extraction(1))  # re-running replaces, quantities included
    assert store.load_extraction(1).quantities == ()


def test_migration_9_adds_the_table_and_columns_to_an_older_database(tmp_path: Path) -> None:
    store = database_before(tmp_path / "old.db", 9, "DROP TABLE quantities", "ALTER TABLE claims DROP COLUMN subject_start",
                            "ALTER TABLE claims DROP COLUMN subject_end")
    columns = {c["name"] for c in sa.inspect(store.engine).get_columns("claims")}
    assert {"subject_start", "subject_end"} <= columns
    assert sa.inspect(store.engine).has_table("quantities")
    store.add_document(raw())
    store.save_article(article(1))
    store.save_extraction(with_quantities(1))
    assert store.load_extraction(1) == with_quantities(1)
    store.close()
