"""Streaming TF-IDF over stemmed terms: weights whose document frequencies grow as articles arrive."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from telisik.language.stemming import stem
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
# Distinct terms whose document frequency is kept; past this, terms seen in one document
# only are forgotten, so the table follows the stream's working vocabulary, not its history.
FREQUENCY_TERMS_KEPT = 300_000


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    """The language layer's stopword list, or an empty set for a language without data."""
    try:
        return frozenset(w.lower() for w in read_set(lang, "stopwords.txt"))
    except ValueError:
        return frozenset()


def terms(title: str | None, text: str, lang: str) -> Counter[str]:
    """Stemmed term counts of an article's title and lead, stopwords removed."""
    counts: Counter[str] = Counter()
    for term in _terms((text or "")[:LEAD_CHARACTERS], lang):
        counts[term] += 1
    for term in _terms(title or "", lang):
        counts[term] += TITLE_WEIGHT
    return counts


def _terms(text: str, lang: str) -> list[str]:
    stop = _stop(lang)
    # Indonesian words written with a capital are mostly names, which carry no affixes
    # and which Sastrawi, not finding them in its dictionary, spends ~2 ms on each the
    # first time: they are only lower-cased. A sentence-initial word stays unstemmed too,
    # a small loss. (Not for English: its headlines are in title case.)
    names_unstemmed = lang in ("id", "ms")
    found = []
    for token in TOKEN.findall(text):
        word = token.lower()
        if word in stop:
            continue
        found.append(word if names_unstemmed and token[0].isupper() else stem(word, lang))
    return found


@lru_cache(maxsize=None)
def _stop(lang: str) -> frozenset[str]:
    # English stopwords too: Indonesian news quotes English names and phrases.
    return stopwords(lang) | stopwords("en")


class DocumentFrequencies:
    """Document frequencies over the stream seen so far."""

    def __init__(self, max_terms: int = FREQUENCY_TERMS_KEPT) -> None:
        self.documents = 0
        self.counts: Counter[str] = Counter()
        self.max_terms = max_terms

    def add(self, found: Iterable[str]) -> None:
        """Count one document that has each of the distinct terms in ``found``."""
        self.documents += 1
        self.counts.update(iter(found))
        if len(self.counts) > self.max_terms:
            # Forget the terms seen once: their IDF is that of an unseen term, give or take one.
            self.counts = Counter({t: n for t, n in self.counts.items() if n > 1})

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
    # Only the shared terms add to the dot product (found by one set intersection, in C); they are
    # summed in the order of the smaller vector, as before, so the result is the same to the last bit.
    if len(a) > len(b):
        a, b = b, a
    shared = a.keys() & b.keys()
    if not shared:
        return 0.0
    dot = sum([w * b[t] for t, w in a.items() if t in shared])
    return dot / b_norm if b_norm else 0.0
