"""Candidate retrieval that stays flat as stories accumulate.

An inverted index from keys (stemmed terms and names) to the stories that have
them. A story is re-appended to a key's posting list each time it takes an
article, so each list runs from the least to the most recently active story;
a query reads at most ``scan`` stories from the recent end of each of its
strongest keys. A common word therefore costs the same with a hundred or a
hundred thousand stories, and a story dropped from the index (closed) costs
nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import islice

# Stories read from the recent end of one posting list per query key.
POSTINGS_SCANNED = 100


class InvertedIndex:
    def __init__(self, scan: int = POSTINGS_SCANNED) -> None:
        self.scan = scan
        self.postings: dict[str, dict[int, None]] = defaultdict(dict)

    def add(self, story: int, keys: Iterable[str]) -> None:
        for key in keys:
            posting = self.postings[key]
            posting.pop(story, None)
            posting[story] = None  # now the most recent

    def remove(self, story: int, keys: Iterable[str]) -> None:
        for key in keys:
            posting = self.postings.get(key)
            if posting is None:
                continue
            posting.pop(story, None)
            if not posting:
                del self.postings[key]

    def search(self, query: dict[str, float], limit: int) -> list[int]:
        """Up to ``limit`` stories sharing the most query weight, best first."""
        scores: dict[int, float] = defaultdict(float)
        for key, weight in query.items():
            posting = self.postings.get(key)
            if not posting:
                continue
            for story in islice(reversed(posting), self.scan):
                scores[story] += weight
        return sorted(scores, key=lambda s: -scores[s])[:limit]

    def __len__(self) -> int:
        return len(self.postings)
