"""Concept selection (concepts.py): the words a roundup would use, and the subset of sentences that covers them."""

from __future__ import annotations

from collections import Counter

import numpy as np

from telisik.evaluate.summarise import citations_hold
from telisik.models import AnalysedArticle, Article, Extraction, Sentence
from telisik.summarise import concepts
from telisik.summarise.concepts import (
    CONCEPT_FEATURES,
    HEADLINE_REPEAT,
    MAX_HEADLINES,
    MAX_LEVEL,
    concept_choice,
    concept_rows,
    expected_hits,
    shipped_concept_model,
    tokens,
)
from telisik.summarise.extractive import candidates, select_sentences, title_candidates
from telisik.summarise.features import dot, tfidf
from telisik.summarise.scorer import Scorer, Tree

ENGLISH = {
    1: ("Floods killed twelve people in the northern province on Sunday. "
        "Rescue teams searched collapsed houses for survivors through the night. "
        "The mayor thanked volunteers who brought food and blankets to the town hall."),
    2: ("Twelve people died in floods in the northern province, officials said. "
        "Thousands of residents were moved to temporary shelters near the river. "
        "A bridge on the main road was closed after the water rose."),
    3: ("Heavy rain caused floods that killed twelve people in the north. "
        "Forecasters expect more rain in the province this week."),
}
TITLES = {1: "Floods kill twelve in northern province", 2: "Twelve dead as floods hit northern province",
          3: "Rain keeps falling after deadly floods in the north"}


def member(article_id: int, text: str, title: str | None, lang: str = "en") -> AnalysedArticle:
    starts = [0] + [i + 2 for i in range(len(text)) if text.startswith(". ", i)]
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    article = Article(id=article_id, version=1, source_key=f"doc:{article_id}", text=text, lang=lang, title=title,
                      sentences=tuple(Sentence(s, e) for s, e in zip(starts, ends)))
    return AnalysedArticle(article, Extraction(article_id))


def story() -> list[AnalysedArticle]:
    return [member(i, ENGLISH[i], TITLES[i]) for i in ENGLISH]


def outlets_model(shared: float = 0.8, alone: float = 0.1) -> Scorer:
    """P(w, k) = ``shared`` for a word two or more outlets use in their text, ``alone`` otherwise."""
    feature = CONCEPT_FEATURES.index("outlets")
    tree = Tree(np.array([feature, -2, -2]), np.array([1.5, -2.0, -2.0]), np.array([1, -1, -1]),
                np.array([2, -1, -1]), np.array([0.0, alone, shared]))
    return Scorer(CONCEPT_FEATURES, 0.0, 1.0, (tree,), "probability")


def test_tokens_are_rouge_tokens() -> None:
    assert tokens("Floods killed 12 people.", "en") == ["flood", "kill", "12", "peopl"]
    assert tokens("Banjir menewaskan 12 orang.", "id") == ["banjir", "menewaskan", "12", "orang"]


def test_concept_rows_count_outlets_headlines_and_levels() -> None:
    members = story()
    found = candidates(members) + title_candidates(members)
    rows, keys = concept_rows(found, [tokens(c.text, "en") for c in found], frozenset({"the", "in"}))
    assert len(rows) == len(keys) and all(len(r) == len(CONCEPT_FEATURES) for r in rows)
    assert {k for _, k in keys} == set(range(1, MAX_LEVEL + 1))
    row = dict(zip(keys, rows))
    outlets, headlines = CONCEPT_FEATURES.index("outlets"), CONCEPT_FEATURES.index("headlines")
    assert row[("flood", 1)][outlets] == 3 and row[("flood", 1)][headlines] == 3
    assert row[("mayor", 1)][outlets] == 1 and row[("mayor", 1)][headlines] == 0
    assert row[("the", 1)][CONCEPT_FEATURES.index("stopword")] == 1.0
    assert row[("flood", 2)][CONCEPT_FEATURES.index("level")] == 2.0


def test_expected_hits_sum_the_levels_a_summary_reaches() -> None:
    probability = {("flood", 1): 0.9, ("flood", 2): 0.5, ("flood", 3): 0.2, ("rain", 1): 0.4}
    assert expected_hits(Counter({"flood": 2, "rain": 3}), probability) == 0.9 + 0.5 + 0.4
    assert expected_hits(Counter({"flood": 9}), probability) == 0.9 + 0.5 + 0.2  # MAX_LEVEL caps it


def choose(members: list[AnalysedArticle], max_words: int, model: Scorer | None = None,
           given: tuple[str, ...] = ()) -> list:
    found = candidates(members) + title_candidates(members)
    vectors = tfidf([c.words for c in found])
    chosen = concept_choice(found, [tokens(c.text, "en") for c in found], model or outlets_model(), max_words,
                            frozenset(), lambda i, j: dot(vectors[i], vectors[j]) > 0.8,
                            [t for g in given for t in tokens(g, "en")])
    return [found[i] for i in chosen]


def test_the_choice_keeps_the_budget_and_prefers_what_outlets_share() -> None:
    for budget in (8, 20, 40, 75):
        picked = choose(story(), budget)
        assert picked and sum(c.length for c in picked) <= budget
        assert sum(c.field == "title" for c in picked) <= MAX_HEADLINES
    picked = choose(story(), 12)
    # the shared words (floods, twelve, northern, province) are in the headlines and first sentences
    assert all("flood" in c.text.lower() for c in picked)
    assert not any("mayor" in c.text or "bridge" in c.text for c in picked)


