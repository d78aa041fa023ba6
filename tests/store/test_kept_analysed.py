"""Store.keeping_analysed: a run's reads of analysed articles are served again from memory, never stale."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from telisik import api
from telisik.models import Extraction
from telisik.settings import Settings
from telisik.store import Store
from tests.test_pipeline import write_corpus


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """The SQL statements the store sends while the block runs."""
    seen: list[str] = []

    def note(conn: object, cursor: object, statement: str, *args: object) -> None:
        seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", note)


def analysed_store(store: Store, tmp_path: Path, count: int = 4) -> list[int]:
    api.ingest(store, [str(write_corpus(tmp_path, count))], Settings())
    api.run(store)
    return store.article_ids()


def test_kept_articles_are_served_without_a_query(store: Store, tmp_path: Path) -> None:
    ids = analysed_store(store, tmp_path)
    with store.keeping_analysed():
        first = store.load_analysed_many(ids[:3])
        with statements(store) as seen:
            again = store.load_analysed_many(list(reversed(ids[:3])))
        assert seen == []
        assert again == list(reversed(first))
        with statements(store) as seen:
            mixed = store.load_analysed_many(ids)  # one new id: only it is read
        assert seen and [m.article.id for m in mixed] == ids
    with statements(store) as seen:  # outside the block, the store reads again
        store.load_analysed_many(ids[:1])
    assert seen


def test_saving_an_extraction_drops_the_kept_copy(store: Store, tmp_path: Path) -> None:
    ids = analysed_store(store, tmp_path, 2)
    with store.keeping_analysed():
        before = store.load_analysed(ids[0])
        assert before.extraction.entities  # the test needs something to take away
        store.save_extraction(dataclasses.replace(before.extraction, entities=()))
        after = store.load_analysed(ids[0])
        assert after.extraction.entities == ()
        store.save_article(dataclasses.replace(after.article, title="Judul baru"))
        assert store.load_analysed(ids[0]).article.title == "Judul baru"
        assert store.load_analysed(ids[1]).extraction != Extraction(article_id=ids[1])


def test_the_first_articles_read_are_kept(store: Store, tmp_path: Path) -> None:
    """A second pass in the same order over more articles than are kept still finds the first ones."""
    ids = analysed_store(store, tmp_path, 3)
    with store.keeping_analysed(most=2):
        for i in ids:  # the first pass: ids[2] is read when the memory is full
            store.load_analysed(i)
        with statements(store) as seen:
            store.load_analysed_many(ids[:2])
        assert seen == []
        with statements(store) as seen:
            assert store.load_analysed(ids[2]).article.id == ids[2]
        assert seen
