"""A convolutional NER tagger run with NumPy only: word + character features, dilated CNN, CRF decoding.

The network (trained by :mod:`telisik.extract.ner.neural_train` with torch, exported to an
``.npz`` of float16 weights and vocabularies) reads, for every token:

* **words** — a frozen 80-dimensional vector learned here from the Indonesian corpus and
  the NER training texts (PPMI over ±2 contexts + SVD, as the word classes are built),
  and a trained 64-dimensional vector for the words of the training set; both read the
  lower-cased word, so lower-cased and shouted text find the same rows;
* **characters** — a character CNN over the word as written (case kept), so shape,
  affixes, typos and unseen names count;
* **cues** — the word's shape, the sentence's case mode (``lower`` / ``upper`` /
  ``mixed``), how often the corpus capitalises the word, its word classes, gazetteer
  membership (one word and multi-word phrases), first-in-sentence, acronym, hyphen.

The features are concatenated, projected to ``hidden`` units and passed through
residual convolutions of width 3 with growing dilation (an iterated dilated CNN,
Strubell et al. 2017); a linear layer gives each tag a score and the tag sequence is
decoded with the learned transition scores (Viterbi, BIO).

Everything is batched: the projection of a word's own features is cached per word, and
all sentences of a text are laid end to end and tagged by a handful of matrix products
(:meth:`NeuralTagger.fast_emissions`; :meth:`NeuralTagger.emissions` is the plain padded
computation, kept as the reference the quick one is tested against). Tagging alone runs
at about 170–200 articles a second on one core, against about 130–170 for the CRF.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from telisik.extract.ner.features import _gazetteers, _phrase_marks, case_mode, word_shape
from telisik.extract.ner.linear import TAGS, Cues, uncached
from telisik.language.wordclasses import word_classes

MAX_CHARS = 20
CASE_MODES = ("lower", "upper", "mixed")
CAP_BUCKETS = ("unk", "no", "lo", "mid", "hi")
WORD_GAZETTEERS = ("ti", "oh", "on", "ot", "lh", "lc", "cw", "pl")
PHRASE_GAZETTEERS = ("pl", "ti", "on", "oh")
# binary cues: word gazetteers, phrase B / I marks, first, acronym, hyphen, digit
N_BITS = len(WORD_GAZETTEERS) + 2 * len(PHRASE_GAZETTEERS) + 4
PAD = 0
# Words whose projected features are kept (about 0.6 KB each at 160 units).
ROW_CACHE_SIZE = 50_000
UNKNOWN = 1


def cap_bucket(percent: int | None) -> int:
    if percent is None:
        return 0
    if percent >= 90:
        return 4
    if percent >= 50:
        return 3
    if percent >= 10:
        return 2
    return 1


class Vocabularies:
    """String → id maps stored with the weights (0 = padding, 1 = unknown)."""

    def __init__(self, words: Sequence[str], vectors: Sequence[str], chars: Sequence[str], shapes: Sequence[str]):
        self.words = {w: i + 2 for i, w in enumerate(words)}
        self.vectors = {w: i + 2 for i, w in enumerate(vectors)}
        self.chars = {c: i + 2 for i, c in enumerate(chars)}
        self.shapes = {s: i + 2 for i, s in enumerate(shapes)}


@lru_cache(maxsize=1)
def _phrase_index() -> dict[str, int]:
    return {name: i for i, name in enumerate(PHRASE_GAZETTEERS)}


class Encoder:
    """Turns sentences into the integer and binary arrays the network reads."""

    def __init__(self, vocab: Vocabularies):
        self.vocab = vocab
        self._cache: dict[str, tuple[int, int, int, int, int, int, tuple[int, ...], tuple[int, ...]]] = {}

    def word(self, token: str) -> tuple[int, int, int, int, int, int, tuple[int, ...], tuple[int, ...]]:
        """(word id, vector id, shape id, capitalisation bucket, fine class, coarse class, chars, bits)."""
        found = self._cache.get(token)
        if found is not None:
            return found
        lower = token.lower()
        vocab = self.vocab
        classes = word_classes("id").get(lower)
        gazetteers = _gazetteers()
        bits = [int(lower in gazetteers[name]) for name in WORD_GAZETTEERS]
        chars = tuple(vocab.chars.get(c, UNKNOWN) for c in token[:MAX_CHARS])
        result = (
            vocab.words.get(lower, UNKNOWN),
            vocab.vectors.get(lower, UNKNOWN),
            vocab.shapes.get(word_shape(token), UNKNOWN),
            cap_bucket(classes.capitalised if classes else None),
            classes.fine + 1 if classes else 0,
            classes.coarse + 1 if classes else 0,
            chars,
            tuple(bits),
        )
        if len(self._cache) < 300_000:
            self._cache[token] = result
        return result

    def encode(self, sentences: Sequence[Sequence[str]]) -> dict[str, np.ndarray]:
        """Padded arrays for a batch of sentences (each at least one token)."""
        size = len(sentences)
        length = max(len(s) for s in sentences)
        ints = np.zeros((6, size, length), dtype=np.int64)
        chars = np.zeros((size, length, MAX_CHARS), dtype=np.int64)
        bits = np.zeros((size, length, N_BITS), dtype=np.float32)
        mode = np.zeros((size,), dtype=np.int64)
        mask = np.zeros((size, length), dtype=bool)
        phrase = _phrase_index()
        offset = len(WORD_GAZETTEERS)
        for row, tokens in enumerate(sentences):
            mode[row] = CASE_MODES.index(case_mode(tokens))
            mask[row, : len(tokens)] = True
            marks = _phrase_marks([t.lower() for t in tokens])
            for col, token in enumerate(tokens):
                word, vector, shape, cap, fine, coarse, letters, flags = self.word(token)
                ints[:, row, col] = (word, vector, shape, cap, fine, coarse)
                chars[row, col, : len(letters)] = letters
                bits[row, col, :offset] = flags
                for mark in marks[col]:  # "gplB", "gplI", ...
                    index = phrase[mark[1:3]]
                    bits[row, col, offset + 2 * index + (mark[3] == "I")] = 1.0
                tail = offset + 2 * len(PHRASE_GAZETTEERS)
                bits[row, col, tail] = col == 0
                bits[row, col, tail + 1] = token.isupper() and len(token) > 1
                bits[row, col, tail + 2] = "-" in token
                bits[row, col, tail + 3] = any(c.isdigit() for c in token)
        return {
            "words": ints[0], "vectors": ints[1], "shapes": ints[2], "caps": ints[3], "fine": ints[4],
            "coarse": ints[5], "chars": chars, "bits": bits, "mode": mode, "mask": mask,
        }


def _conv(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, dilation: int) -> np.ndarray:
    """Width-3 convolution over axis 1 of (batch, time, in) with zero padding; weight (3, in, out)."""
    size, length, _ = x.shape
    out = x @ weight[1] + bias
    if length > dilation:
        out[:, dilation:] += x[:, :-dilation] @ weight[0]
        out[:, :-dilation] += x[:, dilation:] @ weight[2]
    return out


class NeuralTagger:
    """The exported network, run with NumPy."""

    def __init__(self, arrays: dict[str, np.ndarray], meta: dict[str, Any]):
        self.p = {k: v.astype(np.float32) for k, v in arrays.items()}
        self.dilations: list[int] = list(meta["dilations"])
        self.encoder = Encoder(Vocabularies(meta["words"], meta["vectors"], meta["chars"], meta["shapes"]))
        p = self.p
        # where each feature group sits in the projection's input (the order of emissions())
        widths = [p[name].shape[1] for name in ("vec_emb", "word_emb")] + [p["char_conv_w"].shape[2]] + [
            p[name].shape[1] for name in ("shape_emb", "cap_emb", "fine_emb", "coarse_emb", "mode_emb")]
        starts = np.cumsum([0, *widths])
        self._mode_rows = p["mode_emb"] @ p["proj_w"][starts[7] : starts[8]] + p["proj_b"]
        self._bits_w = p["proj_w"][starts[8] :]
        self._token_w = p["proj_w"][: starts[7]]
        self._conv_w = [np.concatenate([p[f"conv{i}_w"][k] for k in range(3)], axis=1) for i in range(len(self.dilations))]
        self._rows: dict[str, np.ndarray] = {}

    def emissions(self, sentences: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        x = self.encoder.encode(sentences)
        p = self.p
        mask = x["mask"]
        size, length = mask.shape
        # character CNN: (tokens, chars, emb) → conv → max over the word's characters
        chars = x["chars"].reshape(size * length, MAX_CHARS)
        char_mask = chars > 0
        embedded = p["char_emb"][chars]
        conv = _conv(embedded, p["char_conv_w"], p["char_conv_b"], 1)
        conv = np.where(char_mask[:, :, None], conv, -1e4)
        char_features = np.maximum(conv.max(axis=1), 0.0).reshape(size, length, -1)
        mode = np.broadcast_to(p["mode_emb"][x["mode"]][:, None, :], (size, length, p["mode_emb"].shape[1]))
        features = np.concatenate([
            p["vec_emb"][x["vectors"]], p["word_emb"][x["words"]], char_features,
            p["shape_emb"][x["shapes"]], p["cap_emb"][x["caps"]], p["fine_emb"][x["fine"]],
            p["coarse_emb"][x["coarse"]], mode, x["bits"],
        ], axis=2)
        keep = mask[:, :, None].astype(np.float32)
        hidden = np.maximum(features @ p["proj_w"] + p["proj_b"], 0.0) * keep
        for layer, dilation in enumerate(self.dilations):
            step = np.maximum(_conv(hidden, p[f"conv{layer}_w"], p[f"conv{layer}_b"], dilation), 0.0)
            hidden = (hidden + step) * keep
        scores = hidden @ p["out_w"] + p["out_b"]
        return scores, mask

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each sentence (empty sentences get no tags)."""
        present = [s for s in sentences if s]
        if not present:
            return [[] for _ in sentences]
        # One BLAS thread: the matrices are small, and threads spinning on a busy core cost
        # far more than they save (tagging fell from ~110 to ~25 articles/s with two).
        with blas_single_thread():
            scores, mask = self.fast_emissions(present)
        paths = viterbi(scores, mask, self.p["trans"], self.p["start"], self.p["end"])
        tagged = iter(paths)
        return [[TAGS[i] for i in next(tagged)] if s else [] for s in sentences]


    def _token_parts(self, tokens: Sequence[str]) -> None:
        """Project the features that depend on the word alone, for words not yet cached."""
        fresh = uncached(self._rows, tokens, ROW_CACHE_SIZE)
        if not fresh:
            return
        p = self.p
        encoded = [self.encoder.word(t) for t in fresh]
        # one padding column past the longest word, as the training batches had (up to MAX_CHARS)
        longest = min(max(len(e[6]) for e in encoded) + 1, MAX_CHARS)
        chars = np.zeros((len(fresh), longest), dtype=np.int64)
        for row, e in enumerate(encoded):
            chars[row, : len(e[6])] = e[6]
        conv = _conv(p["char_emb"][chars], p["char_conv_w"], p["char_conv_b"], 1)
        conv = np.where((chars > 0)[:, :, None], conv, -1e4)
        char_features = np.maximum(conv.max(axis=1), 0.0)
        ints = np.array([e[:6] for e in encoded], dtype=np.int64)
        features = np.concatenate([
            p["vec_emb"][ints[:, 1]], p["word_emb"][ints[:, 0]], char_features, p["shape_emb"][ints[:, 2]],
            p["cap_emb"][ints[:, 3]], p["fine_emb"][ints[:, 4]], p["coarse_emb"][ints[:, 5]],
        ], axis=1)
        bits = np.zeros((len(fresh), N_BITS), dtype=np.float32)
        bits[:, : len(WORD_GAZETTEERS)] = [e[7] for e in encoded]
        tail = len(WORD_GAZETTEERS) + 2 * len(PHRASE_GAZETTEERS)
        bits[:, tail + 1] = [t.isupper() and len(t) > 1 for t in fresh]
        bits[:, tail + 2] = ["-" in t for t in fresh]
        bits[:, tail + 3] = [any(c.isdigit() for c in t) for t in fresh]
        projected = features @ self._token_w + bits @ self._bits_w
        for token, row in zip(fresh, projected):
            self._rows[token] = row

    def fast_emissions(self, sentences: Sequence[Sequence[str]], cues: Cues | None = None) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`emissions` computed the quick way (same numbers up to rounding).

        The projection of a word's own features is cached per word; the sentences are laid
        end to end with no padding between them, and a convolution adds a neighbour's
        product only where the neighbour is in the same sentence (a masked add), so no
        matrix product is spent on padding. ``cues`` (a
        :class:`telisik.extract.ner.linear.Cues` of the same sentences) spares computing
        the case modes and phrase marks again when the CRF has them.
        """
        cues = cues or Cues(sentences)
        p = self.p
        flat = [t for s in sentences for t in s]
        self._token_parts(flat)
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        firsts = np.concatenate([[0], np.cumsum(lengths)[:-1]])  # each sentence's first token
        rows = self._rows
        block = np.array([rows[t] for t in flat])
        block += self._mode_rows[np.repeat([CASE_MODES.index(m) for m in cues.modes], lengths)]
        phrase = _phrase_index()
        offset = len(WORD_GAZETTEERS)
        block[firsts] += self._bits_w[offset + 2 * len(PHRASE_GAZETTEERS)]
        marked: list[int] = []
        bit_rows: list[int] = []
        index = 0
        for marks in cues.marks:
            for col, found in enumerate(marks):
                for mark in found:
                    marked.append(index + col)
                    bit_rows.append(offset + 2 * phrase[mark[1:3]] + (mark[3] == "I"))
            index += len(marks)
        if marked:
            np.add.at(block, np.array(marked), self._bits_w[np.array(bit_rows)])
        hidden = np.maximum(block, 0.0, out=block)
        count, width = hidden.shape
        position = np.arange(count) - np.repeat(firsts, lengths)  # each token's index in its sentence
        remaining = np.repeat(lengths, lengths) - position  # tokens from it to its sentence's end
        for layer, dilation in enumerate(self.dilations):
            mixed = hidden @ self._conv_w[layer]
            step = mixed[:, width : 2 * width] + p[f"conv{layer}_b"]
            if count > dilation:
                left = (position >= dilation)[dilation:, None]  # the token `dilation` before is in the sentence
                right = (remaining > dilation)[:-dilation, None]  # so is the one `dilation` after
                np.add(step[dilation:], mixed[:-dilation, :width], out=step[dilation:], where=left)
                np.add(step[:-dilation], mixed[dilation:, 2 * width :], out=step[:-dilation], where=right)
            np.maximum(step, 0.0, out=step)
            step += hidden
            hidden = step
        flat_scores = hidden @ p["out_w"] + p["out_b"]
        length = int(lengths.max())
        mask = np.arange(length)[None, :] < lengths[:, None]
        scores = np.zeros((len(sentences), length, len(TAGS)), dtype=np.float32)
        scores[mask] = flat_scores
        return scores, mask


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def blas_single_thread() -> Any:
    """A context in which NumPy's BLAS runs on one thread (see :meth:`NeuralTagger.tag`)."""
    return _blas_controller().limit(limits=1, user_api="blas")


