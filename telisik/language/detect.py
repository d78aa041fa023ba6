"""Which language a text is in: ``detect_language(text)`` → ``"id"``, ``"ms"`` or ``"en"``.

A baseline by counting function words (``data/<lang>/stopwords.txt``):

1. fewer than ``MIN_WORDS`` words, or no function word at all: ``"id"``, the corpus default;
2. more English function words than Indonesian/Malay ones: ``"en"``;
3. otherwise Malay when its marker spellings (``bahawa``, ``kerana``, ``selepas``,
   ``kerajaan``; ``data/ms/markers.txt``) occur at least ``MIN_MALAY_MARKERS`` times
   and outnumber the Indonesian counterparts (``bahwa``, ``karena``, ``setelah``);
   else ``"id"``.

Indonesian and Malay share most function words, so step 3 is what tells them apart;
a short Malay text without marker words is read as Indonesian.
"""

from __future__ import annotations

import re
from functools import cache

from telisik.language.lexicon import read_set

# Below this many words there is too little evidence; the corpus default wins.
MIN_WORDS = 4
# Two marker words: one "kerana" may be a quoted Malay source inside Indonesian news.
MIN_MALAY_MARKERS = 2

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def detect_language(text: str) -> str:
    """``"id"``, ``"ms"`` or ``"en"`` for ``text`` (``"id"`` when in doubt)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return "id"
    english = _count(words, read_set("en", "stopwords.txt"))
    malay_indonesian = _count(words, _malay_indonesian_stopwords())
    if english > malay_indonesian:
        return "en"
    malay_markers = _count(words, read_set("ms", "markers.txt"))
    indonesian_markers = _count(words, read_set("id", "markers.txt"))
    if malay_markers >= MIN_MALAY_MARKERS and malay_markers > indonesian_markers:
        return "ms"
    return "id"


@cache
def _malay_indonesian_stopwords() -> frozenset[str]:
    return read_set("id", "stopwords.txt") | read_set("ms", "stopwords.txt")


def _count(words: list[str], lexicon: frozenset[str]) -> int:
    return sum(1 for word in words if word in lexicon)
