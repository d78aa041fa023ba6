"""Sentence selection for the extractive summary, within a word budget.

Three ways to choose, all over whole article sentences of at least ``MIN_WORDS``
words, each citing its exact span:

**One article** (IndoSum-like): the learned scorer (:mod:`telisik.summarise.scorer`)
predicts how many reference words each sentence would cover (ĥ), and the subset
of sentences with the best expected ROUGE-1 F1 of the summary,
``2·Σĥ' / (words chosen + max_words)``, is chosen — the budget standing for the
reference's length, as the issue sets it — by exact search over the ``SEARCH_POOL``
candidates of highest ĥ per word (session 7; sessions 2–6 added sentences greedily
while that F1 rose). ``ĥ'``
discounts a sentence by ``OVERLAP_DISCOUNT`` × its highest cosine with one of higher ĥ
in the subset. A sentence may also
enter **trimmed** — ended early before a clause, time or place phrase
(``TRIM``, compress.cut_points), its ĥ scaled by the share of words kept, cited
as a ``"compressed"`` sentence whose one part is the kept prefix — so the budget
fills better. Cross-validated on the two halves of indosum-dev this scored
ROUGE-1 0.6996 greedily (0.6946 with whole sentences only) against 0.668 for the
hand-set salience below; the exact search adds about +0.004 (bench/README.md, "summarise").

**Several articles in a ``CONCEPT_LANGUAGES`` language** (English; session 5): the
concept model (concepts.py) predicts, for every word of the story, the chance that a
neutral roundup uses it (from how many outlets use it in text and headline, how
early, how often), and the subset of sentences and headlines (at most
``MAX_HEADLINES``, no near repeats) that maximises the expected ROUGE-1 F1 is chosen
— redundancy across outlets costs by itself, a repeated word adding little expected
hit. Cross-validated on neus-val @75 words: ROUGE-1 0.435 (halves 0.430 / 0.440)
against 0.418 for the hand-set salience below (bench/README.md, "summarise").

**Several articles otherwise** (Indonesian; no labelled multi-article data to train
or measure a concept model on): a hand-set salience — a sentence scorer learned on the
307 NeuS stories did not beat it under story-level cross-validation (with or without
headlines as candidates). The summary opens with a **headline**: an article title,
cited as ``Span(article_id, start, end, field="title")`` — the one closest to the
other articles' headlines (``TITLE_FIRST``; NeuS references open with a neutral
headline). Then sentences, by salience, which combines

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
cosine with a chosen one exceeds ``NEAR_REPEAT`` (a headline counts as chosen),
and the chosen sentences are returned in story order after the headline.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Collection, Sequence

from telisik.language.lexicon import read_set
from telisik.models import AnalysedArticle, CitedPart, CitedSentence, Span
from telisik.summarise.compress import cut_points, kept_pieces, render, words_of
from telisik.summarise.concepts import (CONCEPT_LANGUAGES, HEADLINE_REPEAT, concept_choice, shipped_concept_model,
                                        tokens)
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
# The trimming rules (compress.cut_points) on the learned path (one article): a sentence is also offered
# ended early, before a clause, time or place phrase, its predicted coverage scaled by the words it keeps.
# Chosen on the first half of indosum-dev (out-of-fold scorer) among the rule sets read by hand as safe
# (ROUGE-1 0.6966 → 0.7012) and read on the second half (0.6927 → 0.6980); "purpose" scored higher but
# cut inside complement clauses, so it is off. bench/README.md, "summarise", session 4. Only the
# TRIM_LANGUAGES are trimmed.
TRIM: frozenset[str] = frozenset({"clause", "date", "place", "participle", "conjunct"})
# The learned path chooses its subset by exact search (_subset_search) among this many forms (whole or
# trimmed), those of highest predicted coverage per word; 0 = the greedy of sessions 2–6. Session 7, chosen on
# the first half of indosum-dev (out-of-fold scorer, mean of tree seeds 0/1/2) among greedy 0.7018 and pools of
# 8 / 12 / 16 / 20 (ranked by predicted coverage: 0.7027 / 0.7047 / 0.7047 / 0.7051) and 12 / 16 (ranked per
# word: 0.7051 / 0.7051): the cheapest of the best. Read on the second half: 0.6969 → 0.7010; bench/README.md,
# "summarise", session 7. At most 2^12 subsets; the budget cuts most of them.
SEARCH_POOL = 12
# The trimming rules on the hand-set path (several articles), where a sentence ended early would compete only
# when the whole one no longer fits: none. With clause, date and place, neus-val @75 read ROUGE-1 0.4139 →
# 0.4164 on the first half but 0.4225 → 0.4223 on the second (held out); bench/README.md, "summarise",
# session 4 (`bench/summarise_bench.py --only neus --trim-english`).
TRIM_SEVERAL: frozenset[str] = frozenset()
# The languages trimmed: those measured. data/en/trim.txt exists for that NeuS measurement; English single
# articles have no labelled data here, so English is not trimmed.
TRIM_LANGUAGES: frozenset[str] = frozenset({"id"})
# A pseudo-rule: with it, a sentence is compressed only when its whole form no longer fits the budget.
TO_FIT = "fit"
# Which headline opens a summary of several articles (Weights.title_first): none; the one closest to
# the other articles' sentences (TF-IDF centroid); the one closest to the other headlines. NeuS
# references open with a neutral headline. HEADLINE_AGREED scored best on the first half of neus-val
# (ROUGE-1 0.414 against 0.413 for HEADLINE_CENTRAL and 0.402 without) and was read on the second
# (0.423 against 0.422 without); bench/README.md, "summarise", session 3 part 2.
HEADLINE_NONE, HEADLINE_CENTRAL, HEADLINE_AGREED = 0.0, 1.0, 2.0
TITLE_FIRST = HEADLINE_AGREED
# A headline shorter than this is a label ("Live updates"), not a summary line; set to MIN_WORDS, not tuned.
MIN_TITLE_WORDS = MIN_WORDS


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
    # Headlines (citable as Span(..., field="title")) on the hand-set path: ``title_first`` is one of the
    # HEADLINE_* choices below; ``title_bonus`` > 0 (explored, off): headlines compete with sentences
    # in the MMR, this bonus added to their salience (then no headline is forced first).
    title_first: float = TITLE_FIRST
    title_bonus: float = 0.0


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
        claim_starts = [c.start for c in member.extraction.claims if c.field == "text"]
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


def title_candidates(members: Sequence[AnalysedArticle]) -> list[Candidate]:
    """Each article's headline of at least ``MIN_TITLE_WORDS`` words, as a candidate citing the title."""
    found = []
    for member in members:
        article = member.article
        title = article.title or ""
        text = title.strip()
        if len(text.split()) < MIN_TITLE_WORDS:
            continue
        start = title.index(text)
        has_claim = any(c.field == "title" for c in member.extraction.claims)
        found.append(Candidate(article.id, -1, start, start + len(text), text, content_words(text, article.lang),
                               len(text.split()), has_claim, field="title"))
    return found


