"""PER, ORG and LOC mentions: a trained CRF, corrected by cue lexicons, linked within a text.

Indonesian (and Malay) text, in order:

1. split the text into word and punctuation tokens, and the tokens into sentences;
2. tag each sentence with the CRF of :mod:`telisik.extract.ner` (BIO over PER / ORG / LOC);
3. correct the model where a lexicon is surer (:func:`refine_spans`): title + country +
   name split, organisation-head runs, acronym expansions, country names, known
   organisations and outlets;
4. tag a name again wherever the text repeats it (:func:`repeat_mentions`);
5. canonical forms: acronym and parenthesised expansion share the acronym; a later
   single-word mention of a person's surname takes the full name.

English keeps the rule-based baseline of issue 2 (:func:`find_entities_by_rules`):
capitalised runs, stripped of titles and common words, typed by cue lexicons. Every cue
list is a data file in ``data/<lang>/``; ``telisik eval ner`` measures both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from telisik.extract.lexicons import lexicon_language, read_entries, word_set
from telisik.extract.ner import tag_sentence
from telisik.extract.ner.features import case_mode
from telisik.language.lexicon import read_lines
from telisik.language.places import find_place, match_place
from telisik.models import EntityMention

# Words, with inner hyphens, apostrophes and dots ("Kassym-Jomart", "O'Neil", "U.S"),
# or any single non-space punctuation mark.
TOKEN_PATTERN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")
# Tokens after which the next word starts a sentence (or a dateline body, "JAKARTA -").
SENTENCE_OPENERS = frozenset({".", "!", "?", "“", '"', "”", "–", "—", "-", ":", "(", "=", "|"})
# Languages the CRF was not trained for: the rule-based tagger reads them.
RULE_LANGUAGES = frozenset({"en"})
# Tokens that end a sentence for the tagger.
SENTENCE_ENDS = frozenset({".", "!", "?"})
# Organisation-head runs shorter than this are left to the model where it tagged a part
# of them: the datasets split "Polda Jabar" into ORG + LOC (chosen on the dev files: with
# 2, nerui and nergrit lose 0.01 macro-F1).
MIN_ORGANISATION_RUN = 3
# Names shorter than this are not repeated across a text by :func:`repeat_mentions`
# ("AS" is a country and a conjunction-like abbreviation; three letters and up are names).
MIN_REPEATED_LENGTH = 3
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
class Token:
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


def find_entities(text: str, lang: str = "id") -> list[EntityMention]:
    """PER, ORG and LOC mentions in ``text``, in text order, with canonical forms.

    Indonesian (and Malay) text is tagged by the trained CRF (:mod:`telisik.extract.ner`);
    English keeps the rule-based tagger, the CRF having seen no English. Then mentions
    are linked within the text (acronym ↔ expansion, surname → full name).
    """
    if lexicon_language(lang) in RULE_LANGUAGES:
        return find_entities_by_rules(text, lang)
    return find_entities_with(text, lang)


def find_entities_with(
    text: str, lang: str = "id", model: str | None = None, clusters: bool = True
) -> list[EntityMention]:
    """:func:`find_entities` with another model file (``telisik train ner`` experiments)."""
    lexicon = load_lexicon(lang)
    tokens = tokenize(text)
    mentions: list[EntityMention] = []
    for sentence in token_sentences(text, tokens):
        tags = tag_sentence([t.text for t in sentence], model, clusters)
        spans = refine_spans(sentence, decode_bio(tags), lexicon)
        mentions.extend(make_mention(text, sentence, first, last, kind, lexicon) for first, last, kind in spans)
    return resolve_canonical(text, repeat_mentions(text, tokens, mentions))


# --------------------------------------------------------------------------- model + lexicon

TaggedSpan = tuple[int, int, str]  # first token, last token (inclusive), type


def refine_spans(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    """The model's spans, corrected where the cue lexicons are surer than the model:

    1. punctuation at a span's edges is cut off; in a normally cased sentence, a span
       without a capital letter or digit is dropped ("seraya" tagged PER);
    2. title + place + name is split: "Presiden Kazakhstan Kassym-Jomart Tokayeva" → LOC + PER;
    3. a capitalised run opened by an organisation head ("Kementerian Dalam Negeri
       Kazakhstan") is one ORG, absorbing the places and organisations the model found
       inside it and stopping before a person;
    4. ``X (ACR)`` and ``ACR (X)``: where the model tagged one side, or the expansion
       opens with an organisation head, both sides are tagged (the acronym's type, else ORG);
    5. an untagged capitalised word that names a country (or misspells one) is a place;
    6. an untagged name from the organisation and outlet lists is an organisation, and a
       span tagged ORG that is exactly a gazetteer place is the place when written in
       capitals (a dateline, "MATA INDONESIA, ALMATY"), where the word's shape says nothing.
    """
    spans = [trimmed for span in spans if (trimmed := _trim_punctuation(sentence, span)) is not None]
    if case_mode([t.text for t in sentence]) == "mixed":
        spans = [s for s in spans if any(t.text[0].isupper() or t.text[0].isdigit() for t in sentence[s[0] : s[1] + 1])]
    spans = [part for span in spans for part in split_title_place_name(sentence, span, lexicon)]
    spans = add_organisation_runs(sentence, spans, lexicon)
    spans = add_acronym_expansions(sentence, spans, lexicon)
    spans = add_countries(sentence, spans)
    spans = add_known_organisations(sentence, spans, lexicon)
    shouted = case_mode([t.text for t in sentence]) == "upper"
    spans = [retype_known_place(sentence, span, lexicon, shouted) for span in spans]
    return sorted({trimmed for span in spans if (trimmed := _trim_punctuation(sentence, span)) is not None})


def add_known_organisations(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    """An untagged name from the organisation and outlet lists ("KPK", "Basarnas", "Antara",
    "MATA INDONESIA") is an organisation."""
    covered = {i for first, last, _ in spans for i in range(first, last + 1)}
    names = known_organisations()
    added: list[TaggedSpan] = []
    index = 0
    while index < len(sentence):
        found = 0
        if sentence[index].is_word and sentence[index].is_capitalised:
            for size in range(min(MAX_PHRASE_WORDS, len(sentence) - index), 0, -1):
                span = range(index, index + size)
                if _phrase(sentence, index, index + size - 1) in names and not any(i in covered for i in span):
                    found = size
                    break
        if found:
            added.append((index, index + found - 1, "ORG"))
            index += found
        else:
            index += 1
    return [*spans, *added]


@cache
def known_organisations() -> frozenset[str]:
    outlets = read_lines("id", "outlets.txt") + read_lines("id", "media_outlets.txt")
    return word_set("id", "org_names") | frozenset(" ".join(name.lower().split()) for name in outlets)


def retype_known_place(sentence: list[Token], span: TaggedSpan, lexicon: Lexicon, shouted: bool) -> TaggedSpan:
    """A span tagged ORG that is exactly a gazetteer place and written in capitals
    ("ALMATY" in a dateline) is the place."""
    first, last, kind = span
    capitals = shouted or all(t.text.isupper() for t in sentence[first : last + 1] if t.is_word)
    if kind == "ORG" and capitals and _is_place(sentence, first, last, lexicon) and _phrase(sentence, first, last) not in known_organisations():
        return (first, last, "LOC")
    return span


def add_countries(sentence: list[Token], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """A capitalised word the model left untagged that names a country, or misspells one
    past the start of a sentence ("Perdana Menteri Amenia, Nikol Pashinyan"), is a place."""
    covered = {i for first, last, _ in spans for i in range(first, last + 1)}
    added = []
    for index, token in enumerate(sentence):
        if index in covered or not token.is_word or not token.is_capitalised or token.text.isupper():
            continue
        place = find_place(token.text) if index == 0 else match_place(token.text)
        if place is not None and place.kind == "country":
            added.append((index, index, "LOC"))
    return [*spans, *added]


def _trim_punctuation(sentence: list[Token], span: TaggedSpan) -> TaggedSpan | None:
    """The span without punctuation at its edges ("Antara ." → "Antara"), None if nothing is left."""
    first, last, kind = span
    while first <= last and not sentence[first].is_word:
        first += 1
    while last >= first and not sentence[last].is_word:
        last -= 1
    return (first, last, kind) if first <= last else None


def split_title_place_name(sentence: list[Token], span: TaggedSpan, lexicon: Lexicon) -> list[TaggedSpan]:
    first, last, kind = span
    if last == first or not _title_before(sentence, first, lexicon):
        return [span]
    place_end = longest_place_prefix(sentence, first, last - 1, lexicon)
    if place_end < 0 or _is_place(sentence, first, last, lexicon):
        return [span]  # "Amerika Serikat", "Kalimantan Utara": the whole span is the place
    if kind != "PER" and last - place_end < 2:
        return [span]  # a place tagged as such and one more word: more likely a longer place
    return [(first, place_end, "LOC"), (place_end + 1, last, "PER")]


def _is_place(sentence: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    phrase = _phrase(sentence, first, last)
    return phrase in lexicon.places or find_place(phrase) is not None


def _title_before(sentence: list[Token], first: int, lexicon: Lexicon) -> bool:
    for size in range(1, MAX_PHRASE_WORDS + 1):
        if first - size >= 0 and _phrase(sentence, first - size, first - 1) in lexicon.titles:
            return True
    return False


def add_organisation_runs(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    for run_first, run_last in find_runs(sentence, lexicon):
        if run_last == run_first or not _is_organisation(sentence, run_first, run_first, lexicon):
            continue
        people = [s for s in spans if s[2] == "PER" and run_first <= s[0] <= run_last]
        if people:
            run_last = min(s[0] for s in people) - 1
        while run_last > run_first and not sentence[run_last].is_word:
            run_last -= 1
        size = run_last - run_first + 1
        if size < 2 or (size < MIN_ORGANISATION_RUN and any(s[0] <= run_last and s[1] >= run_first for s in spans)):
            continue
        inside = [s for s in spans if run_first <= s[0] and s[1] <= run_last]
        crossing = [s for s in spans if s not in inside and s[0] <= run_last and s[1] >= run_first]
        if crossing or any(s[2] != "LOC" or s[0] == run_first for s in inside):
            continue  # only where the model missed the organisation, keeping at most a place in it
        spans = [s for s in spans if s not in inside] + [(run_first, run_last, "ORG")]
    return spans


def add_acronym_expansions(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    covered = {i for first, last, _ in spans for i in range(first, last + 1)}
    types = {first: kind for first, last, kind in spans if first == last}
    for run_first, run_last in find_runs(sentence, lexicon):
        if run_last == run_first:
            continue
        before = run_first - 2
        after = run_last + 2
        if after + 1 < len(sentence) and sentence[run_last + 1].text == "(" and sentence[after + 1].text == ")":
            acronym = after
        elif before >= 0 and sentence[run_first - 1].text == "(" and run_last + 1 < len(sentence) and sentence[run_last + 1].text == ")":
            acronym = before
        else:
            continue
        run_tagged = any(i in covered for i in range(run_first, run_last + 1))
        if not (acronym in covered or run_tagged or _is_organisation(sentence, run_first, run_first, lexicon)):
            continue  # "Bahan Bakar Minyak (BBM)": an acronym, but of no entity
        if ACRONYM_PATTERN.fullmatch(sentence[acronym].text):
            kind = types.get(acronym, "ORG")
            if not run_tagged:
                spans = [*spans, (run_first, run_last, kind)]
            if acronym not in covered:
                spans.append((acronym, acronym, kind))
    return spans


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


def token_sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """The tokens cut into sentences: after . ! ? and at line breaks."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        if current and (current[-1].text in SENTENCE_ENDS or "\n" in text[current[-1].end : token.start]):
            sentences.append(current)
            current = []
        current.append(token)
    if current:
        sentences.append(current)
    return sentences


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


def find_entities_by_rules(text: str, lang: str = "id") -> list[EntityMention]:
    """The rule-based baseline (issue 2), kept for comparison: capitalised runs typed by cue lexicons."""
    lexicon = load_lexicon(lang)
    tokens = tokenize(text)
    lowercase_words = {t.text for t in tokens if t.is_word and t.text.islower()}
    mentions: list[EntityMention] = []
    for first, last in find_runs(tokens, lexicon):
        mentions.extend(type_run(text, tokens, first, last, lexicon, lowercase_words))
    return resolve_canonical(text, mentions)


# --------------------------------------------------------------------------- tokens and runs


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
        return 2 if _capitalised_at(tokens, last + 2) else 0
    connectors = lexicon.name_connectors | (lexicon.org_connectors if opens_org else frozenset())
    if following.lower in connectors and following.text.islower():
        return 2 if _capitalised_at(tokens, last + 2) else 0
    return 0


def _capitalised_at(tokens: list[Token], index: int) -> bool:
    return index < len(tokens) and tokens[index].is_word and tokens[index].is_capitalised


# --------------------------------------------------------------------------- typing


def type_run(
    text: str, tokens: list[Token], first: int, last: int, lexicon: Lexicon, lowercase_words: set[str]
) -> list[EntityMention]:
    """The mentions one capitalised run yields (none, one, or a place and a person)."""
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
    entity_type = classify(tokens, first, last, lexicon)
    if entity_type is None:
        return []
    return [make_mention(text, tokens, first, last, entity_type, lexicon)]


def title_prefix_length(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> int:
    """How many leading words of the run are a title ("Perdana Menteri" → 2), 0 if none."""
    for size in range(min(MAX_PHRASE_WORDS, last - first + 1), 0, -1):
        if _phrase(tokens, first, first + size - 1) in lexicon.titles:
            skip_dot = first + size <= last and tokens[first + size].text == "."
            return size + skip_dot
    return 0


def preceded_by_title(tokens: list[Token], first: int, lexicon: Lexicon) -> bool:
    """A lower-case title just before the run: "juru bicara Putin", "anggota parlemen X"."""
    for size in range(1, MAX_PHRASE_WORDS + 1):
        start = first - size
        if start < 0 or not all(t.is_word and t.text.islower() for t in tokens[start:first]):
            return False
        if _phrase(tokens, start, first - 1) in lexicon.titles:
            return True
    return False


def trim_common_words(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> tuple[int, int]:
    """Drop common words and stray punctuation from both edges, unless the whole run is a known name."""
    if _is_known_name(tokens, first, last, lexicon):
        return first, last
    while first <= last and (tokens[first].lower in lexicon.common or not tokens[first].is_word):
        first += 1
    if first <= last and _is_organisation(tokens, first, last, lexicon):
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
    if first != last or not token.sentence_initial or _is_known_name(tokens, first, last, lexicon):
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
    entity_type = "ORG" if _is_organisation(tokens, first, last, lexicon) else "PER"
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


def longest_place_prefix(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> int:
    """The last index of the longest gazetteer place that opens the run, -1 if none."""
    for end in range(min(last, first + MAX_PHRASE_WORDS - 1), first - 1, -1):
        if _phrase(tokens, first, end) in lexicon.places:
            return end
    return -1


def classify(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> str | None:
    """PER, ORG or LOC for a run without a title; None for a bare head word ("Kementerian")."""
    words = tokens[first : last + 1]
    if _phrase(tokens, first, last) in lexicon.org_names:
        return "ORG"
    if _phrase(tokens, first, last) in lexicon.places:
        return "LOC"
    if _is_organisation(tokens, first, last, lexicon):
        return "ORG" if len(words) > 1 else None
    if words[0].lower in lexicon.loc_heads:
        return "LOC" if len(words) > 1 else None
    if all(t.text.isupper() or not t.is_word for t in words) or WEB_NAME_PATTERN.fullmatch(words[0].text):
        return "ORG"  # acronyms, all-capitals names ("MATA INDONESIA"), web outlets ("Bisnis.com")
    if first > 0 and tokens[first - 1].lower in lexicon.loc_cues and tokens[first - 1].text.islower():
        return "LOC"
    return "PER"


def _is_organisation(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    opening = tokens[first].lower
    opening_pair = _phrase(tokens, first, min(first + 1, last))
    closing = tokens[last].lower
    return (
        opening in lexicon.org_heads
        or opening_pair in lexicon.org_heads
        or (last > first and closing in lexicon.org_tails)
    )


def _is_known_name(tokens: list[Token], first: int, last: int, lexicon: Lexicon) -> bool:
    phrase = _phrase(tokens, first, last)
    return phrase in lexicon.places or phrase in lexicon.org_names


def _phrase(tokens: list[Token], first: int, last: int) -> str:
    """The lower-cased words of tokens[first..last], joined by single spaces, dots dropped."""
    return " ".join(t.lower for t in tokens[first : last + 1] if t.text != ".")


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


# --------------------------------------------------------------------------- canonical forms


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
