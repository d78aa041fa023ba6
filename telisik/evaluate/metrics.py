"""The scores behind ``telisik eval``: entity, clustering and ROUGE metrics.

Pure functions over plain labels; nothing here knows about files or stages.

* **Entities** — exact span and type, with conlleval's chunk semantics: an entity
  starts at ``B-X``, and also at ``I-X`` when the previous tag is ``O`` or of
  another type; it ends before the next ``O``, ``B-*`` or change of type.
* **Clustering** — pairwise P/R/F1 over all document pairs (a pair is positive
  when both documents share a gold story) and B-cubed P/R/F1. Both come from the
  contingency counts ``n[gold, predicted]``, so they cost O(documents), never
  O(documents²): true-positive pairs are ``Σ C(n_gp, 2)``, predicted pairs
  ``Σ C(n_p, 2)``, gold pairs ``Σ C(n_g, 2)``; B-cubed precision is
  ``Σ n_gp² / n_p / N`` and recall ``Σ n_gp² / n_g / N``.
* **ROUGE** — F1 of ROUGE-1/2/L from ``rouge_score`` (Google's reimplementation of
  Lin 2004's ROUGE-1.5.5). Stemming (Porter) is on for English and off for
  Indonesian and anything else; the package's tokenizer lower-cases and keeps only
  ``[a-z0-9]`` runs, which is fine for Latin-script Indonesian. ROUGE-L is
  **summary-level** (Lin 2004 §3.2, ROUGE-1.5.5's ROUGE-L, ``rougeLsum`` in
  ``rouge_score``): the union LCS of each reference sentence with all summary
  sentences, both sides split with :func:`telisik.language.sentences.split_sentences`
  (a summary given as a list of sentences keeps its own boundaries). Checked against
  py-rouge 1.1 (ROUGE-1.5.5-compatible mode) on LEAD summaries of neus-val and 400
  indosum-dev items: ROUGE-1/2 agree to 0.001, ROUGE-L to 0.001. Before
  2026-11-22 ROUGE-L here was the *sentence-level* LCS of the two whole texts
  (``rougeL``), which is lower for multi-sentence summaries (NeuS LEAD: 0.257 vs
  0.342). One reference per item (the data has one).

Empty denominators: precision with no predictions is 0 (as conlleval), recall with
no gold items is 0; when there is neither a prediction nor a gold item the score
is 1 — nothing was asked and nothing was wrongly given (e.g. pairwise scores of
an all-singleton gold clustering predicted as all singletons).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rouge_score import rouge_scorer

from telisik.language.sentences import split_sentences

STEMMED_LANGUAGES = frozenset({"en"})


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1, each in 0–1."""

    p: float
    r: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"p": self.p, "r": self.r, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """An entity over tokens ``start`` .. ``end - 1`` of one sentence."""

    start: int
    end: int
    type: str


@dataclass(frozen=True, slots=True)
class EntityScores:
    micro: Scores
    macro_f1: float
    per_type: dict[str, Scores]


@dataclass(frozen=True, slots=True)
class ClusterScores:
    pairwise: Scores
    bcubed: Scores


@dataclass(frozen=True, slots=True)
class RougeScores:
    """ROUGE F1 values in 0–1."""

    rouge1: float
    rouge2: float
    rougeL: float  # noqa: N815 — the name every ROUGE report uses


# --------------------------------------------------------------------------- P/R/F1


def scores_from_counts(true_positives: float, predicted: float, gold: float) -> Scores:
    """P/R/F1 from counts, with the empty-denominator rules of the module docstring."""
    if predicted == 0 and gold == 0:
        return Scores(1.0, 1.0, 1.0)
    p = true_positives / predicted if predicted else 0.0
    r = true_positives / gold if gold else 0.0
    return Scores(p, r, harmonic_mean(p, r))


def harmonic_mean(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --------------------------------------------------------------------------- entities


def spans_from_tags(tags: Sequence[str]) -> set[EntitySpan]:
    """The entities a BIO tag sequence encodes, read as conlleval reads them."""
    spans: set[EntitySpan] = set()
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):  # the sentinel closes the last entity
        prefix, _, tag_type = tag.partition("-")
        continues = prefix == "I" and tag_type == kind and start >= 0
        if continues:
            continue
        if start >= 0:
            spans.add(EntitySpan(start, index, kind))
        start, kind = (index, tag_type) if prefix in ("B", "I") else (-1, "")
    return spans