def trimmed_forms(members: Sequence[AnalysedArticle], found: Sequence[Candidate],
                  trim: Collection[str]) -> list[tuple[int, Candidate]]:
    """Each whole sentence of ``found`` in a ``TRIM_LANGUAGES`` language, ended early at its cut points
    (compress.cut_points), with its index: a compressed candidate whose one piece is the kept prefix."""
    if not trim:
        return []
    langs = {m.article.id: m.article.lang for m in members}
    forms = []
    for i, c in enumerate(found):
        lang = langs[c.article_id]
        if c.field != "text" or c.pieces or lang not in TRIM_LANGUAGES:
            continue
        for cut in cut_points(c.text, lang, trim):
            text = render(c.text, [(0, cut)])
            forms.append((i, replace(c, text=text, words=content_words(text, lang), length=len(text.split()),
                                     pieces=((c.start, c.start + cut),))))
    return forms


def cited(candidate: Candidate, article_text: str) -> CitedSentence:
    """The summary sentence of a candidate: its text citing its sentence, and its kept pieces when compressed."""
    span = Span(candidate.article_id, candidate.start, candidate.end, candidate.field)
    if not candidate.pieces:
        return CitedSentence(candidate.text, (span,))
    parts = tuple(CitedPart(article_text[s:e], Span(candidate.article_id, s, e)) for s, e in candidate.pieces)
    return CitedSentence(candidate.text, (span,), "compressed", parts)


