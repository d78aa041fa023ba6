"""When and where a claim's event happened, as the article writes it.

A claim takes the date and the place its own sentence names; when its sentence names none, the
nearest one named in the ``CONTEXT_SENTENCES`` sentences before it (a report tells the time and
place once, then the toll: "Bentrokan pecah di Almaty, Rabu (5/1). … Delapan orang tewas.").
Nothing is guessed beyond that: a claim whose context names no date or place keeps None, and a
reader falls back on the publication date and the story's places.

Dates count from a day down to the minute, and a week or a month ("pekan lalu", "Mei 2021");
a year alone ("tahun ini") is too coarse to date an event. Places are the LOC entities, by
their canonical name; a town the gazetteer knows is preferred, in the same reach, over a street,
a district or a country ("on Hillcrest Street in Memphis" is Memphis): on gva-dev that took the
incident city from 0.467 to 0.539 (bench/README.md, claims).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from telisik.language.places import is_town
from telisik.models import Claim, DateMention, EntityMention, Sentence

# How many sentences before a claim's own are read for its date and place, when its sentence
# names none. Set, not tuned: a news paragraph of two or three sentences tells time and place once.
CONTEXT_SENTENCES = 3
EVENT_GRANULARITIES = frozenset({"minute", "hour", "part-of-day", "day", "week", "month"})

T = TypeVar("T")


def place_and_time(
    claims: Sequence[Claim], sentences: Sequence[Sentence], dates: Sequence[DateMention],
    entities: Sequence[EntityMention],
) -> list[Claim]:
    """``claims`` with ``event_time`` and ``place`` set where the text gives them (module docstring)."""
    starts = [s.start for s in sentences]
    times = [(d.start, d.end, d.value) for d in dates if d.granularity in EVENT_GRANULARITIES]
    places = [(e.start, e.end, e.canonical or e.text) for e in entities if e.type == "LOC"]
    towns = [p for p in places if is_town(p[2])]
    located = []
    for claim in claims:
        context = context_start(claim, sentences, starts)
        located.append(replace(
            claim,
            event_time=claim.event_time or nearest(times, claim, context),
            place=claim.place or nearest(towns, claim, context) or nearest(places, claim, context),
        ))
    return located


def context_start(claim: Claim, sentences: Sequence[Sentence], starts: list[int]) -> int:
    """Where the sentences read for ``claim`` begin: ``CONTEXT_SENTENCES`` before its own."""
    index = bisect_right(starts, claim.sentence_start) - 1
    return sentences[max(0, index - CONTEXT_SENTENCES)].start if index >= 0 else claim.sentence_start


def nearest(found: Sequence[tuple[int, int, T]], claim: Claim, context: int) -> T | None:
    """The value of the mention in the claim's sentence closest to the claim, else of the last one
    in the context before its sentence."""
    inside = [f for f in found if claim.sentence_start <= f[0] and f[1] <= claim.sentence_end]
    if inside:
        return min(inside, key=lambda f: abs(f[0] - claim.start))[2]
    before = [f for f in found if context <= f[0] and f[1] <= claim.sentence_start]
    return before[-1][2] if before else None
