"""Near-duplicates and syndicated copies: MinHash over word shingles (datasketch).

A wire story republished by several outlets is one source told several times.
Each article's text becomes a MinHash signature of its word 5-shingles; an LSH
index over the active articles finds earlier texts whose estimated Jaccard
similarity reaches ``COPY_JACCARD``, and the earliest of them is the original
the article is marked a copy of (``copy_of``). Copies join the original's story
directly; the UI shows them as "also published by" and reconcile may count them
once as a source.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from datasketch import MinHash

# Words per shingle: long enough that two reports of one event in their own words
# share few shingles, short enough to survive small edits to a wire copy.
SHINGLE_WORDS = 5
# Permutations per signature: a Jaccard estimate within about ±0.1 at 64.
PERMUTATIONS = 64
# Estimated Jaccard similarity of shingles from which a text is a copy: wire copies
# with an edited first and last paragraph stay above 0.7; rewrites fall far below.
COPY_JACCARD = 0.7
# Text read for shingles; copies differ most at the end (related links, bylines).
SHINGLED_CHARACTERS = 4000
# Texts shorter than this (in shingles) are not compared: a headline is not a copy.
MIN_SHINGLES = 8
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> list[bytes]:
    words = _WORD.findall(text[:SHINGLED_CHARACTERS].lower())
    return [" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(len(words) - SHINGLE_WORDS + 1)]


class CopyDetector:
    """Finds, among the articles it holds, the one an arriving text copies."""

    def __init__(self, threshold: float = COPY_JACCARD, permutations: int = PERMUTATIONS) -> None:
        # Imported here: datasketch (through scipy) takes about a second to import, which every
        # command that only reads the store (`telisik stories`, `telisik story`, `serve`) would pay.
        from datasketch import MinHash, MinHashLSH

        self.threshold = threshold
        self.permutations = permutations
        self.lsh = MinHashLSH(threshold=threshold, num_perm=permutations)
        self.signatures: dict[int, MinHash] = {}
        self.original_of: dict[int, int] = {}
        # Drawn once (seed 1, as every MinHash here): making them per article costs more than hashing.
        template = MinHash(num_perm=permutations)
        self._permutations, self._scheme = template.permutations, template.scheme

    def signature(self, text: str) -> MinHash | None:
        grams = shingles(text)
        if len(set(grams)) < MIN_SHINGLES:
            return None
        from datasketch import MinHash

        signature = MinHash(num_perm=self.permutations, permutations=self._permutations,
                            scheme=self._scheme)
        signature.update_batch(grams)
        return signature

    def find(self, signature: MinHash | None) -> tuple[int, float] | None:
        """The original (earliest) article this signature copies, with the estimated Jaccard."""
        if signature is None:
            return None
        best: tuple[int, float] | None = None
        for article_id in self.lsh.query(signature):
            similarity = float(np.mean(self.signatures[article_id].hashvalues == signature.hashvalues))
            if similarity >= self.threshold and (best is None or article_id < best[0]):
                best = (article_id, similarity)
        if best is None:
            return None
        return self.original_of.get(best[0], best[0]), best[1]

    def add(self, article_id: int, signature: MinHash | None, copy_of: int | None) -> None:
        if signature is None or article_id in self.signatures:
            return
        self.lsh.insert(article_id, signature)
        self.signatures[article_id] = signature
        if copy_of is not None:
            self.original_of[article_id] = copy_of

    def remove(self, article_id: int) -> None:
        if self.signatures.pop(article_id, None) is not None:
            self.lsh.remove(article_id)
        self.original_of.pop(article_id, None)

    def __len__(self) -> int:
        return len(self.signatures)
