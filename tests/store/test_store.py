"""The store: idempotent ingest, versions, stage bookkeeping, round trips of every record."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from telisik.errors import StoreError
from telisik.models import (
    Article,
    Assignment,
    Claim,
    ClaimGroup,
    ClaimRef,
    CitedSentence,
    Comparison,
    DateMention,
    Dateline,
    EntityMention,
    Extraction,
    Flag,
    IngestFailure,
    LanguageSpan,
    NumberMention,
    PublishedDate,
    Quote,
    RawDocument,
    Sentence,
    SourceFormat,
    Span,
    Stage,
    StageResult,
    Status,
    Summary,
    TimelineEntry,
    Verdict,
)
from telisik.store import Store


def raw(key: str = "file:/1.txt", content_hash: str = "h1", body: str = "Teks berita.") -> RawDocument:
    return RawDocument(key, content_hash, SourceFormat.TEXT, body, origin=key.removeprefix("file:"))


def article(article_id: int, text: str = "Delapan orang tewas. Sebanyak 317 orang terluka.") -> Article:
    return Article(
        id=article_id,
        version=1,
        source_key=f"file:/{article_id}.txt",
        text=text,
        lang="id",
        outlet="Bisnis.com",
        published=PublishedDate(date(2022, 1, 6), True, "text: Kamis (6/1)", 3, 14),
        dateline=Dateline("Bisnis.com", "Jakarta", "Bisnis.com, JAKARTA--"),
        sentences=(Sentence(0, 20), Sentence(21, len(text))),
        lang_confidence=0.93,
        paragraph_languages=(LanguageSpan(0, len(text), "id", 0.93),),
        detected_lang="id",
    )


def test_same_content_twice_is_one_article(store: Store) -> None:
    assert store.add_document(raw()) == ("added", 1)
    assert store.add_document(raw()) == ("unchanged", 1)
    assert store.counts()["articles"] == 1
    assert store.counts()["versions"] == 1


def test_new_content_at_same_key_is_a_new_version(store: Store) -> None:
    store.add_document(raw(content_hash="h1"))
    store.save_article(article(1))
    assert store.pending_articles(Stage.NORMALISE) == []
    assert store.add_document(raw(content_hash="h2", body="Teks berita, diperbarui.")) == ("updated", 1)
    assert [v for v, _, _ in store.article_versions(1)] == [1, 2]
    loaded, version = store.load_raw(1)
    assert (loaded.body, version) == ("Teks berita, diperbarui.", 2)
    # The new version must go through the stages again.
    assert store.pending_articles(Stage.NORMALISE) == [1]


def test_same_content_at_another_key_is_not_duplicated(store: Store) -> None:
    store.add_document(raw("file:/1.txt", "same"))
    assert store.add_document(raw("file:/copy-of-a.txt", "same")) == ("unchanged", 1)


def test_ingest_failure_is_recorded_and_cleared_by_success(store: Store) -> None:
    store.record_ingest_failure(IngestFailure("/1.txt", "E101", "empty"))
    failed = store.results(Stage.INGEST, Status.FAILED)
    assert [(r.item, r.code) for r in failed] == [("/1.txt", "E101")]
    store.add_document(raw("file:/1.txt"))
    assert store.results(Stage.INGEST, Status.FAILED) == []


def test_article_round_trip(store: Store) -> None:
    store.add_document(raw())
    store.save_article(article(1))
    assert store.load_article(1) == article(1)


def test_missing_article_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no article 42"):
        store.load_article(42)


def extraction(article_id: int) -> Extraction:
    return Extraction(
        article_id=article_id,
        dates=(DateMention("Kamis (6/1)", 0, 11, date(2022, 1, 6)),
               DateMention("pagi ini", 12, 20, datetime(2022, 1, 6, 6), "part-of-day", relative=True),
               DateMention("6-17 Mei 2021", 21, 34, date(2021, 5, 6), value_end=date(2021, 5, 17))),
        numbers=(NumberMention("lebih dari 300", 21, 35, 301, None),),
        entities=(EntityMention("Tokayev", 36, 43, "PER", "Kassym-Jomart Tokayev"),),
        claims=(Claim("killed", 8, 8, 0, 7, "Delapan", subject="orang", source_chain=("Kementerian Dalam Negeri", "Kazakh"), sentence_end=20, confidence=0.8),),
        quotes=(Quote("Almaty diserang", 44, 59, "Tokayev", "kata", ("TheGuardian",)),),
        flags=(Flag("weekday-mismatch", "Rabu (6/1): 6/1 is a Thursday", 0, 4, 6, 10),),
    )


def test_extraction_round_trip_and_rewrite(store: Store) -> None:
    store.add_document(raw())
    store.save_article(article(1))
    store.save_extraction(extraction(1))
    assert store.load_extraction(1) == extraction(1)
    store.save_extraction(Extraction(1))  # re-running replaces, never appends
    assert store.load_extraction(1) == Extraction(1)


def two_article_story(store: Store) -> None:
    for i in (1, 2):
        store.add_document(raw(f"file:/{i}.txt", f"h{i}"))
        store.save_article(article(i))
        store.save_extraction(extraction(i))
    store.save_assignment(Assignment(1, 7, True, 0.0, "new story"))
    store.save_assignment(Assignment(2, 7, False, 0.5, "joined story 7"))


def test_articles_load_together_as_they_load_one_by_one(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import telisik.store.store as store_module

    for i in (1, 2, 3):
        store.add_document(raw(f"file:/{i}.txt", f"h{i}"))
        store.save_article(article(i, text=f"Artikel {i}. Delapan orang tewas."))
    store.save_extraction(extraction(1))
    store.save_extraction(extraction(3))  # article 2 keeps an empty extraction
    one_by_one = [store.load_analysed(i) for i in (3, 1, 2)]
    assert one_by_one[0].extraction == extraction(3) and one_by_one[2].extraction == Extraction(2)
    assert store.load_analysed_many([3, 1, 2, 42]) == one_by_one  # the order asked; 42 is not stored
    monkeypatch.setattr(store_module, "IN_LIST_MAX", 2)  # long lists are read in chunks
    assert store.load_analysed_many([3, 1, 2]) == one_by_one
    with pytest.raises(StoreError, match="no article 42"):
        store.load_analysed(42)


def test_assignment_creates_story_and_lists_it(store: Store) -> None:
    two_article_story(store)
    assert store.story_memberships() == [(1, 7), (2, 7)]
    [listing] = store.list_stories()
    assert listing.id == 7 and [a.id for a in listing.articles] == [1, 2]
    assert listing.articles[0].lead == "Delapan orang tewas."
    assert store.pending_stories(Stage.RECONCILE) == [7]


def test_comparison_and_summary_round_trip(store: Store) -> None:
    two_article_story(store)
    claim = extraction(1).claims[0]
    refs = (ClaimRef(1, "Bisnis.com", date(2022, 1, 6), claim), ClaimRef(2, "Bisnis.com", date(2022, 1, 6), claim))
    comparison = Comparison(7, (ClaimGroup("killed", Verdict.AGREE, refs, 1, "all report 8", 8, 8),))
    store.save_comparison(comparison)
    assert store.load_comparison(7) == comparison
    summary = Summary(
        7,
        (CitedSentence("Delapan orang tewas.", (Span(1, 0, 20),)),),
        (TimelineEntry(date(2022, 1, 6), "Delapan orang tewas.", (Span(1, 0, 20),)),),
    )
    store.save_summary(summary)
    assert store.load_summary(7) == summary
    assert store.pending_stories(Stage.RECONCILE) == [] and store.pending_stories(Stage.SUMMARISE) == []


def test_a_story_that_gains_an_article_is_compared_again(store: Store) -> None:
    two_article_story(store)
    store.save_comparison(Comparison(7))
    store.add_document(raw("file:/3.txt", "h3"))
    store.save_article(article(3))
    store.save_assignment(Assignment(3, 7, False, 0.4, "joined story 7"))
    assert store.pending_stories(Stage.RECONCILE) == [7]


def test_comparison_of_an_unstored_claim_is_refused(store: Store) -> None:
    two_article_story(store)
    stray = Claim("injured", 1, 1, 500, 501, "1")
    group = ClaimGroup("injured", Verdict.SINGLE, (ClaimRef(1, None, None, stray),), 1, "one")
    with pytest.raises(StoreError, match="not stored"):
        store.save_comparison(Comparison(7, (group,)))


def test_reset_from_cluster_forgets_stories_but_keeps_extractions(store: Store) -> None:
    two_article_story(store)
    store.reset_from(Stage.CLUSTER)
    assert store.list_stories() == []
    assert store.pending_articles(Stage.CLUSTER) == [1, 2]
    assert store.pending_articles(Stage.EXTRACT) == []


def test_failed_result_keeps_item_pending(store: Store) -> None:
    store.add_document(raw())
    store.record(StageResult(Stage.NORMALISE, "article:1", Status.FAILED, "E201", "no text"))
    assert store.pending_articles(Stage.NORMALISE) == [1]
    assert store.pending_articles(Stage.EXTRACT) == []


def test_full_text_search_finds_normalised_text(store: Store) -> None:
    store.add_document(raw())
    store.save_article(article(1))
    assert store.search_articles("terluka") == [1]
    assert store.search_articles("gempa") == []


@pytest.mark.parametrize("store", ["sqlite"], indirect=True)
def test_sqlite_runs_in_wal_mode_with_foreign_keys(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_unopenable_database_is_a_store_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="cannot open database"):
        Store.open(f"sqlite:///{tmp_path}/missing-dir/x.db")


@pytest.mark.parametrize("query", ['"', "terluka AND", "NEAR(", "*", "-x"])
def test_search_never_reads_user_text_as_query_syntax(store: Store, query: str) -> None:
    store.add_document(raw())
    store.save_article(article(1))
    assert store.search_articles(query) == []


def test_unchanged_document_writes_nothing(store: Store) -> None:
    def rows() -> list[tuple]:
        with store.engine.connect() as conn:
            return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM stage_results")]

    store.add_document(raw())
    before = rows()
    store.add_document(raw())
    assert rows() == before and len(before) == 1
