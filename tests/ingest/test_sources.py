"""The stage through its public API: every kind of source, and every kind of bad item."""

from __future__ import annotations

import inspect
import json
import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import httpx
import pytest

import telisik.ingest
from telisik.ingest import read_sources
from telisik.ingest.keys import content_hash
from telisik.models import IngestFailure, RawDocument, SourceFormat
from telisik.settings import Settings

Handler = Callable[[httpx.Request], httpx.Response]
MakeClient = Callable[[Handler], httpx.Client]
Item = RawDocument | IngestFailure

ARTICLE = "MEDAN, Kabar Sumut – Harga cabai merah di Pasar Petisah naik menjadi Rp80.000 per kilogram.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(random.Random(5).randrange(256) for _ in range(2000))


def read(sources: Sequence[str | Path], settings: Settings, client: httpx.Client | None = None) -> list[Item]:
    return list(read_sources([str(source) for source in sources], settings, client))


def only(items: list[Item]) -> Item:
    assert len(items) == 1, items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the public API


def test_the_public_api_is_read_sources() -> None:
    assert telisik.ingest.__all__ == ["read_sources"]
    assert list(inspect.signature(read_sources).parameters) == ["sources", "settings", "client", "revalidation"]
    assert telisik.ingest.__doc__ is not None and telisik.ingest.__doc__.startswith("Stage 1: sources → raw documents")


def test_read_sources_is_lazy(tmp_path: Path, settings: Settings) -> None:
    paths = [str(write(tmp_path / name, ARTICLE)) for name in ("a.txt", "b.txt")]
    consumed: list[str] = []

    def sources() -> Iterator[str]:
        for path in paths:
            consumed.append(path)
            yield path

    items = read_sources(sources(), settings)
    assert consumed == []
    assert isinstance(next(items), RawDocument)
    assert consumed == paths[:1]


# --------------------------------------------------------------------------- files


@pytest.mark.parametrize("name", ["berita.txt", "berita.md", "BERITA"])
def test_a_text_file_is_one_document_with_its_body_as_is(tmp_path: Path, settings: Settings, name: str) -> None:
    path = write(tmp_path / name, ARTICLE)
    document = only(read([path], settings))
    assert document == RawDocument(
        source_key="file:" + str(path.resolve()),
        content_hash=content_hash(ARTICLE),
        format=SourceFormat.TEXT,
        body=ARTICLE,
        origin=str(path),
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "E101"),
        (b"   \n\t\r\n  ", "E101"),
        (PNG, "E102"),
    ],
    ids=["empty", "whitespace-only", "binary-png"],
)
def test_an_unreadable_file_is_a_failure(tmp_path: Path, settings: Settings, content: bytes, code: str) -> None:
    path = write(tmp_path / "rusak.txt", content)
    failure = only(read([path], settings))
    assert isinstance(failure, IngestFailure)
    assert (failure.origin, failure.code) == (str(path), code)
    assert failure.message.startswith(f"[{code}] ")


def test_a_50_mb_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    failure = only(read([path], Settings(max_document_bytes=10 * 1024 * 1024)))
    assert isinstance(failure, IngestFailure)
    assert failure.code == "E103" and "52,428,800 bytes" in failure.message


def test_a_windows_1252_file_is_decoded_and_noted(tmp_path: Path, settings: Settings) -> None:
    text = "DENPASAR – Kafé di Seminyak ditutup; pemiliknya berkata “izin kami lengkap” — katanya.\n"
    document = only(read([write(tmp_path / "kafe.txt", text.encode("cp1252"))], settings))
    assert isinstance(document, RawDocument)
    assert document.body == text
    assert document.encoding == "cp1252" and "guessed" in (document.encoding_note or "")


def test_an_invalid_utf8_file_is_repaired_and_noted(tmp_path: Path, settings: Settings) -> None:
    data = ("Kafé di Ubud ramai. " * 10).encode("utf-8") + b"\xc3\x28 Wisatawan berdatangan."
    document = only(read([write(tmp_path / "ubud.txt", data)], settings))
    assert isinstance(document, RawDocument)
    assert "\ufffd" in document.body and document.body.endswith("Wisatawan berdatangan.")
    assert document.encoding_note == "invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>Unclosed <b>tags <div><p>sampah <<<>>> &&&",
        "<html><head><title>Kosong</title></head><body></body></html>",
        "<<<>>>\x0c<</////>>>",
    ],
)
def test_a_malformed_html_file_never_raises(tmp_path: Path, settings: Settings, markup: str) -> None:
    item = only(read([write(tmp_path / "rusak.html", markup)], settings))
    if isinstance(item, IngestFailure):
        assert item.code in ("E105", "E106")
    else:
        assert (item.format, item.body) == (SourceFormat.HTML, markup)


