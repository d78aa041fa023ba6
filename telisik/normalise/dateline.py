"""The opening dateline of an Indonesian news article: ``find_dateline(text)``.

Shapes read, each ended by ``-``, ``--``, ``- -``, ``–`` or ``—``:

=====================================  ==========================  ==============
example                                shape                       outlet, place
=====================================  ==========================  ==============
``Jakarta (ANTARA) -``                 PLACE (OUTLET)              Antara, Jakarta
``JAKARTA (Pos Kota) –``               PLACE (OUTLET)              Pos Kota, Jakarta
``MATA INDONESIA, ALMATY –``           OUTLET, PLACE               Mata Indonesia, Almaty
``JAKARTA, KOMPAS.com -``              PLACE, OUTLET               Kompas.com, Jakarta
``Jakarta, CNN Indonesia --``          PLACE, OUTLET               CNN Indonesia, Jakarta
``Bisnis.com, JAKARTA--``              OUTLET, PLACE               Bisnis.com, Jakarta
``Suara.com -``                        OUTLET                      Suara.com, -
``INGGRIS -``, ``Jakarta -``           PLACE                       -, Inggris / Jakarta
=====================================  ==========================  ==============

A part is an *outlet* when it carries a web domain (``.com``, ``.co``, ``.net``, ``.id``)
or is a known outlet name (``data/id/outlets.txt``); the other part is the place.
A place written alone must be in capitals (at least ``MIN_CAPITAL_PLACE_LETTERS``
letters, so ``GO - JEK`` is not one) or, in title case, be a listed dateline place
(``data/id/dateline_places.txt``): ``Mercedes - Benz meluncurkan`` has the same
shape as ``Jakarta - Presiden``. Names come back in readable case: ``ALMATY`` →
``Almaty``, ``KOMPAS.com`` → ``Kompas.com``; short capitals such as ``DKI`` or ``CNN`` stay.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from telisik.language.lexicon import read_lines
from telisik.models import Dateline

# "GO - JEK", "KPK - ..." are not places: a capitals-only place needs this many letters.
MIN_CAPITAL_PLACE_LETTERS = 4
# Capitals-only words shorter than this stay in capitals when recased ("DKI Jakarta", "CNN").
MIN_RECASED_LETTERS = 4
# A dateline head (before the dash) longer than this is a sentence, not a dateline.
MAX_HEAD_CHARS = 70

_DASH = r"(?P<dash>\s*(?:-\s?-|–|—)\s*|\s+-\s*|-\s+)"
_PAREN = re.compile(rf"(?P<place>[^\n()]{{1,{MAX_HEAD_CHARS}}}?)\s*\((?P<outlet>[^\n()]{{2,30}})\){_DASH}")
_PAIR = re.compile(rf"(?P<first>[^\n,()–—]{{2,40}}?)\s*,\s*(?P<second>[^\n,()–—]{{2,40}}?){_DASH}")
_SINGLE = re.compile(rf"(?P<head>[^\n,()–—]{{2,40}}?){_DASH}")
_DOMAIN = re.compile(r"\w\.(?:com|co|net|id|org|tv)\b", re.IGNORECASE)
_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:[ ,/]+(?:[A-Z][\w.'’-]*|\d{1,2}))*")
_CAPITALS = re.compile(r"[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*)*")
_TRAILING_DATE = re.compile(r"[\s,]*\d{1,2}\s*/\s*\d{1,2}$")  # "Jeddah, Saudi Arabia, 27 / 11 (Antara)"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class DatelineMatch:
    """A dateline found at the start of a text, and where the body begins."""

    dateline: Dateline
    body_start: int


@cache
def _outlets() -> dict[str, str]:
    return {name.casefold(): name for name in read_lines("id", "outlets.txt")}


@cache
def _places() -> frozenset[str]:
    return frozenset(read_lines("id", "dateline_places.txt"))


@cache
def _rubrics() -> frozenset[str]:
    return frozenset(name.casefold() for name in read_lines("id", "rubrics.txt"))


def find_dateline(text: str) -> DatelineMatch | None:
    """The dateline opening ``text``, or None when the text starts with the story itself."""
    offset = len(text) - len(text.lstrip())
    for read in (_read_paren, _read_pair, _read_single):
        found = read(text, offset)
        if found is not None:
            return found
    return None


def _matched(text: str, match: re.Match[str], outlet: str | None, place: str | None) -> DatelineMatch:
    written = text[match.start() : match.end("dash")].strip()
    return DatelineMatch(Dateline(outlet=outlet, place=place, text=written), match.end())


def _read_paren(text: str, offset: int) -> DatelineMatch | None:
    match = _PAREN.match(text, offset)
    if match is None:
        return None
    place = _TRAILING_DATE.sub("", _clean(match.group("place")).rstrip(", "))
    if not _PLACE.fullmatch(place):
        return None
    outlet = _clean(match.group("outlet"))
    if not _is_outlet(outlet, prefix_ok=True):  # "Komisi Pemberantasan Korupsi (KPK) – ..." is a sentence
        return None
    return _matched(text, match, readable(outlet), readable(place))


def _read_pair(text: str, offset: int) -> DatelineMatch | None:
    match = _PAIR.match(text, offset)
    if match is None:
        return None
    first, second = _clean(match.group("first")), _clean(match.group("second"))
    if _is_outlet(first) and _is_place(second):
        return _matched(text, match, readable(first), readable(second))
    if _is_outlet(second) and _is_place(first):
        return _matched(text, match, readable(second), readable(first))
    if _is_capitals_place(first) and _is_capitals_place(second):  # "NUSA DUA, BALI –"
        return _matched(text, match, None, readable(f"{first}, {second}"))
    return None


def _read_single(text: str, offset: int) -> DatelineMatch | None:
    match = _SINGLE.match(text, offset)
    if match is None:
        return None
    head = _clean(match.group("head"))
    if _is_outlet(head):
        return _matched(text, match, readable(head), None)
    if head.casefold() in _rubrics():
        return None
    if _is_capitals_place(head) or head in _places():
        return _matched(text, match, None, readable(head))
    return None


def _clean(part: str) -> str:
    return _SPACES.sub(" ", part).strip()


def _is_outlet(part: str, prefix_ok: bool = False) -> bool:
    """A domain or a known outlet; with ``prefix_ok`` also "ANTARA Bews" or "AntaraKL"."""
    folded = part.casefold()
    if _DOMAIN.search(part) or folded in _outlets():
        return True
    return prefix_ok and any(folded.startswith(known) for known in _outlets())


def _is_place(part: str) -> bool:
    return bool(_PLACE.fullmatch(part)) and not _is_outlet(part)


def _is_capitals_place(part: str) -> bool:
    letters = sum(ch.isalpha() for ch in part)
    if letters < MIN_CAPITAL_PLACE_LETTERS or part.casefold() in _rubrics():
        return False
    return bool(_CAPITALS.fullmatch(part))


def readable(name: str) -> str:
    """``name`` in the case a reader expects: a known outlet as it writes itself, capitals recased."""
    known = _outlets().get(name.casefold())
    if known is not None:
        return known
    return " ".join(_readable_word(word) for word in name.split(" "))


def _readable_word(word: str) -> str:
    if _DOMAIN.search(word):  # "KOMPAS.com" → "Kompas.com", "REPUBLIKA.CO.ID" → "Republika.co.id"
        label, _, rest = word.partition(".")
        return f"{_readable_word(label) if label.isupper() else label}.{rest.lower()}"
    letters = sum(ch.isalpha() for ch in word)
    if word.isupper() and letters >= MIN_RECASED_LETTERS:
        return "-".join(part.capitalize() for part in word.split("-"))
    return word
