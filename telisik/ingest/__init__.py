"""Stage 1: sources → raw documents.

Reads files (plain text, Markdown, JSONL, HTML, RSS/Atom), directories of them, and
http(s) URLs, and yields one :class:`~telisik.models.RawDocument` per document found,
or an :class:`~telisik.models.IngestFailure` for an item that could not be read.
The batch never stops for a bad item.

One module per concern, in the order a source passes through them::

    sources    read_sources: route each source, translate errors into failures
    files      walk directories, read a file within the size cap
    web        fetch a URL through an injected httpx.Client, within the size cap
    decoding   bytes → text (empty, binary, UTF-8, repaired, guessed encodings)
    formats    which reader a file or response goes to
    text       plain text / Markdown → one document
    jsonl      ../shared/data JSON Lines → one document per line
    html       an HTML page → its markup, metadata and main-text hash (trafilatura)
    feeds      an RSS/Atom feed → one document per entry (feedparser)
    keys       source keys and content hashes: what makes ingest idempotent
    published  declared publication times → datetime
"""

from telisik.ingest.sources import read_sources

__all__ = ["read_sources"]
