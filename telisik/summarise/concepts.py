"""Concept selection for a story of several articles: which words a roundup of it would use.

A neutral roundup of a story (the NeuS references) is mostly words that several
outlets use, that stand in their headlines and near their leads. Instead of
scoring sentences, this scores the story's **words** (concepts, as in the
concept-based summarisers of Gillick & Favre 2009) and then chooses the set of
sentences that covers the most expected words per word spent:

1. **Concepts**: every token of the candidates (sentences and headlines), tokenised
   as ROUGE tokenises (lower-cased ``[a-z0-9]`` runs, Porter-stemmed in English;
   :func:`tokens`). For each token ``w`` and each level ``k`` = 1 … ``MAX_LEVEL``,
   a row of :data:`CONCEPT_FEATURES` (how many outlets use ``w`` in their text and
   in their headline, how often, in how many first sentences, how early, whether it
   is a stopword or a number, its length, the story's size, and ``k``).
2. **Model**: boosted regression trees (the JSON tree reader of scorer.py,
   ``data/concept_scorer.json``, trained by ``bench/summarise_train.py --concepts``
   on neus-val) predict ``P(the roundup uses w at least k times)``.
3. **Choice**: over the subsets of the ``POOL`` most valuable candidates within the
   word budget — at most ``MAX_HEADLINES`` headlines, no two candidates whose cosine
   exceeds the caller's near-repeat bound — the one maximising the expected ROUGE-1
   F1 ``2·E[hits] / (tokens + REFERENCE_SHARE × budget)``, where ``E[hits] = Σ_w Σ_{k ≤ n_w}
   P(w, k)`` for ``n_w`` uses of ``w`` in the summary (text already in the summary,
   the disagreement statements, counts too). Redundancy across outlets costs by
   itself: a repeated word adds tokens but little expected hit.

Every chosen candidate is a whole sentence or a headline, cited as before; this
module only chooses. Measured on neus-val @75 words with story-level
cross-validation (bench/README.md, "summarise", session 5); used only for stories
in ``CONCEPT_LANGUAGES`` (the languages it was measured on).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Any, Callable, Sequence

from rouge_score import tokenize

from telisik.summarise.features import Candidate
from telisik.summarise.scorer import Scorer, packaged_model, scorer_from_dict

MODEL_FILE = "concept_scorer.json"
CONCEPT_FEATURES: tuple[str, ...] = (
    "outlet_share", "outlets", "headline_share", "headlines", "log_count", "first_sentence_uses",
    "first_position", "stopword", "digit", "chars", "articles", "log_candidates", "level",
)
# The levels modelled: P(the roundup uses a word at least k times), k = 1 … MAX_LEVEL. Chosen on the
# first half of neus-val (out-of-fold): 3 scored ROUGE-1 0.4286, 2 0.4265 (bench/README.md, session 5).
MAX_LEVEL = 3
# The reference length in the expected F1, in tokens per word of the summary's budget (statements included).
# Chosen on the first half of neus-val @75 among 40/50/60/70/77 (the mean reference)/90 tokens: 60 scored best
# there (0.4286; 77 read 0.4243), so 60/75 = 0.8; scaled with the budget so a longer budget gives a longer
# summary (a fixed length would give about 65 words whatever the budget).
REFERENCE_SHARE = 0.8
# At most this many headlines in a summary. Chosen on the first half of neus-val among 0/1/2/any:
# 0.4190 / 0.4263 / 0.4304 / 0.4286.
MAX_HEADLINES = 2
# Two headlines closer than this (TF-IDF cosine) say the same and are not both chosen: two outlets' near-identical
# titles read as a repeat. Set for reading; on the first half of neus-val it changed ROUGE-1 by −0.0002
# (0.4304 → 0.4302; 0.3 read 0.4277).
HEADLINE_REPEAT = 0.5
# Subsets are searched among this many candidates, the most valuable alone first; NeuS stories have at
# most 17 candidates (sentences and headlines), a story of many articles more. Set, not tuned.
POOL = 16
# At most this many subsets are scored (depth first, the most valuable candidates first): the search
# stays bounded however short the sentences and large the budget. Set above what neus-val @75 needs.
MAX_SUBSETS = 20000
# The languages the concept model chooses for: those it was trained and measured on (NeuS is English).
CONCEPT_LANGUAGES = frozenset({"en"})
# Stemmed as ROUGE stems (rouge_score's Porter stemmer): the words the model learned are its tokens.
STEMMED = frozenset({"en"})


@lru_cache(maxsize=4)
def _stemmer(lang: str) -> Any:
    if lang not in STEMMED:
        return None
    from nltk.stem import porter  # a dependency of rouge-score

    return porter.PorterStemmer()


def tokens(text: str, lang: str) -> list[str]:
    """The text's tokens as ROUGE counts them (lower-cased ``[a-z0-9]`` runs, stemmed in ``STEMMED``)."""
    return list(tokenize.tokenize(text, _stemmer(lang)))


