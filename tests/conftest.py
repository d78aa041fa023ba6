"""Shared fixtures: a fresh database per test, and the path of the bundled examples.

``store`` is SQLite unless ``TELISIK_TEST_DB=postgresql``, which runs every test that takes it on a throwaway
PostgreSQL server instead (the tests under tests/store run on both backends always).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

from telisik.store import Store
from tests import pgserver

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = EXAMPLES / "seeds"


@pytest.fixture(autouse=True, scope="session")
def tables(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The tests' processes keep their cached tables (telisik.language.tables) in one directory of the run."""
    where = tmp_path_factory.mktemp("tables")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TELISIK_TABLES", str(where))
        yield where


@pytest.fixture(autouse=True)
def checkpoints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its clustering checkpoints (telisik.checkpoint) in its own directory, not the user's cache."""
    where = tmp_path / "checkpoints"
    monkeypatch.setenv("TELISIK_CHECKPOINTS", str(where))
    return where


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server for the whole test session; its URL."""
    try:
        with pgserver.running_server() as url:
            yield url
    except pgserver.NoServer as exc:
        if os.environ.get(pgserver.REQUIRE):
            pytest.fail(f"PostgreSQL is required ({pgserver.REQUIRE} is set): {exc}")
        pytest.skip(f"no PostgreSQL server: {exc}")


def open_store(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Store:
    """A new, empty store on ``backend`` ("sqlite" or "postgresql")."""
    if backend == "postgresql":
        return Store.open(pgserver.fresh_schema_url(request.getfixturevalue("postgres_server")))
    return Store.open(f"sqlite:///{tmp_path / 'telisik.db'}")


@pytest.fixture
def store(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Store]:
    # A test can ask for a backend: @pytest.mark.parametrize("store", ["postgresql"], indirect=True).
    backend = getattr(request, "param", None) or os.environ.get("TELISIK_TEST_DB", "sqlite")
    opened = open_store(backend, tmp_path, request)
    yield opened
    opened.close()
