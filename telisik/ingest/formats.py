"""Which reader a file or an HTTP response goes to.

A known file extension decides; otherwise (an unknown extension, or an HTTP
response) the ``Content-Type`` and then the first characters of the text do.
"""

from __future__ import annotations

import re
from pathlib import Path

from telisik.models import SourceFormat

SUFFIX_FORMATS = {
    ".txt": SourceFormat.TEXT,
    ".text": SourceFormat.TEXT,
    ".md": SourceFormat.TEXT,
    ".markdown": SourceFormat.TEXT,
    ".jsonl": SourceFormat.JSONL,
    ".html": SourceFormat.HTML,
    ".htm": SourceFormat.HTML,
    ".xhtml": SourceFormat.HTML,
    ".xml": SourceFormat.FEED,
    ".rss": SourceFormat.FEED,
    ".atom": SourceFormat.FEED,
}

FEED_CONTENT_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
# Feeds are often served as generic XML; other XML is not a format we read, and
# failing it as a malformed feed says more than ingesting its markup as text.
XML_CONTENT_TYPES = frozenset({"application/xml", "text/xml"})
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Only the start of a document is sniffed; a root element comes well before this.
SNIFF_CHARACTERS = 2048

_PROLOGUE = r"\A\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*"
FEED_START = re.compile(_PROLOGUE + r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)
HTML_START = re.compile(_PROLOGUE + r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def format_for_path(path: Path, text: str) -> SourceFormat:
    """The format a file's extension names, else what its content looks like."""
    known = SUFFIX_FORMATS.get(path.suffix.lower())
    return known if known is not None else sniff_format(text)


def format_for_response(content_type: str, text: str) -> SourceFormat:
    """The format of an HTTP body: the media type first, then the content.

    ``content_type`` is the bare media type (``text/html``), lower-cased.
    """
    if content_type in FEED_CONTENT_TYPES:
        return SourceFormat.FEED
    if content_type in HTML_CONTENT_TYPES:
        return SourceFormat.HTML
    if content_type in XML_CONTENT_TYPES:
        return SourceFormat.HTML if HTML_START.match(text[:SNIFF_CHARACTERS]) else SourceFormat.FEED
    return sniff_format(text)


def sniff_format(text: str) -> SourceFormat:
    """FEED or HTML when the text opens like one, else TEXT."""
    start = text[:SNIFF_CHARACTERS]
    if FEED_START.match(start):
        return SourceFormat.FEED
    if HTML_START.match(start):
        return SourceFormat.HTML
    return SourceFormat.TEXT
