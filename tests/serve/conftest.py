"""Fixtures for the server: the seeds in a temporary database, an app and a client over it."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path
from typing import Any, Iterator

import pytest

from telisik import api
from telisik.settings import Settings
from telisik.store import Store

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
TOKEN = "test-token-5c1d"

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette warns that its test client will move to httpx2
    from fastapi.testclient import TestClient

from telisik.serve import create_app  # noqa: E402


def seeded(db: Path) -> Store:
    store = api.open_store(str(db))
    api.ingest(store, [str(SEEDS)], Settings(db=str(db)))
    api.run(store)
    return store


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = seeded(tmp_path_factory.mktemp("seeds") / "telisik.db")
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(seeds_store: Store) -> Iterator[TestClient]:
    """A read-only client over the seeds (shared by every test); write tests use :func:`fresh_client`."""
    app = create_app(seeds_store, Settings(api_token=TOKEN))
    with TestClient(app) as c:
        yield c


@pytest.fixture
def fresh_client(tmp_path: Path) -> Iterator[TestClient]:
    store = api.open_store(str(tmp_path / "telisik.db"))
    with TestClient(create_app(store, Settings(api_token=TOKEN))) as c:
        yield c
    store.close()


@pytest.fixture
def auth() -> dict[str, str]:
    """The header that carries the configured token."""
    return {"Authorization": f"Bearer {TOKEN}"}


SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """The folder browser tests save screenshots to, emptied once per run and named at the end of it."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    saved = sorted(SCREENSHOTS.glob("*.png")) if SCREENSHOTS.is_dir() else []
    if saved:
        terminalreporter.write_line(f"browser screenshots ({len(saved)}): {SCREENSHOTS}")
