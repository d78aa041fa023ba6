from __future__ import annotations

import codecs
import random

import pytest

from telisik.errors import BinaryInput, EmptyInput, TooLarge, UndecodableText
from telisik.ingest.decoding import CONTROL_SHARE_LIMIT, decode_bytes, reject_binary

CAP = 100_000
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
ARTICLE = (
    "SURABAYA – Kebakaran melanda Pasar Keputran pada Kamis dini hari. "
    "Petugas pemadam kebakaran mengerahkan 12 unit mobil untuk memadamkan api.\n"
)
CP1252_SAMPLES = [
    "Café — “kutipan”",
    "Menurut juru bicara, “situasi sudah terkendali” — kata dia di kafé dekat alun-alun.",
]


def random_bytes(count: int, *, seed: int = 7, low: int = 0) -> bytes:
    generator = random.Random(seed)
    return bytes(generator.randrange(low, 256) for _ in range(count))


def test_utf8_is_decoded_as_is() -> None:
    decoded = decode_bytes(ARTICLE.encode("utf-8"), max_bytes=CAP)
    assert (decoded.text, decoded.encoding, decoded.note) == (ARTICLE, "utf-8", None)


def test_utf8_bom_is_dropped() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + "Kafé di Ubud".encode("utf-8"), max_bytes=CAP)
    assert (decoded.text, decoded.encoding, decoded.note) == ("Kafé di Ubud", "utf-8", None)


@pytest.mark.parametrize("data", [b"", b" ", b"\n\n\t  \r\n", codecs.BOM_UTF8 + b"  \n"])
def test_empty_or_whitespace_only_is_refused(data: bytes) -> None:
    with pytest.raises(EmptyInput):
        decode_bytes(data, max_bytes=CAP)


def test_unicode_whitespace_only_is_refused() -> None:
    with pytest.raises(EmptyInput):
        decode_bytes("\u00a0\u3000\u2003\n".encode("utf-8"), max_bytes=CAP)


def test_over_the_cap_is_refused_before_anything_else() -> None:
    with pytest.raises(TooLarge, match="over the cap of 100"):
        decode_bytes(b"\x00" * (CAP + 1), max_bytes=CAP)


def test_exactly_the_cap_is_accepted() -> None:
    assert len(decode_bytes(b"a" * CAP, max_bytes=CAP).text) == CAP


@pytest.mark.parametrize(
    "data",
    [
        PNG_HEADER + random_bytes(4000),
        b"%PDF-1.7\n" + random_bytes(2000, seed=3),
        ARTICLE.encode("utf-8") + b"\x00" + ARTICLE.encode("utf-8"),
        # no NUL at all, but control bytes far beyond any text
        b"abc\x01\x02\x03\x04\x05\x06def" * 50,
    ],
    ids=["png", "pdf", "text-with-nul", "control-bytes"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInput):
        decode_bytes(data, max_bytes=CAP)


def test_a_few_control_bytes_in_text_are_tolerated() -> None:
    text = ARTICLE * 4 + "\x1b[0m"  # a stray terminal escape in a pasted article
    decoded = decode_bytes(text.encode("utf-8"), max_bytes=CAP)
    assert decoded.text == text
    reject_binary(text.encode("utf-8"))  # does not raise
    assert CONTROL_SHARE_LIMIT < 0.11  # random data has about 11 % control bytes


def test_binary_check_only_sniffs_the_start() -> None:
    decoded = decode_bytes(ARTICLE.encode("utf-8") * 200 + b"\x00", max_bytes=CAP)
    assert decoded.text.endswith("\x00")


@pytest.mark.parametrize("text", CP1252_SAMPLES)
def test_windows_1252_is_guessed_and_noted(text: str) -> None:
    decoded = decode_bytes(text.encode("cp1252"), max_bytes=CAP)
    assert decoded.text == text
    assert decoded.encoding in ("cp1252", "windows-1252")
    assert decoded.note is not None and "guessed" in decoded.note


def test_stray_bytes_in_utf8_are_replaced_and_counted() -> None:
    data = "Kafé kecil di Jalan Braga — ramai pengunjung. ".encode("utf-8") * 3 + b"\xff" + b" Harga kopi Rp25.000."
    decoded = decode_bytes(data, max_bytes=CAP)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 1
    assert "Kafé kecil" in decoded.text and decoded.text.endswith("Rp25.000.")
    assert decoded.note == "invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"


def test_replacement_characters_already_in_the_text_are_not_counted() -> None:
    data = "Teks rusak dari sumber: \ufffd\ufffd — é".encode("utf-8") * 5 + b"\xfe"
    assert decode_bytes(data, max_bytes=CAP).note == "invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"


def test_mostly_invalid_bytes_with_no_fitting_encoding_are_undecodable() -> None:
    data = random_bytes(3000, seed=11, low=0x80)  # high bytes only: no control bytes, no text
    with pytest.raises(UndecodableText, match="no encoding fits"):
        decode_bytes(data, max_bytes=CAP)


def test_utf16_with_bom_is_text_not_binary() -> None:
    text = "Berita dari Medan: hujan es turun di Berastagi."
    decoded = decode_bytes(text.encode("utf-16"), max_bytes=CAP)
    assert (decoded.text, decoded.encoding) == (text, "utf-16")


@pytest.mark.parametrize(
    ("data", "declared", "text", "encoding", "noted"),
    [
        ("Café — “kutipan”".encode("cp1252"), "windows-1252", "Café — “kutipan”", "cp1252", False),
        # WHATWG: a declared ISO-8859-1 means windows-1252
        ("Café — “kutipan”".encode("cp1252"), "ISO-8859-1", "Café — “kutipan”", "cp1252", False),
        ("Kafé".encode("utf-8"), "utf-8", "Kafé", "utf-8", False),
        (codecs.BOM_UTF8 + "Kafé".encode("utf-8"), "UTF-8", "Kafé", "utf-8", False),
        # a wrong declaration falls back to sniffing
        ("Café — “kutipan”".encode("cp1252"), "utf-8", "Café — “kutipan”", "cp1252", True),
        ("Kafé".encode("utf-8"), "x-no-such-charset", "Kafé", "utf-8", False),
    ],
)
def test_declared_charset_comes_first(data: bytes, declared: str, text: str, encoding: str, noted: bool) -> None:
    decoded = decode_bytes(data, max_bytes=CAP, declared_charset=declared)
    assert (decoded.text, decoded.encoding, decoded.note is not None) == (text, encoding, noted)


def test_declared_charset_does_not_bypass_the_binary_check() -> None:
    with pytest.raises(BinaryInput):
        decode_bytes(PNG_HEADER + random_bytes(500), max_bytes=CAP, declared_charset="iso-8859-1")
