"""The word lists the extract stage reads, one small file per list and language.

Files live in ``telisik/extract/data/<lang>/<name>.txt``: one entry a line, ``#`` starts
a comment, blank lines are ignored. A new language is a new folder with the same file
names. Lists are read once per process and cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from telisik.errors import ConfigError

# Languages that borrow another language's lists: Malay reads close enough to Indonesian
# for these cue words, and language detection may say "ms" for Indonesian text.
LANGUAGE_FALLBACK = {"ms": "id"}
SUPPORTED_LANGUAGES = ("id", "en")


def lexicon_language(lang: str) -> str:
    """The folder of lists to use for ``lang``; raises ConfigError for a language we lack."""
    code = LANGUAGE_FALLBACK.get(lang, lang)
    if code not in SUPPORTED_LANGUAGES:
        raise ConfigError(
            f"no extract word lists for language {lang!r}",
            hint=f"add telisik/extract/data/{lang}/ or use one of {', '.join(SUPPORTED_LANGUAGES)}",
        )
    return code


@lru_cache(maxsize=None)
def read_entries(lang: str, name: str) -> tuple[str, ...]:
    """The entries of one list, in file order, comments and blank lines removed."""
    path = resources.files("telisik.extract") / "data" / lexicon_language(lang) / f"{name}.txt"
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


@lru_cache(maxsize=None)
def word_set(lang: str, name: str) -> frozenset[str]:
    """A list as a set of lower-cased entries, for membership tests."""
    return frozenset(entry.lower() for entry in read_entries(lang, name))


@lru_cache(maxsize=None)
def keyed_entries(lang: str, name: str) -> tuple[tuple[str, str], ...]:
    """A ``key phrase`` list (``killed menewaskan``) as (key, phrase) pairs."""
    pairs = []
    for entry in read_entries(lang, name):
        key, _, phrase = entry.partition(" ")
        pairs.append((key, phrase.strip().lower()))
    return tuple(pairs)


def phrase_pattern(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
