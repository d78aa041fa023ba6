"""Shared fixtures for the ingest tests: settings, fixture files, mock HTTP clients."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from telisik.ingest.web import build_client
from telisik.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"

Handler = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def settings() -> Settings:
    """Default settings with a small size cap, so "too large" is cheap to build."""
    return Settings(max_document_bytes=100_000, max_redirects=3)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def mock_client(settings: Settings) -> Callable[[Handler], httpx.Client]:
    """A client configured like the real one, whose transport is ``handler``.

    No test touches the network: the only transport is ``httpx.MockTransport``.
    """

    def make(handler: Handler) -> httpx.Client:
        real = build_client(settings)
        return httpx.Client(
            transport=httpx.MockTransport(handler),
            follow_redirects=real.follow_redirects,
            max_redirects=real.max_redirects,
            headers=real.headers,
            timeout=real.timeout,
        )

    return make
