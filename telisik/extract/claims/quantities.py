"""Numbers that are not casualty counts, as generic claims of kind ``quantity`` with their subject
and its span ("lima pesawat", "80 persen kursi", "Kerugian mencapai Rp 5 miliar")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from telisik.extract.attribution import sentence_sources
from telisik.extract.claims.counts import PHRASE_BREAK, WORD, find_qualifier, is_preblocked
from telisik.extract.claims.patterns import Patterns, patterns
from telisik.extract.lexicons import lexicon_language, word_set
from telisik.models import Claim, DateMention, EntityMention, NumberMention, Sentence

QUANTITY = "quantity"
# Most words of a quantity's subject ("pesawat tempur Rusia").
MAX_QUANTITY_SUBJECT_WORDS = 3
# Most words looked at before an amount for its subject ("Kerugian [mencapai] Rp 5 miliar").
MAX_QUANTITY_LOOKBACK = 3
CONFIDENCE_QUANTITY = 0.5
# Four-digit numbers in this range without a unit are years, not quantities.
YEARS = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class QuantityWords:
    stop: frozenset[str]  # words a subject never is or crosses ("di", "of")
    skip: frozenset[str]  # nouns of time and order: "12 tahun", "3 hari" are not quantities
    fillers: frozenset[str]  # between a subject and its amount ("mencapai", "sebesar")
    partitives: frozenset[str]  # between an amount and its subject ("52 percent of the seats")


@lru_cache(maxsize=None)
def quantity_words(lang: str) -> QuantityWords:
    lang = lexicon_language(lang)
    fillers = word_set(lang, "count_fillers") | word_set(lang, "quantity_fillers")
    qualifiers = frozenset(word for entry in word_set(lang, "qualifiers") for word in entry.split())
    return QuantityWords(
        word_set(lang, "quantity_stopwords"), word_set(lang, "quantity_skip"), fillers | qualifiers,
        word_set(lang, "quantity_partitives"),
    )


def find_quantities(
    text: str,
    sentences: list[Sentence],
    numbers: list[NumberMention],
    dates: list[DateMention],
    entities: list[EntityMention],
    claims: list[Claim],
    lang: str = "id",
) -> list[Claim]:
    """Numbers that are not casualty counts, as generic claims of kind ``quantity`` with their
    subject: "lima pesawat" (5, pesawat), "80 persen kursi" (80 percent, kursi), "Kerugian
    mencapai Rp 5 miliar" (5e9 IDR, Kerugian). Dates, years, ages glued to a word ("12-year-old"),
    numbers after "nomor"/"called" and counts of time ("12 tahun") are left out."""
    lang = lexicon_language(lang)
    rules, words = patterns(lang), quantity_words(lang)
    taken = [(c.start, c.end) for c in claims]
    found: list[Claim] = []
    for sentence in sentences:
        chain: tuple[str, ...] | None = None
        for number in numbers:
            if not sentence.start <= number.start < sentence.end or number.end > sentence.end:
                continue
            if any(start <= number.start < end for start, end in taken) or not is_quantity(text, number, dates, rules):
                continue
            subject = quantity_subject(text, number, sentence, words)
            if subject is None:
                continue
            if chain is None:
                chain = sentence_sources(text, sentence.start, sentence.end, entities, lang)
            found.append(Claim(
                kind=QUANTITY, min=number.min, max=number.max, start=number.start, end=number.end, text=number.text,
                unit=number.unit, subject=text[subject[0] : subject[1]], qualifier=find_qualifier(text, number, rules),
                source_chain=chain, sentence_start=sentence.start, sentence_end=sentence.end,
                confidence=CONFIDENCE_QUANTITY, subject_start=subject[0], subject_end=subject[1],
            ))
    return found


def is_quantity(text: str, number: NumberMention, dates: list[DateMention], rules: Patterns) -> bool:
    if number.min is None and number.max is None:
        return False
    if any(d.start < number.end and number.start < d.end for d in dates) or is_preblocked(text, number, rules):
        return False
    if number.unit is None and number.min == number.max and number.min in YEARS and number.text.isdigit():
        return False
    following = text[number.end : number.end + 1]
    return not (following.isalnum() or following == "-")


def quantity_subject(text: str, number: NumberMention, sentence: Sentence, words: QuantityWords) -> tuple[int, int] | None:
    """The span of what a number counts: the words after it, else (for an amount) the words before."""
    after: list[re.Match[str]] = []
    for match in WORD.finditer(text, number.end, sentence.end):
        word = match.group().lower()
        if not after and word in words.partitives:  # "52 percent of the seats"
            continue
        if word in PHRASE_BREAK or word in words.stop or not match.group()[0].isalpha():
            break
        if not after and word in words.skip:
            return None
        after.append(match)
        if len(after) == MAX_QUANTITY_SUBJECT_WORDS:
            break
    if after:
        return after[0].start(), after[-1].end()
    if number.unit is None:
        return None
    before = list(WORD.finditer(text, max(sentence.start, number.start - 80), number.start))
    before = [m for m in before if m.group().lower() not in words.fillers][-MAX_QUANTITY_LOOKBACK:]
    subject: list[re.Match[str]] = []
    for match in reversed(before):
        word = match.group().lower()
        if word in PHRASE_BREAK or word in words.stop or not match.group()[0].isalpha():
            break
        subject.insert(0, match)
    return (subject[0].start(), subject[-1].end()) if subject else None
