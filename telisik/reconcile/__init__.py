"""Stage 5: Story → Comparison.

Aligns the claims of one kind (killed, injured, …) across a story's articles and
labels each group:

- ``agree``: every article gives the same value;
- ``refine``: the values are compatible and one narrows another (317 inside "more than 300");
- ``update``: values that cannot all hold, where the later reports move the figure one way;
- ``conflict``: values that cannot all hold, with no such order; the group's
  value is then the one most articles give (the latest on a tie), and the
  explanation lists them all;
- ``different-scope``: values that cannot all hold, from articles counting
  different victim groups (police vs people);
- ``single``: only one article reports it.

Each explanation notes when the articles' victim groups differ (the seeds: 8
police and guards vs 8 people — the same number, a different scope).

Each explanation notes when the articles' victim groups differ, using for each article the
most specific group it gives for the value it stands behind (Bisnis.com's "317 lika-luka"
and "317 polisi dan prajurit … terluka" are one value, counted among police and guards).

It also counts *independent* sources (:mod:`.sources`): claims that trace back to the
same originator (one ministry quoted by two outlets) count once, and a syndicated copy
(``copies``: an article the cluster stage marked as a near-copy of another) stands on its
original — its claims are kept as evidence but give no second vote in the verdict.

Actions that are not counts (buildings stormed, help asked for and agreed to) are aligned
by :mod:`.events` into ``Comparison.events``, with the same verdict words.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from telisik.models import AnalysedArticle, CanonicalEntity, Claim, ClaimGroup, ClaimRef, Comparison, Verdict
from telisik.reconcile.entities import link_entities
from telisik.reconcile.events import compare_events
from telisik.reconcile.groups import UNSPECIFIED, victim_group
from telisik.reconcile.intervals import Interval, describe, intersect, interval_of
from telisik.reconcile.sources import count_independent_sources, root_article


def _sort_key(when: date | datetime | None) -> tuple[int, str]:
    return (0, "") if when is None else (1, when.isoformat())


def _best_claim(claims: list[Claim]) -> Claim:
    """The claim an article stands behind for one kind: its most confident, then its first."""
    return max(claims, key=lambda c: (c.confidence, -c.start))


def _scope_note(values: list[tuple[ClaimRef, Interval]], refs_by_article: Mapping[int, list[ClaimRef]]) -> str:
    """ "; victim groups differ: police (Mata Indonesia) vs unspecified (Bisnis.com)", or ""."""
    outlets: dict[str, set[str]] = {}
    for ref, interval in values:
        group = _article_group(refs_by_article.get(ref.article_id, [ref]), interval)
        outlets.setdefault(group, set()).add(ref.outlet or f"article {ref.article_id}")
    if len(outlets) < 2:
        return ""
    return "; victim groups differ: " + " vs ".join(f"{g} ({', '.join(sorted(o))})" for g, o in outlets.items())


def _article_group(refs: list[ClaimRef], interval: Interval) -> str:
    """The most specific victim group an article names for ``interval`` ("unspecified" if none)."""
    groups = {victim_group(r.claim.subject) for r in refs if interval_of(r.claim) == interval}
    named = sorted(groups - {UNSPECIFIED}, key=lambda g: (-g.count("+"), g))
    return named[0] if named else UNSPECIFIED


def _label(
    values: list[tuple[ClaimRef, Interval]], refs_by_article: Mapping[int, list[ClaimRef]]
) -> tuple[Verdict, Interval | None, str]:
    verdict, value, explanation = _label_values(values)
    scope = _scope_note(values, refs_by_article)
    if scope and verdict is Verdict.CONFLICT:
        return Verdict.SCOPE, value, "different people counted" + scope
    return verdict, value, explanation + scope


def _label_values(values: list[tuple[ClaimRef, Interval]]) -> tuple[Verdict, Interval | None, str]:
    intervals = [interval for _, interval in values]
    common = intersect(intervals)
    if len(values) == 1:
        return Verdict.SINGLE, intervals[0], "reported by one article only"
    if common is not None:
        if all(i == intervals[0] for i in intervals):
            return Verdict.AGREE, common, f"all report {describe(common)}"
        return Verdict.REFINE, common, f"compatible; together they narrow it to {describe(common)}"
    dated = sorted(values, key=lambda v: _sort_key(v[0].published))
    lows = [interval.low for _, interval in dated]
    distinct_dates = len({_sort_key(ref.published) for ref, _ in dated}) > 1
    if distinct_dates and all(x is not None for x in lows) and lows == sorted(lows):  # type: ignore[type-var]
        latest = dated[-1][1]
        return Verdict.UPDATE, latest, f"later reports raise the figure; latest {describe(latest)}"
    best = _most_reported(dated)
    return (
        Verdict.CONFLICT,
        best,
        "the values cannot all be true: " + " vs ".join(describe(i) for i in intervals)
        + f"; most reported (latest on a tie): {describe(best)}",
    )


def _most_reported(dated: list[tuple[ClaimRef, Interval]]) -> Interval:
    """The value most articles give; among equals, the latest article's (later reports know more)."""
    counts: dict[Interval, int] = {}
    for _, interval in dated:
        counts[interval] = counts.get(interval, 0) + 1
    top = max(counts.values())
    return next(interval for _, interval in reversed(dated) if counts[interval] == top)


def compare_kind(
    kind: str, refs_by_article: dict[int, list[ClaimRef]], copies: Mapping[int, int] | None = None,
    entities: Sequence[CanonicalEntity] = (), outlets: Mapping[int, str | None] | None = None,
) -> ClaimGroup:
    """One group for one claim kind: every claim kept, one value per original article judged."""
    copies = copies or {}
    values = []
    for article_id, refs in refs_by_article.items():
        if root_article(article_id, copies) != article_id and root_article(article_id, copies) in refs_by_article:
            continue  # a syndicated copy repeats its original: evidence, not a second vote
        best = _best_claim([r.claim for r in refs])
        ref = next(r for r in refs if r.claim is best)
        values.append((ref, interval_of(best)))
    verdict, value, explanation = _label(values, refs_by_article)
    all_refs = tuple(ref for refs in refs_by_article.values() for ref in refs)
    return ClaimGroup(
        kind=kind,
        verdict=verdict,
        claims=all_refs,
        independent_sources=count_independent_sources(all_refs, copies, entities, outlets),
        explanation=explanation,
        value_min=value.low if value else None,
        value_max=value.high if value else None,
    )


def reconcile(story_id: int, members: Sequence[AnalysedArticle], copies: Mapping[int, int] | None = None) -> Comparison:
    """Compare the claims of a story's articles, one group per claim kind.

    ``copies`` maps an article the cluster stage found to be a near-copy (syndication) to
    the article it copies.
    """
    by_kind: dict[str, dict[int, list[ClaimRef]]] = {}
    outlets: dict[int, str | None] = {}
    for member in members:
        article = member.article
        outlets[article.id] = article.outlet
        published = article.published.value if article.published else None
        for claim in member.extraction.claims:
            ref = ClaimRef(article.id, article.outlet, published, claim)
            by_kind.setdefault(claim.kind, {}).setdefault(article.id, []).append(ref)
    entities = link_entities(members)
    groups = tuple(compare_kind(kind, refs, copies, entities, outlets) for kind, refs in sorted(by_kind.items()))
    return Comparison(story_id, groups, entities=entities, events=compare_events(members, dict(copies or {})))


__all__ = ["reconcile", "compare_kind"]
