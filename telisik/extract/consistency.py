"""In-article consistency checks, each a Flag with the span that raised it.

``weekday-mismatch``  a date whose written weekday is not its calendar weekday:
                      "sejak Rabu (6/1)" when 6 January 2022 was a Thursday. The flag's
                      span is the weekday, its related span the date; the message says
                      which part the date was resolved by.
``number-mismatch``   two exact claims of one kind about the same victim group, in
                      different sentences, with different values. Claims in one
                      sentence are left alone: "41 tewas, 36 di Amreli, tiga di …" is a
                      breakdown, not a contradiction.
``spelling-variant``  one name written two ways in one article: "Kassym-Jomart
                      Tokayeva" and "Tokayev", "Amenia" and "Armenia". The flag's span
                      is the first mention of one form, its related span the first of
                      the other. Names are compared as the entities stage linked them
                      (canonical forms), so its linking decides what is one form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from telisik.language.dates import weekday_mismatches, weekday_number
from telisik.language.places import find_place, match_place, within_one_edit
from telisik.models import Claim, EntityMention, Flag

# Calendar weekday names for messages, Monday first (date.weekday() order); English
# because flag messages are for the analyst, whatever the article's language.
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Subjects that name no particular group: counts of "orang" may be compared with each other.
UNSPECIFIED_SUBJECTS = frozenset({"", "orang", "jiwa", "korban", "people", "persons", "victims"})
# Shortest word compared for a one-letter spelling difference. Shorter names one edit
# apart are too often different people or things ("Putra"/"Putri", "Iran"/"Iraq"); 6
# keeps "Tokayev"/"Tokayeva" and "Amenia"/"Armenia" (see bench/README.md, quotes section,
# for the flags this raises on the stream corpus).
MIN_VARIANT_LENGTH = 6
NAME_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def find_flags(
    text: str, claims: list[Claim], lang: str = "id", reference: date | datetime | None = None,
    entities: Sequence[EntityMention] = (),
) -> list[Flag]:
    """Every inconsistency in one article, in text order."""
    flags = weekday_flags(text, lang, reference) + number_flags(claims) + spelling_flags(entities)
    return sorted(flags, key=lambda flag: (flag.start or 0, flag.code))


def weekday_flags(text: str, lang: str, reference: date | datetime | None) -> list[Flag]:
    """A flag per weekday that does not match its date: the weekday's span, the date's as the related span.

    The message says which part the date was resolved by (see ``telisik.language.dates``).
    """
    day = reference.date() if isinstance(reference, datetime) else reference
    flags = []
    for found in weekday_mismatches(text, lang, day):
        named = found.written_value
        resolved = found.mention.value
        resolved_day = resolved.date() if isinstance(resolved, datetime) else resolved
        weekday_text = text[found.weekday_start : found.weekday_end]
        date_text = text[found.date_start : found.date_end]
        trusted = (
            f"resolved by the date as {resolved_day.isoformat()}"
            if found.trusted == "date"
            else f"resolved by the weekday as {resolved_day.isoformat()}, which the rest of the text supports"
        )
        written_name = WEEKDAY_NAMES[weekday_number(found.written, lang)]
        message = (
            f"{found.mention.text!r}: {weekday_text!r} is a {written_name}, but {date_text!r} is "
            f"{named.isoformat()}, a {WEEKDAY_NAMES[named.weekday()]}; {trusted}"
        )
        flags.append(
            Flag(
                "weekday-mismatch", message, found.weekday_start, found.weekday_end,
                related_start=found.date_start, related_end=found.date_end,
            )
        )
    return flags


def number_flags(claims: list[Claim]) -> list[Flag]:
    """A later exact claim that contradicts an earlier one of the same kind and group."""
    flags = []
    for index, later in enumerate(claims):
        earlier = next((c for c in claims[:index] if contradicts(c, later)), None)
        if earlier is not None:
            message = (
                f"{later.kind} given as {_value(later)} here but as {_value(earlier)} "
                f"at characters {earlier.start}-{earlier.end}"
            )
            flags.append(Flag("number-mismatch", message, later.start, later.end))
    return flags


def contradicts(earlier: Claim, later: Claim) -> bool:
    return (
        earlier.kind == later.kind
        and is_exact(earlier)
        and is_exact(later)
        and earlier.min != later.min
        and earlier.sentence_start != later.sentence_start
        and victim_group(earlier) == victim_group(later)
    )


def is_exact(claim: Claim) -> bool:
    return claim.min is not None and claim.min == claim.max


def victim_group(claim: Claim) -> str:
    """The subject, lower-cased; unspecified groups ("orang", none) are one group."""
    subject = " ".join((claim.subject or "").lower().split())
    return "" if subject in UNSPECIFIED_SUBJECTS else subject


def _value(claim: Claim) -> str:
    value = claim.min if claim.min is not None else claim.max
    return f"{value:g}" if value is not None else "?"


def spelling_flags(entities: Sequence[EntityMention]) -> list[Flag]:
    """A flag per pair of names that look like one name spelled two ways."""
    first: dict[str, EntityMention] = {}
    for entity in sorted(entities, key=lambda e: e.start):
        first.setdefault(entity.canonical, entity)
    names = list(first)
    flags = []
    for i, earlier in enumerate(names):
        for later in names[i + 1 :]:
            if is_spelling_variant(earlier, later, first[earlier].type, first[later].type):
                a, b = first[earlier], first[later]
                message = f"{b.text!r} and {a.text!r} look like one name spelled two ways"
                flags.append(Flag("spelling-variant", message, b.start, b.end, related_start=a.start, related_end=a.end))
    return flags


def is_spelling_variant(a: str, b: str, type_a: str, type_b: str) -> bool:
    """Two different names one letter apart in a word: a full name and a one-word name
    against its last word ("Kassym-Jomart Tokayeva", "Tokayev"), or word by word.
    Places must be one place of the gazetteer, one of the two not being a name of it
    (so "Rusia" and "Russia", two languages' names, are not flagged)."""
    a, b = " ".join(NAME_WORD.findall(a)), " ".join(NAME_WORD.findall(b))  # "(Jokowi" is "Jokowi"
    if a.lower() == b.lower():
        return False
    if "LOC" in (type_a, type_b):
        if type_a != type_b:  # "Indonesian" (an adjective in a name) is not a misspelt "Indonesia"
            return False
        place = match_place(a)
        return (
            place is not None and place == match_place(b)
            and (find_place(a) is None or find_place(b) is None) and within_one_edit(a.lower(), b.lower())
        )
    words_a, words_b = a.lower().split(), b.lower().split()
    if len(words_a) != len(words_b):
        shorter, longer = sorted((words_a, words_b), key=len)
        if len(shorter) != 1:
            return False
        words_a, words_b = shorter, longer[-1:]
    pairs = [(x, y) for x, y in zip(words_a, words_b) if x != y]
    return bool(pairs) and all(
        min(len(x), len(y)) >= MIN_VARIANT_LENGTH and within_one_edit(x, y) for x, y in pairs
    )
