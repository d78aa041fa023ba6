from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import hypothesis
import pytest
from hypothesis import strategies as st

from telisik.errors import InputError, NoTextFound
from telisik.ingest.decoding import DecodedText
from telisik.ingest.html import document_from_html, extract_main_text, html_fragment_to_text
from telisik.ingest.keys import content_hash
from telisik.models import RawDocument, SourceFormat

WIB = timezone(timedelta(hours=7))

PARAGRAPH = (
    "<p>PALU – Gempa bermagnitudo 5,1 mengguncang Kabupaten Sigi, Sulawesi Tengah, pada Jumat malam. "
    "Badan Meteorologi mencatat pusat gempa berada di darat pada kedalaman sepuluh kilometer dan "
    "warga sempat berhamburan keluar rumah.</p>"
)


def from_html(markup: str, page_url: str | None = None) -> RawDocument:
    return document_from_html(
        DecodedText(markup, "utf-8"), origin="halaman.html", page_url=page_url, fallback_key="file:/tmp/halaman.html"
    )


@pytest.fixture
def article(fixtures: Path) -> RawDocument:
    return from_html((fixtures / "artikel.html").read_text(encoding="utf-8"))


def test_the_body_is_the_markup_for_the_normalise_stage(article: RawDocument, fixtures: Path) -> None:
    assert article.format is SourceFormat.HTML
    assert article.body == (fixtures / "artikel.html").read_text(encoding="utf-8")


def test_main_text_without_boilerplate(fixtures: Path) -> None:
    text = extract_main_text((fixtures / "artikel.html").read_text(encoding="utf-8"), None).text or ""
    assert "LEBAK – Sebuah jembatan gantung" in text
    assert "ujarnya kepada wartawan" in text
    for boilerplate in ("Beranda", "Baca juga", "Hak cipta"):
        assert boilerplate not in text


def test_the_hash_follows_the_main_text_not_the_page_around_it(article: RawDocument, fixtures: Path) -> None:
    markup = (fixtures / "artikel.html").read_text(encoding="utf-8")
    new_chrome = markup.replace("Harga cabai naik menjelang Ramadan", "Pasar murah digelar di alun-alun")
    new_chrome = new_chrome.replace("<footer>Hak cipta © 2024", "<footer>Hak cipta © 2025")
    corrected = markup.replace("dua warga mengalami luka ringan", "tiga warga mengalami luka ringan")
    assert from_html(new_chrome).content_hash == article.content_hash
    assert from_html(corrected).content_hash != article.content_hash


def test_metadata_from_the_page(article: RawDocument) -> None:
    assert article.title == "Jembatan Gantung Putus di Lebak, Dua Warga Luka"
    assert article.outlet == "Suara Lebak"
    assert article.published == datetime(2024, 2, 14, 16, 30, tzinfo=WIB)


def test_a_saved_page_is_keyed_by_its_canonical_url(article: RawDocument) -> None:
    assert article.url == "https://suaralebak.example/daerah/jembatan-gantung-putus"
    assert article.source_key == "https://suaralebak.example/daerah/jembatan-gantung-putus"


def test_without_canonical_url_a_file_keeps_its_file_key() -> None:
    document = from_html(f"<html><head><title>Gempa Sigi</title></head><body>{PARAGRAPH}</body></html>")
    assert (document.source_key, document.url, document.outlet) == ("file:/tmp/halaman.html", None, None)


def test_a_fetched_page_falls_back_to_its_url_and_host() -> None:
    document = from_html(f"<html><body>{PARAGRAPH}</body></html>", page_url="https://kabar.example/gempa-sigi/?utm_source=x")
    assert document.url == "https://kabar.example/gempa-sigi/?utm_source=x"
    assert document.source_key == "https://kabar.example/gempa-sigi"
    assert document.outlet == "kabar.example"


def test_a_saved_page_with_a_relative_canonical_link_keeps_its_file_key() -> None:
    markup = f'<html><head><link rel="canonical" href="/berita/gempa-sigi"></head><body>{PARAGRAPH}</body></html>'
    document = from_html(markup)
    assert (document.source_key, document.url) == ("file:/tmp/halaman.html", None)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>   </p><div>\n</div></body></html>",
        "<html><head><title>Indeks</title></head><body></body></html>",
        "<<<>>> <<< >>>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_a_page_without_article_text_is_no_text_found(markup: str) -> None:
    with pytest.raises(NoTextFound):
        from_html(markup)


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>Warga Sigi mengungsi ke tenda darurat <b>setelah gempa <div><p>kedua",
        "<html><body><div><div><div>" + PARAGRAPH.replace("</p>", "") + "</span></td></tr>",
        "<html><body>" + PARAGRAPH + "</html></body></html><p>sisa",
        "</p></div>" + PARAGRAPH + "<!-- komentar tidak ditutup",
        "<html>\x0b\x0c<body>&&&;;;<p>&#xZZ; &nosuch; Teks dengan entitas rusak tetap teks.</p>",
        "<?xml version='1.0' encoding='latin-1'?><html><body>" + PARAGRAPH + "</body></html>",
    ],
)
def test_malformed_html_yields_text_or_a_clear_failure(markup: str) -> None:
    try:
        extracted = extract_main_text(markup, None)
        document = from_html(markup)
    except InputError as err:
        assert err.code in ("E105", "E106")
    else:
        assert (extracted.text or "").strip()
        assert document.content_hash == content_hash(extracted.text or "", extracted.title)


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("<p>Satu <b>dua</b></p><p>tiga<br>empat</p>", "Satu dua\ntiga\nempat"),
        ("<p>Teks</p><script>alert(1)</script><style>p{}</style>", "Teks"),
        ("Ringkasan   tanpa\n  tag", "Ringkasan tanpa\ntag"),
        ("<ul><li>satu</li><li>dua</li></ul>", "satu\ndua"),
        ("<img src='x.jpg'>", ""),
        ("   ", ""),
        ("<p>Rp5.000 &amp; &lt;diskon&gt;</p>", "Rp5.000 & <diskon>"),
    ],
)
def test_html_fragment_to_text(fragment: str, expected: str) -> None:
    assert html_fragment_to_text(fragment) == expected


MARKUP_PIECES = ["<p>", "</p>", "<div", ">", "</", "<!--", "-->", "<html>", "<body>", "&amp", ";", "'", '"', "=", "\n"]
MARKUP_PIECES += ["Warga Sigi ", "mengungsi ke tenda darurat setelah gempa. ", "<script>", "<?xml ?>", "\x0c"]


@hypothesis.settings(max_examples=60, deadline=None)
@hypothesis.given(st.lists(st.sampled_from(MARKUP_PIECES), max_size=40).map("".join))
@hypothesis.example("<body><script><html>")  # an assertion inside lxml, via htmldate, found by this test
def test_any_markup_yields_text_or_an_input_error(markup: str) -> None:
    try:
        extracted = extract_main_text(markup, None)
        from_html(markup)
    except InputError:
        return
    assert (extracted.text or "").strip()