def concept_rows(found: Sequence[Candidate], token_lists: Sequence[Sequence[str]],
                 stopwords: frozenset[str]) -> tuple[list[list[float]], list[tuple[str, int]]]:
    """A row of :data:`CONCEPT_FEATURES` per (token, level), and the (token, level) of each row."""
    articles = max(1, len({c.article_id for c in found}))
    headline_count = sum(1 for c in found if c.field == "title") or 1
    in_text: dict[str, set[int]] = {}
    in_title: dict[str, set[int]] = {}
    total: Counter[str] = Counter()
    first: Counter[str] = Counter()
    earliest: dict[str, int] = {}
    for c, toks in zip(found, token_lists):
        for w, k in Counter(toks).items():
            if c.field == "title":
                in_title.setdefault(w, set()).add(c.article_id)
                continue
            in_text.setdefault(w, set()).add(c.article_id)
            total[w] += k
            if c.position == 0:
                first[w] += k
            earliest[w] = min(earliest.get(w, c.position), c.position)
    rows, keys = [], []
    for w in sorted(set(in_text) | set(in_title)):
        outlets, headlines = len(in_text.get(w, ())), len(in_title.get(w, ()))
        base = [outlets / articles, float(outlets), headlines / headline_count, float(headlines),
                math.log1p(total[w]), float(first[w]), float(min(earliest.get(w, 9), 9)), float(w in stopwords),
                float(w.isdigit()), float(len(w)), float(articles), math.log1p(len(found))]
        for level in range(1, MAX_LEVEL + 1):
            rows.append(base + [float(level)])
            keys.append((w, level))
    return rows, keys


def expected_hits(counts: Counter[str], probability: dict[tuple[str, int], float]) -> float:
    """``Σ_w Σ_{k ≤ min(n_w, MAX_LEVEL)} P(w, k)``: the reference tokens a summary with these counts is expected to hit."""
    return sum(probability.get((w, k), 0.0) for w, n in counts.items() for k in range(1, min(n, MAX_LEVEL) + 1))


def concept_choice(found: Sequence[Candidate], token_lists: Sequence[Sequence[str]], model: Scorer,
                   max_words: int, stopwords: frozenset[str], repeats: Callable[[int, int], bool],
                   given: Sequence[str] = (), budget: int | None = None,
                   scored: list[tuple[float, tuple[int, ...]]] | None = None) -> list[int]:
    """The indices of ``found`` whose subset maximises the expected ROUGE-1 F1 (module docstring).

    ``repeats(i, j)``: candidates ``i`` and ``j`` say the same (never both chosen); ``given``: the
    tokens already in the summary; ``budget``: the summary's whole word budget, ``given`` included
    (default ``max_words``), which sets the reference length. Never empty when ``found`` is not: when no candidate fits the
    budget, the most valuable one alone. ``scored``, when given, receives every subset the search
    scored as (expected F1, indices), in search order (bench/summarise_rerank.py reads the top of that list).
    """
    if not found:
        return []
    rows, keys = concept_rows(found, token_lists, stopwords)
    probability = dict(zip(keys, (max(0.0, p) for p in model.predict(rows))))
    base = Counter(given)
    reference = REFERENCE_SHARE * (max_words if budget is None else budget)

    def value(counts: Counter[str]) -> float:
        size = sum(counts.values())
        return 2 * expected_hits(counts, probability) / (size + reference) if size else 0.0

    alone = [value(base + Counter(t)) for t in token_lists]
    order = sorted(range(len(found)), key=lambda i: (-alone[i], i))
    pool = [i for i in order if found[i].length <= max_words][:POOL]
    if not pool:
        if scored is not None:
            scored.append((alone[order[0]], (order[0],)))
        return [order[0]]
    bags = {i: Counter(token_lists[i]) for i in pool}
    clash = {(i, k) for i in pool for k in pool if i < k and repeats(i, k)}
    counts: dict[str, int] = dict(base)
    state = {"hits": expected_hits(base, probability), "size": sum(base.values()), "scored": 0}
    best: tuple[float, tuple[int, ...]] = (-1.0, ())

    def add(i: int) -> float:
        """Put candidate ``i``'s tokens in ``counts``; the expected hits they add."""
        gained = 0.0
        for w, c in bags[i].items():
            n = counts.get(w, 0)
            for k in range(n + 1, min(n + c, MAX_LEVEL) + 1):
                gained += probability.get((w, k), 0.0)
            counts[w] = n + c
        return gained

    def remove(i: int) -> None:
        for w, c in bags[i].items():
            counts[w] -= c

    def search(start: int, chosen: list[int], words: int, headlines: int) -> None:
        nonlocal best
        for j in range(start, len(pool)):
            if state["scored"] >= MAX_SUBSETS:
                return
            i = pool[j]
            c = found[i]
            title = c.field == "title"
            if words + c.length > max_words or (title and headlines >= MAX_HEADLINES):
                continue
            if any((min(i, k), max(i, k)) in clash for k in chosen):
                continue
            gained = add(i)
            state["hits"] += gained
            state["size"] += len(token_lists[i])
            state["scored"] += 1
            chosen.append(i)
            size = state["size"]
            v = 2 * state["hits"] / (size + reference) if size else 0.0
            if scored is not None:
                scored.append((v, tuple(chosen)))
            if v > best[0]:
                best = (v, tuple(chosen))
            search(j + 1, chosen, words + c.length, headlines + title)
            chosen.pop()
            state["size"] -= len(token_lists[i])
            state["hits"] -= gained
            remove(i)

    search(0, [], 0, 0)
    return list(best[1])


def concept_model_from_dict(data: dict[str, Any]) -> Scorer:
    """The concept model a ``concept_scorer.json`` describes; its features must be today's."""
    return scorer_from_dict(data, CONCEPT_FEATURES)


@lru_cache(maxsize=1)
def shipped_concept_model() -> Scorer | None:
    """The packaged concept model, or None when the package carries none."""
    return packaged_model(MODEL_FILE, concept_model_from_dict)
