"""Publication times as sources state them, turned into ``datetime``.

Only what a source *declares* is read here (a JSONL ``published`` field, a feed's
``pubDate``, an HTML page's metadata). Inferring a date from the article text is the
normalise stage's job, which flags it as inferred.
"""

from __future__ import annotations

import time
from datetime import datetime, timezone

from telisik.errors import MalformedInput


def parse_iso_published(value: str) -> datetime:
    """Parse an ISO 8601 date (``2024-03-05``) or datetime (with or without offset).

    A bare date becomes midnight without a time zone: the source said which day,
    not which hour, and the normalise stage decides how to treat that.

    Raises:
        MalformedInput: ``value`` is not ISO 8601.
    """
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        raise MalformedInput(f"published is not an ISO 8601 date or datetime: {value!r}") from None


def published_from_struct(moment: time.struct_time) -> datetime:
    """A feedparser ``*_parsed`` value (always UTC) as an aware ``datetime``."""
    return datetime(*moment[:6], tzinfo=timezone.utc)
