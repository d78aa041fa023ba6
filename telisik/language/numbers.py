"""Counts and amounts in text, as intervals: ``find_numbers(text, lang)``.

A mention is read in these steps, each widening its span:

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
   about         sekitar, mencapai, about        ``v .. v`` (kept exact; the qualifier stays in the text)
   less          kurang dari, fewer than         ``None .. v-1`` (``.. v`` for an amount)
   at_most       paling banyak, up to            ``None .. v``
   ============  ==============================  =========================================

   A *count* is a whole number without a unit; amounts (percentages, money) are
   not whole-number steps, so their bounds stay at ``v``. The model has no open
   or closed bounds, hence this convention.

5. a qualifier after it (``seribu lebih``, ``300 or more``; ``data/<lang>/qualifiers_after.txt``),
   unless a comparative follows (``tiga kali lebih besar``; ``comparatives.txt``);
6. two numbers joined as a range become one interval: ``antara 200 hingga 300``, ``200-300``,
   ``between 200 and 300``; a scale written once applies to both ends (``200 hingga 300 ribu``).

Vague quantities are intervals of their own (``data/<lang>/approximate_numbers.txt``):
``belasan`` 11..19, ``puluhan`` 20..99, ``ratusan`` 200..999, ``ribuan`` 2000..9999,
``dozens`` 24..99. ``setengah juta`` is half a million; ``setengah`` alone is no count.
Money units: ``Rp``/``rupiah``, ``dolar AS``/``US$``/``$``, ``euro``, ``pound``, ``yuan``, ...
(``units.txt``).

Not numbers here: dates (``(6/1)``, ``6 Januari 2022``, ``2022-01-06``), clock times
(``11.41 WIB``, ``pukul 02.30``, ``2 a.m.``), telephone numbers, ordinals (``ke-3``), digits
glued to letters (``COVID-19``, ``G20``), years next to a month name or after ``tahun``/``year``,
and a capitalised number word inside a sentence, which is a name (``ibu kota Peru, Lima``).
Any other bare four-digit number between 1900 and 2100 gets the unit ``year``.

Typos (Indonesian only: English has too many near words, "teen" is not "ten"): a doubled
vowel (``delaapan``), or one letter off in a number word of six letters or more
(``delapn``, ``sembilam``), unless the word is an ordinary word (``sebelah``, ``serang``;
``data/id/not_number_words.txt``).
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from dataclasses import dataclass
from functools import cache, lru_cache

from telisik.language.lexicon import read_lines, read_set, read_table
from telisik.models import NumberMention

# "hampir 100": nearly means within 10 % below; a convention, not read from data.
ALMOST_LOWER_FACTOR = 0.9
# Bare four-digit numbers in this range are taken as years ("GIIAS 2016").
YEAR_RANGE = (1900, 2100)
# Longest text allowed between two words of one spelled number (" and " plus stray spaces).
MAX_JOINING_GAP = 8
# Distinct words remembered by the number-word lookup (a few MB at most).
WORD_CACHE_SIZE = 100_000
# Typos are forgiven only in number words this long: shorter ones ("dua", "lima", "enam")
# are one letter from too many ordinary words ("dia", "lama", "enak").
MIN_TYPO_LENGTH = 6
# Scale words step by a thousand (ribu, juta, miliar; thousand, million, billion).
SCALE_STEP = 1000
# How far before a number a qualifier or a currency sign may start, in characters.
LOOKBEHIND_CHARS = 40

# After these characters a capitalised word may open a sentence, a quote or a list item.
SENTENCE_OPENERS = frozenset(".!?:;\n\"“‘'()-–—•*")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_REPEATED_VOWEL = re.compile(r"([aeiou])\1+")
_BETWEEN_WORDS = re.compile(r"\s+")
# Each pattern opens with a one-character lookahead: Python's re then skips most positions
# at the cost of one class test, instead of trying every alternative at every character.
_DIGIT_START = r"(?=\d)(?:(?<=Rp)|(?<=Rp\.)|(?<=\$)|(?<=\d-)|(?<=\d–)|(?<![\w.,/\-–]))"
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
    r"(?=[pjaPJA\d])(?:\b(?:pukul|pkl\.?|jam|at)\s+\d{1,2}(?:[.:]\d{2})?"
    r"|\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC|[ap]\.?m\.?)(?!\w)"
    r"|\b\d{1,2}\s*[ap]\.m\.|\b\d{1,2}\s*[ap]m\b)",
    re.IGNORECASE,
)
# "(813) 226-3377", "919-890- 7318", "226-3377": telephone numbers, not counts or ranges
_PHONE_NUMBERS = re.compile(r"(?=[(\d])(?:\(\d{3}\)\s*|\b\d{3}[-.]\s?)?\b\d{3}-\s?\d{4}\b")
_NUMERIC_DATES = re.compile(r"(?=\d)(?:\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\b)")
_ORDINAL = re.compile(r"\bke-\d+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Lexicon:
    words: dict[str, tuple[float, str]]  # word → (value, kind)
    approximate: dict[str, tuple[int, int]]
    scales: dict[str, float]
    digits: re.Pattern[str]
    date_words: re.Pattern[str]  # month names and "tahun"/"year" next to digits
    scale_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    unit_before: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]  # " lebih" (group 1) and the word after it (group 2)
    qualifiers_after: dict[str, str]
    comparatives: frozenset[str]  # "lebih besar": a comparison, not "more than"
    units: dict[str, str]  # lower-cased unit phrase → unit
    qualifiers: dict[str, str]  # lower-cased qualifier phrase → kind
    range_gap: re.Pattern[str]  # " hingga ", "-", " to " between the ends of a range
    joiner_gap: re.Pattern[str]  # " dan ", " and " between the ends, after an opener
    range_opener: re.Pattern[str]  # "antara ", "between " before the first end
    hyphen_compounds: bool  # English writes "twenty-five"
    typo_tolerant: bool  # read one-letter typos of number words (Indonesian only: English has too many near words)
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
    words = {row[0].lower(): (float(row[1]), row[2]) for row in read_table(lang, "number_words.txt")}
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
            rf"(?=[\dA-Zty])(?:\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{month_alt})\b\.?(?:\s+\d{{4}})?"
            rf"|\b(?:{month_alt})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
            rf"|\b(?:{month_alt})\.?\s+\d{{4}}\b"
            r"|\b(?:[Tt]ahun|[Yy]ear)\s+\d{4}\b)"
        ),
        # "2,7 jutaan" (some 2.7 million) reads as its scale word
        scale_after=re.compile(rf"\s+({_alternation(list(scales))})(?:an)?\b", re.IGNORECASE),
        unit_after=re.compile(
            rf"\s*({_alternation(after_signs)})|\s+({_alternation(after_words)})\b", re.IGNORECASE
        ),
        unit_before=re.compile(rf"(?<![\w$])({_alternation(before)})\s*$"),
        qualifier_before=re.compile(rf"(?<![\w-])({_alternation(list(qualifiers))})\s+$", re.IGNORECASE),
        units={row[0].lower(): row[1] for row in unit_rows},
        qualifiers=qualifiers,
        qualifier_after=re.compile(
            rf"\s+({_alternation([row[0] for row in read_table(lang, 'qualifiers_after.txt')])})\b(?:\s*(\w*))",
            re.IGNORECASE,
        ),
        qualifiers_after={row[0].lower(): row[1] for row in read_table(lang, "qualifiers_after.txt")},
        comparatives=read_set(lang, "comparatives.txt"),
        range_gap=re.compile(rf"\s*(?:{_alternation(list(read_lines(lang, 'range_words.txt')))})\s*", re.IGNORECASE),
        joiner_gap=re.compile(rf"\s+(?:{_alternation([row[1] for row in read_table(lang, 'range_openers.txt')])})\s+", re.IGNORECASE),
        range_opener=re.compile(rf"(?<!\w)(?:{_alternation([row[0] for row in read_table(lang, 'range_openers.txt')])})\s+$", re.IGNORECASE),
        hyphen_compounds=lang == "en",
        typo_tolerant=_data_lang(lang) == "id",
        decimal_comma=_data_lang(lang) == "id",
    )


def find_numbers(text: str, lang: str = "id") -> list[NumberMention]:
    """Every count or amount in ``text``, in order, as an interval with its unit."""
    lexicon = _lexicon(lang)
    blocked = _blocked_spans(text, lexicon)
    cores = _digit_cores(text, lexicon, blocked) + _word_cores(text, lang, lexicon)
    if _data_lang(lang) == "id":
        cores += _collective_cores(text)
    mentions = [_read_mention(text, core, lexicon) for core in sorted(cores, key=lambda c: c.start)]
    return _ranges(text, _without_overlaps(mentions), lexicon)


# --------------------------------------------------------------------------- cores


def _blocked_spans(text: str, lexicon: _Lexicon) -> list[tuple[int, int]]:
    patterns = (_CLOCK_TIMES, _PHONE_NUMBERS, _NUMERIC_DATES, _ORDINAL, lexicon.date_words)
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
    if not lexicon.typo_tolerant:
        return None  # English: "teen" is not a typo of "ten"
    collapsed = _REPEATED_VOWEL.sub(r"\1", lowered)
    if collapsed in lexicon.words or collapsed in lexicon.approximate:
        return collapsed
    return _one_letter_off(lowered, lang)


def _one_letter_off(word: str, lang: str) -> str | None:
    """The one number word ``word`` is a one-letter typo of ("delapn", "sembilam"), unless it is a word itself."""
    lengths, initials = _typo_shape(lang)
    if len(word) not in lengths or word[0] not in initials or word in _ordinary_words(lang):
        return None
    matches = {form for variant in _deletions(word) | {word} for form in _typo_index(lang).get(variant, ())}
    matches = {form for form in matches if _one_edit(word, form)}
    return matches.pop() if len(matches) == 1 else None


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@cache
def _typo_shape(lang: str) -> tuple[frozenset[int], frozenset[str]]:
    """Lengths and first letters a typo of a number word can have: a cheap filter before the index.

    A typo that changes the first letter ("eelapan") is not looked for: rare, and costly to find.
    """
    lexicon = _lexicon(lang)
    forms = [form for form in (*lexicon.words, *lexicon.approximate) if len(form) >= MIN_TYPO_LENGTH]
    lengths = frozenset(n for form in forms for n in (len(form) - 1, len(form), len(form) + 1) if n >= MIN_TYPO_LENGTH)
    return lengths, frozenset(form[0] for form in forms)


@cache
def _typo_index(lang: str) -> dict[str, tuple[str, ...]]:
    """Each number word and its one-letter deletions → the number words they come from."""
    lexicon = _lexicon(lang)
    index: dict[str, list[str]] = {}
    for form in (*lexicon.words, *lexicon.approximate):
        if len(form) >= MIN_TYPO_LENGTH:
            for variant in _deletions(form) | {form}:
                index.setdefault(variant, []).append(form)
    return {key: tuple(forms) for key, forms in index.items()}


@cache
def _ordinary_words(lang: str) -> frozenset[str]:
    return read_set(lang, "stopwords.txt") | read_set(lang, "not_number_words.txt")


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one inserted, deleted or replaced letter (or two swapped)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


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
        if _is_name(text, start):
            i += 1
            continue
        used, value = _spelled_number(text, tokens, i, lexicon)
        if used and not _is_salah_satu(text, start, form):
            cores.append(_Core(start, tokens[i + used - 1][1], value, value, takes_scale=False))
        i += max(used, 1)
    return cores


@dataclass(frozen=True, slots=True)
class _Collectives:
    pattern: re.Pattern[str]  # ke- + a number word 2–11 (+ " belas") (+ -nya)
    values: dict[str, float]
    after: frozenset[str]  # words a group can follow
    not_before: frozenset[str]  # words that make it an ordinal


@cache
def _collectives() -> _Collectives:
    values = {w: v for w, (v, kind) in _lexicon("id").words.items() if kind == "atom" and 2 <= v <= 11 and w != "seorang"}
    return _Collectives(
        pattern=re.compile(
            rf"(?<![\w-])[Kk]e({_alternation(list(values))})(\s+belas)?(nya)?(?![\w-])"
        ),
        values=values,
        after=read_set("id", "collective_after.txt"),
        not_before=read_set("id", "collective_not_before.txt"),
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
# A verb that can take the group as its object: meN- verbs (menangkap, memeriksa, menewaskan) and di-/ter- verbs
# with a -kan or -i suffix (dievakuasikan, terkenai). Nouns that look like meN- verbs and the copulas ("menjadi
# ketiga": becomes third) are listed apart, as is "dinihari" (small hours), which looks like a di-…-i verb.
_VERB_WITH_OBJECT = re.compile(r"me(?:m|n|ng|ny)[a-z]{3,}|(?:di|ter)[a-z]{3,}(?:kan|i)")
_NOT_OBJECT_VERBS = frozenset({
    "menteri", "menara", "memori", "mentor", "menantu", "mentega", "mental", "member", "menjadi", "merupakan",
    "dinihari",
})


def _collective_cores(text: str) -> list[_Core]:
    """Indonesian group numerals: "kedua korban" (both victims), "ketiga pelaku", "keduanya" (the two of them).

    The same words are ordinals after a noun ("hari kedua", "anak keduanya"), so one counts only where
    a noun phrase can begin: at a sentence start or after a comma, after a conjunction or preposition
    (``collective_after.txt``), or after a verb taking an object ("menangkap kedua pelaku"); and not
    before "kali", "dari" or a superlative, an enumeration ("Kedua untuk …") or a name. Without -nya a
    noun must follow ("Kedua, …" is "secondly").
    """
    found = _collectives()
    cores = []
    for match in found.pattern.finditer(text):
        start, end = match.span()
        before = text[max(0, start - LOOKBEHIND_CHARS) : start]
        previous = _WORD_BEFORE.search(before)
        if previous is None:
            tail = before.rstrip()
            opens = not tail or tail[-1] in SENTENCE_OPENERS or tail[-1] == ","
        else:
            word = previous.group(1).lower()
            opens = word in found.after or (bool(_VERB_WITH_OBJECT.fullmatch(word)) and word not in _NOT_OBJECT_VERBS)
        if not opens or _in_an_ordering(text, start, found):
            continue
        following = _WORD_AFTER.match(text, end)
        next_word = following.group(1).lower() if following else None
        if next_word is not None and (next_word in found.not_before or next_word.startswith("ter")):
            continue
        if following and following.group(1)[0].isupper() and match.group()[0].islower():
            continue  # "dan ketiga Rohadi disangkakan …": a name follows an ordinal, a group names a noun
        if not match.group(3) and next_word is None:
            continue
        value = found.values[match.group(1).lower()] + (10 if match.group(2) else 0)
        cores.append(_Core(start, end, value, value, takes_scale=False))
    return cores


_ORDERING = re.compile(r"\b(?:pertama|kesatu|ke-\d+)\b", re.IGNORECASE)
_WORD_BEFORE_CONJUNCTION = re.compile(r"([^\W\d_]+)\s+(?:dan|atau|serta)\s+$", re.IGNORECASE)


def _in_an_ordering(text: str, start: int, found: _Collectives) -> bool:
    """Whether an ordinal is being listed: "podium kedua dan ketiga", "yang pertama … dan kedua mode"."""
    before = text[max(0, start - 4 * LOOKBEHIND_CHARS) : start]
    sentence = before[max((before.rfind(c) for c in ".!?\n"), default=-1) + 1 :]
    if _ORDERING.search(sentence):
        return True
    listed = _WORD_BEFORE_CONJUNCTION.search(before)
    return listed is not None and bool(found.pattern.fullmatch(listed.group(1)))


def _is_name(text: str, start: int) -> bool:
    """A capitalised number word inside a sentence is a name: "ibu kota Peru, Lima", "Tujuh Samudra"."""
    if not text[start].isupper():
        return False
    before = text[:start].rstrip(" \t")
    return bool(before) and before[-1] not in SENTENCE_OPENERS


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
    total: float = 0
    group: float = 0
    pending: float | None = None
    pending_tens = False
    used = 0
    for index in range(first, len(tokens)):
        start, _end, form = tokens[index]
        if form not in lexicon.words:
            break
        if index > first and not _joined(text, tokens[index - 1][1], start, lexicon.hyphen_compounds):
            break
        value, kind = lexicon.words[form]
        if kind == "fraction":
            if index > first or index + 1 >= len(tokens) or lexicon.words.get(tokens[index + 1][2], (0, ""))[1] != "scale":
                break  # "setengah" counts only before a scale word: "setengah juta"
            pending, pending_tens = value, False
        elif kind in ("atom", "tens"):
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
        low, high, end = _scaled(low, factor), _scaled(high, factor), scale.end()
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
    elif (after := lexicon.qualifier_after.match(text, end)) and after.group(2).lower() not in lexicon.comparatives:
        kind = lexicon.qualifiers_after[after.group(1).lower()]  # "seribu lebih", "300 or more"
        low_bound, high_bound = _apply_qualifier(kind, low, high, whole=unit is None and low == high)
        end = after.end(1)
    return NumberMention(text[start:end], start, end, _tidy(low_bound), _tidy(high_bound), unit)


def _scaled(value: float, factor: float) -> float:
    """``value × factor`` without binary noise: 4,15 miliar is 4150000000, not 4150000000.0000005."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


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


