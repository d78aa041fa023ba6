"""Counting independent sources behind a group of claims.

A claim's originator is the innermost link of its source chain (the ministry,
not the outlet relaying it). A claim with no stated source takes the source of
a claim of the same kind and value elsewhere in its article (an article that
gives "8 killed" twice and attributes it once has one source for both);
failing that it stands on its article's outlet. Two originators whose names
are the same up to a longer qualification ("Kementerian Dalam Negeri" and
"Kementerian Dalam Negeri Kazakhstan") are one source.
"""

from __future__ import annotations

import re
from typing import Iterable

from telisik.models import ClaimRef

WORD = re.compile(r"\w+", re.UNICODE)


def originator(ref: ClaimRef, siblings: Iterable[ClaimRef] = ()) -> tuple[str, ...]:
    """The words naming who a claim ultimately comes from, lower-cased.

    ``siblings`` are the other claims of its group, searched for an attributed
    claim of the same article, kind and value when this one states no source.
    """
    chain = ref.claim.source_chain or next(
        (
            s.claim.source_chain
            for s in siblings
            if s.article_id == ref.article_id and s.claim.source_chain
            and (s.claim.kind, s.claim.min, s.claim.max) == (ref.claim.kind, ref.claim.min, ref.claim.max)
        ),
        (),
    )
    name = chain[0] if chain else ref.outlet or f"article {ref.article_id}"
    return tuple(WORD.findall(name.lower()))


def _same_source(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter


def count_independent_sources(refs: Iterable[ClaimRef]) -> int:
    refs = list(refs)
    distinct: list[tuple[str, ...]] = []
    for name in sorted({originator(r, refs) for r in refs}, key=len):
        if not any(_same_source(name, seen) for seen in distinct):
            distinct.append(name)
    return len(distinct)
