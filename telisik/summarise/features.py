"""What the learned sentence scorer sees of each candidate sentence of a story.

One row of numbers per candidate (:func:`telisik.summarise.extractive.candidates`),
in the order of :data:`FEATURES`. Every feature is language-neutral (positions,
lengths, word overlaps, counts of what the extract stage found), so a scorer
trained on IndoSum (Indonesian, one article) and NeuS (English, three outlets)
applies to any story:

- **position**: sentence index in its article, its log, ``0.85 ** index``, index
  over the article's sentence count, first sentence, first of its paragraph, the
  paragraph's index; a headline candidate (``field == "title"``) has index −1
  (the others as for index 0), so a scorer trained with headlines tells them apart;
- **length**: words, and their log;
- **centrality**: TF-IDF cosine with the centroid of the other articles (the
  article itself when alone) and with its own article's centroid;
- **title**: TF-IDF cosine with the article's title (0 without one);
- **support**: the highest cosine with a sentence of another article, and the
  share of other articles holding a sentence above ``SUPPORT_COSINE``;
- **facts**: claims, numbers, named entities, resolved dates and attributed
  quotes inside the sentence; a quotation mark; a question;
- **story**: the number of articles (log), sentences of its article (log);
- **reading order**: words of the article before the sentence (log), and the
  sentence's rank by own-article centrality (0 = most central … 1), its cosine
  with the article's first candidate and with the candidate before it, and the
  first candidate's length (log).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from telisik.models import AnalysedArticle

FEATURES: tuple[str, ...] = (
    "position", "log_position", "position_decay", "relative_position", "first", "paragraph_start",
    "paragraph_index", "length", "log_length", "centrality", "own_centrality", "title", "support_max",
    "support_share", "claims", "numbers", "entities", "dates", "quote", "question", "log_articles",
    "log_sentences", "log_words_before", "centrality_rank", "quotes", "first_similarity",
    "previous_similarity", "log_first_length",
)
# A sentence of another article at or above this cosine "supports" a sentence (says the same thing);
# 0.3 is where TF-IDF cosines of paraphrases across outlets start in the seeds and NeuS stories read by hand.
SUPPORT_COSINE = 0.3
POSITION_DECAY = 0.85
QUOTES = "\"“”«»"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence that may enter the summary, with where it sits."""

    article_id: int
    position: int
    start: int
    end: int
    text: str
    words: Counter[str]
    length: int
    has_claim: bool
    # The kept pieces (article offsets) when the sentence is compressed (compress.py); () = the whole sentence.
    pieces: tuple[tuple[int, int], ...] = ()
    # "title" when the candidate is the article's headline: start/end then index ``article.title``.
    field: str = "text"


