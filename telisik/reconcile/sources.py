"""Counting independent sources behind a group of claims.

A claim's originator is the innermost link of its source chain (the ministry,
not the outlet relaying it); a claim with no stated source stands on its
article's outlet. Two originators whose names are the same up to a longer
qualification ("Kementerian Dalam Negeri" and "Kementerian Dalam Negeri
Kazakhstan") are one source.
"""

from __future__ import annotations

import re
from typing import Iterable

from telisik.models import ClaimRef

WORD = re.compile(r"\w+", re.UNICODE)


def originator(ref: ClaimRef) -> tuple[str, ...]:
    """The words naming who a claim ultimately comes from, lower-cased."""
    if ref.claim.source_chain:
        name = ref.claim.source_chain[0]
    else:
        name = ref.outlet or f"article {ref.article_id}"
    return tuple(WORD.findall(name.lower()))


def _same_source(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter


def count_independent_sources(refs: Iterable[ClaimRef]) -> int:
    distinct: list[tuple[str, ...]] = []
    for name in sorted({originator(r) for r in refs}, key=len):
        if not any(_same_source(name, seen) for seen in distinct):
            distinct.append(name)
    return len(distinct)
