from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from telisik.errors import MalformedInput, NoTextFound
from telisik.ingest.decoding import DecodedText
from telisik.ingest.jsonl import document_from_line, documents_from_jsonl
from telisik.ingest.keys import content_hash
from telisik.models import IngestFailure, RawDocument, SourceFormat

UTF8 = DecodedText("", "utf-8")


def line(**record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_a_full_record_becomes_a_document() -> None:
    text = "MAKASSAR – Kapal penumpang kandas di perairan Selayar, seluruh penumpang selamat."
    document = document_from_line(
        line(
            id="mks-01",
            lang="id",
            published="2024-01-20T09:00:00+08:00",
            title="Kapal Kandas di Selayar",
            text=text,
            outlet="Kabar Makassar",
            url="https://KabarMakassar.example/kapal-kandas/?utm_source=x",
        ),
        UTF8,
        origin="korpus.jsonl:3",
    )
    assert document == RawDocument(
        source_key="https://kabarmakassar.example/kapal-kandas",
        content_hash=content_hash(text, "Kapal Kandas di Selayar"),
        format=SourceFormat.JSONL,
        body=text,
        origin="korpus.jsonl:3",
        url="https://KabarMakassar.example/kapal-kandas/?utm_source=x",
        external_id="mks-01",
        title="Kapal Kandas di Selayar",
        outlet="Kabar Makassar",
        published=datetime(2024, 1, 20, 9, tzinfo=timezone(timedelta(hours=8))),
        lang="id",
    )


def test_a_minimal_record_is_keyed_by_its_id() -> None:
    document = document_from_line(line(id=17, text="Teks pendek."), UTF8, origin="a.jsonl:1")
    assert (document.source_key, document.external_id, document.title, document.published) == (
        "doc:17",
        "17",
        None,
        None,
    )


def test_a_date_only_published_becomes_midnight() -> None:
    document = document_from_line(line(id="x", text="Isi.", published="2024-03-05"), UTF8, origin="a.jsonl:1")
    assert document.published == datetime(2024, 3, 5)


def test_the_file_encoding_is_carried_to_each_document() -> None:
    decoded = DecodedText(line(id="a", text="Kafé") + "\n", "cp1252", "encoding guessed as cp1252")
    [document] = documents_from_jsonl(decoded, origin="a.jsonl")
    assert isinstance(document, RawDocument)
    assert (document.encoding, document.encoding_note) == ("cp1252", "encoding guessed as cp1252")


@pytest.mark.parametrize(
    ("bad_line", "error", "message"),
    [
        ('{"id": "a", "text": "tanpa penutup"', MalformedInput, "not valid JSON"),
        ('["id", "text"]', MalformedInput, "a JSON list, not an object"),
        ('"hanya string"', MalformedInput, "not an object"),
        ('{"id": "a"}', MalformedInput, 'no "text"'),
        ('{"id": "a", "text": 42}', MalformedInput, 'no "text"'),
        ('{"id": "a", "text": "   "}', NoTextFound, "blank"),
        ('{"text": "Tanpa id maupun url."}', MalformedInput, 'neither "id" nor "url"'),
        ('{"id": "a", "text": "x", "published": "5 Maret 2024"}', MalformedInput, "ISO 8601"),
        ('{"id": "a", "text": "x", "title": ["daftar"]}', MalformedInput, '"title" must be a string'),
        ('{"id": true, "text": "x"}', MalformedInput, '"id" must be'),
        ('{"id": "a", "text": "x", "url": "/relatif/saja"}', MalformedInput, "not an absolute URL"),
    ],
)
def test_a_bad_line_raises_with_a_reason(bad_line: str, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        document_from_line(bad_line, UTF8, origin="a.jsonl:1")


def test_one_bad_line_among_good_ones_fails_alone() -> None:
    text = "\n".join(
        [
            line(id="1", text="Banjir di Demak meluas."),
            '{"id": "2", "text": "baris rusak',
            "",
            line(id="3", text="Tanggul Sungai Wulan jebol."),
            "   ",
            "[1, 2]",
            line(id="4", text="Pengungsi bertambah."),
        ]
    )
    items = list(documents_from_jsonl(DecodedText(text, "utf-8"), origin="data/banjir.jsonl"))
    assert [type(item).__name__ for item in items] == [
        "RawDocument",
        "IngestFailure",
        "RawDocument",
        "IngestFailure",
        "RawDocument",
    ]
    documents = [item for item in items if isinstance(item, RawDocument)]
    assert [d.external_id for d in documents] == ["1", "3", "4"]
    assert [d.origin for d in documents] == ["data/banjir.jsonl:1", "data/banjir.jsonl:4", "data/banjir.jsonl:7"]
    failures = [item for item in items if isinstance(item, IngestFailure)]
    assert [(f.origin, f.code) for f in failures] == [("data/banjir.jsonl:2", "E105"), ("data/banjir.jsonl:6", "E105")]
    assert failures[0].message.startswith("[E105] not valid JSON")
