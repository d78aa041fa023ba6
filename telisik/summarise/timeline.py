"""A dated timeline from the sentences that carry resolved dates."""

from __future__ import annotations

from datetime import date, datetime
from typing import Sequence

from telisik.models import AnalysedArticle, Span, TimelineEntry

# Entries kept per story: a timeline longer than this is a list, not a summary.
MAX_ENTRIES = 12


def _as_datetime(value: date | datetime) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)  # compare wall-clock dates across articles
    return datetime(value.year, value.month, value.day)


def build_timeline(members: Sequence[AnalysedArticle]) -> tuple[TimelineEntry, ...]:
    """One entry per (date, sentence), oldest first; a sentence is listed under its earliest date."""
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
            entries[key] = TimelineEntry(mention.value, text, (Span(article.id, sentence.start, sentence.end),))
    ordered = sorted(entries.values(), key=lambda e: (_as_datetime(e.when), e.citations[0].article_id))
    return tuple(ordered[:MAX_ENTRIES])
