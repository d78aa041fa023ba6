"""Casualty claims: kind, interval, victim group, qualifier, source chain, confidence."""

from __future__ import annotations

import pytest

from telisik.extract.claims import find_claims
from telisik.extract.entities import find_entities
from telisik.language.dates import find_dates
from telisik.language.numbers import find_numbers
from telisik.language.sentences import split_sentences
from telisik.models import Claim


def claims_of(text: str, lang: str = "id") -> list[Claim]:
    return find_claims(
        text,
        split_sentences(text, lang),
        find_numbers(text, lang),
        find_dates(text, lang),
        find_entities(text, lang),
        lang,
    )


def summary(text: str, lang: str = "id") -> list[tuple[str, float | None, float | None]]:
    return [(c.kind, c.min, c.max) for c in claims_of(text, lang)]


# --------------------------------------------------------------------------- the seeds


def test_seed_000_killed_eight_police_and_guards(seed_000: str) -> None:
    killed = [c for c in claims_of(seed_000) if c.kind == "killed"]
    assert len(killed) == 1
    claim = killed[0]
    assert (claim.min, claim.max, claim.text) == (8, 8, "delapan")
    assert claim.subject == "petugas polisi dan anggota penjaga nasional"
    assert claim.source_chain == ("Kementerian Dalam Negeri Kazakhstan",)
    assert seed_000[claim.start : claim.end] == "delapan"
    assert seed_000[claim.sentence_start : claim.sentence_end].startswith("Kementerian Dalam Negeri Kazakhstan")


def test_seed_000_injured_more_than_300(seed_000: str) -> None:
    injured = [c for c in claims_of(seed_000) if c.kind == "injured"]
    assert len(injured) == 1
    claim = injured[0]
    assert (claim.min, claim.max) == (301, None)
    assert claim.qualifier == "lebih dari"
    assert claim.subject == "orang"
    assert claim.source_chain == ("Kementerian Dalam Negeri Kazakhstan",)


def test_seed_000_other_counts_are_not_casualties(seed_000: str) -> None:
    # "lima pesawat", "80 persen", dates (6/1) and (5/1) are not casualty counts.
    assert summary(seed_000) == [("killed", 8, 8), ("injured", 301, None)]


def test_seed_003_typos_delaapan_and_lika_luka(seed_003: str) -> None:
    sentence = "Akibatnya delaapan orang tewas dan 317 lika-luka."
    claims = claims_of(sentence)
    assert [(c.kind, c.min, c.max, c.subject) for c in claims] == [
        ("killed", 8, 8, "orang"),
        ("injured", 317, 317, None),
    ]
    assert claims[1].confidence < claims[0].confidence  # read through the typo rule


def test_seed_003_all_claims_and_the_kazakh_chain(seed_003: str) -> None:
    claims = claims_of(seed_003)
    assert [(c.kind, c.min) for c in claims] == [("killed", 8), ("injured", 317), ("injured", 317), ("killed", 8)]
    relayed = claims[2:]
    assert {c.source_chain for c in relayed} == {("Kementerian Dalam Negeri", "Kazakh")}
    assert relayed[0].subject == "polisi dan prajurit penjaga nasional"


