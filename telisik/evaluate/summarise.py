"""``telisik eval summarise FILE.jsonl [--max-words N]`` — cited summaries vs references.

Per item:

1. analyse each document (:mod:`telisik.evaluate.items`);
2. reconcile them, then ``telisik.summarise.summarise(story_id=0, members,
   comparison, max_words=N)`` (N = 100 unless given);
3. score the summary sentences with ROUGE-1/2/L F1 against the item's
   ``reference`` (:func:`telisik.evaluate.metrics.rouge_f1`: stemming for English
   only, ROUGE-L summary-level over the summary's own sentences); the scores are
   averaged over items, an empty summary scoring 0;
4. check every summary sentence's citations: a sentence is **valid** when it has
   at least one citation and, for every citation ``Span(article_id, start,
   end, field)``, what it covers in that article (``Article.span_text``: the
   ``text``, or the ``title`` for a headline) contains the sentence text, both
   whitespace-normalised; a statement written from claims is valid when every
   one of its parts quotes text that its own span contains, and so is a compressed
   sentence (the kept pieces of one article sentence). A citation to an unknown article or outside its
   field fails. ``citation_validity`` is the share of valid sentences over all items
   (0 when no summary produced a sentence).

Result: ``{"rouge1","rouge2","rougeL","citation_validity","n"}`` (F1 values in
0–1; ``n`` = items scored) plus ``sentences`` (summary sentences checked),
``max_words`` and ``failed_docs``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from telisik.evaluate.items import analyse_item, reconcile_members
from telisik.evaluate.jsonl import read_jsonl
from telisik.evaluate.metrics import RougeScores, mean_rouge, rouge_f1
from telisik.models import AnalysedArticle, Article, CitedSentence, Span, Summary

DEFAULT_MAX_WORDS = 100


def evaluate_summarise(path: Path, max_words: int | None = None, limit: int | None = None) -> dict[str, Any]:
    """Summarise each item and score it (see the module docstring)."""
    words = DEFAULT_MAX_WORDS if max_words is None else max_words
    items = read_jsonl(path, required=("id", "docs", "reference"), limit=limit, with_docs=True)
    rouge: list[RougeScores] = []
    checks: list[bool] = []
    failed = 0
    for item in items:
        analysed = analyse_item(item)
        failed += analysed.failed_docs
        summary = summarise_members(analysed.members, words)
        sentences = [sentence.text for sentence in summary.sentences]
        rouge.append(rouge_f1(str(item["reference"]), sentences, str(item.get("lang") or "id")))
        articles = {member.article.id: member.article for member in analysed.members}
        checks.extend(citations_hold(sentence, articles) for sentence in summary.sentences)
    mean = mean_rouge(rouge)
    return {
        "rouge1": mean.rouge1,
        "rouge2": mean.rouge2,
        "rougeL": mean.rougeL,
        "citation_validity": sum(checks) / len(checks) if checks else 0.0,
        "n": len(items),
        "sentences": len(checks),
        "max_words": words,
        "failed_docs": failed,
    }


def summarise_members(members: Sequence[AnalysedArticle], max_words: int) -> Summary:
    """The cited summary of one item's documents (empty if none survived)."""
    if not members:
        return Summary(story_id=0)
    from telisik.summarise import summarise  # the stage is imported lazily

    comparison = reconcile_members(members)
    return summarise(story_id=0, members=list(members), comparison=comparison, max_words=max_words)


def article_texts(members: Sequence[AnalysedArticle]) -> dict[int, str]:
    return {member.article.id: member.article.text for member in members}


def citations_hold(sentence: CitedSentence, texts: Mapping[int, Article] | Mapping[int, str]) -> bool:
    """True when every citation points at text that contains the sentence.

    ``texts`` maps article ids to the articles (a span is resolved with
    ``Article.span_text``, so a title citation reads the title), or to bare
    article texts, against which only ``field="text"`` spans can hold.
    A statement (written by telisik from claims) or a compressed sentence (kept
    pieces of one article sentence) holds when each of its parts quotes text its
    own span contains.
    """
    if sentence.kind in ("statement", "compressed"):
        return bool(sentence.parts) and all(_contains(texts, p.span, p.quote) for p in sentence.parts)
    if not sentence.citations:
        return False
    return all(_contains(texts, span, sentence.text) for span in sentence.citations)


def _contains(texts: Mapping[int, Article] | Mapping[int, str], span: Span, wanted: str) -> bool:
    found = texts.get(span.article_id)
    if found is None:
        return False
    if isinstance(found, str):
        if span.field != "text":
            return False
        length, covered = len(found), found[span.start : span.end]
    else:
        try:
            length, covered = len(found.field_text(span.field)), found.span_text(span)
        except ValueError:  # an unknown field
            return False
    if not 0 <= span.start < span.end <= length:
        return False
    return squash_whitespace(wanted) in squash_whitespace(covered)


def squash_whitespace(text: str) -> str:
    return " ".join(text.split())


def format_summarise(result: dict[str, Any]) -> str:
    """A readable table of the summary scores."""
    lines = [
        f"{'ROUGE-1 F1':<20}{result['rouge1']:>8.3f}",
        f"{'ROUGE-2 F1':<20}{result['rouge2']:>8.3f}",
        f"{'ROUGE-L F1':<20}{result['rougeL']:>8.3f}",
        f"{'citation validity':<20}{result['citation_validity']:>8.3f}",
    ]
    detail = f", {result['sentences']} summary sentences" if "sentences" in result else ""
    words = f", max {result['max_words']} words" if "max_words" in result else ""
    lines.append(f"{result['n']} items{detail}{words}")
    if result.get("failed_docs"):
        lines.append(f"{result['failed_docs']} documents could not be analysed (left out)")
    return "\n".join(lines)
