"""Bytes → text, for files of every format and for HTTP bodies.

The rules run in this order; each one is a test in ``tests/ingest/test_decoding.py``:

1. more than ``max_bytes`` → :class:`TooLarge` (files are refused from ``stat``
   before this, see :mod:`telisik.ingest.files`);
2. nothing but whitespace → :class:`EmptyInput`;
3. a UTF-16 byte-order mark → UTF-16 (Windows "Unicode" text holds NUL bytes, so
   this must come before the binary check);
4. NUL bytes, or many control characters, near the start → :class:`BinaryInput`;
5. a charset declared by the HTTP ``Content-Type`` header, if it decodes cleanly;
6. valid UTF-8, with or without BOM;
7. UTF-8 with a few stray bytes → decoded with U+FFFD replacements, noted;
8. a legacy 8-bit encoding guessed by charset_normalizer, noted as guessed;
9. anything else → :class:`UndecodableText`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer

from telisik.errors import BinaryInput, EmptyInput, TooLarge, UndecodableText

# Like git and file(1), judge "binary" from the start of the data only.
SNIFF_BYTES = 8192

# C0 control bytes that never occur in text, in any 8-bit encoding or in UTF-8
# (tab, newlines, vertical tab and form feed are whitespace and allowed).
CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0b\x0c") + b"\x7f"

# Real text has no such control bytes; random or compressed data has about 11 %
# (29 of 256 byte values). 5 % sits far from both.
CONTROL_SHARE_LIMIT = 0.05

# Up to this share of U+FFFD per decoded character, UTF-8 with stray bytes is still
# worth reading as UTF-8; beyond it the text is too damaged to analyse.
REPLACEMENT_SHARE_LIMIT = 0.05

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)

# charset_normalizer names the first of several code pages that give identical text
# (often cp1250). When cp1252 is among them we name it: it is what Windows writes for
# Indonesian and English, and the decoded text is the same either way.
PREFERRED_CODE_PAGE = "cp1252"

# WHATWG Encoding Standard: these labels mean windows-1252 on the web.
LATIN1_LABELS = frozenset({"iso8859-1", "latin-1", "ascii"})

# A complete multi-byte UTF-8 sequence: evidence that the data was written as UTF-8.
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

REPLACEMENT_CHARACTER = "\ufffd"
ENCODED_REPLACEMENT_CHARACTER = REPLACEMENT_CHARACTER.encode("utf-8")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text with the encoding it was read in, and a note when that was not certain."""

    text: str
    encoding: str
    note: str | None = None


def decode_bytes(data: bytes, *, max_bytes: int, declared_charset: str | None = None) -> DecodedText:
    """Turn ``data`` into text by the rules in the module docstring.

    Raises:
        TooLarge, EmptyInput, BinaryInput, UndecodableText: see the module docstring.
    """
    if len(data) > max_bytes:
        raise TooLarge(f"{len(data):,} bytes, over the cap of {max_bytes:,}")
    if not data.strip():
        raise EmptyInput("no content, or only whitespace")
    if data.startswith(UTF16_BOMS):
        return _require_text(_decode_utf16(data))
    reject_binary(data)
    declared = _decode_declared(data, declared_charset) if declared_charset else None
    return _require_text(declared or _decode_undeclared(data))


def reject_binary(data: bytes) -> None:
    """Raise :class:`BinaryInput` when the start of ``data`` is not text.

    Raises:
        BinaryInput: a NUL byte, or more than ``CONTROL_SHARE_LIMIT`` control bytes,
            in the first ``SNIFF_BYTES``.
    """
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        raise BinaryInput("contains NUL bytes")
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if controls > CONTROL_SHARE_LIMIT * len(sample):
        raise BinaryInput(f"{controls} control bytes in the first {len(sample)}")


def _decode_utf16(data: bytes) -> DecodedText:
    try:
        return DecodedText(data.decode("utf-16"), "utf-16")
    except UnicodeDecodeError as err:
        raise UndecodableText(f"starts with a UTF-16 byte-order mark but is not UTF-16: {err.reason}") from None


def _decode_declared(data: bytes, charset: str) -> DecodedText | None:
    """Decode with the charset a server declared, or None if it is unknown or does not fit.

    A wrong declaration is common (servers default to ISO-8859-1), so a misfit falls
    back to sniffing instead of failing the document.
    """
    try:
        name = codecs.lookup(charset).name
    except LookupError:
        return None
    if name in LATIN1_LABELS:
        name = PREFERRED_CODE_PAGE
    if name == "utf-8":
        name = "utf-8-sig"  # a BOM is not part of the text
    try:
        return DecodedText(data.decode(name), _display_name(name))
    except UnicodeDecodeError:
        return None


def _decode_undeclared(data: bytes) -> DecodedText:
    """Rules 6–9: UTF-8, repaired UTF-8, a guessed code page, or give up."""
    try:
        return DecodedText(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass  # not clean UTF-8: decide below between repairing it and guessing
    repaired = data.decode("utf-8-sig", errors="replace")
    replaced = repaired.count(REPLACEMENT_CHARACTER) - data.count(ENCODED_REPLACEMENT_CHARACTER)
    mostly_utf8 = UTF8_MULTIBYTE.search(data) is not None
    if mostly_utf8 and replaced <= REPLACEMENT_SHARE_LIMIT * len(repaired):
        return DecodedText(repaired, "utf-8", _replacement_note(replaced))
    guessed = _guess_code_page(data)
    if guessed is not None:
        return guessed
    if replaced <= REPLACEMENT_SHARE_LIMIT * len(repaired):
        return DecodedText(repaired, "utf-8", _replacement_note(replaced))
    raise UndecodableText(
        f"not UTF-8 ({replaced} invalid byte sequences in {len(repaired)} characters) and no encoding fits"
    )


def _guess_code_page(data: bytes) -> DecodedText | None:
    """charset_normalizer's best guess, or None when no encoding gives sensible text."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    encoding = PREFERRED_CODE_PAGE if PREFERRED_CODE_PAGE in best.could_be_from_charset else best.encoding
    return DecodedText(data.decode(encoding), encoding, f"encoding guessed as {encoding} (not valid UTF-8)")


def _replacement_note(replaced: int) -> str:
    return f"invalid UTF-8: {replaced} byte sequence(s) replaced with U+FFFD"


def _display_name(codec_name: str) -> str:
    return "utf-8" if codec_name == "utf-8-sig" else codec_name


def _require_text(decoded: DecodedText) -> DecodedText:
    """Whitespace outside ASCII (NBSP, ideographic space) is still no content."""
    if not decoded.text.strip():
        raise EmptyInput("no content, or only whitespace")
    return decoded
