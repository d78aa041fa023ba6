"""Session 5's speed-ups change no value: the sparse cosine and the name weights kept per arrival."""

from __future__ import annotations

import math
import random
from datetime import date

from telisik.cluster.lexical import DocumentFrequencies, cosine
from telisik.cluster.signals import FEATURES, ArticleSignals, StoryState, pair_features


def _plain_cosine(a: dict[str, float], b: dict[str, float], b_norm: float) -> float:
    """The session-4 formula: every term of the smaller vector, 0 for the ones the other lacks."""
    if len(a) > len(b):
        dot = sum(w * a.get(t, 0.0) for t, w in b.items())
    else:
        dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    return dot / b_norm if b_norm else 0.0


def test_the_sparse_cosine_equals_the_plain_one_to_the_last_bit() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(300)]
    for _ in range(500):
        a = {t: rng.random() for t in rng.sample(vocabulary, rng.randint(0, 60))}
        b = {t: rng.random() * 3 for t in rng.sample(vocabulary, rng.randint(0, 120))}
        norm = math.sqrt(sum(w * w for w in b.values()))
        assert cosine(a, b, norm) == _plain_cosine(a, b, norm)
    assert cosine({"a": 1.0}, {"b": 1.0}, 1.0) == 0.0
    assert cosine({"a": 1.0}, {}, 0.0) == 0.0


def _article(i: int, names: set[str]) -> ArticleSignals:
    return ArticleSignals(i, {"shoot": 1.0}, frozenset(names), frozenset(), date(2015, 5, 30), None)


def _names_features(row: list[float]) -> tuple[float, float, float]:
    return row[FEATURES.index("names")], row[FEATURES.index("names_member")], row[FEATURES.index("rare_name")]


def test_name_weights_kept_on_the_article_follow_the_frequencies() -> None:
    """The IDF and rarity of an article's names are worked out once per arrival; when the frequencies
    count more documents, the next comparison reads them afresh (as a new article's would)."""
    frequencies = DocumentFrequencies()
    story = StoryState(1)
    first = _article(1, {"morgan", "tacoma", "police"})
    frequencies.add(first.names)
    story.add(first)
    article = _article(2, {"morgan", "police", "county"})
    frequencies.add(article.names)
    before = pair_features(article, story, frequencies)
    assert before == pair_features(_article(2, set(article.names)), story, frequencies)
    for _ in range(40):
        frequencies.add({"police", "county"})
    after = pair_features(article, story, frequencies)  # the same article object, 40 documents later
    assert after == pair_features(_article(2, set(article.names)), story, frequencies)
    assert _names_features(after) != _names_features(before)  # "police" is common now: the weights moved
    # A second frequency table with the same document count is not mistaken for the first.
    other = DocumentFrequencies()
    for _ in range(frequencies.documents):
        other.add({"morgan"})
    assert pair_features(article, story, other) == pair_features(_article(2, set(article.names)), story, other)
    assert article.name_weights
    story.add(article)  # placed: the weights are dropped, so the story's latest members do not keep them
    assert article.name_weights == () and article.name_weights_of is None
