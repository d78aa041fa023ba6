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

It also counts *independent* sources: claims that trace back to the same
originator (one ministry quoted by two outlets) count once.

This is the interval baseline; a later version aligns victim groups, event
times and places, and reads relay chains to collapse syndicated copies.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Sequence

from telisik.models import AnalysedArticle, Claim, ClaimGroup, ClaimRef, Comparison, Verdict
from telisik.reconcile.entities import link_entities
from telisik.reconcile.groups import victim_group
from telisik.reconcile.intervals import Interval, describe, intersect, interval_of
from telisik.reconcile.sources import count_independent_sources


def _sort_key(when: date | datetime | None) -> tuple[int, str]:
    return (0, "") if when is None else (1, when.isoformat())


def _best_claim(claims: list[Claim]) -> Claim:
    """The claim an article stands behind for one kind: its most confident, then its first."""
    return max(claims, key=lambda c: (c.confidence, -c.start))


def _scope_note(values: list[tuple[ClaimRef, Interval]]) -> str:
    """ "; victim groups differ: police (Mata Indonesia) vs unspecified (Bisnis.com)", or ""."""
    outlets: dict[str, set[str]] = {}
    for ref, _ in values:
        outlets.setdefault(victim_group(ref.claim.subject), set()).add(ref.outlet or f"article {ref.article_id}")
    if len(outlets) < 2:
        return ""
    return "; victim groups differ: " + " vs ".join(f"{g} ({', '.join(sorted(o))})" for g, o in outlets.items())


def _label(values: list[tuple[ClaimRef, Interval]]) -> tuple[Verdict, Interval | None, str]:
    verdict, value, explanation = _label_values(values)
    scope = _scope_note(values)
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


def compare_kind(kind: str, refs_by_article: dict[int, list[ClaimRef]]) -> ClaimGroup:
    """One group for one claim kind: every claim kept, one value per article judged."""
    values = []
    for refs in refs_by_article.values():
        best = _best_claim([r.claim for r in refs])
        ref = next(r for r in refs if r.claim is best)
        values.append((ref, interval_of(best)))
    verdict, value, explanation = _label(values)
    all_refs = tuple(ref for refs in refs_by_article.values() for ref in refs)
    return ClaimGroup(
        kind=kind,
        verdict=verdict,
        claims=all_refs,
        independent_sources=count_independent_sources(all_refs),
        explanation=explanation,
        value_min=value.low if value else None,
        value_max=value.high if value else None,
    )


def reconcile(story_id: int, members: Sequence[AnalysedArticle]) -> Comparison:
    """Compare the claims of a story's articles, one group per claim kind."""
    by_kind: dict[str, dict[int, list[ClaimRef]]] = {}
    for member in members:
        article = member.article
        published = article.published.value if article.published else None
        for claim in member.extraction.claims:
            ref = ClaimRef(article.id, article.outlet, published, claim)
            by_kind.setdefault(claim.kind, {}).setdefault(article.id, []).append(ref)
    groups = tuple(compare_kind(kind, refs) for kind, refs in sorted(by_kind.items()))
    return Comparison(story_id, groups, entities=link_entities(members))


__all__ = ["reconcile", "compare_kind"]
