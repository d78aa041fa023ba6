"""The learned path's subset search (extractive._subset_search): exact over its pool, within the rules."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from typing import Sequence

import pytest

from telisik.summarise import extractive
from telisik.summarise.extractive import NEAR_REPEAT, OVERLAP_DISCOUNT, _expected_rouge_choice, _subset_search
from telisik.summarise.features import Candidate, dot, tfidf

from tests.summarise.test_learned import article


def form(i: int, length: int) -> Candidate:
    return Candidate(1, i, 0, length, f"s{i}", Counter(), length, False)


def expected(chosen: Sequence[int], forms: Sequence[Candidate], coverage: Sequence[float],
             vectors: Sequence[dict[str, float]], source: Sequence[int], budget: int) -> float:
    """The objective as the docstring states it, written out separately: discount against higher coverage."""
    order = sorted(chosen, key=lambda k: -coverage[k])
    hits = 0.0
    for n, k in enumerate(order):
        overlap = max((dot(vectors[source[k]], vectors[source[j]]) for j in order[:n]), default=0.0)
        hits += coverage[k] * (1 - OVERLAP_DISCOUNT * overlap)
    return 2 * hits / (sum(forms[k].length for k in chosen) + budget)


def allowed(chosen: Sequence[int], forms: Sequence[Candidate], vectors: Sequence[dict[str, float]],
            source: Sequence[int], budget: int) -> bool:
    sources = [source[k] for k in chosen]
    return (sum(forms[k].length for k in chosen) <= budget and len(set(sources)) == len(sources)
            and all(dot(vectors[a], vectors[b]) <= NEAR_REPEAT for a, b in itertools.combinations(sources, 2)))


@pytest.mark.parametrize("seed", range(40))
def test_the_search_finds_the_best_allowed_subset(seed: int) -> None:
    rng = random.Random(seed)
    sentences = rng.randint(2, 6)  # at most 12 forms: all inside SEARCH_POOL
    lengths = [rng.randint(6, 40) for _ in range(sentences)]
    source = list(range(sentences))
    for i in range(sentences):  # some sentences also come trimmed: the same place, fewer words, less coverage
        if rng.random() < 0.5 and lengths[i] > 10:
            source.append(i)
            lengths.append(lengths[i] - rng.randint(3, lengths[i] - 6))
    forms = [form(k, n) for k, n in enumerate(lengths)]
    coverage = [rng.uniform(0, 0.8) * n for n in lengths]
    words = [Counter(rng.sample("abcdefghij", 3)) for _ in range(sentences)]
    vectors = tfidf(words)
    budget = 60
    fits = [k for k in range(len(forms)) if lengths[k] <= budget]
    chosen = _subset_search(forms, source, coverage, vectors, fits, budget)
    assert chosen and allowed(chosen, forms, vectors, source, budget)
    subsets = [c for n in range(1, len(fits) + 1) for c in itertools.combinations(fits, n)
               if allowed(c, forms, vectors, source, budget)]
    best = max(expected(c, forms, coverage, vectors, source, budget) for c in subsets)
    assert expected(chosen, forms, coverage, vectors, source, budget) == pytest.approx(best)


def test_the_search_is_never_empty() -> None:
    forms = [form(0, 10), form(1, 12)]
    chosen = _subset_search(forms, [0, 1], [0.0, 0.0], tfidf([Counter("a"), Counter("b")]), [0, 1], 60)
    assert len(chosen) == 1


class FixedScorer:
    """Stands in for the learned scorer: a fixed coverage per sentence, in sentence order."""

    def __init__(self, coverage: list[float]) -> None:
        self.values = coverage

    def coverage(self, rows: Sequence[Sequence[float]], lengths: Sequence[int]) -> list[float]:
        return self.values[: len(rows)]


def test_two_shorter_sentences_beat_the_one_long_sentence_the_greedy_takes(monkeypatch: pytest.MonkeyPatch) -> None:
    # 40 words covering 20 (2·20/(40+60) = 0.40 alone) against 30 + 30 words covering 14 each
    # (2·28/(60+60) = 0.47): the greedy takes the long one first and then nothing else fits
    sentences = [" ".join(f"{tag}{n}" for n in range(length)) + "."
                 for tag, length in (("panjang", 40), ("pendek", 30), ("lain", 30))]
    member = article(1, sentences)
    found = extractive.candidates([member])
    vectors = tfidf([c.words for c in found])
    scorer = FixedScorer([20.0, 14.0, 14.0])
    forms, chosen = _expected_rouge_choice([member], found, vectors, scorer, 60)  # type: ignore[arg-type]
    assert sorted(forms[k].position for k in chosen) == [1, 2]
    monkeypatch.setattr(extractive, "SEARCH_POOL", 0)
    forms, chosen = _expected_rouge_choice([member], found, vectors, scorer, 60)  # type: ignore[arg-type]
    assert [forms[k].position for k in chosen] == [0]


def test_a_budget_beyond_the_pool_still_fills() -> None:
    # 20 sentences of 8 words, each covering 4: at 1,000 words every one raises the expected F1
    # (2·4n / (8n + 1000) grows with n), more than the search's pool holds; the greedy adds the rest
    sentences = [" ".join(f"kata{s}x{n}" for n in range(8)) + "." for s in range(20)]
    member = article(1, sentences)
    found = extractive.candidates([member])
    vectors = tfidf([c.words for c in found])
    forms, chosen = _expected_rouge_choice([member], found, vectors, FixedScorer([4.0] * 20), 1000)  # type: ignore[arg-type]
    assert len(chosen) == 20 > extractive.SEARCH_POOL
