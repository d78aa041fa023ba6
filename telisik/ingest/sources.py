"""Source strings (paths, directories, URLs) → documents, one item at a time.

:func:`read_sources` is the stage's one entry point. It is the edge where item
errors are translated: every reader below raises :class:`InputError` subclasses,
and an item that fails becomes an :class:`IngestFailure` while the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from telisik.errors import InputError
from telisik.ingest.decoding import decode_bytes
from telisik.ingest.feeds import documents_from_feed
from telisik.ingest.files import file_source_key, read_capped, walk_files
from telisik.ingest.formats import format_for_path, format_for_response
from telisik.ingest.html import document_from_html
from telisik.ingest.jsonl import documents_from_jsonl
from telisik.ingest.keys import canonical_url
from telisik.ingest.text import document_from_text
from telisik.ingest.web import Revalidation, build_client, fetch
from telisik.models import IngestFailure, RawDocument, SourceFormat
from telisik.settings import Settings

URL_SCHEMES = ("http://", "https://")
MISSING_SOURCE_HINT = "check the path; a URL must start with http:// or https://"

Item = RawDocument | IngestFailure


def read_sources(
    sources: Iterable[str], settings: Settings, client: httpx.Client | None = None,
    revalidation: Revalidation | None = None,
) -> Iterator[RawDocument | IngestFailure]:
    """Yield a document for everything readable in ``sources``, a failure for the rest.

    Each source is a file, a directory (walked recursively in sorted order, hidden
    entries skipped) or an http(s) URL. Nothing raises for a bad item. URLs are
    fetched with ``client``; without one, a default client is built from
    ``settings`` on the first URL and closed when the iteration ends. With
    ``revalidation`` the fetches are conditional (:class:`~telisik.ingest.web.Revalidation`):
    a URL that answers 304 yields nothing.
    """
    owned_client: httpx.Client | None = None
    try:
        for source in sources:
            if source.lower().startswith(URL_SCHEMES):
                if client is None:
                    client = owned_client = build_client(settings)
                yield from _translated(source, read_url(source, client, settings, revalidation))
            else:
                yield from _translated(source, read_path(Path(source), settings))
    finally:
        if owned_client is not None:
            owned_client.close()


def read_path(path: Path, settings: Settings) -> Iterator[Item]:
    """Every document in a file, or in each file under a directory.

    Raises:
        InputError: nothing exists at ``path``. A file under a directory that cannot
            be read becomes a failure here, so the walk goes on.
    """
    if _is_directory(path):
        for file in walk_files(path):
            yield from _translated(str(file), read_file(file, settings))
    else:
        yield from _translated(str(path), read_file(path, settings))


def _is_directory(path: Path) -> bool:
    """Whether ``path`` is a directory; a path that names nothing is an input error.

    Raises:
        InputError: nothing exists at ``path`` (that includes a string with a NUL
            byte), or ``stat`` is refused (a directory without search permission).
    """
    try:
        exists, is_directory = path.exists(), path.is_dir()
    except OSError as err:
        raise InputError(f"cannot examine the path: {err.strerror or err}", hint=MISSING_SOURCE_HINT) from None
    if not exists:
        raise InputError("no such file or directory", hint=MISSING_SOURCE_HINT)
    return is_directory


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    """Decode one file and pass it to the reader its extension (or content) calls for.

    Raises:
        InputError: the file as a whole cannot be read or decoded.
    """
    decoded = decode_bytes(read_capped(path, settings.max_document_bytes), max_bytes=settings.max_document_bytes)
    origin = str(path)
    source_format = format_for_path(path, decoded.text)
    if source_format is SourceFormat.JSONL:
        yield from documents_from_jsonl(decoded, origin=origin)
    elif source_format is SourceFormat.FEED:
        yield from documents_from_feed(decoded, origin=origin)
    elif source_format is SourceFormat.HTML:
        yield document_from_html(decoded, origin=origin, page_url=None, fallback_key=file_source_key(path))
    else:
        yield document_from_text(decoded, origin=origin, source_key=file_source_key(path))


def read_url(
    url: str, client: httpx.Client, settings: Settings, revalidation: Revalidation | None = None
) -> Iterator[Item]:
    """Fetch one URL and read it as the feed, HTML page or text it turns out to be (nothing if unmodified).

    Raises:
        InputError: the fetch failed, or the body cannot be decoded or read.
    """
    page = fetch(url, client, max_bytes=settings.max_document_bytes, revalidation=revalidation)
    if page is None:
        return
    decoded = decode_bytes(page.body, max_bytes=settings.max_document_bytes, declared_charset=page.charset)
    source_format = format_for_response(page.content_type, decoded.text)
    if source_format is SourceFormat.FEED:
        yield from documents_from_feed(decoded, origin=url, feed_url=page.url)
    elif source_format is SourceFormat.HTML:
        yield document_from_html(decoded, origin=url, page_url=page.url, fallback_key=canonical_url(page.url))
    else:
        yield document_from_text(decoded, origin=url, source_key=canonical_url(page.url), url=page.url)


def _translated(origin: str, items: Iterator[Item]) -> Iterator[Item]:
    """Drain one source's reader, turning an :class:`InputError` into a failure for ``origin``.

    The readers are generators, so their errors surface here, during iteration.
    Per-line and per-entry failures are yielded by the readers themselves; what
    arrives here is an error about the source as a whole.
    """
    try:
        yield from items
    except InputError as err:
        yield IngestFailure(origin, err.code, str(err))
