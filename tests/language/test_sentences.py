"""split_sentences: offsets, abbreviations, numbers, initials, quotes and newlines."""

from __future__ import annotations

import pytest

from telisik.language.sentences import split_sentences


def sentences_of(text: str, lang: str = "id") -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kantornya di Jl. Sudirman No. 5, Jakarta. Dia datang pagi.",
            ["Kantornya di Jl. Sudirman No. 5, Jakarta.", "Dia datang pagi."],
        ),
        (
            "Saham PT. Bank Rakyat Indonesia Tbk. naik. Investor senang.",
            ["Saham PT. Bank Rakyat Indonesia Tbk. naik.", "Investor senang."],
        ),
        (
            "Dia membeli beras, gula, minyak, dll. Harganya naik.",
            ["Dia membeli beras, gula, minyak, dll.", "Harganya naik."],
        ),
        (
            "Penelitian Rahman dkk. menunjukkan hal itu. Hasilnya jelas.",
            ["Penelitian Rahman dkk. menunjukkan hal itu.", "Hasilnya jelas."],
        ),
        (
            "Kerugian mencapai Rp. 8.000.000 per hari. Angka itu tinggi.",
            ["Kerugian mencapai Rp. 8.000.000 per hari.", "Angka itu tinggi."],
        ),
        ("Inflasi 2,5 persen. Itu rendah.", ["Inflasi 2,5 persen.", "Itu rendah."]),
        ("Ledakan terjadi pukul 11.41 WIB. Polisi datang.", ["Ledakan terjadi pukul 11.41 WIB.", "Polisi datang."]),
        (
            "Menurut Prof. Dr. Ir. H. Budi Santoso, M.Si. Semua aman.",
            ["Menurut Prof. Dr. Ir. H. Budi Santoso, M.Si.", "Semua aman."],
        ),
        (
            "Kuasa hukumnya, Andi Wijaya, S.H. mengatakan kliennya tidak bersalah.",
            ["Kuasa hukumnya, Andi Wijaya, S.H. mengatakan kliennya tidak bersalah."],
        ),
        ("Surat itu a.n. Menteri Keuangan. Sudah dikirim.", ["Surat itu a.n. Menteri Keuangan.", "Sudah dikirim."]),
        ("Warga Kab. Bogor dan Kec. Cibinong terdampak.", ["Warga Kab. Bogor dan Kec. Cibinong terdampak."]),
        ("Kapolres AKBP A. Rahman memimpin apel. Semua hadir.", ["Kapolres AKBP A. Rahman memimpin apel.", "Semua hadir."]),
        (
            "“Ini merusak integritas negara,” kata Presiden Tokayev. Dia marah.",
            ["“Ini merusak integritas negara,” kata Presiden Tokayev.", "Dia marah."],
        ),
        (
            "“Kami siap membantu.” kata juru bicara itu. Pasukan dikirim.",
            ["“Kami siap membantu.” kata juru bicara itu.", "Pasukan dikirim."],
        ),
        ("“Kami siap.” Pasukan lalu dikirim.", ["“Kami siap.”", "Pasukan lalu dikirim."]),
        ("“Apa benar?” tanya wartawan. Dia diam.", ["“Apa benar?” tanya wartawan.", "Dia diam."]),
        ("Tunggu... Lalu dia pergi.", ["Tunggu...", "Lalu dia pergi."]),
        ("adalah tugas kita … untuk melindungi negara.", ["adalah tugas kita … untuk melindungi negara."]),
        ("Mereka menang! Semua bersorak.", ["Mereka menang!", "Semua bersorak."]),
        ("Judul tanpa titik\nParagraf kedua di sini.", ["Judul tanpa titik", "Paragraf kedua di sini."]),
        ("Kazakhstan di parlemen.Bisnis.com, JAKARTA", ["Kazakhstan di parlemen.Bisnis.com, JAKARTA"]),
    ],
)
def test_indonesian_sentences(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith went to Washington. He spoke.", ["Mr. Smith went to Washington.", "He spoke."]),
        ("The U.S. Army said so. Troops left.", ["The U.S. Army said so.", "Troops left."]),
        ("Acme Inc. Shares fell.", ["Acme Inc.", "Shares fell."]),
        ("It happened on Jan. 6 in Almaty. Police fired.", ["It happened on Jan. 6 in Almaty.", "Police fired."]),
        ("J.K. Rowling wrote it. Fans agree.", ["J.K. Rowling wrote it.", "Fans agree."]),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert sentences_of(text, "en") == expected


SEED_LIKE = (
    "MATA INDONESIA, ALMATY – Presiden Kazakhstan meminta bantuan sejak Rabu (6/1).\n"
    "Kementerian Dalam Negeri mengatakan, sebanyak delapan petugas polisi tewas dan lebih dari 300 orang terluka. "
    "Tidak ada angka korban sipil yang dirilis.\n\n"
    "“Hari ini saya mengimbau kepada kepala negara bagian CSTO untuk membantu. faktanya ini bukan lagi ancaman, "
    "ini merusak integritas negara,” kata Presiden Tokayev, melansir Al Jazeera, Kamis, 6 Januari 2022.\n"
)


def test_seed_like_text_splits_into_four_sentences() -> None:
    sentences = sentences_of(SEED_LIKE)
    assert len(sentences) == 4
    assert sentences[1].endswith("lebih dari 300 orang terluka.")
    assert sentences[3].startswith("“Hari ini") and sentences[3].endswith("6 Januari 2022.")


@pytest.mark.parametrize("text", [SEED_LIKE, "  Satu. Dua!  \n\n Tiga?  ", "tanpa tanda baca", ""])
def test_sentences_cover_all_non_space_text_in_order(text: str) -> None:
    sentences = split_sentences(text)
    covered = "".join(text[s.start : s.end] for s in sentences)
    assert covered.replace(" ", "") == "".join(text.split())
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in sentences)


