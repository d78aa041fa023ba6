"""Dates and times in text, resolved to calendar values: ``find_dates(text, lang, reference)``.

Every mention carries its span, its value (a ``date``, or a ``datetime`` when a time of day
is known, with its UTC offset when a zone such as ``WIB`` is written), its granularity, a
``relative`` flag and, for a range, ``value_end``. Explicit dates are read first and win
over anything overlapping them:

* ``2022-01-06``; ``Kamis, 6 Januari 2022``, ``6 Jan 2022``, ``6 Januari``; English
  ``January 6, 2022`` and ``Jan. 15``;
* ``6/1/2022`` and ``(18 / 8 / 2016)`` (day first; month first in English text);
* ``(6/1)``, ``Rabu (5/1)``, ``Senin pagi (26 / 6)``: day and month;
* ranges ``6-17 Mei 2021``, ``6 Mei - 2 Juni 2021``, ``Jan. 6-17`` (``value_end`` is the last day);
* ``Januari 2022``: granularity ``"month"`` (value: the first of the month);
* after any of these a part of the day and a clock time: ``Rabu (5/1) malam``,
  ``Kamis (6/1) pukul 10.30 WIB`` → ``2022-01-06T10:30:00+07:00``, granularity ``"minute"``.

A day and month without a year takes it from the reference date: the year that puts it
closest to, but not after, the reference + one day (``Jumat (31/12)`` in an article of
3 January is the December before); with a future word after it (``1 Januari mendatang``)
the first one on or after the reference. Without a reference it takes the nearest year
written in the same text, and is skipped when there is none.

Relative phrases need ``reference`` (usually the publication date) and are skipped without
it; they come back with ``relative=True`` (so do day-and-month dates whose year came from
the reference):

* days: ``hari ini``, ``kemarin``, ``kemarin lusa``, ``besok``, ``lusa``, ``tadi malam``,
  ``pagi ini``, ``today``, ``yesterday``, ``last night`` (``data/<lang>/relative_days.txt``);
* a weekday: ``Rabu``, ``Rabu malam``, ``9 p.m. Sunday`` (the latest on or before the reference;
  the next on or after it when a future word comes shortly before: ``akan digelar Sabtu``),
  ``Senin lalu``, ``last Friday`` (strictly before), ``Senin depan``, ``next Monday`` (after);
* counted offsets: ``dua hari lalu``, ``seminggu yang lalu``, ``3 bulan lalu``, ``two days ago``;
* periods: ``pekan lalu`` (granularity ``"week"``, value its Monday), ``bulan lalu``
  (``"month"``), ``tahun lalu``, ``this year`` (``"year"``), ``sejak awal tahun`` (1 January, ``"day"``).

A part of the day gives a ``datetime`` at a conventional hour (``data/<lang>/parts_of_day.txt``:
pagi 06:00, siang 12:00, sore 15:00, malam 19:00) and granularity ``"part-of-day"``.

A weekday written next to a date that it does not match (``Rabu (6/1)`` in 2022, when 6 January
was a Thursday) is resolved by the more reliable part (:func:`weekday_mismatches` says which).
:mod:`telisik.language.publication` reads a publication date off the text, with its evidence span;
:mod:`telisik.language.date_lexicon` holds the word lists and patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, datetime, timedelta, timezone

from telisik.language.date_lexicon import DateLexicon, date_lexicon
from telisik.models import DateMention

# A day/month date may lie one day after the reference: reports dated the evening
# before, or time zones ahead of the outlet's.
FUTURE_TOLERANCE = timedelta(days=1)
# A day and month without a year is put in the nearest year, but a day ahead of the reference
# weighs this many days back: "Jumat (31/12)" of 3 January is the day before, "17 Agustus" of
# 15 August the day after. Chosen by reading day-month dates in corpus/indosum-stream.jsonl.
FUTURE_COST = 3
# "Kamis (16/3) mendatang" in an article dated 18 March was written before it appeared:
# a weekday and day-month with a future word may lie this far before the reference
# ("1 Januari mendatang", with no weekday, of 6 January is the next year's).
FUTURE_WORD_SLACK = timedelta(days=7)
# Texts whose explicit dates are remembered (small: consecutive reads of one article).
CANDIDATE_CACHE_SIZE = 8
# The longest "weekday, part of day" written before a date ("Minggu dini hari, ").
WEEKDAY_LOOKBEHIND_CHARS = 24
# Two-digit years ("6/1/22") are in this century.
CENTURY = 2000
# A weekday that disagrees with its date is moved to the nearest day with that weekday:
# at most this many days away (it is then always unique).
MAX_WEEKDAY_SHIFT = 3
# When a weekday-and-date pair is the only evidence of a year, years this far from the
# anchor (a year written in the text, or ``not_after``) are considered.
YEAR_SEARCH_SPAN = 28  # the weekday calendar repeats within 28 years
# How far before a bare weekday a future word ("akan digelar Sabtu") is looked for: about
# five words, so that the verb it belongs to is the weekday's.
FUTURE_CUE_CHARS = 40
# Bare four-digit numbers in this range count as years written in the text.
YEAR_RANGE = (1900, 2100)

Value = date | datetime


@dataclass(frozen=True, slots=True)
class WeekdayMismatch:
    """A weekday written next to a date it does not fall on, and how it was resolved."""

    mention: DateMention  # the whole phrase, its value resolved by the trusted part
    weekday_start: int
    weekday_end: int
    date_start: int  # the day/month part ("(6/1)")
    date_end: int
    written: str  # the weekday as written ("Rabu")
    written_value: date  # the day the date part names
    trusted: str  # "date" or "weekday"


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An explicit date as written, before its year is settled."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: str | None = None  # the weekday name as written, if any
    weekday_start: int = -1
    weekday_end: int = -1
    hour: int | None = None
    minute: int | None = None
    zone: timezone | None = None
    granularity: str = "day"
    first: tuple[int, int] | None = None  # (day, month) where a range starts
    direction: int = 0  # 1 when a future word follows ("1 Januari mendatang")
    date_start: int = -1  # the span of the day-and-month part itself
    date_end: int = -1


@dataclass(frozen=True, slots=True)
class _Found:
    mention: DateMention
    weekday: str | None  # as written next to an explicit date
    year_given: bool  # the year was written in the mention itself or elsewhere in the text
    candidate: _Candidate | None = None


# --------------------------------------------------------------------------- public


def find_dates(text: str, lang: str = "id", reference: date | None = None) -> list[DateMention]:
    """Every date in ``text`` that can be resolved, in order of appearance."""
    return [found.mention for found in _find(text, lang, reference)]


def weekday_mismatches(text: str, lang: str = "id", reference: date | None = None) -> list[WeekdayMismatch]:
    """Explicit dates whose written weekday is not the weekday of the date, and which part was trusted."""
    lang = _data_lang(lang)
    weekdays = date_lexicon(lang).weekdays
    found = _find(text, lang, reference, resolve_mismatches=False)
    mismatches = []
    for f in found:
        c = f.candidate
        if f.weekday is None or c is None or c.first is not None:
            continue  # a range's weekday may name either end ("Sabtu, 29 - 30 September")
        named = _as_date(f.mention.value)
        wanted = weekdays[f.weekday.lower()]
        if named.weekday() == wanted:
            continue
        trusted = _trusted_part(f, found, weekdays)
        value: Value = f.mention.value
        if trusted == "weekday":
            value = _shift_to_weekday(f.mention.value, wanted)
        mismatches.append(
            WeekdayMismatch(
                replace(f.mention, value=value),
                c.weekday_start,
                c.weekday_end,
                c.date_start,
                c.date_end,
                f.weekday,
                named,
                trusted,
            )
        )
    return mismatches


# --------------------------------------------------------------------------- explicit dates


def _data_lang(lang: str) -> str:
    return lang if lang in ("id", "ms", "en") else "id"


def _as_date(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


def _find(text: str, lang: str, reference: date | None, *, resolve_mismatches: bool = True) -> list[_Found]:
    lexicon = date_lexicon(_data_lang(lang))
    reference = None if reference is None else _as_date(reference)
    candidates = _explicit_candidates(text, lexicon)
    years = [(c.start, c.year) for c in candidates if c.year is not None]
    found = [f for c in candidates if (f := _resolve(text, c, years, reference)) is not None]
    if resolve_mismatches:
        found = _resolve_mismatches(found, lexicon.weekdays)
    taken = [(c.start, c.end) for c in candidates]
    if reference is not None:
        found += _relative(text, lexicon, reference, taken)
    return sorted(found, key=lambda f: f.mention.start)


def _free(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return all(end <= s or e <= start for s, e in taken)


def _explicit_candidates(text: str, lexicon: DateLexicon) -> list[_Candidate]:
    """The explicit dates of ``text``; remembered for the last few texts, as the publication
    date and the dates of one article are read one after the other (``telisik analyze``)."""
    return list(_explicit_candidates_of(text, lexicon.lang))


@lru_cache(maxsize=CANDIDATE_CACHE_SIZE)
def _explicit_candidates_of(text: str, lang: str) -> tuple[_Candidate, ...]:
    lexicon = date_lexicon(lang)
    candidates: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    for pattern in lexicon.explicit:
        for match in pattern.finditer(text):
            if not _free(match.start(), match.end(), taken):
                continue
            candidate = _candidate(text, match, lexicon)
            if candidate is not None and _free(candidate.start, candidate.end, taken):
                candidates.append(candidate)
                taken.append((candidate.start, candidate.end))
    for match in lexicon.month_year.finditer(text):
        if _free(match.start(), match.end(), taken):
            month = lexicon.months[match.group("mon").lower()]
            year = int(match.group("y"))
            candidates.append(
                _Candidate(match.start(), match.end(), 1, month, year, granularity="month",
                           date_start=match.start(), date_end=match.end())
            )
    return tuple(candidates)


def _candidate(text: str, match: re.Match[str], lexicon: DateLexicon) -> _Candidate | None:
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
    end = match.end()
    if groups.get("mon") and not groups.get("y") and text[end - 1] == "." and groups["mon"].lower() not in lexicon.short_months:
        end -= 1  # "25 Desember." ends a sentence; "Jan. 15" keeps its abbreviation's dot
    first_day: tuple[int, int] | None = None
    if groups.get("d1"):
        first_month = lexicon.months[groups["mon1"].lower()] if groups.get("mon1") else month
        first_day = (int(groups["d1"]), first_month)
        if not 1 <= first_day[0] <= 31 or (first_month == month and first_day[0] >= day):
            return None  # "17-6 Mei" is not a range
    start = match.start()
    candidate = _Candidate(start, end, day, month, year, first=first_day, date_start=start, date_end=end)
    before = lexicon.weekday_before.search(text, max(0, start - WEEKDAY_LOOKBEHIND_CHARS), start)
    if before is not None:
        hour = lexicon.parts_of_day[before.group("pod").lower()] if before.group("pod") else None
        candidate = replace(
            candidate, start=before.start(), weekday=before.group("wd"), weekday_start=before.start(),
            weekday_end=before.end("wd"), hour=hour,
        )
    candidate = _with_time_after(text, candidate, lexicon)
    pointed = lexicon.direction_after.match(text, candidate.end)
    if pointed is not None and candidate.year is None:
        direction = lexicon.directions[pointed.group("dir").lower()][0]
        candidate = replace(candidate, end=pointed.end(), direction=direction)
    return candidate


def _with_time_after(text: str, candidate: _Candidate, lexicon: DateLexicon) -> _Candidate:
    """The part of day and clock time written right after a date: "(5/1) malam pukul 21.00 WIB"."""
    match = lexicon.time_after.match(text, candidate.end)
    if match is None or match.end() == candidate.end:
        return candidate
    hour, minute, zone, granularity = _clock(match, lexicon, candidate.hour)
    if hour is None:
        return candidate
    return replace(candidate, end=match.end(), hour=hour, minute=minute, zone=zone, granularity=granularity)


def _clock(
    match: re.Match[str], lexicon: DateLexicon, hour: int | None
) -> tuple[int | None, int | None, timezone | None, str]:
    """(hour, minute, zone, granularity) from a match of ``time_after`` or ``clock_before``."""
    groups = match.groupdict()
    pod = groups.get("pod") or groups.get("pod2")
    pod_hour = lexicon.parts_of_day[pod.lower()] if pod else hour
    raw_hour = groups.get("h") or groups.get("h2")
    if raw_hour is None:
        return pod_hour, None, None, "part-of-day"
    clock_hour = int(raw_hour)
    raw_minute = groups.get("mi") or groups.get("mi2")
    if groups.get("mer"):
        clock_hour = clock_hour % 12 + lexicon.meridiems[groups["mer"].lower()]
    elif pod_hour is not None and pod_hour >= 12 and clock_hour < 12:
        clock_hour += 12  # "jam 9 malam" is 21:00
    if not 0 <= clock_hour <= 23 or (raw_minute is not None and int(raw_minute) > 59):
        return pod_hour, None, None, "part-of-day"
    zone = lexicon.zones[groups["tz"]] if groups.get("tz") else None
    minute = int(raw_minute) if raw_minute is not None else 0
    return clock_hour, minute, zone, "minute" if raw_minute is not None else "hour"


def _full_year(raw: str | None) -> int | None:
    if raw is None:
        return None
    return int(raw) + CENTURY if len(raw) == 2 else int(raw)


def _resolve(text: str, candidate: _Candidate, years: list[tuple[int, int]], reference: date | None) -> _Found | None:
    year, year_given, relative = candidate.year, candidate.year is not None, False
    if year is None and reference is not None:
        slack = FUTURE_WORD_SLACK if candidate.weekday is not None else timedelta(0)
        year, relative = _year_for(candidate.day, candidate.month, reference, candidate.direction, slack), True
    elif year is None and years:
        year, year_given = min(years, key=lambda y: abs(y[0] - candidate.start))[1], True
    if year is None:
        return None
    value = _make(year, candidate.month, candidate.day, candidate.hour, candidate.minute, candidate.zone)
    if value is None:
        return None
    end_value: Value | None = None
    if candidate.first is not None:
        first_day, first_month = candidate.first
        first_year = year - 1 if first_month > candidate.month else year  # "28 Desember - 3 Januari 2022"
        start_value = _make(first_year, first_month, first_day, None, None, None)
        if start_value is None:
            return None
        value, end_value = start_value, value
    granularity = candidate.granularity
    if candidate.hour is not None and granularity == "day":
        granularity = "part-of-day"
    mention = DateMention(
        text[candidate.start : candidate.end], candidate.start, candidate.end, value, granularity, relative, end_value
    )
    return _Found(mention, candidate.weekday, year_given, candidate)


def _make(
    year: int, month: int, day: int, hour: int | None, minute: int | None = None, zone: timezone | None = None
) -> Value | None:
    try:
        if hour is None:
            return date(year, month, day)
        return datetime(year, month, day, hour, minute or 0, tzinfo=zone)
    except ValueError:
        return None  # 31/2, or 29/2 outside a leap year


def _year_for(day: int, month: int, reference: date, direction: int, slack: timedelta = timedelta(0)) -> int | None:
    """The year of a day and month.

    With a past word after it (``2 Agustus lalu``): the latest not after reference + tolerance;
    with a future word (``1 Januari mendatang``): the first on or after the reference (less
    ``slack``, for a date that also names its weekday); else the
    nearest, a day ahead counting as ``FUTURE_COST`` days back (news mostly looks back).
    """
    if direction > 0:
        for year in (reference.year - 1, reference.year, reference.year + 1):
            value = _make(year, month, day, None)
            if value is not None and value >= reference - slack:
                return year
        return None
    if direction < 0:
        latest = reference + FUTURE_TOLERANCE
        for year in (reference.year + 1, reference.year, reference.year - 1):
            value = _make(year, month, day, None)
            if value is not None and value <= latest:
                return year
        return None
    costs = {}
    for year in (reference.year - 1, reference.year, reference.year + 1):
        value = _make(year, month, day, None)
        if value is not None:
            days = (value - reference).days
            costs[year] = -days if days <= 0 else days * FUTURE_COST
    return min(costs, key=lambda y: costs[y]) if costs else None


# --------------------------------------------------------------------------- weekday and date


def _shift_to_weekday(value: Value, weekday: int) -> Value:
    """The day with ``weekday`` nearest ``value`` (at most MAX_WEEKDAY_SHIFT days away), keeping any time."""
    delta = (weekday - _as_date(value).weekday()) % 7
    shift = delta if delta <= MAX_WEEKDAY_SHIFT else delta - 7
    return value + timedelta(days=shift)


def _trusted_part(found: _Found, everything: list[_Found], weekdays: dict[str, int]) -> str:
    """Which part of a mismatched "weekday (date)" to believe: "date" unless only the weekday is backed.

    The date part is trusted by default: it is what the rest of the text is usually dated
    by. The weekday wins when no other mention names the same day while another pairs the
    same weekday, correctly, with a date near this one ("Rabu (5/1)" beside "Rabu (6/1)").
    """
    named = _as_date(found.mention.value)
    wanted = weekdays[(found.weekday or "").lower()]
    date_backed = any(
        other is not found and _as_date(other.mention.value) == named for other in everything
    )
    weekday_backed = any(
        other is not found
        and other.weekday is not None
        and weekdays[other.weekday.lower()] == wanted
        and _as_date(other.mention.value).weekday() == wanted
        and abs((_as_date(other.mention.value) - named).days) <= MAX_WEEKDAY_SHIFT
        for other in everything
    )
    return "weekday" if weekday_backed and not date_backed else "date"


def _resolve_mismatches(found: list[_Found], weekdays: dict[str, int]) -> list[_Found]:
    resolved = []
    for f in found:
        ranged = f.candidate is not None and f.candidate.first is not None
        if not ranged and f.weekday is not None and _as_date(f.mention.value).weekday() != weekdays[f.weekday.lower()]:
            if _trusted_part(f, found, weekdays) == "weekday":
                value = _shift_to_weekday(f.mention.value, weekdays[f.weekday.lower()])
                f = replace(f, mention=replace(f.mention, value=value))
        resolved.append(f)
    return resolved


# --------------------------------------------------------------------------- relative dates


def _relative(text: str, lexicon: DateLexicon, reference: date, taken: list[tuple[int, int]]) -> list[_Found]:
    """The relative phrases, each reader run only when a word it needs is in the text (the cheap check)."""
    lowered = text.lower()
    has_direction = _any_in(lowered, lexicon.directions)
    points = _any_in(lowered, (p for p, (d, _pos) in lexicon.directions.items() if d != 0))
    readers = (
        (_periods, _any_in(lowered, lexicon.periods)),
        (_offsets, points),  # "dua hari lalu": an offset needs a word pointing back or ahead
        (_weekdays, _any_in(lowered, lexicon.weekdays)),  # before days: "Selasa kemarin" is one phrase
        (_relative_days, _any_in(lowered, lexicon.relative_days)),
        (_unit_periods, has_direction),
    )
    found: list[_Found] = []
    for mention in (m for reader, needed in readers if needed for m in reader(text, lexicon, reference)):
        if _free(mention.start, mention.end, taken):
            found.append(_Found(mention, None, year_given=False))
            taken.append((mention.start, mention.end))
    return found


def _any_in(lowered: str, phrases: Iterable[str]) -> bool:
    return any(phrase in lowered for phrase in phrases)


def _at(day: date, hour: int | None) -> tuple[Value, str]:
    if hour is None:
        return day, "day"
    return datetime(day.year, day.month, day.day, hour), "part-of-day"


def _relative_days(text: str, lexicon: DateLexicon, reference: date) -> list[DateMention]:
    mentions = []
    for match in lexicon.relative.finditer(text):
        offset, hour = lexicon.relative_days[match.group("rel").lower()]
        end = match.end("rel")
        if hour is None and match.group("pod"):
            hour, end = lexicon.parts_of_day[match.group("pod").lower()], match.end("pod")
        value, granularity = _at(reference + timedelta(days=offset), hour)
        mentions.append(DateMention(text[match.start() : end], match.start(), end, value, granularity, True))
    return mentions


def _weekdays(text: str, lexicon: DateLexicon, reference: date) -> list[DateMention]:
    """"Rabu", "Rabu malam", "Senin lalu", "last Friday", "9 p.m. Sunday", "Sunday at 9 p.m."."""
    mentions = []
    for match in lexicon.weekday.finditer(text):
        name = match.group("wd").lower()
        after, before = match.group("after"), match.group("before")
        following = (match.group("next") or "").lower()
        if after is None and (name, following) in lexicon.ambiguous_weekdays and not match.group("pod"):
            continue
        if (name, (after or "").lower()) in lexicon.ambiguous_weekdays:
            continue  # "Minggu lalu" is last week, read as a period
        direction_word = after or before
        direction = lexicon.directions[direction_word.lower()][0] if direction_word else None
        wanted = lexicon.weekdays[name]
        back = (reference.weekday() - wanted) % 7
        week_word = match.group("wdir1") or match.group("wdir2")
        if match.group("wunit") and week_word is None:
            week_word, after = None, None  # "Senin pekan" alone: read the weekday only
        if week_word is not None:  # "Senin pekan lalu", "Monday last week": that weekday in that week
            monday = reference - timedelta(days=reference.weekday())
            day = monday + timedelta(weeks=lexicon.directions[week_word.lower()][0], days=wanted)
        elif direction is None and _future_cue(text, match.start(), lexicon):
            day = reference + timedelta(days=(wanted - reference.weekday()) % 7)  # "akan digelar Sabtu"
        elif direction is None:
            day = reference - timedelta(days=back)  # the latest such day on or before the reference
        elif direction < 0:
            day = reference - timedelta(days=back or 7)
        elif direction > 0:
            day = reference + timedelta(days=(wanted - reference.weekday()) % 7 or 7)
        else:  # "Senin ini", "this Friday": the one in the reference's week
            day = reference + timedelta(days=wanted - reference.weekday())
        start = match.start() if before else match.start("wd")
        end = match.end("after") if after else match.end("pod") if match.group("pod") else match.end("wd")
        if week_word is not None:
            end = match.end("wunit") if match.group("wdir1") else match.end("wdir2")
        hour = lexicon.parts_of_day[match.group("pod").lower()] if match.group("pod") else None
        value, granularity = _at(day, hour)
        candidate = _Candidate(start, end, day.day, day.month, day.year, hour=hour)
        timed = _with_time_after(text, candidate, lexicon)
        if timed is candidate and (clock := lexicon.clock_before.search(text, max(0, start - 30), start)):
            hour_, minute, zone, gran = _clock(clock, lexicon, hour)
            if hour_ is not None and gran != "part-of-day":
                timed = replace(candidate, start=clock.start(), hour=hour_, minute=minute, zone=zone, granularity=gran)
        if timed is not candidate and timed.hour is not None:
            made = _make(day.year, day.month, day.day, timed.hour, timed.minute, timed.zone)
            if made is not None:
                value = made
                granularity = timed.granularity if timed.granularity != "day" else "part-of-day"
                start, end = timed.start, timed.end
        mentions.append(DateMention(text[start:end], start, end, value, granularity, True))
    return mentions


def _future_cue(text: str, start: int, lexicon: DateLexicon) -> bool:
    """Whether a future word ("akan", "will") comes before ``start`` in the same sentence."""
    before = re.split(r"[.!?\n]", text[max(0, start - FUTURE_CUE_CHARS) : start])[-1]
    return any(word in lexicon.future_cues for word in before.lower().split())


def _count(match: re.Match[str], lexicon: DateLexicon) -> int | None:
    if match.group("se"):
        return lexicon.units[match.group("se").lower()][1]
    raw = match.group("n").lower()
    if raw.isdigit():
        return int(raw)
    if raw in ("a", "an"):
        return 1
    return lexicon.counts.get(raw)


def _shift(reference: date, unit: str, amount: int) -> tuple[date, str]:
    """The reference moved by ``amount`` units: a day for days and weeks, the month or year otherwise."""
    if unit == "day":
        return reference + timedelta(days=amount), "day"
    if unit == "week":
        return reference + timedelta(weeks=amount), "day"
    if unit == "month":
        months = reference.year * 12 + reference.month - 1 + amount
        return date(months // 12, months % 12 + 1, 1), "month"
    return date(reference.year + amount, 1, 1), "year"


def _offsets(text: str, lexicon: DateLexicon, reference: date) -> list[DateMention]:
    """"dua hari lalu", "seminggu yang lalu", "3 bulan lalu", "two days ago"."""
    mentions = []
    for match in lexicon.offset.finditer(text):
        amount = _count(match, lexicon)
        direction = lexicon.directions[match.group("dir").lower()][0]
        if amount is None or direction == 0:
            continue
        unit = lexicon.units[(match.group("se") or match.group("unit")).lower()][0]
        value, granularity = _shift(reference, unit, amount * direction)
        mentions.append(DateMention(match.group(), match.start(), match.end(), value, granularity, True))
    return mentions


def _unit_periods(text: str, lexicon: DateLexicon, reference: date) -> list[DateMention]:
    """"pekan lalu", "bulan ini", "tahun depan", "last week", "this year": the whole period."""
    mentions = []
    for match in lexicon.unit_period.finditer(text):
        if _vaguely_counted(text, match.start(), lexicon):
            continue  # "beberapa pekan lalu", "tahun-tahun mendatang": no one period
        unit = lexicon.units[(match.group("unit1") or match.group("unit2")).lower()][0]
        direction = lexicon.directions[(match.group("before") or match.group("after")).lower()][0]
        if unit == "day":
            continue  # "hari ini" is in relative_days.txt; "hari lalu" alone is no date
        if unit == "week":
            monday = reference - timedelta(days=reference.weekday())
            value: date = monday + timedelta(weeks=direction)
            granularity = "week"
        else:
            value, granularity = _shift(reference, unit, direction)
        mentions.append(DateMention(match.group(), match.start(), match.end(), value, granularity, True))
    return mentions


def _vaguely_counted(text: str, start: int, lexicon: DateLexicon) -> bool:
    """Whether a vague count or a reduplication comes right before ``start`` ("beberapa ", "bulan-")."""
    before = text[max(0, start - 12) : start]
    if before.endswith("-"):
        return True
    words = before.split()
    return bool(words) and (words[-1].lower() in lexicon.vague or words[-1].isdigit() or words[-1].lower() in lexicon.counts)


def _periods(text: str, lexicon: DateLexicon, reference: date) -> list[DateMention]:
    mentions = []
    for match in lexicon.period.finditer(text):
        anchor = lexicon.periods[match.group().lower()]
        if anchor == "year_start":
            mentions.append(
                DateMention(match.group(), match.start(), match.end(), date(reference.year, 1, 1), "day", True)
            )
    return mentions


def weekday_number(name: str, lang: str = "id") -> int:
    """The weekday a name stands for, Monday = 0 (``Rabu`` → 2)."""
    return date_lexicon(_data_lang(lang)).weekdays[name.lower()]
