"""Shared fixtures: a fresh database per test, and the path of the bundled examples."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from telisik.store import Store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEEDS = EXAMPLES / "seeds"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(f"sqlite:///{tmp_path / 'telisik.db'}")
    yield opened
    opened.close()
