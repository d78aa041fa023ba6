"""Where and when a story's event happened: one place and one day for the whole story.

Each claim already carries the date and place its own sentence, or the few sentences before
it, name (``extract.claims.setting``). A story's incident is what most of its claims of harm
(killed, injured, missing; the other kinds only when there are none) say:

* **when**: the day most claims give (the earliest on a tie: "shot on Wednesday, died on
  Friday" happened on Wednesday; preferring the day a claim nearer the top of its article gives
  read 0.809 instead of 0.818 on gva-dev); when no claim is dated (its sentence and the few
  before it name no day), the day most articles name first, as for the place below;
* **where**: the town most claims name (on a tie, the one a claim nearest the top of its
  article names: news tells its event first and recalls earlier ones further down). A toll's
  context often names only a street, a neighbourhood, a county or a state ("on Hillcrest
  Street", "in Putnam County"), or no place at all; the incident's town is then the first
  town the articles name (each article's earliest, the one most articles open with, the
  earliest article on a tie). Only when no article's text names a town is the dateline's read ("WEST VALLEY CITY —"):
  a local reporter files from the town covered, but an Indonesian outlet's dateline
  is often its newsroom (Bisnis.com, JAKARTA), not where the event happened. Only when no
  article names a town at all is the claims' own place (the street, the county) kept.

On gva-dev (1,632 shootings, one to three reports each) the incident city was right for
0.538 of the incidents given one, 84 % given one, from the claims' most common place; with
the towns first, the articles' first town next and the dateline's after it, 0.607 of 89 %
(bench/README.md, claims). A story that reports no toll has no incident.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TypeVar

from telisik.language.places import is_town
from telisik.models import AnalysedArticle, Claim, ClaimRef, Comparison, Incident, Span

# The tolls that happen at the incident itself. Arrests, evacuations and displacement often
# come later or elsewhere ("the suspect was arrested on Friday in Dallas"); they date and place
# the story only when it reports no harm.
HARM_KINDS = frozenset({"killed", "injured", "missing"})

# What can date an incident when its claims carry no date: a day or finer, never a week or a month.
DAY_GRANULARITIES = frozenset({"day", "part-of-day", "hour", "minute"})

T = TypeVar("T")
S = TypeVar("S")


def incident(comparison: Comparison, members: Sequence[AnalysedArticle]) -> Incident:
    """The story's place and day, each with what it rests on (module docstring)."""
    harm = [ref for group in comparison.groups if group.kind in HARM_KINDS for ref in group.claims]
    refs = harm or [ref for group in comparison.groups for ref in group.claims]
    if not refs:  # no toll, no incident: the towns a political story names are not where "it" happened
        return Incident()
    when, when_refs = _day(refs, members)
    when_basis: str | None = "claims" if when is not None else None
    when_citations = tuple(_claim_span(ref) for ref in when_refs)
    if when is None:
        first = _first_day(members)
        if first is not None:
            when, when_basis, when_citations = first[0], "text", (first[1],)
    place, basis, citation = _place(refs, members)
    return Incident(
        place=place, place_basis=basis, place_citation=citation, when=when,
        when_citations=when_citations, when_basis=when_basis,
    )


def day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _day(refs: Sequence[ClaimRef], members: Sequence[AnalysedArticle]) -> tuple[date | None, list[ClaimRef]]:
    """The day most claims give, leaving out times their articles state only to the week or month: a claim
    dated by "pada Juni 2017" (an earlier accident recalled) holds the 1st of June, which is no day."""
    precise = {(m.article.id, d.value) for m in members for d in m.extraction.dates if d.granularity in DAY_GRANULARITIES}
    coarse = {(m.article.id, d.value) for m in members for d in m.extraction.dates} - precise
    dated = [ref for ref in refs if ref.claim.event_time is not None
             and (ref.article_id, ref.claim.event_time) not in coarse]
    days = Counter(day_of(ref.claim.event_time) for ref in dated if ref.claim.event_time is not None)
    if not days:
        return None, []
    day = min(days, key=lambda d: (-days[d], d))
    # the day only: a claim's time of day is often a part of the day read as an hour ("malam": 19:00)
    return day, [ref for ref in dated if ref.claim.event_time is not None and day_of(ref.claim.event_time) == day]