def select_sentences(
    members: Sequence[AnalysedArticle], max_words: int, weights: Weights = Weights(), learned: bool = True,
    scorer: Scorer | None = None, compression: Collection[str] | None = None, headlines: bool | None = None,
    trim: Collection[str] | None = None, concepts: Scorer | bool | None = None, given: Sequence[str] = (),
) -> tuple[CitedSentence, ...]:
    """Salient, non-repeating whole sentences up to ``max_words`` words, in story order, headlines first.

    A ``scorer`` given here is used whatever the number of articles (for training
    and cross-validation); ``learned=False`` uses the hand-set salience for one
    article too (for comparison), and for several (no concept model). ``headlines``: whether article titles are
    candidates too (by default: on the hand-set path when ``weights`` use them,
    never on the learned path, whose shipped scorer never saw a title). ``trim``: the
    trimming rules (by default ``TRIM`` on the learned path, ``TRIM_SEVERAL`` on the
    hand-set one; ``()`` = whole sentences only). ``concepts``: on a story of several
    articles in a ``CONCEPT_LANGUAGES`` language, the concept model (concepts.py) chooses
    instead of the hand-set salience — ``None`` = the shipped model with the shipped
    ``weights``, ``False`` = never (the hand-set path), a model = that one; ``given``: the
    texts already in the summary (the statements), whose words the concept choice counts.
    """
    if compression is None:
        compression = COMPRESSION if len(members) > 1 else ()
    found = candidates(members, compression)
    if not found:
        return ()
    if scorer is None and learned and len({c.article_id for c in found}) == 1:
        scorer = shipped_scorer()
    if scorer is None and learned and len({c.article_id for c in found}) > 1:
        model = _concept_model(members, concepts, weights, compression)
        if model is not None:
            return _concept_summary(members, found, model, max_words, given)
    if scorer is None:  # the hand-set path: a trimmed form competes only when its whole sentence no longer fits
        found += [form for _, form in trimmed_forms(members, found, TRIM_SEVERAL if trim is None else trim)]
    if headlines is None:
        headlines = scorer is None and bool(weights.title_first or weights.title_bonus)
    if headlines:
        found += title_candidates(members)
    vectors = tfidf([c.words for c in found])
    if scorer is not None:
        found, chosen = _expected_rouge_choice(members, found, vectors, scorer, max_words,
                                               TRIM if trim is None else trim)
    else:
        chosen = _mmr_choice(found, vectors, max_words, weights)
    # headlines first, then sentences in story order
    picked = sorted((found[i] for i in chosen), key=lambda c: (c.field != "title", c.article_id, c.position))
    texts = {m.article.id: m.article.text for m in members}
    return tuple(cited(c, texts[c.article_id]) for c in picked)


def _concept_model(members: Sequence[AnalysedArticle], concepts: Scorer | bool | None, weights: Weights,
                   compression: Collection[str]) -> Scorer | None:
    """The concept model that chooses for these articles, or None (the hand-set path)."""
    if concepts is False or compression or {m.article.lang for m in members} - CONCEPT_LANGUAGES:
        return None
    if concepts is None or concepts is True:  # shipped: only with the shipped weights (others are the bench's)
        return shipped_concept_model() if weights == Weights() else None
    return concepts


@lru_cache(maxsize=8)
def _concept_stopwords(lang: str) -> frozenset[str]:
    """The language's stopwords as the concept model saw them: as written and as tokenised (stemmed)."""
    stop = _stopwords(lang)
    return stop | {t for w in stop for t in tokens(w, lang)}


def _concept_summary(members: Sequence[AnalysedArticle], found: list[Candidate], model: Scorer, max_words: int,
                     given: Sequence[str]) -> tuple[CitedSentence, ...]:
    """Sentences and headlines chosen by the concept model (concepts.py), headlines first, in story order."""
    found = found + title_candidates(members)
    vectors = tfidf([c.words for c in found])
    lang = members[0].article.lang
    token_lists = [tokens(c.text, lang) for c in found]

    def repeats(i: int, j: int) -> bool:
        similarity = dot(vectors[i], vectors[j])
        both_titles = found[i].field == found[j].field == "title"
        return similarity > NEAR_REPEAT or (both_titles and similarity > HEADLINE_REPEAT)

    chosen = concept_choice(found, token_lists, model, max_words, _concept_stopwords(lang), repeats,
                            [t for text in given for t in tokens(text, lang)],
                            max_words + sum(len(text.split()) for text in given))
    picked = sorted((found[i] for i in chosen), key=lambda c: (c.field != "title", c.article_id, c.position))
    texts = {m.article.id: m.article.text for m in members}
    return tuple(cited(c, texts[c.article_id]) for c in picked)


