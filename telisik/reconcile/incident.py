"""Where and when a story's event happened: one place and one day for the whole story.

Each claim already carries the date and place its own sentence, or the few sentences before
it, name (``extract.claims.setting``). A story's incident is what most of its claims of harm
(killed, injured, missing; the other kinds only when there are none) say:

* **when**: the day most claims give (the earliest on a tie);
* **where**: the town most claims name. A toll's context often names only a street, a
  neighbourhood, a county or a state ("on Hillcrest Street", "in Putnam County"), or no
  place at all; the incident's town is then the first town the articles name (in arrival
  order: each article's earliest, the one most articles open with, the earliest article on a
  tie). The dateline is not read for it: an Indonesian outlet's dateline is its newsroom
  (Bisnis.com, JAKARTA), not where the event happened. Only when no article names a town is
  the claims' own place (the street, the county) kept.

On gva-dev (1,632 shootings, one to three reports each) the incident city was right for
0.538 of the incidents given one, 84 % given one, from the claims' most common place; with
the towns first and the articles' first town next, 0.600 of 89 % (bench/README.md, claims). A
story that reports no toll has no incident.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime

from telisik.language.places import is_town
from telisik.models import AnalysedArticle, Claim, ClaimRef, Comparison, Incident, Span

# The tolls that happen at the incident itself. Arrests, evacuations and displacement often
# come later or elsewhere ("the suspect was arrested on Friday in Dallas"); they date and place
# the story only when it reports no harm.
HARM_KINDS = frozenset({"killed", "injured", "missing"})


def incident(comparison: Comparison, members: Sequence[AnalysedArticle]) -> Incident:
    """The story's place and day, each with what it rests on (module docstring)."""
    harm = [ref for group in comparison.groups if group.kind in HARM_KINDS for ref in group.claims]
    refs = harm or [ref for group in comparison.groups for ref in group.claims]
    if not refs:  # no toll, no incident: the towns a political story names are not where "it" happened
        return Incident()
    when, when_refs = _day(refs)
    place, basis, citation = _place(refs, members)
    return Incident(
        place=place, place_basis=basis, place_citation=citation, when=when,
        when_citations=tuple(_claim_span(ref) for ref in when_refs),
    )


def day_of(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _day(refs: Sequence[ClaimRef]) -> tuple[date | datetime | None, list[ClaimRef]]:
    dated = [ref for ref in refs if ref.claim.event_time is not None]
    days = Counter(day_of(ref.claim.event_time) for ref in dated if ref.claim.event_time is not None)
    if not days:
        return None, []
    day = min(days, key=lambda d: (-days[d], d))
    chosen = [ref for ref in dated if ref.claim.event_time is not None and day_of(ref.claim.event_time) == day]
    # the precise value when the claims agree on it (a time of day), else the day
    values = {ref.claim.event_time for ref in chosen}
    return (values.pop() if len(values) == 1 else day), chosen


def _place(refs: Sequence[ClaimRef], members: Sequence[AnalysedArticle]) -> tuple[str | None, str | None, Span | None]:
    named = Counter(ref.claim.place for ref in refs if ref.claim.place)
    towns = Counter({name: count for name, count in named.items() if is_town(name)})
    if towns:
        town = _most(towns)
        return town, "claims", _claim_place_span(refs, members, town)
    first = _first_town(members)
    if first is not None:
        return first[0], "text", first[1]
    if named:
        place = _most(named)
        return place, "claims-place", _claim_place_span(refs, members, place)
    return None, None, None


def _most(counts: Counter[str]) -> str:
    return min(counts, key=lambda name: (-counts[name], name))


def _first_town(members: Sequence[AnalysedArticle]) -> tuple[str, Span] | None:
    """The town most articles name first (the earliest article's on a tie), with that first mention."""
    votes: Counter[str] = Counter()
    first: dict[str, Span] = {}
    for member in members:
        mentions = sorted((e for e in member.extraction.entities if e.type == "LOC"), key=lambda e: e.start)
        town = next((e for e in mentions if is_town(e.canonical or e.text)), None)
        if town is not None:
            name = town.canonical or town.text
            votes[name] += 1
            first.setdefault(name, Span(member.article.id, town.start, town.end))
    if not votes:
        return None
    name = max(votes, key=lambda n: (votes[n], -list(first).index(n)))
    return name, first[name]


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
