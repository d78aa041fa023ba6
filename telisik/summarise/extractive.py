"""Centroid-and-position sentence selection with citations."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from telisik.models import AnalysedArticle, CitedSentence, Span

WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Weight of a sentence's position: the lead of an article scores POSITION_WEIGHT
# more than a sentence deep in it. Checked on ../shared/data/summarise/indosum-dev
# with `telisik eval summarise` (see bench/README.md).
POSITION_WEIGHT = 0.6
# A sentence sharing more than this share of its words with one already chosen
# repeats it (outlets relay each other almost word for word).
REDUNDANCY_OVERLAP = 0.5
# Sentences shorter than this say too little to stand alone in a summary.
MIN_WORDS = 6


@dataclass(frozen=True, slots=True)
class _Candidate:
    article_id: int
    position: int
    start: int
    end: int
    text: str
    words: Counter[str]


def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD.findall(text) if len(w) > 2)


def _candidates(members: Sequence[AnalysedArticle]) -> list[_Candidate]:
    found = []
    for member in members:
        article = member.article
        for position, sentence in enumerate(article.sentences):
            text = article.text[sentence.start : sentence.end]
            words = _words(text)
            if sum(words.values()) >= MIN_WORDS:
                found.append(_Candidate(article.id, position, sentence.start, sentence.end, text, words))
    return found


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(n * b.get(w, 0) for w, n in a.items())
    norm = math.sqrt(sum(n * n for n in a.values())) * math.sqrt(sum(n * n for n in b.values()))
    return dot / norm if norm else 0.0


def _overlap(a: Counter[str], b: Counter[str]) -> float:
    shared = len(a.keys() & b.keys())
    return shared / min(len(a), len(b)) if a and b else 0.0


def select_sentences(members: Sequence[AnalysedArticle], max_words: int) -> tuple[CitedSentence, ...]:
    """Pick central, early, non-repeating sentences up to ``max_words`` words."""
    candidates = _candidates(members)
    if not candidates:
        return ()
    centroid: Counter[str] = Counter()
    for candidate in candidates:
        centroid.update(candidate.words)

    def score(c: _Candidate) -> float:
        return _cosine(c.words, centroid) + POSITION_WEIGHT / (1 + c.position)

    chosen: list[_Candidate] = []
    words_used = 0
    for candidate in sorted(candidates, key=score, reverse=True):
        length = len(candidate.text.split())
        if chosen and words_used + length > max_words:
            continue
        if any(_overlap(candidate.words, c.words) > REDUNDANCY_OVERLAP for c in chosen):
            continue
        chosen.append(candidate)
        words_used += length
        if words_used >= max_words:
            break
    # Read in story order: by article arrival, then position in the article.
    chosen.sort(key=lambda c: (c.article_id, c.position))
    return tuple(CitedSentence(c.text, (Span(c.article_id, c.start, c.end),)) for c in chosen)
