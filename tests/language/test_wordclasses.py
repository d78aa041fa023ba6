"""Word classes: building them deterministically, reading the shipped file."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik.language import wordclasses
from telisik.language.wordclasses import build_clusters, is_ordinary_word, read_clusters, word_classes, write_clusters


def small_corpus() -> list[list[str]]:
    names = ["Budi", "Siti", "Andi", "Dewi"]
    places = ["Jakarta", "Bandung", "Medan", "Surabaya"]
    sentences = []
    for i in range(60):
        sentences.append(["Kemarin", names[i % 4], "pergi", "ke", places[i % 4], "dengan", "kereta", "."])
        sentences.append(["pagi", "itu", names[(i + 1) % 4], "tiba", "di", places[(i + 2) % 4], "."])
    return sentences


def test_build_is_deterministic_and_separates_names_from_places(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wordclasses, "DIMENSIONS", 4)
    monkeypatch.setattr(wordclasses, "COARSE_CLUSTERS", 3)
    monkeypatch.setattr(wordclasses, "FINE_CLUSTERS", 5)
    first = build_clusters(small_corpus())
    assert first == build_clusters(small_corpus())
    assert first["budi"].capitalised == 100 and first["pergi"].capitalised == 0
    assert first["budi"].fine == first["siti"].fine
    assert first["budi"].fine != first["pergi"].fine


def test_write_then_read(tmp_path: Path) -> None:
    classes = {"budi": wordclasses.WordClass(1, 7, 12, 100)}
    write_clusters(classes, tmp_path / "classes.txt")
    assert read_clusters(tmp_path / "classes.txt") == classes


def test_shipped_classes() -> None:
    classes = word_classes("id")
    assert len(classes) > 10_000
    assert classes["jakarta"].capitalised >= 90
    assert is_ordinary_word("Para") and is_ordinary_word("media")
    assert not is_ordinary_word("Jakarta")
    assert word_classes("en") == {}
