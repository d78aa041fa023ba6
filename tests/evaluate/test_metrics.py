"""Metric code against hand-computed expectations (and a brute-force cross-check)."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from telisik.evaluate.metrics import (
    EntitySpan,
    Scores,
    mean_rouge,
    pairs,
    rouge_f1,
    score_clustering,
    score_entities,
    scores_from_counts,
    spans_from_tags,
)

# --------------------------------------------------------------------------- P/R/F1


@pytest.mark.parametrize(
    ("tp", "predicted", "gold", "expected"),
    [
        (2, 4, 4, Scores(0.5, 0.5, 0.5)),
        (1, 2, 1, Scores(0.5, 1.0, 2 / 3)),
        (0, 0, 0, Scores(1.0, 1.0, 1.0)),  # nothing asked, nothing given
        (0, 0, 5, Scores(0.0, 0.0, 0.0)),  # no predictions: precision 0, as conlleval
        (0, 3, 0, Scores(0.0, 0.0, 0.0)),  # predictions but no gold
    ],
)
def test_scores_from_counts(tp: int, predicted: int, gold: int, expected: Scores) -> None:
    assert scores_from_counts(tp, predicted, gold).as_dict() == pytest.approx(expected.as_dict())


# --------------------------------------------------------------------------- entities


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], {EntitySpan(0, 2, "PER"), EntitySpan(3, 4, "LOC")}),
        (["I-PER", "I-PER"], {EntitySpan(0, 2, "PER")}),  # I- after nothing starts an entity
        (["O", "I-ORG", "I-ORG"], {EntitySpan(1, 3, "ORG")}),  # I- after O starts an entity
        (["B-PER", "B-PER"], {EntitySpan(0, 1, "PER"), EntitySpan(1, 2, "PER")}),
        (["B-PER", "I-LOC"], {EntitySpan(0, 1, "PER"), EntitySpan(1, 2, "LOC")}),  # type change splits
        (["B-ORG", "I-ORG", "O", "I-ORG"], {EntitySpan(0, 2, "ORG"), EntitySpan(3, 4, "ORG")}),
        (["O", "O"], set()),
        ([], set()),
    ],
)
def test_spans_from_tags_follows_conlleval(tags: list[str], expected: set[EntitySpan]) -> None:
    assert spans_from_tags(tags) == expected


def test_score_entities_hand_computed() -> None:
    # sentence 1: "Joko Widodo ke Jakarta"; sentence 2: "Menteri Retno Marsudi di Kementerian Luar Negeri"
    gold = [
        spans_from_tags(["B-PER", "I-PER", "O", "B-LOC"]),
        spans_from_tags(["O", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG"]),
    ]
    predicted = [
        {EntitySpan(0, 2, "PER"), EntitySpan(3, 4, "ORG")},  # right PER; Jakarta typed ORG
        {EntitySpan(1, 2, "PER"), EntitySpan(4, 7, "ORG")},  # PER cut short; right ORG
    ]
    scores = score_entities(gold, predicted)
    # PER: 1 hit of 2 predicted, 2 gold; LOC: 0 predicted, 1 gold; ORG: 1 hit of 2 predicted, 1 gold
    assert scores.per_type["PER"].as_dict() == pytest.approx(Scores(0.5, 0.5, 0.5).as_dict())
    assert scores.per_type["LOC"].as_dict() == pytest.approx(Scores(0.0, 0.0, 0.0).as_dict())
    assert scores.per_type["ORG"].as_dict() == pytest.approx(Scores(0.5, 1.0, 2 / 3).as_dict())
    assert scores.micro.as_dict() == pytest.approx(Scores(0.5, 0.5, 0.5).as_dict())  # 2 hits, 4 predicted, 4 gold
    assert scores.macro_f1 == pytest.approx((0.5 + 0.0 + 2 / 3) / 3)


def test_score_entities_counts_an_invented_type_in_macro() -> None:
    gold = [{EntitySpan(0, 1, "PER")}]
    predicted = [{EntitySpan(0, 1, "PER"), EntitySpan(2, 3, "MISC")}]
    scores = score_entities(gold, predicted)
    assert set(scores.per_type) == {"PER", "MISC"}
    assert scores.macro_f1 == pytest.approx(0.5)


def test_score_entities_rejects_misaligned_input() -> None:
    with pytest.raises(ValueError):
        score_entities([set()], [])


# --------------------------------------------------------------------------- clustering


def test_pairs() -> None:
    assert [pairs(n) for n in range(5)] == [0, 0, 1, 3, 6]


def test_score_clustering_hand_computed() -> None:
    gold = ["a", "a", "a", "b", "b", "c"]
    predicted = [1, 1, 2, 2, 2, 3]
    scores = score_clustering(gold, predicted)
    # contingency: (a,1)=2 (a,2)=1 (b,2)=2 (c,3)=1
    # true-positive pairs 1+0+1 = 2; predicted pairs 1+3+0 = 4; gold pairs 3+1+0 = 4
    assert scores.pairwise.as_dict() == pytest.approx(Scores(0.5, 0.5, 0.5).as_dict())
    # B-cubed precision per doc: 1, 1, 1/3, 2/3, 2/3, 1 -> 14/3 / 6 = 7/9
    # B-cubed recall per doc:    2/3, 2/3, 1/3, 1, 1, 1 -> 14/3 / 6 = 7/9
    assert scores.bcubed.as_dict() == pytest.approx(Scores(7 / 9, 7 / 9, 7 / 9).as_dict())


def test_score_clustering_perfect_and_degenerate() -> None:
    perfect = score_clustering(["x", "x", "y"], [5, 5, 9])
    assert perfect.pairwise == Scores(1.0, 1.0, 1.0)
    assert perfect.bcubed.as_dict() == pytest.approx(Scores(1.0, 1.0, 1.0).as_dict())
    lumped = score_clustering(["x", "y", "z", "z"], [0, 0, 0, 0])
    # one true pair (z, z) among the 6 predicted pairs; the only gold pair is found
    assert lumped.pairwise.as_dict() == pytest.approx(Scores(1 / 6, 1.0, 2 / 7).as_dict())
    assert lumped.bcubed.r == pytest.approx(1.0)
    assert lumped.bcubed.p == pytest.approx((1 / 4 + 1 / 4 + 2 / 4 + 2 / 4) / 4)
    singletons = score_clustering(["x", "y"], [1, 2])
    assert singletons.pairwise == Scores(1.0, 1.0, 1.0)  # no pairs asked, none given


def _brute_pairwise(gold: list[int], predicted: list[int]) -> tuple[int, int, int]:
    tp = fp_or_tp = fn_or_tp = 0
    for i, j in combinations(range(len(gold)), 2):
        same_gold, same_pred = gold[i] == gold[j], predicted[i] == predicted[j]
        tp += same_gold and same_pred
        fp_or_tp += same_pred
        fn_or_tp += same_gold
    return tp, fp_or_tp, fn_or_tp


def _brute_bcubed(gold: list[int], predicted: list[int]) -> tuple[float, float]:
    n = len(gold)
    p = r = 0.0
    for i in range(n):
        pred_cluster = {j for j in range(n) if predicted[j] == predicted[i]}
        gold_cluster = {j for j in range(n) if gold[j] == gold[i]}
        overlap = len(pred_cluster & gold_cluster)
        p += overlap / len(pred_cluster)
        r += overlap / len(gold_cluster)
    return p / n, r / n


@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=1, max_size=25))
def test_contingency_counts_match_brute_force(labels: list[tuple[int, int]]) -> None:
    gold = [g for g, _ in labels]
    predicted = [p for _, p in labels]
    scores = score_clustering(gold, predicted)
    expected = scores_from_counts(*_brute_pairwise(gold, predicted))
    assert scores.pairwise.as_dict() == pytest.approx(expected.as_dict())
    bcubed_p, bcubed_r = _brute_bcubed(gold, predicted)
    assert (scores.bcubed.p, scores.bcubed.r) == pytest.approx((bcubed_p, bcubed_r))
    for value in (*scores.pairwise.as_dict().values(), *scores.bcubed.as_dict().values()):
        assert 0.0 <= value <= 1.0


# --------------------------------------------------------------------------- ROUGE


def test_rouge_identical_text_scores_one() -> None:
    scores = rouge_f1("Tokayev meminta bantuan CSTO.", "Tokayev meminta bantuan CSTO.", "id")
    assert (scores.rouge1, scores.rouge2, scores.rougeL) == pytest.approx((1.0, 1.0, 1.0))


def test_rouge_l_is_summary_level() -> None:
    # Lin 2004 §3.2: the union LCS of each reference sentence with the summary's sentences,
    # so the same two sentences in the other order still score 1 (sentence-level LCS: 0.5)
    reference = "Banjir merendam rumah warga. Warga mengungsi ke masjid."
    swapped = rouge_f1(reference, "Warga mengungsi ke masjid. Banjir merendam rumah warga.", "id")
    assert swapped.rouge1 == pytest.approx(1.0) and swapped.rougeL == pytest.approx(1.0)
    given = rouge_f1(reference, ["Warga mengungsi ke masjid.", "Banjir merendam rumah warga."], "id")
    assert given.rougeL == pytest.approx(1.0)
    half = rouge_f1(reference, ["Warga mengungsi ke masjid."], "id")
    assert half.rougeL == pytest.approx(2 * 0.5 * 1.0 / 1.5)  # recall 4/8, precision 4/4


def test_rouge_stems_english_only() -> None:
    english = rouge_f1("the soldiers were killed", "the soldier was killed", "en")
    unstemmed = rouge_f1("the soldiers were killed", "the soldier was killed", "id")
    assert english.rouge1 == pytest.approx(3 / 4)  # the, soldier(s), killed
    assert unstemmed.rouge1 == pytest.approx(2 / 4)  # the, killed


def test_rouge_keeps_indonesian_words_whole() -> None:
    # "terluka" and "luka" must not be conflated: no stemming for Indonesian
    scores = rouge_f1("delapan orang terluka", "delapan orang luka", "id")
    assert scores.rouge1 == pytest.approx(2 / 3)


def test_mean_rouge() -> None:
    a = rouge_f1("a b", "a b", "id")
    b = rouge_f1("a b", "c d", "id")
    mean = mean_rouge([a, b])
    assert (mean.rouge1, mean.rouge2, mean.rougeL) == pytest.approx((0.5, 0.5, 0.5))
    assert mean_rouge([]).rouge1 == 0.0
