"""JSON Lines in the ``../shared/data`` document format → one document per line.

Each line is ``{"id", "text", "lang"?, "published"?, "title"?, "outlet"?, "url"?}``.
A bad line becomes a failure with origin ``path:LINENO`` and the rest of the file
is still read: one broken record must not cost a whole corpus.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from telisik.errors import InputError, MalformedInput, NoTextFound
from telisik.ingest.decoding import DecodedText
from telisik.ingest.keys import canonical_url, content_hash
from telisik.ingest.published import parse_iso_published
from telisik.models import IngestFailure, RawDocument, SourceFormat

OPTIONAL_TEXT_FIELDS = ("lang", "title", "outlet", "url", "published")


def documents_from_jsonl(decoded: DecodedText, *, origin: str) -> Iterator[RawDocument | IngestFailure]:
    """One document, or one failure, per non-blank line of ``decoded``."""
    for number, line in enumerate(decoded.text.splitlines(), start=1):
        if not line.strip():
            continue  # blank lines (a trailing newline, a separator) hold no record
        line_origin = f"{origin}:{number}"
        try:
            yield document_from_line(line, decoded, origin=line_origin)
        except InputError as err:
            yield IngestFailure(line_origin, err.code, str(err))


def document_from_line(line: str, decoded: DecodedText, *, origin: str) -> RawDocument:
    """Build the document one JSONL line describes.

    The key is the canonical ``url`` when the record has one, so the same article
    from a feed and from a corpus is stored once; else ``doc:`` and the ``id``.

    Raises:
        MalformedInput: not JSON, not an object, no ``text`` or no ``id``/``url``, or
            a field of the wrong type.
        NoTextFound: ``text`` is blank.
    """
    record = _parse_object(line)
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedInput('the record has no "text" string')
    if not text.strip():
        raise NoTextFound('the record\'s "text" is blank')
    fields = _optional_text_fields(record)
    external_id = _record_id(record)
    url = fields["url"]
    if url is None and external_id is None:
        raise MalformedInput('the record has neither "id" nor "url"')
    return RawDocument(
        source_key=canonical_url(url) if url else f"doc:{external_id}",
        content_hash=content_hash(text, fields["title"]),
        format=SourceFormat.JSONL,
        body=text,
        origin=origin,
        url=url,
        external_id=external_id,
        title=fields["title"],
        outlet=fields["outlet"],
        published=parse_iso_published(fields["published"]) if fields["published"] else None,
        lang=fields["lang"],
        encoding=decoded.encoding,
        encoding_note=decoded.note,
    )


def _parse_object(line: str) -> Mapping[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise MalformedInput(f"not valid JSON: {err.msg} at column {err.colno}") from None
    if not isinstance(record, dict):
        raise MalformedInput(f"a JSON {type(record).__name__}, not an object")
    return record


def _record_id(record: Mapping[str, Any]) -> str | None:
    """The record's ``id`` as a string; corpora use both ``"a1"`` and ``17``."""
    value = record.get("id")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        raise MalformedInput(f'"id" must be a non-empty string or an integer, got {value!r}')
    return str(value)


def _optional_text_fields(record: Mapping[str, Any]) -> dict[str, str | None]:
    """The optional string fields, None when absent, null or empty."""
    fields: dict[str, str | None] = {}
    for name in OPTIONAL_TEXT_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise MalformedInput(f'"{name}" must be a string, got {value!r}')
        fields[name] = value or None
    return fields
