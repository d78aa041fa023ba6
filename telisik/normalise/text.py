"""Clean article text: Unicode NFC, tidy whitespace, keep paragraphs; a Markdown title line; no related-article lines."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from telisik.language.lexicon import read_lines

# Characters that carry no text: zero-width spaces and joiners, the byte-order mark, soft hyphens.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_INLINE_SPACE = re.compile(r"[^\S\n]+")  # whitespace other than newlines, incl. NBSP and tabs
_BLANK_LINES = re.compile(r"\n{3,}")
_MARKDOWN_TITLE = re.compile(r"#\s+(?P<title>[^\n]+?)\s*#*\s*(?:\n|$)")


def clean_text(text: str) -> str:
    """NFC text with runs of spaces made one space, lines trimmed and at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def split_markdown_title(text: str) -> tuple[str | None, str]:
    """(title, rest) when ``text`` opens with a ``# Title`` line, else (None, text)."""
    match = _MARKDOWN_TITLE.match(text)
    if match is None:
        return None, text
    return match.group("title"), text[match.end() :].lstrip("\n")


# Languages whose related-article markers are removed from every text (the language is not known yet).
RELATED_LINK_LANGS = ("id", "en")


@cache
def _related_link() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The related-article line, and the underscore placeholder glued to the next sentence."""
    markers = sorted({m.lower() for lang in RELATED_LINK_LANGS for m in read_lines(lang, "related_links.txt")}, key=len, reverse=True)
    alternatives = "|".join(r"[ _]+".join(map(re.escape, marker.split())) for marker in markers)
    glued = "|".join("_".join(map(re.escape, marker.split())) for marker in markers if " " in marker)
    # the marker (in brackets or not), then ":" or a dash and the rest of the line, or nothing more
    line = re.compile(rf"(?im)^[(\[]?[^\S\n]*(?:{alternatives})[^\S\n]*(?:[:\-\u2013\u2014](?P<rest>[^\n]*))?$\n?")
    return line, re.compile(rf"(?im)^(?:{glued})[^\S\n]+(?=\S)")


# A related-article line longer than this (in words after its marker) is not a headline but text run
# onto the marker's line ("Baca juga: Gempa 5,1 SR Guncang Lebak Banten Berdasarkan hasil analisis BMKG,
# gempa itu merupakan …"): it loses the marker only, so that no article text is dropped with it. In the
# data at hand (../shared/data, every JSONL text) 864 of the 865 related-article lines have 1–20 words
# after the marker; the 865th is that one, with 30. Set between the two, not tuned.
MAX_RELATED_WORDS = 25


def drop_related_links(text: str) -> str:
    """``text`` without the lines that point to other articles ("Baca juga: …", "SIMAK JUGA - …",
    "READ MORE: …"; markers in ``language/data/<lang>/related_links.txt``). They carry another
    story's headline, whose names would be read as this article's. A marker glued to the next
    sentence by an underscore ("Baca_Juga Namun, …"), or opening a line far longer than a headline
    (``MAX_RELATED_WORDS``), loses the marker only."""
    line, glued = _related_link()

    def drop(match: re.Match[str]) -> str:
        rest = match.group("rest") or ""
        return rest.strip() + "\n" if len(rest.split()) > MAX_RELATED_WORDS else ""

    return _BLANK_LINES.sub("\n\n", glued.sub("", line.sub(drop, text))).strip()
