"""What the join-or-new decision looks at: an article's signals, a story's, and the pair's features.

An arriving article becomes :class:`ArticleSignals` (stemmed TF-IDF vector, names,
numbers, day, embedding); a story keeps running sums of the same
(:class:`StoryState`). :func:`pair_features` compares the two and returns one
number per signal, in :data:`FEATURES` order, for the learned decision
(:mod:`telisik.cluster.decision`) and for the explanation of the assignment.
"""

from __future__ import annotations

import math
import re
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from telisik.cluster.embedding import Vector
from telisik.cluster.lexical import DocumentFrequencies, cosine

# The order of the learned weights in join_model.json.
FEATURES = (
    "tfidf",  # cosine of stemmed TF-IDF with the story centroid
    "embedding",  # cosine of the sentence embedding with the story's mean embedding
    "tfidf_member",  # the best TF-IDF cosine with one of the story's latest articles
    "embedding_member",  # the best embedding cosine with one of the story's latest articles
    "names",  # IDF-weighted share of the article's names (entities, capitalised words) the story has
    "numbers",  # log(1 + numbers the article shares with the story)
    "gap",  # days between the article and the story's date range, in weeks, capped
    "undated",  # 1 when the article or the story has no date
    "size",  # log(1 + articles in the story)
)

NAME = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]|\b[A-Z]{2,}\b")
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")
# Signals are read from the lead: that is where an article names its event.
SIGNAL_CHARACTERS = 3000
# A story remembers this many of its names and numbers (the most frequent).
STORY_NAMES_KEPT = 200
STORY_NUMBERS_KEPT = 100
# Latest members a new article is compared with one by one (besides the centroid):
# a story drifts as it grows, and its newest articles say what it is about now.
MEMBERS_COMPARED = 4
# The time gap saturates here: beyond a month, more days say nothing new.
GAP_CAP_WEEKS = 4.0


@dataclass(slots=True)
class ArticleSignals:
    article_id: int
    vector: dict[str, float]
    names: frozenset[str]
    numbers: frozenset[str]
    day: date | None
    outlet: str | None
    embedding: Vector | None = None
    dated_by_metadata: bool = False  # the day came from metadata, not inferred from the text
    lang: str = ""


@dataclass(slots=True)
class StoryState:
    """Running sums over a story's members, enough to compare a new article with it."""

    key: int
    centroid: dict[str, float] = field(default_factory=dict)
    names: Counter[str] = field(default_factory=Counter)
    numbers: Counter[str] = field(default_factory=Counter)
    embedding: Vector | None = None
    size: int = 0
    earliest: date | None = None
    latest: date | None = None
    members: list[int] = field(default_factory=list)
    recent: deque[ArticleSignals] = field(default_factory=lambda: deque(maxlen=MEMBERS_COMPARED))
    index_keys: set[str] = field(default_factory=set)  # the keys it is filed under in an index
    langs: set[str] = field(default_factory=set)
    _norm: float | None = None

    def add(self, signals: ArticleSignals) -> None:
        for term, weight in signals.vector.items():
            self.centroid[term] = self.centroid.get(term, 0.0) + weight
        self.names.update(signals.names)
        self.numbers.update(signals.numbers)
        if signals.embedding is not None:
            self.embedding = signals.embedding.copy() if self.embedding is None else self.embedding + signals.embedding
        self.size += 1
        self.members.append(signals.article_id)
        self.recent.append(signals)
        self.langs.add(lexical_language(signals.lang))
        day = signals.day
        if day is not None:
            self.earliest = day if self.earliest is None or day < self.earliest else self.earliest
            self.latest = day if self.latest is None or day > self.latest else self.latest
        self._norm = None
        if len(self.names) > 2 * STORY_NAMES_KEPT:
            self.names = Counter(dict(self.names.most_common(STORY_NAMES_KEPT)))
        if len(self.numbers) > 2 * STORY_NUMBERS_KEPT:
            self.numbers = Counter(dict(self.numbers.most_common(STORY_NUMBERS_KEPT)))

    def norm(self) -> float:
        if self._norm is None:
            self._norm = math.sqrt(sum(w * w for w in self.centroid.values()))
        return self._norm

    def compact(self, terms_kept: int) -> None:
        """Keep only what a closed story needs to be found and reopened."""
        strongest = sorted(self.centroid.items(), key=lambda item: -item[1])[:terms_kept]
        self.centroid = dict(strongest)
        self.names = Counter(dict(self.names.most_common(terms_kept)))
        self.numbers = Counter(dict(self.numbers.most_common(terms_kept)))
        self.members = self.members[-1:]
        self.recent.clear()
        self._norm = None


