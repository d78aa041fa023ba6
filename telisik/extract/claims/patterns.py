"""The cue words of casualty claims for one language, compiled once from ``extract/data/<lang>/*.txt``
(see :mod:`telisik.extract.claims`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from telisik.extract.lexicons import keyed_entries, lexicon_language, phrase_pattern, read_entries, word_set
from telisik.language.lexicon import read_table

KINDS = ("killed", "injured", "arrested", "missing", "evacuated", "displaced")
# Read, never stored: "shot" counts everyone hit, the killed among them ("four people were
# shot, one fatally"). :func:`settle_shot_counts` turns it into injured.
SHOT = "shot"
READ_KINDS = (*KINDS, SHOT)
# Most filler words between a casualty noun and its count ("bisa mencapai").
MAX_FILLER_WORDS = 3
# Most words of what and where between a casualty noun and the fillers before its count
# ("jumlah korban tewas [banjir bandang di Garut] bertambah menjadi 14").
MAX_NOUN_GAP = 5
# Most words between an injury word and a fatal follow-up ("shot in the head and died").
MAX_FATAL_GAP = 6


@dataclass(frozen=True, slots=True)
class Patterns:
    casualty: re.Pattern[str]  # a casualty word at a position (use .match)
    casualty_kind: dict[str, str]  # normalised casualty phrase → kind
    verb_before: re.Pattern[str]  # "menewaskan " ending right before a count
    verb_kind: dict[str, str]
    noun_before: re.Pattern[str]  # "korban tewas sebanyak " ending right before a count
    noun_kind: dict[str, str]
    noun_gap_before: re.Pattern[str]  # "korban meninggal akibat gempa " before "mencapai 268"
    zero: re.Pattern[str]
    zero_kind: dict[str, str]
    qualifier: re.Pattern[str]
    victims: frozenset[str]
    auxiliaries: frozenset[str]
    blockers: frozenset[str]
    negations: frozenset[str]
    preblockers: frozenset[str]  # a word before a count that makes it a number, not people ("called 911")
    distinct_victims: frozenset[str]  # "another": a victim other than one already told of
    determiners: re.Pattern[str] | None  # "a", "the", "his", "both": victims without a number
    determiner_value: dict[str, int]  # "a" → 1, "both" → 2
    singular_words: frozenset[str]  # "a", "an", "another": one victim whatever the noun
    plural_victims: frozenset[str]  # "men", "victims": "the men" is not one victim
    pronouns: re.Pattern[str] | None  # "he", "she": one person
    conjunctions: frozenset[str]  # "and": victims listed
    additive_victims: frozenset[str]  # "others": more victims, added to those just counted
    list_link: re.Pattern[str]  # between two listed names: ", ", " and ", ", 36, and "
    fatal_after: re.Pattern[str] | None  # "was shot ... and later died": the injury killed
    objects: frozenset[str]  # "his", "them": an object after the verb, so the subject is the agent
    passive: frozenset[str]  # "was", "were": the subject was acted on
    death_words: re.Pattern[str] | None  # "homicide", "died": the article tells of a death
    age_phrase: re.Pattern[str] | None  # "berusia 12 tahun", "aged 12": an age inside a victim phrase
    age_words: frozenset[str]  # "berusia", "aged"
    tallies: re.Pattern[str] | None = None  # "in separate shootings", "this year": a tally, no claim
    wounds: re.Pattern[str] | None = None  # "gunshot wound(s)" right after a count: wounds, not people
    inclusion: re.Pattern[str] | None = None  # ", including four children," inside a victim phrase
    more_victims: frozenset[str] = frozenset()  # "were also shot": victims besides those told of
    female_victims: frozenset[str] = frozenset()  # "woman", "girls": victims who are women or girls only
    male_victims: frozenset[str] = frozenset()  # "man", "boys": victims who are men or boys only
    reflexives: frozenset[str] = frozenset()  # "himself": one person acted on themself
    period: re.Pattern[str] | None = None  # "in 2014", "sepanjang Januari": the sentence dates a tally, no claim


@lru_cache(maxsize=None)
def patterns(lang: str) -> Patterns:
    lang = lexicon_language(lang)
    casualty_kind = {
        " ".join(phrase.lower().split()): kind for kind in READ_KINDS for phrase in read_entries(lang, f"casualty_{kind}")
    }
    verb_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "casualty_verbs"))
    noun_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "casualty_nouns"))
    zero_kind = dict((phrase, kind) for kind, phrase in keyed_entries(lang, "zero_casualties"))
    fillers = phrase_pattern(read_entries(lang, "count_fillers"))
    determiner_value = {word: 1 for word in word_set(lang, "singular_determiners") | word_set(lang, "definite_determiners")}
    determiner_value.update((word, 2) for word in word_set(lang, "pair_determiners"))
    conjunctions = word_set(lang, "conjunctions")
    return Patterns(
        casualty=re.compile(rf"(?:{phrase_pattern(tuple(casualty_kind))})(?![\w-])", re.IGNORECASE),
        casualty_kind=casualty_kind,
        verb_before=re.compile(rf"(?<![\w-])({phrase_pattern(tuple(verb_kind))})\s+$", re.IGNORECASE),
        verb_kind=verb_kind,
        noun_before=re.compile(
            rf"(?<![\w-])({phrase_pattern(tuple(noun_kind))})\s+(?:(?:{fillers})\s+){{0,{MAX_FILLER_WORDS}}}$"
            # "jumlah korban tewas banjir di Garut bertambah menjadi 14": a few words of what and
            # where, then at least one filler
            rf"|(?<![\w-])({phrase_pattern(tuple(noun_kind))})(?:\s+[^\W\d_]+){{1,{MAX_NOUN_GAP}}}?"
            rf"\s+(?:(?:{fillers})\s+){{1,{MAX_FILLER_WORDS}}}$",
            re.IGNORECASE,
        ),
        noun_kind=noun_kind,
        noun_gap_before=re.compile(
            rf"(?<![\w-])({phrase_pattern(tuple(noun_kind))})(?:\s+[^\W\d_]+){{0,{MAX_NOUN_GAP}}}?\s+$", re.IGNORECASE
        ),
        zero=re.compile(rf"(?<![\w-])(?:{phrase_pattern(tuple(zero_kind))})(?![\w-])", re.IGNORECASE),
        zero_kind=zero_kind,
        qualifier=re.compile(rf"^(?:{phrase_pattern(read_entries(lang, 'qualifiers'))})(?![\w-])", re.IGNORECASE),
        victims=frozenset(word for entry in word_set(lang, "victim_nouns") for word in entry.split()),
        auxiliaries=word_set(lang, "casualty_auxiliaries"),
        blockers=word_set(lang, "count_blockers"),
        negations=word_set(lang, "negations"),
        preblockers=word_set(lang, "count_preblockers"),
        distinct_victims=word_set(lang, "distinct_victim_words"),
        determiners=_words_pattern(tuple(determiner_value)),
        determiner_value=determiner_value,
        singular_words=word_set(lang, "singular_determiners"),
        plural_victims=word_set(lang, "plural_victim_nouns"),
        pronouns=_words_pattern(read_entries(lang, "victim_pronouns")),
        conjunctions=conjunctions,
        additive_victims=word_set(lang, "additive_victim_words"),
        list_link=re.compile(
            rf"\s*(?:,\s*\d{{1,3}}\s*)?(?:,\s*(?:(?:{phrase_pattern(conjunctions)})\s+)?|\s+(?:{phrase_pattern(conjunctions)})\s+)",
            re.IGNORECASE,
        ),
        fatal_after=_fatal_pattern(read_entries(lang, "fatal_followups")),
        objects=word_set(lang, "object_words"),
        passive=word_set(lang, "passive_auxiliaries"),
        death_words=_words_pattern(read_entries(lang, "death_words")),
        age_phrase=_age_pattern(
            read_entries(lang, "age_words"), read_entries(lang, "age_units"), read_entries(lang, "age_suffixes"),
            read_entries(lang, "age_range_links"),
        ),
        age_words=word_set(lang, "age_words"),
        tallies=_words_pattern(read_entries(lang, "casualty_tallies")),
        period=_period_pattern(
            read_entries(lang, "period_openers"), read_entries(lang, "period_fillers"),
            read_entries(lang, "period_suffixes"), month_names(lang),
        ),
        wounds=_words_pattern(read_entries(lang, "wound_nouns")),
        more_victims=word_set(lang, "more_victim_words"),
        female_victims=word_set(lang, "female_victim_nouns"),
        male_victims=word_set(lang, "male_victim_nouns"),
        reflexives=word_set(lang, "reflexive_pronouns"),
        inclusion=_inclusion_pattern(read_entries(lang, "inclusion_words"), read_entries(lang, "passive_auxiliaries")),
    )


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(words)})(?![\w-])", re.IGNORECASE) if words else None


def _age_pattern(
    lead: tuple[str, ...], units: tuple[str, ...], suffixes: tuple[str, ...], links: tuple[str, ...] = ()
) -> re.Pattern[str] | None:
    """ "berusia 12 tahun", "aged 12" (a lead word, the number, a unit) or "57 year-old" (a suffix);
    after a lead word, a range or list of ages is one age phrase ("ages 7 to 12", "ages 13, 17 and 19")."""
    forms = []
    if lead:
        unit = rf"(?:\s+(?:{phrase_pattern(units)}))?" if units else ""
        link = rf"\s*,\s*(?:(?:{phrase_pattern(links)})\s+)?|\s*-\s*|\s+(?:{phrase_pattern(links)})\s+" if links else r"\s*-\s*"
        forms.append(rf"(?:{phrase_pattern(lead)})\s+\d{{1,3}}(?:(?:{link})\d{{1,3}}(?![\w-]))*{unit}")
    if suffixes:
        forms.append(rf"\d{{1,3}}\s*(?:{phrase_pattern(suffixes)})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE) if forms else None


def month_names(lang: str) -> tuple[str, ...]:
    """The language's month names as written, without abbreviations ("January", "Pebruari"; not "Jan",
    which is also a given name): the longest name of each month, and any other of five letters or more."""
    table = [(row[0], int(row[1])) for row in read_table(lexicon_language(lang), "months.txt")]
    longest = {number: max((len(name) for name, n in table if n == number)) for _, number in table}
    return tuple(name for name, number in table if len(name) == longest[number] or len(name) >= 5)


def _period_pattern(
    openers: tuple[str, ...], fillers: tuple[str, ...], suffixes: tuple[str, ...], months: tuple[str, ...]
) -> re.Pattern[str] | None:
    """A whole year or month after a period word: "in 2014", "during November alone", "pada bulan
    Januari 2016", "sejak 2011". A month followed by a day number is a date, not a period ("in November
    5"); month names are matched as written (capitalised), so "may" the verb is no month."""
    if not openers:
        return None
    year = r"(?:19|20)\d\d\b"
    filler = rf"(?:(?i:{phrase_pattern(fillers)})\s+)?" if fillers else ""
    after = rf"(?i:{phrase_pattern(suffixes)})\b|{year}" if suffixes else year
    month = "|".join(re.escape(name) for name in sorted(set(months), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?i:{phrase_pattern(openers)})\s+{filler}(?:{year}|(?:{month})(?:\s+(?:{after})|\b(?!\s*\d)))"
    )


def _inclusion_pattern(words: tuple[str, ...], auxiliaries: tuple[str, ...]) -> re.Pattern[str] | None:
    """ ", including four children and two men," or " including a 12-year-old" up to " were", or
    between dashes " — including a 14-year-old boy, a 16-year-old boy — "."""
    if not words:
        return None
    until = rf"|(?=\s+(?:{phrase_pattern(auxiliaries)})\s)" if auxiliaries else ""
    opening = rf"(?<![\w-])(?:{phrase_pattern(words)})\s"
    return re.compile(
        rf"\s*[—–]\s*{opening}[^—–.;:!?]*?[—–]"  # " — including a 14-year-old boy, a 27-year-old woman — "
        rf"|,?\s*{opening}[^,.;:!?]*?(?:,{until})",
        re.IGNORECASE,
    )


def _fatal_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """A fatal follow-up within ``MAX_FATAL_GAP`` words after an injury word ("shot in the head and died")."""
    if not phrases:
        return None
    return re.compile(
        rf"(?P<gap>(?:\s+[^\W\d_]+(?:[-'’][^\W\d_]+)*){{0,{MAX_FATAL_GAP}}}?),?\s+(?:{phrase_pattern(phrases)})(?![\w-])",
        re.IGNORECASE,
    )
