"""`telisik analyze` and `api.analyse_partition`: a document that cannot be analysed fails alone, with its reason."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from telisik import api
from telisik.cli.main import cli

RECORDS = [
    {"id": "a", "text": "Delapan orang tewas dan 317 luka-luka di Almaty pada Kamis, kata polisi."},
    {"id": "b", "text": "— — —"},  # nothing left after cleaning
    {"id": "c", "lang": "en", "text": "Two people were injured in a shooting in Sacramento on Friday."},
]


def test_analyze_writes_the_failure_in_its_place_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "three.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(path), "--format", "json"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["id"] for d in lines] == ["a", "b", "c"]
    assert lines[1]["error"]["code"] == "E201" and "no words left" in lines[1]["error"]["message"]
    assert {c["kind"] for c in lines[0]["claims"]} >= {"killed", "injured"}
    assert [c["min"] for c in lines[2]["claims"] if c["kind"] == "injured"] == [2]
    assert "1 document(s) could not be analysed" in result.stderr


def test_a_partition_of_json_lines_is_analysed_line_by_line() -> None:
    lines = [json.dumps(RECORDS[0]), "{not json", "[1, 2]", json.dumps(RECORDS[2])]
    out = list(api.analyse_partition(lines))
    assert [d["id"] for d in out] == ["a", None, None, "c"]
    assert out[1]["error"]["code"] == out[2]["error"]["code"] == "E105"
    assert "not JSON" in out[1]["error"]["message"] and "not a JSON object" in out[2]["error"]["message"]
    assert out[0] == api.analysis_or_failure(RECORDS[0], 1)
    assert out[3] == api.analysis_or_failure(RECORDS[2], 4)