def viterbi(scores: np.ndarray, mask: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[list[int]]:
    """Best tag paths for a padded batch; ``trans[i, j]`` scores tag i followed by tag j.

    The sentences are sorted longest first, so each step reads only the rows still running.
    """
    size, length, tags = scores.shape
    lengths = mask.sum(axis=1)
    order = np.argsort(-lengths, kind="stable")
    ordered = scores[order]
    running = (lengths[order][None, :] > np.arange(length)[:, None]).sum(axis=1)  # sentences longer than t
    best = start[None, :] + ordered[:, 0]
    back = np.zeros((size, length, tags), dtype=np.int64)
    for t in range(1, length):
        k = running[t]
        candidate = best[:k, :, None] + trans[None, :, :]
        back[:k, t] = candidate.argmax(axis=1)
        best[:k] = candidate.max(axis=1) + ordered[:k, t]
    current = (best + end[None, :]).argmax(axis=1)  # each sentence's last tag
    paths = np.zeros((size, length), dtype=np.int64)
    for t in range(length - 1, -1, -1):  # a sentence joins when t reaches its last token
        k = running[t]
        paths[:k, t] = current[:k]
        if t > 0:
            current[:k] = back[np.arange(k), t, current[:k]]
    found: list[list[int]] = [[] for _ in range(size)]
    for row, original in enumerate(order):
        found[original] = paths[row, : lengths[original]].tolist()
    return found


def load_neural(path: str | Path) -> NeuralTagger:
    """The tagger stored at ``path`` (an ``.npz`` written by :func:`.neural_train.export`)."""
    with np.load(path, allow_pickle=False) as stored:
        meta = json.loads(bytes(stored["meta"]).decode("utf-8"))
        arrays = {name: stored[name] for name in stored.files if name != "meta"}
    return NeuralTagger(arrays, meta)
