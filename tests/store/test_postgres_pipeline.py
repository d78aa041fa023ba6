"""The same corpus gives the same stories on PostgreSQL as on SQLite: the whole pipeline, then every view."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from telisik import api
from telisik.serve import search
from telisik.settings import Settings
from telisik.store import Store
from tests.conftest import EXAMPLES, SEEDS, open_store


DEMO = (SEEDS, EXAMPLES / "indosum-sample.jsonl")


def analysed(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest, parallel: Any = None, sources: Sequence[Path] = DEMO
) -> Store:
    """``sources`` (the demo corpus: the seeds and the IndoSum sample) through the whole pipeline, in a new store."""
    store = open_store(backend, tmp_path, request)
    api.ingest(store, [str(source) for source in sources], Settings())
    assert api.run(store, parallel=parallel).failed == 0
    return store


def _article(store: Store, article_id: int) -> dict[str, Any]:
    """An article's view, without the moments its versions were ingested (two runs, two clocks)."""
    view = api.article(store, article_id)
    for version in view["versions"]:
        assert version.pop("ingested_at").endswith("+00:00")  # read back in UTC on both backends
    return view


def views(store: Store) -> dict[str, Any]:
    """Everything a reader sees of a store: the story list, each story and article, a search."""
    listing = api.stories(store)
    return {
        "stories": listing,
        "details": [api.story(store, item["id"]) for item in listing],
        "articles": [_article(store, article_id) for article_id in store.article_ids()],
        "search": search.search(store, "Almaty", 20, 0, fresh=True),
    }


def test_the_demo_corpus_reads_the_same_on_both_backends(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    on_sqlite = analysed("sqlite", tmp_path, request)
    on_postgres = analysed("postgresql", tmp_path, request)
    try:
        sqlite_views, postgres_views = views(on_sqlite), views(on_postgres)
        assert len(sqlite_views["stories"]) == 41
        assert sqlite_views["search"][0] >= 2  # both seed articles are about Almaty
        for key in sqlite_views:
            assert postgres_views[key] == sqlite_views[key], key
    finally:
        on_sqlite.close()
        on_postgres.close()


def test_a_libpq_url_gets_the_installed_driver(postgres_server: str) -> None:
    libpq_url = postgres_server.replace("postgresql+psycopg://", "postgresql://")
    store = Store.open(libpq_url)
    try:
        assert store.engine.dialect.driver == "psycopg"
    finally:
        store.close()


def test_an_unsupported_database_is_refused(tmp_path: Path) -> None:
    from telisik.errors import StoreError

    with pytest.raises(StoreError, match="SQLite or PostgreSQL"):
        Store.open("mysql+pymysql://nobody@127.0.0.1:1/none")


def test_the_cli_runs_on_a_postgres_url(postgres_server: str) -> None:
    import json

    from click.testing import CliRunner

    from telisik.cli.main import cli
    from tests import pgserver

    db = pgserver.fresh_schema_url(postgres_server).replace("postgresql+psycopg://", "postgresql://")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(SEEDS), "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["run", "--db", db]).exit_code == 0
    again = runner.invoke(cli, ["ingest", str(SEEDS), "--db", db])
    assert again.exit_code == 0 and "2 unchanged" in again.output
    [story] = json.loads(runner.invoke(cli, ["stories", "--json", "--db", db]).output)["stories"]
    assert {a["outlet"] for a in story["articles"]} == {"Mata Indonesia", "Bisnis.com"}


def test_an_unreachable_server_is_one_line_without_the_password() -> None:
    from telisik.errors import StoreError

    with pytest.raises(StoreError) as refused:
        Store.open("postgresql://telisik:rahasia@127.0.0.1:1/news")
    message = str(refused.value)
    assert "rahasia" not in message and "telisik:***@127.0.0.1:1/news" in message
    assert "\n" not in message and "server is running" in message
