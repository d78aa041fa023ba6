"""The rule-based tagger (issue 2's baseline), used for English: capitalised runs,
stripped of titles and common words, typed by cue lexicons.
"""

from __future__ import annotations

from collections.abc import Callable

from telisik.extract.ner.lexicon import (
    ACRONYM_PATTERN,
    MAX_PHRASE_WORDS,
    WEB_NAME_PATTERN,
    Lexicon,
    load_lexicon,
)
from telisik.extract.ner.mentions import make_mention, resolve_canonical
from telisik.extract.ner.tokens import (
    Token,
    find_runs,
    is_known_name,
    is_organisation,
    longest_place_prefix,
    phrase,
    tokenize,
)
from telisik.models import EntityMention

def find_entities_by_rules(text: str, lang: str = "id") -> list[EntityMention]:
    """The rule-based baseline (issue 2), kept for comparison: capitalised runs typed by cue lexicons."""
    lexicon = load_lexicon(lang)
    tokens = tokenize(text)
    lowercase_words = {t.text for t in tokens if t.is_word and t.text.islower()}
    mentions: list[EntityMention] = []
    for first, last in find_runs(tokens, lexicon):
        mentions.extend(type_run(text, tokens, first, last, lexicon, lowercase_words))
    return resolve_canonical(text, mentions)


Classifier = Callable[[list[Token], int, int, Lexicon], "str | None"]


def type_run(
    text: str,
    tokens: list[Token],
    first: int,
    last: int,
    lexicon: Lexicon,
    lowercase_words: set[str],
    classifier: Classifier | None = None,
) -> list[EntityMention]:
    """The mentions one capitalised run yields (none, one, or a place and a person);
    ``classifier`` types a run without a title (default :func:`classify`)."""
    first, last = trim_common_words(tokens, first, last, lexicon)
    if first > last:
        return []
    title_end = title_prefix_length(tokens, first, last, lexicon)
    person_cue = title_end > 0 or preceded_by_title(tokens, first, lexicon)
    first, last = trim_common_words(tokens, first + title_end, last, lexicon)
    if first > last or not keeps_sentence_initial(tokens, first, last, lexicon, lowercase_words):
        return []
    if first == last and len(tokens[first].text) == 1:
        return []  # a lone initial ("K", "I") is not a name we can type
    if person_cue:
        return split_office_and_person(text, tokens, first, last, lexicon)
    entity_type = (classifier or classify)(tokens, first, last, lexicon)
    if entity_type is None:
        return []
    return [make_mention(text, tokens, first, last, entity_type, lexicon)]


def title_prefix_length(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> int:
    """How many leading words of the run are a title ("Perdana Menteri" → 2), 0 if none."""
    for size in range(min(MAX_PHRASE_WORDS, last - first + 1), 0, -1):
        if phrase(tokens, first, first + size - 1) in lexicon.titles:
            skip_dot = first + size <= last and tokens[first + size].text == "."
            return size + skip_dot
    return 0


def preceded_by_title(tokens: list[Token], first: int, lexicon: Lexicon) -> bool:
    """A lower-case title just before the run: "juru bicara Putin", "anggota parlemen X"."""
    for size in range(1, MAX_PHRASE_WORDS + 1):
        start = first - size
        if start < 0 or not all(t.is_word and t.text.islower() for t in tokens[start:first]):
            return False
        if phrase(tokens, start, first - 1) in lexicon.titles:
            return True
    return False


def trim_common_words(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> tuple[int, int]:
    """Drop common words and stray punctuation from both edges, unless the whole run is a known name."""
    if is_known_name(tokens, first, last, lexicon):
        return first, last
    while first <= last and (tokens[first].lower in lexicon.common or not tokens[first].is_word):
        first += 1
    if first <= last and is_organisation(tokens, first, last, lexicon):
        return first, last  # "Dewan Perwakilan Rakyat": an ORG name keeps its common words
    while last >= first and (tokens[last].lower in lexicon.common or not tokens[last].is_word):
        last -= 1
    return first, last


def keeps_sentence_initial(
    tokens: list[Token], first: int, last: int, lexicon: Lexicon, lowercase_words: set[str]
) -> bool:
    """False for a lone sentence-initial word that is capitalised only because it opens the
    sentence: it is written in lower case elsewhere in the text, or (Indonesian) it carries
    an affix no name has ("Sebelumnya", "Dilaporkan")."""
    token = tokens[first]
    if first != last or not token.sentence_initial or is_known_name(tokens, first, last, lexicon):
        return True
    if ACRONYM_PATTERN.fullmatch(token.text):
        return True
    if token.lower in lowercase_words:
        return False
    return lexicon.affixed_word is None or not lexicon.affixed_word.fullmatch(token.lower)


def split_office_and_person(
    text: str, tokens: list[Token], first: int, last: int, lexicon: Lexicon
) -> list[EntityMention]:
    """After a title: "Kazakhstan Kassym-Jomart Tokayev" is a place then a person, and
    "BNPB Suharyanto" an organisation then a person.

    A run that is only a place ("Presiden Kazakhstan, ...") stays a place; a known
    organisation stays an organisation.
    """
    place_end = longest_place_prefix(tokens, first, last, lexicon)
    if place_end == last or (place_end < 0 and first == last and _is_office_country(tokens, last)):
        return [make_mention(text, tokens, first, last, "LOC", lexicon)]
    if place_end >= 0:
        return [
            make_mention(text, tokens, first, place_end, "LOC", lexicon),
            make_mention(text, tokens, place_end + 1, last, "PER", lexicon),
        ]
    if _is_named_organisation(tokens[first], lexicon):
        if first == last:
            return [make_mention(text, tokens, first, last, "ORG", lexicon)]
        return [
            make_mention(text, tokens, first, first, "ORG", lexicon),
            make_mention(text, tokens, first + 1, last, "PER", lexicon),
        ]
    entity_type = "ORG" if is_organisation(tokens, first, last, lexicon) else "PER"
    return [make_mention(text, tokens, first, last, entity_type, lexicon)]


def _is_named_organisation(token: Token, lexicon: Lexicon) -> bool:
    """ "BNPB", "KPK", "Kremlin": one word that names an organisation on its own."""
    return token.lower in lexicon.org_names or ACRONYM_PATTERN.fullmatch(token.text) is not None


def _is_office_country(tokens: list[Token], last: int) -> bool:
    """ "Perdana Menteri Amenia, Nikol Pashinyan": one word after a title, then a comma and a
    full name, is the country of the office (even a misspelt one), not the person."""
    after = tokens[last + 1 : last + 4]
    return (
        len(after) == 3
        and after[0].text == ","
        and all(t.is_word and t.is_capitalised for t in after[1:])
    )


def classify(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> str | None:
    """PER, ORG or LOC for a run without a title; None for a bare head word ("Kementerian")."""
    words = tokens[first : last + 1]
    if phrase(tokens, first, last) in lexicon.org_names:
        return "ORG"
    if phrase(tokens, first, last) in lexicon.places:
        return "LOC"
    if is_organisation(tokens, first, last, lexicon):
        return "ORG" if len(words) > 1 else None
    if words[0].lower in lexicon.loc_heads:
        return "LOC" if len(words) > 1 else None
    if all(t.text.isupper() or not t.is_word for t in words) or WEB_NAME_PATTERN.fullmatch(words[0].text):
        return "ORG"  # acronyms, all-capitals names ("MATA INDONESIA"), web outlets ("Bisnis.com")
    if first > 0 and tokens[first - 1].lower in lexicon.loc_cues and tokens[first - 1].text.islower():
        return "LOC"
    return "PER"
