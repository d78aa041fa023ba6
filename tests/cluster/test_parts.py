"""The cluster stage's parts: stems, TF-IDF, the index, the copy detector, the learned model."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from telisik.cluster.decision import JoinModel, load_model, model_from_dict
from telisik.cluster.duplicates import CopyDetector
from telisik.cluster.index import InvertedIndex
from telisik.cluster.lexical import DocumentFrequencies, cosine, terms
from telisik.cluster.signals import FEATURES, find_names, find_numbers
from telisik.language.stemming import stem


@pytest.mark.parametrize(("word", "lang", "expected"), [
    ("menyita", "id", "sita"),
    ("penyitaan", "id", "sita"),
    ("disita", "id", "sita"),
    ("pemerintah", "id", "perintah"),
    ("kazakhstan", "id", "kazakhstan"),
    ("shootings", "en", "shoot"),
    ("killed", "en", "kill"),
    ("news", "en", "news"),
    ("police", "en", "police"),
])
def test_stems(word: str, lang: str, expected: str) -> None:
    assert stem(word, lang) == expected


def test_terms_are_stemmed_drop_stopwords_and_weigh_titles() -> None:
    counts = terms("Banjir Bandung", "Banjir yang merendam rumah di Bandung", "id")
    assert counts["banjir"] == 3 and counts["bandung"] == 3 and counts["rendam"] == 1
    assert "yang" not in counts and "di" not in counts


def test_weights_are_unit_length_and_cosine_is_bounded() -> None:
    frequencies = DocumentFrequencies()
    a = terms(None, "Pesawat latih jatuh di Cilacap, dua pilot tewas.", "id")
    b = terms(None, "Banjir merendam ratusan rumah warga di Bandung.", "id")
    frequencies.add(a)
    frequencies.add(b)
    wa, wb = frequencies.weigh(a), frequencies.weigh(b)
    assert sum(w * w for w in wa.values()) == pytest.approx(1.0)
    assert cosine(wa, wa, 1.0) == pytest.approx(1.0)
    assert 0.0 <= cosine(wa, wb, 1.0) < 0.2


def test_names_and_numbers() -> None:
    names = find_names("Presiden Tokayev meminta bantuan CSTO di Almaty.", "Krisis Kazakhstan",
                       frozenset({"presiden"}), ("Kementerian Dalam Negeri",))
    assert {"tokayev", "csto", "almaty", "kazakhstan", "kementerian", "dalam", "negeri"} <= names
    assert "presiden" not in names and "meminta" not in names
    assert find_numbers("Sebanyak 317 orang terluka dan 8 tewas pada 5/1.", None) == {"317", "8", "5", "1"}


def test_index_ranks_by_shared_weight_and_reads_only_recent_postings() -> None:
    index = InvertedIndex(scan=2)
    index.add(1, ["a", "b"])
    index.add(2, ["a"])
    index.add(3, ["a", "b"])
    assert index.search({"a": 1.0}, limit=5) == [3, 2]  # story 1 is past the scan on "a"…
    assert index.search({"a": 1.0, "b": 1.0}, limit=5) == [3, 2, 1]  # (found through "b")
    index.add(1, ["a"])  # …until it takes a new article and becomes recent again
    assert index.search({"a": 1.0}, limit=5) == [1, 3]
    index.remove(3, ["a", "b"])
    assert 3 not in index.search({"a": 1.0, "b": 1.0}, limit=5)
    index.remove(1, ["a", "b"])
    index.remove(2, ["a"])
    assert len(index) == 0


TEXT = ("Gempa berkekuatan magnitudo 6,2 mengguncang Kabupaten Mamuju, Sulawesi Barat, pada Jumat dini hari. "
        "Badan Nasional Penanggulangan Bencana mencatat sedikitnya 34 orang meninggal dunia dan ratusan rumah rusak.")


def test_copy_detector_finds_copies_not_rewrites_and_forgets() -> None:
    detector = CopyDetector()
    original = detector.signature(TEXT)
    detector.add(1, original, None)
    assert detector.find(detector.signature("JAKARTA - " + TEXT)) is not None
    rewrite = ("Sedikitnya 34 warga meninggal setelah gempa magnitudo 6,2 mengguncang Mamuju pada Jumat, "
               "menurut BNPB, yang juga mencatat ratusan rumah rusak di Sulawesi Barat.")
    assert detector.find(detector.signature(rewrite)) is None
    assert detector.signature("Terlalu pendek.") is None
    detector.remove(1)
    assert detector.find(original) is None and len(detector) == 0


def test_shipped_model_matches_the_features_and_explains_itself() -> None:
    model = load_model()
    assert len(model.weights) == len(FEATURES)
    assert 0.0 < model.join_probability < 1.0 and 0.0 < model.reopen_probability < 1.0
    assert len(model.reopen_weights) in (0, len(FEATURES))
    assert "calibrate_cluster.py" in model.note
    data = json.loads((resources.files("telisik.cluster") / "join_model.json").read_text("utf-8"))
    assert model_from_dict(data) == model
    # More similar text is never less likely to be the same story.
    for name in ("tfidf", "names"):
        assert model.weights[FEATURES.index(name)] > 0


def test_a_model_for_other_features_is_refused() -> None:
    data = JoinModel((1.0,) * len(FEATURES), 0.0, 0.5, 0.9).as_dict()
    data["features"] = ["tfidf"]
    with pytest.raises(ValueError, match="re-run calibration"):
        model_from_dict(data)


def test_document_frequencies_forget_one_off_terms_past_their_bound() -> None:
    frequencies = DocumentFrequencies(max_terms=10)
    for i in range(8):
        frequencies.add({"common", f"once{i}"})
    assert len(frequencies.counts) == 9
    frequencies.add({"common", "once8", "once9"})  # 11 distinct terms: the one-offs go
    assert dict(frequencies.counts) == {"common": 9}
    assert frequencies.idf("once3") == frequencies.idf("never-seen")


def test_only_dates_that_name_their_year_are_explicit() -> None:
    from datetime import date as day_

    from telisik.cluster.signals import explicit_day
    from telisik.models import PublishedDate

    assert explicit_day(PublishedDate(day_(2016, 10, 3), False, "metadata")) == day_(2016, 10, 3)
    assert explicit_day(PublishedDate(day_(2013, 9, 14), True, "text: September 14, 2013")) == day_(2013, 9, 14)
    # A bare weekday is read relative to the arrival day: it cannot tell two events apart.
    assert explicit_day(PublishedDate(day_(2026, 11, 20), True, "text: Friday")) is None
    assert explicit_day(None) is None


def test_conflicting_years_and_far_explicit_dates_are_features() -> None:
    from datetime import date as day_

    from telisik.cluster.signals import ArticleSignals, StoryState, find_years, pair_features

    assert find_years(find_numbers("Gempa 2005 menewaskan 10 orang; pada 2013 terjadi lagi", None)) == {"2005", "2013"}
    names = DocumentFrequencies()
    for found in ({"qeshm", "iran"}, {"iran"}, {"jakarta"}, {"qeshm", "iran"}):  # the last: the arriving article
        names.add(found)

    def signals(i: int, numbers: set[str], explicit: day_ | None) -> ArticleSignals:
        found = frozenset(numbers)
        return ArticleSignals(i, {"quake": 1.0}, frozenset({"qeshm", "iran"}), found, explicit, None,
                              explicit_day=explicit, years=find_years(found))

    story = StoryState(1)
    story.add(signals(1, {"2005", "10"}, day_(2005, 11, 27)))
    same = dict(zip(FEATURES, pair_features(signals(2, {"2005", "10"}, day_(2005, 11, 28)), story, names)))
    other = dict(zip(FEATURES, pair_features(signals(3, {"2008", "6"}, day_(2008, 9, 10)), story, names)))
    assert same["years_conflict"] == 0.0 and other["years_conflict"] == 1.0
    assert same["numbers_share"] == 1.0 and other["numbers_share"] == 0.0
    assert same["far_gap"] == pytest.approx(0.6931, abs=1e-3) and other["far_gap"] > 6.9  # log(1 + 1); > 1000 days
    # "qeshm" is the story's alone (its article and the arriving one: exclusive, 1.0) but named by 2 of the
    # 4 documents (rarity 1 - 2/4); "iran" is in 4 documents, 1 the story's.
    assert same["rare_name"] == pytest.approx(1.0 * (1 - 2 / 4))
    only_iran = ArticleSignals(4, {"quake": 1.0}, frozenset({"iran"}), frozenset(), None, None)
    names.add({"iran"})  # the arriving article is counted before it is compared, as in the clusterer
    assert dict(zip(FEATURES, pair_features(only_iran, story, names)))["rare_name"] == pytest.approx(2 / 4 * (1 - 4 / 5))


def test_the_reopening_model_scores_closed_stories_and_round_trips() -> None:
    weights = tuple(float(i) for i in range(len(FEATURES)))
    model = JoinModel((0.0,) * len(FEATURES), -5.0, 0.5, 0.7, "", (0.0, 0.0), weights, -1.0)
    features = [0.0, 1.0] + [0.0] * (len(FEATURES) - 2)
    assert model.probability(features) < 0.01  # logistic(-5)
    assert model.reopen_probability_of(features) == pytest.approx(0.5)  # logistic(-1 + 1 × 1)
    assert model_from_dict(json.loads(json.dumps(model.as_dict()))) == model
    without = JoinModel((0.0,) * len(FEATURES), -5.0, 0.5, 0.7)
    assert without.reopen_probability_of(features) == without.probability(features)
    data = model.as_dict()
    data["reopen_weights"] = [1.0]
    with pytest.raises(ValueError, match="reopen_weights"):
        model_from_dict(data)
