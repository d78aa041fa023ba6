"""The word lists and patterns :mod:`telisik.language.dates` reads, built once per language.

Everything here comes from ``data/<lang>/*.txt``: months, weekdays, parts of the day,
relative days and periods, calendar units, direction words ("lalu", "mendatang", "last"),
time zones, clock words, range words, vague counts and future cues. Each pattern opens with
a one-character lookahead (:func:`_opening`), so Python's re skips most positions quickly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta, timezone
from functools import cache

from telisik.language.lexicon import read_lines, read_table


@dataclass(frozen=True, slots=True)
class DateLexicon:
    """One language's date words and the compiled patterns that find dates in text."""

    lang: str
    months: dict[str, int]
    short_months: frozenset[str]  # abbreviations, written with a full stop ("Jan.", "Sept.")
    weekdays: dict[str, int]
    parts_of_day: dict[str, int]
    relative_days: dict[str, tuple[int, int | None]]
    periods: dict[str, str]
    units: dict[str, tuple[str, int | None]]
    directions: dict[str, tuple[int, str]]
    zones: dict[str, timezone]
    meridiems: dict[str, int]
    counts: dict[str, int]
    vague: frozenset[str]  # "beberapa", "several": a unit after them is no one period
    future_cues: frozenset[str]  # "akan", "will": a bare weekday after them is ahead
    ambiguous_weekdays: frozenset[tuple[str, str]]
    month_first: bool  # English "1/6/2022" and "January 6"
    explicit: tuple[re.Pattern[str], ...]
    weekday_before: re.Pattern[str]  # "Kamis, " or "Senin pagi " just before a date
    time_after: re.Pattern[str]  # " malam", " pukul 10.30 WIB", " at 9 p.m." after a date or weekday
    clock_before: re.Pattern[str]  # "9 p.m. " before a weekday
    direction_after: re.Pattern[str]  # " mendatang", " lalu" after a day and month
    month_year: re.Pattern[str]
    relative: re.Pattern[str]
    weekday: re.Pattern[str]
    period: re.Pattern[str]
    offset: re.Pattern[str]
    unit_period: re.Pattern[str]


def _alternation(phrases: Iterable[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p) for p in ordered) or r"(?!x)x"


def _opening(*groups: Iterable[str]) -> str:
    """A lookahead for the first characters the phrases can start with, in either case.

    Python's re tries every alternative at every position; one character-class test first
    lets it skip almost all of them.
    """
    firsts = {p[0].lower() for group in groups for p in group if p} | {p[0].upper() for group in groups for p in group if p}
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def _table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    return read_table(lang, name)