def find_names(text: str, title: str | None, stop: frozenset[str], extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Lower-cased capitalised words of the title and lead that are not stopwords, plus ``extra``."""
    found = {m.group().lower() for m in NAME.finditer(f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}")}
    for name in extra:
        found.update(part for part in name.lower().split() if len(part) > 1)
    return frozenset(n for n in found if n not in stop and len(n) > 1)


def find_numbers(text: str, title: str | None) -> frozenset[str]:
    return frozenset(NUMBER.findall(f"{title or ''}\n{text[:SIGNAL_CHARACTERS]}"))


def time_gap_days(day: date | None, story: StoryState) -> int | None:
    """Days from ``day`` to the story's date range (0 inside it), or ``None`` when undated."""
    if day is None or story.earliest is None or story.latest is None:
        return None
    if day < story.earliest:
        return (story.earliest - day).days
    if day > story.latest:
        return (day - story.latest).days
    return 0


def shared_names(article: ArticleSignals, story: StoryState) -> list[str]:
    return sorted(n for n in article.names if n in story.names)


def lexical_language(lang: str) -> str:
    """Languages whose words TF-IDF can compare: Malay and Indonesian share stems."""
    return "id" if lang == "ms" else lang


def pair_features(
    article: ArticleSignals,
    story: StoryState,
    name_frequencies: DocumentFrequencies,
    bridge: tuple[float, float] = (0.0, 0.0),
) -> list[float]:
    """One value per name in :data:`FEATURES`.

    Across languages (the article's language is not one of the story's) words
    cannot match, so each lexical similarity is raised to what the embedding
    similarity predicts for it, ``bridge[0] + bridge[1] * embedding`` (a line fitted
    on same-language pairs by the calibration).
    """
    tfidf = cosine(article.vector, story.centroid, story.norm())
    embedding = 0.0
    if article.embedding is not None and story.embedding is not None:
        norm = float(np.linalg.norm(story.embedding))
        embedding = float(article.embedding @ story.embedding) / norm if norm else 0.0
    total = sum(name_frequencies.idf(n) for n in article.names)
    names = sum(name_frequencies.idf(n) for n in article.names if n in story.names) / total if total else 0.0
    numbers = math.log1p(sum(1 for n in article.numbers if n in story.numbers))
    gap = time_gap_days(article.day, story)
    gap_weeks = GAP_CAP_WEEKS if gap is None else min(gap / 7.0, GAP_CAP_WEEKS)
    undated = 1.0 if gap is None else 0.0
    if gap is None:
        gap_weeks = 0.0
    tfidf_member = max((cosine(article.vector, m.vector, 1.0) for m in story.recent), default=tfidf)
    embedding_member = max(
        (float(article.embedding @ m.embedding) for m in story.recent
         if article.embedding is not None and m.embedding is not None),
        default=embedding,
    )
    if story.langs and lexical_language(article.lang) not in story.langs:
        tfidf = max(tfidf, bridge[0] + bridge[1] * embedding)
        tfidf_member = max(tfidf_member, bridge[0] + bridge[1] * embedding_member)
    return [tfidf, embedding, tfidf_member, embedding_member, names, numbers, gap_weeks, undated,
            math.log1p(story.size)]
