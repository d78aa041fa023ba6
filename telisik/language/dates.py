"""Dates in text, resolved to calendar values: ``find_dates(text, lang, reference)``.

Explicit dates are read first and win over anything overlapping them:

* ``2022-01-06``; ``Kamis, 6 Januari 2022``, ``6 Jan 2022``, ``6 Januari``; English ``January 6, 2022``;
* ``6/1/2022`` and ``(18 / 8 / 2016)`` (day first; month first for English);
* ``(6/1)``, ``Rabu (5/1)``, ``Senin pagi (26 / 6)``: day and month, the year from the reference
  date (the year that puts the date closest to, but not after, the reference + 1 day), or without
  a reference from the nearest explicit year in the same text; with neither it is skipped;
* ``Januari 2022``: granularity ``"month"`` (value: the first of the month).

Relative phrases need ``reference`` (usually the publication date) and are skipped without it:

* days: ``hari ini``, ``kemarin`` (−1), ``kemarin lusa`` (−2), ``besok`` (+1), ``lusa`` (+2),
  ``today``, ``yesterday`` (``data/<lang>/relative_days.txt``);
* a bare weekday, ``Rabu`` or ``Rabu malam``: the latest such weekday on or before the reference;
* periods: ``sejak awal tahun`` → 1 January of the reference year (granularity ``"day"``),
  ``tahun lalu`` → the previous year (``"year"``), ``bulan ini`` (``"month"``).

A part of the day (``pagi ini``, ``Rabu malam``, ``semalam``) gives a ``datetime`` at a
conventional hour from ``data/<lang>/parts_of_day.txt`` (pagi 06:00, siang 12:00, sore
15:00, malam 19:00) and granularity ``"part-of-day"``.

Also here: :func:`latest_explicit_date` (to infer a publication date from the text)
and :func:`weekday_mismatches` (``Rabu (6/1)`` when 6 January was a Thursday).
"""

from __future__ import annotations

from collections.abc import Iterable

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from telisik.language.lexicon import read_table
from telisik.models import DateMention

# A day/month date may lie one day after the reference: reports dated the evening
# before, or time zones ahead of the outlet's.
FUTURE_TOLERANCE = timedelta(days=1)
# When only a weekday pins the year ("Kamis (6/1)" with no year in the text), look
# this many years back from today; the weekday calendar repeats within 28 years.
WEEKDAY_YEAR_SEARCH = 28
# The longest "weekday, part of day" written before a date ("Minggu dini hari, ").
WEEKDAY_LOOKBEHIND_CHARS = 24
# Two-digit years ("6/1/22") are in this century.
CENTURY = 2000


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An explicit date as written, before its year is settled."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: str | None  # the weekday name as written, if any
    hour: int | None
    granularity: str = "day"


@dataclass(frozen=True, slots=True)
class _Found:
    mention: DateMention
    weekday: str | None  # as written next to an explicit date
    year_given: bool  # the year was written in the mention itself or elsewhere in the text


@dataclass(frozen=True, slots=True)
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    parts_of_day: dict[str, int]
    relative_days: dict[str, tuple[int, int | None]]
    periods: dict[str, str]
    ambiguous_weekdays: frozenset[tuple[str, str]]
    month_first: bool  # English "1/6/2022" and "January 6"
    explicit: tuple[re.Pattern[str], ...]
    weekday_before: re.Pattern[str]  # "Kamis, " or "Senin pagi " just before a date
    month_year: re.Pattern[str]
    relative: re.Pattern[str]
    weekday: re.Pattern[str]
    period: re.Pattern[str]


