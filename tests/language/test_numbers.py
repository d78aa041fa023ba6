"""find_numbers: digits, words, scales, units and qualifiers, on real phrases."""

from __future__ import annotations

import pytest

from telisik.language.numbers import find_numbers
from telisik.models import NumberMention

# phrase, lang, (text, min, max, unit) of the one mention expected
SINGLE = [
    # the seed sentences
    ("sebanyak delapan petugas polisi dan anggota penjaga nasional tewas", "id", ("delapan", 8, 8, None)),
    ("dan lebih dari 300 orang terluka.", "id", ("lebih dari 300", 301, None, None)),
    ("yang memegang lebih dari 80 persen kursi di parlemen", "id", ("lebih dari 80 persen", 80, None, "percent")),
    ("mereka juga telah menyita lima pesawat di bandara", "id", ("lima", 5, 5, None)),
    ("keadaan darurat selama dua pekan untuk seluruh negeri", "id", ("dua", 2, 2, None)),
    # digits, Indonesian separators
    ("Sebanyak 8.000 personel dikerahkan", "id", ("8.000", 8000, 8000, None)),
    ("tumbuh 2,5 persen tahun ini", "id", ("2,5 persen", 2.5, 2.5, "percent")),
    ("inflasi mencapai 80% pada kuartal itu", "id", ("mencapai 80%", 80, 80, "percent")),
    ("disita 1.283 botol minuman keras", "id", ("1.283", 1283, 1283, None)),
    # scale words and money
    ("anggaran Rp2,5 triliun untuk proyek itu", "id", ("Rp2,5 triliun", 2.5e12, 2.5e12, "IDR")),
    ("kerugian sekitar Rp 2,3 triliun", "id", ("sekitar Rp 2,3 triliun", 2.3e12, 2.3e12, "IDR")),
    ("penduduknya 3 juta jiwa", "id", ("3 juta", 3_000_000, 3_000_000, None)),
    ("bantuan 5 juta dolar AS", "id", ("5 juta dolar AS", 5_000_000, 5_000_000, "USD")),
    ("senilai 10 miliar rupiah", "id", ("10 miliar rupiah", 1e10, 1e10, "IDR")),
    # number words
    ("tiga ratus tujuh belas orang", "id", ("tiga ratus tujuh belas", 317, 317, None)),
    ("seribu orang berkumpul", "id", ("seribu", 1000, 1000, None)),
    ("dua puluh lima tahun", "id", ("dua puluh lima", 25, 25, None)),
    ("sebelas pemain", "id", ("sebelas", 11, 11, None)),
    ("seratus hari kerja", "id", ("seratus", 100, 100, None)),
    ("seribu dua ratus tiga puluh warga", "id", ("seribu dua ratus tiga puluh", 1230, 1230, None)),
    ("tiga ratus ribu pengungsi", "id", ("tiga ratus ribu", 300_000, 300_000, None)),
    ("seorang polisi terluka", "id", ("seorang", 1, 1, None)),
    # qualifiers
    ("sedikitnya 5 orang tewas", "id", ("sedikitnya 5", 5, None, None)),
    ("setidaknya tujuh rumah rusak", "id", ("setidaknya tujuh", 7, None, None)),
    ("hampir 100 rumah terendam", "id", ("hampir 100", 90, 99, None)),
    ("sekitar 50 orang", "id", ("sekitar 50", 50, 50, None)),
    ("kurang dari 10 orang", "id", ("kurang dari 10", None, 9, None)),
    ("paling banyak 20 kendaraan", "id", ("paling banyak 20", None, 20, None)),
    # vague quantities (conventions in numbers.py)
    ("ratusan warga mengungsi", "id", ("ratusan", 200, 999, None)),
    ("puluhan orang ditangkap", "id", ("puluhan", 20, 99, None)),
    ("belasan rumah terbakar", "id", ("belasan", 11, 19, None)),
    ("ribuan buruh berdemo", "id", ("ribuan", 2000, 9999, None)),
    ("puluhan ribu orang", "id", ("puluhan ribu", 20_000, 99_000, None)),
    # English
    ("eight people were killed", "en", ("eight", 8, 8, None)),
    ("twenty-five people", "en", ("twenty-five", 25, 25, None)),
    ("three hundred and seventeen police", "en", ("three hundred and seventeen", 317, 317, None)),
    ("more than 300 people were injured", "en", ("more than 300", 301, None, None)),
    ("at least 5 dead", "en", ("at least 5", 5, None, None)),
    ("nearly 100 homes", "en", ("nearly 100", 90, 99, None)),
    ("about 50 protesters", "en", ("about 50", 50, 50, None)),
    ("fewer than 10 cases", "en", ("fewer than 10", None, 9, None)),
    ("8,000 troops", "en", ("8,000", 8000, 8000, None)),
    ("a loan of US$2.5 billion", "en", ("US$2.5 billion", 2.5e9, 2.5e9, "USD")),
    ("hundreds of people", "en", ("hundreds", 200, 999, None)),
    ("up 12.5 percent", "en", ("12.5 percent", 12.5, 12.5, "percent")),
]


