"""Stage 4: Article → Story.

Single-pass streaming clustering: each arriving article is compared with the
stories that are still active (within ``WINDOW_DAYS`` of it, when dates are
known) and joins the most similar one if the TF-IDF cosine with the story's
centroid reaches ``MERGE_THRESHOLD``; otherwise it opens a new story. Every
decision carries its score and the terms that drove it.

This is the lexical baseline; embeddings, entities and places join the score in
a later version (see bench/README.md for the numbers).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from telisik.cluster.lexical import DocumentFrequencies, cosine, terms
from telisik.models import Article, Assignment

# Chosen on ../shared/data/cluster ecbplus-dev and gva-dev with `telisik eval cluster`:
# a sweep of 0.10–0.50 peaked at 0.20–0.25 on both (pairwise F1 0.736 / 0.629 at 0.22,
# 0.681 / 0.564 at 0.30); see bench/README.md. Re-run the eval if you change it.
MERGE_THRESHOLD = 0.22
# A story stops taking articles this many days after its latest one.
WINDOW_DAYS = 7
# Stories compared per article: those sharing the most of its strongest terms.
CANDIDATES = 50
# Terms named in an assignment's explanation.
EXPLAINED_TERMS = 6


@dataclass(slots=True)
class _Story:
    key: int
    centroid: dict[str, float] = field(default_factory=dict)
    size: int = 0
    latest: date | None = None

    def add(self, vector: dict[str, float], when: date | None) -> None:
        for term, weight in vector.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        self.size += 1
        if when is not None and (self.latest is None or when > self.latest):
            self.latest = when

    def norm(self) -> float:
        return math.sqrt(sum(w * w for w in self.centroid.values()))


def _day(article: Article) -> date | None:
    if article.published is None:
        return None
    value = article.published.value
    return value.date() if isinstance(value, datetime) else value


class StoryClusterer:
    """Assigns a stream of articles to stories, one at a time, in arrival order."""

    def __init__(
        self, threshold: float = MERGE_THRESHOLD, window_days: int = WINDOW_DAYS, first_key: int = 1
    ) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self.next_key = first_key
        self.frequencies = DocumentFrequencies()
        self.stories: dict[int, _Story] = {}
        self.postings: dict[str, set[int]] = defaultdict(set)

    def _vector(self, article: Article) -> dict[str, float]:
        counts = terms(article.title, article.text, article.lang)
        self.frequencies.add(counts)
        return self.frequencies.weigh(counts)

    def _join(self, key: int, vector: dict[str, float], when: date | None) -> None:
        story = self.stories.setdefault(key, _Story(key))
        story.add(vector, when)
        for term in vector:
            self.postings[term].add(key)
        self.next_key = max(self.next_key, key + 1)

    def add(self, article: Article, story_key: int) -> None:
        """Replay an assignment made earlier (rebuilding the state from the store)."""
        self._join(story_key, self._vector(article), _day(article))

    def _candidates(self, vector: dict[str, float], when: date | None) -> list[_Story]:
        shared: dict[int, float] = defaultdict(float)
        for term, weight in vector.items():
            for key in self.postings.get(term, ()):
                shared[key] += weight
        ranked = sorted(shared, key=lambda k: -shared[k])[:CANDIDATES]
        stories = [self.stories[k] for k in ranked]
        if when is None:
            return stories
        return [s for s in stories if s.latest is None or abs((when - s.latest).days) <= self.window_days]

    def assign(self, article: Article) -> Assignment:
        vector = self._vector(article)
        when = _day(article)
        best, best_score = None, 0.0
        for story in self._candidates(vector, when):
            score = cosine(vector, story.centroid, story.norm())
            if score > best_score:
                best, best_score = story, score
        if best is not None and best_score >= self.threshold:
            reason = (
                f"joined story {best.key}: cosine {best_score:.2f} ≥ {self.threshold:.2f}; "
                f"shared terms: {', '.join(_shared_terms(vector, best.centroid))}"
            )
            self._join(best.key, vector, when)
            return Assignment(article.id, best.key, False, round(best_score, 4), reason)
        key = self.next_key
        if best is None:
            reason = "new story: no active story shares its terms"
        else:
            reason = f"new story: closest is story {best.key} with cosine {best_score:.2f} < {self.threshold:.2f}"
        self._join(key, vector, when)
        return Assignment(article.id, key, True, round(best_score, 4), reason)


def _shared_terms(vector: dict[str, float], centroid: dict[str, float]) -> list[str]:
    common = sorted((t for t in vector if t in centroid), key=lambda t: -vector[t] * centroid[t])
    return common[:EXPLAINED_TERMS]


__all__ = ["MERGE_THRESHOLD", "WINDOW_DAYS", "StoryClusterer"]