def test_an_html_file_is_its_main_text(settings: Settings, fixtures: Path) -> None:
    document = only(read([fixtures / "artikel.html"], settings))
    assert isinstance(document, RawDocument)
    assert (document.format, document.outlet, document.origin) == (
        SourceFormat.HTML,
        "Suara Lebak",
        str(fixtures / "artikel.html"),
    )


def test_a_feed_file_with_two_entries(settings: Settings, fixtures: Path) -> None:
    items = read([fixtures / "kabar_dua_entri.xml"], settings)
    assert [type(item) for item in items] == [RawDocument, RawDocument]
    assert [item.origin for item in items] == [f"{fixtures / 'kabar_dua_entri.xml'}#{n}" for n in (1, 2)]


def test_a_malformed_feed_file_is_a_failure(tmp_path: Path, settings: Settings) -> None:
    path = write(tmp_path / "umpan.rss", "<rss><channel><title>Kabar</title><descrip")
    failure = only(read([path], settings))
    assert isinstance(failure, IngestFailure)
    assert (failure.origin, failure.code) == (str(path), "E105")


def test_a_jsonl_file_with_one_bad_line(tmp_path: Path, settings: Settings) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Gunung Marapi kembali erupsi."}),
        '{"id": "b", "text": ',
        json.dumps({"id": "c", "text": "Status Marapi tetap Siaga.", "lang": "id"}),
    ]
    path = write(tmp_path / "marapi.jsonl", "\n".join(lines) + "\n")
    items = read([path], settings)
    assert [getattr(item, "external_id", None) for item in items] == ["a", None, "c"]
    failure = items[1]
    assert isinstance(failure, IngestFailure)
    assert (failure.origin, failure.code) == (f"{path}:2", "E105")


# --------------------------------------------------------------------------- directories and missing paths


def test_a_directory_tree_with_a_bad_file_goes_on(tmp_path: Path, settings: Settings, fixtures: Path) -> None:
    root = tmp_path / "korpus"
    write(root / "01.txt", ARTICLE)
    write(root / "02-gambar.png", PNG)
    write(root / "arsip" / "berita.jsonl", json.dumps({"id": "j1", "text": "Banjir bandang di Luwu."}) + "\n")
    write(root / "arsip" / "halaman.html", (fixtures / "artikel.html").read_text(encoding="utf-8"))
    write(root / "arsip" / "kosong.md", "")
    write(root / ".tersembunyi.txt", ARTICLE)
    write(root / ".git" / "HEAD", "ref: refs/heads/main")

    items = read([root], settings)
    summary = [
        (Path(item.origin).relative_to(root).as_posix(), item.code if isinstance(item, IngestFailure) else "ok")
        for item in items
    ]
    assert summary == [
        ("01.txt", "ok"),
        ("02-gambar.png", "E102"),
        ("arsip/berita.jsonl:1", "ok"),
        ("arsip/halaman.html", "ok"),
        ("arsip/kosong.md", "E101"),
    ]


def test_a_missing_source_is_a_failure_and_the_batch_goes_on(tmp_path: Path, settings: Settings) -> None:
    good = write(tmp_path / "ada.txt", ARTICLE)
    missing, found = read([tmp_path / "tidak-ada.txt", good], settings)
    assert isinstance(missing, IngestFailure)
    assert (missing.origin, missing.code) == (str(tmp_path / "tidak-ada.txt"), "E100")
    assert "no such file or directory" in missing.message
    assert isinstance(found, RawDocument)


# --------------------------------------------------------------------------- URLs


def site(routes: dict[str, httpx.Response]) -> Handler:
    """A mock web site: path → response, 404 for anything else."""

    def handler(request: httpx.Request) -> httpx.Response:
        return routes.get(request.url.path, httpx.Response(404, text="tidak ditemukan"))

    return handler


