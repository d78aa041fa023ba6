"""Token features for the CRF tagger.

Every token is described by strings ("w=tokayev", "s3=yev", "sh=Xx", "c=412"), built
so that the model keeps working when case is gone or shouting:

* **case-free** features — the lower-cased word, its prefixes and suffixes, its word
  class (:mod:`telisik.language.wordclasses`), how often the corpus capitalises it, and
  membership in the gazetteers (places, titles, organisation heads and names, common
  words), all read off the lower-cased word;
* **case** features — the word's shape, and the *case mode* of its sentence (``lower``
  for NERP-style text, ``upper`` for a shouted headline, ``mixed`` for normal prose),
  so the model learns how far to trust shape in each mode;
* **context** — the same, for the words one and two positions away, and word bigrams.

Features of a word at an offset depend only on the word, so they are cached per
(word, offset): a sentence's features are mostly list concatenation, which keeps the
tagger above 100 articles a second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from telisik.extract.lexicons import word_set
from telisik.language.places import tagger_place_aliases
from telisik.language.wordclasses import word_classes

# Longest gazetteer phrase looked up, in words ("Asia Bagian Tenggara" is 3).
MAX_GAZETTEER_WORDS = 3
# The gazetteers whose multi-word entries are marked on the words they cover, in this order.
PHRASE_GAZETTEERS = ("pl", "ti", "on", "oh")
ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
CACHE_SIZE = 200_000


@lru_cache(maxsize=CACHE_SIZE)
def word_shape(token: str) -> str:
    """Xx, X, x, d, Xd, x. ... collapsed: "Tokayev" → Xx, "CSTO" → X, "6/1" → d/d."""
    shape: list[str] = []
    for char in token:
        if char.isupper():
            kind = "X"
        elif char.islower():
            kind = "x"
        elif char.isdigit():
            kind = "d"
        else:
            kind = char
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)[:6]


def case_mode(tokens: Sequence[str]) -> str:
    """How the sentence is cased: ``lower``, ``upper`` or ``mixed``."""
    letters = [t for t in tokens if t[:1].isalpha()]
    if len(letters) >= 3 and all(t.islower() for t in letters):
        return "lower"
    if len(letters) >= 3 and sum(t.isupper() for t in letters) >= 0.8 * len(letters):
        return "upper"
    return "mixed"


def _capitalisation_bucket(percent: int) -> str:
    if percent >= 90:
        return "hi"
    if percent >= 50:
        return "mid"
    if percent >= 10:
        return "lo"
    return "no"


@lru_cache(maxsize=1)
def _gazetteers() -> dict[str, frozenset[str]]:
    return {
        "ti": word_set("id", "person_titles") | word_set("en", "person_titles"),
        "oh": word_set("id", "org_heads") | word_set("en", "org_heads"),
        "on": word_set("id", "org_names") | word_set("en", "org_names"),
        "ot": word_set("id", "org_tails") | word_set("en", "org_tails"),
        "lh": word_set("id", "loc_heads") | word_set("en", "loc_heads"),
        "lc": word_set("id", "loc_cues"),
        "cw": word_set("id", "common_words"),
        "pl": tagger_place_aliases() | word_set("id", "places") | word_set("en", "places"),
    }


@lru_cache(maxsize=CACHE_SIZE)
def word_features(token: str, clusters: bool = True) -> tuple[str, ...]:
    """The features of ``token`` at the position being tagged."""
    lower = token.lower()
    features = [
        "b",
        f"w={lower}",
        f"p2={lower[:2]}",
        f"p3={lower[:3]}",
        f"s2={lower[-2:]}",
        f"s3={lower[-3:]}",
        f"s4={lower[-4:]}",
        f"sh={word_shape(token)}",
        f"len={min(len(token), 12)}",
    ]
    if ACRONYM.fullmatch(token):
        features.append("acr")
    if "-" in token:
        features.append("hyph")
    features.extend(_lexical(lower, clusters, ""))
    return tuple(features)


def _lexical(lower: str, clusters: bool, prefix: str) -> list[str]:
    features = [f"{prefix}g{name}" for name, words in _gazetteers().items() if lower in words]
    found = word_classes("id").get(lower)
    if found is None:
        features.append(f"{prefix}cap=unk")
    else:
        features.append(f"{prefix}cap={_capitalisation_bucket(found.capitalised)}")
        if clusters:
            features.append(f"{prefix}c={found.fine}")
            features.append(f"{prefix}k={found.coarse}")
    return features


@lru_cache(maxsize=CACHE_SIZE)
def context_features(token: str, offset: int, clusters: bool = True) -> tuple[str, ...]:
    """The features ``token`` lends to the word ``offset`` positions away from it."""
    lower = token.lower()
    prefix = f"{offset:+d}"
    features = [f"{prefix}w={lower}", f"{prefix}sh={word_shape(token)}"]
    if abs(offset) == 1:
        features.append(f"{prefix}s3={lower[-3:]}")
        features.extend(_lexical(lower, clusters, prefix))
    else:
        found = word_classes("id").get(lower) if clusters else None
        if found is not None:
            features.append(f"{prefix}k={found.coarse}")
    return tuple(features)


# The padding features of a word near a sentence edge, by offset.
_PADS = {offset: f"{offset:+d}pad" for offset in (-2, -1, 1, 2)}


def sentence_features(tokens: Sequence[str], clusters: bool = True) -> list[list[str]]:
    """One feature list per token of one sentence."""
    mode = case_mode(tokens)
    lowered = [t.lower() for t in tokens]
    phrase_marks = _phrase_marks(lowered)
    size = len(tokens)
    # each token's features as a neighbour, by offset (cached per word)
    around = {offset: [context_features(token, offset, clusters) for token in tokens] for offset in (-2, -1, 1, 2)}
    rows: list[list[str]] = []
    for index, token in enumerate(tokens):
        row = list(word_features(token, clusters))
        shape = word_shape(token)
        row.append(f"m={mode}")
        row.append(f"sh|m={shape}|{mode}")
        if index == 0:
            row.append("first")
            row.append(f"first|sh={shape}")
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < size:
                row.extend(around[offset][other])
            else:
                row.append(_PADS[offset])
        if index > 0:
            row.append(f"bi-={lowered[index - 1]}|{lowered[index]}")
        if index + 1 < size:
            row.append(f"bi+={lowered[index]}|{lowered[index + 1]}")
        row.extend(phrase_marks[index])
        rows.append(row)
    return rows


@lru_cache(maxsize=1)
def _phrase_openers() -> dict[str, frozenset[str]]:
    """The first words of each gazetteer's multi-word entries, to skip hopeless starts."""
    return {
        name: frozenset(entry.split()[0] for entry in words if " " in entry)
        for name, words in _gazetteers().items()
    }


