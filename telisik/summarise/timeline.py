"""A dated timeline from the sentences that carry resolved dates.

Each sentence is listed under its earliest resolved date; sentences of different
articles on the same day report the same happening, and become one entry citing
them all, when they share most of their words or when the reconcile stage aligned
an action in each to one event ("menyerbu gedung-gedung pemerintahan" and "kantor
walikota Almaty dibakar": the attack on the government buildings, Comparison.events).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Sequence

from telisik.models import AnalysedArticle, EventGroup, Span, TimelineEntry

# Entries kept per story: a timeline longer than this is a list, not a summary.
MAX_ENTRIES = 12
# Two same-day sentences sharing at least this share of their content words (Jaccard)
# tell the same happening. Set by reading the seeds' and the demo corpus's timelines.
SAME_HAPPENING = 0.4
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def _as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # compare wall-clock dates across articles
    return datetime(value.year, value.month, value.day)


def build_timeline(members: Sequence[AnalysedArticle], events: Sequence[EventGroup] = ()) -> tuple[TimelineEntry, ...]:
    """One entry per (date, sentence), oldest first; a sentence is listed under its earliest date.
    Same-day entries of one happening are merged (module docstring)."""
    entries: dict[tuple[int, int], TimelineEntry] = {}
    for member in members:
        article = member.article
        for mention in member.extraction.dates:
            sentence = next((s for s in article.sentences if s.start <= mention.start < s.end), None)
            if sentence is None:
                continue
            key = (article.id, sentence.start)
            known = entries.get(key)
            if known is not None and _as_datetime(known.when) <= _as_datetime(mention.value):
                continue
            text = article.text[sentence.start : sentence.end]
            entries[key] = TimelineEntry(mention.value, text, (Span(article.id, sentence.start, sentence.end),),
                                         mention.granularity)
    ordered = sorted(entries.values(), key=lambda e: (_as_datetime(e.when), e.citations[0].article_id))
    return tuple(merge_same_happenings(ordered, event_sentences(events))[:MAX_ENTRIES])


def event_sentences(events: Sequence[EventGroup]) -> dict[tuple[int, int], frozenset[tuple[str, str | None]]]:
    """(article, sentence start) → the events (thread, target) an action in that sentence belongs to."""
    found: dict[tuple[int, int], set[tuple[str, str | None]]] = {}
    for group in events:
        for mention in group.mentions:
            found.setdefault((mention.article_id, mention.sentence_start), set()).add((group.thread, group.target))
    return {key: frozenset(value) for key, value in found.items()}


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in WORD.findall(text))


def _day(entry: TimelineEntry) -> date:
    return _as_datetime(entry.when).date()


def merge_same_happenings(
    entries: list[TimelineEntry], events: dict[tuple[int, int], frozenset[tuple[str, str | None]]] | None = None,
) -> list[TimelineEntry]:
    """Fold an entry into an earlier one of the same day from another article that tells the same
    thing: most words shared, or (``events``, from :func:`event_sentences`) an action of one event."""
    merged: list[TimelineEntry] = []
    for entry in entries:
        words = _words(entry.text)
        for i, kept in enumerate(merged):
            if _day(kept) != _day(entry):
                continue
            if {c.article_id for c in kept.citations} & {c.article_id for c in entry.citations}:
                continue
            shared = _words(kept.text)
            if (words and shared and len(words & shared) / len(words | shared) >= SAME_HAPPENING) or (
                _events(kept, events) & _events(entry, events)
            ):
                merged[i] = TimelineEntry(kept.when, kept.text, kept.citations + entry.citations, kept.granularity)
                break
        else:
            merged.append(entry)
    return merged


def _events(
    entry: TimelineEntry, events: dict[tuple[int, int], frozenset[tuple[str, str | None]]] | None
) -> frozenset[tuple[str, str | None]]:
    """The events the entry's cited sentences tell of."""
    if not events:
        return frozenset()
    return frozenset().union(*(events.get((c.article_id, c.start), frozenset()) for c in entry.citations))
