"""The learned sentence scorer: its features, its tree reader, and the selection it drives."""

from __future__ import annotations

import dataclasses
import math

import pytest

from telisik.evaluate.summarise import citations_hold
from telisik.models import AnalysedArticle, Article, Extraction, Sentence
from telisik.summarise.extractive import candidates, content_words, select_sentences
from telisik.summarise.features import FEATURES, feature_rows, tfidf
from telisik.summarise.scorer import scorer_from_dict, shipped_scorer

LEAD = "Banjir setinggi satu meter merendam ratusan rumah di Kecamatan Bekasi Timur pada Sabtu pagi."
BODY = [
    "Warga mengungsi ke masjid dan balai warga sejak malam karena air terus naik.",
    "BPBD Kota Bekasi mengerahkan perahu karet untuk mengevakuasi warga lanjut usia.",
    "Menurut warga, banjir kali ini lebih tinggi daripada banjir tahun lalu di kawasan itu.",
    "Hingga sore hari air belum juga surut dan listrik di kawasan itu masih padam.",
    "Pemerintah kota berjanji memperbaiki saluran air yang tersumbat di sepanjang jalan utama.",
]


def article(article_id: int, sentences: list[str], title: str | None = None) -> AnalysedArticle:
    text, spans = "", []
    for s in sentences:
        if text:
            text += " "
        spans.append(Sentence(len(text), len(text) + len(s)))
        text += s
    a = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text=text, lang="id", title=title,
                sentences=tuple(spans))
    return AnalysedArticle(a, Extraction(article_id))


def rows_of(members: list[AnalysedArticle]) -> list[list[float]]:
    found = candidates(members)
    vectors = tfidf([c.words for c in found])
    titles = {m.article.id: content_words(m.article.title or "", "id") for m in members}
    return feature_rows(members, found, vectors, titles)


def column(rows: list[list[float]], name: str) -> list[float]:
    return [row[FEATURES.index(name)] for row in rows]


def test_one_row_per_candidate_with_every_feature() -> None:
    rows = rows_of([article(1, [LEAD, *BODY], title="Banjir rendam ratusan rumah di Bekasi")])
    assert len(rows) == 6 and all(len(row) == len(FEATURES) for row in rows)
    assert all(math.isfinite(v) for row in rows for v in row)
    assert column(rows, "first") == [1.0, 0, 0, 0, 0, 0]
    assert column(rows, "log_words_before")[0] == 0.0
    assert column(rows, "log_words_before") == sorted(column(rows, "log_words_before"))
    titles = column(rows, "title")
    assert titles[0] == max(titles) > 0  # the lead shares "banjir", "ratusan", "rumah", "bekasi" with the title


def test_support_comes_from_other_articles_only() -> None:
    alone = rows_of([article(1, [LEAD, *BODY])])
    assert set(column(alone, "support_max")) == {0.0}
    story = rows_of([article(1, [LEAD, *BODY]), article(2, [LEAD, BODY[3]])])
    support = column(story, "support_max")
    assert support[0] == pytest.approx(1.0)  # the same lead in the other article
    assert support[1] < 0.5  # "Warga mengungsi …" is not in article 2


def tiny_model(features: list[str] | tuple[str, ...] = FEATURES, low: float = 1.0) -> dict:
    # one stump on "position": position <= 0.5 → 3.0, else ``low``; init 0.5, learning rate 0.5
    index = FEATURES.index("position")
    stump = {"feature": [index, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1],
             "right": [2, -1, -1], "value": [2.0, 3.0, low]}
    return {"features": list(features), "init": 0.5, "learning_rate": 0.5, "trees": [stump, stump]}


def test_tree_reader_follows_the_splits() -> None:
    scorer = scorer_from_dict(tiny_model())
    rows = [[0.0] * len(FEATURES), [0.0] * len(FEATURES)]
    rows[1][FEATURES.index("position")] = 3.0
    assert scorer.predict(rows) == pytest.approx([0.5 + 0.5 * 3 * 2, 0.5 + 0.5 * 1 * 2])
    assert scorer.predict([]) == []


