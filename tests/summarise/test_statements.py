"""Statements: what each outlet reports about one figure, every value quoting its source phrase."""

from __future__ import annotations

from datetime import date

import pytest

from telisik.models import (
    AnalysedArticle,
    Article,
    Claim,
    ClaimGroup,
    ClaimRef,
    Comparison,
    Extraction,
    Verdict,
)
from telisik.summarise.statements import disagreement_statements, story_language

TEXT_A = "Kementerian mengatakan delapan petugas tewas dan lebih dari 300 orang terluka."
TEXT_B = "Akibatnya delaapan orang tewas dan 317 lika-luka."
TEXTS = {1: TEXT_A, 2: TEXT_B}


def claim(article_id: int, kind: str, phrase: str, low: float | None, high: float | None) -> Claim:
    start = TEXTS[article_id].index(phrase)
    return Claim(kind, low, high, start, start + len(phrase), phrase, confidence=0.8)


def ref(article_id: int, outlet: str, c: Claim, day: int = 6) -> ClaimRef:
    return ClaimRef(article_id, outlet, date(2022, 1, day), c)


SEED_COMPARISON = Comparison(1, (
    ClaimGroup("injured", Verdict.REFINE, (
        ref(1, "Mata Indonesia", claim(1, "injured", "lebih dari 300", 301, None)),
        ref(2, "Bisnis.com", claim(2, "injured", "317", 317, 317)),
    ), 1, "", 317, 317),
    ClaimGroup("killed", Verdict.AGREE, (
        ref(1, "Mata Indonesia", claim(1, "killed", "delapan", 8, 8)),
        ref(2, "Bisnis.com", claim(2, "killed", "delaapan", 8, 8)),
    ), 1, "", 8, 8),
))


def test_seed_statements_say_what_each_outlet_reports() -> None:
    injured, killed = disagreement_statements(SEED_COMPARISON, "id")
    assert injured.text == "Korban luka: lebih dari 300 menurut Mata Indonesia; 317 menurut Bisnis.com."
    assert killed.text == "Korban tewas: 8 menurut Bisnis.com dan Mata Indonesia."
    assert injured.kind == killed.kind == "statement"


def test_every_part_quotes_its_span_exactly() -> None:
    for statement in disagreement_statements(SEED_COMPARISON, "id"):
        assert len(statement.parts) == 2
        for part in statement.parts:
            assert TEXTS[part.span.article_id][part.span.start : part.span.end] == part.quote
        assert statement.citations == tuple(p.span for p in statement.parts)


def test_update_reads_in_publication_order() -> None:
    group = ClaimGroup("killed", Verdict.UPDATE, (
        ref(2, "B", claim(2, "killed", "317", 317, 317), day=7),
        ref(1, "A", claim(1, "killed", "300", 300, 300), day=6),
    ), 2, "", 317, 317)
    [statement] = disagreement_statements(Comparison(1, (group,)), "en")
    assert statement.text == "Killed: 300 according to A, then 317 according to B."


@pytest.mark.parametrize("verdict", [Verdict.SINGLE])
def test_single_reports_give_no_statement(verdict: Verdict) -> None:
    group = ClaimGroup("killed", verdict, (ref(1, "A", claim(1, "killed", "delapan", 8, 8)),), 1, "", 8, 8)
    assert disagreement_statements(Comparison(1, (group,)), "id") == ()


def test_conflict_is_stated_as_such() -> None:
    group = ClaimGroup("injured", Verdict.CONFLICT, (
        ref(1, "A", claim(1, "injured", "300", 300, 300)),
        ref(2, "B", claim(2, "injured", "317", 317, 317)),
    ), 2, "", None, None)
    [statement] = disagreement_statements(Comparison(1, (group,)), "id")
    assert statement.text.startswith("Korban luka berbeda: 300 menurut A; 317 menurut B")


def test_story_language_is_the_majority_with_templates() -> None:
    def member(i: int, lang: str, size: int) -> AnalysedArticle:
        return AnalysedArticle(Article(i, 1, f"doc:{i}", "x" * size, lang), Extraction(i))

    assert story_language([member(1, "en", 500), member(2, "id", 3000)]) == "id"
    assert story_language([member(1, "en", 3000)]) == "en"
    assert story_language([member(1, "fr", 3000)]) == "id"


def test_scope_difference_names_who_each_outlet_counted() -> None:
    a = Claim("killed", 3, 3, 0, 3, "tiga", subject="polisi", confidence=0.8)
    b = Claim("killed", 10, 10, 0, 7, "sepuluh", subject="orang", confidence=0.8)
    group = ClaimGroup("killed", Verdict.SCOPE, (ref(1, "A", a), ref(2, "B", b)), 2, "", 10, 10)
    [statement] = disagreement_statements(Comparison(1, (group,)), "id")
    assert statement.text == "Korban tewas (menghitung kelompok berbeda): 3 polisi menurut A; 10 orang menurut B."
