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


# --------------------------------------------------------------------------- issue 6b: speakers, spans, relays


def test_every_expected_quote_of_the_seeds(seed_000: str, seed_003: str) -> None:
    """EXPECTED.md, "direct quotes (speaker, verb, relay)": exactly these, in text order."""
    found = [(q.text.split()[0], q.speaker, q.verb, q.via) for q in quotes_of(seed_000) + quotes_of(seed_003)]
    assert found == [
        ("Hari", "Kassym-Jomart Tokayev", "kata", ("Al Jazeera",)),
        ("Mereka", "Kassym-Jomart Tokayev", "sambung", ()),
        ("Saat", "Kassym-Jomart Tokayev", "sambung", ()),
        ("Almaty", "Tokayev", "kata", ("TheGuardian",)),
        ("Jika", "Leonid Kalashnikov", "mengatakan", ("Interfax",)),
        ("oleh", "Kementerian Dalam Negeri", "mengatakan", ("Kazakh",)),
    ]


def test_a_one_word_mark_in_indirect_speech_is_a_term_not_a_quote(seed_003: str) -> None:
    # "Pashinyan mengatakan … akan mengirimkan pasukan untuk “menstabilkan” negara": a marked word.
    assert "menstabilkan" not in {q.text for q in quotes_of(seed_003)}


def test_sang_presiden_is_the_person_titled_presiden_not_the_last_speaker() -> None:
    text = ("Presiden Joko Widodo membuka rapat kabinet di Jakarta. Menteri Keuangan Sri Mulyani juga hadir. "
            "“Anggaran sudah siap,” kata Sri Mulyani. “Kita harus bergerak cepat,” ujar sang presiden.")
    first, second = quotes_of(text)
    assert first.speaker == "Sri Mulyani"
    assert (second.speaker, second.verb) == ("Joko Widodo", "ujar")


def test_an_epithet_with_nobody_so_titled_falls_back_to_the_last_speaker() -> None:
    text = "“Kami siap membantu kapan saja,” kata Retno Marsudi. “Kami juga sudah berkoordinasi,” sambung sang jenderal."
    assert [q.speaker for q in quotes_of(text)] == ["Retno Marsudi", "Retno Marsudi"]


def test_the_president_in_english_is_the_person_titled_president() -> None:
    text = ('President Joe Biden spoke on Monday. "We will respond to this attack with force," '
            "the president told Reuters.")
    [quote] = quotes_of(text, "en")
    assert (quote.speaker, quote.verb, quote.via) == ("Joe Biden", "told", ("Reuters",))


def test_katanya_is_the_last_named_speaker_of_indirect_speech() -> None:
    text = ("Gubernur Jawa Tengah Ganjar Pranowo mengatakan bahwa bantuan sudah dikirim. "
            "“Kami akan terus memantau keadaan di lapangan,” katanya.")
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.verb) == ("Ganjar Pranowo", "kata")


def test_nya_with_no_one_named_keeps_the_verb_and_no_speaker() -> None:
    [quote] = quotes_of("“Kami sudah berkoordinasi dengan pemerintah daerah setempat,” ucapnya.")
    assert (quote.speaker, quote.verb) == (None, "ucap")


def test_a_quote_continued_in_the_next_paragraph_is_one_quote() -> None:
    text = ("“Kami sudah mengirim tim ke lokasi bencana sejak pagi. Semua relawan sudah bergerak.\n"
            "“Bantuan logistik akan tiba besok pagi,” kata Kepala BNPB Suharyanto.")
    [quote] = quotes_of(text)
    assert quote.text.startswith("Kami sudah mengirim") and quote.text.endswith("besok pagi,")
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Suharyanto"


def test_an_unclosed_mark_not_continued_is_dropped() -> None:
    text = "“Kami sudah mengirim tim ke lokasi bencana sejak pagi.\nWarga mulai kembali ke rumah masing-masing."
    assert quotes_of(text) == []


def test_a_second_quote_in_the_paragraph_keeps_the_speaker() -> None:
    text = "“Situasi sudah terkendali,” kata Kapolda Metro Jaya Fadil Imran. “Kami terus berjaga di lokasi.”"
    assert [q.speaker for q in quotes_of(text)] == ["Fadil Imran", "Fadil Imran"]


def test_the_next_paragraph_does_not_inherit_a_speaker() -> None:
    text = "“Situasi sudah terkendali,” kata Kapolda Metro Jaya Fadil Imran.\nSpanduk bertuliskan “Kami ingin keadilan untuk semua warga” dipasang."
    assert [q.speaker for q in quotes_of(text)] == ["Fadil Imran", None]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("“Kami akan mengirim bantuan,” kata Menteri Luar Negeri Retno Marsudi, dilansir dari Antara, Senin.",
         "Retno Marsudi", ("Antara",)),
        ("“Bantuan sudah tiba sejak kemarin malam,” ungkap Ketua Palang Merah Indonesia Jusuf Kalla, mengutip Kompas.",
         "Jusuf Kalla", ("Kompas",)),
        ('Menurut Reuters, Putin mengatakan bahwa Rusia "tidak akan mundur sedikit pun" dari posisinya.',
         "Putin", ("Reuters",)),
    ],
)
def test_relay_phrases(text: str, speaker: str, via: tuple[str, ...]) -> None:
    [quote] = quotes_of(text)
    assert (quote.speaker, quote.via) == (speaker, via)


def test_according_to_in_english() -> None:
    text = '"The airport is back under government control," a police spokesman said, according to Interfax.'
    [quote] = quotes_of(text, "en")
    assert (quote.speaker, quote.verb, quote.via) == ("a police spokesman", "said", ("Interfax",))
