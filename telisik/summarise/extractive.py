"""Sentence selection for the extractive summary: salience, then MMR within a word budget.

A sentence's salience combines

- **centrality**: TF-IDF cosine (IDF over the story's own sentences) with the
  centroid of the *other* articles of the story — what several outlets say
  outranks what one says; a single article is compared with itself;
- **position**: ``POSITION_DECAY ** position`` — news leads carry the event;
- **facts**: a bonus for a sentence that holds a claim (a count of killed,
  injured, …), the substance a reader checks first.

Sentences are then picked by maximal marginal relevance: salience minus
``REDUNDANCY_PENALTY`` × the highest similarity to a sentence already chosen,
whole sentences only, never over the budget (unless the first sentence alone is
longer than it: a summary is never empty). Every chosen sentence is an
article sentence and cites its exact span.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from telisik.language.lexicon import read_set
from telisik.models import AnalysedArticle, CitedSentence, Span

WORD = re.compile(r"[^\W_]+", re.UNICODE)

# The weights below were set with a small grid on the first 1,000 items of
# ../shared/data/summarise/indosum-dev.jsonl (60 words) and the first 150 of
# neus-val.jsonl (75 words), then checked on the remaining items of both; see
# bench/README.md ("summarise"). Re-run bench/summarise_bench.py if you change them.
CENTRALITY_WEIGHT = 1.0
POSITION_DECAY = 0.85
POSITION_WEIGHT = 0.9
CLAIM_BONUS = 0.05
REDUNDANCY_PENALTY = 0.3
# Above this cosine a sentence repeats one already chosen (outlets relay each other
# word for word) and is never taken, whatever its salience.
NEAR_REPEAT = 0.8
# Sentences shorter than this say too little to stand alone in a summary.
MIN_WORDS = 6


@dataclass(frozen=True, slots=True)
class Candidate:
    article_id: int
    position: int
    start: int
    end: int
    text: str
    words: Counter[str]
    length: int
    has_claim: bool


@dataclass(frozen=True, slots=True)
class Weights:
    """The tuned constants, as one value so a calibration can try others."""

    centrality: float = CENTRALITY_WEIGHT
    position_decay: float = POSITION_DECAY
    position: float = POSITION_WEIGHT
    claim: float = CLAIM_BONUS
    redundancy: float = REDUNDANCY_PENALTY


@lru_cache(maxsize=8)
def _stopwords(lang: str) -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in read_set(lang, "stopwords.txt"))
    except ValueError:
        return frozenset()


def content_words(text: str, lang: str) -> Counter[str]:
    stop = _stopwords(lang)
    return Counter(w for w in (t.lower() for t in WORD.findall(text)) if len(w) > 2 and w not in stop)


def candidates(members: Sequence[AnalysedArticle]) -> list[Candidate]:
    found = []
    for member in members:
        article = member.article
        claim_starts = [c.start for c in member.extraction.claims]
        for position, sentence in enumerate(article.sentences):
            text = article.text[sentence.start : sentence.end]
            length = len(text.split())
            if length < MIN_WORDS:
                continue
            has_claim = any(sentence.start <= s < sentence.end for s in claim_starts)
            found.append(
                Candidate(article.id, position, sentence.start, sentence.end, text,
                          content_words(text, article.lang), length, has_claim)
            )
    return found


def _tfidf(found: list[Candidate]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors, IDF over the story's sentences."""
    df: Counter[str] = Counter()
    for c in found:
        df.update(c.words.keys())
    n = len(found)
    vectors = []
    for c in found:
        vector = {w: (1 + math.log(k)) * math.log(1 + n / df[w]) for w, k in c.words.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vectors.append({w: v / norm for w, v in vector.items()})
    return vectors


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _centroids(found: list[Candidate], vectors: list[dict[str, float]]) -> dict[int, dict[str, float]]:
    """Per article: the unit centroid of the *other* articles (itself, when it is alone)."""
    sums: dict[int, Counter[str]] = {}
    for c, v in zip(found, vectors):
        sums.setdefault(c.article_id, Counter()).update(v)
    total: Counter[str] = Counter()
    for s in sums.values():
        total.update(s)
    result = {}
    for article_id, own in sums.items():
        other = (total - own) if len(sums) > 1 else own
        norm = math.sqrt(sum(x * x for x in other.values())) or 1.0
        result[article_id] = {w: x / norm for w, x in other.items()}
    return result


def select_sentences(
    members: Sequence[AnalysedArticle], max_words: int, weights: Weights = Weights()
) -> tuple[CitedSentence, ...]:
    """Salient, non-repeating whole sentences up to ``max_words`` words, in story order."""
    found = candidates(members)
    if not found:
        return ()
    vectors = _tfidf(found)
    centroids = _centroids(found, vectors)
    salience = [
        weights.centrality * _dot(v, centroids[c.article_id])
        + weights.position * weights.position_decay ** c.position
        + (weights.claim if c.has_claim else 0.0)
        for c, v in zip(found, vectors)
    ]
    chosen: list[int] = []
    used = 0
    remaining = set(range(len(found)))
    while remaining:
        def marginal(i: int) -> float:
            overlap = max((_dot(vectors[i], vectors[j]) for j in chosen), default=0.0)
            return salience[i] - weights.redundancy * overlap

        fitting = [
            i for i in remaining
            if (used + found[i].length <= max_words or not chosen)
            and all(_dot(vectors[i], vectors[j]) <= NEAR_REPEAT for j in chosen)
        ]
        if not fitting:
            break
        best = max(fitting, key=marginal)
        remaining.discard(best)
        if chosen and marginal(best) <= 0:
            break
        chosen.append(best)
        used += found[best].length
    picked = sorted((found[i] for i in chosen), key=lambda c: (c.article_id, c.position))
    return tuple(CitedSentence(c.text, (Span(c.article_id, c.start, c.end),)) for c in picked)
