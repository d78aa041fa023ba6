"""detect_language: id / ms / en on news-like text."""

from __future__ import annotations

import pytest

from telisik.language.detect import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kementerian Dalam Negeri Kazakhstan mengatakan, sebanyak delapan petugas polisi dan anggota "
            "penjaga nasional tewas dalam kerusuhan itu dan lebih dari 300 orang terluka.",
            "id",
        ),
        (
            "Presiden Tokayev berjanji mengambil tindakan keras untuk memadamkan kerusuhan dan mengumumkan "
            "keadaan darurat selama dua pekan, karena situasi tidak terkendali.",
            "id",
        ),
        (
            "The Interior Ministry said eight police officers and national guard members were killed and "
            "more than 300 people were injured in the unrest.",
            "en",
        ),
        (
            "Kerajaan berkata bahawa lapan anggota polis terbunuh kerana rusuhan itu, dan ramai lagi "
            "cedera selepas tunjuk perasaan pada hari Rabu.",
            "ms",
        ),
        (
            "Menteri itu berkata bahawa kerajaan akan membantu mangsa banjir menerusi tabung khas.",
            "ms",
        ),
    ],
)
def test_detects_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "Jakarta", "Hello world", "OK!", "12 34 56"])
def test_short_text_defaults_to_indonesian(text: str) -> None:
    assert detect_language(text) == "id"


def test_one_malay_marker_in_indonesian_news_stays_indonesian() -> None:
    text = "Polisi mengatakan bahwa kerusuhan terjadi setelah warga marah, kerana kata seorang saksi."
    assert detect_language(text) == "id"


def test_indonesian_text_quoting_an_english_phrase_stays_indonesian() -> None:
    text = "Dia menyebut aksi itu sebagai “a threat to the nation” dan meminta bantuan kepada aliansi militer."
    assert detect_language(text) == "id"
