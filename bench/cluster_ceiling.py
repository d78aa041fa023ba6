"""How far the cluster stage's own signals can go: batch and oracle ceilings (issue 5, session 8).

    .venv/bin/python bench/cluster_ceiling.py                 # both dev files, prints the tables
    .venv/bin/python bench/cluster_ceiling.py --only ecbplus-dev.jsonl --pair-models

Everything reads the same signals the shipped streaming clusterer reads (:meth:`StoryClusterer.read`,
the same TF-IDF weighting, names, principal names, the same cached USE embeddings as
bench/calibrate_cluster.py). Nothing here changes the package.

1. **Pair scores, article to article.** Each article is made a one-article story
   (:class:`~telisik.cluster.signals.StoryState`), with the document frequencies of the whole set
   (batch: every article has been seen), and :func:`~telisik.cluster.signals.pair_features` is
   computed for every ordered pair. Three scores a pair: the join model's p(same story), symmetrised
   as the mean of both directions; the USE embedding cosine; the cosine of the clusterer's TF-IDF
   vectors (its 60 strongest stemmed terms).
2. **Batch agglomeration** (scipy, average / complete / single link over 1 − score), cut at a
   threshold chosen two ways: by **cross-validation** (the folds of bench/calibrate_cluster.py; the
   join model refitted on the other fold of both files, as ``--cv`` does, and the cut chosen on that
   fold's own clustering, for each file apart), and the **oracle** cut (best on the very file scored,
   labelled as such).
3. **Streaming oracles** with the shipped model (in-sample) and the real retrieval: the shipped
   decisions (a check: the same as ``telisik eval cluster``); the shipped decisions with a wrong join
   undone when the story has at most ``YOUNG`` articles (what a consolidation of young stories could
   gain at most), or whenever it is wrong (perfect precision); the *retrieval ceiling* (join the gold
   story whenever the index, the archive or MinHash retrieves it, else open a new story); *perfect
   decision* (join the model's best candidate only when it is the gold story); *perfect ranking* (join
   the gold candidate when its p reaches the shipped bar). ``--streams-only`` runs only these.
4. **Order**: a greedy single pass in file order over the same article-to-article scores (join the
   story with the best mean score if it reaches the cut), beside batch average link on the same scores.
5. **Same-kind events (ECB+)**: for each topic, the AUC of its within-event pairs against its
   cross-event pairs, by each score; and the F1 of splitting each topic in two by average link (the
   topic and the number of its events given by an oracle).
6. ``--pair-models``: the same average link over a model fitted on article *pairs* rather than on
   article-story candidates (logistic regression and boosted trees, on the other fold of the same file).

Cost: the features of every ordered pair are computed in Python; gva-dev's 8.75 million ordered pairs took
336 s of CPU, and the whole run 19 min wall-clock, 10 min CPU, at load average 4–6 on 2 shared cores
(session 8). ``--only ecbplus-dev.jsonl`` takes about 2.5 min.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate_cluster import FILES, CachedEmbedder, clusterer_for, fit, folds, load, subset, training_rows  # noqa: E402

from telisik.cluster import StoryClusterer, _day  # noqa: E402
from telisik.cluster.decision import JoinModel, load_model  # noqa: E402
from telisik.cluster.signals import (  # noqa: E402
    ArticleSignals, StoryState, explicit_day, find_years, pair_features, proper_runs,
)
from telisik.evaluate.metrics import score_clustering  # noqa: E402
from telisik.models import Article  # noqa: E402

# Cuts tried on a similarity (1 − distance): every 0.02 from 0.02 to 0.98, and finer below 0.02 (an
# article-to-article p is small: the model was fitted on article-to-story candidates).
CUTS = (0.001, 0.002, 0.005, 0.01, 0.015) + tuple(round(x, 2) for x in np.arange(0.02, 0.99, 0.02))
LINKS = ("average", "complete", "single")
# A story this young when it takes a wrong join (session 7: 13 of ECB+'s 15 first wrong joins came while the
# story had 1–4 articles); the "young" oracle undoes such joins, bounding what a consolidation could gain.
YOUNG = 4

Matrix = NDArray[np.float64]


# ---------------------------------------------------------------------------- pair scores

class PairScores:
    """The three article-to-article scores of one set of articles (batch frequencies)."""

    def __init__(self, articles: list[Article], embedder: CachedEmbedder) -> None:
        clusterer = clusterer_for(embedder)
        readings = [clusterer.read(a)[1] for a in articles]
        for reading in readings:  # batch: every article is counted before any is weighed
            clusterer.frequencies.add(reading.counts)
            clusterer.name_frequencies.add(reading.names)
            clusterer.lower_frequencies.add(reading.lower_words)
        self.signals = [self._signals(clusterer, a, r) for a, r in zip(articles, readings)]
        self.names = clusterer.name_frequencies
        n = len(articles)
        started = time.process_time()
        self.features = self._features()
        print(f"    {n} articles: features of {n * (n - 1):,} ordered pairs in "
              f"{time.process_time() - started:.0f} s CPU", file=sys.stderr)
        vectors = np.stack([s.embedding for s in self.signals]).astype(np.float64)  # type: ignore[misc]
        self.use: Matrix = vectors @ vectors.T
        self.tfidf: Matrix = self._tfidf()

    @staticmethod
    def _signals(clusterer: StoryClusterer, article: Article, reading: Any) -> ArticleSignals:
        """As StoryClusterer._signals, weighed with the frequencies of the whole set."""
        return ArticleSignals(
            article.id, clusterer.frequencies.weigh(reading.counts), reading.names, reading.numbers,
            _day(article), article.outlet, reading.embedding,
            article.published is not None and not article.published.inferred, article.lang,
            explicit_day(article.published), find_years(reading.numbers),
            days=reading.days, event_days=reading.event_days,
            principals=proper_runs(reading.runs, clusterer.name_frequencies, clusterer.lower_frequencies),
        )

    def _features(self) -> NDArray[np.float32]:
        n = len(self.signals)
        stories = []
        for i, signals in enumerate(self.signals):
            story = StoryState(i)
            story.add(replace(signals))
            stories.append(story)
        bridge = load_model().bridge
        out = np.zeros((n, n, len(pair_features(self.signals[0], stories[0], self.names, bridge))), np.float32)
        for i, signals in enumerate(self.signals):
            for j, story in enumerate(stories):
                if i != j:
                    out[i, j] = pair_features(signals, story, self.names, bridge)
        return out

    def _tfidf(self) -> Matrix:
        vocabulary: dict[str, int] = {}
        for s in self.signals:
            for t in s.vector:
                vocabulary.setdefault(t, len(vocabulary))
        dense = np.zeros((len(self.signals), len(vocabulary)))
        for i, s in enumerate(self.signals):
            for t, w in s.vector.items():
                dense[i, vocabulary[t]] = w
        return dense @ dense.T

    def probability(self, model: JoinModel) -> Matrix:
        """The join model's p(same story), symmetrised (mean of both directions)."""
        z = (self.features @ np.asarray(model.weights, np.float32)).astype(np.float64) + model.bias
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        return (p + p.T) / 2.0


