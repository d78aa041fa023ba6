"""Clean article text: Unicode NFC, tidy whitespace, keep paragraphs; a Markdown title line."""

from __future__ import annotations

import re
import unicodedata

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
