"""The people, organisations and places of a story, each one entity however it is written.

The extract stage links mentions inside one article (acronym ↔ expansion, surname →
full name); this module links them across the articles of a story:

1. **collect** every body mention (surface, the article's canonical form, type, span)
   and every dateline place; drop single ordinary words ("Para", "Media", "Ada": words
   the corpus mostly writes in lower case) unless they are acronyms or known outlets;
2. **places** — a LOC mention, or any mention that is exactly a country or region name,
   is looked up in the gazetteer (:mod:`telisik.language.places`), forgiving one typo in
   a long name (``Amenia`` → Armenia); Indonesian and English names of one place
   (``Rusia``, ``Russia``; ``Moskow``, ``Moscow``) land on one entity with its kind,
   country and coordinates;
3. **people** — a one-word name joins the full name whose last word it is, and names
   one typo apart are one (``Tokayeva`` ~ ``Tokayev``, ``Kassym-Jomart Tokayeva`` ~
   ``Kassym-Jomart Tokayev``); the canonical name is the commonest full form;
4. **organisations** — the acronym ↔ expansion pairs the articles made, and an
   organisation named with and without its country (``Kementerian Dalam Negeri`` and
   ``Kementerian Dalam Negeri Kazakhstan``) are one; outlets and agencies (a list, a quote
   relayed through them, or a cue such as "media lokal, Kazakh") are ``kind="media"``;
5. **datelines** — the dateline place is recorded apart (``dateline_of``): the newsroom
   (Bisnis.com in Jakarta) is not where the event happened, unless the body names it too;
6. **one name, one entity** — the same name typed differently in two places of a story
   is one entity; its type is LOC for a gazetteer place, ORG for a media organisation,
   PER for a full name typed PER anywhere, else the type most of its mentions have.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from telisik.language.lexicon import outlet_names, read_set
from telisik.language.places import Place, find_place, match_place, within_one_edit
from telisik.language.wordclasses import is_ordinary_word
from telisik.models import AnalysedArticle, CanonicalEntity, Span

ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# Names shorter than this are never matched with a typo ("Ali" ~ "Ari" are two people).
TYPO_MIN_LENGTH = 6
# How far before a mention a media cue may stand: "Media lokal, Kazakh" (13 characters).
MEDIA_CUE_WINDOW = 30


@dataclass(slots=True)
class _Group:
    type: str
    names: Counter[str] = field(default_factory=Counter)
    mentions: list[Span] = field(default_factory=list)
    place: Place | None = None
    media: bool = False
    dateline_of: set[int] = field(default_factory=set)


def link_entities(members: Sequence[AnalysedArticle], lang: str = "id") -> tuple[CanonicalEntity, ...]:
    """The story's canonical entities, the most mentioned first (see the module docstring)."""
    groups: dict[tuple[str, str], _Group] = {}
    relays = {_key(name) for m in members for q in m.extraction.quotes for name in q.via}
    for member in members:
        _collect_body(member, groups, relays)
        _collect_dateline(member, groups)
    parent = {key: key for key in groups}
    for a, b in _merge_pairs(groups):
        _union(parent, a, b)
    merged: dict[tuple[str, str], list[_Group]] = {}
    for key in groups:
        merged.setdefault(_find(parent, key), []).append(groups[key])
    entities = [_entity(parts) for parts in merged.values()]
    return tuple(sorted(entities, key=lambda e: (-len(e.mentions), e.type, e.name)))


# --------------------------------------------------------------------------- collecting


