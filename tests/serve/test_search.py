"""Stemmed search: query and text reduced to the same stems, the index kept in step with the articles."""

from __future__ import annotations

from dataclasses import replace

import pytest

from telisik import api
from telisik.serve import search
from telisik.store import Store


@pytest.mark.parametrize(
    ("word", "stem"),
    [("pembangunan", "bangun"), ("bangunan", "bangun"), ("membangun", "bangun"), ("pemerintahan", "perintah"),
     ("diserang", "serang"), ("gedung-gedung", "gedung")],
)
def test_inflected_forms_share_a_stem(word: str, stem: str) -> None:
    assert search.stem_text(word) == stem


def test_query_terms_drop_syntax_and_duplicates() -> None:
    assert search.query_terms('Pembangunan "bangun" OR NEAR(*)') == ["bangun", "or", "near"]
    assert search.query_terms("  ") == []
    assert len(search.query_terms(" ".join(f"kata{i}" for i in range(50)))) == search.MAX_QUERY_TERMS


# The search index is a dialect's own (FTS5 tables, PostgreSQL text search): both are tested.
on_both_backends = pytest.mark.parametrize("store", ["sqlite", "postgresql"], indirect=True)


def _add(store: Store, doc_id: str, text: str) -> int:
    _, article_id = store.add_document(api.raw_from_text(text, doc_id=doc_id, lang="id"))
    api.run(store)
    return article_id


@on_both_backends
def test_bangun_finds_pembangunan(store: Store) -> None:
    wanted = _add(store, "a", "Pemerintah mengumumkan pembangunan jembatan baru di Surabaya pada Senin.")
    _add(store, "b", "Harga beras naik di pasar tradisional Medan pekan ini.")
    assert search.search(store, "bangun", 10, 0, fresh=True) == (1, [wanted])
    assert search.search(store, "Membangun jembatan", 10, 0) == (1, [wanted])
    assert search.search(store, "bangun beras", 10, 0) == (0, [])


@on_both_backends
def test_changed_text_is_reindexed(store: Store) -> None:
    article_id = _add(store, "a", "Pembangunan jembatan dimulai.")
    assert search.search(store, "jembatan", 10, 0, fresh=True)[0] == 1
    article = store.load_article(article_id)
    store.save_article(replace(article, text="Banjir melanda kota."))
    assert search.search(store, "jembatan", 10, 0)[0] == 0  # the trigger dropped the stale row at once
    assert search.search(store, "banjir", 10, 0) == (0, [])  # not yet stemmed: looked less than a moment ago
    assert search.search(store, "banjir", 10, 0, fresh=True) == (1, [article_id])


@on_both_backends
def test_pages_of_results(store: Store) -> None:
    ids = [_add(store, str(i), f"Pembangunan gedung nomor {i} selesai.") for i in range(5)]
    total, first = search.search(store, "bangun", 2, 0, fresh=True)
    _, rest = search.search(store, "bangun", 10, 2)
    assert total == 5 and len(first) == 2 and sorted(first + rest) == ids
