"""``telisik eval ner FILE.conll`` — entity-level P/R/F1 of the extract stage.

For each sentence of the file:

1. join its tokens with single spaces into a text, remembering each token's
   character offsets;
2. run :func:`telisik.extract.find_entities` on that text (language ``id``: all
   the labelled NER sets are Indonesian);
3. map each predicted character span back to tokens — the first token that ends
   after the span starts through the last token that starts before it ends, so a
   span that cuts a token is snapped outwards to the covering tokens; a span over
   whitespace only is dropped;
4. compare with the gold BIO entities (exact span and type, conlleval semantics).

The result is ``{"micro": {"p","r","f1"}, "macro_f1", "per_type": {TYPE: {"p",
"r","f1"}}, "sentences", "gold_entities"}``, as ``DESIGN.md`` fixes it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from telisik.evaluate.conll import ConllSentence, read_conll
from telisik.evaluate.metrics import EntitySpan, score_entities, spans_from_tags
from telisik.models import EntityMention

NER_LANGUAGE = "id"

EntityFinder = Callable[[str, str], Sequence[EntityMention]]


@dataclass(frozen=True, slots=True)
class TokenOffsets:
    """Where each token of a space-joined sentence starts and ends."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]


def evaluate_ner(path: Path, find_entities: EntityFinder | None = None) -> dict[str, Any]:
    """Score the entity finder on a CoNLL file (see the module docstring)."""
    finder = find_entities or _default_finder()
    sentences = read_conll(path)
    gold = [spans_from_tags(sentence.tags) for sentence in sentences]
    predicted = [predict_spans(sentence, finder) for sentence in sentences]
    scores = score_entities(gold, predicted)
    return {
        "micro": scores.micro.as_dict(),
        "macro_f1": scores.macro_f1,
        "per_type": {kind: score.as_dict() for kind, score in scores.per_type.items()},
        "sentences": len(sentences),
        "gold_entities": sum(len(spans) for spans in gold),
    }


def predict_spans(sentence: ConllSentence, finder: EntityFinder) -> set[EntitySpan]:
    """The finder's entities in one sentence, as token spans."""
    text, offsets = join_tokens(sentence.tokens)
    spans: set[EntitySpan] = set()
    for mention in finder(text, NER_LANGUAGE):
        span = token_span(offsets, mention.start, mention.end, mention.type)
        if span is not None:
            spans.add(span)
    return spans


def join_tokens(tokens: Sequence[str]) -> tuple[str, TokenOffsets]:
    """Tokens joined by single spaces, with each token's offsets in the result."""
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for token in tokens:
        starts.append(position)
        ends.append(position + len(token))
        position += len(token) + 1
    return " ".join(tokens), TokenOffsets(tuple(starts), tuple(ends))


def token_span(offsets: TokenOffsets, start: int, end: int, kind: str) -> EntitySpan | None:
    """The tokens covering characters ``start:end``, or None if it covers none."""
    first = bisect_right(offsets.ends, start)  # first token ending after start
    last = bisect_left(offsets.starts, end) - 1  # last token starting before end
    if first > last:
        return None
    return EntitySpan(first, last + 1, kind)


def format_ner(result: dict[str, Any]) -> str:
    """A readable table of the NER scores."""
    lines = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}"]
    for kind, score in result["per_type"].items():
        lines.append(_row(kind, score))
    lines.append(_row("micro", result["micro"]))
    lines.append(f"{'macro':<8}{'':>8}{'':>8}{result['macro_f1']:>8.3f}")
    extra = [f"{key} {result[key]}" for key in ("sentences", "gold_entities") if key in result]
    if extra:
        lines.append(", ".join(extra))
    return "\n".join(lines)


def _row(label: str, score: dict[str, float]) -> str:
    return f"{label:<8}{score['p']:>8.3f}{score['r']:>8.3f}{score['f1']:>8.3f}"


def _default_finder() -> EntityFinder:
    from telisik.extract import find_entities  # the extract stage is imported lazily

    return find_entities
