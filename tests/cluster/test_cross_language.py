"""A labelled cross-language check: English reports of the demo corpus's stories join the Indonesian ones.

tests/cluster/fixtures/demo-stories-en.jsonl holds one English report for each of the ten hand-labelled
multi-outlet stories of examples/stories.gold.json, written for this test from the facts of the Indonesian
articles (not copies of published text), and three English decoys of the same kind of event (another
plane crash, another coach, another prison) that must stay apart. They are streamed with the demo corpus
in date order, each English report after the Indonesian articles of its day.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from telisik.api import article_from_record
from telisik.cluster import StoryClusterer

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "demo-stories-en.jsonl"


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_english_reports_join_their_indonesian_story_and_decoys_stay_apart() -> None:
    gold: dict[str, str] = json.loads((ROOT / "examples" / "stories.gold.json").read_text("utf-8"))
    english = _records(FIXTURE)
    records = sorted(_records(ROOT / "examples" / "indosum-sample.jsonl") + english,
                     key=lambda r: (str(r["published"])[:10], r["lang"] == "en"))
    clusterer = StoryClusterer()
    story_of: dict[str, int] = {}
    assignments = {}
    for number, record in enumerate(records, start=1):
        assignment = clusterer.assign(article_from_record(record, number))
        story_of[str(record["id"])] = assignment.story_key
        if record["lang"] == "en":
            assignments[str(record["id"])] = (record["story"], assignment)
    stories: dict[str, set[int]] = defaultdict(set)
    for doc, story in gold.items():
        stories[story].add(story_of[doc])
    assert len(assignments) == 13
    for doc, (label, assignment) in assignments.items():
        if label is None:
            assert assignment.new_story, (doc, assignment.reason)
        else:
            assert stories[str(label)] == {assignment.story_key}, (doc, assignment.reason)
