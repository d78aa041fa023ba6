"""Learn the cluster stage's join-or-new model on ../shared/data/cluster/*-dev.jsonl.

    .venv/bin/python bench/calibrate_cluster.py            # fit on both files, write the model
    .venv/bin/python bench/calibrate_cluster.py --check    # also fit on one file, score the other
    .venv/bin/python bench/calibrate_cluster.py --cv       # only cross-validate (two folds a file)

1. Every dev file is normalised (as ``telisik eval cluster`` does) and its
   embeddings computed once and cached under ``$TMPDIR/telisik-cluster-cache``. What
   each article's text says (:meth:`StoryClusterer.read`) and its MinHash signature are
   kept in memory across the many streams of one run (:func:`clusterer_for`; the results
   are the same to the last bit, about 2.5 times faster a stream).
2. **Training pairs** come from a teacher-forced stream: articles arrive in file
   order and are placed in their *gold* story; before each placement the
   clusterer retrieves its candidate stories exactly as it does at run time, and
   each (article, candidate) pair is a row of :data:`telisik.cluster.signals.FEATURES`
   labelled 1 when the candidate is the article's gold story.
3. A logistic regression (scikit-learn, L2, C=1, standardised inside the fit and
   folded back into raw-feature weights) is fitted on the rows of both files,
   each file weighted equally.
   A second logistic regression, the **reopening model**, is fitted the same way on
   the closed (archived, compacted) stories retrieved for each article; only
   gva-dev closes stories (ecbplus-dev has no metadata dates), so it is learned
   there alone.
4. ``join_probability`` is swept over a grid by streaming each file through the
   real clusterer with the fitted weights, then ``reopen_probability``; the values
   with the best mean pairwise F1 over the two files are kept.
5. The cross-language **bridge**: a least-squares line from embedding cosine to
   TF-IDF cosine over the same-story candidate pairs, used where words cannot match (an
   English article and an Indonesian story; the dev files are English only, so
   this cannot be learned from cross-language pairs).
6. ``--check``: the same fit and sweep on one file only, scored on the other, so
   the overfitting is visible (reported in bench/README.md, section ``cluster``).
7. ``--cv``: two folds a file (:func:`folds`: ECB+ by odd / even topic, gva-dev by the
   first / second half of its date-ordered stream); models and thresholds are fitted on
   one fold of both files and scored on the other fold, both ways. Nothing is written.
   The fold the models and thresholds were fitted on is scored too (its mean pairwise F1,
   in-sample), so a setting can be chosen on it and judged on the held-out fold.
   ``--trees`` fits boosted trees (:mod:`telisik.cluster.trees`) instead of the
   logistic regressions; ``--features`` zeroes the features left out (ablations).

Writes telisik/cluster/join_model.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression

from telisik.api import article_from_record
from telisik.cluster import Reading, StoryClusterer
from telisik.cluster.decision import MODEL_FILE, JoinModel, load_model
from telisik.cluster.signals import FEATURES
from telisik.cluster.trees import TreeEnsemble, ensemble_from_dict
from telisik.cluster.embedding import UniversalSentenceEncoder, embedding_text
from telisik.errors import TelisikError
from telisik.evaluate.jsonl import read_jsonl
from telisik.evaluate.metrics import score_clustering
from telisik.models import AnalysedArticle, Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cluster"
FILES = ("ecbplus-dev.jsonl", "gva-dev.jsonl")
PROBABILITY_GRID = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
# The reopening bar the join sweep starts from (session 1: with the join model scoring closed
# stories, 0.9 gave gva-dev pairwise F1 0.714, 0.2 gave 0.698); REOPEN_GRID is then swept
# with the reopening model.
REOPEN_PROBABILITY = 0.9
REOPEN_GRID = (0.3, 0.5, 0.7, 0.9)
CACHE = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "telisik-cluster-cache"


class CachedEmbedder:
    """Looks embeddings up by text (all computed beforehand in one batch)."""

    name = "use-multilingual-v3 (cached)"

    def __init__(self, table: dict[str, NDArray[np.float32]]) -> None:
        self.table = table

    def embed(self, texts: list[str]) -> NDArray[np.float32]:
        return np.stack([self.table[t] for t in texts])


def load(name: str) -> tuple[list[Article | None], list[str], CachedEmbedder]:
    path = DATA / name
    records = read_jsonl(path, required=("id", "text", "cluster"))
    articles: list[Article | None] = []
    for number, record in enumerate(records, start=1):
        try:
            articles.append(article_from_record(record, number))
        except TelisikError:
            articles.append(None)
    texts = [embedding_text(a.title, a.text) for a in articles if a is not None]
    digest = hashlib.sha1("\0".join(texts).encode()).hexdigest()[:16]
    cached = CACHE / f"{name}.{digest}.npy"
    if cached.exists():
        vectors = np.load(cached)
    else:
        started = time.perf_counter()
        vectors = UniversalSentenceEncoder().embed(texts)
        print(f"  embedded {len(texts)} texts of {name} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        CACHE.mkdir(parents=True, exist_ok=True)
        np.save(cached, vectors)
    return articles, [str(r["cluster"]) for r in records], CachedEmbedder(dict(zip(texts, vectors)))


Rows = tuple[list[list[float]], list[int]]

# What each article's text says (StoryClusterer.read) and its MinHash signature do not depend on the
# stream, so they are read once and kept for the many streams of the fits and sweeps (the frequencies,
# and everything that depends on them, are still worked out in each stream).
_READINGS: dict[int, tuple[Article, Reading]] = {}
_SIGNATURES: dict[str, Any] = {}


def clusterer_for(embedder: CachedEmbedder, model: JoinModel | None = None) -> StoryClusterer:
    """A clusterer whose text readings and copy signatures are kept across streams (same results)."""
    clusterer = StoryClusterer(embedder=embedder, model=model)
    read, signature = clusterer.read, clusterer.copies.signature

    def cached_read(item: Article | AnalysedArticle) -> tuple[Article, Reading]:
        hit = _READINGS.get(id(item))
        if hit is None or hit[0] is not item:
            hit = _READINGS[id(item)] = read(item)
        return hit

    def cached_signature(text: str) -> Any:
        if text not in _SIGNATURES:
            _SIGNATURES[text] = signature(text)
        return _SIGNATURES[text]

    clusterer.read = cached_read  # type: ignore[method-assign]
    clusterer.copies.signature = cached_signature  # type: ignore[method-assign]
    return clusterer


def training_rows(articles: list[Article | None], gold: list[str], embedder: CachedEmbedder) -> tuple[Rows, Rows]:
    """Teacher-forced candidate rows: (active candidates, closed candidates found for a reopening)."""
    clusterer = clusterer_for(embedder)
    key_of: dict[str, int] = {}
    rows: list[list[float]] = []
    labels: list[int] = []
    archived_rows: list[list[float]] = []
    archived_labels: list[int] = []
    for article, label in zip(articles, gold):
        if article is None:
            continue
        signals, candidates = clusterer.candidates(article)
        target = key_of.get(label)
        for story, features in candidates:
            rows.append(features)
            labels.append(int(story.key == target))
        for story, features in clusterer.archived_candidates(signals):
            archived_rows.append(features)
            archived_labels.append(int(story.key == target))
        if target is None or target not in clusterer.stories and target not in clusterer.archive:
            target = clusterer.next_key
            key_of[label] = target
        clusterer.place(signals, target)
    return (rows, labels), (archived_rows, archived_labels)


def logistic(data: list[Rows]) -> tuple[tuple[float, ...], float]:
    """L2 logistic regression (C=1) on standardised features, each data set weighted equally;
    the weights are folded back to raw features."""
    data = [d for d in data if d[1] and 0 < sum(d[1]) < len(d[1])]
    x = np.concatenate([np.asarray(rows, dtype=float) for rows, _ in data])
    y = np.concatenate([np.asarray(labels) for _, labels in data])
    weight = np.concatenate([np.full(len(labels), 1.0 / len(labels)) for _, labels in data])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=2000).fit((x - mean) / scale, y, sample_weight=weight * len(y))
    weights = model.coef_[0] / scale
    bias = float(model.intercept_[0] - (model.coef_[0] * mean / scale).sum())
    return tuple(float(w) for w in weights), bias


# Boosted trees (``--trees``): scikit-learn's GradientBoostingClassifier, log loss. Chosen by the
# cross-validation of bench/README.md ("cluster", session 3).
TREES = 150
TREE_DEPTH = 3
TREE_LEARNING_RATE = 0.1
TREE_MIN_LEAF = 20


def boosted(data: list[Rows]) -> TreeEnsemble:
    """Boosted trees on the rows of ``data``, each data set weighted equally, exported for
    :class:`telisik.cluster.trees.TreeEnsemble` (and checked against scikit-learn's logits)."""
    from sklearn.ensemble import GradientBoostingClassifier

    data = [d for d in data if d[1] and 0 < sum(d[1]) < len(d[1])]
    x = np.concatenate([np.asarray(rows, dtype=float) for rows, _ in data])
    y = np.concatenate([np.asarray(labels) for _, labels in data])
    weight = np.concatenate([np.full(len(labels), 1.0 / len(labels)) for _, labels in data]) * len(y)
    model = GradientBoostingClassifier(n_estimators=TREES, max_depth=TREE_DEPTH, learning_rate=TREE_LEARNING_RATE,
                                       min_samples_leaf=TREE_MIN_LEAF, random_state=0).fit(x, y, sample_weight=weight)
    trees = []
    for estimator in model.estimators_[:, 0]:
        tree = estimator.tree_
        trees.append({"feature": tree.feature.tolist(), "threshold": tree.threshold.tolist(),
                      "left": tree.children_left.tolist(), "right": tree.children_right.tolist(),
                      "value": tree.value[:, 0, 0].tolist()})
    reference = model.decision_function(x[:2000])
    raw = sum(e.predict(x[:2000].astype(np.float32)) for e in model.estimators_[:, 0])
    init = float(np.median(reference - TREE_LEARNING_RATE * raw))
    ensemble = ensemble_from_dict({"init": init, "learning_rate": TREE_LEARNING_RATE, "depth": TREE_DEPTH,
                                   "trees": trees})
    gap = float(np.max(np.abs(ensemble.logits(x[:2000]) - reference)))
    if gap > 1e-6:
        raise SystemExit(f"exported trees differ from scikit-learn by {gap}")
    return ensemble


def fit(data: list[Rows], archived: list[Rows], note: str, trees: bool = False) -> JoinModel:
    weights, bias = logistic(data)
    reopen_weights: tuple[float, ...] = ()
    reopen_bias = 0.0
    closed = any(labels and 0 < sum(labels) < len(labels) for _, labels in archived)
    if closed:
        reopen_weights, reopen_bias = logistic(archived)
    model = JoinModel(weights, bias, 0.5, REOPEN_PROBABILITY, note, (0.0, 0.0), reopen_weights, reopen_bias)
    if trees:
        model = replace(model, trees=boosted(data), reopen_trees=boosted(archived) if closed else None)
    return model


def stream(model: JoinModel, articles: list[Article | None], gold: list[str], embedder: CachedEmbedder) -> dict[str, Any]:
    clusterer = clusterer_for(embedder, model)
    predicted: list[object] = []
    for number, article in enumerate(articles, start=1):
        predicted.append(("failed", number) if article is None else clusterer.assign(article).story_key)
    scores = score_clustering(gold, predicted)  # type: ignore[arg-type]
    return {"pairwise": scores.pairwise.f1, "bcubed": scores.bcubed.f1}


def with_probability(model: JoinModel, p: float, reopen: float | None = None) -> JoinModel:
    return replace(model, join_probability=p,
                   reopen_probability=model.reopen_probability if reopen is None else reopen)


def fit_bridge(data: list[Rows]) -> tuple[float, float]:
    x = np.concatenate([np.asarray(rows, dtype=float) for rows, _ in data])
    x = x[np.concatenate([np.asarray(labels) for _, labels in data]) == 1]  # same-story pairs
    tfidf, embedding = x[:, FEATURES.index("tfidf")], x[:, FEATURES.index("embedding")]
    slope, intercept = np.polyfit(embedding, tfidf, 1)
    return round(float(intercept), 4), round(float(slope), 4)


def sweep(model: JoinModel, files: dict[str, Any], tuned_on: list[str]) -> tuple[JoinModel, list[str], float]:
    """Choose ``join_probability`` (reopening at the default bar), then ``reopen_probability``,
    each for the best mean pairwise F1 over ``tuned_on``; returns the table of both sweeps and
    the chosen model's mean pairwise F1 over ``tuned_on`` (in-sample)."""
    table: list[str] = []
    best, best_score = model, -1.0
    for p in PROBABILITY_GRID:
        candidate = with_probability(model, p)
        score, row = _score(candidate, files, tuned_on)
        table.append(f"| join {p:.1f}, reopen {candidate.reopen_probability:.1f} | {row} |")
        if score > best_score:
            best, best_score = candidate, score
    if best.reopen_weights:
        for reopen in REOPEN_GRID:
            if reopen == REOPEN_PROBABILITY:  # already scored by the join sweep
                continue
            candidate = with_probability(best, best.join_probability, reopen)
            score, row = _score(candidate, files, tuned_on)
            table.append(f"| join {best.join_probability:.1f}, reopen {reopen:.1f} | {row} |")
            if score > best_score:
                best, best_score = candidate, score
    return best, table, best_score


def _score(model: JoinModel, files: dict[str, Any], tuned_on: list[str]) -> tuple[float, str]:
    results = {name: stream(model, *files[name]) for name in files}
    score = float(np.mean([results[n]["pairwise"] for n in tuned_on]))
    return score, " | ".join(f"{results[n]['pairwise']:.3f} / {results[n]['bcubed']:.3f}" for n in files)


def only(data: list[Rows], keep: list[int]) -> list[Rows]:
    """The rows with every feature not in ``keep`` set to 0 (its weight then fits to 0)."""
    return [([[x if i in keep else 0.0 for i, x in enumerate(row)] for row in rows], labels) for rows, labels in data]


def folds(name: str, gold: list[str]) -> list[list[int]]:
    """Two folds of a dev file's document positions, for held-out numbers.

    ECB+ by topic (odd / even topic number: a topic's two same-kind events, which are what
    confuses the clusterer, stay in one fold); gva-dev, whose documents are in date order, by
    time (first half / second half of the file, so each fold is a stream as dense as the file).
    """
    if name.startswith("ecbplus"):
        return [[i for i, g in enumerate(gold) if int(g.split("_")[0]) % 2 == k] for k in (1, 0)]
    half = len(gold) // 2
    return [list(range(half)), list(range(half, len(gold)))]


def subset(loaded: Any, keep: list[int]) -> Any:
    articles, gold, embedder = loaded
    return [articles[i] for i in keep], [gold[i] for i in keep], embedder


def cross_validate(files: dict[str, Any], keep: list[int], reopen_model: bool = True,
                   trees: bool = False) -> dict[str, list[dict[str, float]]]:
    """Fit (and choose thresholds) on one fold of every file, score the other fold; both ways.

    Returns, per file, the held-out scores of each fold and prints a table."""
    parts = {name: folds(name, files[name][1]) for name in files}
    held_out: dict[str, list[dict[str, float]]] = {name: [] for name in files}
    for k in (0, 1):
        train = {name: subset(files[name], parts[name][1 - k]) for name in files}
        test = {name: subset(files[name], parts[name][k]) for name in files}
        pairs = {name: training_rows(*train[name]) for name in files}
        rows = [only([pairs[n][0]], keep)[0] for n in files]
        closed = [only([pairs[n][1]], keep)[0] for n in files] if reopen_model else []
        model = replace(fit(rows, closed, f"fold {k}", trees), bridge=load_model().bridge)
        best, _, fitted = sweep(model, train, list(files))
        print(f"  fold {k}: fitted on the other fold, its mean pairwise F1 in-sample {fitted:.4f}", file=sys.stderr)
        for name in files:
            result = stream(best, *test[name])
            held_out[name].append(result)
            print(f"  fold {k}: thresholds {best.join_probability} / {best.reopen_probability}; held-out {name}: "
                  f"{result['pairwise']:.3f} / {result['bcubed']:.3f}", file=sys.stderr)
    for name in files:
        print(f"cross-validated {name}: pairwise " + " ".join(f"{r['pairwise']:.3f}" for r in held_out[name])
              + f" (mean {np.mean([r['pairwise'] for r in held_out[name]]):.3f}), B³ "
              + " ".join(f"{r['bcubed']:.3f}" for r in held_out[name])
              + f" (mean {np.mean([r['bcubed'] for r in held_out[name]]):.3f})")
    return held_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="also fit on each file alone and score the other")
    parser.add_argument("--cv", action="store_true",
                        help="only cross-validate: two folds a file (fit on one, score the other), nothing written")
    parser.add_argument("--trees", action="store_true", help="boosted trees instead of logistic regressions")
    parser.add_argument("--dry-run", action="store_true", help="do not write the model file")
    parser.add_argument("--bridge-only", action="store_true", help="refit only the cross-language bridge")
    parser.add_argument("--features", help="comma-separated subset of the features to fit (the rest weigh 0)")
    parser.add_argument("--no-reopen-model", action="store_true",
                        help="score closed stories with the join model (no separate reopening model)")
    args = parser.parse_args()
    keep = [FEATURES.index(f) for f in args.features.split(",")] if args.features else list(range(len(FEATURES)))
    files = {name: load(name) for name in FILES}
    if args.cv:
        cross_validate(files, keep, not args.no_reopen_model, args.trees)
        return
    both = {name: training_rows(*files[name]) for name in FILES}
    rows = {name: only([both[name][0]], keep)[0] for name in FILES}
    archived = {name: only([both[name][1]], keep)[0] for name in FILES}
    if args.no_reopen_model:
        archived = {name: ([], []) for name in FILES}
    for name in FILES:
        print(f"{name}: {len(rows[name][1])} pairs, {sum(rows[name][1])} positive; closed-story pairs "
              f"{len(archived[name][1])}, {sum(archived[name][1])} positive", file=sys.stderr)
    bridge = fit_bridge([both[n][0] for n in FILES])
    print(f"bridge (TF-IDF from embedding): {bridge[0]} + {bridge[1]} × embedding")
    out = ROOT / "telisik" / "cluster" / MODEL_FILE
    if args.bridge_only:
        updated = replace(load_model(), bridge=bridge)
        if not args.dry_run:
            out.write_text(json.dumps(updated.as_dict(), indent=1) + "\n", encoding="utf-8")
        return
    header = "| thresholds | " + " | ".join(f"{n} pairwise / B³ F1" for n in FILES) + " |"
    if args.check:
        for train in FILES:
            model = replace(fit([rows[train]], [archived[train]], f"fitted on {train} only"), bridge=bridge)
            best, table, _ = sweep(model, files, [train])
            print(f"\nfitted on {train} alone (thresholds chosen on it):\n{header}\n|---|---|---|")
            print("\n".join(table))
            print(f"chosen join_probability {best.join_probability}, reopen {best.reopen_probability}; "
                  f"weights {np.round(best.weights, 3).tolist()}")
    model = replace(fit([rows[n] for n in FILES], [archived[n] for n in FILES], ""), bridge=bridge)
    best, table, _ = sweep(model, files, list(FILES))
    print(f"\nfitted on both files:\n{header}\n|---|---|---|\n" + "\n".join(table))
    note = (f"logistic regressions fitted by bench/calibrate_cluster.py on {', '.join(FILES)} "
            f"(teacher-forced candidate pairs: active stories for the join model, closed stories for the "
            f"reopening model); join_probability swept over {list(PROBABILITY_GRID)}, then reopen_probability "
            f"over {list(REOPEN_GRID)}, for the best mean pairwise F1 of streaming both files")
    final = replace(best, note=note)
    print(f"chosen join_probability {final.join_probability}, reopen {final.reopen_probability}; "
          f"weights {np.round(final.weights, 3).tolist()}, bias {final.bias:.3f}; "
          f"reopen weights {np.round(final.reopen_weights, 3).tolist()}, bias {final.reopen_bias:.3f}")
    if not args.dry_run:
        out.write_text(json.dumps(final.as_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
