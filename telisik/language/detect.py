"""Which language a text is in: Indonesian, Malay, English or other, with a confidence.

``identify(text)`` → :class:`LanguageGuess`; ``detect_language(text)`` → its code;
``detect_paragraphs(text)`` → a :class:`~telisik.models.LanguageSpan` per paragraph.

The detector is lingua (``lingua-language-detector``) restricted to the three candidates,
so its models load in about a second (once, on first use). Around it:

1. fewer than ``MIN_WORDS`` words: ``"id"``, the corpus default, with confidence 0;
2. a text mostly in another script, or whose words are almost never an Indonesian, Malay
   or English function word (``data/<lang>/stopwords.txt``): ``"other"``, its confidence
   1 − share / ``MIN_FUNCTION_WORD_SHARE`` (1 for another script);
3. else lingua's best candidate and its confidence; when lingua prefers Malay but the
   Indonesian spellings (``bahwa``, ``karena``; ``data/id/markers.txt``) outnumber the
   Malay ones (``bahawa``, ``kerana``; ``data/ms/markers.txt``), Indonesian — the two are
   written alike, and lingua alone leans to Malay on short Indonesian text.

Per paragraph, lingua runs only where cheap evidence disagrees with the article: a
paragraph whose function words clearly belong to the article's language family takes the
article's language and confidence; other paragraphs are read on their own (and are
"other" only when in another script, or when the article is "other" and the paragraph has
few id/ms/en function words: a paragraph alone is too short for that test).
A paragraph under ``MIN_PARAGRAPH_WORDS`` words (``(adt)``, a byline) takes the article's
language with confidence 0.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from telisik.language.lexicon import read_set
from telisik.models import LanguageSpan

# Below this many words there is too little evidence; the corpus default wins (confidence 0).
MIN_WORDS = 4
# A paragraph shorter than this ("(adt / ard)", "Baca juga: ...", a byline) is too short to
# tell on its own and takes the article's language with confidence 0.
MIN_PARAGRAPH_WORDS = 8
# Fewer function words than this share of all words: not id / ms / en ("other").
# Chosen by hand on news in French, German, Spanish and Tagalog (0–3 %) against
# Indonesian and English news (20–45 %); see tests/language/test_detect.py.
MIN_FUNCTION_WORD_SHARE = 0.08
# A text whose letters are mostly outside the Latin script is "other".
MIN_LATIN_SHARE = 0.5
# lingua reads at most this many characters of an article: the cost grows with the length
# (about 0.5 ms for 400 characters, 1.6 ms for 1,500), and with the Malay-marker check 400 gave
# Indonesian for all 3,463 IndoSum articles but one (a page of JavaScript, read as English).
ARTICLE_SAMPLE_CHARS = 400
# The same for a paragraph that has to be read on its own.
PARAGRAPH_SAMPLE_CHARS = 200
# A paragraph with at least this many function words, this share of them in the article's
# family (English vs Indonesian/Malay), or with function words of that family only, is taken
# to be in the article's language without lingua.
CLEAR_FUNCTION_WORDS = 2
CLEAR_FAMILY_SHARE = 0.8
# Malay needs this many marker words more than Indonesian ones to win a tie with lingua.
MIN_MALAY_MARKERS = 2

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_LINGUA_CODES = {"INDONESIAN": "id", "MALAY": "ms", "ENGLISH": "en"}


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    lang: str  # "id", "ms", "en" or "other"
    confidence: float  # 0–1; 0 when there was too little text to tell


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    languages = (Language.INDONESIAN, Language.MALAY, Language.ENGLISH)
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str:
    """``"id"``, ``"ms"``, ``"en"`` or ``"other"`` for ``text`` (``"id"`` when in doubt)."""
    return identify(text).lang


def identify(text: str) -> LanguageGuess:
    """The language of ``text`` and the confidence in it."""
    sample = text[: 2 * ARTICLE_SAMPLE_CHARS]  # the function-word test needs no more than lingua
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return LanguageGuess("id", 0.0)
    if _is_other(sample, words):
        return LanguageGuess("other", 1.0 - _function_share(words) / MIN_FUNCTION_WORD_SHARE)
    return _lingua(text[:ARTICLE_SAMPLE_CHARS], words)


def detect_paragraphs(text: str, article: LanguageGuess | None = None) -> list[LanguageSpan]:
    """A language per paragraph (blank-line or line separated), in order, with offsets into ``text``."""
    article = article or identify(text)
    spans = []
    for match in _PARAGRAPH.finditer(text):
        for line in re.finditer(r"[^\n]+", match.group()):
            start, end = match.start() + line.start(), match.start() + line.end()
            spans.append(_paragraph(text[start:end], start, end, article))
    return spans


def _paragraph(paragraph: str, start: int, end: int, article: LanguageGuess) -> LanguageSpan:
    words = [w.lower() for w in _WORD.findall(paragraph)]
    if len(words) < MIN_PARAGRAPH_WORDS:
        return LanguageSpan(start, end, article.lang, 0.0)
    english, malay_indonesian = _family_counts(words)
    total = english + malay_indonesian
    family = "en" if article.lang == "en" else "id"
    same = english if family == "en" else malay_indonesian
    clear = (total >= CLEAR_FUNCTION_WORDS and same / total >= CLEAR_FAMILY_SHARE) or (same and same == total)
    if article.lang != "other" and clear:
        if family == "en" or not _malay_markers_win(words) or article.lang == "ms":
            return LanguageSpan(start, end, article.lang, article.confidence)
    sample = paragraph[:PARAGRAPH_SAMPLE_CHARS]
    if _is_foreign_script(sample) or (article.lang == "other" and _function_share(words) < MIN_FUNCTION_WORD_SHARE):
        return LanguageSpan(start, end, "other", 1.0 if article.lang != "other" else article.confidence)
    guess = _lingua(sample, words)  # a paragraph is too short for the function-word test of "other"
    return LanguageSpan(start, end, guess.lang, guess.confidence)


def processing_language(guess: LanguageGuess, text: str) -> str:
    """The language to read ``text`` as: the guess, or for "other" the family its function words lean to."""
    if guess.lang != "other":
        return guess.lang
    english, malay_indonesian = _family_counts([w.lower() for w in _WORD.findall(text[: 2 * ARTICLE_SAMPLE_CHARS])])
    return "en" if english > malay_indonesian else "id"


def _lingua(text: str, words: list[str]) -> LanguageGuess:
    values = {_LINGUA_CODES[v.language.name]: v.value for v in _detector().compute_language_confidence_values(text)}
    best = max(values, key=lambda code: values[code])
    if best == "ms" and not _malay_markers_win(words):
        best = "id"
    return LanguageGuess(best, round(values[best], 3))


def _malay_markers_win(words: list[str]) -> bool:
    malay = sum(1 for w in words if w in read_set("ms", "markers.txt"))
    indonesian = sum(1 for w in words if w in read_set("id", "markers.txt"))
    return malay >= MIN_MALAY_MARKERS and malay > indonesian


def _is_other(text: str, words: list[str]) -> bool:
    return _is_foreign_script(text[:ARTICLE_SAMPLE_CHARS]) or _function_share(words) < MIN_FUNCTION_WORD_SHARE


def _is_foreign_script(sample: str) -> bool:
    letters = len(_LETTER.findall(sample))
    return bool(letters) and len(_NON_LATIN.findall(sample)) / letters > 1 - MIN_LATIN_SHARE


def _function_share(words: list[str]) -> float:
    english, malay_indonesian = _family_counts(words)
    return max(english, malay_indonesian) / len(words) if words else 0.0


def _family_counts(words: list[str]) -> tuple[int, int]:
    english = read_set("en", "stopwords.txt")
    malay_indonesian = _malay_indonesian_stopwords()
    return sum(1 for w in words if w in english), sum(1 for w in words if w in malay_indonesian)


@cache
def _malay_indonesian_stopwords() -> frozenset[str]:
    return read_set("id", "stopwords.txt") | read_set("ms", "stopwords.txt")