# --------------------------------------------------------------------------- Indonesian patterns


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sedikitnya 3 orang tewas dalam gempa bumi itu.", [("killed", 3, None)]),
        ("Kebakaran maut itu menewaskan 233 orang.", [("killed", 233, 233)]),
        ("Korban tewas sebanyak 12 orang.", [("killed", 12, 12)]),
        ("Jumlah korban jiwa bisa mencapai lebih dari 100 orang.", [("killed", 101, None)]),
        ("Sejauh ini sudah 38 orang yang ditemukan tewas.", [("killed", 38, 38)]),
        ("Dua korban yang tewas ternyata masih pelajar.", [("killed", 2, 2)]),
        ("Satu orang meninggal dunia dan lima warga luka-luka.", [("killed", 1, 1), ("injured", 5, 5)]),
        ("Banjir juga mengakibatkan 1 orang terluka.", [("injured", 1, 1)]),
        ("Tiga pendaki dinyatakan hilang di Gunung Semeru.", [("missing", 3, 3)]),
        ("Polisi menangkap 5 orang tersangka pengeroyokan.", [("arrested", 5, 5)]),
        ("Sebanyak 14 pelaku diamankan di Polres Cilacap.", [("arrested", 14, 14)]),
        ("Ratusan orang terluka akibat bentrokan itu.", [("injured", 200, 999)]),
        ("Tidak ada korban jiwa dalam kebakaran tersebut.", [("killed", 0, 0)]),
        ("Dua penumpang mengalami luka - luka.", [("injured", 2, 2)]),
        ("Seorang bocah berusia 12 tahun tewas tertabrak truk.", [("killed", 1, 1)]),  # the age is not a count
        ("Ratusan warga mengungsi akibat banjir.", [("evacuated", 200, 999)]),
        ("Sebanyak 1.200 orang dievakuasi dari zona merah.", [("evacuated", 1200, 1200)]),
        ("Jumlah pengungsi mencapai 3.500 jiwa.", [("evacuated", 3500, 3500)]),
        ("Sebanyak 40 keluarga kehilangan tempat tinggal.", [("displaced", 40, 40)]),
        ("Dua polisi dan seorang warga tewas.", [("killed", 3, 3)]),
        ("Tiga orang tewas dan 12 lika-luka.", [("killed", 3, 3), ("injured", 12, 12)]),
    ],
)
def test_indonesian_patterns(sentence: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert summary(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Mereka menyita lima pesawat di bandara.",
        "Partai itu memegang lebih dari 80 persen kursi di parlemen.",
        "Kerugian mencapai Rp 5 miliar, namun tidak ada yang tewas.",
        "Protes berlangsung sejak Rabu (5/1) dan tewas menjadi kata yang sering terdengar.",
        "Sekitar 15 kerabat dan teman datang melayat.",
        "Tidak ada angka korban sipil yang dirilis.",
        "Gempa itu terjadi 3 hari setelah 2 kapal tenggelam.",
    ],
)
def test_not_casualties(sentence: str) -> None:
    assert claims_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "chain"),
    [
        ("Menurut BNPB, 12 orang tewas akibat banjir bandang.", ("BNPB",)),
        ("Lima warga tewas tertimbun longsor, kata Kapolres Garut Wirdhanto.", ("Wirdhanto",)),
        ("Basarnas mengatakan 7 nelayan hilang, melansir Antara.", ("Basarnas", "Antara")),
        ("Tiga orang tewas dalam kecelakaan itu.", ()),
    ],
)
def test_source_chain(sentence: str, chain: tuple[str, ...]) -> None:
    [claim] = claims_of(sentence)
    assert claim.source_chain == chain


def test_confidence_orders_explicitness() -> None:
    with_subject, bare = claims_of("Delapan orang tewas dan 12 luka.")
    [by_verb] = claims_of("Serangan itu menewaskan 4 orang.")
    [by_noun] = claims_of("Korban tewas mencapai 9 orang.")
    assert with_subject.confidence == bare.confidence == by_verb.confidence > by_noun.confidence
    assert all(0.5 <= c.confidence <= 0.9 for c in (with_subject, bare, by_verb, by_noun))


# --------------------------------------------------------------------------- English


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "a 12-year-old": one victim without a number; "he and three others": four
        ("A 12-year-old was in critical condition after he and three others were shot.",
         [("injured", 1, 1), ("injured", 4, 4)]),
        ("Two men were shot and killed Saturday night.", [("killed", 2, 2)]),
        ("A one-year-old girl was fatally shot and 2 people were wounded.", [("killed", 1, 1), ("injured", 2, 2)]),
        ("A man was shot and killed Tuesday night.", [("killed", 1, 1)]),
        ("Another 5-year-old was hurt and Juliet Lynch was killed.", [("injured", 1, 1), ("killed", 1, 1)]),
        ("He bought a car that was damaged.", []),
        ("At least 3 people were killed, police said.", [("killed", 3, None)]),
        ("The gunman opened fire, killing 2 and wounding four.", [("killed", 2, 2), ("injured", 4, 4)]),
        ("Police arrested 2 suspects on Monday.", [("arrested", 2, 2)]),
        ("The death toll rose to 12 on Tuesday.", [("killed", 12, 12)]),
        ("No one was injured in the shooting.", [("injured", 0, 0)]),
    ],
)
def test_english_patterns(sentence: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert summary(sentence, "en") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ages and shots are not head counts; "the 15-year-old" and "he" are one person each
        ("The 15-year-old was shot at about 6 p.m. Monday.", [("injured", 1, 1, "The")]),
        ("He fired 4 shots before he was killed.", [("killed", 1, 1, "he")]),
        ("The victims, ages 13, 17 and 19, were treated and released.", []),
    ],
)
def test_english_not_counts(sentence: str, expected: list[tuple[str, float, float, str]]) -> None:
    assert [(c.kind, c.min, c.max, c.text) for c in claims_of(sentence, "en")] == expected


def test_english_according_to() -> None:
    [claim] = claims_of("Four people were wounded, according to Reuters.", "en")
    assert (claim.kind, claim.min, claim.source_chain) == ("injured", 4, ("Reuters",))


def test_a_number_called_is_not_a_count() -> None:
    assert summary("His friends called 911 and 2 people were wounded.", "en") == [("injured", 2, 2)]


def test_one_victim_told_twice_is_killed_not_also_injured() -> None:
    text = "A man was shot on Main Street. Two men were killed."
    assert summary(text, "en") == [("killed", 2, 2)]
    assert summary("A man was shot on Main Street.", "en") == [("injured", 1, 1)]


