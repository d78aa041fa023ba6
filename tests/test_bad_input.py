"""Bad input fails alone, with a recorded reason, and the batch goes on (issue 2, item 8).

One folder holds every kind of bad document next to two good ones; a single
``ingest`` + ``run`` must keep the good ones, record why each bad one failed,
and change nothing when the folder is ingested again. (A run killed with
SIGKILL half-way is in tests/test_pipeline.py.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik import api
from telisik.models import Stage, Status
from telisik.settings import Settings
from telisik.store import Store

GOOD = "Banjir merendam 40 rumah warga di Kabupaten Bandung, Rabu (5/1/2022). Warga mengungsi ke masjid."
CP1252 = "Kafe “Senja” di Jakarta menjual kopi seharga Rp25.000 — harga yang naik sejak Januari."
FIFTY_MB = 50 * 1024 * 1024


def build_folder(root: Path) -> dict[str, Path]:
    files = {
        "good": root / "good.txt",
        "no-date-no-dateline": root / "no_date.txt",
        "empty": root / "empty.txt",
        "binary": root / "image.txt",
        "huge": root / "huge.txt",
        "cp1252": root / "cp1252.txt",
        "invalid-utf8": root / "invalid.txt",
        "malformed-html": root / "broken.html",
        "malformed-feed": root / "broken.xml",
    }
    root.mkdir()
    files["good"].write_text(GOOD, encoding="utf-8")
    files["no-date-no-dateline"].write_text(
        "Warga desa bergotong royong membersihkan saluran air yang tersumbat sampah plastik.", encoding="utf-8"
    )
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with files["huge"].open("wb") as f:  # sparse: 50 MB on paper, nothing on disk
        f.truncate(FIFTY_MB)
    files["cp1252"].write_bytes(CP1252.encode("cp1252"))
    files["invalid-utf8"].write_bytes(
        "Harga cabai di pasar Kramat Jati naik tajam pekan ini — kata pedagang.".encode("utf-8") + b"\xff\xfe" +
        " Pembeli mengeluh karena harga terus naik.".encode("utf-8")
    )
    files["malformed-html"].write_bytes(b"<html><body><div><p>Tidak <b>ditutup <table><tr><td>\x00sel")
    files["malformed-feed"].write_text("<rss><channel><item><title>Judul</ti", encoding="utf-8")
    return files


@pytest.fixture
def batch(store: Store, tmp_path: Path) -> tuple[Store, dict[str, Path]]:
    files = build_folder(tmp_path / "in")
    api.ingest(store, [str(tmp_path / "in")], Settings())
    api.run(store)
    return store, files


def _ingest_failures(store: Store) -> dict[str, str]:
    return {Path(r.item).name: r.code or "" for r in store.results(Stage.INGEST, Status.FAILED)}


def _article_of(store: Store, path: Path) -> int | None:
    for article_id in store.article_ids():
        raw, _ = store.load_raw(article_id)
        if Path(raw.origin).name == path.name:
            return article_id
    return None


@pytest.mark.parametrize(
    ("kind", "code"),
    [("empty", "E101"), ("binary", "E102"), ("huge", "E103")],
)
def test_unreadable_documents_fail_alone_with_a_reason(batch, kind: str, code: str) -> None:
    store, files = batch
    assert _ingest_failures(store)[files[kind].name] == code
    assert _article_of(store, files[kind]) is None


def test_malformed_feed_fails_with_a_reason(batch) -> None:
    """feedparser recovers the truncated entry; it has no text, so that entry (``broken.xml#1``) fails."""
    store, files = batch
    failures = {name: code for name, code in _ingest_failures(store).items() if name.startswith("broken.xml")}
    assert failures and set(failures.values()) <= {"E105", "E106"}
    assert _article_of(store, files["malformed-feed"]) is None


def test_failure_messages_say_what_to_do(batch) -> None:
    store, _ = batch
    for result in store.results(Stage.INGEST, Status.FAILED):
        assert result.message and "(" in result.message  # a hint in parentheses follows the reason


def test_good_documents_in_the_same_batch_are_processed(batch) -> None:
    store, files = batch
    article_id = _article_of(store, files["good"])
    assert article_id is not None
    assert store.story_of(article_id) is not None
    assert "40 rumah" in store.load_article(article_id).text


def test_windows_1252_text_is_decoded_correctly(batch) -> None:
    store, files = batch
    article_id = _article_of(store, files["cp1252"])
    assert article_id is not None
    assert store.load_article(article_id).text == CP1252
    raw, _ = store.load_raw(article_id)
    assert raw.encoding_note  # the guess is recorded, not silent


def test_invalid_utf8_is_repaired_and_noted(batch) -> None:
    store, files = batch
    article_id = _article_of(store, files["invalid-utf8"])
    assert article_id is not None
    text = store.load_article(article_id).text
    assert "Kramat Jati" in text and "Pembeli mengeluh" in text
    raw, _ = store.load_raw(article_id)
    assert raw.encoding_note and "replac" in raw.encoding_note


def test_malformed_html_is_either_text_or_a_recorded_failure(batch) -> None:
    store, files = batch
    name = files["malformed-html"].name
    article_id = _article_of(store, files["malformed-html"])
    failed = store.results(status=Status.FAILED)
    assert article_id is not None or any(Path(r.item).name == name for r in failed)


def test_article_without_date_or_dateline_goes_through(batch) -> None:
    store, files = batch
    article_id = _article_of(store, files["no-date-no-dateline"])
    assert article_id is not None
    article = store.load_article(article_id)
    assert article.published is None and article.dateline is None
    assert store.story_of(article_id) is not None


def test_ingesting_the_batch_again_changes_nothing(batch, tmp_path: Path) -> None:
    store, _ = batch
    before = store.counts()
    report = api.ingest(store, [str(tmp_path / "in")], Settings())
    assert report.added == [] and report.updated == []
    assert store.counts() == before
    assert all(t.ok == 0 for t in api.run(store).stages.values())
