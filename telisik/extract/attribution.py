"""Who said it, and through whom: sources and relay outlets inside one sentence.

Shared by quotes (speaker and ``via``) and claims (``source_chain``). A chain lists
the innermost source first::

    Kementerian Dalam Negeri Kazakhstan mengatakan, ...        → ("Kementerian Dalam Negeri Kazakhstan",)
    Media lokal, Kazakh, mengutip Kementerian Dalam Negeri ... → ("Kementerian Dalam Negeri", "Kazakh")
    ..., menurut Kazakh.                                       → ("Kazakh",)
    ..., kata Presiden Tokayev, melansir Al Jazeera            → ("Kassym-Jomart Tokayev", "Al Jazeera")

Names are entity canonical forms; only PER and ORG entities (and, for relays, any
entity: a local outlet may be typed as a person by the baseline NER) are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from telisik.extract.lexicons import lexicon_language, phrase_pattern, read_entries
from telisik.models import EntityMention

# Characters allowed between a source and its verb: ", " or " yang " ("X yang mengatakan").
SUBJECT_GAP = re.compile(r"\s*,?\s*(?:yang\s+|who\s+)?")
# How far a name may sit from the word that introduces it (spaces, a comma).
NAME_GAP = re.compile(r"[\s,]*")
# Where a name after a verb must have started: the next punctuation mark or line end.
CLAUSE_END = re.compile(r"[,.;:!?()\n“”\"]")
# "mengutip" with its subject: "Kazakh, mengutip Kementerian ..." relays the ministry.
QUOTING_VERBS = {"id": ("mengutip",), "en": ("citing", "quoting")}
# The outlet spoken to: "mengatakan kepada Interfax", "told Reuters".
SPOKEN_TO = {"id": "kepada", "en": "told"}


@dataclass(frozen=True, slots=True)
class Patterns:
    relay: re.Pattern[str]
    attribution: re.Pattern[str]
    reporting: re.Pattern[str]
    quoting: re.Pattern[str]
    spoken_to: re.Pattern[str]
    reporting_words: str  # the bare alternation, for patterns that add a suffix ("sambungnya")


@lru_cache(maxsize=None)
def patterns(lang: str) -> Patterns:
    lang = lexicon_language(lang)

    def words(alternation: str) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)

    reporting_words = phrase_pattern(read_entries(lang, "reporting_verbs"))
    return Patterns(
        relay=words(phrase_pattern(read_entries(lang, "relay_verbs"))),
        attribution=words(phrase_pattern(read_entries(lang, "attribution_verbs"))),
        reporting=words(reporting_words),
        quoting=words(phrase_pattern(QUOTING_VERBS[lang])),
        spoken_to=words(re.escape(SPOKEN_TO[lang])),
        reporting_words=reporting_words,
    )


def entity_after(text: str, position: int, entities: list[EntityMention]) -> EntityMention | None:
    """The entity that starts right after ``position`` (spaces and a comma allowed)."""
    start = NAME_GAP.match(text, position).end()  # type: ignore[union-attr]
    return next((e for e in entities if e.start == start), None)


def named_after(text: str, position: int, entities: list[EntityMention]) -> EntityMention | None:
    """The first person, else organisation, named after ``position`` before any punctuation:
    "kata Kapolres Garut Wirdhanto" → Wirdhanto."""
    stop = CLAUSE_END.search(text, position)
    end = stop.start() if stop else len(text)
    named = [e for e in entities if position <= e.start < end]
    for wanted in ("PER", "ORG"):
        entity = next((e for e in named if e.type == wanted), None)
        if entity is not None:
            return entity
    return None


def entity_before(text: str, position: int, entities: list[EntityMention]) -> EntityMention | None:
    """The entity that ends right before ``position``, as a subject ("X, yang ...")."""
    for entity in reversed(entities):
        if entity.end <= position and SUBJECT_GAP.fullmatch(text, entity.end, position):
            return entity
        if entity.end < position - 40:
            return None
    return None


def find_relays(text: str, start: int, end: int, entities: list[EntityMention], lang: str) -> tuple[str, ...]:
    """Outlets named after a relay verb in text[start:end]: "melansir Al Jazeera"."""
    found: list[str] = []
    for match in patterns(lang).relay.finditer(text, start, end):
        entity = entity_after(text, match.end(), entities)
        if entity is not None and entity.canonical not in found:
            found.append(entity.canonical)
    return tuple(found)


def outlet_spoken_to(text: str, start: int, end: int, entities: list[EntityMention], lang: str) -> str | None:
    """ "mengatakan kepada Interfax": an organisation the speaker talked to."""
    for match in patterns(lang).spoken_to.finditer(text, start, end):
        entity = entity_after(text, match.end(), entities)
        if entity is not None and entity.type == "ORG":
            return entity.canonical
    return None


def sentence_sources(
    text: str, start: int, end: int, entities: list[EntityMention], lang: str
) -> tuple[str, ...]:
    """The source chain of the sentence text[start:end], innermost first; () if none."""
    inside = [e for e in entities if start <= e.start and e.end <= end]
    source = quoted_source(text, start, end, inside, lang)
    if source:
        return source + tuple(r for r in find_relays(text, start, end, inside, lang) if r not in source)
    speaker = reporting_subject(text, start, end, inside, lang) or according_to(text, start, end, inside, lang)
    if speaker is None:
        return ()
    return (speaker,) + tuple(r for r in find_relays(text, start, end, inside, lang) if r != speaker)


def quoted_source(text: str, start: int, end: int, entities: list[EntityMention], lang: str) -> tuple[str, ...]:
    """ "Kazakh, mengutip Kementerian Dalam Negeri" → ("Kementerian Dalam Negeri", "Kazakh")."""
    for match in patterns(lang).quoting.finditer(text, start, end):
        source = entity_after(text, match.end(), entities)
        if source is None:
            continue
        relay = entity_before(text, match.start(), entities)
        return (source.canonical, relay.canonical) if relay is not None else (source.canonical,)
    return ()


def reporting_subject(text: str, start: int, end: int, entities: list[EntityMention], lang: str) -> str | None:
    """The PER/ORG entity right before a reporting verb ("Kementerian ... mengatakan"), or
    right after one ("kata Tokayev")."""
    for match in patterns(lang).reporting.finditer(text, start, end):
        subject = entity_before(text, match.start(), entities)
        if subject is None:
            subject = named_after(text, match.end(), entities)
        if subject is not None and subject.type in ("PER", "ORG"):
            return subject.canonical
    return None


def according_to(text: str, start: int, end: int, entities: list[EntityMention], lang: str) -> str | None:
    """ "menurut Kazakh", "according to police records" (a named entity only)."""
    for match in patterns(lang).attribution.finditer(text, start, end):
        entity = entity_after(text, match.end(), entities)
        if entity is not None:
            return entity.canonical
    return None
