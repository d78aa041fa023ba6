"""Direct quotes: span, speaker, reporting verb and relay chain."""

from __future__ import annotations

import pytest

from telisik.extract.entities import find_entities
from telisik.extract.quotes import find_quotes
from telisik.models import Quote


def quotes_of(text: str, lang: str = "id") -> list[Quote]:
    return find_quotes(text, find_entities(text, lang), lang)


def starting(quotes: list[Quote], opening: str) -> Quote:
    return next(q for q in quotes if q.text.startswith(opening))


def test_span_is_inside_the_marks(seed_000: str) -> None:
    for quote in quotes_of(seed_000):
        assert seed_000[quote.start : quote.end] == quote.text
        assert seed_000[quote.start - 1] in "“\"”"
        assert seed_000[quote.end] in "”\"“"


def test_kata_presiden_melansir(seed_000: str) -> None:
    quote = starting(quotes_of(seed_000), "Hari ini saya mengimbau")
    assert "Tokayev" in (quote.speaker or "")
    assert quote.verb == "kata"
    assert quote.via == ("Al Jazeera",)
    assert quote.text.endswith("integritas negara,")


def test_sambungnya_inherits_the_previous_speaker(seed_000: str) -> None:
    quote = starting(quotes_of(seed_000), "Mereka menyita bangunan")
    assert quote.speaker == starting(quotes_of(seed_000), "Hari ini").speaker
    assert quote.verb == "sambung"
    assert quote.via == ()


def test_sambung_sang_presiden_inherits_the_previous_speaker(seed_000: str) -> None:
    quote = starting(quotes_of(seed_000), "Saat ini ada pertempuran")
    assert "Tokayev" in (quote.speaker or "")
    assert quote.verb == "sambung"


def test_seperti_dikutip(seed_003: str) -> None:
    quote = starting(quotes_of(seed_003), "Almaty diserang")
    assert quote.speaker == "Tokayev"
    assert quote.verb == "kata"
    assert quote.via == ("TheGuardian",)


def test_mengatakan_kepada_before_the_quote(seed_003: str) -> None:
    quote = starting(quotes_of(seed_003), "Jika presiden Tokayev")
    assert quote.speaker == "Leonid Kalashnikov"
    assert quote.verb == "mengatakan"
    assert quote.via == ("Interfax",)


def test_partial_quote_takes_the_sentence_source(seed_003: str) -> None:
    quote = starting(quotes_of(seed_003), "oleh tangan massa")
    assert quote.speaker == "Kementerian Dalam Negeri"
    assert quote.via == ("Kazakh",)


def test_scare_quotes_are_left_out(seed_003: str) -> None:
    texts = {q.text for q in quotes_of(seed_003)}
    assert not texts & {"teroris", "serangan", "pasukan penjaga perdamaian"}


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "via"),
    [
        ('"Kami akan mengusut tuntas kasus ini," ujar Kapolri Listyo Sigit Prabowo di Jakarta.',
         "Listyo Sigit Prabowo", "ujar", ()),
        ("“Jumlah korban masih bisa bertambah,” tutur Kepala BNPB Suharyanto, dikutip dari Antara.",
         "Suharyanto", "tutur", ("Antara",)),
        ("”Semua warga sudah dievakuasi ke tempat aman,“ jelas Bupati Cilacap Tatto Suwarto Pamuji.",
         "Tatto Suwarto Pamuji", "jelas", ()),
        ("“Kami belum menerima laporan resmi dari lapangan,” ucap seorang pejabat, mengutip Reuters.",
         "seorang pejabat", "ucap", ("Reuters",)),
        ('Menteri Luar Negeri Retno Marsudi mengatakan, "Indonesia mendesak semua pihak menahan diri."',
         "Retno Marsudi", "mengatakan", ()),
    ],
)
def test_indonesian_attribution_patterns(text: str, speaker: str, verb: str, via: tuple[str, ...]) -> None:
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.verb, quote.via) == (speaker, verb, via)


@pytest.mark.parametrize(
    ("text", "speaker", "verb", "via"),
    [
        ('"We heard at least six shots from the parking lot," said Sheriff John Miller.', "John Miller", "said", ()),
        ('"The victims were all taken to the hospital right away," police said.', "police", "said", ()),
        ('"We will not tolerate this kind of violence," Mayor Jane Doe told Reuters.', "Jane Doe", "told", ("Reuters",)),
        ('"The situation is under control now, we believe," the minister said, according to Reuters.',
         "the minister", "said", ("Reuters",)),
    ],
)
def test_english_attribution_patterns(text: str, speaker: str, verb: str, via: tuple[str, ...]) -> None:
    [quote] = quotes_of(text, "en")
    assert (quote.speaker, quote.verb, quote.via) == (speaker, verb, via)


def test_long_unattributed_quote_is_kept_without_speaker() -> None:
    [quote] = quotes_of("Spanduk bertuliskan “Kami menolak kenaikan harga bahan bakar minyak” terlihat di mana-mana.")
    assert quote.speaker is None and quote.verb is None


def test_no_quotes() -> None:
    assert quotes_of("Harga bahan bakar naik sejak awal tahun.") == []