def _mmr_choice(found: list[Candidate], vectors: list[dict[str, float]], max_words: int,
                weights: Weights) -> list[int]:
    others, _ = centroids(found, vectors)
    salience = [
        (weights.centrality * dot(v, others[c.article_id])
         + weights.position * weights.position_decay ** max(0, c.position)
         + (weights.claim if c.has_claim else 0.0)
         + (weights.title_bonus if c.field == "title" else 0.0)
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
    titles = [i for i, c in enumerate(found) if c.field == "title"]
    if titles and (weights.title_first or not weights.title_bonus):
        remaining -= set(titles)  # headlines only compete with sentences under ``title_bonus``
    if titles and weights.title_first:  # the headline closest to what the other outlets say opens the summary
        def central(i: int) -> float:
            return round(dot(vectors[i], others[found[i].article_id]), 9)

        def agreed(i: int) -> float:
            return round(sum(dot(vectors[i], vectors[j]) for j in titles if j != i), 9)

        if weights.title_first == HEADLINE_AGREED:  # ties (two headlines) go to the more central one
            lead = max(titles, key=lambda i: (agreed(i), central(i), -i))
        else:
            lead = max(titles, key=lambda i: (central(i), -i))
        if found[lead].length <= max_words:
            chosen.append(lead)
            covered.update(found[lead].words)
            used += found[lead].length
    while remaining:
        def marginal(i: int) -> float:
            overlap = max((dot(vectors[i], vectors[j]) for j in chosen), default=0.0)
            gain = sum(shared.get(w, 0) for w in found[i].words if w not in covered) / scale if weights.concepts else 0.0
            return salience[i] - weights.redundancy * overlap + weights.concepts * gain

        def fits(i: int) -> bool:
            return used + found[i].length <= max_words or not chosen

        whole_fits = {_place(found[i]) for i in remaining if not found[i].pieces and fits(i)}
        taken = {_place(found[j]) for j in chosen}
        fitting = [
            i for i in remaining
            if fits(i)
            and _place(found[i]) not in taken
            and not (found[i].pieces and _place(found[i]) in whole_fits)
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


def _place(candidate: Candidate) -> tuple[int, str, int]:
    """Where a candidate sits: its whole and compressed forms share it."""
    return candidate.article_id, candidate.field, candidate.start


def _expected_rouge_choice(members: Sequence[AnalysedArticle], found: list[Candidate],
                           vectors: list[dict[str, float]], scorer: Scorer, max_words: int,
                           trim: Collection[str] = ()) -> tuple[list[Candidate], list[int]]:
    """The subset with the best expected ROUGE-1 F1 ``2·Σĥ' / (words + max_words)`` (module docstring).

    With ``trim`` rules, each sentence is also offered ended early at its cut points
    (compress.cut_points), its predicted coverage times the share of its words kept;
    at most one form of a sentence is chosen. The subset is found by exact search
    (:func:`_subset_search`) among the ``SEARCH_POOL`` forms of highest predicted coverage
    per word; then forms are added greedily while the expected F1 rises (all of the choice
    when ``SEARCH_POOL`` is 0, the greedy of sessions 2–6). Returns the candidates
    (sentences, then trimmed forms) and the indices chosen among them.
    """
    titles = {m.article.id: content_words(m.article.title or "", m.article.lang) for m in members}
    rows = feature_rows(members, found, vectors, titles)
    coverage = [max(0.0, h) for h in scorer.coverage(rows, [c.length for c in found])]
    forms, source = list(found), list(range(len(found)))
    for i, form in trimmed_forms(members, found, trim):
        forms.append(form)
        source.append(i)
        coverage.append(coverage[i] * form.length / found[i].length)
    fits = [k for k, c in enumerate(forms) if c.length <= max_words]
    if not fits:  # every sentence is longer than the budget: the best one alone
        return forms, [max(range(len(found)), key=lambda i: coverage[i])]
    # the search's subset (none when SEARCH_POOL is 0), then the greedy adds forms while the expected F1 rises:
    # outside the pool, that happens only under a budget far above IndoSum's (1 item in 6,984 at 60 words)
    chosen = _subset_search(forms, source, coverage, vectors, fits, max_words) if SEARCH_POOL else []
    taken = {source[k] for k in chosen}
    words = sum(forms[k].length for k in chosen)
    covered = _discounted(chosen, source, coverage, vectors)
    score = 2 * covered / (words + max_words) if chosen else 0.0
    while True:
        best: tuple[float, int, float] | None = None
        for k in fits:
            if source[k] in taken or words + forms[k].length > max_words:
                continue
            overlap = max((dot(vectors[source[k]], vectors[source[j]]) for j in chosen), default=0.0)
            if overlap > NEAR_REPEAT:
                continue
            gained = covered + coverage[k] * (1 - OVERLAP_DISCOUNT * overlap)
            expected = 2 * gained / (words + forms[k].length + max_words)
            if best is None or expected > best[0]:
                best = (expected, k, gained)
        if best is None or (chosen and best[0] <= score):
            return forms, chosen
        score, k, covered = best
        chosen.append(k)
        taken.add(source[k])
        words += forms[k].length


def _discounted(chosen: Sequence[int], source: Sequence[int], coverage: Sequence[float],
                vectors: Sequence[dict[str, float]]) -> float:
    """``Σĥ'`` of a subset: each form discounted by its highest cosine with one of higher ĥ (ties: the earlier)."""
    order = sorted(chosen, key=lambda k: -coverage[k])
    return sum(coverage[k] * (1 - OVERLAP_DISCOUNT * max((dot(vectors[source[k]], vectors[source[j]])
                                                         for j in order[:n]), default=0.0))
               for n, k in enumerate(order))


def _subset_search(forms: Sequence[Candidate], source: Sequence[int], coverage: Sequence[float],
                   vectors: Sequence[dict[str, float]], fits: Sequence[int], max_words: int) -> list[int]:
    """Every subset of the ``SEARCH_POOL`` fitting forms of highest predicted coverage per word that
    keeps to the budget, holds at most one form of a sentence and no near repeat, scored by the
    expected ROUGE-1 F1 ``2·Σĥ' / (words + max_words)``; the best one (never empty).

    ``ĥ'`` discounts a form by ``OVERLAP_DISCOUNT`` × its highest cosine with a form of higher
    predicted coverage in the subset (the greedy's discount, with the order made canonical).
    """
    ranked = sorted(fits, key=lambda k: (-coverage[k] / forms[k].length, k))[:SEARCH_POOL]
    pool = sorted(ranked, key=lambda k: -coverage[k])  # the discount order: more coverage first (stable)
    best: tuple[float, tuple[int, ...]] = (0.0, (pool[0],))
    # every pair's cosine once (not once per subset: up to 2^12 of them), each in the order the
    # search asks for it, the newer form first, so the sums are the same floats; two forms of one
    # sentence are never both taken (infinitely similar)
    similar = [[math.inf if source[k] == source[j] else dot(vectors[source[k]], vectors[source[j]]) for j in pool]
               for k in pool]

    def search(start: int, chosen: list[int], words: int, covered: float) -> None:
        nonlocal best
        for a in range(start, len(pool)):
            k = pool[a]
            if words + forms[k].length > max_words:
                continue
            row = similar[a]
            overlap = max((row[b] for b in chosen), default=0.0)
            if overlap > NEAR_REPEAT:
                continue
            gained = covered + coverage[k] * (1 - OVERLAP_DISCOUNT * overlap)
            chosen.append(a)
            expected = 2 * gained / (words + forms[k].length + max_words)
            if expected > best[0]:
                best = (expected, tuple(pool[b] for b in chosen))
            search(a + 1, chosen, words + forms[k].length, gained)
            chosen.pop()

    search(0, [], 0, 0.0)
    return list(best[1])