# --------------------------------------------------------------------------- issue 6a: lists, "shot", kinds


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # victims listed before one casualty word are added up
        ("Two men and a woman were shot.", [("injured", 3, 3)]),
        ("A man and his 11-year-old son were found dead in a car.", [("killed", 2, 2)]),
        ("She and three others were shot outside a nightclub.", [("injured", 4, 4)]),
        ("Thomas shot and killed Veondus Dennis and Antwan Wheeler on May 10.", [("killed", 2, 2)]),
        # "others" add to the count of the same kind before them; another kind does not
        ("The attack left one person hurt and three others wounded.", [("injured", 4, 4)]),
        ("A man was killed and two others were wounded.", [("killed", 1, 1), ("injured", 2, 2)]),
        # "shot" counts the killed too
        ("Four people were shot, one fatally.", [("injured", 3, 3), ("killed", 1, 1)]),
        ("Five people were shot and two of the victims died.", [("injured", 3, 3), ("killed", 2, 2)]),
        # an injury that turned fatal; a verb before the victim binds tighter than a word after it
        ("A 15-year-old boy was shot in the head and killed.", [("killed", 1, 1)]),
        ("Smith was shot at his home on Monday and died in hospital.", [("killed", 1, 1)]),
        ("A shooting killed one teen and wounded five people.", [("killed", 1, 1), ("injured", 5, 5)]),
        ("The gunman fatally wounded a 17-year-old boy and injured five others.", [("killed", 1, 1), ("injured", 5, 5)]),
        ("The shooting killed a 17 year-old boy on Tuesday.", [("killed", 1, 1)]),
        ("Police investigate the shooting death of a 15-year-old boy.", [("killed", 1, 1)]),
        ("A 22-month-old boy is dead after the shooting.", [("killed", 1, 1)]),
        # the one who did it is not a victim; "not", "neither" deny
        ("Fuller shot both of his sons.", []),
        ("A man shot his wife.", [("injured", 1, 1)]),
        ("Two 4-year-old girls were not shot on Thursday.", []),
        ("Neither the driver nor the passenger was injured.", []),
        # numbers in names, addresses and clock times are not head counts
        ("Deputies responded to a shooting at 2501 Carter Homestead Rd. on Monday.", []),
        ("2:07 Mother of toddler declared brain dead", []),
        ("Hundreds of residents were evacuated and 40 families were left homeless.",
         [("evacuated", 200, 999), ("displaced", 40, 40)]),
    ],
)
def test_english_lists_and_kinds(sentence: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert summary(sentence, "en") == expected


def test_coordinated_claim_spans_the_list() -> None:
    text = "Police said two men and a woman were shot."
    [claim] = claims_of(text, "en")
    assert text[claim.start : claim.end] == "two men and a"
    assert claim.subject == "two men and a woman"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Two men, a woman and a child were killed in the crash.", "en", [("killed", 4, 4)]),
        ("Three men, two women and a child were wounded.", "en", [("injured", 6, 6)]),
        ("Dua warga, tiga polisi dan seorang anak tewas.", "id", [("killed", 6, 6)]),
        ("He wounded his wife, Anjum, before fleeing.", "en", [("injured", 1, 1)]),  # a name after a comma: one
    ],
)
def test_victims_listed_with_commas_add_up(text: str, lang: str, expected: list[tuple[str, float, float]]) -> None:
    assert summary(text, lang) == expected


def test_an_apposition_of_counts_is_not_added_up() -> None:
    """ "two victims, a man and a woman" are two people told twice, never four."""
    assert all(low is None or low < 4 for _, low, _ in summary("Two victims, a man and a woman, were shot.", "en"))


def test_a_death_elsewhere_in_the_article_makes_one_victim_shot_no_injury() -> None:
    text = "Police are investigating a homicide on Main Street. A man was shot there on Monday."
    assert summary(text, "en") == []
    assert summary("A man was shot on Main Street on Monday.", "en") == [("injured", 1, 1)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Jumlah korban tewas banjir bandang di Sukabumi bertambah menjadi 21 orang.", [("killed", 21, 21)]),
        ("Korban meninggal akibat gempa Cianjur mencapai 268 orang.", [("killed", 268, 268)]),
        ("Empat pemuda tewas dan 3 lainnya terluka.", [("killed", 4, 4), ("injured", 3, 3)]),
        ("Petugas menemukan 2 jenazah di sungai.", [("killed", 2, 2)]),
        ("Banjir itu merenggut sepuluh nyawa.", [("killed", 10, 10)]),
    ],
)
def test_indonesian_tolls_and_bodies(sentence: str, expected: list[tuple[str, float, float | None]]) -> None:
    assert summary(sentence) == expected