@pytest.mark.parametrize(("phrase", "lang", "expected"), SINGLE, ids=[case[0][:40] for case in SINGLE])
def test_reads_one_number(phrase: str, lang: str, expected: tuple[str, float | None, float | None, str | None]) -> None:
    mentions = find_numbers(phrase, lang)
    assert [(m.text, m.min, m.max, m.unit) for m in mentions] == [expected]


@pytest.mark.parametrize(("phrase", "lang", "expected"), SINGLE, ids=[case[0][:40] for case in SINGLE])
def test_span_indexes_the_text(phrase: str, lang: str, expected: tuple[str, float | None, float | None, str | None]) -> None:
    (mention,) = find_numbers(phrase, lang)
    assert phrase[mention.start : mention.end] == mention.text


def test_seed_typo_doubled_vowel_reads_as_eight() -> None:
    mentions = find_numbers("Akibatnya delaapan orang tewas dan 317 lika-luka.")
    assert [(m.text, m.min, m.max) for m in mentions] == [("delaapan", 8, 8), ("317", 317, 317)]


def test_doubled_vowel_of_an_unknown_word_is_not_a_number() -> None:
    assert find_numbers("jalan raya yang luaas") == []


@pytest.mark.parametrize(
    "phrase",
    [
        "protes yang berlangsung sejak Rabu (6/1).",
        "melansir Al Jazeera, Kamis, 6 Januari 2022.",
        "Minggu (11 / 6) dini hari",
        "dikutip pada 2022-01-06",
        "pada pukul 11.41 WIB",
        "sekitar pukul 02.30",
        "babak ke-3",
        "pandemi COVID-19 dan KTT G20",
        "sejak Januari 2022",
        "pada tahun 2016",
        "salah satu korban",
    ],
)
def test_dates_times_ordinals_and_codes_are_not_numbers(phrase: str) -> None:
    assert find_numbers(phrase) == []


def test_bare_year_gets_year_unit() -> None:
    (mention,) = find_numbers("pameran GIIAS 2016 di BSD")
    assert (mention.min, mention.unit) == (2016, "year")


def test_two_adjacent_atoms_are_two_numbers() -> None:
    # informal "dua tiga orang" (two or three people) must not add up to five
    assert [m.min for m in find_numbers("dua tiga orang")] == [2, 3]


def test_indonesian_dot_is_thousands_english_dot_is_decimal() -> None:
    assert find_numbers("1.500 orang", "id")[0].min == 1500
    assert find_numbers("1.5 percent", "en")[0].min == 1.5


def test_malay_uses_indonesian_data() -> None:
    assert [m.min for m in find_numbers("lebih dari 300 orang", "ms")] == [301]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="no language data"):
        find_numbers("300", "fr")