def test_empty_text_has_no_sentences() -> None:
    assert split_sentences("   \n ") == []


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_numbered_bullet_lines_keep_their_number() -> None:
    text = "1. Pemerintah menetapkan aturan. Aturan berlaku.\n2. Warga wajib lapor.\na. Menetapkan tarif."
    assert _texts(text) == ["1. Pemerintah menetapkan aturan.", "Aturan berlaku.", "2. Warga wajib lapor.",
                            "a. Menetapkan tarif."]


def test_dash_and_dot_bullets_are_one_sentence_a_line() -> None:
    text = "Syaratnya:\n- KTP asli. Fotokopi dua lembar.\n• Surat keterangan dari Kec. Cibinong"
    assert _texts(text) == ["Syaratnya:", "- KTP asli.", "Fotokopi dua lembar.", "• Surat keterangan dari Kec. Cibinong"]


def test_a_final_abbreviation_before_a_bracket_goes_on() -> None:
    text = "Saham PT Astra International Tbk. (ASII) naik 2,5 persen. Investor senang."
    assert _texts(text) == ["Saham PT Astra International Tbk. (ASII) naik 2,5 persen.", "Investor senang."]


def test_a_quote_of_two_sentences_keeps_its_attribution_on_the_last() -> None:
    text = "“Satu hal. Dua hal,” kata dia. Lalu pergi."
    assert _texts(text) == ["“Satu hal.", "Dua hal,” kata dia.", "Lalu pergi."]


@pytest.mark.parametrize(
    "text",
    [
        "Jakarta (ANTARA) - Presiden Joko Widodo meninjau Jl. Sudirman No. 5, Kab. Bogor, bersama Dr. H. Ahmad.",
        "JAKARTA, KOMPAS.com - Harga naik 2,5 persen menjadi Rp 15.000 per kg a.n. Koperasi dkk. kemarin.",
        "Bisnis.com, JAKARTA--Kapolda Irjen Pol. Fadil menyebut PT. Maju dll. terlibat.",
    ],
)
def test_datelines_abbreviations_and_decimals_do_not_split(text: str) -> None:
    assert _texts(text) == [text]
