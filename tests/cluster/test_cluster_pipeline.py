"""The cluster stage inside the pipeline: the English report of the seed event, copies stored and shown."""

from __future__ import annotations

import json
from pathlib import Path

from telisik import api
from telisik.models import Stage
from telisik.settings import Settings
from telisik.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "examples" / "seeds"

WIRE = (
    "Gempa berkekuatan magnitudo 6,2 mengguncang Kabupaten Mamuju, Sulawesi Barat, pada Jumat dini hari. "
    "Badan Nasional Penanggulangan Bencana mencatat sedikitnya 34 orang meninggal dunia dan ratusan rumah rusak. "
    "Kepala BNPB mengatakan tim SAR gabungan masih mencari korban di bawah reruntuhan gedung kantor gubernur. "
    "Warga mengungsi ke perbukitan karena khawatir gempa susulan dan tsunami, kata petugas di lokasi."
)


def test_english_report_of_the_seed_event_joins_the_indonesian_story(store: Store) -> None:
    # The fixture is an English report written for this test from the facts in
    # ../shared/seeds/EXPECTED.md (not a copy of any published article).
    api.ingest(store, [str(SEEDS), str(FIXTURES / "seed-event-en.jsonl")], Settings())
    assert api.run(store).failed == 0
    [story] = store.list_stories()
    assert len(story.articles) == 3
    assert {a.outlet for a in story.articles} == {"Mata Indonesia", "Bisnis.com", "Test Wire"}
    english = next(a for a in story.articles if a.outlet == "Test Wire")
    assert english.evidence is not None and english.evidence["signals"]["embedding"] > 0.5
    assert {"kazakhstan", "csto"} & set(english.evidence["shared_names"])


def test_unrelated_english_report_stays_apart(store: Store, tmp_path: Path) -> None:
    record = {"id": "other", "lang": "en", "outlet": "Test Wire", "published": "2022-01-06",
              "title": "Floods close schools across Jakarta",
              "text": "Heavy rain flooded hundreds of homes in Jakarta on Thursday and schools were closed, "
                      "the city's disaster agency said, as rivers burst their banks."}
    path = tmp_path / "other.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    api.ingest(store, [str(SEEDS), str(path)], Settings())
    assert api.run(store).failed == 0
    sizes = sorted(len(s.articles) for s in store.list_stories())
    assert sizes == [1, 2]


def _wire_records(tmp_path: Path) -> Path:
    records = [
        {"id": "a", "outlet": "Antara", "published": "2021-01-15", "title": "Gempa Mamuju", "text": WIRE,
         "url": "https://example.org/antara/gempa"},
        {"id": "b", "outlet": "Rimanews", "published": "2021-01-15", "title": "Gempa guncang Mamuju",
         "text": "MAMUJU - " + WIRE + " (ant)", "url": "https://example.org/rimanews/gempa"},
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_a_syndicated_copy_is_stored_and_serialised(store: Store, tmp_path: Path) -> None:
    api.ingest(store, [str(_wire_records(tmp_path))], Settings())
    assert api.run(store).failed == 0
    [story] = store.list_stories()
    original, copy = sorted(story.articles, key=lambda a: a.id)
    assert copy.copy_of == original.id and original.copy_of is None
    assert store.copies_of(original.id) == [copy.id]
    assert store.copies_in_story(story.id) == {copy.id: original.id}
    detail = api.story(store, story.id)
    by_id = {a["id"]: a for a in detail["articles"]}
    assert by_id[copy.id]["copy_of"] == original.id and by_id[original.id]["copy_of"] is None
    assert by_id[copy.id]["assignment"]["evidence"]["copy_of"] == original.id


def test_reclustering_keeps_copies_and_stories(store: Store, tmp_path: Path) -> None:
    api.ingest(store, [str(SEEDS), str(_wire_records(tmp_path))], Settings())
    api.run(store)
    before = {(a.id, a.copy_of) for s in store.list_stories() for a in s.articles}
    groups = sorted(sorted(a.id for a in s.articles) for s in store.list_stories())
    api.run(store, from_stage=Stage.CLUSTER)
    after = {(a.id, a.copy_of) for s in store.list_stories() for a in s.articles}
    assert after == before
    assert sorted(sorted(a.id for a in s.articles) for s in store.list_stories()) == groups
