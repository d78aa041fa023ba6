"""The cluster runner on the in-repo fixture: JSON keys and value ranges."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik.errors import EvalError
from telisik.evaluate.cluster import evaluate_cluster, format_cluster


@pytest.mark.usefixtures("cluster_stage")
def test_evaluate_cluster_keys_and_ranges(fixtures_dir: Path) -> None:
    result = evaluate_cluster(fixtures_dir / "cluster.jsonl")
    assert set(result) >= {"pairwise", "bcubed", "stories", "docs", "docs_per_s"}
    for name in ("pairwise", "bcubed"):
        assert set(result[name]) == {"p", "r", "f1"}
        assert all(0.0 <= value <= 1.0 for value in result[name].values())
    assert result["docs"] == 8
    assert result["gold_stories"] == 3
    assert 1 <= result["stories"] <= 8
    assert result["docs_per_s"] > 0
    assert "pairwise" in format_cluster(result)


def test_evaluate_cluster_requires_gold_label(tmp_path: Path) -> None:
    path = tmp_path / "no-gold.jsonl"
    path.write_text('{"id": "a", "text": "Banjir di Bekasi."}\n', encoding="utf-8")
    with pytest.raises(EvalError, match=r"no-gold\.jsonl:1.*cluster"):
        evaluate_cluster(path)


def test_format_cluster_reports_failures() -> None:
    result = {
        "pairwise": {"p": 1.0, "r": 0.5, "f1": 2 / 3},
        "bcubed": {"p": 1.0, "r": 0.75, "f1": 6 / 7},
        "stories": 4, "docs": 6, "docs_per_s": 120.0, "gold_stories": 3, "failed_docs": 1,
    }
    table = format_cluster(result)
    assert "0.667" in table and "6 documents, 4 stories (gold 3)" in table and "1 documents" in table