def _phrase_marks(lowered: list[str]) -> list[list[str]]:
    """Multi-word gazetteer hits: "gpB"/"gpI" on the words of "asia tengah", "gtB"/... ."""
    marks: list[list[str]] = [[] for _ in lowered]
    openers = _phrase_starts()
    hits = [(start, names) for start, word in enumerate(lowered) if (names := openers.get(word))]
    if not hits:
        return marks
    gazetteers = _gazetteers()
    # by gazetteer, then by start, as the marks were always ordered
    for name in PHRASE_GAZETTEERS:
        words = gazetteers[name]
        for start, names in hits:
            if name not in names:
                continue
            for size in range(MAX_GAZETTEER_WORDS, 1, -1):
                if start + size <= len(lowered) and " ".join(lowered[start : start + size]) in words:
                    marks[start].append(f"g{name}B")
                    for inner in range(start + 1, start + size):
                        marks[inner].append(f"g{name}I")
                    break
    return marks


@lru_cache(maxsize=1)
def _phrase_starts() -> dict[str, frozenset[str]]:
    """Each word that opens a multi-word entry → the gazetteers it opens one in."""
    starts: dict[str, set[str]] = {}
    for name, words in _phrase_openers().items():
        if name in PHRASE_GAZETTEERS:
            for word in words:
                starts.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in starts.items()}
