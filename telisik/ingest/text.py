"""Plain text and Markdown → one document, body exactly as written.

The dateline (``JAKARTA, KOMPAS.com –``) and everything else is read by the
normalise stage; here the text is only decoded and keyed.
"""

from __future__ import annotations

from telisik.ingest.decoding import DecodedText
from telisik.ingest.keys import content_hash
from telisik.models import RawDocument, SourceFormat


def document_from_text(decoded: DecodedText, *, origin: str, source_key: str, url: str | None = None) -> RawDocument:
    """A TEXT document: no title, outlet or date, since plain text declares none."""
    return RawDocument(
        source_key=source_key,
        content_hash=content_hash(decoded.text),
        format=SourceFormat.TEXT,
        body=decoded.text,
        origin=origin,
        url=url,
        encoding=decoded.encoding,
        encoding_note=decoded.note,
    )
