from __future__ import annotations

from telisik.ingest.decoding import DecodedText
from telisik.ingest.keys import content_hash
from telisik.ingest.text import document_from_text
from telisik.models import SourceFormat

DATELINED = "JAKARTA, KOMPAS.com – Rapat paripurna DPR digelar Selasa.\n\n## Catatan\n- butir *satu*\n"


def test_the_body_is_kept_exactly_with_dateline_and_markdown() -> None:
    document = document_from_text(DecodedText(DATELINED, "utf-8"), origin="a.md", source_key="file:/a.md")
    assert document.body == DATELINED
    assert (document.format, document.title, document.outlet, document.published) == (SourceFormat.TEXT, None, None, None)
    assert document.content_hash == content_hash(DATELINED)


def test_encoding_and_url_are_carried() -> None:
    decoded = DecodedText("Kafé", "cp1252", "encoding guessed as cp1252")
    document = document_from_text(decoded, origin="https://k.example/a", source_key="https://k.example/a", url="https://k.example/a")
    assert (document.encoding, document.encoding_note, document.url) == ("cp1252", "encoding guessed as cp1252", "https://k.example/a")
