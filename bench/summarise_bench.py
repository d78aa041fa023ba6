"""Summaries against LEAD at equal word budgets, and the calibration grid of the hand-set weights.

    .venv/bin/python bench/summarise_bench.py              # the table for bench/README.md (printed)
    .venv/bin/python bench/summarise_bench.py --grid       # the calibration grid (tuning parts only)

The data is read from $TELISIK_DATA (default ../shared/data); analyses are cached
as in bench/summarise_train.py.

Budgets follow the references: 60 words for IndoSum, 75 for NeuS (ROUGE rewards
length, so systems are compared only at equal budgets). Systems:

- **LEAD**: the first sentence of each article in turn, then the second, and so
  on, within the budget;
- **LEAD-1, no budget** (NeuS): the first sentence of each article, all of them
  whatever their length — the LEAD of the NeuS literature (Lee et al. 2022);
- **telisik, hand-set**: the salience of extractive.py with ``learned=False``;
  its weights were chosen on the first 1,000 IndoSum and the first 150 NeuS items;
- **telisik, learned, cross-validated** (IndoSum): the scorer of
  bench/summarise_train.py fitted on the other half of the file — never the
  shipped model, which has seen the whole file; with the shipped trimming
  (extractive.TRIM, session 4) and with whole sentences only (session 3), both
  chosen by the shipped selection (the subset search since session 7);
- **telisik concept model, cross-validated** (NeuS): what ships for a story of
  several articles in English since session 5 (concepts.py: the subset of
  sentences and headlines covering the most expected roundup words, with the
  disagreement statements), the model fitted on the other half of neus-val —
  never the packaged model, which is fitted on all of it;
- **telisik hand-set, headline first** (NeuS): what shipped in sessions 3–4 (the
  hand-set salience, the disagreement statements, the headline the other headlines
  agree with first); **no headline**: the same without it (sessions 2–3);
- **oracle**: sentences (and headlines) added greedily while the true ROUGE-1 F1
  against the reference rises, within the budget — the ceiling of whole-sentence
  extraction.

Each is reported on the first half, the second half and the whole file.

Alternatives for NeuS, rows added on request (choose on the first half, read the
second; bench/README.md records them all):

    --compress tail lead+paren fit+tail     # compression rule sets (telisik/summarise/compress.py)
    --weights centrality=2 title_first=1    # other hand-set Weights (extractive.Weights fields)
    --only neus                             # one file
    --trim-english                          # English trimming on the hand-set path (session 4; not shipped)

The table is printed; paste it into the bench/README.md section by hand (``--write``
would replace the whole section, prose included, with the table alone).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Sequence

from readme_table import markdown_table, replace_section
from rouge_score import tokenize
from summarise_train import DATA, Item, fit, fit_concepts, halves, load

from telisik.evaluate.items import reconcile_members
from telisik.evaluate.metrics import RougeScores, mean_rouge, rouge_f1
from telisik.evaluate.summarise import citations_hold
from telisik.models import AnalysedArticle, CitedSentence, Span
from telisik.summarise import summarise
from telisik.summarise import extractive
from telisik.summarise.extractive import HEADLINE_NONE, Weights, candidates, select_sentences, title_candidates
from telisik.summarise.concepts import concept_model_from_dict
from telisik.summarise.scorer import Scorer, scorer_from_dict

Summariser = Callable[[dict, Sequence[AnalysedArticle]], Sequence[CitedSentence]]


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    budget: int
    tuning: int  # items used to choose the hand-set weights
    items: list[Item]


def lead(members: Sequence[AnalysedArticle], max_words: int) -> list[CitedSentence]:
    out: list[CitedSentence] = []
    used, depth = 0, 0
    deepest = max(len(m.article.sentences) for m in members)
    while depth < deepest and used < max_words:
        for m in members:
            if depth < len(m.article.sentences):
                s = m.article.sentences[depth]
                text = m.article.text[s.start : s.end]
                if out and used + len(text.split()) > max_words:
                    continue
                out.append(CitedSentence(text, (Span(m.article.id, s.start, s.end),)))
                used += len(text.split())
        depth += 1
    return out


def lead_1(members: Sequence[AnalysedArticle]) -> list[CitedSentence]:
    """The first sentence of every article, with no budget."""
    out = []
    for m in members:
        if m.article.sentences:
            s = m.article.sentences[0]
            out.append(CitedSentence(m.article.text[s.start : s.end], (Span(m.article.id, s.start, s.end),)))
    return out


def oracle(item: dict, members: Sequence[AnalysedArticle], max_words: int) -> list[CitedSentence]:
    """Greedy on the true ROUGE-1 F1 against the reference, whole sentences within the budget."""
    stem = None
    if item.get("lang") == "en":
        from nltk.stem import porter

        stem = porter.PorterStemmer()
    reference = Counter(tokenize.tokenize(str(item["reference"]), stem))
    ref_len = sum(reference.values())
    found = candidates(members) + title_candidates(members)  # headlines are citable extracts too
    grams = [Counter(tokenize.tokenize(c.text, stem)) for c in found]
    chosen: list[int] = []
    have: Counter[str] = Counter()
    words, best_f = 0, 0.0
    while True:
        best = None
        for i, c in enumerate(found):
            if i in chosen or words + c.length > max_words:
                continue
            mine = have + grams[i]
            hits = sum((mine & reference).values())
            size = sum(mine.values())
            f = 2 * hits / (size + ref_len) if size + ref_len else 0.0
            if best is None or f > best[0]:
                best = (f, i, mine)
        if best is None or best[0] <= best_f:
            break
        best_f, i, have = best
        chosen.append(i)
        words += found[i].length
    picked = sorted((found[i] for i in chosen), key=lambda c: (c.field != "title", c.article_id, c.position))
    return [CitedSentence(c.text, (Span(c.article_id, c.start, c.end, c.field),)) for c in picked]


def score(items: Sequence[Item], summarise_fn: Summariser) -> tuple[RougeScores, float, float]:
    """Mean ROUGE, mean words and citation validity of ``summarise_fn`` over ``items``."""
    scores: list[RougeScores] = []
    checks: list[bool] = []
    words = 0
    for item, analysed in items:
        sentences = list(summarise_fn(item, analysed.members)) if analysed.members else []
        articles = {m.article.id: m.article for m in analysed.members}
        checks.extend(citations_hold(s, articles) for s in sentences)
        words += sum(len(s.text.split()) for s in sentences)
        scores.append(rouge_f1(str(item["reference"]), [s.text for s in sentences], str(item.get("lang") or "id")))
    return mean_rouge(scores), words / max(1, len(items)), (sum(checks) / len(checks) if checks else 0.0)


def shipped(budget: int, compression: frozenset[str] | None = None, weights: Weights = Weights(),
            concepts: Scorer | bool | None = False) -> Summariser:
    """summarise() as shipped, on the hand-set path for several articles unless ``concepts`` says otherwise
    (None = the packaged concept model, which is fitted on all of neus-val: in-sample there)."""
    def run(item: dict, members: Sequence[AnalysedArticle]) -> Sequence[CitedSentence]:
        return summarise(0, list(members), reconcile_members(members), max_words=budget,
                         compression=compression, weights=weights, concepts=concepts).sentences
    return run


def grid(corpora: list[Corpus]) -> None:
    for decay, position, redundancy in itertools.product((0.4, 0.55, 0.7, 0.85), (0.3, 0.6, 0.9, 1.2), (0.3, 0.7)):
        weights = Weights(position_decay=decay, position=position, redundancy=redundancy)
        row = [f"decay {decay} position {position} redundancy {redundancy}"]
        for corpus in corpora:
            def hand_set(i: dict, m: Sequence[AnalysedArticle], c: Corpus = corpus) -> Sequence[CitedSentence]:
                return select_sentences(m, c.budget, weights, learned=False)
            r, _, _ = score(corpus.items[: corpus.tuning], hand_set)
            row.append(f"{corpus.name} R1 {r.rouge1:.4f}")
        print(" | ".join(row), flush=True)


def english_trimmed(budget: int) -> Summariser:
    """What ships, with English sentences ended early when the whole one no longer fits (session 4, measured)."""
    def run(item: dict, members: Sequence[AnalysedArticle]) -> Sequence[CitedSentence]:
        languages = extractive.TRIM_LANGUAGES
        extractive.TRIM_LANGUAGES = languages | {"en"}
        try:
            return summarise(0, list(members), reconcile_members(members), max_words=budget,
                             trim=frozenset({"clause", "date", "place"}), concepts=False).sentences
        finally:
            extractive.TRIM_LANGUAGES = languages
    return run


def halves_of(first: Sequence[Item], second: Sequence[Item], summariser: Callable[[str], Summariser]
              ) -> Callable[[Sequence[Item], str], tuple[RougeScores, float, float]]:
    """A row whose each half is summarised by ``summariser(part)`` (a model fitted on the other half); "all"
    pools both held-out halves."""
    def run(items: Sequence[Item], part: str) -> tuple[RougeScores, float, float]:
        if part != "all":
            return score(items, summariser(part))
        a, b = run(first, "first half"), run(second, "second half")
        n_a, n_b = len(first), len(second)

        def mix(x: float, y: float) -> float:
            return (x * n_a + y * n_b) / (n_a + n_b)
        return (RougeScores(mix(a[0].rouge1, b[0].rouge1), mix(a[0].rouge2, b[0].rouge2),
                            mix(a[0].rougeL, b[0].rougeL)), mix(a[1], b[1]), mix(a[2], b[2]))
    return run


def systems(corpus: Corpus, variants: Sequence[frozenset[str]] = (),
            weightings: Sequence[tuple[str, Weights]] = (),
            trim_english: bool = False) -> list[tuple[str, Callable[[Sequence[Item], str], tuple[RougeScores, float, float]]]]:
    budget = corpus.budget

    def plain(fn: Summariser) -> Callable[[Sequence[Item], str], tuple[RougeScores, float, float]]:
        return lambda items, part: score(items, fn)

    found: list[tuple[str, Callable[[Sequence[Item], str], tuple[RougeScores, float, float]]]] = [
        ("LEAD", plain(lambda i, m: lead(m, budget))),
    ]
    if corpus.name.startswith("neus"):
        found.append(("LEAD-1, no budget", plain(lambda i, m: lead_1(m))))
        found.append(("telisik hand-set, headline first (sessions 3–4)", plain(shipped(budget))))
        found.append(("telisik hand-set, no headline (sessions 2–3)",
                      plain(shipped(budget, None, Weights(title_first=HEADLINE_NONE)))))
        for rules in variants:
            name = "+".join(sorted(rules)) or "none"
            found.append((f"telisik, compression {name}", plain(shipped(budget, rules))))
        for label, weights in weightings:
            found.append((f"telisik, weights {label}", plain(shipped(budget, None, weights))))
        if trim_english:
            found.append(("telisik, English trimming clause+date+place (not shipped)", plain(english_trimmed(budget))))
        first, second = halves(corpus.items)
        models = {"first half": concept_model_from_dict(fit_concepts(second)),
                  "second half": concept_model_from_dict(fit_concepts(first))}
        found.append(("telisik concept model, cross-validated (ships for several articles, session 5)",
                      halves_of(first, second, lambda part: shipped(budget, concepts=models[part]))))
    else:
        first, second = halves(corpus.items)
        fitted = {"first half": scorer_from_dict(fit(second)), "second half": scorer_from_dict(fit(first))}

        def learned_with(trim: frozenset[str] | None) -> Callable[[Sequence[Item], str], tuple[RougeScores, float, float]]:
            return halves_of(first, second, lambda part: lambda i, m: select_sentences(m, budget, scorer=fitted[part],
                                                                                        trim=trim))

        found.append(("telisik hand-set", plain(lambda i, m: select_sentences(m, budget, learned=False))))
        found.append(("telisik learned, cross-validated, whole sentences", learned_with(frozenset())))
        found.append(("telisik learned, cross-validated, trimmed, subset search (ships)", learned_with(None)))
    found.append(("oracle (knows the reference)", plain(lambda i, m: oracle(i, m, budget))))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--grid", action="store_true")
    parser.add_argument("--no-write", action="store_true", help="(the default now) print the table only")
    parser.add_argument("--write", action="store_true",
                        help="replace the whole bench/README.md summarise section, prose included, with the table")
    parser.add_argument("--compress", nargs="*", default=[], metavar="RULES",
                        help="NeuS rows with these compression rule sets (compress.py), e.g. tail tail+lead+paren")
    parser.add_argument("--weights", nargs="*", default=[], metavar="NAME=VALUE,...",
                        help="NeuS rows with other hand-set weights, e.g. centrality=2 centrality=2,redundancy=0.5")
    parser.add_argument("--only", choices=("indosum", "neus"), help="one file only (implies --no-write)")
    parser.add_argument("--trim-english", action="store_true",
                        help="a NeuS row with English trimming (clause, date, place) on the hand-set path (not shipped)")
    args = parser.parse_args()
    weightings = [(w, Weights(**{k: float(v) for k, v in (kv.split("=") for kv in w.split(","))}))
                  for w in args.weights]
    variants = [frozenset(r for r in v.split("+") if r and r != "none") for v in args.compress]
    if not DATA.is_dir():
        sys.exit(f"no data at {DATA}")
    corpora = [Corpus(name, budget, tuning, load(name))
               for name, budget, tuning in (("indosum-dev.jsonl", 60, 1000), ("neus-val.jsonl", 75, 150))
               if args.only is None or name.startswith(args.only)]
    if args.grid:
        grid(corpora)
        return
    rows = []
    for corpus in corpora:
        first, second = halves(corpus.items)
        parts = {"first half": first, "second half": second, "all": corpus.items}
        for system, run in systems(corpus, variants, weightings, args.trim_english):
            for part_name, part in parts.items():
                r, words, validity = run(part, part_name)
                rows.append([corpus.name, corpus.budget, system, part_name, len(part), f"{words:.1f}",
                             f"{r.rouge1:.3f}", f"{r.rouge2:.3f}", f"{r.rougeL:.3f}", f"{validity:.3f}"])
                print(" | ".join(str(x) for x in rows[-1]), flush=True)
    header = ["file", "budget", "system", "items", "n", "mean words", "ROUGE-1", "ROUGE-2", "ROUGE-L (summary-level)",
              "citation validity"]
    body = markdown_table(header, rows)
    if args.write and not args.no_write and args.only is None:
        replace_section("summarise", body)


if __name__ == "__main__":
    main()
