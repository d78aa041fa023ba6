"""Stage 6: Story + Comparison → Summary, Timeline.

1. **Statements**: for every figure two or more articles report, a sentence
   saying what each outlet reports (agree, refine, update or conflict), built
   from the reconciled claims, each value quoting the phrase it came from.
2. **Extractive summary**: article sentences chosen by salience (centrality
   across outlets, position, facts) and maximal marginal relevance within the
   word budget left by the statements; each cites its exact span.
3. **Timeline**: every sentence that holds a resolved date, ordered, the same
   happening reported by several articles merged into one entry citing them all.
"""

from __future__ import annotations

from typing import Sequence

from telisik.models import AnalysedArticle, Comparison, Summary
from telisik.summarise.extractive import select_sentences
from telisik.summarise.statements import disagreement_statements, story_language
from telisik.summarise.timeline import build_timeline

DEFAULT_MAX_WORDS = 100
# Statements may take at most this share of the word budget; the rest is article text.
STATEMENT_SHARE = 0.5


def summarise(
    story_id: int,
    members: Sequence[AnalysedArticle],
    comparison: Comparison,
    max_words: int = DEFAULT_MAX_WORDS,
) -> Summary:
    """A cited summary and a timeline of one story."""
    statements = disagreement_statements(comparison, story_language(members)) if members else ()
    kept, used = [], 0
    for statement in statements:
        length = len(statement.text.split())
        if used + length <= max_words * STATEMENT_SHARE:
            kept.append(statement)
            used += length
    sentences = select_sentences(members, max_words - used)
    return Summary(story_id, sentences + tuple(kept), build_timeline(members))


__all__ = ["DEFAULT_MAX_WORDS", "summarise"]
