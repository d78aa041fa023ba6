"""The bundled sample corpus and its hand-made story labels stay consistent.

``examples/stories.gold.json`` labels the multi-outlet stories of
``examples/indosum-sample.jsonl`` (see ``examples/README.md``); every other article
of the sample is a singleton. The last test scores the clusterer against it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from telisik.evaluate.metrics import score_clustering

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SOURCE_FIELDS = {"id", "outlet", "published", "url", "category", "lang", "text", "title"}


def sample() -> list[dict[str, Any]]:
    lines = (EXAMPLES / "indosum-sample.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def gold() -> dict[str, str]:
    return json.loads((EXAMPLES / "stories.gold.json").read_text(encoding="utf-8"))


def test_sample_has_the_promised_shape() -> None:
    records = sample()
    assert 40 <= len(records) <= 60
    assert len({record["id"] for record in records}) == len(records)
    for record in records:
        assert set(record) == SOURCE_FIELDS
        assert record["title"] is None and record["lang"] == "id" and record["text"].strip()
    published = [record["published"] for record in records]
    assert published == sorted(published)  # stream order


def test_gold_stories_are_multi_outlet_and_in_the_sample() -> None:
    by_id = {record["id"]: record for record in sample()}
    outlets: dict[str, set[str]] = defaultdict(set)
    for article_id, story in gold().items():
        assert article_id in by_id, article_id
        outlets[story].add(by_id[article_id]["outlet"])
    assert len(outlets) >= 3
    for story, names in outlets.items():
        assert len(names) >= 2, f"{story} is told by one outlet only"


def test_seed_articles_are_bundled() -> None:
    names = sorted(path.name for path in (EXAMPLES / "seeds").glob("*.txt"))
    assert names == ["000_be1e1360af6a3b1b.txt", "003_1d4965f39a87b8fe.txt"]


@pytest.mark.usefixtures("cluster_stage")
def test_clusterer_on_the_sample_scores_in_range() -> None:
    from telisik.evaluate.cluster import assign_stories

    records = sample()
    labels = gold()
    predicted, _ = assign_stories(records)
    truth = [labels.get(record["id"], f"single:{record['id']}") for record in records]
    scores = score_clustering(truth, predicted)
    for value in (*scores.pairwise.as_dict().values(), *scores.bcubed.as_dict().values()):
        assert 0.0 <= value <= 1.0
