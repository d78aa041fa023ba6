"""Sentence boundaries with character offsets: ``split_sentences(text, lang)``.

A sentence ends at ``.``, ``!``, ``?``, ``…`` or ``...`` (with any closing quotes or
brackets that follow) when whitespace and then a word that is not lower case
come next; a newline always ends one. It does not end:

* after an abbreviation written before a name or number (``Jl.``, ``Dr.``, ``No.``, ``Rp.``);
* after an abbreviation that may end a sentence (``dll.``, ``Tbk.``) unless a capitalised word follows;
* after an initial (``A. Rahman``, ``J.K. Rowling``);
* inside a number (``8.000``, ``2,5``, ``11.41``): there is no whitespace after the dot;
* when the next word is lower case: ``“... negara,” kata X`` and ``“... ini.” kata dia`` go on;
* after the number or letter of a bullet line (``1. Pemerintah ...``, ``a. Menetapkan ...``).

A quotation of several sentences is split into its sentences, each keeping its quote
marks (``“Satu. Dua,” kata dia.`` → ``“Satu.`` and ``Dua,” kata dia.``), so the
attribution stays with the sentence it closes. A dateline (``JAKARTA, KOMPAS.com -``) has
no full stop to split at; each bullet or paragraph line is at least one sentence.

Abbreviations of both Indonesian and English are used for every language, because
each kind of news quotes the other (``data/*/abbreviations.txt``).
"""

from __future__ import annotations

import re
from functools import cache

from telisik.language.lexicon import read_table
from telisik.models import Sentence

_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"(?:\.{2,}|…|[.!?])+[\"'”’»)\]]*(?=\s)")
_OPENERS = "\"'“‘«([{"
_LIST_MARKER = re.compile(r"\s*[-•*]?\s*(?:\d{1,2}|[A-Za-z])[.)]")  # "1.", "a.", "- 2." opening a bullet line
_CONTINUATIONS = "(0123456789"  # after "Tbk." these go on the sentence
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "A", "J.K" (the final dot is the candidate)
_ABBREVIATION_LANGS = ("id", "en")


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    """(title abbreviations, final abbreviations), lower-cased, with their full stop."""
    rows = [row for lang in _ABBREVIATION_LANGS for row in read_table(lang, "abbreviations.txt")]
    titles = frozenset(row[0].lower() for row in rows if row[1] == "title")
    finals = frozenset(row[0].lower() for row in rows if row[1] == "final")
    return titles, finals


def split_sentences(text: str, lang: str = "id") -> list[Sentence]:
    """Sentences of ``text`` in order, trimmed of surrounding whitespace.

    Together they cover every non-space character of ``text``. ``lang`` is accepted
    for symmetry with the other readers; the rules above serve id, ms and en alike.
    """
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for end in _line_boundaries(text, line.start(), line.end()):
            sentences.extend(_trimmed(text, start, end))
            start = end
        sentences.extend(_trimmed(text, start, line.end()))
    return sentences


def _line_boundaries(text: str, start: int, end: int) -> list[int]:
    return [m.end() for m in _END.finditer(text, start, end) if _ends_sentence(text, m, start, end)]


def _ends_sentence(text: str, match: re.Match[str], line_start: int, line_end: int) -> bool:
    following = text[match.end() : line_end].lstrip()
    if not following:
        return True
    if following[0].islower():
        return False
    if match.group() != ".":
        return True  # "?", "!", an ellipsis, or a stop followed by a closing quote
    if _LIST_MARKER.fullmatch(text, line_start, match.end()):
        return False  # "1. Pemerintah ...", "a. Menetapkan ...": a numbered bullet line
    words = text[line_start : match.start()].rsplit(None, 1)
    if not words:
        return True
    word = words[-1].lstrip(_OPENERS)
    if following[0] in _CONTINUATIONS and f"{word.lower()}." in _abbreviations()[1]:
        return False  # "PT Astra International Tbk. (ASII)", "Rp. 5.000"
    return not _is_abbreviation(word)


def _is_abbreviation(word: str) -> bool:
    """Whether ``word`` + ``"."`` is an abbreviation or an initial that does not end a sentence here.

    Only called when a word that is not lower case follows, so a "final"
    abbreviation (``dll.``) is taken to end the sentence.
    """
    titles, finals = _abbreviations()
    key = f"{word.lower()}."
    if key in finals:
        return False  # "S.H." looks like initials but closes a name, and may close a sentence
    return key in titles or bool(_INITIALS.fullmatch(word))


def _trimmed(text: str, start: int, end: int) -> list[Sentence]:
    segment = text[start:end]
    stripped = segment.strip()
    if not stripped:
        return []
    left = start + (len(segment) - len(segment.lstrip()))
    return [Sentence(left, left + len(stripped))]
