"""Store.relaxed_commits: a pipeline run's commits do not wait for PostgreSQL's disk flush; ingest's do."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from telisik import api
from telisik.settings import Settings
from telisik.store import Store
from tests.store.test_kept_analysed import statements
from tests.test_pipeline import write_corpus

RELAX = "SET LOCAL synchronous_commit TO OFF"


def synchronous_commit(store: Store) -> str | None:
    """The setting a transaction of the store runs with (None on SQLite, which has no such setting)."""
    if store.engine.dialect.name != "postgresql":
        return None
    with store.transaction() as conn:
        return str(conn.execute(sa.text("SHOW synchronous_commit")).scalar())


def test_only_transactions_inside_the_block_are_relaxed(store: Store) -> None:
    postgres = store.engine.dialect.name == "postgresql"
    assert synchronous_commit(store) == ("on" if postgres else None)
    with store.relaxed_commits():
        assert synchronous_commit(store) == ("off" if postgres else None)
        with store.relaxed_commits():  # nested blocks keep it relaxed until the outer one ends
            pass
        assert synchronous_commit(store) == ("off" if postgres else None)
    assert synchronous_commit(store) == ("on" if postgres else None)


def test_a_run_relaxes_its_commits_and_ingest_does_not(store: Store, tmp_path: Path) -> None:
    with statements(store) as ingesting:
        api.ingest(store, [str(write_corpus(tmp_path, 3))], Settings())
    with statements(store) as running:
        report = api.run(store)
    assert report.failed == 0 and len(store.story_memberships()) == 3
    assert RELAX not in ingesting
    assert (RELAX in running) == (store.engine.dialect.name == "postgresql")