def _alternation(phrases: Iterable[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@cache
def _lexicon(lang: str) -> _Lexicon:
    months = {row[0].lower(): int(row[1]) for row in read_table(lang, "months.txt")}
    weekdays = {row[0].lower(): int(row[1]) for row in read_table(lang, "weekdays.txt")}
    parts = {row[0].lower(): int(row[1]) for row in read_table(lang, "parts_of_day.txt")}
    relative = {
        row[0].lower(): (int(row[1]), int(row[2]) if len(row) > 2 and row[2] else None)
        for row in read_table(lang, "relative_days.txt")
    }
    periods = {row[0].lower(): row[1] for row in read_table(lang, "relative_periods.txt")}
    ambiguous = frozenset((row[0].lower(), row[1].lower()) for row in read_table(lang, "ambiguous_weekdays.txt"))
    mon, wd, pod = _alternation(months), _alternation(weekdays), _alternation(parts)
    # Month and weekday names on their own must be capitalised ("May 5", "Rabu"), as news writes them.
    month_names = [row[0] for row in read_table(lang, "months.txt")]
    weekday_names = [row[0] for row in read_table(lang, "weekdays.txt")]
    cased_mon = _alternation(month_names + [name.upper() for name in month_names])
    cased_wd = _alternation(weekday_names + [name.upper() for name in weekday_names])
    slashed = r"(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})"
    # Each pattern starts at a digit, a parenthesis or a capitalised month, so the scan is quick;
    # a weekday written before the date is read afterwards by ``weekday_before``.
    explicit = [
        re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>(?i:{mon}))\b\.?(?:\s+(?P<y>\d{{4}})\b)?"),
        re.compile(rf"\(\s*{slashed}(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)"),
        re.compile(rf"\b{slashed}\s*/\s*(?P<y>\d{{4}})\b"),
    ]
    if lang == "en":
        explicit.append(
            re.compile(rf"\b(?P<mon>{cased_mon})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?")
        )
    return _Lexicon(
        months=months,
        weekdays=weekdays,
        parts_of_day=parts,
        relative_days=relative,
        periods=periods,
        ambiguous_weekdays=ambiguous,
        month_first=lang == "en",
        explicit=tuple(explicit),
        weekday_before=re.compile(rf"\b(?P<wd>(?i:{wd}))(?:\s+(?P<pod>(?i:{pod})))?,?\s*$"),
        month_year=re.compile(rf"\b(?P<mon>{cased_mon})\s+(?P<y>\d{{4}})\b"),
        relative=re.compile(rf"\b(?P<rel>{_alternation(relative)})\b(?:\s+(?P<pod>{pod})\b)?", re.IGNORECASE),
        weekday=re.compile(rf"\b(?P<wd>{cased_wd})\b(?:\s+(?P<pod>(?i:{pod}))\b)?(?=(?:\s+(?P<next>\w+))?)"),
        period=re.compile(rf"\b(?:{_alternation(periods)})\b", re.IGNORECASE),
    )


# --------------------------------------------------------------------------- public


def find_dates(text: str, lang: str = "id", reference: date | None = None) -> list[DateMention]:
    """Every date in ``text`` that can be resolved, in order of appearance."""
    return [found.mention for found in _find(text, lang, reference)]


def latest_explicit_date(text: str, lang: str = "id", *, today: date | None = None) -> tuple[date, str] | None:
    """The latest explicit day in ``text`` and the phrase it was read from, or None.

    Explicit means the year is written in the date or elsewhere in the text. As a
    last resort, a day/month with a weekday (``Kamis (6/1)``) in a text with no year
    at all gets the latest year, not after ``today``, in which that day fell on
    that weekday.
    """
    days = [f for f in _find(text, lang, None) if f.year_given and f.mention.granularity != "month"]
    if not days:
        days = _weekday_pinned(text, lang, today or date.today())
    if not days:
        return None
    latest = max(days, key=lambda f: (_as_date(f.mention.value), f.mention.start))
    return _as_date(latest.mention.value), latest.mention.text


def weekday_mismatches(text: str, lang: str = "id", reference: date | None = None) -> list[tuple[DateMention, str]]:
    """Explicit dates whose written weekday is not the weekday of the date, with that weekday."""
    weekdays = _lexicon(lang).weekdays
    return [
        (found.mention, found.weekday)
        for found in _find(text, lang, reference)
        if found.weekday is not None and _as_date(found.mention.value).weekday() != weekdays[found.weekday.lower()]
    ]


# --------------------------------------------------------------------------- explicit dates


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _find(text: str, lang: str, reference: date | None) -> list[_Found]:
    lexicon = _lexicon(lang)
    reference = None if reference is None else _as_date(reference)
    candidates = _explicit_candidates(text, lexicon)
    years = [(c.start, c.year) for c in candidates if c.year is not None]
    found = [f for c in candidates if (f := _resolve(text, c, years, reference)) is not None]
    taken = [(c.start, c.end) for c in candidates]
    if reference is not None:
        found += _relative(text, lexicon, reference, taken)
    return sorted(found, key=lambda f: f.mention.start)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or e <= start for s, e in taken)


def _explicit_candidates(text: str, lexicon: _Lexicon) -> list[_Candidate]:
    candidates: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for pattern in lexicon.explicit:
        for match in pattern.finditer(text):
            candidate = _candidate(text, match, lexicon)
            if candidate is not None and _free(candidate.start, candidate.end, taken):
                candidates.append(candidate)
                taken.append((candidate.start, candidate.end))
    for match in lexicon.month_year.finditer(text):
        if _free(match.start(), match.end(), taken):
            month = lexicon.months[match.group("mon").lower()]
            year = int(match.group("y"))
            candidates.append(_Candidate(match.start(), match.end(), 1, month, year, None, None, "month"))
    return candidates


