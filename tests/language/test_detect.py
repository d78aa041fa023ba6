"""detect_language: id / ms / en on news-like text."""

from __future__ import annotations

import pytest

from telisik.language.detect import LanguageGuess, detect_language, detect_paragraphs, identify


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


def test_identify_gives_a_confidence() -> None:
    guess = identify("The Interior Ministry said eight police officers were killed in the unrest.")
    assert guess.lang == "en" and 0.5 < guess.confidence <= 1.0


def test_short_text_has_no_confidence() -> None:
    assert identify("Jakarta") == LanguageGuess("id", 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Le président a déclaré que huit policiers ont été tués et que plus de 300 personnes ont été blessées.",
        "Der Präsident sagte, dass acht Polizisten getötet und mehr als 300 Menschen verletzt wurden.",
        "El presidente dijo que ocho policías murieron y más de 300 personas resultaron heridas.",
        "Президент заявил, что восемь полицейских погибли и более 300 человек получили ранения.",
    ],
)
def test_other_languages_are_other(text: str) -> None:
    assert detect_language(text) == "other"


def test_paragraph_languages() -> None:
    text = (
        "Presiden Tokayev meminta bantuan aliansi militer Rusia untuk mengirim pasukan penjaga perdamaian.\n\n"
        "“We are asking our partners to help us overcome this terrorist threat as soon as possible,” he said on "
        "television.\n(adt)\n"
        "Kementerian Dalam Negeri mengatakan delapan petugas polisi tewas dalam kerusuhan itu."
    )
    article = identify(text)
    spans = detect_paragraphs(text, article)
    assert [(text[s.start : s.end][:10], s.lang) for s in spans] == [
        ("Presiden T", "id"), ("“We are as", "en"), ("(adt)", "id"), ("Kementeria", "id")
    ]
    assert spans[1].confidence > 0.5 and spans[2].confidence == 0.0
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in spans)


def test_paragraphs_of_an_other_article_are_other() -> None:
    text = "Le président a déclaré que huit policiers ont été tués et que plus de 300 personnes ont été blessées."
    article = identify(text)
    assert article.lang == "other"
    assert [s.lang for s in detect_paragraphs(text, article)] == ["other"]
