"""The summarise runner: the citation check, and a run on the fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik.evaluate.summarise import citations_hold, evaluate_summarise, format_summarise
from telisik.models import CitedPart, CitedSentence, Span

TEXTS = {1: "Banjir merendam ratusan rumah.\nWarga   mengungsi ke masjid.", 2: "Api padam pukul 05.00."}


@pytest.mark.parametrize(
    ("sentence", "valid"),
    [
        (CitedSentence("Banjir merendam ratusan rumah.", (Span(1, 0, 30),)), True),
        (CitedSentence("Warga mengungsi ke masjid.", (Span(1, 31, 59),)), True),  # whitespace squashed
        (CitedSentence("Banjir merendam ratusan rumah.", (Span(1, 0, 20),)), False),  # span too short
        (CitedSentence("Banjir merendam ratusan rumah.", (Span(1, 0, 30), Span(2, 0, 22))), False),  # one bad
        (CitedSentence("Banjir merendam ratusan rumah.", ()), False),  # no citation
        (CitedSentence("Banjir merendam ratusan rumah.", (Span(9, 0, 30),)), False),  # unknown article
        (CitedSentence("Api padam pukul 05.00.", (Span(2, 0, 99),)), False),  # outside the text
        # statements written from claims: every part must quote its own span
        (CitedSentence("Rumah: ratusan menurut A; 05.00 menurut B.", (Span(1, 16, 23), Span(2, 16, 21)), "statement",
                       (CitedPart("ratusan", Span(1, 16, 23)), CitedPart("05.00", Span(2, 16, 21)))), True),
        (CitedSentence("Rumah: ratusan menurut A.", (Span(1, 0, 5),), "statement",
                       (CitedPart("ratusan", Span(1, 0, 5)),)), False),  # the part is not in its span
        (CitedSentence("Rumah: ratusan menurut A.", (Span(1, 16, 23),), "statement"), False),  # no parts
    ],
)
def test_citations_hold(sentence: CitedSentence, valid: bool) -> None:
    assert citations_hold(sentence, TEXTS) is valid


@pytest.mark.usefixtures("summarise_stage")
def test_evaluate_summarise_keys_and_ranges(fixtures_dir: Path) -> None:
    result = evaluate_summarise(fixtures_dir / "summarise.jsonl", max_words=40)
    assert set(result) >= {"rouge1", "rouge2", "rougeL", "citation_validity", "n"}
    for key in ("rouge1", "rouge2", "rougeL", "citation_validity"):
        assert 0.0 <= result[key] <= 1.0
    assert result["n"] == 3
    assert result["max_words"] == 40
    assert result["rouge1"] > 0.0  # extractive summaries share words with the references
    assert "ROUGE-1" in format_summarise(result)


@pytest.mark.usefixtures("summarise_stage")
def test_evaluate_summarise_defaults_to_100_words(fixtures_dir: Path) -> None:
    result = evaluate_summarise(fixtures_dir / "summarise.jsonl", limit=1)
    assert (result["n"], result["max_words"]) == (1, 100)
