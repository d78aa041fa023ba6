"""Every verdict of ../shared/seeds/EXPECTED.md on the seeds' story, through the pipeline,
the story JSON (`telisik story ID --json`) and its text rendering (`telisik story ID`).

The seeds are bundled in examples/seeds, so this runs without /work/shared.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from telisik.cli.main import cli

SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"
OUTLET_000, OUTLET_003 = "Mata Indonesia", "Bisnis.com"


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    db = str(tmp_path_factory.mktemp("expected") / "seeds.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(SEEDS), "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["run", "--db", db]).exit_code == 0
    [listed] = json.loads(runner.invoke(cli, ["stories", "--json", "--db", db]).output)["stories"]
    detail = json.loads(runner.invoke(cli, ["story", str(listed["id"]), "--json", "--db", db]).output)
    rendered = runner.invoke(cli, ["story", str(listed["id"]), "--db", db], env={"COLUMNS": "400"}).output
    return detail, rendered


def _texts(detail: dict[str, Any]) -> dict[int, str]:
    return {a["id"]: a["outlet"] for a in detail["articles"]}


def _group(detail: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(g for g in detail["comparison"] if g["kind"] == kind)


def _event(detail: dict[str, Any], thread: str, target: str | None) -> dict[str, Any]:
    return next(e for e in detail["events"] if (e["thread"], e["target"]) == (thread, target))


def test_killed_agree_on_8_with_the_scope_difference_noted(story: tuple[dict[str, Any], str]) -> None:
    detail, _ = story
    killed = _group(detail, "killed")
    assert killed["verdict"] == "agree" and killed["value"] == {"min": 8, "max": 8}
    groups = {c["outlet"]: c["victim_group"] for c in killed["claims"]}
    assert groups == {OUTLET_000: "military+police", OUTLET_003: "unspecified"}
    assert "victim groups differ" in killed["explanation"]


def test_injured_317_refines_more_than_300_and_who_was_injured_is_a_scope_detail(
    story: tuple[dict[str, Any], str]
) -> None:
    detail, _ = story
    injured = _group(detail, "injured")
    assert injured["verdict"] == "refine" and injured["value"] == {"min": 317, "max": 317}
    assert {(c["outlet"], c["min"], c["max"]) for c in injured["claims"]} >= {(OUTLET_000, 301, None), (OUTLET_003, 317, 317)}
    assert "victim groups differ: unspecified (Mata Indonesia) vs military+police (Bisnis.com)" in injured["explanation"]


@pytest.mark.parametrize("kind", ["killed", "injured"])
def test_both_figures_trace_back_to_one_ministry_relayed_differently(story: tuple[dict[str, Any], str], kind: str) -> None:
    detail, _ = story
    group = _group(detail, kind)
    assert group["independent_sources"] == 1
    [source] = group["sources"]
    assert source["name"] == "Kementerian Dalam Negeri Kazakhstan"
    via = {r["outlet"]: r["via"] for r in source["reports"]}
    assert via == {OUTLET_000: ["Al Jazeera"], OUTLET_003: ["Kazakh"]}


def test_every_claim_carries_its_span_and_sentence(story: tuple[dict[str, Any], str]) -> None:
    detail, _ = story
    for group in detail["comparison"]:
        for c in group["claims"]:
            assert c["sentence"]["start"] <= c["start"] < c["end"] <= c["sentence"]["end"]


def test_storming_and_the_mayors_office_agree_on_2022_01_05(story: tuple[dict[str, Any], str]) -> None:
    detail, _ = story
    for target in ("government-buildings", "mayors-office"):
        event = _event(detail, "attack", target)
        assert event["verdict"] == "agree"
        assert {m["outlet"] for m in event["mentions"]} == {OUTLET_000, OUTLET_003}
    office = _event(detail, "attack", "mayors-office")
    assert {m["when"] for m in office["mentions"]} == {"2022-01-05"}
    assert any("kantor walikota Almaty dibakar" in m["sentence"]["text"] for m in office["mentions"])


def test_the_cstos_agreement_is_a_progression_from_tokayevs_request(story: tuple[dict[str, Any], str]) -> None:
    detail, _ = story
    event = _event(detail, "assistance", None)
    assert event["verdict"] == "update" and "not a conflict" in event["explanation"]
    steps = {(m["outlet"], m["step"]) for m in event["mentions"]}
    assert {(OUTLET_000, 1), (OUTLET_003, 1), (OUTLET_003, 2)} <= steps


def test_the_airport_retaken_is_a_later_development(story: tuple[dict[str, Any], str]) -> None:
    detail, _ = story
    event = _event(detail, "attack", "airport")
    assert event["verdict"] == "update"
    assert any(m["outlet"] == OUTLET_003 and m["step"] == 2 for m in event["mentions"])
    assert any(m["outlet"] == OUTLET_000 and "lima pesawat" in m["sentence"]["text"] for m in event["mentions"])


def test_no_verdict_of_the_story_is_a_conflict(story: tuple[dict[str, Any], str]) -> None:
    detail, _ = story
    assert "conflict" not in {g["verdict"] for g in detail["comparison"]} | {e["verdict"] for e in detail["events"]}


def test_quotes_run_speaker_relay_outlet(story: tuple[dict[str, Any], str]) -> None:
    detail, _ = story
    chains = [q["chain"] for q in detail["quotes"]]
    tokayev = "Kassym-Jomart Tokayev"
    assert chains == [
        [tokayev, "Al Jazeera", OUTLET_000],
        [tokayev, OUTLET_000],  # sambungnya
        [tokayev, OUTLET_000],  # sambung sang presiden
        [tokayev, "TheGuardian", OUTLET_003],  # "kata Tokayev": the story's canonical Tokayev
        ["Leonid Kalashnikov", "Interfax", OUTLET_003],
        ["Kementerian Dalam Negeri Kazakhstan", "Kazakh", OUTLET_003],  # the partial quote
    ]


def test_flags_the_weekday_of_000_and_the_spellings_of_003(story: tuple[dict[str, Any], str]) -> None:
    detail, _ = story
    outlets = _texts(detail)
    found = {(outlets[f["article"]], f["code"], f["text"], (f["related"] or {}).get("text")) for f in detail["flags"]}
    assert found == {
        (OUTLET_000, "weekday-mismatch", "Rabu", "(6/1)"),
        (OUTLET_003, "spelling-variant", "Armenia", "Amenia"),
        (OUTLET_003, "spelling-variant", "Tokayev", "Kassym-Jomart Tokayeva"),
    }


def test_the_text_rendering_shows_facts_events_quotes_and_flags(story: tuple[dict[str, Any], str]) -> None:
    _, rendered = story
    assert "Facts side by side" in rendered and "refine" in rendered
    assert "source: Kementerian Dalam Negeri Kazakhstan ← Mata Indonesia via Al Jazeera (inferred); Bisnis.com via Kazakh" in rendered
    assert "Events side by side" in rendered and "a later development" in rendered
    assert "Leonid Kalashnikov → Interfax → Bisnis.com" in rendered
    assert "⚑ weekday-mismatch" in rendered and "⚑ spelling-variant" in rendered
    assert "[#1:" in rendered or "[#2:" in rendered  # spans are printed, not eaten as markup


def test_a_syndicated_copy_of_003_changes_no_verdict_and_is_listed_as_also_published_by(tmp_path: Path) -> None:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    bisnis = (SEEDS / "003_1d4965f39a87b8fe.txt").read_text(encoding="utf-8")
    (folder / "010_copy.txt").write_text(bisnis.replace("Bisnis.com, JAKARTA--", "Republika.co.id, JAKARTA --", 1),
                                         encoding="utf-8")
    db, runner = str(tmp_path / "copy.db"), CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder), "--db", db]).exit_code == 0
    assert runner.invoke(cli, ["run", "--db", db]).exit_code == 0
    [listed] = json.loads(runner.invoke(cli, ["stories", "--json", "--db", db]).output)["stories"]
    detail = json.loads(runner.invoke(cli, ["story", str(listed["id"]), "--json", "--db", db]).output)
    copy = next(a for a in detail["articles"] if a["outlet"] == "Republika.co.id")
    original = next(a for a in detail["articles"] if a["outlet"] == OUTLET_003)
    assert copy["copy_of"] == original["id"]
    for kind, verdict in (("killed", "agree"), ("injured", "refine")):
        group = _group(detail, kind)
        assert group["verdict"] == verdict and group["independent_sources"] == 1
        [source] = group["sources"]
        assert source["also_published_by"] == [copy["id"]]
    rendered = runner.invoke(cli, ["story", str(listed["id"]), "--db", db], env={"COLUMNS": "400"}).output
    assert f"#{copy['id']} (Republika.co.id) is a copy of #{original['id']}" in rendered