def _collect_body(member: AnalysedArticle, groups: dict[tuple[str, str], _Group], relays: set[str]) -> None:
    text = member.article.text
    for mention in member.extraction.entities:
        surface = " ".join(mention.text.split())
        if _is_ordinary(surface):
            continue
        place = _place_for(surface, mention.type)
        # An outlet, a relay of a quote, or a name after "media lokal," is a media
        # organisation whatever type the tagger gave it ("Kazakh" as a person).
        media = place is None and (
            _is_outlet(surface) or _key(surface) in relays or _after_media_cue(text, mention.start)
        )
        entity_type = "LOC" if place is not None else "ORG" if media else mention.type
        name = place.name if place is not None else " ".join(mention.canonical.split())
        group = groups.setdefault((entity_type, _key(name)), _Group(entity_type))
        group.names[surface] += 1
        group.mentions.append(Span(member.article.id, mention.start, mention.end))
        group.place = place
        group.media = group.media or media


def _collect_dateline(member: AnalysedArticle, groups: dict[tuple[str, str], _Group]) -> None:
    dateline = member.article.dateline
    if dateline is None or not dateline.place:
        return
    place = match_place(dateline.place)
    name = place.name if place is not None else dateline.place.title()
    group = groups.setdefault(("LOC", _key(name)), _Group("LOC"))
    group.place = place
    group.dateline_of.add(member.article.id)
    group.names[dateline.place.title() if dateline.place.isupper() else dateline.place] += 0


def _place_for(surface: str, entity_type: str) -> Place | None:
    """The gazetteer place of a LOC mention (typos forgiven), or of any mention that is
    exactly a country or region ("Rusia" tagged as an organisation is still Russia)."""
    if entity_type == "LOC":
        return match_place(surface)
    exact = find_place(surface)
    return exact if exact is not None and exact.kind in ("country", "region") else None


def _is_ordinary(surface: str) -> bool:
    """A single ordinary word ("Para", "Media"), not an acronym or an outlet."""
    return (
        " " not in surface
        and not ACRONYM.fullmatch(surface)
        and not _is_outlet(surface)
        and is_ordinary_word(surface)
    )


def _after_media_cue(text: str, start: int) -> bool:
    before = _key(text[max(0, start - MEDIA_CUE_WINDOW) : start]).rstrip(" ,:")
    return any(before.endswith(cue) for cue in _media_cues())


@cache
def _media_cues() -> tuple[str, ...]:
    return tuple(sorted(read_set("id", "media_cues.txt"), key=len, reverse=True))


@cache
def _outlets() -> frozenset[str]:
    return frozenset(_squash(name) for name in outlet_names())


def _is_outlet(surface: str) -> bool:
    return _squash(surface) in _outlets()


def _squash(name: str) -> str:
    """ "The Guardian", "TheGuardian" and "the guardian" alike: lower case, no "the", no spaces."""
    lowered = _key(name)
    lowered = lowered.removeprefix("the ").removeprefix("the") if lowered.startswith("the") else lowered
    return lowered.replace(" ", "")


def _key(name: str) -> str:
    return " ".join(name.lower().split())


# --------------------------------------------------------------------------- merging


def _merge_pairs(groups: dict[tuple[str, str], _Group]) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    keys = list(groups)
    pairs: list[tuple[tuple[str, str], tuple[str, str]]] = []
    people = [k for k in keys if k[0] == "PER"]
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if _same_person(a[1], b[1]):
                pairs.append((a, b))
    organisations = [k for k in keys if k[0] == "ORG"]
    for i, a in enumerate(organisations):
        for b in organisations[i + 1 :]:
            if _same_organisation(a[1], b[1]):
                pairs.append((a, b))
    # A name typed PER somewhere and ORG or LOC elsewhere is the person ("Kassym-Jomart
    # Tokayev" as ORG in "kediaman Presiden Kassym-Jomart Tokayev dan kantor walikota").
    for key in keys:
        if key[0] != "PER" and groups[key].place is None:
            person = next((p for p in people if _same_person(p[1], key[1]) and " " in p[1]), None)
            if person is not None:
                pairs.append((person, key))
    # One name in one story is one entity, whatever types the tagger gave it ("Almaty" as
    # LOC and ORG, "Kazakh" as ORG after "media lokal," and PER after "menurut").
    first_of_name: dict[str, tuple[str, str]] = {}
    for key in keys:
        if key[1] in first_of_name:
            pairs.append((first_of_name[key[1]], key))
        else:
            first_of_name[key[1]] = key
    return pairs


