from __future__ import annotations

import pytest

from telisik.errors import MalformedInput
from telisik.ingest.keys import canonical_url, content_hash, normalise_for_hash


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Www.Kompas.Example/Read/2024/03/05/banjir", "https://www.kompas.example/Read/2024/03/05/banjir"),
        ("https://berita.example/a#komentar", "https://berita.example/a"),
        ("https://berita.example:443/a", "https://berita.example/a"),
        ("http://berita.example:80/a", "http://berita.example/a"),
        ("http://berita.example:8080/a", "http://berita.example:8080/a"),
        ("https://berita.example/a/", "https://berita.example/a"),
        ("https://berita.example/", "https://berita.example/"),
        ("https://berita.example", "https://berita.example/"),
        ("https://berita.example/a?utm_source=fb&utm_medium=social", "https://berita.example/a"),
        ("https://berita.example/a?id=7&fbclid=IwAR0x&page=2", "https://berita.example/a?id=7&page=2"),
        ("https://berita.example/a?gclid=abc&UTM_Campaign=x&q=banjir%20bekasi", "https://berita.example/a?q=banjir%20bekasi"),
        ("https://berita.example/a?page=2&id=7", "https://berita.example/a?page=2&id=7"),  # order kept
        ("https://[2001:DB8::1]:443/a", "https://[2001:db8::1]/a"),
        ("  https://berita.example/a  ", "https://berita.example/a"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize("url", ["berita.example/a", "/daerah/banjir", "https://", "https://berita.example:99999/a"])
def test_canonical_url_rejects_what_is_not_an_absolute_url(url: str) -> None:
    with pytest.raises(MalformedInput):
        canonical_url(url)


def test_canonical_url_is_idempotent() -> None:
    once = canonical_url("HTTP://Berita.Example:80/a/b/?utm_term=x&k=1#top")
    assert canonical_url(once) == once == "http://berita.example/a/b?k=1"


TEXT = "JAKARTA – Hujan deras mengguyur ibu kota.\n\nBanjir setinggi 50 cm merendam jalan."


@pytest.mark.parametrize(
    "reformatted",
    [
        TEXT.replace("\n\n", "\n"),
        "  " + TEXT.replace(" ", "  ") + "\n",
        TEXT.replace("\n\n", " \r\n\t "),
    ],
)
def test_content_hash_ignores_whitespace_changes(reformatted: str) -> None:
    assert content_hash(reformatted, "Banjir di Jakarta") == content_hash(TEXT, "Banjir di Jakarta")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (TEXT.replace("50 cm", "60 cm"), "Banjir di Jakarta"),
        (TEXT, "Banjir di Jakarta Meluas"),
        (TEXT, None),
        (TEXT.replace("Hujan", "hujan"), "Banjir di Jakarta"),
    ],
)
def test_content_hash_changes_when_the_words_change(text: str, title: str | None) -> None:
    assert content_hash(text, title) != content_hash(TEXT, "Banjir di Jakarta")


def test_content_hash_is_nfc_insensitive_and_hex() -> None:
    composed, decomposed = "Kafe caf\u00e9", "Kafe cafe\u0301"
    digest = content_hash(composed)
    assert digest == content_hash(decomposed)
    assert len(digest) == 64 and int(digest, 16) >= 0


def test_title_and_text_cannot_trade_words() -> None:
    assert content_hash("b c", "a") != content_hash("c", "a b")


def test_normalise_for_hash() -> None:
    assert normalise_for_hash("  satu\n\tdua   tiga ") == "satu dua tiga"
