"""Counts and amounts in text, as intervals: ``find_numbers(text, lang)``.

A mention is read in four steps, each widening its span:

1. a core: digits (``8.000``, ``2,5``; ``8,000`` in English), number words
   (``tiga ratus tujuh belas``, ``twenty-five``) or a vague quantity (``ratusan``);
2. a scale word after digits or a vague quantity (``2,5 triliun``, ``puluhan ribu``);
3. a unit: ``persen``/``%`` → ``percent``, ``Rp``/``rupiah`` → ``IDR``, ``US$``/``dolar`` → ``USD``;
4. a qualifier before it, which turns the value into an interval (value ``v``):

   ============  ==============================  =========================================
   kind          examples                        interval
   ============  ==============================  =========================================
   more          lebih dari, more than, over     ``v+1 .. None`` for a count, ``v .. None`` for an amount
   at_least      sedikitnya, setidaknya          ``v .. None``
   almost        hampir, nearly                  ``floor(0.9·v) .. v-1`` (``.. v`` for an amount)
   about         sekitar, about                  ``v .. v`` (kept exact; the qualifier stays in the text)
   less          kurang dari, fewer than         ``None .. v-1`` (``.. v`` for an amount)
   at_most       paling banyak, up to            ``None .. v``
   ============  ==============================  =========================================

   A *count* is a whole number without a unit; amounts (percentages, money) are
   not whole-number steps, so their bounds stay at ``v``. The model has no open
   or closed bounds, hence this convention.

Vague quantities are intervals of their own (``data/<lang>/approximate_numbers.txt``):
``belasan`` 11..19, ``puluhan`` 20..99, ``ratusan`` 200..999, ``ribuan`` 2000..9999.

Not numbers here: dates (``(6/1)``, ``6 Januari 2022``, ``2022-01-06``), clock times
(``11.41 WIB``, ``pukul 02.30``), ordinals (``ke-3``), digits glued to letters
(``COVID-19``, ``G20``) and years next to a month name or after ``tahun``/``year``.
Any other bare four-digit number between 1900 and 2100 gets the unit ``year``.
A number word spelled with a doubled vowel (``delaapan``) is read when the word
with the vowels collapsed is in the lexicon.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from telisik.language.lexicon import read_table
from telisik.models import NumberMention

# "hampir 100": nearly means within 10 % below; a convention, not read from data.
ALMOST_LOWER_FACTOR = 0.9
# Bare four-digit numbers in this range are taken as years ("GIIAS 2016").
YEAR_RANGE = (1900, 2100)
# Longest text allowed between two words of one spelled number (" and " plus stray spaces).
MAX_JOINING_GAP = 8
# Distinct words remembered by the number-word lookup (a few MB at most).
WORD_CACHE_SIZE = 100_000
# How far before a number a qualifier or a currency sign may start, in characters.
LOOKBEHIND_CHARS = 40

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_REPEATED_VOWEL = re.compile(r"([aeiou])\1+")
_BETWEEN_WORDS = re.compile(r"\s+")
_DIGIT_START = r"(?:(?<=Rp)|(?<=Rp\.)|(?<=\$)|(?<![\w.,/-]))"
_DIGIT_END = r"(?![^\W_]|[.,]\d)"
_DIGITS = {
    "id": re.compile(
        _DIGIT_START
        + r"(?:(?P<grouped>\d{1,3}(?:\.\d{3})+(?:,\d+)?)|(?P<plain>\d+(?:,\d+)?)|(?P<dotted>\d+\.\d+))"
        + _DIGIT_END
    ),
    "en": re.compile(
        _DIGIT_START + r"(?:(?P<grouped>\d{1,3}(?:,\d{3})+(?:\.\d+)?)|(?P<plain>\d+(?:\.\d+)?))" + _DIGIT_END
    ),
}
_CLOCK_TIMES = re.compile(
    r"\b(?:pukul|pkl\.?|jam|at)\s+\d{1,2}(?:[.:]\d{2})?"
    r"|\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC|[ap]\.?m\.?)(?!\w)",
    re.IGNORECASE,
)
_NUMERIC_DATES = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b")
_ORDINAL = re.compile(r"\bke-\d+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, tuple[int, str]]  # word → (value, kind)
    approximate: dict[str, tuple[int, int]]
    scales: dict[str, int]
    digits: re.Pattern[str]
    date_words: re.Pattern[str]  # month names and "tahun"/"year" next to digits
    scale_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    unit_before: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    units: dict[str, str]  # lower-cased unit phrase → unit
    qualifiers: dict[str, str]  # lower-cased qualifier phrase → kind
    hyphen_compounds: bool  # English writes "twenty-five"
    decimal_comma: bool  # Indonesian "2,5" and "8.000"; English "2.5" and "8,000"


@dataclass(frozen=True, slots=True)
class _Core:
    start: int
    end: int
    low: float
    high: float
    takes_scale: bool  # digits and vague quantities; spelled numbers already read their scale words


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _data_lang(lang: str) -> str:
    return "en" if lang == "en" else "id"


@cache
def _lexicon(lang: str) -> _Lexicon:
    words = {row[0].lower(): (int(row[1]), row[2]) for row in read_table(lang, "number_words.txt")}
    approximate = {row[0].lower(): (int(row[1]), int(row[2])) for row in read_table(lang, "approximate_numbers.txt")}
    scales = {word: value for word, (value, kind) in words.items() if kind == "scale"}
    unit_rows = read_table(lang, "units.txt")
    after = [row[0] for row in unit_rows if row[2] == "after"]
    before = [row[0] for row in unit_rows if row[2] == "before"]
    qualifiers = {row[0].lower(): row[1] for row in read_table(lang, "qualifiers.txt")}
    months = [row[0] for row in read_table(lang, "months.txt")]
    month_alt = _alternation(months)
    after_words = [p for p in after if p[0].isalpha()]
    after_signs = [p for p in after if not p[0].isalpha()] or ["%"]
    return _Lexicon(
        words=words,
        approximate=approximate,
        scales=scales,
        digits=_DIGITS[_data_lang(lang)],
        date_words=re.compile(
            rf"\b\d{{1,2}}\s+(?:{month_alt})\b\.?(?:\s+\d{{4}})?"
            rf"|\b(?:{month_alt})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
            rf"|\b(?:{month_alt})\.?\s+\d{{4}}\b"
            r"|\b(?:[Tt]ahun|[Yy]ear)\s+\d{4}\b"
        ),
        scale_after=re.compile(rf"\s+({_alternation(list(scales))})\b", re.IGNORECASE),
        unit_after=re.compile(
            rf"\s*({_alternation(after_signs)})|\s+({_alternation(after_words)})\b", re.IGNORECASE
        ),
        unit_before=re.compile(rf"(?<![\w$])({_alternation(before)})\s*$"),
        qualifier_before=re.compile(rf"(?<![\w-])({_alternation(list(qualifiers))})\s+$", re.IGNORECASE),
        units={row[0].lower(): row[1] for row in unit_rows},
        qualifiers=qualifiers,
        hyphen_compounds=lang == "en",
        decimal_comma=_data_lang(lang) == "id",
    )


def find_numbers(text: str, lang: str = "id") -> list[NumberMention]:
    """Every count or amount in ``text``, in order, as an interval with its unit."""
    lexicon = _lexicon(lang)
    blocked = _blocked_spans(text, lexicon)
    cores = _digit_cores(text, lexicon, blocked) + _word_cores(text, lang, lexicon)
    mentions = [_read_mention(text, core, lexicon) for core in sorted(cores, key=lambda c: c.start)]
    return _without_overlaps(mentions)


# --------------------------------------------------------------------------- cores


def _blocked_spans(text: str, lexicon: _Lexicon) -> list[tuple[int, int]]:
    patterns = (_CLOCK_TIMES, _NUMERIC_DATES, _ORDINAL, lexicon.date_words)
    return [m.span() for pattern in patterns for m in pattern.finditer(text)]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _digit_value(match: re.Match[str], decimal_comma: bool) -> float:
    raw = match.group()
    if not decimal_comma:
        return float(raw.replace(",", ""))
    if match.group("grouped"):
        return float(raw.replace(".", "").replace(",", "."))
    return float(raw.replace(",", "."))  # "2,5"; a lone dot ("2.5") is read as a decimal point


def _digit_cores(text: str, lexicon: _Lexicon, blocked: list[tuple[int, int]]) -> list[_Core]:
    cores = []
    for match in lexicon.digits.finditer(text):
        if _overlaps(match.start(), match.end(), blocked):
            continue
        value = _digit_value(match, lexicon.decimal_comma)
        cores.append(_Core(match.start(), match.end(), value, value, takes_scale=True))
    return cores


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _lookup(word: str, lang: str) -> str | None:
    """The lexicon form of ``word``, forgiving doubled vowels ("delaapan"); cached, as words repeat."""
    lexicon = _lexicon(lang)
    lowered = word.lower()
    if lowered in lexicon.words or lowered in lexicon.approximate:
        return lowered
    collapsed = _REPEATED_VOWEL.sub(r"\1", lowered)
    if collapsed in lexicon.words or collapsed in lexicon.approximate:
        return collapsed
    return None


def _tokens(text: str, lang: str, lexicon: _Lexicon) -> list[tuple[int, int, str]]:
    """Number-word tokens as (start, end, lexicon form); English hyphen compounds are split.

    Other words are left out: the text between two tokens then is not a plain
    space, so :func:`_joined` keeps them apart.
    """
    tokens: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if lexicon.hyphen_compounds and "-" in word:
            position = match.start()
            for part in word.split("-"):
                if (form := _lookup(part, lang)) is not None:
                    tokens.append((position, position + len(part), form))
                position += len(part) + 1
        elif (form := _lookup(word, lang)) is not None:
            tokens.append((match.start(), match.end(), form))
    return tokens


def _word_cores(text: str, lang: str, lexicon: _Lexicon) -> list[_Core]:
    tokens = _tokens(text, lang, lexicon)
    cores: list[_Core] = []
    i = 0
    while i < len(tokens):
        start, end, form = tokens[i]
        if form in lexicon.approximate:
            low, high = lexicon.approximate[form]
            cores.append(_Core(start, end, low, high, takes_scale=True))
            i += 1
            continue
        used, value = _spelled_number(text, tokens, i, lexicon)
        if used and not _is_salah_satu(text, start, form):
            cores.append(_Core(start, tokens[i + used - 1][1], value, value, takes_scale=False))
        i += max(used, 1)
    return cores


def _is_salah_satu(text: str, start: int, form: str) -> bool:
    """"salah satu" means "one of", not the count one."""
    return form == "satu" and text[max(0, start - 6) : start].lower().endswith("salah ")


def _joined(text: str, previous_end: int, start: int, english: bool) -> bool:
    """Whether two number words belong to one number: a space between, or "-"/"and" in English."""
    gap = text[previous_end:start]
    if len(gap) > MAX_JOINING_GAP:
        return False
    return bool(_BETWEEN_WORDS.fullmatch(gap)) or (english and gap.strip().lower() in ("-", "", "and"))


def _spelled_number(
    text: str, tokens: list[tuple[int, int, str]], first: int, lexicon: _Lexicon
) -> tuple[int, float]:
    """Read number words from ``tokens[first]`` on: (tokens used, value); (0, 0) if none.

    ``total`` holds closed groups (thousands, millions), ``group`` the part under the
    current scale, ``pending`` the last atom waiting for ``puluh``/``ratus``/``belas``.
    """
    total, group, pending, pending_tens = 0, 0, None, False
    used = 0
    for index in range(first, len(tokens)):
        start, _end, form = tokens[index]
        if form not in lexicon.words:
            break
        if index > first and not _joined(text, tokens[index - 1][1], start, lexicon.hyphen_compounds):
            break
        value, kind = lexicon.words[form]
        if kind in ("atom", "tens"):
            if pending is not None and not (pending_tens and value < 10):
                break
            pending = value if pending is None else pending + value
            pending_tens = kind == "tens" and not pending_tens
        elif kind == "belas" and pending is not None and pending < 10:
            group, pending = group + pending + value, None
        elif kind in ("mult", "mult_one") and (pending is not None or kind == "mult_one"):
            group, pending = group + (pending or 1) * value, None
        elif kind in ("scale", "scale_one") and (pending is not None or group or kind == "scale_one"):
            total, group, pending = total + ((group + (pending or 0)) or 1) * value, 0, None
        else:
            break
        used += 1
    return used, float(total + group + (pending or 0))


# --------------------------------------------------------------------------- widening


def _read_mention(text: str, core: _Core, lexicon: _Lexicon) -> NumberMention:
    start, end, low, high = core.start, core.end, core.low, core.high
    if core.takes_scale and (scale := lexicon.scale_after.match(text, end)):
        factor = lexicon.scales[scale.group(1).lower()]
        low, high, end = low * factor, high * factor, scale.end()
    unit = None
    if unit_match := lexicon.unit_after.match(text, end):
        unit = lexicon.units[(unit_match.group(1) or unit_match.group(2)).lower()]
        end = unit_match.end()
    window = max(0, start - LOOKBEHIND_CHARS)
    if before := lexicon.unit_before.search(text, window, start):
        unit = unit or lexicon.units[before.group(1).lower()]
        start = before.start()
    if unit is None and _is_year(text[core.start : core.end], low, high):
        unit = "year"
    low_bound: float | None = low
    high_bound: float | None = high
    if qualifier := lexicon.qualifier_before.search(text, max(0, start - LOOKBEHIND_CHARS), start):
        kind = lexicon.qualifiers[qualifier.group(1).lower()]
        low_bound, high_bound = _apply_qualifier(kind, low, high, whole=unit is None and low == high)
        start = qualifier.start()
    return NumberMention(text[start:end], start, end, _tidy(low_bound), _tidy(high_bound), unit)


def _is_year(raw: str, low: float, high: float) -> bool:
    return raw.isdigit() and len(raw) == 4 and low == high and YEAR_RANGE[0] <= low <= YEAR_RANGE[1]


def _apply_qualifier(kind: str, low: float, high: float, whole: bool) -> tuple[float | None, float | None]:
    step = 1 if whole and float(high).is_integer() else 0
    if kind == "more":
        return high + step, None
    if kind == "at_least":
        return low, None
    if kind == "almost":
        return math.floor(high * ALMOST_LOWER_FACTOR), high - step
    if kind == "less":
        return None, low - step
    if kind == "at_most":
        return None, high
    return low, high  # "about": kept exact


def _tidy(value: float | None) -> float | None:
    """Whole values as ``int`` (``8`` rather than ``8.0``); ``int`` is a valid ``float`` here."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _without_overlaps(mentions: list[NumberMention]) -> list[NumberMention]:
    kept: list[NumberMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
