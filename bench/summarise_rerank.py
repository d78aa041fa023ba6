"""Issue 7, session 8: can a learned reranker of whole summaries beat the concept search's top-1 on NeuS?

    TELISIK_SUMMARISE_PIN=s8 .venv/bin/python bench/summarise_rerank.py --oracle            # how good is the top-N at all
    TELISIK_SUMMARISE_PIN=s8 .venv/bin/python bench/summarise_rerank.py --seed 0             # rerankers, two halves
    TELISIK_SUMMARISE_PIN=s8 .venv/bin/python bench/summarise_rerank.py --folds 5 --only "ridge raw N=100"

The concept choice (telisik/summarise/concepts.py) scores every subset of its pool by the expected ROUGE-1
F1 and takes the best. Here, for each story of neus-val (@75 words, as ``summarise`` composes it: the
statements first, then the concept choice over the rest of the budget), the search's ``NMAX`` best subsets are
kept (``concept_choice(..., scored=...)``), each with the true ROUGE-1 F1 of the whole summary and 32 subset
features (the expected F1 and its rank, expected hits, tokens, words, headlines, outlets covered, sentence
positions, quotes, lengths, repeated words and names, pairwise similarity, ...). A reranker fitted on training
stories picks one of the top N of each held-out story.

**Protocol** (nothing is fitted on the story it scores): for an outer split (two halves, or story-level K
folds: fold f = stories i ≡ f mod K), the reranker's training lists come from the training stories with their
concept probabilities out of fold (an inner 5-fold over the training stories, models refitted by
``summarise_train.fit_concepts``); the held-out stories' lists come from the concept model fitted on all the
training stories, as shipped. The first half (model fitted on the second) is for choosing, the second is read.

``--oracle``: per story, the best true F1 among the top 1 / 3 / 10 / 30 / 100 / all subsets, the mean of
the top N, and the best of N subsets drawn at random from all the search scored (20 draws): how much of the
top-N's room is the ordering, and how much is the maximum over N noisy values.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import summarise_train as T  # noqa: E402

from telisik.evaluate.items import reconcile_members  # noqa: E402
from telisik.evaluate.metrics import rouge_f1  # noqa: E402
from telisik.summarise import STATEMENT_SHARE, summarise  # noqa: E402
from telisik.summarise import concepts as C  # noqa: E402
from telisik.summarise import extractive as X  # noqa: E402
from telisik.summarise.features import QUOTES, dot, tfidf  # noqa: E402
from telisik.summarise.scorer import Scorer  # noqa: E402
from telisik.summarise.statements import disagreement_statements, story_language  # noqa: E402

BUDGET = 75
NMAX = 100  # subsets kept per story (the largest N read)
INNER = 5  # inner folds for the reranker's out-of-fold training lists
FEATURES = ("value", "rank", "value_share", "value_gap", "hits", "tokens", "words", "words_left", "items",
            "headlines", "sentences", "outlet_share", "articles", "mean_pos", "min_pos", "max_pos", "first_sents",
            "quotes", "mean_len", "min_len", "max_len", "repeat_share", "repeated_names", "exp_precision",
            "exp_recall", "mass1", "given", "max_pair_sim", "mean_pair_sim", "mean_p1", "min_p1", "candidates")


def setup(item: T.Item) -> dict[str, Any]:
    """What ``summarise`` gives the concept choice for this story (model-independent)."""
    record, analysed = item
    members = list(analysed.members)
    lang = story_language(members)
    kept, used = [], 0
    for s in disagreement_statements(reconcile_members(members), lang):
        n = len(s.text.split())
        if used + n <= BUDGET * STATEMENT_SHARE:
            kept.append(s)
            used += n
    speaking = [m for m in members if m.article.lang == lang] or members
    found = X.candidates(speaking)
    if len({c.article_id for c in found}) < 2 or lang not in C.CONCEPT_LANGUAGES:
        raise SystemExit(f"story {record['id']} does not take the concept path")
    found = found + X.title_candidates(speaking)
    vectors = tfidf([c.words for c in found])
    n = len(found)
    sim = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            sim[i, j] = sim[j, i] = dot(vectors[i], vectors[j])
    token_lists = [C.tokens(c.text, lang) for c in found]
    rows, keys = C.concept_rows(found, token_lists, X._concept_stopwords(lang))
    return {"item": item, "found": found, "token_lists": token_lists, "sim": sim, "rows": rows, "keys": keys,
            "given": [t for s in kept for t in C.tokens(s.text, lang)], "max_words": BUDGET - used,
            "lang": lang, "articles": len({c.article_id for c in found}),
            "ref": Counter(C.tokens(str(record["reference"]), "en"))}


def true_f1(s: dict[str, Any], chosen: Sequence[int]) -> float:
    """ROUGE-1 F1 of the summary (statements + chosen) against the reference, from the ROUGE tokens."""
    summary = Counter(s["given"])
    for i in chosen:
        summary.update(s["token_lists"][i])
    hits = sum((summary & s["ref"]).values())
    return 2 * hits / (sum(summary.values()) + sum(s["ref"].values())) if hits else 0.0


def story_list(s: dict[str, Any], model: Scorer, nmax: int = NMAX, check: bool = False) -> dict[str, Any]:
    """The search's ``nmax`` best subsets of one story, with their features and true F1."""
    found, sim = s["found"], s["sim"]
    probability = dict(zip(s["keys"], (max(0.0, p) for p in model.predict(s["rows"]))))

    def repeats(i: int, j: int) -> bool:
        both = found[i].field == found[j].field == "title"
        return bool(sim[i, j] > X.NEAR_REPEAT or (both and sim[i, j] > C.HEADLINE_REPEAT))

    scored: list[tuple[float, tuple[int, ...]]] = []
    chosen = C.concept_choice(found, s["token_lists"], model, s["max_words"], X._concept_stopwords(s["lang"]),
                              repeats, s["given"], BUDGET, scored=scored)
    top = sorted(scored, key=lambda x: -x[0])  # stable: among ties the first scored, as concept_choice keeps
    if tuple(chosen) != top[0][1]:
        raise SystemExit("the top of the scored list is not concept_choice's subset")
    if check:  # the whole summary as the package composes it: its ROUGE-1 equals this script's
        record, analysed = s["item"]
        members = list(analysed.members)
        shipped = summarise(0, members, reconcile_members(members), max_words=BUDGET, concepts=model).sentences
        r1 = rouge_f1(str(record["reference"]), [x.text for x in shipped], "en").rouge1
        if abs(r1 - true_f1(s, chosen)) > 1e-9:
            raise SystemExit(f"story {record['id']}: package {r1} against {true_f1(s, chosen)}")
    every = [true_f1(s, ch) for _, ch in scored]
    top = top[:nmax]
    return {"X": np.asarray(features(s, probability, top)), "y": np.asarray([true_f1(s, ch) for _, ch in top]),
            "all": np.asarray(every)}


