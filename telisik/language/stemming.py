"""Word stems for clustering and search: PySastrawi for Indonesian and Malay, a light suffix rule for English.

Stemming folds the affixed forms an Indonesian story is told in (*menyita*, *disita*,
*penyitaan* → *sita*) into one term. Sastrawi is slow on a cold word (dictionary
look-ups for each affix combination), so every stem is cached: news vocabulary
repeats, and the cache reaches a steady size of some tens of thousands of words.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol


class _Stemmer(Protocol):
    def stem(self, text: str) -> str: ...


# Enough for the working vocabulary of a large news stream; an evicted word is just stemmed again.
STEM_CACHE_WORDS = 200_000
_ENGLISH_SUFFIXES = ("ings", "ing", "ed", "es", "s")


@lru_cache(maxsize=1)
def _sastrawi() -> _Stemmer:
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stemmer: _Stemmer = StemmerFactory().create_stemmer()
    return stemmer


@lru_cache(maxsize=STEM_CACHE_WORDS)
def _indonesian(word: str) -> str:
    return _sastrawi().stem(word) or word


@lru_cache(maxsize=STEM_CACHE_WORDS)
def _english(word: str) -> str:
    for suffix in _ENGLISH_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):
            return word[: -len(suffix)]
    return word


def stem(word: str, lang: str) -> str:
    """The stem of a lower-cased word in ``lang`` (``id``, ``ms`` or ``en``; others unchanged)."""
    if lang in ("id", "ms"):
        return _indonesian(word)
    if lang == "en":
        return _english(word)
    return word
