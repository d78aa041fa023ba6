"""Corrections to the tagger's spans where a cue lexicon, or the text's own punctuation, is surer than the model.

:func:`refine_spans` runs on every tagged sentence; each step was checked against the
dev files (bench/README.md, section "entities").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from telisik.extract.ner.features import case_mode
from telisik.extract.ner.lexicon import ACRONYM_PATTERN, MAX_PHRASE_WORDS, Lexicon, known_organisations
from telisik.extract.ner.tokens import Token, find_runs, is_organisation, is_place, longest_place_prefix, phrase
from telisik.language.places import find_place, match_place

# Organisation-head runs shorter than this are left to the model where it tagged a part
# of them: the datasets split "Polda Jabar" into ORG + LOC (chosen on the dev files: with
# 2, nerui and nergrit lose 0.01 macro-F1).
MIN_ORGANISATION_RUN = 3
# A web address as one token (the tokenizer keeps inner dots): a name, dots, and a top-level domain
# the Indonesian press cites (.com, .id, .co.id, .co.uk, .net, .org, .tv; "www." optional).
WEB_DOMAIN = re.compile(r"(?:www\.)?[^\W_][\w-]*(?:\.[\w-]+)*\.(?:com|id|net|org|tv|uk)", re.IGNORECASE)


TaggedSpan = tuple[int, int, str]  # first token, last token (inclusive), type


def refine_spans(sentence: list[Token], spans: list[TaggedSpan], lexicon: Lexicon) -> list[TaggedSpan]:
    """The model's spans, corrected where the cue lexicons are surer than the model:

    1. punctuation at a span's edges is cut off, but for the ")" closing a bracket opened
       inside it ("PT Pertamina (Persero)"; a bracket the model left open before a ")" is
       closed); a person's span across a bracket, or across a dash between two names of two
       words or more, is cut there ("Joko Widodo (Jokowi)", "Prabowo Subianto - Hatta Rajasa" →
       two people); in a normally cased sentence, a span without a capital letter or digit is
       dropped ("seraya" tagged PER), a person's span starts at a capital ("miliarder Roy
       Disney") and an organisation's ends at one ("PB PASI risau") (session 5);
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
    spans = [part for span in spans for part in split_at_brackets(sentence, span)]
    mode = case_mode([t.text for t in sentence])
    if mode == "mixed":
        spans = [s for s in spans if any(t.text[0].isupper() or t.text[0].isdigit() for t in sentence[s[0] : s[1] + 1])]
        spans = [_trim_lower_edges(sentence, span) for span in spans]
    spans = [part for span in spans for part in split_at_commas(sentence, span, lexicon)]
    spans = [part for span in spans for part in split_title_place_name(sentence, span, lexicon)]
    spans = add_organisation_runs(sentence, spans, lexicon)
    spans = add_acronym_expansions(sentence, spans, lexicon)
    spans = add_countries(sentence, spans)
    spans = add_known_organisations(sentence, spans, lexicon)
    spans = add_web_domains(sentence, spans)
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


def add_web_domains(sentence: list[Token], spans: list[TaggedSpan]) -> list[TaggedSpan]:
    """A web address ("Kompas.com", "independent.co.uk", "www.telegraph.co.uk") is an organisation of its
    own (the outlet a report is cited from): untagged, it is added; a span reaching past it, or typed
    otherwise, gives way to it. In the five ner/train files, 147 of 156 such tokens are a whole ORG, never
    part of a longer entity, and the other 9 no entity (session 7). A full link ("http://x.net/a") is not a
    citation, so a domain after or before a "/" or ":" is left alone."""
    domains = [index for index, token in enumerate(sentence) if "." in token.text and len(token.text) > 3
               and WEB_DOMAIN.fullmatch(token.text) and not _in_link(sentence, index)]
    if not domains:
        return spans
    kept = [span for span in spans if not any(span[0] <= index <= span[1] for index in domains)]
    return [*kept, *((index, index, "ORG") for index in domains)]


