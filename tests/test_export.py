"""Exports: every article with its story as JSON Lines, CSV and Parquet, the same rows in each."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from telisik import api
from telisik.cli.main import cli
from telisik.settings import Settings
from telisik.store import Store
from tests.conftest import SEEDS


@pytest.fixture
def seeded(store: Store) -> Store:
    api.ingest(store, [str(SEEDS)], Settings())
    api.run(store)
    return store


def test_parquet_holds_the_rows_of_the_jsonl_export(seeded: Store, tmp_path: Path) -> None:
    lines = io.StringIO()
    assert api.export(seeded, "jsonl", lines) == 2
    expected = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert api.export_parquet(seeded, tmp_path / "a.parquet") == 2
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.column_names == list(expected[0])  # the columns of serialise.article_row, in order
    assert table.to_pylist() == expected
    assert expected[0]["story"] == expected[1]["story"] is not None


def test_an_empty_store_exports_an_empty_parquet_file_with_its_columns(store: Store, tmp_path: Path) -> None:
    assert api.export_parquet(store, tmp_path / "none.parquet") == 0
    table = pq.read_table(tmp_path / "none.parquet")
    assert table.num_rows == 0 and "text" in table.column_names


def test_csv_has_the_columns_and_values_of_the_jsonl_export(seeded: Store) -> None:
    lines, out = io.StringIO(), io.StringIO()
    api.export(seeded, "jsonl", lines)
    api.export(seeded, "csv", out)
    expected = [json.loads(line) for line in lines.getvalue().splitlines()]
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [list(row) for row in rows] == [list(row) for row in expected]
    assert [row["text"] for row in rows] == [row["text"] for row in expected]
    assert [int(row["id"]) for row in rows] == [row["id"] for row in expected]


def test_the_cli_needs_a_file_for_parquet(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    refused = CliRunner().invoke(cli, ["export", "--format", "parquet", "--db", db])
    assert refused.exit_code != 0 and "--output" in refused.output
    written = CliRunner().invoke(cli, ["export", "--format", "parquet", "-o", str(tmp_path / "a.parquet"), "--db", db])
    assert written.exit_code == 0 and (tmp_path / "a.parquet").exists()
