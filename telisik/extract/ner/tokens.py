"""Tokens, sentences, capitalised runs and lexicon look-ups over token spans.

    tokenize("Presiden Tokayev (Kazakhstan).") → Presiden · Tokayev · ( · Kazakhstan · ) · .
"""

from __future__ import annotations

import re
from typing import NamedTuple

from telisik.extract.ner.lexicon import MAX_PHRASE_WORDS, Lexicon
from telisik.language.places import is_tagger_place

# Words, with inner hyphens, apostrophes and dots ("Kassym-Jomart", "O'Neil", "U.S"),
# or any single non-space punctuation mark.
TOKEN_PATTERN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")
# Tokens after which the next word starts a sentence (or a dateline body, "JAKARTA -").
SENTENCE_OPENERS = frozenset({".", "!", "?", "“", '"', "”", "–", "—", "-", ":", "(", "=", "|"})
# Tokens that end a sentence for the tagger.
SENTENCE_ENDS = frozenset({".", "!", "?"})


class Token(NamedTuple):
    """One word or punctuation mark and its character offsets (a named tuple: the tagger
    makes hundreds of thousands of them, and a tuple is the cheapest immutable record)."""

    text: str
    start: int
    end: int
    sentence_initial: bool

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper()


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    previous_end = 0
    for match in TOKEN_PATTERN.finditer(text):
        initial = not tokens or tokens[-1].text in SENTENCE_OPENERS or "\n" in text[previous_end : match.start()]
        tokens.append(Token(match.group(), match.start(), match.end(), initial))
        previous_end = match.end()
    return tokens


def find_runs(tokens: list[Token], lexicon: Lexicon) -> list[tuple[int, int]]:
    """(first, last) token indexes of every capitalised sequence, inclusive."""
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        if not (tokens[index].is_word and tokens[index].is_capitalised):
            index += 1
            continue
        last = extend_run(tokens, index, lexicon)
        runs.append((index, last))
        index = last + 1
    return runs


def extend_run(tokens: list[Token], first: int, lexicon: Lexicon) -> int:
    """The index of the last token of the run that starts at ``first``."""
    opens_org = tokens[first].lower in lexicon.org_heads
    last = first
    while last + 1 < len(tokens):
        step = next_step(tokens, last, lexicon, opens_org)
        if step == 0:
            break
        last += step
    return last


def next_step(tokens: list[Token], last: int, lexicon: Lexicon, opens_org: bool) -> int:
    """How many tokens the run may grow by after ``last`` (0: it ends here)."""
    following = tokens[last + 1]
    if following.sentence_initial:
        return 0  # runs never cross a sentence opener or a line break
    if following.is_word and following.is_capitalised:
        return 1
    if following.text == "." and tokens[last].lower in lexicon.abbreviations:
        return 2 if capitalised_at(tokens, last + 2) else 0
    connectors = lexicon.name_connectors | (lexicon.org_connectors if opens_org else frozenset())
    if following.lower in connectors and following.text.islower():
        return 2 if capitalised_at(tokens, last + 2) else 0
    return 0


def capitalised_at(tokens: list[Token], index: int) -> bool:
    return index < len(tokens) and tokens[index].is_word and tokens[index].is_capitalised


def token_sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """The tokens cut into sentences: after . ! ? and at line breaks, but not after the
    full stop of an initial before a capitalised word ("Stephen R. Covey")."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if current and (current[-1].text in SENTENCE_ENDS or "\n" in text[current[-1].end : token.start]):
            if not _inside_name(current, token, text):
                sentences.append(current)
                current = []
        current.append(token)
    if current:
        sentences.append(current)
    return sentences


def _inside_name(current: list[Token], following: Token, text: str) -> bool:
    """ "R ." followed, on the same line, by a capitalised word: the dot is an initial's.
    (Titles such as "Dr ." still end a sentence for the tagger: measured on the dev files,
    keeping them joined cost nerui 0.004 macro-F1.)"""
    if current[-1].text != "." or len(current) < 2 or "\n" in text[current[-1].end : following.start]:
        return False
    before = current[-2].text
    return len(before) == 1 and before.isupper() and following.text[:1].isupper()


def decode_bio(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, type) of each entity in a BIO sequence; a stray I- opens one (conlleval)."""
    spans: list[tuple[int, int, str]] = []
    open_start, open_type = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, entity_type = tag.partition("-")
        continues = prefix == "I" and entity_type == open_type
        if open_start >= 0 and not continues:
            spans.append((open_start, index - 1, open_type))
            open_start, open_type = -1, ""
        if prefix == "B" or (prefix == "I" and not continues):
            open_start, open_type = index, entity_type
    return spans


def longest_place_prefix(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> int:
    """The last index of the longest gazetteer place that opens the run, -1 if none."""
    for end in range(min(last, first + MAX_PHRASE_WORDS - 1), first - 1, -1):
        if phrase(tokens, first, end) in lexicon.places:
            return end
    return -1


def is_organisation(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    opening = tokens[first].lower
    opening_pair = phrase(tokens, first, min(first + 1, last))
    closing = tokens[last].lower
    return (
        opening in lexicon.org_heads
        or opening_pair in lexicon.org_heads
        or (last > first and closing in lexicon.org_tails)
    )


def is_known_name(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    words = phrase(tokens, first, last)
    return words in lexicon.places or words in lexicon.org_names


def phrase(tokens: list[Token], first: int, last: int) -> str:
    """The lower-cased words of tokens[first..last], joined by single spaces, dots dropped."""
    return " ".join(t.lower for t in tokens[first : last + 1] if t.text != ".")


def is_place(sentence: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    words = phrase(sentence, first, last)
    return words in lexicon.places or is_tagger_place(words)
