"""Versioned schema migrations.

A new database is built from :mod:`telisik.store.schema` in one go and stamped
with the newest version; an existing database gets, in order, each migration
newer than the version it records. So every change to ``schema.py`` comes with
a migration here that brings an older database to the same shape, and
``tests/store/test_migrations.py`` checks that both roads meet.

A migration that makes what ``create_all`` cannot (a dialect's own index, a
trigger) sets ``on_fresh=True`` so it also runs on a new database; one that
adds tables or columns already in ``schema.py`` leaves it False.

Dialect-specific objects live in migrations that look at the dialect: SQLite's
FTS5 tables (migrations 2 and 6), PostgreSQL's text-search indexes (migration 15).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import sqlalchemy as sa

from telisik.store import schema


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sa.Connection], None]
    on_fresh: bool = False  # run on a new database too (objects create_all does not make)


def _create_tables(conn: sa.Connection) -> None:
    schema.metadata.create_all(conn)


FTS_STATEMENTS = (
    # An external-content FTS5 table: the text lives once, in `articles`.
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
)


def _create_fulltext_index(conn: sa.Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for statement in FTS_STATEMENTS:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


# The stemmed search index (issue 8): title and text reduced to Indonesian stems
# (`pembangunan` → `bangun`) so a search finds every form of a word. SQLite
# cannot stem, so the rows are written from Python (telisik.serve.search); the
# triggers only drop an article's row when its text changes or it goes, and the
# indexer fills in every article that has no row.
STEM_FTS_STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_stem_fts USING fts5("
    "title, text, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS articles_stem_fts_stale AFTER UPDATE OF title, text ON articles BEGIN "
    "DELETE FROM articles_stem_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS articles_stem_fts_delete AFTER DELETE ON articles BEGIN "
    "DELETE FROM articles_stem_fts WHERE rowid = old.id; END",
)


def _create_stemmed_index(conn: sa.Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for statement in STEM_FTS_STATEMENTS:
        conn.exec_driver_sql(statement)


# PostgreSQL's search (the same two searches as FTS5 above): an expression index over
# title and text, and a table of stemmed documents written from Python, emptied of
# an article's row by a trigger when its text changes (a row goes with its article
# by the foreign key). The "simple" configuration lower-cases and splits words but
# stems nothing, which is what both searches need: stems are made by telisik.
POSTGRES_SEARCH_STATEMENTS = (
    "CREATE INDEX IF NOT EXISTS articles_fulltext ON articles "
    "USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(\"text\", '')))",
    "CREATE TABLE IF NOT EXISTS articles_stem ("
    "article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, document tsvector NOT NULL)",
    "CREATE INDEX IF NOT EXISTS articles_stem_document ON articles_stem USING gin (document)",
    "CREATE OR REPLACE FUNCTION articles_stem_stale() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN DELETE FROM articles_stem WHERE article_id = OLD.id; RETURN NULL; END $$",
    "CREATE OR REPLACE TRIGGER articles_stem_stale AFTER UPDATE OF title, \"text\" ON articles "
    "FOR EACH ROW EXECUTE FUNCTION articles_stem_stale()",
)


def _create_postgres_search(conn: sa.Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for statement in POSTGRES_SEARCH_STATEMENTS:
        conn.exec_driver_sql(statement)


def add_column(conn: sa.Connection, table: str, column: str, ddl: str) -> None:
    """``ALTER TABLE … ADD COLUMN`` unless the column is there already (a database
    built by ``create_all`` from a newer schema.py has it)."""
    if column not in {c["name"] for c in sa.inspect(conn).get_columns(table)}:
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}")


def _add_summary_statements(conn: sa.Connection) -> None:
    add_column(conn, "summary_sentences", "kind", "VARCHAR(20) NOT NULL DEFAULT 'extract'")
    add_column(conn, "summary_sentences", "parts", "JSON NOT NULL DEFAULT '[]'")


def _create_story_entities(conn: sa.Connection) -> None:
    # Issue 4: canonical entities of a story, with aliases, place kind and coordinates.
    schema.story_entities.create(conn, checkfirst=True)


def _add_assignment_evidence(conn: sa.Connection) -> None:
    # Issue 5: the article a story member copies (syndication), and why it was assigned.
    add_column(conn, "story_articles", "copy_of", "INTEGER")
    add_column(conn, "story_articles", "evidence", "JSON")


def _create_embedding_cache(conn: sa.Connection) -> None:
    schema.embeddings.create(conn, checkfirst=True)


def _store_language_evidence(conn: sa.Connection) -> None:
    for column, ddl in (
        ("published_evidence_start", "INTEGER"), ("published_evidence_end", "INTEGER"),
        ("detected_lang", "VARCHAR(8)"), ("lang_confidence", "FLOAT"), ("paragraph_languages", "JSON"),
    ):
        add_column(conn, "articles", column, ddl)
    add_column(conn, "date_mentions", "relative", "BOOLEAN NOT NULL DEFAULT 0")
    add_column(conn, "date_mentions", "value_end", "VARCHAR(40)")
    add_column(conn, "flags", "related_start", "INTEGER")
    add_column(conn, "flags", "related_end", "INTEGER")


def _store_quantities(conn: sa.Connection) -> None:
    # Issue 6a: the span of a claim's subject, and other numbers with their subject.
    add_column(conn, "claims", "subject_start", "INTEGER")
    add_column(conn, "claims", "subject_end", "INTEGER")
    schema.quantities.create(conn, checkfirst=True)


def _add_claim_fields(conn: sa.Connection) -> None:
    # Titles are read for claims: a claim's spans index its article's title or text.
    for table in ("claims", "quantities"):
        add_column(conn, table, "field", "VARCHAR(8) NOT NULL DEFAULT 'text'")


def _add_timeline_granularity(conn: sa.Connection) -> None:
    # A timeline entry says how much of its date the text gave (a part of the day is not an hour).
    add_column(conn, "timeline_entries", "granularity", "VARCHAR(20) NOT NULL DEFAULT 'day'")


def _create_story_events(conn: sa.Connection) -> None:
    # Issue 6: actions (stormed, asked for help, agreed) aligned across a story's articles.
    schema.story_events.create(conn, checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _create_tables),
    Migration(2, "full-text index over article title and text", _create_fulltext_index, on_fresh=True),
    Migration(3, "language evidence: publication-date span, paragraph languages, relative dates, flag spans",
              _store_language_evidence),
    Migration(4, "story entities: canonical people, organisations and places with aliases", _create_story_entities),
    Migration(5, "story assignments: near-copy marker and structured evidence", _add_assignment_evidence),
    Migration(6, "stemmed full-text index for search (filled from Python)", _create_stemmed_index, on_fresh=True),
    Migration(7, "summary statements built from claims, with quoted parts", _add_summary_statements),
    Migration(8, "cache of sentence embeddings, so replaying stories does not embed again", _create_embedding_cache),
    Migration(9, "claim subject spans; other quantities (money, percentages, counts of things) with their subject",
              _store_quantities),
    Migration(10, "story events: actions aligned across a story's articles, with verdicts", _create_story_events),
    Migration(11, "claims and quantities read from the title: which field their spans index", _add_claim_fields),
    Migration(15, "PostgreSQL: full-text index over title and text, and the stemmed search table",
              _create_postgres_search, on_fresh=True),
    Migration(16, "timeline entries: how much of the date the text gave (day, part of the day, hour)",
              _add_timeline_granularity),
)

LATEST_VERSION = max(m.version for m in MIGRATIONS)


def current_version(conn: sa.Connection) -> int:
    """The newest migration applied, or 0 for an empty database."""
    if not sa.inspect(conn).has_table(schema.schema_migrations.name):
        return 0
    value = conn.execute(sa.select(sa.func.max(schema.schema_migrations.c.version))).scalar()
    return int(value or 0)


def applied_versions(conn: sa.Connection) -> set[int]:
    if not sa.inspect(conn).has_table(schema.schema_migrations.name):
        return set()
    return set(conn.execute(sa.select(schema.schema_migrations.c.version)).scalars())


def migrate(conn: sa.Connection) -> list[Migration]:
    """Apply, in order, every migration the database has not recorded; return them.

    Every one, not only those above the newest recorded: migrations written on
    parallel branches may land with a lower number than one already applied.
    """
    version = current_version(conn)
    applied = applied_versions(conn)
    pending = sorted((m for m in MIGRATIONS if m.version not in applied), key=lambda m: m.version)
    if version == 0:
        # A fresh database: build today's schema whole, then only what create_all
        # cannot make, and stamp every version.
        _create_tables(conn)
        steps = [m for m in pending if m.on_fresh]
    else:
        steps = pending
    for migration in steps:
        migration.apply(conn)
    now = datetime.now(timezone.utc)
    for migration in pending:
        conn.execute(
            schema.schema_migrations.insert().values(version=migration.version, name=migration.name, applied_at=now)
        )
    return pending