# --------------------------------------------------------------------------- ranges


def _ranges(text: str, mentions: list[NumberMention], lexicon: _Lexicon) -> list[NumberMention]:
    """Two numbers joined as a range become one interval: "antara 200 hingga 300", "200-300 orang".

    A scale word written only after the second end applies to the first ("200 hingga 300 ribu").
    """
    merged: list[NumberMention] = []
    i = 0
    while i < len(mentions):
        first = mentions[i]
        if i + 1 < len(mentions) and (joined := _range_of(text, first, mentions[i + 1], lexicon)) is not None:
            merged.append(joined)
            i += 2
            continue
        merged.append(first)
        i += 1
    return merged


def _range_of(text: str, first: NumberMention, second: NumberMention, lexicon: _Lexicon) -> NumberMention | None:
    if first.min is None or first.min != first.max or second.min is None or second.max is None:
        return None
    gap = text[first.end : second.start]
    if gap in ("-", "–") and second.text[:1].isalpha():
        return None  # "7-Eleven" is a name
    opener = lexicon.range_opener.search(text, max(0, first.start - LOOKBEHIND_CHARS), first.start)
    if not (lexicon.range_gap.fullmatch(gap) or (opener and lexicon.joiner_gap.fullmatch(gap))):
        return None
    low = float(first.min)
    if lexicon.scale_after.search(second.text):  # "200 hingga 300 ribu": the scale is written once
        while low * SCALE_STEP <= second.min:
            low *= SCALE_STEP
    if low >= second.min or (first.unit and second.unit and first.unit != second.unit):
        return None  # "2-1" is a score, not a range
    start = opener.start() if opener else first.start
    return NumberMention(text[start : second.end], start, second.end, _tidy(low), second.max, second.unit or first.unit)