def _same_person(a: str, b: str) -> bool:
    """Full name and surname, or one typo apart: "tokayev" ~ "kassym-jomart tokayeva"."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) == len(words_b):
        return all(_same_word(x, y) for x, y in zip(words_a, words_b))
    short, long_ = (words_a, words_b) if len(words_a) < len(words_b) else (words_b, words_a)
    return len(short) == 1 and _same_word(short[0], long_[-1])


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= TYPO_MIN_LENGTH and within_one_edit(a, b))


def _same_organisation(a: str, b: str) -> bool:
    """One name is the other plus a trailing country: "kementerian dalam negeri (kazakhstan)"."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if not long_.startswith(short + " ") or " " not in short:
        return False
    tail = find_place(long_[len(short) + 1 :])
    return tail is not None and tail.kind == "country"


def _find(parent: dict[tuple[str, str], tuple[str, str]], key: tuple[str, str]) -> tuple[str, str]:
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def _union(parent: dict[tuple[str, str], tuple[str, str]], a: tuple[str, str], b: tuple[str, str]) -> None:
    root_a, root_b = _find(parent, a), _find(parent, b)
    if root_a != root_b:
        parent[root_b] = root_a


# --------------------------------------------------------------------------- the entity


def _entity(parts: list[_Group]) -> CanonicalEntity:
    names: Counter[str] = Counter()
    for part in parts:
        names.update(part.names)
        names.update({name: 0 for name in part.names})
    place = next((p.place for p in parts if p.place is not None), None)
    entity_type = _entity_type(parts, place)
    mentions = tuple(sorted({span for p in parts for span in p.mentions}, key=lambda s: (s.article_id, s.start)))
    name = _canonical_name(entity_type, names, place)
    media = any(p.media for p in parts)
    return CanonicalEntity(
        name=name,
        type=entity_type,
        aliases=tuple(sorted(n for n in names if n != name)),
        mentions=mentions,
        kind=place.kind if place is not None else ("media" if media else None),
        country=place.country if place is not None else None,
        latitude=place.latitude if place is not None else None,
        longitude=place.longitude if place is not None else None,
        dateline_of=tuple(sorted({a for p in parts for a in p.dateline_of})),
    )


def _entity_type(parts: list[_Group], place: Place | None) -> str:
    """A gazetteer place is LOC, a media organisation ORG, a full name typed PER anywhere
    is PER; otherwise the type most of the mentions have."""
    if place is not None:
        return "LOC"
    if any(p.media for p in parts):
        return "ORG"
    if any(p.type == "PER" and any(" " in n for n in p.names) for p in parts):
        return "PER"
    types = Counter({p.type: 0 for p in parts})
    for part in parts:
        types[part.type] += max(len(part.mentions), 1)
    return max(types, key=lambda t: (types[t], t == "PER"))


def _canonical_name(entity_type: str, names: Counter[str], place: Place | None) -> str:
    """The place's gazetteer name; an acronym for an organisation that has one; else the
    commonest of the longest forms (a full name over a surname)."""
    if place is not None:
        return place.name
    if entity_type == "ORG":
        acronyms = [n for n in names if ACRONYM.fullmatch(n)]
        if acronyms:
            return max(acronyms, key=lambda n: (names[n], n))
    most_words = max(len(n.split()) for n in names)
    surnames = Counter({n: c for n, c in names.items() if " " not in n})

    def support(name: str) -> tuple[int, int, str]:
        # the form written most often, counting the surname mentions that agree with it
        # ("Kassym-Jomart Tokayev" over "Kassym-Jomart Tokayeva": five "Tokayev")
        return names[name] + surnames[name.split()[-1]], -len(name), name

    return max((n for n in names if len(n.split()) == most_words), key=support)
