"""The quality gate: every NLP stage, scored by `telisik eval` on small in-repo fixtures, must not drop.

The fixtures were written for this repository (tests/extract/fixtures, tests/evaluate/fixtures)
and are small, so these are regression floors, set just under what the current stages score;
the real numbers come from ../shared/data (bench/README.md). Raise a floor when a change raises
the score; never lower one to make a change pass.
"""

from __future__ import annotations

from pathlib import Path

from telisik.evaluate import run_eval

TESTS = Path(__file__).resolve().parent
NER_SAMPLE = TESTS / "extract" / "fixtures" / "ner-sample.conll"
FIXTURES = TESTS / "evaluate" / "fixtures"


def test_ner_floor() -> None:
    result = run_eval("ner", NER_SAMPLE)
    # measured 0.950 / 0.949 with the distilled network + CRF of issue 4, session 6 (session 4's ensemble:
    # 0.936 / 0.931; the CRF alone: 0.922 / 0.918; rules: 0.865 / 0.849)
    assert result["micro"]["f1"] >= 0.94
    assert result["macro_f1"] >= 0.94


def test_cluster_floor() -> None:
    result = run_eval("cluster", FIXTURES / "cluster.jsonl")
    assert result["pairwise"]["f1"] >= 0.99  # measured 1.000: three clearly separate stories
    assert result["bcubed"]["f1"] >= 0.99


def test_casualties_floor() -> None:
    result = run_eval("casualties", FIXTURES / "casualties.jsonl")
    assert result["killed"]["accuracy"] >= 0.99  # measured 1.000 (issue 6a reads "… bertambah menjadi 14 orang"; was 0.75)
    assert result["injured"]["accuracy"] >= 0.99  # measured 1.000 (was 0.667)
    assert result["false_positive_rate"] <= 0.0
    # the incident's date and place from the claims' context (issue 6, session 3): measured 1.000 (dating by the
    # earliest publication day: 0.800) and 0.800 (the tagger misses "Pangalengan" and takes the village before it)
    assert result["when"]["accuracy"] >= 0.99 and result["when"]["coverage"] >= 0.99
    assert result["when"]["accuracy"] > result["when"]["baseline_first_published"]
    assert result["where"]["accuracy"] >= 0.79


def test_summarise_floor() -> None:
    # At the references' length (about 25 words), as the issue asks: ROUGE rewards length.
    result = run_eval("summarise", FIXTURES / "summarise.jsonl", max_words=30)
    # measured 0.664 with the learned scorer for single articles (issue 7, session 2); 0.613 before; issue 2: 0.552.
    # Session 4's trimming leaves it at 0.664: no summary of these three items is trimmed, so the floor stays
    # (indosum-dev: 0.6946 → 0.6996 cross-validated, bench/README.md; trimming is tested in tests/summarise/test_trim.py)
    assert result["rouge1"] >= 0.64
    # ROUGE-L is summary-level since session 2 (Lin 2004; was sentence-level, 0.535): measured 0.626
    assert result["rougeL"] >= 0.60
    assert result["citation_validity"] == 1.0  # every sentence must be the text it cites
