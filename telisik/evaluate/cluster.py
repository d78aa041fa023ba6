"""``telisik eval cluster FILE.jsonl`` — the cluster stage against gold stories.

The documents are streamed in file order, as articles would arrive:

1. each line becomes an :class:`~telisik.models.Article` through
   :func:`telisik.api.article_from_record` (normalise only — clustering needs no
   extraction), with article id = line position, from 1;
2. one :class:`telisik.cluster.StoryClusterer` assigns it to a story;
   ``Assignment.story_key`` is the predicted story;
3. pairwise and B-cubed P/R/F1 compare the predicted stories with the gold
   ``cluster`` labels (see :mod:`telisik.evaluate.metrics`).

A document the normaliser rejects (a :class:`~telisik.errors.TelisikError`, e.g.
empty text) is scored as a story of its own — what a batch run would leave it as
— and counted in ``failed_docs``. ``docs_per_s`` is measured over the whole loop
(normalise + assign), not the file reading.

Result: ``{"pairwise": {"p","r","f1"}, "bcubed": {"p","r","f1"}, "stories",
"docs", "docs_per_s"}`` plus ``gold_stories`` and ``failed_docs``.
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from pathlib import Path
from typing import Any

from telisik.errors import TelisikError
from telisik.evaluate.jsonl import read_jsonl
from telisik.evaluate.metrics import score_clustering


def evaluate_cluster(path: Path, limit: int | None = None) -> dict[str, Any]:
    """Stream a cluster file through the clusterer and score it (module docstring)."""
    records = read_jsonl(path, required=("id", "text", "cluster"), limit=limit)
    started = time.perf_counter()
    predicted, failed = assign_stories(records)
    elapsed = time.perf_counter() - started
    gold = [str(record["cluster"]) for record in records]
    scores = score_clustering(gold, predicted)
    return {
        "pairwise": scores.pairwise.as_dict(),
        "bcubed": scores.bcubed.as_dict(),
        "stories": len(set(predicted)),
        "docs": len(records),
        "docs_per_s": len(records) / elapsed if elapsed > 0 else 0.0,
        "gold_stories": len(set(gold)),
        "failed_docs": failed,
    }


def assign_stories(records: list[dict[str, Any]]) -> tuple[list[Hashable], int]:
    """The predicted story of each record, in order, and how many failed."""
    from telisik.api import article_from_record  # stages are imported lazily
    from telisik.cluster import StoryClusterer

    clusterer = StoryClusterer()
    predicted: list[Hashable] = []
    failed = 0
    for article_id, record in enumerate(records, start=1):
        try:
            article = article_from_record(record, article_id)
        except TelisikError:
            failed += 1
            predicted.append(("failed", article_id))  # a story of its own
            continue
        predicted.append(clusterer.assign(article).story_key)
    return predicted, failed


def format_cluster(result: dict[str, Any]) -> str:
    """A readable table of the clustering scores."""
    lines = [f"{'':<10}{'P':>8}{'R':>8}{'F1':>8}"]
    for name in ("pairwise", "bcubed"):
        score = result[name]
        lines.append(f"{name:<10}{score['p']:>8.3f}{score['r']:>8.3f}{score['f1']:>8.3f}")
    gold = f" (gold {result['gold_stories']})" if "gold_stories" in result else ""
    lines.append(f"{result['docs']} documents, {result['stories']} stories{gold}, "
                 f"{result['docs_per_s']:.1f} documents/s")
    if result.get("failed_docs"):
        lines.append(f"{result['failed_docs']} documents could not be normalised (scored as singletons)")
    return "\n".join(lines)