def features(s: dict[str, Any], probability: dict[tuple[str, int], float],
             top: Sequence[tuple[float, tuple[int, ...]]]) -> list[list[float]]:
    """A row of :data:`FEATURES` per subset of ``top`` (best expected F1 first)."""
    found, tl, sim = s["found"], s["token_lists"], s["sim"]
    stop = X._concept_stopwords(s["lang"])
    best = top[0][0]
    mass1 = sum(p for (w, k), p in probability.items() if k == 1)
    rows = []
    for rank, (v, ch) in enumerate(top):
        items = [found[i] for i in ch]
        sents = [c for c in items if c.field != "title"]
        pos = [c.position for c in sents] or [-1]
        lens = [c.length for c in items]
        summary = Counter(s["given"])
        for i in ch:
            summary.update(tl[i])
        size = sum(summary.values())
        hits = C.expected_hits(summary, probability)
        content = [w for w in summary if w not in stop]
        repeat = sum(summary[w] - 1 for w in content) / max(1, sum(summary[w] for w in content))
        p1 = [probability.get((w, 1), 0.0) for w in summary]
        names: Counter[str] = Counter()
        for c in items:
            names.update({w for w in c.text.split() if w[:1].isupper() and w.lower() not in stop})
        pair = [sim[i, j] for a, i in enumerate(ch) for j in ch[a + 1:]] or [0.0]
        rows.append([
            v, rank, v / best if best else 0.0, best - v, hits, size, sum(lens), s["max_words"] - sum(lens),
            len(items), len(items) - len(sents), len(sents), len({c.article_id for c in items}) / s["articles"],
            s["articles"], float(np.mean(pos)), min(pos), max(pos), sum(1 for c in sents if c.position == 0),
            sum(1 for c in items if any(q in c.text for q in QUOTES)), float(np.mean(lens)), min(lens), max(lens),
            repeat, sum(1 for k in names.values() if k > 1), hits / max(1, size), hits / max(1e-9, mass1), mass1,
            len(s["given"]), max(pair), float(np.mean(pair)), float(np.mean(p1)), float(np.min(p1)), len(found),
        ])
    return rows