def test_headlines_that_repeat_each_other_are_not_both_chosen() -> None:
    members = story()
    found = candidates(members) + title_candidates(members)
    vectors = tfidf([c.words for c in found])
    titles = [i for i, c in enumerate(found) if c.field == "title"]
    close = {(i, j) for i in titles for j in titles if i < j and dot(vectors[i], vectors[j]) > HEADLINE_REPEAT}
    picked = select_sentences(members, 40, concepts=outlets_model())
    chosen_titles = [s for s in picked if s.citations[0].field == "title"]
    assert len(chosen_titles) <= MAX_HEADLINES
    ids = {s.citations[0].article_id for s in chosen_titles}
    for i, j in close:
        assert not {found[i].article_id, found[j].article_id} <= ids


def test_words_already_given_are_worth_less() -> None:
    members = [member(1, "Floods killed twelve people in the province. Officials opened shelters for the homeless.",
                      None),
               member(2, "Floods killed twelve people in the province today. Officials opened shelters for many families.",
                      None)]
    alone = choose(members, 9)
    assert alone and "Floods" in alone[0].text
    given = choose(members, 9, given=("floods killed twelve people province " * 3,))
    assert given and "shelters" in given[0].text


def test_never_empty_when_nothing_fits() -> None:
    picked = choose(story(), 3)
    assert len(picked) == 1


def test_select_sentences_uses_the_concept_model_for_english_stories_only() -> None:
    members = story()
    model = outlets_model()
    chosen = select_sentences(members, 40, concepts=model)
    articles = {m.article.id: m.article for m in members}
    assert chosen and all(citations_hold(s, articles) for s in chosen)
    assert sum(len(s.text.split()) for s in chosen) <= 40
    # headlines first, then sentences in story order
    fields = [s.citations[0].field for s in chosen]
    assert fields == sorted(fields, key=lambda f: f != "title")
    # a language the model was not measured on keeps the hand-set salience
    indonesian = [member(i, ENGLISH[i], TITLES[i], lang="id") for i in ENGLISH]
    assert select_sentences(indonesian, 40, concepts=model) == select_sentences(indonesian, 40, concepts=False)
    # a single article keeps the learned single-article path
    assert select_sentences(members[:1], 40, concepts=model) == select_sentences(members[:1], 40, concepts=False)


def test_the_shipped_model_reads_and_gives_probabilities() -> None:
    model = shipped_concept_model()
    assert model is not None and model.features == CONCEPT_FEATURES and model.target == "probability"
    members = story()
    found = candidates(members) + title_candidates(members)
    rows, keys = concept_rows(found, [tokens(c.text, "en") for c in found], frozenset({"the", "in", "on"}))
    predicted = dict(zip(keys, model.predict(rows)))
    assert all(-0.1 < p < 1.1 for p in predicted.values())
    # a word every outlet uses in text and headline is likelier in the roundup than one a single sentence uses
    assert predicted[("flood", 1)] > predicted[("blanket", 1)]
    assert predicted[("flood", 1)] > predicted[("flood", 3)]
    shipped = select_sentences(members, 40)
    assert shipped == select_sentences(members, 40, concepts=model)


def test_the_search_is_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(concepts, "MAX_SUBSETS", 3)
    picked = choose(story(), 75)
    assert picked and sum(c.length for c in picked) <= 75


def test_the_reference_length_grows_with_the_budget() -> None:
    members = story()
    found = candidates(members) + title_candidates(members)
    vectors = tfidf([c.words for c in found])
    token_lists = [tokens(c.text, "en") for c in found]

    def words(budget: int) -> int:
        chosen = concept_choice(found, token_lists, outlets_model(), 75, frozenset(),
                                lambda i, j: dot(vectors[i], vectors[j]) > 0.8, budget=budget)
        return sum(found[i].length for i in chosen)

    assert words(10) < words(200) <= 75


def test_scored_lists_every_subset_searched_with_its_expected_f1() -> None:
    members = story()
    found = candidates(members) + title_candidates(members)
    vectors = tfidf([c.words for c in found])
    token_lists = [tokens(c.text, "en") for c in found]
    model = outlets_model()
    rows, keys = concept_rows(found, token_lists, frozenset())
    probability = dict(zip(keys, (max(0.0, p) for p in model.predict(rows))))

    def repeats(i: int, j: int) -> bool:
        return dot(vectors[i], vectors[j]) > 0.8

    scored: list[tuple[float, tuple[int, ...]]] = []
    chosen = concept_choice(found, token_lists, model, 40, frozenset(), repeats, scored=scored)
    assert chosen == concept_choice(found, token_lists, model, 40, frozenset(), repeats)  # the hook changes nothing
    assert len(scored) > 10 and len({subset for _, subset in scored}) == len(scored)
    best = max(value for value, _ in scored)
    assert next(subset for value, subset in scored if value == best) == tuple(chosen)
    reference = concepts.REFERENCE_SHARE * 40
    for value, subset in scored:
        assert sum(found[i].length for i in subset) <= 40
        assert not any(repeats(i, j) for i in subset for j in subset if i < j)
        counts = Counter(t for i in subset for t in token_lists[i])
        assert abs(value - 2 * expected_hits(counts, probability) / (sum(counts.values()) + reference)) < 1e-9
