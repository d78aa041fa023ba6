"""The public Python API: records without a store, JSON shapes, export and its errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime

import pytest

from telisik import api
from telisik.errors import ConfigError, StoreError
from telisik.models import Stage
from telisik.settings import Settings
from telisik.store import Store

SEED_LIKE = "Bisnis.com, JAKARTA--Akibatnya delapan orang tewas dan 317 luka-luka, Kamis (6/1/2022)."


def test_analyse_text_normalises_and_extracts() -> None:
    analysed = api.analyse_text(SEED_LIKE, doc_id="x")
    assert analysed.article.dateline is not None and analysed.article.dateline.place == "Jakarta"
    kinds = {(c.kind, c.min) for c in analysed.extraction.claims}
    assert ("killed", 8) in kinds and ("injured", 317) in kinds


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2017-03-28T04:15:36+00:00", datetime.fromisoformat("2017-03-28T04:15:36+00:00")),
     ("2022-01-06", datetime(2022, 1, 6)), ("2022-01-06T10:00:00Z", datetime.fromisoformat("2022-01-06T10:00:00+00:00")),
     (None, None), ("", None)],
)
def test_record_published_dates(published: str | None, expected: datetime | None) -> None:
    assert api.raw_from_record({"id": "a", "text": "x", "published": published}).published == expected


def test_bad_published_date_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not ISO 8601"):
        api.raw_from_record({"id": "a", "text": "x", "published": "kemarin"})


def test_parse_stage_accepts_runnable_stages_only() -> None:
    assert api.parse_stage("cluster") is Stage.CLUSTER
    with pytest.raises(ConfigError, match="unknown stage 'ingest'"):
        api.parse_stage("ingest")


@pytest.fixture
def filled(store: Store, tmp_path) -> Store:
    path = tmp_path / "a.txt"
    path.write_text(SEED_LIKE, encoding="utf-8")
    api.ingest(store, [str(path)], Settings())
    api.run(store)
    return store


def test_export_jsonl_and_csv_agree(filled: Store) -> None:
    jsonl, table = io.StringIO(), io.StringIO()
    assert api.export(filled, "jsonl", jsonl) == api.export(filled, "csv", table) == 1
    row = json.loads(jsonl.getvalue())
    [csv_row] = list(csv.DictReader(io.StringIO(table.getvalue())))
    assert row["outlet"] == csv_row["outlet"] == "Bisnis.com"
    assert str(row["story"]) == csv_row["story"]


def test_export_unknown_format_is_refused(filled: Store) -> None:
    with pytest.raises(ConfigError, match="unknown export format 'xml'"):
        api.export(filled, "xml", io.StringIO())
    with pytest.raises(ConfigError, match="export_parquet"):
        api.export(filled, "parquet", io.StringIO())


def test_story_and_article_details(filled: Store) -> None:
    [listing] = api.stories(filled)
    detail = api.story(filled, listing["id"])
    assert [g["kind"] for g in detail["comparison"]] == ["injured", "killed"]
    article = api.article(filled, 1)
    assert article["story"] == listing["id"] and article["versions"][0]["version"] == 1
    with pytest.raises(StoreError, match="no story 99"):
        api.story(filled, 99)