def _in_link(sentence: list[Token], index: int) -> bool:
    """The token at ``index`` is glued to a "/" or ":" (part of a URL)."""
    before = index > 0 and sentence[index - 1].text in "/:" and sentence[index - 1].end == sentence[index].start
    after = index + 1 < len(sentence) and sentence[index + 1].text in "/:" and sentence[index + 1].start == sentence[index].end
    return before or after


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


def split_at_brackets(sentence: list[Token], span: TaggedSpan) -> list[TaggedSpan]:
    """A person's span across a bracket is cut there: "Joko Widodo ( Jokowi )" tagged as one
    person is two mentions of him, as four of the five training sets label it (before, trimming
    left "Joko Widodo ( Jokowi"); so is one across a dash between two names of two capitalised
    words or more ("Prabowo Subianto - Hatta Rajasa", a ticket: two people in idner-news-2k, nerp
    and nerui, 27 times in their training files; one span in nerugm, 12 times). Organisations and places are not cut: the sets disagree
    ("Partai Persatuan Pembangunan (PPP)" is one entity in idner-news-2k and nerugm, two in the
    others; cutting them cost idner-news-2k 0.007 and nerugm 0.014 on the dev files, session 5),
    but a bracket the model left open just before a ")" is closed ("PT Pertamina (Persero" →
    "PT Pertamina (Persero)")."""
    first, last, kind = span
    if kind != "PER":
        brackets = [sentence[i].text for i in range(first, last + 1) if sentence[i].text in "()"]
        if brackets and brackets[-1] == "(" and last + 1 < len(sentence) and sentence[last + 1].text == ")":
            return [(first, last + 1, kind)]  # "PT Pertamina (Persero": the bracket the model left open is closed
        return [span]
    parts: list[TaggedSpan] = []
    start = first
    for index in range(first, last + 1):
        if sentence[index].text in "()" or _joins_two_names(sentence, start, index, last):
            parts.append((start, index - 1, kind))
            start = index + 1
    parts.append((start, last, kind))
    return [trimmed for part in parts if (trimmed := _trim_punctuation(sentence, part)) is not None]


def _joins_two_names(sentence: list[Token], first: int, index: int, last: int) -> bool:
    """Token ``index`` is a dash between two names of two or more capitalised words each, inside a
    person's span ("Prabowo Subianto - Hatta Rajasa", a ticket of two people)."""
    if sentence[index].text not in ("-", "–") or index - first < 2 or last - index < 2:
        return False
    return all(sentence[i].is_capitalised for i in (index - 2, index - 1, index + 1, index + 2))


def _trim_punctuation(sentence: list[Token], span: TaggedSpan) -> TaggedSpan | None:
    """The span without punctuation at its edges ("Antara ." → "Antara"), None if nothing is left."""
    first, last, kind = span
    while first <= last and not sentence[first].is_word:
        first += 1
    while last >= first and not sentence[last].is_word and not _closes_bracket(sentence, first, last):
        last -= 1
    return (first, last, kind) if first <= last else None


def _trim_lower_edges(sentence: list[Token], span: TaggedSpan) -> TaggedSpan:
    """In a normally cased sentence, a person's span starts at a capital ("miliarder Roy Disney"
    → "Roy Disney") and an organisation's ends at one ("PB PASI risau" → "PB PASI"). The training
    sets almost never do otherwise (in their mixed-case sentences, a person opened by a lower-case
    word: 26 of 4,959; an organisation of two or more words closed by one: 21 of 3,752). Places
    open with "kota", "kabupaten" in two sets; trimming the ends of every type cost idner-news-2k
    and nerugm 0.005 macro-F1 each and nerui's PER F1 0.015 (session 5, dev files)."""
    first, last, kind = span
    while first < last and kind == "PER" and sentence[first].text[0].islower():
        first += 1
    while last > first and kind == "ORG" and sentence[last].text[0].islower():
        last -= 1
    return (first, last, kind)


def _closes_bracket(sentence: list[Token], first: int, last: int) -> bool:
    """Token ``last`` is a ")" whose "(" is inside the span after its first word ("PT Pertamina ( Persero )")."""
    if sentence[last].text != ")":
        return False
    opened = [i for i in range(first + 1, last) if sentence[i].text in "()"]
    return bool(opened) and sentence[opened[-1]].text == "(" and last - opened[-1] > 1


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