def test_an_html_url_becomes_a_document(mock_client: MakeClient, settings: Settings, fixtures: Path) -> None:
    page = (fixtures / "artikel.html").read_bytes()
    no_metadata = b"<html><body><p>" + ("Warga Lebak bergotong royong. " * 5).encode() + b"</p></body></html>"
    client = mock_client(
        site(
            {
                "/jembatan": httpx.Response(200, content=page, headers={"Content-Type": "text/html; charset=utf-8"}),
                "/polos/": httpx.Response(200, content=no_metadata, headers={"Content-Type": "text/html"}),
            }
        )
    )
    first, second = read(["https://suaralebak.example/jembatan", "https://suaralebak.example/polos/"], settings, client)
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.title, first.outlet, first.url, first.origin) == (
        "Jembatan Gantung Putus di Lebak, Dua Warga Luka",
        "Suara Lebak",
        "https://suaralebak.example/daerah/jembatan-gantung-putus",
        "https://suaralebak.example/jembatan",
    )
    assert (second.outlet, second.url, second.source_key) == (
        "suaralebak.example",
        "https://suaralebak.example/polos/",
        "https://suaralebak.example/polos",
    )


def test_a_feed_url_becomes_its_entries(mock_client: MakeClient, settings: Settings, fixtures: Path) -> None:
    feed = (fixtures / "kabar_dua_entri.xml").read_bytes()
    client = mock_client(site({"/rss": httpx.Response(200, content=feed, headers={"Content-Type": "text/xml"})}))
    items = read(["https://kabarpesisir.example/rss"], settings, client)
    assert [item.format for item in items if isinstance(item, RawDocument)] == [SourceFormat.FEED] * 2


def test_a_text_url_honours_the_declared_charset(mock_client: MakeClient, settings: Settings) -> None:
    text = "Kafé “Senja” dibuka kembali."
    body = text.encode("cp1252")
    headers = {"Content-Type": "text/plain; charset=windows-1252"}
    client = mock_client(site({"/kafe": httpx.Response(200, content=body, headers=headers)}))
    document = only(read(["https://kabar.example/kafe?utm_source=wa"], settings, client))
    assert isinstance(document, RawDocument)
    assert (document.format, document.body, document.encoding, document.encoding_note) == (
        SourceFormat.TEXT,
        text,
        "cp1252",
        None,
    )
    assert document.source_key == "https://kabar.example/kafe"


def test_bad_urls_are_failures_and_the_batch_goes_on(mock_client: MakeClient, settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        match request.url.path:
            case "/putar":
                return httpx.Response(302, headers={"Location": "/putar"})
            case "/besar":
                return httpx.Response(200, content=iter([b"x" * 60_000] * 3))  # 180 kB, cap is 100 kB
            case "/ok":
                return httpx.Response(200, text="Berita yang bisa dibaca.")
            case _:
                return httpx.Response(404)

    urls = [f"https://kabar.example/{path}" for path in ("putar", "hilang", "besar", "ok")]
    items = read(urls, settings, mock_client(handler))
    assert [(item.origin, getattr(item, "code", "ok")) for item in items] == [
        ("https://kabar.example/putar", "E107"),
        ("https://kabar.example/hilang", "E107"),
        ("https://kabar.example/besar", "E103"),
        ("https://kabar.example/ok", "ok"),
    ]
    assert "redirects" in items[0].message and "HTTP 404" in items[1].message  # type: ignore[union-attr]


def test_a_default_client_is_built_for_urls_and_closed(
    monkeypatch: pytest.MonkeyPatch, mock_client: MakeClient, settings: Settings
) -> None:
    built: list[httpx.Client] = []

    def fake_build_client(given: Settings) -> httpx.Client:
        assert given is settings
        built.append(mock_client(lambda request: httpx.Response(200, text="Isi berita.")))
        return built[-1]

    monkeypatch.setattr("telisik.ingest.sources.build_client", fake_build_client)
    items = read(["https://kabar.example/a", "https://kabar.example/b"], settings)
    assert [type(item) for item in items] == [RawDocument, RawDocument]
    assert len(built) == 1 and built[0].is_closed


def test_no_client_is_built_for_files_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: Settings) -> None:
    def fail(given: Settings) -> httpx.Client:
        raise AssertionError("a client was built without any URL")

    monkeypatch.setattr("telisik.ingest.sources.build_client", fail)
    assert isinstance(only(read([write(tmp_path / "a.txt", ARTICLE)], settings)), RawDocument)


def test_an_injected_client_is_left_open(mock_client: MakeClient, settings: Settings) -> None:
    client = mock_client(lambda request: httpx.Response(200, text="Isi berita."))
    read(["https://kabar.example/a"], settings, client)
    assert not client.is_closed


def test_a_path_with_a_nul_byte_is_a_failure_not_a_crash(settings: Settings) -> None:
    failure = only(read(["berita\x00.txt"], settings))
    assert isinstance(failure, IngestFailure)
    assert failure.code == "E100" and "no such file or directory" in failure.message
