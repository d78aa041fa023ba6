"""The NER runner: token/character mapping, scoring with an injected finder, the real finder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from telisik.evaluate.metrics import EntitySpan
from telisik.evaluate.ner import evaluate_ner, format_ner, join_tokens, token_span
from telisik.models import EntityMention

CONLL = (
    "Joko\tB-PER\nWidodo\tI-PER\nke\tO\nJakarta\tB-LOC\n\n"
    "Menteri\tO\nRetno\tI-PER\nMarsudi\tI-PER\ndi\tO\nKementerian\tB-ORG\nLuar\tI-ORG\nNegeri\tI-ORG\n"
)


def test_join_tokens_offsets() -> None:
    text, offsets = join_tokens(["Joko", "Widodo", "ke"])
    assert text == "Joko Widodo ke"
    assert offsets.starts == (0, 5, 12)
    assert offsets.ends == (4, 11, 14)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 11, EntitySpan(0, 2, "PER")),  # exactly "Joko Widodo"
        (1, 3, EntitySpan(0, 1, "PER")),  # inside one token: snap to it
        (2, 8, EntitySpan(0, 2, "PER")),  # cuts two tokens: snap outwards
        (0, 5, EntitySpan(0, 1, "PER")),  # trailing space ignored
        (4, 5, None),  # whitespace only
    ],
)
def test_token_span_snaps_to_covering_tokens(start: int, end: int, expected: EntitySpan | None) -> None:
    _, offsets = join_tokens(["Joko", "Widodo", "ke"])
    assert token_span(offsets, start, end, "PER") == expected


def fake_finder(text: str, lang: str) -> Sequence[EntityMention]:
    """Finds "Joko Widodo" (PER), calls Jakarta an ORG and cuts "Retno Marsudi" short."""
    assert lang == "id"
    mentions = []
    for phrase, kind in (("Joko Widodo", "PER"), ("Jakarta", "ORG"), ("Retno", "PER"),
                         ("Kementerian Luar Negeri", "ORG")):
        start = text.find(phrase)
        if start >= 0:
            mentions.append(EntityMention(phrase, start, start + len(phrase), kind, phrase))
    return mentions


def test_evaluate_ner_with_injected_finder(tmp_path: Path) -> None:
    path = tmp_path / "tiny.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = evaluate_ner(path, find_entities=fake_finder)
    assert set(result) >= {"micro", "macro_f1", "per_type"}
    assert result["micro"] == pytest.approx({"p": 0.5, "r": 0.5, "f1": 0.5})
    assert result["per_type"]["PER"] == pytest.approx({"p": 0.5, "r": 0.5, "f1": 0.5})
    assert result["per_type"]["LOC"] == pytest.approx({"p": 0.0, "r": 0.0, "f1": 0.0})
    assert result["per_type"]["ORG"] == pytest.approx({"p": 0.5, "r": 1.0, "f1": 2 / 3})
    assert result["macro_f1"] == pytest.approx((0.5 + 0.0 + 2 / 3) / 3)
    assert (result["sentences"], result["gold_entities"]) == (2, 4)
    table = format_ner(result)
    assert "micro" in table and "macro" in table and "0.500" in table


@pytest.mark.usefixtures("extract_stage")
def test_evaluate_ner_with_real_finder(tmp_path: Path) -> None:
    path = tmp_path / "tiny.conll"
    path.write_text(CONLL, encoding="utf-8")
    result = evaluate_ner(path)
    assert set(result["micro"]) == {"p", "r", "f1"}
    assert 0.0 <= result["macro_f1"] <= 1.0
    for scores in (result["micro"], *result["per_type"].values()):
        assert all(0.0 <= value <= 1.0 for value in scores.values())
