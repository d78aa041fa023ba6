from __future__ import annotations

from pathlib import Path

import pytest

from telisik.ingest.formats import format_for_path, format_for_response, sniff_format
from telisik.models import SourceFormat

RSS = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel></channel></rss>'
ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>Kabar</title></feed>'
HTML = "<!DOCTYPE html>\n<html><body><p>Berita</p></body></html>"
TEXT = "JAKARTA – Harga beras naik lagi."


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.txt", HTML, SourceFormat.TEXT),  # the extension wins
        ("a.MD", TEXT, SourceFormat.TEXT),
        ("a.jsonl", "{}", SourceFormat.JSONL),
        ("a.html", TEXT, SourceFormat.HTML),
        ("a.HTM", HTML, SourceFormat.HTML),
        ("a.xml", RSS, SourceFormat.FEED),
        ("a.rss", RSS, SourceFormat.FEED),
        ("a.atom", ATOM, SourceFormat.FEED),
        ("BACAAN", TEXT, SourceFormat.TEXT),  # no extension: sniffed
        ("arsip.dat", HTML, SourceFormat.HTML),
        ("umpan", RSS, SourceFormat.FEED),
    ],
)
def test_format_for_path(name: str, text: str, expected: SourceFormat) -> None:
    assert format_for_path(Path(name), text) is expected


@pytest.mark.parametrize(
    ("content_type", "text", "expected"),
    [
        ("text/html", TEXT, SourceFormat.HTML),
        ("application/xhtml+xml", HTML, SourceFormat.HTML),
        ("application/rss+xml", RSS, SourceFormat.FEED),
        ("application/atom+xml", ATOM, SourceFormat.FEED),
        ("text/xml", RSS, SourceFormat.FEED),
        ("application/xml", "<urlset></urlset>", SourceFormat.FEED),  # fails later as a malformed feed
        ("application/xml", HTML, SourceFormat.HTML),
        ("text/plain", TEXT, SourceFormat.TEXT),
        ("", ATOM, SourceFormat.FEED),
        ("application/octet-stream", HTML, SourceFormat.HTML),
    ],
)
def test_format_for_response(content_type: str, text: str, expected: SourceFormat) -> None:
    assert format_for_response(content_type, text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\ufeff  <!-- arsip -->\n<rss>", SourceFormat.FEED),
        ('<rdf:RDF xmlns:rdf="x">', SourceFormat.FEED),
        ("<HTML><HEAD>", SourceFormat.HTML),
        ("<body><p>x</p></body>", SourceFormat.HTML),
        ("Teks biasa yang menyebut <html> di tengah kalimat.", SourceFormat.TEXT),
        ("<rsstext>", SourceFormat.TEXT),
    ],
)
def test_sniff_format(text: str, expected: SourceFormat) -> None:
    assert sniff_format(text) is expected
