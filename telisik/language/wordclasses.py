"""Word clusters learned from Indonesian text: the NER model's handle on unseen words.

A word the training sets never tagged still shares contexts with ones they did
("Tokayev" sits where "Jokowi" sits), so each word gets the id of a cluster of words
that occur in similar contexts. The recipe, deterministic for a given input:

1. count lower-cased words over the texts; keep the ``VOCABULARY_SIZE`` most frequent;
2. describe each word by the words just left and right of it (±1 and ±2 separately,
   over the ``CONTEXT_SIZE`` most frequent words), weighted by positive PMI;
3. reduce to ``DIMENSIONS`` with a truncated SVD (fixed seed), normalise to unit length;
4. k-means at two granularities (``COARSE_CLUSTERS`` and ``FINE_CLUSTERS``), the way
   Brown-cluster bit prefixes give coarse and fine classes.

Each word also records how often it was written capitalised (its first letter upper
case, not at a sentence start): a lower-cased text ("amos kenda", NERP) no longer shows
that a word is a name, but the corpus remembers that it usually is.

The result is a small tab-separated file, ``data/<lang>/word_classes.txt``
(``word  coarse  fine  count  capitalised%``), built by ``telisik train ner`` and shipped.
The place gazetteer reads the capitalisation rate too: a word the corpus mostly writes in
lower case ("para", "media", "ada") is an ordinary word, not a place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

WORD_CLASSES_FILE = "word_classes.txt"
# A word seen at least this often, capitalised in under this share of its non-initial
# occurrences, is an ordinary word. Names sit above 90 %, function words near 0 %.
ORDINARY_MIN_COUNT = 5
ORDINARY_MAX_CAPITALISED = 50

# Sizes chosen for a file of about 1 MB that covers ~97 % of news tokens; not tuned further.
VOCABULARY_SIZE = 40_000
CONTEXT_SIZE = 3_000
DIMENSIONS = 80
COARSE_CLUSTERS = 64
FINE_CLUSTERS = 512
MIN_COUNT = 3
SEED = 13

WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")
SENTENCE_END = frozenset({".", "!", "?"})


@dataclass(frozen=True, slots=True)
class WordClass:
    coarse: int
    fine: int
    count: int
    capitalised: int  # per cent of non-initial occurrences written with a capital


@cache
def word_classes(lang: str = "id") -> dict[str, WordClass]:
    """The shipped classes of ``lang`` (empty when the language has none), read once."""
    path = resources.files("telisik.language") / "data" / lang / WORD_CLASSES_FILE
    if not path.is_file():
        return {}
    return parse_clusters(path.read_text(encoding="utf-8"))


def is_ordinary_word(word: str, lang: str = "id") -> bool:
    """True for a word the corpus writes mostly in lower case ("para", "media", "ada")."""
    found = word_classes(lang).get(word.lower())
    return found is not None and found.count >= ORDINARY_MIN_COUNT and found.capitalised < ORDINARY_MAX_CAPITALISED


def read_clusters(path: Path) -> dict[str, WordClass]:
    return parse_clusters(path.read_text(encoding="utf-8"))


def parse_clusters(text: str) -> dict[str, WordClass]:
    classes: dict[str, WordClass] = {}
    for line in text.splitlines():
        word, coarse, fine, count, capitalised = line.split("\t")
        classes[word] = WordClass(int(coarse), int(fine), int(count), int(capitalised))
    return classes


def capitalisation(sentences: Iterable[list[str]]) -> tuple[Counter[str], dict[str, int]]:
    """Each lower-cased word's count, and the percentage of its occurrences away from a sentence
    start that are written capitalised. Only mixed-case sentences say how a word is written:
    lower-cased (NERP) and shouted ones count towards the totals only."""
    counts: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    inner: Counter[str] = Counter()
    for sentence in sentences:
        mixed = any(t[:1].isupper() for t in sentence) and not all(t.isupper() for t in sentence if t[:1].isalpha())
        for position, token in enumerate(sentence):
            word = token.lower()
            counts[word] += 1
            if mixed and position > 0 and token[:1].isalpha():
                inner[word] += 1
                capitalised[word] += token[:1].isupper()
    return counts, {word: round(100 * capitalised[word] / max(inner[word], 1)) for word in counts}


def frequent_words(counts: Counter[str]) -> list[str]:
    """The :data:`VOCABULARY_SIZE` most frequent words seen :data:`MIN_COUNT` times or more, ties alphabetical."""
    ranked = [w for w, c in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if c >= MIN_COUNT]
    return ranked[:VOCABULARY_SIZE]


def build_clusters(sentences: Iterable[list[str]]) -> dict[str, WordClass]:
    """Clusters for the words of ``sentences`` (token lists, case as written)."""
    from sklearn.cluster import KMeans

    corpus = [sentence for sentence in sentences if sentence]
    counts, rates = capitalisation(corpus)
    vocabulary, reduced = word_vectors(corpus, counts)
    coarse = KMeans(COARSE_CLUSTERS, n_init=1, random_state=SEED).fit_predict(reduced)
    fine = KMeans(FINE_CLUSTERS, n_init=1, random_state=SEED, max_iter=100).fit_predict(reduced)
    return {
        word: WordClass(int(coarse[i]), int(fine[i]), counts[word], rates[word])
        for i, word in enumerate(vocabulary)
    }


def word_vectors(corpus: list[list[str]], counts: Counter[str], dims: int = DIMENSIONS) -> tuple[list[str], Any]:
    """(vocabulary, unit-length vectors): PPMI over the ±2 word contexts among the
    :data:`CONTEXT_SIZE` most frequent words, reduced by SVD to ``dims`` (fewer for a vocabulary
    too small for it). Rows follow :func:`frequent_words` of ``counts``; the vectors are a NumPy array."""
    import numpy as np
    from scipy import sparse
    from sklearn.decomposition import TruncatedSVD

    vocabulary = frequent_words(counts)
    index = {word: i for i, word in enumerate(vocabulary)}
    context_index = {word: i for i, word in enumerate(vocabulary[:CONTEXT_SIZE])}
    rows: list[int] = []
    cols: list[int] = []
    for sentence in corpus:
        words = [token.lower() for token in sentence]
        for position, word in enumerate(words):
            row = index.get(word)
            if row is None:
                continue
            for slot, offset in enumerate((-2, -1, 1, 2)):
                other = position + offset
                if 0 <= other < len(words):
                    col = context_index.get(words[other])
                    if col is not None:
                        rows.append(row)
                        cols.append(slot * CONTEXT_SIZE + col)
    shape = (len(vocabulary), 4 * CONTEXT_SIZE)
    matrix = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    matrix.sum_duplicates()
    components = max(1, min(dims, len(vocabulary) - 1))
    reduced = TruncatedSVD(n_components=components, random_state=SEED).fit_transform(_ppmi(matrix))
    reduced /= np.maximum(np.linalg.norm(reduced, axis=1, keepdims=True), 1e-9)
    return vocabulary, reduced


def _ppmi(matrix):  # type: ignore[no-untyped-def]
    import numpy as np
    from scipy import sparse

    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel()
    col_sums = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al. 2015)
    col_sums *= total / col_sums.sum()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sums[coo.row] * col_sums[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=matrix.shape)


def write_clusters(classes: dict[str, WordClass], path: Path) -> None:
    lines = [f"{w}\t{c.coarse}\t{c.fine}\t{c.count}\t{c.capitalised}" for w, c in classes.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def corpus_sentences(path: Path) -> Iterable[list[str]]:
    """Token lists of the sentences of a JSONL corpus (``text`` field), split at . ! ? and newlines."""
    import json

    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            for paragraph in text.split("\n"):
                sentence: list[str] = []
                for match in WORD.finditer(paragraph):
                    token = match.group()
                    if token in SENTENCE_END:
                        if sentence:
                            yield sentence
                        sentence = []
                    else:
                        sentence.append(token)
                if sentence:
                    yield sentence