def model_for(setups: Sequence[dict[str, Any]], stories: Sequence[int]) -> Scorer:
    """The concept model fitted as bench/summarise_train.py fits it, on these stories."""
    return C.concept_model_from_dict(T.fit_concepts([setups[k]["item"] for k in stories]))


def lists_for(setups: Sequence[dict[str, Any]], train: Sequence[int], test: Sequence[int],
              check: bool = False) -> tuple[dict[int, Any], dict[int, Any]]:
    """Out-of-fold lists for ``train`` (inner folds) and lists for ``test`` (model fitted on all of ``train``)."""
    inner: dict[int, Any] = {}
    for f in range(INNER):
        model = model_for(setups, [k for n, k in enumerate(train) if n % INNER != f])
        inner.update({k: story_list(setups[k], model) for n, k in enumerate(train) if n % INNER == f})
    model = model_for(setups, train)
    return inner, {k: story_list(setups[k], model, check=check) for k in test}


def _centred(x: np.ndarray) -> np.ndarray:
    return x - x.mean(axis=0, keepdims=True)


def reranker(kind: str, target: str, n: int, seed: int) -> Callable[[dict[int, Any], dict[int, Any]], dict[int, int]]:
    """A reranker: fitted on the training lists' top ``n``, it picks one of each held-out list's top ``n``.

    ``kind``: "gbr" (GradientBoostingRegressor, 200 × depth 3, lr 0.05, leaf 50), "ridge" (standardised,
    alpha 10) or "pair" (logistic regression on the differences of within-story-centred features of every
    pair of subsets of a story with different true F1, no intercept). ``target`` for the pointwise ones:
    "raw" (the true F1) or "centred" (minus the story's mean over its top ``n``; features centred too).
    """
    from sklearn.ensemble import GradientBoostingRegressor
    from sklearn.linear_model import LogisticRegression, Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    def prepare(x: np.ndarray) -> np.ndarray:
        return _centred(x) if kind == "pair" or target == "centred" else x

    def fit_pick(train: dict[int, Any], test: dict[int, Any]) -> dict[int, int]:
        xs, ys = [], []
        for lst in train.values():
            x, y = prepare(lst["X"][:n]), lst["y"][:n]
            if kind == "pair":
                i, j = np.triu_indices(len(y), 1)
                keep = np.abs(y[i] - y[j]) > 1e-9
                xs.append(x[i[keep]] - x[j[keep]])
                ys.append((y[i[keep]] > y[j[keep]]).astype(int))
            else:
                xs.append(x)
                ys.append(y - y.mean() if target == "centred" else y)
        x, y = np.vstack(xs), np.concatenate(ys)
        model: Any
        if kind == "pair":
            scale = x.std(axis=0) + 1e-9
            weights = LogisticRegression(C=1.0, fit_intercept=False, max_iter=2000).fit(x / scale, y).coef_[0]
            return {k: int(np.argmax((prepare(lst["X"][:n]) / scale) @ weights)) for k, lst in test.items()}
        if kind == "gbr":
            model = GradientBoostingRegressor(n_estimators=200, max_depth=3, learning_rate=0.05, subsample=0.8,
                                              min_samples_leaf=50, random_state=seed)
        else:
            model = make_pipeline(StandardScaler(), Ridge(alpha=10.0))
        model.fit(x, y)
        return {k: int(np.argmax(model.predict(prepare(lst["X"][:n])))) for k, lst in test.items()}

    return fit_pick