# ---------------------------------------------------------------------------- clusterings

def agglomerate(similarity: Matrix, link: str) -> Matrix:
    distance = np.clip(1.0 - similarity, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    return linkage(squareform((distance + distance.T) / 2.0, checks=False), method=link)


def cut(tree: Matrix, similarity_cut: float) -> NDArray[np.int32]:
    return fcluster(tree, t=1.0 - similarity_cut, criterion="distance")  # type: ignore[no-any-return]


def greedy(similarity: Matrix, similarity_cut: float) -> list[int]:
    """A single pass in order: join the story with the best mean score to its members, if ≥ the cut."""
    n = len(similarity)
    sums = np.zeros((n, n))  # sums[i, k]: article i's total score with story k's members
    sizes = np.zeros(n)
    labels: list[int] = []
    stories = 0
    for i in range(n):
        best = -1
        if stories:
            means = sums[i, :stories] / sizes[:stories]
            best = int(np.argmax(means))
            if means[best] < similarity_cut:
                best = -1
        if best < 0:
            best, stories = stories, stories + 1
        sums[:, best] += similarity[:, i]
        sizes[best] += 1
        labels.append(best)
    return labels


def scores(gold: list[str], predicted: Any) -> tuple[float, float]:
    result = score_clustering(gold, [int(x) for x in predicted])
    return result.pairwise.f1, result.bcubed.f1


def sweep_cuts(gold: list[str], cluster_at: Any) -> dict[float, tuple[float, float]]:
    return {c: scores(gold, cluster_at(c)) for c in CUTS}


def best_cut(table: dict[float, tuple[float, float]]) -> float:
    return max(table, key=lambda c: (table[c][0], -abs(c - 0.5)))


# ---------------------------------------------------------------------------- streaming oracles

def oracle_stream(model: JoinModel, articles: list[Article | None], gold: list[str], embedder: CachedEmbedder,
                  mode: str) -> tuple[float, float]:
    """The real stream (retrieval, windows, archive, MinHash) with decisions made by an oracle (``mode``)."""
    clusterer = clusterer_for(embedder, model)
    label_of: dict[int, str] = {}
    predicted: list[Any] = []
    for number, (article, label) in enumerate(zip(articles, gold)):
        if article is None:
            predicted.append(("failed", number))
            continue
        signals, active = clusterer.candidates(article)
        archived = clusterer.archived_candidates(signals)
        signature = clusterer.copies.signature(article.text)
        copy = clusterer.copies.find(signature)
        copy_story = clusterer.story_of_article.get(copy[0]) if copy is not None else None
        p_active = model.probabilities([f for _, f in active])
        p_closed = model.reopen_probabilities([f for _, f in archived])
        scored = [(s, p, model.join_probability, False) for (s, _), p in zip(active, p_active)] \
            + [(s, p, model.reopen_probability, True) for (s, _), p in zip(archived, p_closed)]
        chosen: int | None = None
        right = [(s, p, bar) for s, p, bar, _ in scored if label_of[s.key] == label]
        eligible = [(s, p, bar) for s, p, bar, closed in scored if not closed or p >= bar]
        if mode in ("shipped", "young", "precise"):
            # The shipped decision (StoryClusterer.assign): a copy's story, else the best candidate (a closed
            # one only at its bar) if it reaches its bar; "young" undoes it when it is wrong and the story has
            # YOUNG articles or fewer, "precise" whenever it is wrong.
            best = max(eligible, key=lambda r: r[1]) if eligible else None
            chosen = copy_story if copy_story is not None else \
                best[0].key if best is not None and best[1] >= best[2] else None
            size = 0 if chosen is None else (clusterer.stories.get(chosen) or clusterer.archive[chosen]).size
            if chosen is not None and label_of[chosen] != label and (mode == "precise" or
                                                                      (mode == "young" and size <= YOUNG)):
                chosen = None
        elif copy_story is not None and (mode == "decision" or label_of[copy_story] == label):
            chosen = copy_story if label_of[copy_story] == label else None
        elif mode == "retrieval":
            chosen = max(right, key=lambda r: r[0].size)[0].key if right else None
        elif mode == "decision":  # the shipped choice (a closed story only above its bar), kept when right
            top = max(eligible, key=lambda r: r[1]) if eligible else None
            pick = top[0].key if top is not None else None
            chosen = pick if pick is not None and label_of[pick] == label else None
        elif mode == "ranking":  # the gold candidate, when the model's p reaches the bar
            reached = [r for r in right if r[1] >= r[2]]
            chosen = max(reached, key=lambda r: r[1])[0].key if reached else None
        key = clusterer.next_key if chosen is None else chosen
        label_of.setdefault(key, label)
        clusterer.place(signals, key)
        clusterer.copies.add(article.id, signature, None)
        predicted.append(key)
    return scores(gold, [hash(p) if isinstance(p, tuple) else p for p in predicted])


# ---------------------------------------------------------------------------- the run

def present(loaded: Any) -> tuple[list[Article], list[str]]:
    articles, gold, _ = loaded
    kept = [(a, g) for a, g in zip(articles, gold) if a is not None]
    return [a for a, _ in kept], [g for _, g in kept]


def fold_models(files: dict[str, Any]) -> list[JoinModel]:
    """Model k is fitted on fold 1 − k of both files (as bench/calibrate_cluster.py --cv)."""
    parts = {name: folds(name, files[name][1]) for name in files}
    models = []
    for k in (0, 1):
        pairs = {name: training_rows(*subset(files[name], parts[name][1 - k])) for name in files}
        models.append(replace(fit([pairs[n][0] for n in files], [pairs[n][1] for n in files], f"fold {k}"),
                              bridge=load_model().bridge))
    return models


def run_file(name: str, loaded: Any, models: list[JoinModel], pair_models: bool = False) -> list[str]:
    lines = [f"\n### {name}\n"]
    articles, gold = present(loaded)
    embedder = loaded[2]
    parts = folds(name, gold)
    shipped = load_model()
    print(f"  {name}: pair scores of the whole file", file=sys.stderr)
    whole = PairScores(articles, embedder)
    halves = []
    for k in (0, 1):
        print(f"  {name}: pair scores of fold {k}", file=sys.stderr)
        halves.append(PairScores([articles[i] for i in parts[k]], embedder))
    golds = [[gold[i] for i in part] for part in parts]

    def similarities(pairs: PairScores, kind: str, model: JoinModel) -> Matrix:
        return pairs.probability(model) if kind == "model p" else pairs.use if kind == "USE cosine" else pairs.tfidf

    lines.append("| score | clustering | cut by CV: pairwise F1 (folds) | B³ F1 | oracle cut on the whole file "
                 "(in-sample model): pairwise F1 | B³ F1 | oracle cut |")
    lines.append("|---|---|---|---|---|---|---|")
    for kind in ("model p", "USE cosine", "TF-IDF cosine"):
        for method in [*LINKS, "greedy (file order)"]:
            held = []
            for k in (0, 1):
                # Fitted on the other fold (model k), the cut chosen on that fold's own clustering.
                fitted_on, scored_on = halves[1 - k], halves[k]
                if method.startswith("greedy"):
                    table = sweep_cuts(golds[1 - k], lambda c, s=similarities(fitted_on, kind, models[k]): greedy(s, c))
                    chosen = best_cut(table)
                    held.append(scores(golds[k], greedy(similarities(scored_on, kind, models[k]), chosen)))
                else:
                    tree = agglomerate(similarities(fitted_on, kind, models[k]), method)
                    chosen = best_cut(sweep_cuts(golds[1 - k], lambda c, t=tree: cut(t, c)))
                    held.append(scores(golds[k], cut(agglomerate(similarities(scored_on, kind, models[k]), method),
                                                      chosen)))
            full = similarities(whole, kind, shipped)
            if method.startswith("greedy"):
                table = sweep_cuts(gold, lambda c: greedy(full, c))
            else:
                tree = agglomerate(full, method)
                table = sweep_cuts(gold, lambda c: cut(tree, c))
            oracle = best_cut(table)
            pairwise = np.mean([h[0] for h in held])
            lines.append(f"| {kind} | {method} | **{pairwise:.3f}** ({held[0][0]:.3f}, {held[1][0]:.3f}) | "
                         f"{np.mean([h[1] for h in held]):.3f} | {table[oracle][0]:.3f} | {table[oracle][1]:.3f} | "
                         f"{oracle:g} |")
            print(lines[-1], file=sys.stderr)

    lines.extend(oracle_rows(loaded))

    if name.startswith("ecbplus"):
        lines.extend(same_kind_events(gold, parts, halves, whole, models, shipped))
    if pair_models:
        lines.extend(pair_model_rows(golds, halves))
    return lines


def oracle_rows(loaded: Any) -> list[str]:
    """The streaming oracles' table (:func:`oracle_stream`), with the shipped model."""
    shipped = load_model()
    lines = ["\nStreaming oracles (the shipped model, in-sample; the real retrieval, window, archive and MinHash):\n",
             "| stream | pairwise F1 | B³ F1 |", "|---|---|---|"]
    for mode, label in (("shipped", "the shipped decisions (as `telisik eval cluster`, cached embeddings)"),
                        ("young", f"the shipped decisions, a wrong join into a story of ≤ {YOUNG} articles undone"),
                        ("precise", "the shipped decisions, every wrong join undone (perfect precision)"),
                        ("retrieval", "retrieval ceiling: join the gold story whenever it is retrieved"),
                        ("decision", "perfect decision: join the model's best candidate only when it is right"),
                        ("ranking", "perfect ranking: join the gold candidate when its p reaches the bar")):
        p, b = oracle_stream(shipped, loaded[0], loaded[1], loaded[2], mode)
        lines.append(f"| {label} | {p:.3f} | {b:.3f} |")
        print(lines[-1], file=sys.stderr)
    return lines


def pair_model_rows(golds: list[list[str]], halves: list[PairScores]) -> list[str]:
    """Average link over a model fitted on article *pairs* (not article-story candidates) of the other fold.

    The same 23 features; a logistic regression and boosted trees (scikit-learn's
    HistGradientBoostingClassifier, default settings, seed 0), each fitted on every ordered pair of the
    other fold of this file, the cut chosen on that fold's own clustering (in-sample), scored on the fold.
    """
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    def pairs(k: int) -> tuple[NDArray[np.float32], NDArray[np.int8]]:
        n = len(golds[k])
        labels = np.asarray(golds[k])
        mask = ~np.eye(n, dtype=bool)
        return halves[k].features[mask], (labels[:, None] == labels[None, :])[mask].astype(np.int8)

    def symmetric(learner: Any, k: int) -> Matrix:
        n = len(golds[k])
        p = learner.predict_proba(halves[k].features.reshape(n * n, -1))[:, 1].reshape(n, n)
        return (p + p.T) / 2.0  # type: ignore[no-any-return]

    lines = ["\nA model fitted on article pairs of the other fold of the same file (average link, cut by CV):\n",
             "| pair model | pairwise F1 (folds) | B³ F1 |", "|---|---|---|"]
    for label, make in (("logistic regression", lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000))),
                        ("boosted trees", lambda: HistGradientBoostingClassifier(random_state=0))):
        held = []
        for k in (0, 1):
            x, y = pairs(1 - k)
            learner = make().fit(x, y)
            tree = agglomerate(symmetric(learner, 1 - k), "average")
            chosen = best_cut(sweep_cuts(golds[1 - k], lambda c, t=tree: cut(t, c)))
            held.append(scores(golds[k], cut(agglomerate(symmetric(learner, k), "average"), chosen)))
        lines.append(f"| {label} | **{np.mean([h[0] for h in held]):.3f}** ({held[0][0]:.3f}, {held[1][0]:.3f}) | "
                     f"{np.mean([h[1] for h in held]):.3f} |")
        print(lines[-1], file=sys.stderr)
    return lines