def test_a_model_trained_on_other_features_is_refused() -> None:
    with pytest.raises(ValueError, match="retrain"):
        scorer_from_dict(tiny_model(features=FEATURES[:-1]))


def test_the_shipped_scorer_loads_and_prefers_the_lead() -> None:
    scorer = shipped_scorer()
    assert scorer is not None and scorer.features == FEATURES and len(scorer.trees) >= 10
    predicted = scorer.predict(rows_of([article(1, [LEAD, *BODY])]))
    assert predicted[0] > predicted[-1]  # news leads carry the event


def test_learned_selection_keeps_budget_order_and_exact_citations() -> None:
    member = article(1, [LEAD, *BODY])
    chosen = select_sentences([member], max_words=35)
    assert chosen and sum(len(s.text.split()) for s in chosen) <= 35
    starts = [s.citations[0].start for s in chosen]
    assert starts == sorted(starts)
    for s in chosen:  # a whole sentence quotes its span; a trimmed one quotes a prefix of it (test_trim.py)
        [span] = s.citations
        assert citations_hold(s, {1: member.article.text})
        if s.kind != "compressed":
            assert member.article.text[span.start : span.end] == s.text
    assert chosen[0].citations[0].start == 0  # the lead, whole or trimmed


def test_learned_selection_uses_a_given_scorer() -> None:
    # the stump predicts 3.5 covered words for the lead and 0.5 for the rest: adding a 13-word
    # sentence for 0.5 more lowers the expected F1 (2·3.5/(14+60) > 2·4/(27+60)), so the greedy
    # stops with the budget far from spent; a scorer that values the rest fills it
    member = article(1, [LEAD, *BODY])
    alone = select_sentences([member], max_words=60, scorer=scorer_from_dict(tiny_model(low=0.0)))
    assert [s.text for s in alone] == [LEAD]
    filled = select_sentences([member], max_words=60, scorer=scorer_from_dict(tiny_model(low=8.0)))
    assert len(filled) >= 3 and sum(len(s.text.split()) for s in filled) <= 60


def test_a_summary_is_never_empty_even_when_no_sentence_fits() -> None:
    chosen = select_sentences([article(1, [LEAD, *BODY])], max_words=5)
    assert len(chosen) == 1


def test_several_articles_use_the_hand_set_salience() -> None:
    members = [article(1, [LEAD, *BODY]), article(2, [BODY[1], LEAD])]
    assert select_sentences(members, 40) == select_sentences(members, 40, learned=False)


def test_the_summary_keeps_to_the_story_main_language() -> None:
    from telisik.models import Comparison
    from telisik.summarise import summarise

    floods = article(3, ["Floods one metre deep submerged hundreds of houses in East Bekasi on Saturday."])
    english = AnalysedArticle(dataclasses.replace(floods.article, lang="en"), floods.extraction)
    members = [article(1, [LEAD, *BODY]), article(2, [BODY[1], BODY[2], BODY[4]]), english]
    summary = summarise(1, members, Comparison(1), max_words=200)
    assert summary.sentences and {c.article_id for s in summary.sentences for c in s.citations} <= {1, 2}


def test_a_precision_scorer_multiplies_back_by_the_sentence_length() -> None:
    rows = [[0.0] * len(FEATURES), [0.0] * len(FEATURES)]
    rows[1][FEATURES.index("position")] = 3.0
    coverage = scorer_from_dict(tiny_model())
    assert coverage.target == "coverage" and coverage.coverage(rows, [10, 20]) == coverage.predict(rows)
    precision = scorer_from_dict({**tiny_model(), "target": "precision"})
    assert precision.coverage(rows, [10, 20]) == pytest.approx([3.5 * 10, 1.5 * 20])
    with pytest.raises(ValueError, match="target"):
        scorer_from_dict({**tiny_model(), "target": "recall"})
    shipped = shipped_scorer()
    assert shipped is not None and shipped.target in ("coverage", "precision")
