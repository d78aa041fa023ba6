"""Mentions from token spans, and their canonical forms within one text.

* :func:`make_mention` — the surface and canonical form of a span (gazetteer spelling
  for places, title case for a shouted name);
* :func:`repeat_mentions` — one name, one reading per text;
* :func:`resolve_canonical` — acronym ↔ expansion, surname → full name.
"""

from __future__ import annotations

from dataclasses import replace

from telisik.extract.ner.lexicon import ACRONYM_PATTERN, Lexicon
from telisik.extract.ner.tokens import TOKEN_PATTERN, Token
from telisik.models import EntityMention

# Names shorter than this are not repeated across a text by :func:`repeat_mentions`
# ("AS" is a country and a conjunction-like abbreviation; three letters and up are names).
MIN_REPEATED_LENGTH = 3


def make_mention(
    text: str, tokens: list[Token], first: int, last: int, entity_type: str, lexicon: Lexicon
) -> EntityMention:
    start, end = tokens[first].start, tokens[last].end
    surface = text[start:end]
    return EntityMention(surface, start, end, entity_type, canonical_form(surface, lexicon))


def canonical_form(surface: str, lexicon: Lexicon) -> str:
    """The gazetteer spelling of a place ("ALMATY" → "Almaty"); otherwise whitespace
    collapsed and an all-capitals phrase ("MATA INDONESIA") in title case."""
    collapsed = " ".join(surface.split())
    known = lexicon.places.get(collapsed.lower())
    if known is not None:
        return known
    if collapsed.isupper() and not ACRONYM_PATTERN.fullmatch(collapsed):
        return collapsed.title()
    return collapsed


def repeat_mentions(text: str, tokens: list[Token], mentions: list[EntityMention]) -> list[EntityMention]:
    """One name, one reading per text: a capitalised word or phrase the model tagged once is
    tagged wherever else the text writes it exactly so ("menurut Kazakh" after "Media lokal,
    Kazakh"), with the same type, unless that spot already overlaps a mention."""
    by_surface: dict[str, list[EntityMention]] = {}
    for m in mentions:
        if m.text[0].isupper() and len(m.text) >= MIN_REPEATED_LENGTH:
            by_surface.setdefault(m.text, []).append(m)
    # the type the text gives the name most often (the first on a tie)
    known = {
        surface: max(found, key=lambda m: sum(o.type == m.type for o in found))
        for surface, found in by_surface.items()
    }
    if not known:
        return mentions
    by_first_token: dict[str, list[tuple[str, EntityMention]]] = {}
    for surface, mention in known.items():
        opening = TOKEN_PATTERN.match(surface)
        if opening is not None:
            by_first_token.setdefault(opening.group(), []).append((surface, mention))
    taken = [(m.start, m.end) for m in mentions]
    added: list[EntityMention] = []
    for token in tokens:
        for surface, mention in by_first_token.get(token.text, ()):
            end = token.start + len(surface)
            if text[token.start : end] != surface or (end < len(text) and text[end].isalnum()):
                continue
            if any(start < end and token.start < stop for start, stop in taken):
                continue
            added.append(EntityMention(surface, token.start, end, mention.type, mention.canonical))
            taken.append((token.start, end))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def resolve_canonical(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Apply acronym ↔ expansion pairs and surname → full-name links across the text."""
    return link_surnames(link_acronyms(text, mentions))


def link_acronyms(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """ "CSTO (Organisasi ...)" and "Organisasi ... (CSTO)": both, and every later
    mention of either, get the acronym as canonical and the expansion's type."""
    expansions: dict[str, tuple[str, str]] = {}  # canonical → (acronym, type)
    for left, right in zip(mentions, mentions[1:]):
        pair = acronym_pair(text, left, right)
        if pair is not None:
            acronym, expansion = pair
            expansions[expansion.canonical] = (acronym.canonical, expansion.type)
            expansions[acronym.canonical] = (acronym.canonical, expansion.type)
    if not expansions:
        return mentions
    linked = []
    for mention in mentions:
        canonical, entity_type = expansions.get(mention.canonical, (mention.canonical, mention.type))
        linked.append(replace(mention, canonical=canonical, type=entity_type))
    return linked


def acronym_pair(text: str, left: EntityMention, right: EntityMention) -> tuple[EntityMention, EntityMention] | None:
    """(acronym, expansion) when ``right`` is ``left`` in parentheses, one a single word."""
    if text[left.end : right.start].strip() != "(" or not text[right.end :].lstrip().startswith(")"):
        return None
    left_single, right_single = " " not in left.text, " " not in right.text
    if left_single and not right_single:
        return left, right
    if right_single and not left_single:
        return right, left
    return None


def link_surnames(mentions: list[EntityMention]) -> list[EntityMention]:
    """ "Tokayev" after "Kassym-Jomart Tokayev" gets the full name (and is a person)."""
    full_names: dict[str, str] = {}  # last word → canonical full name
    linked = []
    for mention in mentions:
        words = mention.canonical.split()
        if len(words) == 1 and words[0] in full_names and not ACRONYM_PATTERN.fullmatch(words[0]):
            mention = replace(mention, canonical=full_names[words[0]], type="PER")
        elif mention.type == "PER" and len(words) > 1:
            full_names.setdefault(words[-1], mention.canonical)
        linked.append(mention)
    return linked
