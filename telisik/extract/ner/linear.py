"""The shipped CRF run with NumPy: its tag scores, Viterbi paths and per-token marginals.

CRFsuite scores a tag sequence as the sum of the weights of (feature, tag) pairs and of
tag transitions. The weights are read once from ``model.crfsuite``; here each token's
scores for the seven tags are a sum of weight rows, most of them cached per word:

* the features of a word at the position being tagged and as a neighbour at ±1 / ±2
  (:func:`.features.word_features`, :func:`.features.context_features`), and those of its
  shape with each case mode and as a sentence's first word, depend on the word alone, so
  their summed rows are cached per word (:data:`SLOTS` rows);
* the sentences of a text are laid end to end with two padding rows between them, which
  carry the "no neighbour" features (``+1pad`` ...), so the neighbours' rows are added by
  shifting whole arrays;
* word bigrams and multi-word gazetteer hits are looked up token by token.

Viterbi over these scores gives CRFsuite's own tags (tested), faster; forward-backward
gives the marginals the ensemble of :mod:`telisik.extract.ner` adds to the network's
scores.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from telisik.extract.ner.features import _phrase_marks, case_mode, context_features, word_features, word_shape
from telisik.language import tables

TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
OFFSETS = (-2, -1, 1, 2)
GAP = 2  # padding rows between sentences: as wide as the farthest neighbour feature
CASE_MODES = ("lower", "upper", "mixed")
# The cached rows of a word: its own features' scores; as the neighbour at -2, -1, +1, +2;
# case mode + shape × mode for each mode; first word + its shape.
MODE_SLOT = 1 + len(OFFSETS)
FIRST_SLOT = MODE_SLOT + len(CASE_MODES)
SLOTS = FIRST_SLOT + 1
# Words whose summed rows are kept (about 0.6 KB each; cleared when full).
ROW_CACHE_SIZE = 50_000



def uncached(cache: dict[str, Any], tokens: Sequence[str], size: int) -> list[str]:
    """The distinct words of ``tokens`` that ``cache`` lacks. When they would take it past ``size``,
    the cache is emptied and every word of ``tokens`` is returned (those cached before are gone too)."""
    fresh = [t for t in dict.fromkeys(tokens) if t not in cache]
    if fresh and len(cache) + len(fresh) > size:
        cache.clear()
        return list(dict.fromkeys(tokens))
    return fresh

class Cues:
    """What both taggers read off each sentence as a whole: case mode, lower-cased words, phrase marks."""

    __slots__ = ("modes", "lowered", "marks")

    def __init__(self, sentences: Sequence[Sequence[str]]):
        self.modes = [case_mode(tokens) for tokens in sentences]
        self.lowered = [[t.lower() for t in tokens] for tokens in sentences]
        self.marks = [_phrase_marks(lowered) for lowered in self.lowered]


class LinearCRF:
    """A CRFsuite model's weights as NumPy arrays, in the order of :data:`TAGS`."""

    def __init__(self, state: dict[tuple[str, str], float], transitions: dict[tuple[str, str], float]):
        tag_index = {tag: i for i, tag in enumerate(TAGS)}
        # attribute → row of self.table (row 0 is all zeros: attributes the model does not know)
        self.index: dict[str, int] = {}
        for attribute, _ in state:
            self.index.setdefault(attribute, len(self.index) + 1)
        self.table = np.zeros((len(self.index) + 1, len(TAGS)), dtype=np.float64)
        for (attribute, label), weight in state.items():
            self.table[self.index[attribute], tag_index[label]] = weight
        self.trans = np.zeros((len(TAGS), len(TAGS)), dtype=np.float64)
        for (first, second), weight in transitions.items():
            self.trans[tag_index[first], tag_index[second]] = weight
        pad = np.zeros((SLOTS, len(TAGS)), dtype=np.float64)
        for slot, offset in enumerate(OFFSETS, start=1):
            pad[slot] = self._row([f"{offset:+d}pad"])
        self._pad = pad
        self._rows: dict[str, np.ndarray] = {}

    def _row(self, attributes: Sequence[str]) -> np.ndarray:
        index = self.index
        return self.table[[index.get(a, 0) for a in attributes]].sum(axis=0)

    def _fill(self, tokens: Sequence[str]) -> None:
        """Cache the summed rows of the words not yet seen (see :data:`SLOTS`)."""
        fresh = uncached(self._rows, tokens, ROW_CACHE_SIZE)
        if not fresh:
            return
        get = self.index.get
        ids: list[int] = []
        ends: list[int] = []
        for token in fresh:
            shape = word_shape(token)
            groups = (
                word_features(token),
                *[context_features(token, o) for o in OFFSETS],
                *[(f"m={mode}", f"sh|m={shape}|{mode}") for mode in CASE_MODES],
                ("first", f"first|sh={shape}"),
            )
            for features in groups:
                ids.extend([get(a, 0) for a in features])
                ends.append(len(ids))
        starts = np.array([0, *ends[:-1]], dtype=np.int64)
        summed = np.add.reduceat(self.table[np.array(ids, dtype=np.int64)], starts, axis=0)
        for token, rows in zip(fresh, summed.reshape(len(fresh), SLOTS, len(TAGS))):
            self._rows[token] = rows

    def scores(self, sentences: Sequence[Sequence[str]], cues: Cues | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Padded (sentences, length, tags) state scores and the mask of real tokens (sentences non-empty)."""
        cues = cues or Cues(sentences)
        flat_tokens = [t for tokens in sentences for t in tokens]
        self._fill(flat_tokens)
        rows_of = self._rows
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        firsts = np.concatenate([[0], np.cumsum(lengths)[:-1]])  # each sentence's first token
        # rows laid end to end, GAP padding rows before each sentence and after the last
        positions = np.arange(len(flat_tokens)) + GAP * np.repeat(np.arange(1, len(sentences) + 1), lengths)
        rows = np.broadcast_to(self._pad, (len(flat_tokens) + GAP * (len(sentences) + 1), SLOTS, len(TAGS))).copy()
        rows[positions] = np.array([rows_of[t] for t in flat_tokens])
        total = rows.shape[0]
        flat = rows[:, 0].copy()
        for slot, offset in enumerate(OFFSETS, start=1):
            # a token at p takes the row its neighbour at p + offset has for that offset
            if offset < 0:
                flat[-offset:] += rows[: total + offset, slot]
            else:
                flat[: total - offset] += rows[offset:, slot]
        out = flat[positions]
        modes = np.repeat([MODE_SLOT + CASE_MODES.index(m) for m in cues.modes], lengths)
        out += rows[positions, modes]
        out[firsts] += rows[positions[firsts], FIRST_SLOT]
        # word bigrams and multi-word gazetteer hits, looked up token by token
        numbers: list[int] = []
        attributes: list[int] = []
        get = self.index.get
        number = 0
        for lowered, marks in zip(cues.lowered, cues.marks):
            previous = None
            for word, found in zip(lowered, marks):
                if previous is not None:
                    before = get(f"bi+={previous}|{word}")
                    if before:
                        numbers.append(number - 1)
                        attributes.append(before)
                    after = get(f"bi-={previous}|{word}")
                    if after:
                        numbers.append(number)
                        attributes.append(after)
                for mark in found:
                    numbers.append(number)
                    attributes.append(get(mark, 0))
                previous = word
                number += 1
        if numbers:
            np.add.at(out, np.array(numbers, dtype=np.int64), self.table[np.array(attributes, dtype=np.int64)])
        length = int(lengths.max())
        mask = np.arange(length)[None, :] < lengths[:, None]
        padded = np.zeros((len(sentences), length, len(TAGS)), dtype=np.float64)
        padded[mask] = out
        return padded, mask

    def marginals(self, scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Per-token tag probabilities (forward-backward), padded like ``scores``."""
        return marginals(scores, mask, self.trans)


def marginals(scores: np.ndarray, mask: np.ndarray, trans: np.ndarray) -> np.ndarray:
    """Forward-backward for a padded batch (no start / end scores, as CRFsuite), scaled at every step.

    The sentences are sorted longest first, so each step reads only the rows still running.
    """
    lengths = mask.sum(axis=1)
    order = np.argsort(-lengths, kind="stable")
    emit = scores[order]
    emit = np.exp(emit - emit.max(axis=2, keepdims=True))
    running = (lengths[order][None, :] > np.arange(scores.shape[1])[:, None]).sum(axis=1)  # sentences longer than t
    step = np.exp(trans - trans.max())
    alpha = np.zeros_like(emit)
    beta = np.ones_like(emit)
    alpha[:, 0] = emit[:, 0] / emit[:, 0].sum(axis=1, keepdims=True)
    for t in range(1, scores.shape[1]):
        k = running[t]
        forward = (alpha[:k, t - 1] @ step) * emit[:k, t]
        alpha[:k, t] = forward / forward.sum(axis=1, keepdims=True)
    for t in range(scores.shape[1] - 2, -1, -1):
        k = running[t + 1]
        backward = (emit[:k, t + 1] * beta[:k, t + 1]) @ step.T
        beta[:k, t] = backward / backward.sum(axis=1, keepdims=True)
    joint = alpha * beta
    joint /= np.maximum(joint.sum(axis=2, keepdims=True), 1e-300)
    result = np.empty_like(joint)
    result[order] = joint
    return result * mask[:, :, None]


def load_linear(path: str) -> LinearCRF:
    """The weights of the CRFsuite model at ``path``.

    CRFsuite gives them only as a text dump, whose parsing took about 1.2 CPU seconds in every
    process; the parsed weights are kept in the table cache (:mod:`telisik.language.tables`) under
    a digest of the model file, and read back in a tenth of that."""
    model = Path(path)
    sources = (model.read_bytes(), tables.versions("python-crfsuite"))
    name = "crf-" + hashlib.sha256(str(model.resolve()).encode("utf-8")).hexdigest()[:12]
    state, transitions = tables.cached(name, sources, lambda: _read_weights(path))
    return LinearCRF(state, transitions)


def _read_weights(path: str) -> tuple[dict[tuple[str, str], float], dict[tuple[str, str], float]]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    info = tagger.info()
    return dict(info.state_features), dict(info.transitions)
