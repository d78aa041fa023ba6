"""The command line: every command documented with an example, errors as one line, JSON shapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from telisik.cli.main import cli

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"

COMMANDS = sorted(cli.commands)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_shows_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and f"telisik {command}" in result.output


def test_the_stable_commands_exist() -> None:
    stable = {"ingest", "run", "stories", "story", "article", "export", "analyze", "eval"}
    assert stable <= set(COMMANDS)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["story", "999"], "no story 999"),
        (["article", "999"], "no article 999"),
        (["run", "--from", "everything"], "unknown stage 'everything'"),
        (["eval", "ner", "does-not-exist.conll"], "does-not-exist.conll"),
        (["analyze", "does-not-exist.txt"], "no such file"),
    ],
)
def test_errors_are_one_line_and_non_zero(runner: CliRunner, db: str, args: list[str], message: str) -> None:
    result = runner.invoke(cli, [*args, "--db", db] if args[0] in {"story", "article", "run"} else args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_ingest_run_and_read_back_the_seeds(runner: CliRunner, db: str, tmp_path: Path) -> None:
    assert runner.invoke(cli, ["ingest", str(SEEDS), "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["run", "--db", db]).exit_code == 0

    listed = json.loads(runner.invoke(cli, ["stories", "--json", "--db", db]).output)["stories"]
    assert len(listed) == 1
    [story] = listed
    assert {a["outlet"] for a in story["articles"]} == {"Mata Indonesia", "Bisnis.com"}
    assert all(set(a) >= {"id", "outlet", "title", "published"} for a in story["articles"])

    detail = json.loads(runner.invoke(cli, ["story", str(story["id"]), "--json", "--db", db]).output)
    assert set(detail) >= {"articles", "comparison", "quotes", "summary", "timeline"}
    text = runner.invoke(cli, ["stories", "--db", db]).output
    assert "Mata Indonesia" in text and "Bisnis.com" in text
    shown = runner.invoke(cli, ["story", str(story["id"]), "--db", db]).output
    assert "Where and when Almaty (named with the tolls)" in shown and "2022-01-05" in shown

    article = json.loads(runner.invoke(cli, ["article", "1", "--json", "--db", db]).output)
    assert article["dateline"] == {"outlet": "Mata Indonesia", "place": "Almaty"}

    exported = runner.invoke(cli, ["export", "--format", "jsonl", "--db", db]).output.splitlines()
    assert [json.loads(line)["id"] for line in exported] == [1, 2]
    csv_out = tmp_path / "a.csv"
    assert runner.invoke(cli, ["export", "--format", "csv", "-o", str(csv_out), "--db", db]).exit_code == 0
    assert csv_out.read_text(encoding="utf-8").startswith("id,story,outlet")

    report = tmp_path / "report.html"
    assert runner.invoke(cli, ["report", "-o", str(report), "--db", db]).exit_code == 0
    assert "Mata Indonesia" in report.read_text(encoding="utf-8")


def test_re_ingesting_changes_nothing(runner: CliRunner, db: str) -> None:
    runner.invoke(cli, ["ingest", str(SEEDS), "--db", db])
    again = runner.invoke(cli, ["ingest", str(SEEDS), "--db", db])
    assert "0 new, 0 new versions, 2 unchanged" in again.output


def test_analyze_writes_one_json_object_per_document(runner: CliRunner) -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    result = runner.invoke(cli, ["analyze", *files, "--format", "json"])
    assert result.exit_code == 0
    docs = [json.loads(line) for line in result.output.splitlines()]
    keys = {"id", "lang", "published", "dateline", "sentences", "dates", "numbers", "entities", "claims", "quotes", "flags"}
    assert len(docs) == 2 and all(keys <= set(d) for d in docs)
    assert docs[0]["published"]["inferred"] is True
    assert docs[0]["published"]["value"].startswith("2022-01-06")


def test_db_comes_from_the_environment(runner: CliRunner, db: str) -> None:
    runner.invoke(cli, ["ingest", str(SEEDS)], env={"TELISIK_DB": db})
    assert Path(db).exists()


def test_a_figure_from_the_title_is_shown_as_cited_to_the_title(runner: CliRunner, db: str, tmp_path: Path) -> None:
    body = ("Polisi mengatakan para korban penembakan di Jalan Gatot Subroto, Medan, dibawa ke rumah sakit. "
            "Pelaku penembakan melarikan diri dengan sepeda motor dan masih dicari polisi Medan.")
    (tmp_path / "a.md").write_text(f"# Penembakan di Medan, 4 Orang Terluka\n\nBisnis.com, MEDAN--{body}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(
        "# Penembakan di Jalan Gatot Subroto Medan\n\nMATA INDONESIA, MEDAN – Empat orang terluka dalam penembakan "
        "di Jalan Gatot Subroto, Medan, kata Kapolrestabes Medan. Pelaku yang mengendarai sepeda motor masih "
        "diburu polisi Medan, dan para korban penembakan kini dirawat di rumah sakit.\n", encoding="utf-8")
    assert runner.invoke(cli, ["ingest", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["run", "--db", db]).exit_code == 0
    [story] = json.loads(runner.invoke(cli, ["stories", "--json", "--db", db]).output)["stories"]
    detail = json.loads(runner.invoke(cli, ["story", str(story["id"]), "--json", "--db", db]).output)
    [group] = [g for g in detail["comparison"] if g["kind"] == "injured"]
    assert group["verdict"] == "agree"
    [claim] = [c for c in group["claims"] if c["field"] == "title"]
    shown = runner.invoke(cli, ["story", str(story["id"]), "--db", db]).output
    assert f"#{claim['article']}:{claim['start']}-{claim['end']} of the title" in shown
    assert claim["place"] == "Medan" and "(unspecified), Medan" in shown  # where, from the title itself
    report = tmp_path / "report.html"
    assert runner.invoke(cli, ["report", "-o", str(report), "--db", db]).exit_code == 0
    assert "<blockquote>Penembakan di Medan, 4 Orang Terluka</blockquote>" in report.read_text(encoding="utf-8")
