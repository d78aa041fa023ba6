"""Corrections to the CRF's spans where a cue lexicon is surer than the model.

:func:`refine_spans` runs on every tagged sentence; each step was checked against the
dev files (bench/README.md, section "entities").
"""

from __future__ import annotations

from functools import cache, lru_cache

from telisik.extract.ner.features import case_mode
from telisik.extract.ner.lexicon import ACRONYM_PATTERN, MAX_PHRASE_WORDS, Lexicon, known_organisations
from telisik.extract.ner.tokens import Token, find_runs, is_organisation, is_place, longest_place_prefix, phrase
from telisik.language.places import find_place, match_place

# Organisation-head runs shorter than this are left to the model where it tagged a part
# of them: the datasets split "Polda Jabar" into ORG + LOC (chosen on the dev files: with
# 2, nerui and nergrit lose 0.01 macro-F1).
MIN_ORGANISATION_RUN = 3


TaggedSpan = tuple[int, int, str]  # first token, last token (inclusive), type


def refine_spans(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    """The model's spans, corrected where the cue lexicons are surer than the model:

    1. punctuation at a span's edges is cut off; in a normally cased sentence, a span
       without a capital letter or digit is dropped ("seraya" tagged PER);
    2. title + place + name is split: "Presiden Kazakhstan Kassym-Jomart Tokayeva" → LOC + PER;
    3. a capitalised run opened by an organisation head ("Kementerian Dalam Negeri
       Kazakhstan") is one ORG, absorbing the places the model found inside it, and an
       organisation it cut short ("Kementerian Pemuda | dan Olahraga"), stopping before a person;
    4. ``X (ACR)`` and ``ACR (X)``: where the model tagged one side, or the expansion
       opens with an organisation head, both sides are tagged (the acronym's type, else ORG);
    5. an untagged capitalised word that names a country (or misspells one) is a place;
    6. an untagged name from the organisation and outlet lists is an organisation, and a
       span tagged ORG that is exactly a gazetteer place is the place when written in
       capitals (a dateline, "MATA INDONESIA, ALMATY"), where the word's shape says nothing;
       a span tagged a place or person that is exactly a name from those lists is the
       organisation ("pihak Kremlin"; both session 4, neutral on the dev files but for
       nergrit +0.003 from the cut-short organisations).
    """
    spans = [trimmed for span in spans if (trimmed := _trim_punctuation(sentence, span)) is not None]
    mode = case_mode([t.text for t in sentence])
    if mode == "mixed":
        spans = [s for s in spans if any(t.text[0].isupper() or t.text[0].isdigit() for t in sentence[s[0] : s[1] + 1])]
    spans = [part for span in spans for part in split_at_commas(sentence, span, lexicon)]
    spans = [part for span in spans for part in split_title_place_name(sentence, span, lexicon)]
    spans = add_organisation_runs(sentence, spans, lexicon)
    spans = add_acronym_expansions(sentence, spans, lexicon)
    spans = add_countries(sentence, spans)
    spans = add_known_organisations(sentence, spans, lexicon)
    shouted = mode == "upper"
    spans = [retype_known_place(sentence, span, lexicon, shouted) for span in spans]
    spans = [retype_known_organisation(sentence, span) for span in spans]
    return sorted({trimmed for span in spans if (trimmed := _trim_punctuation(sentence, span)) is not None})


def add_known_organisations(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    """An untagged name from the organisation and outlet lists ("KPK", "Basarnas", "Antara",
    "MATA INDONESIA") is an organisation."""
    openers = _organisation_openers()
    if openers.isdisjoint([t.lower for t in sentence]):
        return spans  # no known name can start here
    covered = {i for first, last, _ in spans for i in range(first, last + 1)}
    names = known_organisations()
    added: list[TaggedSpan] = []
    index = 0
    while index < len(sentence):
        found = 0
        if sentence[index].is_word and sentence[index].is_capitalised and sentence[index].lower in openers:
            for size in range(min(MAX_PHRASE_WORDS, len(sentence) - index), 0, -1):
                span = range(index, index + size)
                if phrase(sentence, index, index + size - 1) in names and not any(i in covered for i in span):
                    found = size
                    break
        if found:
            added.append((index, index + found - 1, "ORG"))
            index += found
        else:
            index += 1
    return [*spans, *added]


@cache
def _organisation_openers() -> frozenset[str]:
    """The first words of the known organisations' names (a quick test before the phrases)."""
    return frozenset(name.split()[0] for name in known_organisations() if name)


@lru_cache(maxsize=50_000)
def _country(word: str, exact: bool) -> bool:
    """``word`` names a country (``exact``), or does with one typo forgiven."""
    place = find_place(word) if exact else match_place(word)
    return place is not None and place.kind == "country"


def retype_known_place(sentence: list[Token], span: TaggedSpan, lexicon: Lexicon, shouted: bool) -> TaggedSpan:
    """A span tagged ORG that is exactly a gazetteer place and written in capitals
    ("ALMATY" in a dateline) is the place."""
    first, last, kind = span
    capitals = shouted or all(t.text.isupper() for t in sentence[first : last + 1] if t.is_word)
    if kind == "ORG" and capitals and is_place(sentence, first, last, lexicon) and phrase(sentence, first, last) not in known_organisations():
        return (first, last, "LOC")
    return span


def retype_known_organisation(sentence: list[Token], span: TaggedSpan) -> TaggedSpan:
    """A span tagged a place or a person that is exactly a name from the organisation and outlet
    lists ("pihak Kremlin" tagged LOC) is the organisation."""
    first, last, kind = span
    if kind != "ORG" and phrase(sentence, first, last) in known_organisations():
        return (first, last, "ORG")
    return span


def add_countries(sentence: list[Token], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """A capitalised word the model left untagged that names a country, or misspells one
    past the start of a sentence ("Perdana Menteri Amenia, Nikol Pashinyan"), is a place."""
    covered = {i for first, last, _ in spans for i in range(first, last + 1)}
    added = []
    for index, token in enumerate(sentence):
        if index in covered or not token.is_word or not token.is_capitalised or token.text.isupper():
            continue
        if _country(token.text, index == 0):
            added.append((index, index, "LOC"))
    return [*spans, *added]


def split_at_commas(sentence: list[Token], span: TaggedSpan, lexicon: Lexicon) -> list[TaggedSpan]:
    """A span across a comma is two names ("Hotel JS Luwansa , Jakarta"): the training sets
    almost never put a comma inside an entity. A part that is a gazetteer place is a place."""
    first, last, kind = span
    commas = [i for i in range(first + 1, last) if sentence[i].text == ","]
    if not commas:
        return [span]
    parts: list[TaggedSpan] = []
    start = first
    for end in [*commas, last + 1]:
        if start <= end - 1:
            part_kind = "LOC" if is_place(sentence, start, end - 1, lexicon) else kind
            parts.append((start, end - 1, part_kind))
        start = end + 1
    return parts


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
    if place_end < 0 or is_place(sentence, first, last, lexicon):
        return [span]  # "Amerika Serikat", "Kalimantan Utara": the whole span is the place
    if kind != "PER" and last - place_end < 2:
        return [span]  # a place tagged as such and one more word: more likely a longer place
    return [(first, place_end, "LOC"), (place_end + 1, last, "PER")]


def _title_before(sentence: list[Token], first: int, lexicon: Lexicon) -> bool:
    for size in range(1, MAX_PHRASE_WORDS + 1):
        if first - size >= 0 and phrase(sentence, first - size, first - 1) in lexicon.titles:
            return True
    return False


def add_organisation_runs(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    if not any(t.lower in lexicon.org_heads for t in sentence):
        return spans  # no run can open with an organisation head
    for run_first, run_last in find_runs(sentence, lexicon):
        if run_last == run_first or not is_organisation(sentence, run_first, run_first, lexicon):
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
        if crossing or any(_keeps_run_apart(s, run_first) for s in inside):
            continue  # only where the model missed (or cut short) the organisation, keeping at most a place in it
        spans = [s for s in spans if s not in inside] + [(run_first, run_last, "ORG")]
    return spans


def _keeps_run_apart(span: TaggedSpan, run_first: int) -> bool:
    """A span the model found inside an organisation run that the run does not absorb."""
    first, _, kind = span
    if kind == "ORG" and first == run_first:
        return False  # "Kementerian Pemuda | dan Olahraga": the model cut the organisation short
    return kind != "LOC" or first == run_first


def add_acronym_expansions(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    if not any(t.text == "(" for t in sentence):
        return spans
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
        if not (acronym in covered or run_tagged or is_organisation(sentence, run_first, run_first, lexicon)):
            continue  # "Bahan Bakar Minyak (BBM)": an acronym, but of no entity
        if ACRONYM_PATTERN.fullmatch(sentence[acronym].text):
            kind = types.get(acronym, "ORG")
            if not run_tagged:
                spans = [*spans, (run_first, run_last, kind)]
            if acronym not in covered:
                spans.append((acronym, acronym, kind))
    return spans
