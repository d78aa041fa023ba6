"""find_dateline: the dateline shapes of Indonesian outlets, and openings that only look like one."""

from __future__ import annotations

import pytest

from telisik.normalise.dateline import find_dateline, readable

# opening of an article, (outlet, place, dateline text, body start)
DATELINES = [
    # the two seed articles
    (
        "MATA INDONESIA, ALMATY – Presiden Kazakhstan, Kassym-Jomart Tokayev meminta bantuan",
        ("Mata Indonesia", "Almaty", "MATA INDONESIA, ALMATY –", "Presiden Kazakhstan"),
    ),
    (
        "Bisnis.com, JAKARTA--Para pemimpin aliansi bekas negara Uni Soviet",
        ("Bisnis.com", "Jakarta", "Bisnis.com, JAKARTA--", "Para pemimpin"),
    ),
    # outlet, place
    ("TEMPO.CO, Jakarta - Menteri Keuangan mengatakan", ("Tempo.co", "Jakarta", "TEMPO.CO, Jakarta -", "Menteri")),
    ("Liputan6.com, Jakarta - Harga cabai naik", ("Liputan6.com", "Jakarta", "Liputan6.com, Jakarta -", "Harga")),
    (
        "REPUBLIKA.CO.ID, JAKARTA -- Gubernur meresmikan",
        ("Republika.co.id", "Jakarta", "REPUBLIKA.CO.ID, JAKARTA --", "Gubernur"),
    ),
    ("JUARA.NET, KUALA LUMPUR - Pebulu tangkis", ("Juara.net", "Kuala Lumpur", "JUARA.NET, KUALA LUMPUR -", "Pebulu")),
    # place, outlet
    ("JAKARTA, KOMPAS.com - Polisi menangkap", ("Kompas.com", "Jakarta", "JAKARTA, KOMPAS.com -", "Polisi")),
    ("Jakarta, CNN Indonesia -- Rapper itu ditahan", ("CNN Indonesia", "Jakarta", "Jakarta, CNN Indonesia --", "Rapper")),
    ("Bandung, CNN Indonesia - - Bek Persib", ("CNN Indonesia", "Bandung", "Bandung, CNN Indonesia - -", "Bek")),
    ("MADRID, JUARA.net - Sebagai bagian", ("Juara.net", "Madrid", "MADRID, JUARA.net -", "Sebagai")),
    # place (outlet)
    ("Jakarta (ANTARA) - Tim Pencari Fakta", ("Antara", "Jakarta", "Jakarta (ANTARA) -", "Tim")),
    ("Los Angeles (ANTARA News) - Aktor itu", ("Antara News", "Los Angeles", "Los Angeles (ANTARA News) -", "Aktor")),
    ("Garut, Jawa Barat (ANTARA) - Menteri Sosial", ("Antara", "Garut, Jawa Barat", "Garut, Jawa Barat (ANTARA) -", "Menteri")),
    ("JAKARTA (Pos Kota) – Gubernur DKI", ("Pos Kota", "Jakarta", "JAKARTA (Pos Kota) –", "Gubernur")),
    ("KEBAYORAN BARU (Pos Kota) – Warga", ("Pos Kota", "Kebayoran Baru", "KEBAYORAN BARU (Pos Kota) –", "Warga")),
    ("Malang (Kabarpas.com) – Sebuah mobil", ("Kabarpas.com", "Malang", "Malang (Kabarpas.com) –", "Sebuah")),
    ("Kuala Lumpur, (AntaraKL) - Band itu", ("AntaraKL", "Kuala Lumpur", "Kuala Lumpur, (AntaraKL) -", "Band")),
    # outlet only
    ("Suara.com - Menteri Koordinator", ("Suara.com", None, "Suara.com -", "Menteri")),
    ("Merdeka.com - Wakil Wali Kota", ("Merdeka.com", None, "Merdeka.com -", "Wakil")),
    ("Rimanews - Indonesia menempati posisi", ("Rimanews", None, "Rimanews -", "Indonesia")),
    ("Suara.com -\n\nSebanyak 38 unit mobil", ("Suara.com", None, "Suara.com -", "Sebanyak")),
    # place only
    ("Jakarta - Presiden meresmikan jalan tol", (None, "Jakarta", "Jakarta -", "Presiden")),
    ("INGGRIS - Gelandang asal Brasil", (None, "Inggris", "INGGRIS -", "Gelandang")),
    ("KOREA SELATAN – Grup idola itu", (None, "Korea Selatan", "KOREA SELATAN –", "Grup")),
    ("SPANYOL– Perdana Menteri Spanyol", (None, "Spanyol", "SPANYOL–", "Perdana")),
    ("ARAB SAUDI — Pemerintah kedua negara", (None, "Arab Saudi", "ARAB SAUDI —", "Pemerintah")),
    ("  \nJAKARTA – Penyidik Polda", (None, "Jakarta", "JAKARTA –", "Penyidik")),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[case[0][:30] for case in DATELINES])
def test_reads_dateline(text: str, expected: tuple[str | None, str | None, str, str]) -> None:
    found = find_dateline(text)
    assert found is not None
    outlet, place, written, body = expected
    assert (found.dateline.outlet, found.dateline.place, found.dateline.text) == (outlet, place, written)
    assert text[found.body_start :].startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo, Jakarta, mengatakan bahwa proyek itu selesai.",
        "Presiden Tokayev – yang sebelumnya memberlakukan keadaan darurat – berjanji",
        "Mercedes - Benz meluncurkan model E - Class terbaru",
        "Paris Saint - Germain kembali ke jalur kemenangan!",
        "GO - JEK mengumumkan ekspansi ke 25 kota baru",
        "KPK – Komisi Pemberantasan Korupsi menetapkan tersangka",
        "Komisi Pemberantasan Korupsi (KPK) – lembaga antirasuah – menetapkan",
        "Baru - baru ini, rapper asal California merilis album",
        "Kalah 1 - 4 dari India adalah hal yang mengejutkan",
        "H - 2 lebaran, Stasiun Pasar Senen dipadati pemudik",
        "BTS, k - pop idols yang baru saja menggelar konser",
        "OPINI - Dalam konstelasi Pilkada DKI Jakarta tahun ini",
        "Kementerian Dalam Negeri Kazakhstan mengatakan, sebanyak delapan petugas polisi tewas",
        "Tsai Ing-wen mendarat di Honolulu",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("MATA INDONESIA", "Mata Indonesia"),
        ("ALMATY", "Almaty"),
        ("Bisnis.com", "Bisnis.com"),
        ("JAKARTA", "Jakarta"),
        ("ANTARA", "Antara"),
        ("KOMPAS.com", "Kompas.com"),
        ("DKI JAKARTA", "DKI Jakarta"),
        ("BOLASPORT.COM", "Bolasport.com"),
        ("Nusa Dua", "Nusa Dua"),
    ],
)
def test_readable_case(name: str, expected: str) -> None:
    assert readable(name) == expected
