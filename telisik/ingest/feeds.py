"""RSS / Atom feeds → one document per entry.

Only what the feed itself carries is read: an entry's content, or its summary when
it has no content. Many feeds carry only a teaser; fetching the full article behind
each link is a separate, explicit step (``telisik ingest URL``), so that polling a
feed never turns into crawling a site.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

import feedparser

from telisik.errors import InputError, MalformedInput, NoTextFound
from telisik.ingest.decoding import DecodedText
from telisik.ingest.html import html_fragment_to_text
from telisik.ingest.keys import canonical_url, content_hash
from telisik.ingest.published import published_from_struct
from telisik.models import IngestFailure, RawDocument, SourceFormat

# The text was already decoded by our rules; this tells feedparser so, overriding
# whatever encoding the XML declaration claims.
DECODED_FEED_HEADERS = {"content-type": "application/xml; charset=utf-8"}


def documents_from_feed(
    decoded: DecodedText, *, origin: str, feed_url: str | None = None
) -> Iterator[RawDocument | IngestFailure]:
    """One document, or one failure, per entry of the feed in ``decoded``.

    A feed with no entries yields nothing: an empty feed is normal when polling.

    Raises:
        MalformedInput: the feed is broken (bozo) and no entry could be recovered.
    """
    parsed = parse_feed(decoded.text, feed_url)
    outlet = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        entry_origin = f"{origin}#{number}"
        try:
            yield document_from_entry(entry, decoded, origin=entry_origin, outlet=outlet)
        except InputError as err:
            yield IngestFailure(entry_origin, err.code, str(err))


def parse_feed(text: str, feed_url: str | None = None) -> feedparser.FeedParserDict:
    """Parse with feedparser, from a stream so it never treats the text as a URL to open.

    ``feed_url`` (when the feed was fetched) resolves relative entry links.

    Raises:
        MalformedInput: feedparser flagged the feed as broken and found no entries.
    """
    headers = dict(DECODED_FEED_HEADERS)
    if feed_url:
        headers["content-location"] = feed_url
    parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")), response_headers=headers)
    if parsed.bozo and not parsed.entries:
        reason = parsed.get("bozo_exception", "unknown error")
        raise MalformedInput(f"not a readable RSS or Atom feed: {reason}")
    return parsed


def document_from_entry(
    entry: Mapping[str, Any], decoded: DecodedText, *, origin: str, outlet: str | None
) -> RawDocument:
    """The document one feed entry describes.

    Raises:
        NoTextFound: the entry has neither content nor summary text.
        MalformedInput: the entry has neither a link nor an id to key it by.
    """
    body = entry_text(entry)
    if not body:
        raise NoTextFound("the feed entry has no content or summary text")
    link = entry.get("link") or None
    entry_id = entry.get("id") or None
    if link is None and entry_id is None:
        raise MalformedInput("the feed entry has neither a link nor an id")
    title = entry.get("title") or None
    return RawDocument(
        source_key=canonical_url(link) if link else f"doc:{entry_id}",
        content_hash=content_hash(body, title),
        format=SourceFormat.FEED,
        body=body,
        origin=origin,
        url=link,
        external_id=entry_id,
        title=title,
        outlet=outlet,
        published=_entry_published(entry),
        encoding=decoded.encoding,
        encoding_note=decoded.note,
    )


def entry_text(entry: Mapping[str, Any]) -> str:
    """The entry's full content if it has text, else its summary, flattened to text.

    Content that is only markup (an image, an embed) falls through to the summary.
    """
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        text = _detail_text(detail) if detail else ""
        if text:
            return text
    return ""


def _detail_text(detail: Mapping[str, Any]) -> str:
    """A feedparser text construct as plain text; HTML is flattened, plain text stripped."""
    value: str = detail.get("value") or ""
    is_html = "html" in (detail.get("type") or "")
    return html_fragment_to_text(value) if is_html else value.strip()


def _entry_published(entry: Mapping[str, Any]) -> datetime | None:
    """When the entry says it was published, else last updated; feeds often give only one."""
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    return published_from_struct(moment) if moment else None
