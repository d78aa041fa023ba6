"""Read the language data files under ``telisik/language/data/<lang>/``.

Each file holds one entry a line; ``#`` starts a comment and blank lines are
skipped. Tables separate their columns with a TAB. Files are read once and cached,
so callers may ask for a lexicon on every call.

Malay (``ms``) reuses the Indonesian number, date and abbreviation data: the two
share them closely enough for a baseline, and a Malay file placed in ``data/ms/``
takes precedence over the Indonesian one.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

SUPPORTED_LANGS = ("id", "ms", "en")
_FALLBACK = {"ms": "id"}


def _read_text(lang: str, name: str) -> str | None:
    path = resources.files("telisik.language") / "data" / lang / name
    if not path.is_file():
        return None
    return path.read_text(encoding="utf-8")


def _data_lang(lang: str) -> str:
    if lang not in SUPPORTED_LANGS:
        raise ValueError(f"no language data for {lang!r}; supported: {', '.join(SUPPORTED_LANGS)}")
    return lang


@cache
def read_lines(lang: str, name: str) -> tuple[str, ...]:
    """The entries of ``data/<lang>/<name>``, comments and blank lines removed."""
    data_lang = _data_lang(lang)
    text = _read_text(data_lang, name)
    if text is None and data_lang in _FALLBACK:
        text = _read_text(_FALLBACK[data_lang], name)
    if text is None:
        raise FileNotFoundError(f"language data file data/{data_lang}/{name} is missing")
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def read_table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a TAB-separated data file, each cell stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in read_lines(lang, name))


@cache
def outlet_names() -> tuple[str, ...]:
    """News outlets and agencies as written: those of datelines (``data/id/outlets.txt``), then those
    cited as relays (``data/id/media_outlets.txt``). The lists serve every language."""
    return read_lines("id", "outlets.txt") + read_lines("id", "media_outlets.txt")


@cache
def read_set(lang: str, name: str) -> frozenset[str]:
    """The entries of a one-column data file, lower-cased, for membership tests."""
    return frozenset(line.lower() for line in read_lines(lang, name))