def _candidate(text: str, match: re.Match[str], lexicon: _Lexicon) -> _Candidate | None:
    groups = match.groupdict()
    if groups.get("mon"):
        day, month = int(groups["d"]), lexicon.months[groups["mon"].lower()]
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        day, month = (second, first) if lexicon.month_first else (first, second)
    else:
        day, month = int(groups["d"]), int(groups["m"])
    year = _full_year(groups.get("y"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    start, weekday, hour = match.start(), None, None
    before = lexicon.weekday_before.search(text, max(0, start - WEEKDAY_LOOKBEHIND_CHARS), start)
    if before is not None:
        start, weekday = before.start(), before.group("wd")
        hour = lexicon.parts_of_day[before.group("pod").lower()] if before.group("pod") else None
    return _Candidate(start, match.end(), day, month, year, weekday, hour)


def _full_year(raw: str | None) -> int | None:
    if raw is None:
        return None
    return int(raw) + CENTURY if len(raw) == 2 else int(raw)


def _resolve(text: str, candidate: _Candidate, years: list[tuple[int, int]], reference: date | None) -> _Found | None:
    year, year_given = candidate.year, candidate.year is not None
    if year is None and reference is not None:
        year = _closest_year(candidate.day, candidate.month, reference)
    elif year is None and years:
        year, year_given = min(years, key=lambda y: abs(y[0] - candidate.start))[1], True
    if year is None:
        return None
    value = _make_date(year, candidate.month, candidate.day, candidate.hour)
    if value is None:
        return None
    granularity = "part-of-day" if candidate.hour is not None else candidate.granularity
    mention = DateMention(text[candidate.start : candidate.end], candidate.start, candidate.end, value, granularity)
    return _Found(mention, candidate.weekday, year_given)


def _make_date(year: int, month: int, day: int, hour: int | None) -> date | datetime | None:
    try:
        return date(year, month, day) if hour is None else datetime(year, month, day, hour)
    except ValueError:
        return None  # 31/2, or 29/2 outside a leap year


def _closest_year(day: int, month: int, reference: date) -> int | None:
    """The year that puts day/month closest to, but not after, the reference + tolerance."""
    latest = reference + FUTURE_TOLERANCE
    for year in (reference.year + 1, reference.year, reference.year - 1):
        value = _make_date(year, month, day, None)
        if value is not None and value <= latest:
            return year
    return None


def _weekday_pinned(text: str, lang: str, today: date) -> list[_Found]:
    """Day/month dates with a weekday, given the latest year that fits the weekday (see latest_explicit_date)."""
    lexicon = _lexicon(lang)
    pinned = []
    for candidate in _explicit_candidates(text, lexicon):
        if candidate.weekday is None or candidate.year is not None:
            continue
        weekday = lexicon.weekdays[candidate.weekday.lower()]
        for year in range(today.year, today.year - WEEKDAY_YEAR_SEARCH, -1):
            value = _make_date(year, candidate.month, candidate.day, None)
            if value is not None and value <= today and value.weekday() == weekday:
                found = _resolve(text, replace(candidate, year=year), [], None)
                if found is not None:
                    pinned.append(found)
                break
    return pinned


# --------------------------------------------------------------------------- relative dates


def _relative(text: str, lexicon: _Lexicon, reference: date, taken: list[tuple[int, int]]) -> list[_Found]:
    found: list[_Found] = []
    for mention in (
        *_relative_days(text, lexicon, reference),
        *_bare_weekdays(text, lexicon, reference),
        *_periods(text, lexicon, reference),
    ):
        if _free(mention.start, mention.end, taken):
            found.append(_Found(mention, None, year_given=False))
            taken.append((mention.start, mention.end))
    return found


def _at(day: date, hour: int | None) -> tuple[date | datetime, str]:
    if hour is None:
        return day, "day"
    return datetime(day.year, day.month, day.day, hour), "part-of-day"


def _relative_days(text: str, lexicon: _Lexicon, reference: date) -> list[DateMention]:
    mentions = []
    for match in lexicon.relative.finditer(text):
        offset, hour = lexicon.relative_days[match.group("rel").lower()]
        end = match.end("rel")
        if hour is None and match.group("pod"):
            hour, end = lexicon.parts_of_day[match.group("pod").lower()], match.end("pod")
        value, granularity = _at(reference + timedelta(days=offset), hour)
        mentions.append(DateMention(text[match.start() : end], match.start(), end, value, granularity))
    return mentions


def _bare_weekdays(text: str, lexicon: _Lexicon, reference: date) -> list[DateMention]:
    mentions = []
    for match in lexicon.weekday.finditer(text):
        name, following = match.group("wd").lower(), (match.group("next") or "").lower()
        if (name, following) in lexicon.ambiguous_weekdays and not match.group("pod"):
            continue
        day = reference - timedelta(days=(reference.weekday() - lexicon.weekdays[name]) % 7)
        pod = match.group("pod")
        end = match.end("pod") if pod else match.end("wd")
        value, granularity = _at(day, lexicon.parts_of_day[pod.lower()] if pod else None)
        mentions.append(DateMention(text[match.start() : end], match.start(), end, value, granularity))
    return mentions


def _periods(text: str, lexicon: _Lexicon, reference: date) -> list[DateMention]:
    mentions = []
    for match in lexicon.period.finditer(text):
        value, granularity = _period_start(lexicon.periods[match.group().lower()], reference)
        mentions.append(DateMention(match.group(), match.start(), match.end(), value, granularity))
    return mentions


def _period_start(anchor: str, reference: date) -> tuple[date, str]:
    first_of_month = reference.replace(day=1)
    starts = {
        "year_start": (date(reference.year, 1, 1), "day"),
        "this_year": (date(reference.year, 1, 1), "year"),
        "last_year": (date(reference.year - 1, 1, 1), "year"),
        "this_month": (first_of_month, "month"),
        "last_month": ((first_of_month - timedelta(days=1)).replace(day=1), "month"),
    }
    return starts[anchor]
