"""Streaming TF-IDF: term weights whose document frequencies grow as articles arrive."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from telisik.language.lexicon import read_set

TOKEN = re.compile(r"[^\W\d_]{2,}", re.UNICODE)

# Words from the title count this many times: a headline names the event.
TITLE_WEIGHT = 2
# Only the lead of a long article is read: the event is named early, and the
# tail of a long text (background, related links) pulls stories together.
LEAD_CHARACTERS = 3000
# A document keeps only its strongest terms; enough to tell stories apart
# while keeping the comparison cost flat.
TERMS_PER_DOCUMENT = 60


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    """The language layer's stopword list, or an empty set for a language without data."""
    try:
        return frozenset(w.lower() for w in read_set(lang, "stopwords.txt"))
    except ValueError:
        return frozenset()


def terms(title: str | None, text: str, lang: str) -> Counter[str]:
    """Term counts of an article's title and lead, stopwords removed."""
    stop = stopwords(lang) | stopwords("en")
    counts: Counter[str] = Counter()
    for token in TOKEN.findall((text or "")[:LEAD_CHARACTERS].lower()):
        if token not in stop:
            counts[token] += 1
    for token in TOKEN.findall((title or "").lower()):
        if token not in stop:
            counts[token] += TITLE_WEIGHT
    return counts


class DocumentFrequencies:
    """Document frequencies over the stream seen so far."""

    def __init__(self) -> None:
        self.documents = 0
        self.counts: Counter[str] = Counter()

    def add(self, counts: Counter[str]) -> None:
        self.documents += 1
        self.counts.update(counts.keys())

    def idf(self, term: str) -> float:
        return math.log((self.documents + 1) / (self.counts.get(term, 0) + 1)) + 1.0

    def weigh(self, counts: Counter[str]) -> dict[str, float]:
        """Sublinear TF-IDF weights, L2-normalised, strongest terms only."""
        weights = {t: (1.0 + math.log(n)) * self.idf(t) for t, n in counts.items()}
        strongest = sorted(weights.items(), key=lambda item: -item[1])[:TERMS_PER_DOCUMENT]
        norm = math.sqrt(sum(w * w for _, w in strongest)) or 1.0
        return {t: w / norm for t, w in strongest}


def cosine(a: dict[str, float], b: dict[str, float], b_norm: float) -> float:
    """Cosine of a unit vector ``a`` with a vector ``b`` of norm ``b_norm``."""
    if len(a) > len(b):
        dot = sum(w * a.get(t, 0.0) for t, w in b.items())
    else:
        dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    return dot / b_norm if b_norm else 0.0
