from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from telisik.errors import MalformedInput, NoTextFound
from telisik.ingest.decoding import DecodedText
from telisik.ingest.feeds import documents_from_feed, entry_text
from telisik.models import IngestFailure, RawDocument, SourceFormat


def read_feed(text: str, feed_url: str | None = None) -> list[RawDocument | IngestFailure]:
    return list(documents_from_feed(DecodedText(text, "utf-8"), origin="umpan.xml", feed_url=feed_url))


def rss(*items: str, title: str = "Kabar Pesisir") -> str:
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>{"".join(items)}</channel></rss>'


@pytest.fixture
def two_entries(fixtures: Path) -> list[RawDocument | IngestFailure]:
    return read_feed((fixtures / "kabar_dua_entri.xml").read_text(encoding="utf-8"))


def test_a_feed_with_two_entries_gives_two_documents(two_entries: list[RawDocument | IngestFailure]) -> None:
    assert all(isinstance(item, RawDocument) for item in two_entries)
    first, second = two_entries
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert [d.format for d in (first, second)] == [SourceFormat.FEED, SourceFormat.FEED]
    assert [d.outlet for d in (first, second)] == ["Kabar Pesisir", "Kabar Pesisir"]
    assert [d.origin for d in (first, second)] == ["umpan.xml#1", "umpan.xml#2"]
    assert [d.external_id for d in (first, second)] == ["kp-1001", "kp-1002"]


def test_entry_content_is_preferred_and_flattened(two_entries: list[RawDocument | IngestFailure]) -> None:
    first = two_entries[0]
    assert isinstance(first, RawDocument)
    assert first.title == "Rob Genangi Permukiman Nelayan di Pekalongan"
    assert first.body == (
        "PEKALONGAN – Rob setinggi lutut orang dewasa menggenangi permukiman nelayan di Kelurahan Panjang Wetan "
        "sejak Senin pagi.\nWarga memindahkan barang berharga ke tempat yang lebih tinggi."
    )
    assert first.url == "https://kabarpesisir.example/berita/rob-pekalongan?utm_medium=rss"
    assert first.source_key == "https://kabarpesisir.example/berita/rob-pekalongan"
    assert first.published == datetime(2024, 3, 4, 1, 15, tzinfo=timezone.utc)


def test_an_escaped_html_summary_is_flattened(two_entries: list[RawDocument | IngestFailure]) -> None:
    second = two_entries[1]
    assert isinstance(second, RawDocument)
    assert second.body == "Harga ikan tongkol di tempat pelelangan ikan Tegal turun menjadi Rp18.000 per kilogram."
    assert "<p>" not in second.body


def test_an_atom_feed_uses_updated_when_not_published() -> None:
    atom = """<feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Timur</title>
      <entry><id>tag:wartatimur.example,2024:77</id><title>Kapal Nelayan Hilang di Laut Banda</title>
      <link href="https://wartatimur.example/kapal-hilang"/><updated>2024-03-06T02:00:00Z</updated>
      <content type="text">Tim SAR gabungan mencari kapal nelayan yang hilang kontak sejak Selasa.</content></entry>
    </feed>"""
    [document] = read_feed(atom)
    assert isinstance(document, RawDocument)
    assert document.outlet == "Warta Timur"
    assert document.external_id == "tag:wartatimur.example,2024:77"
    assert document.published == datetime(2024, 3, 6, 2, tzinfo=timezone.utc)
    assert document.body == "Tim SAR gabungan mencari kapal nelayan yang hilang kontak sejak Selasa."


def test_a_relative_link_is_resolved_against_the_feed_url() -> None:
    item = "<item><title>Banjir</title><link>/berita/banjir</link><description>Banjir lagi.</description></item>"
    [document] = read_feed(rss(item), feed_url="https://kabar.example/rss")
    assert isinstance(document, RawDocument)
    assert document.source_key == "https://kabar.example/berita/banjir"


def test_an_entry_without_text_fails_alone() -> None:
    items = (
        "<item><title>Foto saja</title><link>https://k.example/foto</link><description>&lt;img src='a.jpg'&gt;</description></item>",
        "<item><title>Ada isi</title><link>https://k.example/isi</link><description>Isi berita.</description></item>",
        "<item><title>Tanpa tautan</title><description>Berita tanpa tautan dan tanpa guid.</description></item>",
    )
    first, second, third = read_feed(rss(*items))
    assert isinstance(first, IngestFailure) and first.code == NoTextFound.code and first.origin == "umpan.xml#1"
    assert isinstance(second, RawDocument) and second.body == "Isi berita."
    assert isinstance(third, IngestFailure) and third.code == MalformedInput.code
    assert "neither a link nor an id" in third.message


def test_the_xml_declaration_cannot_override_our_decoding() -> None:
    feed = rss(
        "<item><title>Kafé</title><link>https://k.example/kafe</link><description>Kafé — “baru”.</description></item>"
    ).replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="windows-1252"?>')
    [document] = read_feed(feed)
    assert isinstance(document, RawDocument)
    assert (document.title, document.body) == ("Kafé", "Kafé — “baru”.")


@pytest.mark.parametrize(
    "text",
    [
        "<rss><channel><title>Kabar</ti",
        "ini sama sekali bukan umpan",
        '<?xml version="1.0"?><urlset><url><loc>https://k.example/</loc></url></urlset',
    ],
)
def test_a_broken_feed_without_entries_is_malformed(text: str) -> None:
    with pytest.raises(MalformedInput, match="not a readable RSS or Atom feed"):
        read_feed(text)


def test_a_broken_feed_with_recoverable_entries_is_read() -> None:
    item = "<item><title>Longsor</title><link>https://k.example/longsor</link><description>Longsor di Garut.</description></item>"
    items = read_feed(rss(item).replace("</channel></rss>", "<item><title>terpotong"))
    assert isinstance(items[0], RawDocument) and items[0].body == "Longsor di Garut."


def test_a_valid_feed_with_no_entries_yields_nothing() -> None:
    assert read_feed(rss()) == []


def test_feed_text_naming_a_file_or_url_is_parsed_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # feedparser.parse(str) opens a string that names a file or URL; ours must not.
    elsewhere = tmp_path / "lain.xml"
    elsewhere.write_text(rss("<item><link>https://k.example/x</link><description>Bukan ini.</description></item>"))

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("feedparser tried to fetch a URL")

    monkeypatch.setattr("feedparser.http.get", no_network)
    for text in (str(elsewhere), "https://contoh.example/rss"):
        with pytest.raises(MalformedInput):
            read_feed(text)


def test_entry_text_falls_back_from_markup_only_content_to_summary() -> None:
    entry = {
        "content": [{"type": "text/html", "value": "<figure><img src='a.jpg'></figure>"}],
        "summary_detail": {"type": "text/plain", "value": " Ringkasan berita. "},
    }
    assert entry_text(entry) == "Ringkasan berita."
