"""Trimming: where an Indonesian sentence may end early, and that a trimmed sentence cites its kept prefix."""

from __future__ import annotations

import pytest

from telisik.evaluate.summarise import citations_hold
from telisik.models import AnalysedArticle
from telisik.summarise.compress import TRIM_RULES, cut_points, trim_lexicon
from telisik.summarise.extractive import TRIM, TRIM_LANGUAGES, TRIM_SEVERAL, select_sentences
from telisik.summarise.scorer import scorer_from_dict
from telisik.summarise.features import FEATURES
from tests.summarise.test_learned import article


def kept(text: str, rules: frozenset[str] = TRIM) -> list[str]:
    return [text[:cut] for cut in cut_points(text, "id", rules)]


@pytest.mark.parametrize(("text", "expected"), [
    # clause: a reason clause goes
    ("Tito mengatakan para teroris cenderung menggunakan aplikasi Telegram karena layanan pesan dapat disadap.",
     ["Tito mengatakan para teroris cenderung menggunakan aplikasi Telegram"]),
    # place, then date: each is a cut
    ("Mobil itu oleng dan menabrak tiang lampu di Jalan Permata Berlian, Jakarta Selatan, Kamis (16 / 11) malam.",
     ["Mobil itu oleng dan menabrak tiang lampu", "Mobil itu oleng dan menabrak tiang lampu di Jalan Permata Berlian, "
      "Jakarta Selatan"]),
    # date after "pada"
    ("Polisi menangkap dua tersangka pencurian sapi pada Minggu (18 / 6) kemarin.",
     ["Polisi menangkap dua tersangka pencurian sapi"]),
    # participle after a comma
    ("Wisatawan asal Perancis kini menduduki peringkat teratas, menggeser Inggris dan Jerman.",
     ["Wisatawan asal Perancis kini menduduki peringkat teratas"]),
])
def test_cut_points_end_a_sentence_before_what_a_reader_can_do_without(text: str, expected: list[str]) -> None:
    assert kept(text) == expected


@pytest.mark.parametrize("text", [
    # the verb is only inside a "yang" clause: "Resepsi … yang digelar" would have no predicate
    "Resepsi pernikahan Raisa dan Hamish yang digelar pada Minggu (3 / 9) malam di Jakarta berlangsung riuh.",
    # "di" before a lower-case word is no place; the predicate comes after it
    "Milla mengakui, penyelesaian akhir para pemainnya di lapangan masih sangat kurang.",
    # a leading "Menurut X," is not the main clause
    "Menurut Kadiv Humas Polri Irjen Boy Rafli Amar, Senin (29 / 8), penangkapan dilakukan berdasarkan informasi.",
    # no hanging reporting verb, no "tidak hanya" without its second part
    "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Argo Yuwono mengatakan, pada Senin pelaku ditangkap.",
    "Musim mekar bunga sakura tak hanya terjadi di Jepang atau Belanda.",
    # a capitalised word is a name, not a verb ("Disdagperin" looks like di- + root)
    "Kepala Disdagperin Provinsi Bali Ni Wayan Kusumawathi, menuturkan pameran akan digelar.",
])
def test_no_cut_leaves_a_sentence_without_its_main_clause(text: str) -> None:
    assert kept(text, TRIM_RULES) == []


def test_english_cut_points_read_the_english_lexicon() -> None:
    assert trim_lexicon("ms") is None  # no trim.txt: never trimmed
    text = "Police officers arrested two young men on Monday after a long chase through the city centre."
    assert kept_en(text) == ["Police officers arrested two young men", "Police officers arrested two young men on Monday"]
    assert cut_points("Polisi menangkap dua tersangka pencurian sapi pada Minggu.", "id", ()) == []


def kept_en(text: str) -> list[str]:
    return [text[:cut] for cut in cut_points(text, "en", frozenset({"clause", "date", "place"}))]


@pytest.mark.parametrize("text", [
    # the main verb comes after the cut: "in a divided decision late" has none ("divided" follows "a")
    "The U.S. Supreme Court in a divided decision late Friday ruled in favor of lifting the restrictions.",
    # "who" opens a relative clause: its verb is not the main clause's
    "New York Lt. Gov. Kathy Hochul, who will make history as governor, on Sunday vowed to uphold integrity.",
    # a reporting verb whose reported clause has no verb yet
    "The Islamic State group says the attack outside the British Parliament in London was carried out by it.",
    # the date is followed by the complement: "warned on Thursday that …"
    "Whistleblower Dr. Rick Bright warned on Thursday that the country lacks a plan for a vaccine.",
])
def test_no_english_cut_leaves_a_sentence_without_its_main_clause(text: str) -> None:
    assert kept_en(text) == []


def test_english_is_not_trimmed_in_summaries() -> None:
    # data/en/trim.txt serves a measurement (bench/README.md); only measured languages are trimmed
    assert TRIM_LANGUAGES == frozenset({"id"}) and not TRIM_SEVERAL


LEAD = "Banjir setinggi satu meter merendam ratusan rumah di Kecamatan Bekasi Timur pada Sabtu pagi."
LONG = ("Badan Penanggulangan Bencana Daerah mengerahkan puluhan perahu karet dan ratusan relawan ke lokasi banjir "
        "setelah hujan deras mengguyur kawasan itu sejak Jumat malam hingga Sabtu dini hari dan membuat sungai "
        "di sekitar permukiman meluap.")


def member(sentences: list[str]) -> AnalysedArticle:
    return article(1, sentences)


def flat_scorer(value: float) -> dict:
    # every sentence covers ``value`` reference words per word (a single leaf)
    leaf = {"feature": [-2], "threshold": [-2.0], "left": [-1], "right": [-1], "value": [0.0]}
    return {"features": list(FEATURES), "init": value, "learning_rate": 0.1, "trees": [leaf], "target": "precision"}


def test_a_sentence_too_long_for_the_budget_enters_trimmed_and_cites_its_prefix() -> None:
    article = member([LEAD, LONG])
    assert len(LONG.split()) > 29  # the long sentence cannot enter whole
    scorer = scorer_from_dict(flat_scorer(0.6))
    chosen = select_sentences([article], max_words=29, scorer=scorer)
    assert sum(len(s.text.split()) for s in chosen) <= 29
    trimmed = [s for s in chosen if s.kind == "compressed"]
    assert len(trimmed) == 1  # the long sentence, ended at a cut point
    [part] = trimmed[0].parts
    assert LONG.startswith(part.quote) and trimmed[0].text == part.quote + "."
    assert citations_hold(trimmed[0], {1: article.article.text})
    whole = select_sentences([article], max_words=29, scorer=scorer, trim=())
    assert all(s.kind != "compressed" for s in whole) and len(whole) == 1