CONFIGS = {f"{kind} {target} N={n}": (kind, target, n)
           for n in (10, 30, 100) for kind, target in (("gbr", "centred"), ("ridge", "centred"), ("gbr", "raw"),
                                                       ("ridge", "raw"), ("pair", "-"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=0, help="the trees' random_state (concept model and gbr)")
    parser.add_argument("--folds", type=int, default=0, help="story-level K-fold instead of the two halves")
    parser.add_argument("--oracle", action="store_true", help="the top-N oracle table (two halves) only")
    parser.add_argument("--only", action="append", help="these configurations only (names as printed)")
    args = parser.parse_args()
    T.CONCEPT_PARAMS["random_state"] = args.seed
    start = time.process_time()
    setups = [setup(item) for item in T.load("neus-val.jsonl")]
    count = len(setups)
    if args.folds:
        splits = [([k for k in range(count) if k % args.folds != f], [k for k in range(count) if k % args.folds == f])
                  for f in range(args.folds)]
        names = ["all, each fold held out"]
    else:
        first, second = list(range(count // 2)), list(range(count // 2, count))
        splits = [(second, first), (first, second)]
        names = ["first half (fitted on the second)", "second half (fitted on the first)"]
    lists = [lists_for(setups, train, test, check=args.oracle) for train, test in splits]
    print(f"lists built: {time.process_time() - start:.0f} s CPU", flush=True)
    if args.oracle:
        rng = np.random.default_rng(0)
        for name, (_, test) in zip(names, lists):
            cells = []
            for n in (1, 3, 10, 30, 100):
                best = np.mean([lst["y"][:n].max() for lst in test.values()])
                mean = np.mean([lst["y"][:n].mean() for lst in test.values()])
                drawn = np.mean([np.mean([lst["all"][rng.choice(len(lst["all"]), min(n, len(lst["all"])), replace=False)]
                                          .max() for lst in test.values()]) for _ in range(20)])
                cells.append(f"N={n}: best {best:.4f} mean {mean:.4f} random-best {drawn:.4f}")
            every = np.mean([lst["all"].max() for lst in test.values()])
            print(f"{name}: " + " | ".join(cells) + f" | every subset: best {every:.4f}", flush=True)
        return
    for config, (kind, target, n) in CONFIGS.items():
        if args.only and config not in args.only:
            continue
        picks = [reranker(kind, target, n, args.seed)(train, test) for train, test in lists]
        cells = []
        if args.folds:
            tests = [{k: v for test in (t for _, t in lists) for k, v in test.items()}]
            picks = [{k: v for p in picks for k, v in p.items()}]
        else:
            tests = [t for _, t in lists]
        for name, test, pick in zip(names, tests, picks):
            got = np.mean([test[k]["y"][pick[k]] for k in test])
            top1 = np.mean([test[k]["y"][0] for k in test])
            moved = sum(1 for k in test if pick[k])
            cells.append(f"{name}: {got:.4f} (top-1 {top1:.4f}, {moved} of {len(test)} moved)")
        print(f"seed {args.seed} {config}: " + "; ".join(cells), flush=True)


if __name__ == "__main__":
    main()
