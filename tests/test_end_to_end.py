"""End to end on the canonical seeds (../shared/seeds/EXPECTED.md) and the bundled sample corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from telisik import api
from telisik.evaluate.metrics import score_clustering
from telisik.models import Verdict
from telisik.settings import Settings
from telisik.store import Store

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEEDS = EXAMPLES / "seeds"

# The dateline rows of EXPECTED.md: file → (outlet, dateline place).
EXPECTED_DATELINES = {
    "000_be1e1360af6a3b1b.txt": ("Mata Indonesia", "Almaty"),
    "003_1d4965f39a87b8fe.txt": ("Bisnis.com", "Jakarta"),
}


@pytest.fixture
def seeded(store: Store) -> Store:
    api.ingest(store, [str(SEEDS)], Settings())
    assert api.run(store).failed == 0
    return store


def test_seed_datelines_match_expected(seeded: Store) -> None:
    found = {}
    for article_id in seeded.article_ids():
        article = seeded.load_article(article_id)
        assert article.dateline is not None
        found[Path(article.source_key).name] = (article.dateline.outlet, article.dateline.place)
        assert article.outlet == article.dateline.outlet
        assert not article.text.startswith(article.dateline.text)  # removed from the body
    assert found == EXPECTED_DATELINES


def test_seeds_publication_date_is_inferred_as_2022_01_06(seeded: Store) -> None:
    for article_id in seeded.article_ids():
        published = seeded.load_article(article_id).published
        assert published is not None and published.inferred
        assert published.iso().startswith("2022-01-06")


def test_both_seeds_land_in_one_story(seeded: Store) -> None:
    [story] = seeded.list_stories()
    assert set(story.outlets) == {"Mata Indonesia", "Bisnis.com"}


def test_seed_story_compares_the_casualty_figures(seeded: Store) -> None:
    [story] = seeded.list_stories()
    detail = api.story(seeded, story.id)
    verdicts = {g["kind"]: g["verdict"] for g in detail["comparison"]}
    # EXPECTED.md: killed agree on 8; injured 317 refines "more than 300".
    assert verdicts["killed"] == Verdict.AGREE.value
    assert verdicts["injured"] == Verdict.REFINE.value
    injured = next(g for g in detail["comparison"] if g["kind"] == "injured")
    assert injured["value"] == {"min": 317, "max": 317}
    killed = next(g for g in detail["comparison"] if g["kind"] == "killed")
    # Both outlets relay one source, Kazakhstan's Interior Ministry: one independent source, not two.
    assert killed["independent_sources"] == injured["independent_sources"] == 1
    assert "victim groups differ" in killed["explanation"]  # police and guards vs people
    articles = {a: seeded.load_article(a) for a in seeded.article_ids()}

    def cited(span: dict[str, Any]) -> str:  # a span indexes its article's text, or its title
        return articles[span["article"]].field_text(span["field"])[span["start"] : span["end"]]

    for sentence in detail["summary"]:
        if sentence["kind"] == "statement":  # written from claims: each part quotes its span
            assert sentence["parts"]
            for p in sentence["parts"]:
                assert p["quote"] == cited(p)
        else:
            for c in sentence["citations"]:
                assert sentence["text"] in cited(c)
    # EXPECTED.md: the government buildings and the mayor's office stormed on 2022-01-05, "agree": one timeline entry
    # citing both outlets, merged through the event reconcile aligned (their wordings share few words).
    both = set(articles)
    assert any(t["when"].startswith("2022-01-05") and {c["article"] for c in t["citations"]} == both
               for t in detail["timeline"])
    # EXPECTED.md: it happened in Almaty (Bisnis.com's dateline, Jakarta, is its newsroom) on 2022-01-05.
    incident = detail["incident"]
    assert (incident["place"], incident["place_basis"]) == ("Almaty", "claims")
    assert cited(incident["place_citation"]) == "Almaty"
    assert incident["when"].startswith("2022-01-05") and incident["when_citations"]
    # EXPECTED.md: the summary states the figures with both sources.
    statements = [s["text"] for s in detail["summary"] if s["kind"] == "statement"]
    assert "Korban luka: lebih dari 300 menurut Mata Indonesia; 317 menurut Bisnis.com." in statements


def test_sample_corpus_clusters_its_multi_outlet_stories(store: Store) -> None:
    """Pairwise F1 against the hand-made labels of examples/stories.gold.json: a floor, not a target."""
    api.ingest(store, [str(SEEDS), str(EXAMPLES / "indosum-sample.jsonl")], Settings())
    api.run(store)
    gold_labels = json.loads((EXAMPLES / "stories.gold.json").read_text(encoding="utf-8"))
    gold, predicted = [], []
    for article_id, story_id in store.story_memberships():
        raw, _ = store.load_raw(article_id)
        name = Path(raw.origin).name
        if name in EXPECTED_DATELINES:
            gold.append("kazakhstan-unrest")
        else:
            gold.append(gold_labels.get(raw.external_id or "", f"single:{article_id}"))
        predicted.append(story_id)
    scores = score_clustering(gold, predicted)
    assert scores.pairwise.f1 >= 0.9, scores
    assert scores.bcubed.f1 >= 0.95, scores