def score_entities(gold: Sequence[set[EntitySpan]], predicted: Sequence[set[EntitySpan]]) -> EntityScores:
    """Micro, per-type and macro scores over aligned sentences.

    Macro F1 averages the per-type F1 over every type seen in gold *or*
    predictions, so a type the system invents is penalised (as seqeval does).
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    hits, gold_counts, pred_counts = _entity_counts(gold, predicted)
    types = sorted(set(gold_counts) | set(pred_counts))
    per_type = {kind: scores_from_counts(hits[kind], pred_counts[kind], gold_counts[kind]) for kind in types}
    micro = scores_from_counts(sum(hits.values()), sum(pred_counts.values()), sum(gold_counts.values()))
    macro = sum(score.f1 for score in per_type.values()) / len(per_type) if per_type else micro.f1
    return EntityScores(micro=micro, macro_f1=macro, per_type=per_type)


def _entity_counts(
    gold: Sequence[set[EntitySpan]], predicted: Sequence[set[EntitySpan]]
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    hits: Counter[str] = Counter()
    gold_counts: Counter[str] = Counter()
    pred_counts: Counter[str] = Counter()
    for gold_spans, pred_spans in zip(gold, predicted):
        gold_counts.update(span.type for span in gold_spans)
        pred_counts.update(span.type for span in pred_spans)
        hits.update(span.type for span in gold_spans & pred_spans)
    return hits, gold_counts, pred_counts


# --------------------------------------------------------------------------- clustering


def score_clustering(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> ClusterScores:
    """Pairwise and B-cubed scores of a predicted clustering, document for document."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predicted")
    table = Counter(zip(gold, predicted))
    gold_sizes = Counter(gold)
    pred_sizes = Counter(predicted)
    return ClusterScores(
        pairwise=_pairwise(table, gold_sizes, pred_sizes),
        bcubed=_bcubed(table, gold_sizes, pred_sizes, len(gold)),
    )


def pairs(n: int) -> int:
    """n choose 2: the number of unordered pairs among n documents."""
    return n * (n - 1) // 2


def _pairwise(table: Counter[tuple[Hashable, Hashable]], gold_sizes: Counter[Hashable],
              pred_sizes: Counter[Hashable]) -> Scores:
    return scores_from_counts(
        true_positives=_sum_pairs(table.values()),
        predicted=_sum_pairs(pred_sizes.values()),
        gold=_sum_pairs(gold_sizes.values()),
    )


def _sum_pairs(sizes: Iterable[int]) -> int:
    return sum(pairs(size) for size in sizes)


def _bcubed(table: Counter[tuple[Hashable, Hashable]], gold_sizes: Counter[Hashable],
            pred_sizes: Counter[Hashable], documents: int) -> Scores:
    if documents == 0:
        return Scores(1.0, 1.0, 1.0)
    p = sum(n * n / pred_sizes[pred] for (_, pred), n in table.items()) / documents
    r = sum(n * n / gold_sizes[gold] for (gold, _), n in table.items()) / documents
    return Scores(p, r, harmonic_mean(p, r))


# --------------------------------------------------------------------------- ROUGE


def rouge_f1(reference: str, prediction: str | Sequence[str], lang: str) -> RougeScores:
    """ROUGE-1/2/L F1 of one prediction (a text, or its sentences) against one reference."""
    predicted = _lines(prediction, lang)
    result = _scorer(lang in STEMMED_LANGUAGES).score(_lines(reference, lang), predicted)
    return RougeScores(
        rouge1=result["rouge1"].fmeasure,
        rouge2=result["rouge2"].fmeasure,
        rougeL=result["rougeLsum"].fmeasure,
    )


def _lines(text: str | Sequence[str], lang: str) -> str:
    """One sentence a line, as summary-level ROUGE-L reads a text."""
    if isinstance(text, str):
        sentences = [text[s.start : s.end] for s in split_sentences(text, lang)]
    else:
        sentences = list(text)
    return "\n".join(" ".join(sentence.split()) for sentence in sentences)


def mean_rouge(scores: Sequence[RougeScores]) -> RougeScores:
    """The mean of each ROUGE variant over items (0 for no items)."""
    count = len(scores) or 1
    return RougeScores(
        rouge1=sum(score.rouge1 for score in scores) / count,
        rouge2=sum(score.rouge2 for score in scores) / count,
        rougeL=sum(score.rougeL for score in scores) / count,
    )


@lru_cache(maxsize=2)
def _scorer(use_stemmer: bool) -> rouge_scorer.RougeScorer:
    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=use_stemmer)