def tfidf(bags: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Unit TF-IDF vectors of word bags, IDF over the bags themselves."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    vectors = []
    for bag in bags:
        vector = {w: (1 + math.log(k)) * math.log(1 + n / df[w]) for w, k in bag.items() if w in df}
        vectors.append(unit(vector))
    return vectors


def unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {w: v / norm for w, v in vector.items()}


def dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def centroids(found: Sequence[Candidate], vectors: Sequence[dict[str, float]]) -> tuple[
        dict[int, dict[str, float]], dict[int, dict[str, float]]]:
    """Per article: the unit centroid of the *other* articles (itself when alone), and its own."""
    sums: dict[int, Counter[str]] = {}
    for c, v in zip(found, vectors):
        sums.setdefault(c.article_id, Counter()).update(v)
    total: Counter[str] = Counter()
    for s in sums.values():
        total.update(s)
    others, own = {}, {}
    for article_id, mine in sums.items():
        other = (total - mine) if len(sums) > 1 else mine
        others[article_id] = unit(dict(other))
        own[article_id] = unit(dict(mine))
    return others, own


def feature_rows(members: Sequence[AnalysedArticle], found: Sequence[Candidate],
                 vectors: Sequence[dict[str, float]],
                 title_words: dict[int, Counter[str]]) -> list[list[float]]:
    """The :data:`FEATURES` of every candidate, in order."""
    others, own = centroids(found, vectors)
    by_id = {m.article.id: m for m in members}
    articles = len({c.article_id for c in found})
    counts = _counts_per_sentence(members, found)
    sentence_total = {m.article.id: max(1, len(m.article.sentences)) for m in members}
    idf_titles = _title_vectors(found, title_words)
    before = _words_before(members, found)
    ranks = _centrality_ranks(found, [dot(v, own[c.article_id]) for c, v in zip(found, vectors)])
    first: dict[int, int] = {}
    for index, c in enumerate(found):
        if c.field == "text":
            first.setdefault(c.article_id, index)
    rows = []
    for index, (c, v) in enumerate(zip(found, vectors)):
        headline = c.field == "title"
        text = by_id[c.article_id].article.field_text(c.field)
        paragraph_start = c.start == 0 or text[:c.start].rstrip(" \t").endswith("\n")
        paragraph_index = text.count("\n\n", 0, c.start)
        support: list[float] = []
        best: dict[int, float] = {}
        if articles > 1:
            for o, w in zip(found, vectors):
                if o.article_id != c.article_id:
                    best[o.article_id] = max(best.get(o.article_id, 0.0), dot(v, w))
            support = list(best.values())
        claims, numbers, entities, dates, quotes = counts[index]
        lead = first.get(c.article_id, index)
        previous = index - 1 if index > lead and not headline else index
        total = sentence_total[c.article_id]
        place = max(0, c.position)  # a headline (position -1) sits where the first sentence does
        rows.append([
            float(c.position), math.log1p(place), POSITION_DECAY ** place, place / total,
            float(c.position == 0), float(paragraph_start), float(min(paragraph_index, 20)),
            float(c.length), math.log(c.length), dot(v, others[c.article_id]), dot(v, own[c.article_id]),
            dot(v, idf_titles.get(c.article_id, {})), max(support, default=0.0),
            (sum(s >= SUPPORT_COSINE for s in support) / len(support)) if support else 0.0,
            float(claims), float(numbers), float(entities), float(dates),
            float(any(q in c.text for q in QUOTES)), float(c.text.rstrip(QUOTES + " ").endswith("?")),
            math.log(articles), math.log(total), math.log1p(before[index]), ranks[index], float(quotes),
            dot(v, vectors[lead]), dot(v, vectors[previous]) if previous != index else 0.0,
            math.log(found[lead].length),
        ])
    return rows


def _words_before(members: Sequence[AnalysedArticle], found: Sequence[Candidate]) -> list[int]:
    """Words of the article before each candidate (a reader's budget is spent from the top)."""
    texts = {m.article.id: m.article.text for m in members}
    return [len(texts[c.article_id][: c.start].split()) if c.field == "text" else 0 for c in found]


def _centrality_ranks(found: Sequence[Candidate], values: Sequence[float]) -> list[float]:
    """Each candidate's rank by ``values`` within its article, 0 (highest) … 1 (lowest)."""
    by_article: dict[int, list[int]] = {}
    for index, c in enumerate(found):
        by_article.setdefault(c.article_id, []).append(index)
    ranks = [0.0] * len(found)
    for indices in by_article.values():
        order = sorted(indices, key=lambda i: -values[i])
        for rank, i in enumerate(order):
            ranks[i] = rank / max(1, len(order) - 1)
    return ranks


def _title_vectors(found: Sequence[Candidate], titles: dict[int, Counter[str]]) -> dict[int, dict[str, float]]:
    """Titles weighted with the IDF of the story's sentences (words no sentence has are dropped)."""
    df: Counter[str] = Counter()
    for c in found:
        df.update(c.words.keys())
    n = len(found)
    return {
        article_id: unit({w: (1 + math.log(k)) * math.log(1 + n / df[w]) for w, k in bag.items() if w in df})
        for article_id, bag in titles.items() if bag
    }


def _counts_per_sentence(members: Sequence[AnalysedArticle],
                         found: Sequence[Candidate]) -> list[tuple[int, ...]]:
    """(claims, numbers, entities, resolved dates, quotes) starting inside each candidate."""
    starts: dict[int, tuple[list[int], ...]] = {}
    headline: dict[int, tuple[list[int], ...]] = {}
    for m in members:
        x = m.extraction
        starts[m.article.id] = (
            [c.start for c in x.claims if c.field == "text"], [n.start for n in x.numbers],
            [e.start for e in x.entities], [d.start for d in x.dates], [q.start for q in x.quotes],
        )
        # only claims are read from headlines (Claim.field); the rest of the extraction is of the text
        headline[m.article.id] = ([c.start for c in x.claims if c.field == "title"], [], [], [], [])
    out = []
    for c in found:
        lists = (headline if c.field == "title" else starts).get(c.article_id, ([], [], [], [], []))
        out.append(tuple(sum(c.start <= s < c.end for s in found_starts) for found_starts in lists))
    return out
