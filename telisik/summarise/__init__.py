"""Stage 6: Story + Comparison → Summary, Timeline.

1. **Statements**: for every figure two or more articles report, a sentence
   saying what each outlet reports (agree, refine, update or conflict), built
   from the reconciled claims, each value quoting the phrase it came from.
2. **Extractive summary**: sentences of the articles in the story's main
   language, chosen within the word budget left by the statements — by a learned
   scorer for a single article (a sentence may enter trimmed, ended early before a
   clause, time or place phrase — Indonesian only); for several in English by the
   concept model (the sentences and headlines covering the words a neutral roundup
   is likeliest to use, concepts.py); for several otherwise by salience (centrality
   across outlets, position, facts) and maximal marginal relevance, after the
   headline the other outlets' headlines agree with most; each cites its exact
   span (a headline cites the title: ``Span.field == "title"``; a trimmed sentence
   cites its kept prefix).
3. **Timeline**: every sentence that holds a resolved date, ordered, the same
   happening reported by several articles merged into one entry citing them all.
"""

from __future__ import annotations

from typing import Collection, Sequence

from telisik.models import AnalysedArticle, Comparison, Summary
from telisik.summarise.extractive import Weights, select_sentences
from telisik.summarise.scorer import Scorer
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
    compression: Collection[str] | None = None,
    weights: Weights = Weights(),
    scorer: Scorer | None = None,
    headlines: bool | None = None,
    trim: Collection[str] | None = None,
    concepts: Scorer | bool | None = None,
) -> Summary:
    """A cited summary and a timeline of one story.

    ``compression``, ``weights``, ``scorer``, ``headlines``, ``trim``, ``concepts``: other than the
    shipped ones, for the bench (see :func:`telisik.summarise.extractive.select_sentences`).
    """
    lang = story_language(members) if members else "id"
    statements = disagreement_statements(comparison, lang) if members else ()
    kept, used = [], 0
    for statement in statements:
        length = len(statement.text.split())
        if used + length <= max_words * STATEMENT_SHARE:
            kept.append(statement)
            used += length
    # the summary is in the story's main language: other articles' sentences are left out
    # (when no article is in it — a language without templates — every article counts)
    speaking = [m for m in members if m.article.lang == lang] or list(members)
    sentences = select_sentences(speaking, max_words - used, compression=compression, weights=weights,
                                 scorer=scorer, headlines=headlines, trim=trim, concepts=concepts,
                                 given=[s.text for s in kept])
    return Summary(story_id, sentences + tuple(kept), build_timeline(members, comparison.events))


__all__ = ["DEFAULT_MAX_WORDS", "summarise"]