@cache
def date_lexicon(lang: str) -> DateLexicon:
    months = {row[0].lower(): int(row[1]) for row in _table(lang, "months.txt")}
    weekdays = {row[0].lower(): int(row[1]) for row in _table(lang, "weekdays.txt")}
    parts = {row[0].lower(): int(row[1]) for row in _table(lang, "parts_of_day.txt")}
    relative = {
        row[0].lower(): (int(row[1]), int(row[2]) if len(row) > 2 and row[2] else None)
        for row in _table(lang, "relative_days.txt")
    }
    periods = {row[0].lower(): row[1] for row in _table(lang, "relative_periods.txt")}
    units = {row[0].lower(): (row[1], int(row[2]) if len(row) > 2 and row[2] else None) for row in _table(lang, "relative_units.txt")}
    directions = {row[0].lower(): (int(row[1]), row[2]) for row in _table(lang, "relative_directions.txt")}
    counted_only = {row[0].lower() for row in _table(lang, "relative_directions.txt") if len(row) > 3 and row[3] == "counted"}
    zones = {row[0]: timezone(timedelta(hours=float(row[1]))) for row in _table(lang, "time_zones.txt")}
    meridiems = {row[0].lower(): int(row[1]) for row in _table(lang, "meridiems.txt")}
    counts = {
        row[0].lower(): int(row[1])
        for row in _table(lang, "number_words.txt")
        if row[2] in ("atom", "tens") and 0 < int(row[1]) < 100
    }
    ambiguous = frozenset((row[0].lower(), row[1].lower()) for row in _table(lang, "ambiguous_weekdays.txt"))
    mon, wd, pod = _alternation(months), _alternation(weekdays), _alternation(parts)
    # Month and weekday names on their own must be capitalised ("May 5", "Rabu"), as news writes them.
    month_names = [row[0] for row in _table(lang, "months.txt")]
    weekday_names = [row[0] for row in _table(lang, "weekdays.txt")]
    cased_mon = _alternation(month_names + [name.upper() for name in month_names])
    cased_wd = _alternation(weekday_names + [name.upper() for name in weekday_names])
    to = _alternation(read_lines(lang, "range_words.txt"))
    after_dirs = _alternation(p for p, (_d, pos) in directions.items() if pos == "after")
    before_dirs = _alternation(p for p, (_d, pos) in directions.items() if pos == "before")
    pointing = _alternation(p for p, (d, pos) in directions.items() if pos == "after" and d != 0)
    clock_prefix = _alternation(read_lines(lang, "clock_prefixes.txt"))
    zone = _alternation(zones)
    meridiem = _alternation(meridiems)
    count = rf"(?P<n>\d{{1,3}}|{_alternation(counts)}|an?)"
    plain_units = _alternation(u for u, (_unit, n) in units.items() if n is None)
    se_units = _alternation(u for u, (_unit, n) in units.items() if n is not None)
    period_dirs = _alternation(p for p, (_d, pos) in directions.items() if pos == "after" and p not in counted_only)
    week_units = _alternation(u for u, (unit, n) in units.items() if unit == "week" and n is None)
    # a clock time: "pukul 10.30 WIB", "10.30 WIB", "pkl. 08.00", "jam 9 malam", "9 p.m.", "at 9:30 a.m. ET"
    clock = (
        rf"(?:(?:{clock_prefix})\s*(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?(?![\d.:]\d)"
        rf"|(?P<h2>\d{{1,2}})(?:[.:](?P<mi2>\d{{2}}))?(?=\s*(?:{zone}|(?i:{meridiem}))(?!\w)))"
        rf"(?:\s*(?P<mer>(?i:{meridiem}))(?!\w))?(?:\s*(?P<pod2>(?i:{pod}))\b)?(?:\s*(?P<tz>{zone})\b)?"
    )
    slashed = r"(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})"
    # Each pattern starts at a digit, a parenthesis or a capitalised month, so the scan is quick;
    # a weekday written before the date is read afterwards by ``weekday_before``.
    explicit = [
        re.compile(r"(?=\d)\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
        # ranges first: "6-17 Mei 2021", "6 Mei - 2 Juni 2021"
        re.compile(
            rf"(?=\d)\b(?P<d1>\d{{1,2}})(?:\s+(?P<mon1>(?i:{mon}))\.?)?\s*(?:{to})\s*(?P<d>\d{{1,2}})\s+(?P<mon>(?i:{mon}))\b\.?"
            rf"(?:\s+(?P<y>\d{{4}})\b)?"
        ),
        re.compile(rf"(?=\d)\b(?P<d>\d{{1,2}})\s+(?P<mon>(?i:{mon}))\b\.?(?:\s+(?P<y>\d{{4}})\b)?"),
        re.compile(rf"\(\s*{slashed}(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)"),
        re.compile(rf"(?=\d)\b{slashed}\s*/\s*(?P<y>\d{{4}})\b"),
    ]
    if lang == "en":
        explicit.insert(
            1,
            re.compile(
                rf"(?=[A-Z])\b(?P<mon>{cased_mon})\b\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:{to})\s*(?P<d>\d{{1,2}})"
                rf"(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
            ),
        )
        explicit.append(
            re.compile(rf"(?=[A-Z])\b(?P<mon>{cased_mon})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?")
        )
    full_names = {number: max((n for n, k in months.items() if k == number), key=len) for number in set(months.values())}
    return DateLexicon(
        lang=lang,
        months=months,
        short_months=frozenset(n for n, k in months.items() if n != full_names[k]),
        weekdays=weekdays,
        parts_of_day=parts,
        relative_days=relative,
        periods=periods,
        units=units,
        directions=directions,
        zones=zones,
        meridiems=meridiems,
        counts=counts,
        vague=frozenset(w.lower() for w in read_lines(lang, "vague_counts.txt")),
        future_cues=frozenset(w.lower() for w in read_lines(lang, "future_cues.txt")),
        ambiguous_weekdays=ambiguous,
        month_first=lang == "en",
        explicit=tuple(explicit),
        weekday_before=re.compile(rf"\b(?P<wd>(?i:{wd}))(?:\s+(?P<pod>(?i:{pod})))?,?\s*$"),
        time_after=re.compile(
            rf"(?:,?\s+(?P<pod>(?i:{pod}))\b)?(?:,?\s+(?:(?i:sekitar|pada|sejak|around|about)\s+)?{clock})?"
        ),
        clock_before=re.compile(rf"{clock},?\s+(?:(?i:on)\s+)?$"),
        direction_after=re.compile(rf"\s+(?P<dir>(?i:{pointing}))\b"),
        month_year=re.compile(rf"(?=[A-Z])\b(?P<mon>{cased_mon})\s+(?P<y>\d{{4}})\b"),
        relative=re.compile(rf"{_opening(relative)}\b(?P<rel>{_alternation(relative)})\b(?:\s+(?P<pod>{pod})\b)?", re.IGNORECASE),
        weekday=re.compile(
            rf"{_opening(weekdays, (p for p, (_d, pos) in directions.items() if pos == 'before'))}(?:\b(?P<before>(?i:{before_dirs}))\s+)?\b(?P<wd>{cased_wd})\b(?:\s+(?P<pod>(?i:{pod}))\b)?"
            rf"(?:\s+(?P<after>(?i:{after_dirs}))\b"
            rf"|\s+(?:(?P<wdir1>(?i:{before_dirs}))\s+)?(?P<wunit>(?i:{week_units}))(?:\s+(?P<wdir2>(?i:{after_dirs})))?\b)?"
            rf"(?=(?:\s+(?P<next>\w+))?)"
        ),
        period=re.compile(rf"{_opening(periods)}\b(?:{_alternation(periods)})\b", re.IGNORECASE),
        offset=re.compile(
            rf"{_opening(counts, units, ('a', 'an'), '0123456789')}\b(?:{count}\s+(?P<unit>{plain_units})|(?P<se>{se_units}))\s+(?P<dir>{after_dirs})\b", re.IGNORECASE
        ),
        unit_period=re.compile(
            rf"{_opening(units, directions)}\b(?:(?P<before>{before_dirs})\s+(?P<unit1>{plain_units})|(?P<unit2>{plain_units})\s+(?P<after>{period_dirs}))\b",
            re.IGNORECASE,
        ),
    )
