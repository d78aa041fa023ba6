"""Sentence selection for the extractive summary, within a word budget.

Two ways to choose, both over whole article sentences of at least ``MIN_WORDS``
words, each citing its exact span:

**One article** (IndoSum-like): the learned scorer (:mod:`telisik.summarise.scorer`)
predicts how many reference words each sentence would cover (ĥ), and sentences
are added greedily while the expected ROUGE-1 F1 of the summary,
``2·Σĥ' / (words chosen + max_words)``, rises — the budget standing for the
reference's length, as the issue sets it. ``ĥ'`` discounts a sentence by
``OVERLAP_DISCOUNT`` × its highest cosine with one already chosen. Cross-validated
on the two halves of indosum-dev this scores ROUGE-1 0.69 against 0.67 for the
hand-set salience below (bench/README.md, "summarise").

**Several articles**: a hand-set salience, because a scorer learned on the 307
NeuS stories did not beat it under cross-validation. Salience combines

- **centrality**: TF-IDF cosine (IDF over the story's own sentences) with the
  centroid of the *other* articles of the story — what several outlets say
  outranks what one says; a single article is compared with itself;
- **position**: ``POSITION_DECAY ** position`` — news leads carry the event;
- **facts**: a bonus for a sentence that holds a claim (a count of killed,
  injured, …), the substance a reader checks first.

Sentences are then picked by maximal marginal relevance: salience minus
``REDUNDANCY_PENALTY`` × the highest similarity to a sentence already chosen.

**Compression** (compress.py): a candidate may be the kept pieces of its sentence
(attribution tails and the like dropped), cited as a ``"compressed"`` sentence
whose parts quote each piece. ``COMPRESSION`` — the rules applied to stories of
several articles — is empty: no rule set beat whole sentences on the held-out
half of neus-val (bench/README.md, "summarise", session 3). The ``Weights``
fields ``quote``, ``length_power``, ``concepts`` and ``budget_share`` are the
other session-3 alternatives, off as shipped for the same reason.

Either way: never over the budget (unless the first sentence alone is longer
than it and no sentence fits: a summary is never empty), never a sentence whose
cosine with a chosen one exceeds ``NEAR_REPEAT``, and the chosen sentences are
returned in story order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Collection, Sequence

from telisik.language.lexicon import read_set
from telisik.models import AnalysedArticle, CitedPart, CitedSentence, Span
from telisik.summarise.compress import kept_pieces, render, words_of
from telisik.summarise.features import QUOTES, Candidate, centroids, dot, feature_rows, tfidf
from telisik.summarise.scorer import Scorer, shipped_scorer

WORD = re.compile(r"[^\W_]+", re.UNICODE)

# The weights below were set with a small grid on the first 1,000 items of
# ../shared/data/summarise/indosum-dev.jsonl (60 words) and the first 150 of
# neus-val.jsonl (75 words), then checked on the remaining items of both; see
# bench/README.md ("summarise"). Re-run bench/summarise_bench.py if you change them.
CENTRALITY_WEIGHT = 1.0
POSITION_DECAY = 0.85
POSITION_WEIGHT = 0.9
CLAIM_BONUS = 0.05
REDUNDANCY_PENALTY = 0.3
# Above this cosine a sentence repeats one already chosen (outlets relay each other
# word for word) and is never taken, whatever its salience.
NEAR_REPEAT = 0.8
# Sentences shorter than this say too little to stand alone in a summary.
MIN_WORDS = 6
# The learned path: a sentence's predicted coverage is discounted by this share of its
# highest cosine with a sentence already chosen. Set by reasoning, not tuned: a sentence
# that fully repeats another adds about half its words anew (function words, details).
OVERLAP_DISCOUNT = 0.5
# The compression rules (compress.py) applied to stories of several articles; none until measured.
COMPRESSION: frozenset[str] = frozenset()
# A pseudo-rule: with it, a sentence is compressed only when its whole form no longer fits the budget.
TO_FIT = "fit"


@dataclass(frozen=True, slots=True)
class Weights:
    """The tuned constants, as one value so a calibration can try others."""

    centrality: float = CENTRALITY_WEIGHT
    position_decay: float = POSITION_DECAY
    position: float = POSITION_WEIGHT
    claim: float = CLAIM_BONUS
    redundancy: float = REDUNDANCY_PENALTY
    # Explored in session 3 for NeuS (bench/summarise_bench.py --weights); 0 = off, as shipped.
    quote: float = 0.0  # subtracted from a sentence that holds a quotation mark (roundups drop quotes)
    length_power: float = 0.0  # salience divided by (words / 20) ** length_power: words cost budget
    # Shared concepts: a bonus for the not-yet-covered words other outlets also use, each weighted by
    # the number of further articles holding it, as a share of the best sentence's (0 = off).
    concepts: float = 0.0
    budget_share: float = 1.0  # use at most this share of the word budget (ROUGE F1 also counts precision)


@lru_cache(maxsize=8)
def _stopwords(lang: str) -> frozenset[str]:
    try:
        return frozenset(w.lower() for w in read_set(lang, "stopwords.txt"))
    except ValueError:
        return frozenset()


def content_words(text: str, lang: str) -> Counter[str]:
    stop = _stopwords(lang)
    return Counter(w for w in (t.lower() for t in WORD.findall(text)) if len(w) > 2 and w not in stop)


def candidates(members: Sequence[AnalysedArticle], compression: Collection[str] = ()) -> list[Candidate]:
    """Every sentence of at least ``MIN_WORDS`` words, compressed by the ``compression`` rules (compress.py)."""
    found = []
    for member in members:
        article = member.article
        claim_starts = [c.start for c in member.extraction.claims]
        for position, sentence in enumerate(article.sentences):
            text = article.text[sentence.start : sentence.end]
            if len(text.split()) < MIN_WORDS:
                continue
            has_claim = any(sentence.start <= s < sentence.end for s in claim_starts)
            pieces: tuple[tuple[int, int], ...] = ()
            if compression:
                kept = kept_pieces(text, article.lang, compression)
                if kept != [(0, len(text))] and words_of(text, kept) >= MIN_WORDS:
                    pieces = tuple((sentence.start + s, sentence.start + e) for s, e in kept)
            if pieces and TO_FIT in compression:  # the whole sentence too; the short form only when it fits alone
                found.append(Candidate(article.id, position, sentence.start, sentence.end, text,
                                       content_words(text, article.lang), len(text.split()), has_claim))
            if pieces:
                text = render(article.text[sentence.start : sentence.end], [(s - sentence.start, e - sentence.start)
                                                                             for s, e in pieces])
            found.append(
                Candidate(article.id, position, sentence.start, sentence.end, text,
                          content_words(text, article.lang), len(text.split()), has_claim, pieces)
            )
    return found


def cited(candidate: Candidate, article_text: str) -> CitedSentence:
    """The summary sentence of a candidate: its text citing its sentence, and its kept pieces when compressed."""
    span = Span(candidate.article_id, candidate.start, candidate.end)
    if not candidate.pieces:
        return CitedSentence(candidate.text, (span,))
    parts = tuple(CitedPart(article_text[s:e], Span(candidate.article_id, s, e)) for s, e in candidate.pieces)
    return CitedSentence(candidate.text, (span,), "compressed", parts)


def select_sentences(
    members: Sequence[AnalysedArticle], max_words: int, weights: Weights = Weights(), learned: bool = True,
    scorer: Scorer | None = None, compression: Collection[str] | None = None,
) -> tuple[CitedSentence, ...]:
    """Salient, non-repeating whole sentences up to ``max_words`` words, in story order.

    A ``scorer`` given here is used whatever the number of articles (for training
    and cross-validation); ``learned=False`` uses the hand-set salience for one
    article too (for comparison).
    """
    if compression is None:
        compression = COMPRESSION if len(members) > 1 else ()
    found = candidates(members, compression)
    if not found:
        return ()
    vectors = tfidf([c.words for c in found])
    if scorer is None and learned and len({c.article_id for c in found}) == 1:
        scorer = shipped_scorer()
    if scorer is not None:
        chosen = _expected_rouge_choice(members, found, vectors, scorer, max_words)
    else:
        chosen = _mmr_choice(found, vectors, max_words, weights)
    picked = sorted((found[i] for i in chosen), key=lambda c: (c.article_id, c.position))
    texts = {m.article.id: m.article.text for m in members}
    return tuple(cited(c, texts[c.article_id]) for c in picked)


def _mmr_choice(found: list[Candidate], vectors: list[dict[str, float]], max_words: int,
                weights: Weights) -> list[int]:
    others, _ = centroids(found, vectors)
    salience = [
        (weights.centrality * dot(v, others[c.article_id])
         + weights.position * weights.position_decay ** c.position
         + (weights.claim if c.has_claim else 0.0)
         - (weights.quote if any(q in c.text for q in QUOTES) else 0.0))
        / (c.length / 20) ** weights.length_power
        for c, v in zip(found, vectors)
    ]
    outlets: dict[str, set[int]] = {}
    for c in found:
        for w in c.words:
            outlets.setdefault(w, set()).add(c.article_id)
    shared = {w: len(ids) - 1 for w, ids in outlets.items() if len(ids) > 1}
    scale = max((sum(shared.get(w, 0) for w in c.words) for c in found), default=0) or 1
    covered: set[str] = set()
    max_words = int(max_words * weights.budget_share)
    chosen: list[int] = []
    used = 0
    remaining = set(range(len(found)))
    while remaining:
        def marginal(i: int) -> float:
            overlap = max((dot(vectors[i], vectors[j]) for j in chosen), default=0.0)
            gain = sum(shared.get(w, 0) for w in found[i].words if w not in covered) / scale if weights.concepts else 0.0
            return salience[i] - weights.redundancy * overlap + weights.concepts * gain

        def fits(i: int) -> bool:
            return used + found[i].length <= max_words or not chosen

        whole_fits = {(found[i].article_id, found[i].start) for i in remaining if not found[i].pieces and fits(i)}
        taken = {(found[j].article_id, found[j].start) for j in chosen}
        fitting = [
            i for i in remaining
            if fits(i)
            and (found[i].article_id, found[i].start) not in taken
            and not (found[i].pieces and (found[i].article_id, found[i].start) in whole_fits)
            and all(dot(vectors[i], vectors[j]) <= NEAR_REPEAT for j in chosen)
        ]
        if not fitting:
            break
        best = max(fitting, key=marginal)
        remaining.discard(best)
        if chosen and marginal(best) <= 0:
            break
        chosen.append(best)
        covered.update(found[best].words)
        used += found[best].length
    return chosen


def _expected_rouge_choice(members: Sequence[AnalysedArticle], found: list[Candidate],
                           vectors: list[dict[str, float]], scorer: Scorer, max_words: int) -> list[int]:
    """Greedy on the expected ROUGE-1 F1 ``2·Σĥ' / (words + max_words)`` (module docstring)."""
    titles = {m.article.id: content_words(m.article.title or "", m.article.lang) for m in members}
    coverage = [max(0.0, h) for h in scorer.predict(feature_rows(members, found, vectors, titles))]
    fits = [i for i, c in enumerate(found) if c.length <= max_words]
    if not fits:  # every sentence is longer than the budget: the best one alone
        return [max(range(len(found)), key=lambda i: coverage[i])]
    chosen: list[int] = []
    words, covered, score = 0, 0.0, 0.0
    while True:
        best: tuple[float, int, float] | None = None
        for i in fits:
            if i in chosen or words + found[i].length > max_words:
                continue
            overlap = max((dot(vectors[i], vectors[j]) for j in chosen), default=0.0)
            if overlap > NEAR_REPEAT:
                continue
            gained = covered + coverage[i] * (1 - OVERLAP_DISCOUNT * overlap)
            expected = 2 * gained / (words + found[i].length + max_words)
            if best is None or expected > best[0]:
                best = (expected, i, gained)
        if best is None or (chosen and best[0] <= score):
            return chosen
        score, i, covered = best
        chosen.append(i)
        words += found[i].length
