"""The cue lexicons of entity recognition: titles, organisation heads and names, places.

Every list is a data file in ``telisik/extract/data/<lang>/`` (read through
:mod:`telisik.extract.lexicons`), loaded once per language into a :class:`Lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from telisik.extract.lexicons import lexicon_language, read_entries, word_set
from telisik.language.lexicon import outlet_names

# Longest title or multi-word entry we look for, in words ("wakil perdana menteri").
MAX_PHRASE_WORDS = 4
# An acronym: 2-6 capital letters (digits allowed after the first), "CSTO", "DKI", "G20".
ACRONYM_PATTERN = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# An outlet named by its web address: "Bisnis.com", "Kompas.id", "detik.com".
WEB_NAME_PATTERN = re.compile(r"\w+\.(?:com|co\.id|id|net|org|co)", re.IGNORECASE)
# Indonesian affixed words that open sentences but are never names: "Sebelumnya",
# "Dilaporkan", "Menurutnya". Checked only on a sentence-initial single word.
AFFIXED_WORD_PATTERNS = {
    "id": re.compile(r".*nya|(?:me[mnr]?|di|ber|ter|se|ke|pe[mnr]?)[a-z]{4,}(?:kan|an|i)"),
}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The cue lists of one language, loaded once."""

    titles: frozenset[str]
    org_heads: frozenset[str]
    org_tails: frozenset[str]
    org_names: frozenset[str]
    org_connectors: frozenset[str]
    name_connectors: frozenset[str]
    loc_cues: frozenset[str]
    loc_heads: frozenset[str]
    places: dict[str, str]  # lower-cased → spelling in the gazetteer
    common: frozenset[str]
    abbreviations: frozenset[str]
    affixed_word: re.Pattern[str] | None


_LEXICONS: dict[str, Lexicon] = {}


def load_lexicon(lang: str) -> Lexicon:
    lang = lexicon_language(lang)
    if lang not in _LEXICONS:
        _LEXICONS[lang] = Lexicon(
            titles=word_set(lang, "person_titles"),
            org_heads=word_set(lang, "org_heads"),
            org_tails=word_set(lang, "org_tails"),
            org_names=word_set(lang, "org_names"),
            org_connectors=word_set(lang, "org_connectors"),
            name_connectors=word_set(lang, "name_connectors"),
            loc_cues=word_set(lang, "loc_cues"),
            loc_heads=word_set(lang, "loc_heads"),
            places=gazetteer(lang),
            common=word_set(lang, "common_words"),
            abbreviations=word_set(lang, "abbreviations"),
            affixed_word=AFFIXED_WORD_PATTERNS.get(lang),
        )
    return _LEXICONS[lang]


def gazetteer(lang: str) -> dict[str, str]:
    """Places of ``lang``, plus the Indonesian list: Indonesian text names English places
    and English text Indonesian ones, and the spellings rarely collide."""
    entries = read_entries("id", "places") + read_entries(lang, "places")
    return {entry.lower(): entry for entry in entries}


@cache
def known_organisations() -> frozenset[str]:
    return word_set("id", "org_names") | frozenset(" ".join(name.lower().split()) for name in outlet_names())
