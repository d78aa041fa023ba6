"""Shared fixtures for the eval tests: the fixture files, and stage APIs that may be missing."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


def require(module: str, *names: str) -> None:
    """Fail the test, saying why, when a stage API it runs cannot be imported."""
    try:
        imported = importlib.import_module(module)
    except ImportError as error:
        pytest.fail(f"{module} cannot be imported ({error}); the runner needs it")
    for name in names:
        if not hasattr(imported, name):
            pytest.fail(f"{module}.{name} does not exist; the runner needs it")


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def cluster_stage() -> None:
    require("telisik.api", "article_from_record")
    require("telisik.cluster", "StoryClusterer")


@pytest.fixture
def extract_stage() -> None:
    require("telisik.extract", "find_entities")


@pytest.fixture
def reconcile_stage() -> None:
    require("telisik.api", "analyse_record")
    require("telisik.reconcile", "reconcile")


@pytest.fixture
def summarise_stage(reconcile_stage: None) -> None:
    require("telisik.summarise", "summarise")
