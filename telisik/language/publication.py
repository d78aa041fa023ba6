"""The publication date a text gives itself: ``infer_publication_date(text, lang, not_after=...)``.

Used by the normalise stage when a document carries no date. It reads the dates of
:mod:`telisik.language.dates` and prefers, in tiers, the evidence news dates its reports
with; see :func:`infer_publication_date`. No clock is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from telisik.language.date_lexicon import DateLexicon, date_lexicon
from telisik.language.dates import (
    YEAR_RANGE,
    YEAR_SEARCH_SPAN,
    _as_date,
    _Candidate,
    _data_lang,
    _explicit_candidates,
    _Found,
    _make,
    _relative,
    _resolve,
)
from telisik.models import DateMention


@dataclass(frozen=True, slots=True)
class PublicationEvidence:
    """A publication date read off the text, and the phrase it rests on."""

    value: date
    text: str
    start: int
    end: int
    how: str  # "latest explicit date" or "weekday and date"



def infer_publication_date(
    text: str, lang: str = "id", *, not_after: date | None = None
) -> PublicationEvidence | None:
    """The publication date the text itself gives, with the phrase it rests on; None without evidence.

    News dates its report with a weekday and a date (``Jakarta, Kamis (6/1)``), so those are
    the best evidence; the latest of the first tier that has any is taken:

    1. dates written with their weekday: with a year (``Kamis, 6 Januari 2022``, the weekday
       matching), or without one (``Kamis (6/1)``), then in the year in which the most such
       pairs hold: with ``not_after``, the latest such year not after it (and not before the
       latest year written in the text); without, the first from the latest year written on;
    2. other days with their year written (``6 Januari 2022``), not marked as future
       (``17 Agustus 2022 mendatang``);
    3. days and months whose year is written elsewhere in the text;
    4. with ``not_after`` only: the first weekday written alone (``kata dia di Jakarta,
       Selasa.``, as Antara dates its reports), the latest such day not after ``not_after``.

    Nothing later than ``not_after`` counts. Deterministic: no clock is read; ``not_after``
    (e.g. the day the document was fetched) is an input like the text.
    """
    lang = _data_lang(lang)
    lexicon = date_lexicon(lang)
    candidates = [c for c in _explicit_candidates(text, lexicon) if c.granularity != "month"]
    years = [(c.start, c.year) for c in candidates if c.year is not None]
    resolved = [(c, f) for c in candidates if (f := _resolve(text, c, years, None)) is not None]
    fits = [(c, f) for c, f in resolved if not_after is None or _as_date(f.mention.value) <= not_after]
    matching = [
        f for c, f in fits
        if c.weekday is not None and c.year is not None and _as_date(f.mention.value).weekday() == lexicon.weekdays[c.weekday.lower()]
    ]
    tiers: tuple[list[_Found], ...] = (
        matching + _weekday_pinned(text, candidates, lexicon, not_after),
        [f for c, f in fits if c.year is not None and c.direction <= 0 and c.first is None],
        [f for c, f in fits if c.year is None and c.weekday is None and c.direction <= 0],
    )
    if not_after is not None and not any(tiers):
        taken = [(c.start, c.end) for c in candidates]
        alone = [f for f in _relative(text, lexicon, not_after, taken) if _is_bare_weekday(f.mention, lexicon)]
        tiers = ([], [], [], alone[:1])
    hows = ("weekday and date", "explicit date", "day and month, year elsewhere", "weekday alone")
    for tier, how in zip(tiers, hows):
        if tier:
            latest = max(tier, key=lambda f: (_as_date(f.mention.value), f.mention.start))
            m = latest.mention
            return PublicationEvidence(_as_date(m.value), m.text, m.start, m.end, how)
    return None


def latest_explicit_date(text: str, lang: str = "id", *, not_after: date | None = None) -> tuple[date, str] | None:
    """(day, phrase) of :func:`infer_publication_date`, for callers that need no span."""
    found = infer_publication_date(text, lang, not_after=not_after)
    return None if found is None else (found.value, found.text)


def _is_bare_weekday(mention: DateMention, lexicon: DateLexicon) -> bool:
    """"Selasa" or "Selasa malam": a weekday with at most a part of the day, nothing relative."""
    first, *rest = mention.text.split(maxsplit=1)
    return first.lower() in lexicon.weekdays and (not rest or rest[0].lower() in lexicon.parts_of_day)


def _weekday_pinned(
    text: str, candidates: list[_Candidate], lexicon: DateLexicon, not_after: date | None
) -> list[_Found]:
    """Weekday-and-date pairs without a year, in the year the most of them agree with (see infer_publication_date)."""
    pairs = [c for c in candidates if c.weekday is not None and c.year is None and c.first is None]
    written = _written_years(text)
    anchor = max(written) if written else (not_after.year if not_after else None)
    if not pairs or anchor is None:
        return []

    def holding(year: int) -> list[_Candidate]:
        held = []
        for c in pairs:
            value = _make(year, c.month, c.day, None)
            wanted = lexicon.weekdays[(c.weekday or "").lower()]
            if value is not None and value.weekday() == wanted and (not_after is None or value <= not_after):
                held.append(c)
        return held

    if not_after is not None:  # the latest year that fits, not before the latest year written
        floor = max(written) if written else not_after.year - YEAR_SEARCH_SPAN
        span = range(min(floor, not_after.year), not_after.year + 1)
        preference = {year: year for year in span}
    else:  # the first year that fits from the latest year written on, else the nearest before it
        span = range(anchor - YEAR_SEARCH_SPAN, anchor + YEAR_SEARCH_SPAN + 1)
        preference = {year: -(year - anchor) if year >= anchor else -(anchor - year) * YEAR_SEARCH_SPAN for year in span}
    scored = [(len(held), preference[year], year, held) for year in span if (held := holding(year))]
    if not scored:
        return []
    _count, _preference, year, held = max(scored)
    found = [_resolve(text, replace(c, year=year), [], None) for c in held]
    return [f for f in found if f is not None]


_YEAR = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\w/-]|[.,]\d)")


def _written_years(text: str) -> list[int]:
    return [y for m in _YEAR.finditer(text) if YEAR_RANGE[0] <= (y := int(m.group())) <= YEAR_RANGE[1]]