def test_mentions_are_ordered_and_disjoint() -> None:
    text = (
        "Kementerian Dalam Negeri Kazakhstan mengatakan, sebanyak delapan petugas polisi dan anggota "
        "penjaga nasional tewas dalam kerusuhan itu dan lebih dari 300 orang terluka."
    )
    mentions = find_numbers(text)
    assert [m.text for m in mentions] == ["delapan", "lebih dari 300"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert all(isinstance(m, NumberMention) for m in mentions)


# The forms issue 3 names that the tables of real phrases (test_number_phrases.py) do not show.
ISSUE_FORMS = [
    ("setengah juta pengungsi", "id", ("setengah juta", 500_000, 500_000, None)),
    ("sejuta umat", "id", ("sejuta", 1_000_000, 1_000_000, None)),
    ("seribu lima ratus warga", "id", ("seribu lima ratus", 1500, 1500, None)),
    ("dua belas orang", "id", ("dua belas", 12, 12, None)),
    ("korban mencapai 300 orang", "id", ("mencapai 300", 300, 300, None)),
    ("antara 200 hingga 300 orang", "id", ("antara 200 hingga 300", 200, 300, None)),
    ("antara 200 dan 300 orang", "id", ("antara 200 dan 300", 200, 300, None)),
    ("200 hingga 300 ribu orang", "id", ("200 hingga 300 ribu", 200_000, 300_000, None)),
    ("sekitar 200-300 orang", "id", ("sekitar 200-300", 200, 300, None)),
    ("bantuan 5 juta dolar AS", "id", ("5 juta dolar AS", 5_000_000, 5_000_000, "USD")),
    ("harga $130 saja", "id", ("$130", 130, 130, "USD")),
    ("Rp 2,7 jutaan per bulan", "id", ("Rp 2,7 jutaan", 2_700_000, 2_700_000, "IDR")),
    ("kerugian Rp 4.369,97 triliun", "id", ("Rp 4.369,97 triliun", 4_369_970_000_000_000, 4_369_970_000_000_000, "IDR")),
    ("sebanyak delapn orang", "id", ("delapn", 8, 8, None)),  # one letter dropped
    ("dozens of people", "en", ("dozens", 24, 99, None)),
    ("more than two dozen shots", "en", ("more than two dozen", 25, None, None)),
    ("between 200 and 300 people", "en", ("between 200 and 300", 200, 300, None)),
    ("twenty-three people", "en", ("twenty-three", 23, 23, None)),
]


@pytest.mark.parametrize(("phrase", "lang", "expected"), ISSUE_FORMS, ids=[case[0] for case in ISSUE_FORMS])
def test_issue_form(phrase: str, lang: str, expected: tuple[str, float | None, float | None, str | None]) -> None:
    assert [(m.text, m.min, m.max, m.unit) for m in find_numbers(phrase, lang)] == [expected]


@pytest.mark.parametrize(
    ("phrase", "lang"),
    [
        ("ibu kota Peru, Lima, kemarin", "id"),  # a capitalised number word inside a sentence is a name
        ("setengah jam kemudian", "id"),  # "setengah" counts only before a scale word
        ("di sebelah rumah", "id"),  # one letter from "sebelas", but a word of its own
        ("serang balik", "id"),  # one letter from "seorang"
        ("opened fire, killing a teen girl", "en"),  # no typo tolerance in English: "teen" is not "ten"
        ("call (813) 226-3377 now", "en"),  # a telephone number
        ("at around 2 a.m. Sunday", "en"),  # a clock time
    ],
)
def test_not_numbers(phrase: str, lang: str) -> None:
    assert find_numbers(phrase, lang) == []


def test_a_sentence_may_open_with_a_number_word() -> None:
    assert [(m.text, m.min) for m in find_numbers("Lima orang tewas. Mereka berkata: Lima orang lagi.")] == [
        ("Lima", 5), ("Lima", 5)
    ]


def test_a_score_is_not_a_range() -> None:
    assert [(m.min, m.max) for m in find_numbers("menang 2-1 atas tamu")] == [(2, 2), (1, 1)]


@pytest.mark.parametrize(
    ("phrase", "lang", "expected"),
    [
        ("(Baca: Seribu lebih pendaki", "id", [("Seribu lebih", 1001, None, None)]),
        ("sebanyak 200 lebih.", "id", [("200 lebih", 201, None, None)]),
        ("tiga kali lebih besar", "id", [("tiga", 3, 3, None)]),  # a comparison
        ("300 or more people", "en", [("300 or more", 300, None, None)]),
    ],
)
def test_qualifier_after_the_number(phrase: str, lang: str, expected: list[tuple[str, float | None, float | None, str | None]]) -> None:
    assert [(m.text, m.min, m.max, m.unit) for m in find_numbers(phrase, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ketiga korban tewas dibawa ke rumah sakit.", ("Ketiga", 3)),
        ("Keduanya tewas di tempat kejadian.", ("Keduanya", 2)),
        ("Ledakan itu menewaskan ketiga penumpang.", ("ketiga", 3)),
        ("Polisi menangkap sopir dan kedua penumpangnya.", ("kedua", 2)),
        ("Kesembilan jenazah akan dievakuasi melalui Sibolga.", ("Kesembilan", 9)),
        ("Kedua belas korban dimakamkan hari ini.", ("Kedua belas", 12)),
        ("Polisi memeriksa ketiganya, kata Awi.", ("ketiganya", 3)),
    ],
)
def test_group_numerals_count_the_group(text: str, expected: tuple[str, float]) -> None:
    """ke- before a number word where a noun phrase begins names all of them: "kedua korban" = both victims."""
    found = find_numbers(text, "id")
    assert [(m.text, m.min) for m in found] == [expected]
    assert found[0].min == found[0].max


@pytest.mark.parametrize(
    "text",
    [
        "Pada hari kedua banjir mulai surut.",  # after a noun: the second day
        "Anak keduanya lahir di Bandung.",  # his second child
        "Untuk kedua kalinya banjir melanda.",  # for the second time
        "Kedua, pemerintah akan membantu.",  # secondly
        "Kedua untuk menjaga hubungan baik.",  # secondly, to …
        "Ia kota terbesar ketiga di Asia.",
        "Jakarta menjadi kota ketiga terpadat.",
        "Podium kedua dan ketiga dihuni pebalap Mercedes.",  # an ordinal listed after another
        "Yang pertama mode standar dan kedua mode tim.",
        "Berkas itu dibawa ke PN Bekasi dan ketiga Rohadi disangkakan.",  # thirdly, a name follows
    ],
)
def test_ordinals_are_not_counts(text: str) -> None:
    assert find_numbers(text, "id") == []


def test_english_has_no_group_numerals() -> None:
    assert find_numbers("Kedua korban tewas.", "en") == []


def test_a_noun_that_looks_like_a_verb_keeps_the_ordinal() -> None:
    assert find_numbers("Ia menjadi menteri kedua dari partai itu.", "id") == []


def test_a_copula_keeps_the_ordinal() -> None:
    assert find_numbers("Final ini menjadi ketiga secara beruntun bagi Juventus.", "id") == []
