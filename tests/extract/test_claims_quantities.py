"""Other quantities (issue 6a): numbers that are not casualty counts, with their subject and its span."""

from __future__ import annotations

import pytest

from telisik.api import analyse_text
from telisik.extract.claims import find_claims, find_quantities
from telisik.extract.entities import find_entities
from telisik.language.dates import find_dates
from telisik.language.numbers import find_numbers
from telisik.language.sentences import split_sentences
from telisik.models import Claim


def quantities_of(text: str, lang: str = "id") -> list[Claim]:
    sentences, numbers, dates = split_sentences(text, lang), find_numbers(text, lang), find_dates(text, lang)
    entities = find_entities(text, lang)
    claims = find_claims(text, sentences, numbers, dates, entities, lang)
    return find_quantities(text, sentences, numbers, dates, entities, claims, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Mereka menyita lima pesawat di bandara.", "id", [(5, None, "pesawat")]),
        ("Partai itu memegang lebih dari 80 persen kursi di parlemen.", "id", [(80, "percent", "kursi")]),
        ("Kerugian mencapai Rp 5 miliar, namun tidak ada yang tewas.", "id", [(5_000_000_000, "IDR", "Kerugian")]),
        ("Police seized 12 guns and $5,000 in cash.", "en", [(12, None, "guns"), (5000, "USD", "cash")]),
        ("The party holds 52 percent of the seats.", "en", [(52, "percent", "seats")]),
    ],
)
def test_quantities_with_their_subject(text: str, lang: str, expected: list[tuple[float, str | None, str]]) -> None:
    found = quantities_of(text, lang)
    assert [(q.min, q.unit, q.subject) for q in found] == expected
    for q in found:
        assert q.kind == "quantity"
        assert q.subject_start is not None and text[q.subject_start : q.subject_end] == q.subject
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Delapan orang tewas dan 317 orang luka-luka.", "id"),  # casualty claims, not quantities
        ("Gempa terjadi pada 2022, 3 hari setelah banjir.", "id"),  # a year; a count of days
        ("Seorang bocah berusia 12 tahun tewas.", "id"),  # an age inside a casualty claim
        ("The 12-year-old called 911 on Monday.", "en"),  # glued to a word; a number called
    ],
)
def test_not_quantities(text: str, lang: str) -> None:
    assert quantities_of(text, lang) == []


def test_quantities_are_kept_apart_from_claims() -> None:
    analysed = analyse_text("Tiga orang tewas. Polisi menyita lima pesawat.", doc_id="q", lang="id")
    assert [(c.kind, c.min) for c in analysed.extraction.claims] == [("killed", 3)]
    assert [(q.kind, q.min, q.subject) for q in analysed.extraction.quantities] == [("quantity", 5, "pesawat")]
