"""Migrations: a new database and an upgraded old one end in the same shape."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import sqlalchemy as sa

from telisik.store import Store, schema
from telisik.store.migrations import LATEST_VERSION, MIGRATIONS, current_version, migrate


def _shape(engine: sa.Engine) -> set[tuple[str, str]]:
    """Every table, index and trigger, and every column of every table."""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all()
        columns = {
            (table, column[1])
            for kind, table in rows if kind == "table"
            for column in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')
        }
        return {(kind, name) for kind, name in rows} | columns


def database_before(path: Path, version: int, *statements: str) -> Store:
    """A database at ``path`` as it was before migration ``version`` (today's schema undone by
    ``statements``, the version unrecorded), then opened, which migrates it."""
    Store.open(f"sqlite:///{path}").close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
        conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == version))
    engine.dispose()
    return Store.open(f"sqlite:///{path}")


def test_fresh_database_is_stamped_with_every_version(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'new.db'}")
    with store.engine.connect() as conn:
        assert current_version(conn) == LATEST_VERSION
        versions = conn.execute(sa.select(schema.schema_migrations.c.version)).scalars().all()
    assert versions == [m.version for m in MIGRATIONS]


def test_old_database_is_upgraded_to_the_same_shape(tmp_path: Path) -> None:
    fresh = Store.open(f"sqlite:///{tmp_path / 'new.db'}")
    old = sa.create_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with old.begin() as conn:  # a database as version 1 left it
        MIGRATIONS[0].apply(conn)
        conn.execute(schema.schema_migrations.insert().values(version=1, name="initial", applied_at=datetime.now(timezone.utc)))
    assert ("table", "articles_fts") not in _shape(old)
    upgraded = Store.open(f"sqlite:///{tmp_path / 'old.db'}")
    assert _shape(upgraded.engine) == _shape(fresh.engine)


def test_migrate_twice_applies_nothing(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'db.db'}")
    with store.engine.begin() as conn:
        assert migrate(conn) == []


def test_a_migration_numbered_below_the_newest_applied_still_runs(tmp_path: Path) -> None:
    """Migrations from parallel work can land out of order: each unrecorded one is applied."""
    path = tmp_path / "gap.db"
    Store.open(f"sqlite:///{path}").close()
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 1))
        conn.exec_driver_sql("DROP TABLE IF EXISTS articles_fts")
        conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 2))
    Store.open(f"sqlite:///{path}").close()
    with engine.connect() as conn:
        assert {m.version for m in MIGRATIONS} <= set(conn.execute(sa.select(schema.schema_migrations.c.version)).scalars())
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'articles_fts'").scalar() == 1
