"""Stage 6: Story + Comparison → Summary, Timeline.

An extractive summary: sentences of the story's articles are scored by how
central they are to the story (cosine with the story's word centroid) and how
early they stand in their article (news leads carry the event), then picked
greedily, skipping near-repeats, up to a word budget. Every summary sentence is
a sentence of an article and cites its exact character span.

The timeline takes every sentence that holds a resolved date, orders them by
date and cites each.

This is the baseline; a later version states disagreements from the comparison
and merges sentences across outlets.
"""

from __future__ import annotations

from typing import Sequence

from telisik.models import AnalysedArticle, Comparison, Summary
from telisik.summarise.extractive import select_sentences
from telisik.summarise.timeline import build_timeline

DEFAULT_MAX_WORDS = 100


def summarise(
    story_id: int,
    members: Sequence[AnalysedArticle],
    comparison: Comparison,
    max_words: int = DEFAULT_MAX_WORDS,
) -> Summary:
    """A cited summary and a timeline of one story."""
    del comparison  # the baseline does not yet state disagreements; see the module docstring
    return Summary(story_id, select_sentences(members, max_words), build_timeline(members))


__all__ = ["DEFAULT_MAX_WORDS", "summarise"]