def _first_day(members: Sequence[AnalysedArticle]) -> tuple[date, Span] | None:
    """The day most articles name first (a day or finer: "Friday", "7:30 p.m. Friday"), with that mention."""
    def first(member: AnalysedArticle) -> tuple[date, Span] | None:
        days = [d for d in member.extraction.dates if d.granularity in DAY_GRANULARITIES]
        if not days:
            return None
        mention = min(days, key=lambda d: d.start)
        return day_of(mention.value), Span(member.article.id, mention.start, mention.end)
    return _voted(members, first)


def _place(refs: Sequence[ClaimRef], members: Sequence[AnalysedArticle]) -> tuple[str | None, str | None, Span | None]:
    placed = [ref for ref in refs if ref.claim.place]
    named = Counter(ref.claim.place for ref in placed if ref.claim.place)
    lead = _lead_positions(placed)
    towns = Counter({name: count for name, count in named.items() if is_town(name)})
    if towns:
        town = _most(towns, lead)
        return town, "claims", _claim_place_span(refs, members, town)
    first = _first_town(members)
    if first is not None:
        return first[0], "text", first[1]
    filed = _dateline_town(members)
    if filed is not None:
        return filed, "dateline", None
    if named:
        place = _most(named, lead)
        return place, "claims-place", _claim_place_span(refs, members, place)
    return None, None, None


def _most(counts: Counter[str], lead: dict[str, int]) -> str:
    """The most named; on a tie, the one a claim nearest the start of its article gives."""
    return min(counts, key=lambda name: (-counts[name], lead[name], name))


def _lead_positions(refs: Sequence[ClaimRef]) -> dict[str, int]:
    """For each place, how far into its article the earliest claim naming it stands (a headline: -1)."""
    lead: dict[str, int] = {}
    for ref in refs:
        if ref.claim.place:
            position = -1 if ref.claim.field == "title" else ref.claim.start
            lead[ref.claim.place] = min(lead.get(ref.claim.place, position), position)
    return lead


def _first_town(members: Sequence[AnalysedArticle]) -> tuple[str, Span] | None:
    """The town most articles name first, with that mention."""
    def first(member: AnalysedArticle) -> tuple[str, Span] | None:
        places = sorted((e for e in member.extraction.entities if e.type == "LOC"), key=lambda e: e.start)
        town = next((e for e in places if is_town(e.canonical or e.text)), None)
        return None if town is None else (town.canonical or town.text, Span(member.article.id, town.start, town.end))
    return _voted(members, first)


def _dateline_town(members: Sequence[AnalysedArticle]) -> str | None:
    """The town most articles are filed from ("WEST VALLEY CITY —": West Valley City)."""
    def filed(member: AnalysedArticle) -> tuple[str, None] | None:
        place = member.article.dateline.place if member.article.dateline else None
        town = place.split(",")[0].strip() if place else ""
        return (town, None) if town and is_town(town) else None
    found = _voted(members, filed)
    return found[0] if found else None


def _voted(
    members: Sequence[AnalysedArticle], first: Callable[[AnalysedArticle], tuple[T, S] | None],
) -> tuple[T, S] | None:
    """What most articles give, each its own ``first`` (the earliest article's on a tie), with where it gave it."""
    votes: Counter[T] = Counter()
    where: dict[T, S] = {}
    for member in members:
        found = first(member)
        if found is not None:
            votes[found[0]] += 1
            where.setdefault(found[0], found[1])
    if not votes:
        return None
    order = list(where)
    value = max(votes, key=lambda v: (votes[v], -order.index(v)))
    return value, where[value]


def _claim_place_span(refs: Sequence[ClaimRef], members: Sequence[AnalysedArticle], place: str) -> Span | None:
    """The mention of ``place`` nearest before the first claim that names it (in its article's text)."""
    by_id = {member.article.id: member for member in members}
    for ref in refs:
        member = by_id.get(ref.article_id)
        if ref.claim.place != place or member is None or ref.claim.field != "text":
            continue
        mentions = [e for e in member.extraction.entities if e.type == "LOC" and (e.canonical or e.text) == place]
        if mentions:
            best = min(mentions, key=lambda e: (e.start > ref.claim.end, abs(ref.claim.start - e.start)))
            return Span(ref.article_id, best.start, best.end)
    return None


def _claim_span(ref: ClaimRef) -> Span:
    claim: Claim = ref.claim
    return Span(ref.article_id, claim.start, claim.end, claim.field)
