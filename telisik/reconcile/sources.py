"""Counting independent sources behind a group of claims.

Two things make many reports one source:

- **shared upstream** — a claim's originator is the innermost link of its source chain
  (the ministry, not the outlet relaying it): Mata Indonesia relaying Kazakhstan's
  Interior Ministry through Al Jazeera and Bisnis.com relaying it through the local
  outlet Kazakh are one source. Names are first mapped to the story's canonical entity
  (an alias such as an acronym is the same originator), and two names that are the same
  up to a longer qualification ("Kementerian Dalam Negeri" and "Kementerian Dalam Negeri
  Kazakhstan") are one;
- **syndicated copies** — an article the cluster stage marked as a near-copy of another
  (``copy_of``) is that article republished: its claims stand on the original's outlet,
  and it is listed as "also published by".

A claim with no stated source takes the source of a claim of the same kind and value
elsewhere in its article (an article that gives "8 killed" twice and attributes it once
has one source for both); failing that it stands on its article's outlet — the root
article's outlet for a copy.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from telisik.models import AnalysedArticle, CanonicalEntity, ClaimRef

WORD = re.compile(r"\w+", re.UNICODE)
# Following copy_of links further than this is a cycle in bad data, not a chain of copies.
MAX_COPY_DEPTH = 20


@dataclass(frozen=True, slots=True)
class Report:
    """One article's report of a source: through whom it says it got it."""

    article_id: int
    outlet: str | None
    via: tuple[str, ...] = ()  # relays, nearest the source first
    via_inferred: bool = False  # True when the claim names no relay and the article's own relay is used
    copy_of: int | None = None  # the article this one republishes (syndication), if any


@dataclass(frozen=True, slots=True)
class Source:
    """One independent source of a claim group and the reports that stand on it."""

    name: str  # as first written: "Kementerian Dalam Negeri Kazakhstan", or an outlet
    articles: tuple[int, ...]  # the articles whose claims trace back to it (copies included)
    relays: tuple[str, ...] = ()  # outlets it was relayed through ("Al Jazeera", "Kazakh")
    also_published_by: tuple[int, ...] = ()  # the articles among ``articles`` that are syndicated copies
    reports: tuple[Report, ...] = ()  # one per article, with its relay chain


def root_article(article_id: int, copies: Mapping[int, int]) -> int:
    """The article ``article_id`` is, through copy_of links, a copy of (itself when none)."""
    seen = 0
    while article_id in copies and seen < MAX_COPY_DEPTH:
        article_id, seen = copies[article_id], seen + 1
    return article_id


def stated_chain(ref: ClaimRef, siblings: Iterable[ClaimRef] = ()) -> tuple[str, ...]:
    """The claim's source chain, or that of a same-value claim of its article that states one."""
    return ref.claim.source_chain or next(
        (
            s.claim.source_chain
            for s in siblings
            if s.article_id == ref.article_id and s.claim.source_chain
            and (s.claim.kind, s.claim.min, s.claim.max) == (ref.claim.kind, ref.claim.min, ref.claim.max)
        ),
        (),
    )


def originator(
    ref: ClaimRef, siblings: Iterable[ClaimRef] = (), copies: Mapping[int, int] | None = None,
    outlets: Mapping[int, str | None] | None = None,
) -> str:
    """Who a claim ultimately comes from: its innermost stated source, else its (root) article's outlet."""
    chain = stated_chain(ref, siblings)
    if chain:
        return chain[0]
    root = root_article(ref.article_id, copies or {})
    outlet = (outlets or {}).get(root, ref.outlet if root == ref.article_id else None)
    return outlet or f"article {root}"


def _words(name: str) -> tuple[str, ...]:
    return tuple(WORD.findall(name.lower()))


def _same_source(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[: len(shorter)] == shorter


def _alias_index(entities: Iterable[CanonicalEntity]) -> dict[tuple[str, ...], str]:
    index: dict[tuple[str, ...], str] = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            index[_words(name)] = entity.name
    return index


def independent_sources(
    refs: Iterable[ClaimRef], copies: Mapping[int, int] | None = None,
    entities: Iterable[CanonicalEntity] = (), outlets: Mapping[int, str | None] | None = None,
    article_relays: Mapping[int, tuple[str, ...]] | None = None,
) -> list[Source]:
    """The distinct originators behind ``refs``, shortest name first, with who relayed them.

    ``copies`` maps a syndicated copy to the article it copies; ``outlets`` gives the outlet
    of every story article (an original may have no claim of this group's kind);
    ``article_relays`` the outlets an article says it relays as a whole ("…, melansir Al
    Jazeera"), used as an inferred relay for a claim that names none.
    """
    refs = list(refs)
    copies = copies or {}
    aliases = _alias_index(entities)
    outlets = {r.article_id: r.outlet for r in refs} | dict(outlets or {})
    keyed: dict[tuple[str, ...], list[tuple[ClaimRef, str, tuple[str, ...]]]] = {}
    for ref in refs:
        name = originator(ref, refs, copies, outlets)
        key = _words(name)
        key = _words(aliases.get(key, name))
        keyed.setdefault(key, []).append((ref, name, stated_chain(ref, refs)[1:]))
    merged: list[tuple[tuple[str, ...], list[tuple[ClaimRef, str, tuple[str, ...]]]]] = []
    for key in sorted(keyed, key=len):
        home = next((entry for entry in merged if _same_source(key, entry[0])), None)
        if home is None:
            merged.append((key, list(keyed[key])))
        else:
            home[1].extend(keyed[key])
    return [_source(members, copies, article_relays or {}) for _, members in merged]


def _source(
    members: list[tuple[ClaimRef, str, tuple[str, ...]]], copies: Mapping[int, int],
    article_relays: Mapping[int, tuple[str, ...]],
) -> Source:
    articles = tuple(sorted({ref.article_id for ref, _, _ in members}))
    relays: list[str] = []
    for _, _, chain in members:
        relays.extend(r for r in chain if r not in relays)
    name = min((name for _, name, _ in members), key=lambda n: (-len(n), n))  # the fullest name written
    reports = []
    for article_id in articles:
        chains = [chain for ref, _, chain in members if ref.article_id == article_id]
        outlet = next(ref.outlet for ref, _, _ in members if ref.article_id == article_id)
        stated = max(chains, key=len)
        inferred = not stated and bool(article_relays.get(article_id)) and name != outlet
        via = tuple(article_relays.get(article_id, ())) if inferred else stated
        reports.append(Report(article_id, outlet, via, inferred, copies.get(article_id)))
    return Source(name, articles, tuple(relays), tuple(a for a in articles if a in copies), tuple(reports))


def article_relay(member: AnalysedArticle) -> tuple[str, ...]:
    """The one outlet an article relays its quotes through ("kata Tokayev, melansir Al
    Jazeera"), taken as the relay of the whole article; () when it names none or several
    (then each statement's own chain is all we know)."""
    named = {v for quote in member.extraction.quotes for v in quote.via}
    return tuple(named) if len(named) == 1 else ()


def count_independent_sources(
    refs: Iterable[ClaimRef], copies: Mapping[int, int] | None = None, entities: Iterable[CanonicalEntity] = (),
    outlets: Mapping[int, str | None] | None = None,
) -> int:
    return len(independent_sources(refs, copies, entities, outlets))