def same_kind_events(gold: list[str], parts: list[list[int]], halves: list[PairScores], whole: PairScores,
                     models: list[JoinModel], shipped: JoinModel) -> list[str]:
    """Per ECB+ topic: AUC of within-event against cross-event pairs; splitting each topic in two."""
    lines = ["\nSame-kind events (ECB+): within each topic, its two events' own pairs against its cross-event "
             "pairs.\n", "| score | topics | mean AUC | median | min | topics with AUC < 0.9 | "
             "topic split in two by average link (topic and count given): pairwise F1 | B³ F1 |",
             "|---|---|---|---|---|---|---|---|"]
    for kind in ("model p (held out)", "model p (in-sample)", "USE cosine", "TF-IDF cosine"):
        aucs = []
        predicted: list[str] = [""] * len(gold)
        for k in (0, 1):
            pairs = halves[k]
            if kind.startswith("model p"):
                model = models[k] if "held out" in kind else shipped
                matrix = pairs.probability(model)
            else:
                matrix = pairs.use if kind == "USE cosine" else pairs.tfidf
            labels = [gold[i] for i in parts[k]]
            topics: dict[str, list[int]] = defaultdict(list)
            for local, label in enumerate(labels):
                topics[label.split("_")[0]].append(local)
            for topic, members in topics.items():
                y, s = [], []
                for a_i, a in enumerate(members):
                    for b in members[a_i + 1:]:
                        y.append(int(labels[a] == labels[b]))
                        s.append(matrix[a, b])
                if 0 < sum(y) < len(y):
                    aucs.append(roc_auc_score(y, s))
                sub = matrix[np.ix_(members, members)]
                split = fcluster(agglomerate(sub, "average"), t=2, criterion="maxclust") if len(members) > 1 else [1]
                for local, group in zip(members, split):
                    predicted[parts[k][local]] = f"{topic}/{group}"
        pairwise, bcubed = scores(gold, [hash(x) for x in predicted])
        lines.append(f"| {kind} | {len(aucs)} | {np.mean(aucs):.3f} | {np.median(aucs):.3f} | {min(aucs):.3f} | "
                     f"{sum(1 for a in aucs if a < 0.9)} | {pairwise:.3f} | {bcubed:.3f} |")
        print(lines[-1], file=sys.stderr)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=FILES, help="one dev file (the fold models are still fitted on both)")
    parser.add_argument("--streams-only", action="store_true", help="only the streaming oracles (quick)")
    parser.add_argument("--pair-models", action="store_true",
                        help="also fit models on article pairs (not article-story candidates) and cluster with them")
    args = parser.parse_args()
    files = {name: load(name) for name in FILES}
    if args.streams_only:
        for name in FILES:
            if not args.only or name == args.only:
                print("\n".join([f"\n### {name}", *oracle_rows(files[name])]))
        return
    print("fitting the fold models", file=sys.stderr)
    models = fold_models(files)
    lines: list[str] = []
    for name in FILES:
        if args.only and name != args.only:
            continue
        lines.extend(run_file(name, files[name], models, args.pair_models))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
