"""Training the convolutional NER tagger (:mod:`.neural`) with torch, and exporting it for NumPy.

``telisik train ner`` runs it; torch is an optional extra (``pip install -e '.[train]'``,
``torch==2.13.0``, CPU build) and is never needed to *run* the tagger. The recipe,
deterministic for the same data and package versions (one thread, fixed seeds,
``torch.use_deterministic_algorithms``):

1. word vectors: PPMI over ±2 contexts + truncated SVD (as the word classes are built,
   :mod:`telisik.language.wordclasses`) over the Indonesian corpus and the training texts;
2. the training sentences of every ``train/*.conll``, with the CRF's case augmentation
   (:func:`telisik.extract.ner.train.augment`);
3. vocabularies: training words seen ``min_word_count`` times, characters seen
   ``min_char_count`` times, word shapes seen 3 times;
4. ``epochs`` passes of Adam over length-sorted batches in a seeded random order, with
   dropout and word dropout, minimising the CRF negative log-likelihood;
5. the weights are written as float16 arrays into one ``.npz`` with the vocabularies.

``holdout=True`` keeps one training sentence in ten out (a fixed hash) and prints its
macro-F1 after each epoch: that is how ``epochs`` was chosen, never on the dev files.

**Distillation** (:func:`train_distilled`, what ``telisik train ner`` ships since session 6). A wide
network is too slow to run on every article (about 70 articles/s with linking, against the goal of 100),
so it teaches the shipped-size one:

1. the *teacher*: the recipe above with ``TEACHER_HIDDEN`` units and ``TEACHER_DILATIONS``, seed
   ``TEACHER_SEED``, the same ``epochs`` (no wall-clock cap: ``max_minutes`` stays ``None``);
2. the teacher + CRF ensemble (:func:`telisik.extract.ner.ensemble_scores`, Viterbi with the teacher's
   transitions, no span corrections) tags the sentences of 3–60 tokens of the given articles (the
   command passes the Indonesian ones among the last ``DISTIL_ARTICLES`` of the vector corpus,
   normalised; the speed bench times the first 1,000), one article at a time, in corpus order;
3. the *student*: the recipe above (shipped size) with seed ``STUDENT_SEED``, trained on the gold
   training sentences followed by those pseudo-labelled ones (both case-augmented, both in the
   vocabularies and the vector texts).

Every step runs on one thread with fixed seeds in a fixed order, so the same data and package versions
give the same file byte for byte.
"""

from __future__ import annotations

import json
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from telisik.errors import ConfigError
from telisik.extract.ner.train import TaggedSentence, augment, augment_plan, training_sentences
from telisik.extract.ner.neural import (
    CAP_BUCKETS,
    CASE_MODES,
    MAX_CHARS,
    N_BITS,
    TAGS,
    Encoder,
    NeuralTagger,
    Vocabularies,
)

SEED = 7
# The distillation (module docstring). The teacher's shape is the wide variant measured in session 4
# (not tuned further). DISTIL_ARTICLES (400) is the one size measured in session 5; STUDENT_SEED was
# chosen on the dev files between 7 and 8 (session 5: mean macro-F1 0.800 vs 0.803, nerp 0.770 vs 0.775,
# nerugm 0.783 vs 0.793), so it is a dev choice, said so in bench/README.md "entities".
TEACHER_HIDDEN = 256
TEACHER_DILATIONS = (1, 2, 4, 1)
TEACHER_SEED = 7
STUDENT_SEED = 8
DISTIL_ARTICLES = 400
# Only sentences of this many tokens are pseudo-labelled: very short ones are mostly headings and
# fragments, very long ones make long padded batches. The bounds of the session-5 experiment; not tuned.
PSEUDO_MIN_TOKENS = 3
PSEUDO_MAX_TOKENS = 60
# Word shapes seen fewer times in training share the "unknown" row.
MIN_SHAPE_COUNT = 3
# Gradients are clipped to this norm (a common default for CRF taggers; not tuned).
GRADIENT_CLIP = 5.0


@dataclass(slots=True)
class NeuralOptions:
    """The recipe. ``epochs`` was chosen on a held-out tenth of ner/train (macro-F1 flat from epoch 9 to 14;
    12 is its middle, bench/README.md "entities", session 3); the sizes are common ID-CNN / char-CNN choices
    scaled down for one CPU core and were not tuned (one wider variant was measured: 256 units, dilations
    1, 2, 4, 1)."""

    epochs: int = 12
    hidden: int = 160
    dilations: tuple[int, ...] = (1, 2, 1)
    word_dim: int = 64
    char_dim: int = 24
    char_filters: int = 64
    dropout: float = 0.3
    word_dropout: float = 0.1
    lr: float = 2e-3
    batch: int = 32
    lower_share: float = 0.3
    upper_share: float = 0.1
    min_word_count: int = 2
    min_char_count: int = 5
    holdout: bool = False  # keep 1 in 10 training sentences out, score them after each epoch
    limit: int | None = None
    # a wall-time cap for experiments on a shared machine; None (the default) for a reproducible run
    max_minutes: float | None = None
    progress: bool = False  # print each epoch's loss (and holdout score)
    vector_dims: int = 80  # as the word classes (wordclasses.DIMENSIONS); smaller only for tiny test corpora
    seed: int = SEED  # torch's initialisation, dropout and the batch order
    # Subword vectors (:mod:`.subwords`, session 8): this many PCA dimensions of the multilingual USE piece
    # embeddings appended to each word's PPMI vector, for every word of the vector texts seen
    # ``subword_min_count`` times (words too rare for a PPMI vector get zeros there); 0 = none.
    subword_dims: int = 0
    subword_form: str = "usual"  # the pieces of the word as the texts usually write it ("lower", "both")
    subword_min_count: int = 1
    # Weight averaging (session 9): from this epoch on, the weights after each epoch are averaged, and the
    # average is what is written (an equal-weight average of the last snapshots of one run, as stochastic
    # weight averaging does with a constant learning rate); 0 = the last epoch's weights, as shipped.
    average_from: int = 0


def corpus_vectors(sentences: list[list[str]], dims: int = 80) -> tuple[list[str], np.ndarray]:
    """PPMI (±2 contexts) + SVD word vectors, unit length, as the word classes are built
    (:func:`telisik.language.wordclasses.word_vectors`)."""
    from telisik.language.wordclasses import capitalisation, word_vectors

    corpus = [s for s in sentences if s]
    counts, _ = capitalisation(corpus)
    vocabulary, reduced = word_vectors(corpus, counts, dims)
    return vocabulary, reduced.astype(np.float32)


def split(sentences: list[TaggedSentence], holdout: bool) -> tuple[list[TaggedSentence], list[TaggedSentence]]:
    """(training, held out): with ``holdout``, one sentence in ten (a fixed hash of its index) is held out."""
    if not holdout:
        return sentences, []
    keep: list[TaggedSentence] = []
    out: list[TaggedSentence] = []
    for i, s in enumerate(sentences):
        (out if zlib.crc32(f"holdout{i}".encode()) % 10 == 0 else keep).append(s)
    return keep, out


def build_model(options: NeuralOptions, sizes: dict[str, int], vectors: np.ndarray):  # type: ignore[no-untyped-def]
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            o = options
            vec = np.zeros((vectors.shape[0] + 2, vectors.shape[1]), dtype=np.float32)
            vec[2:] = vectors
            self.vec_emb = nn.Embedding.from_pretrained(torch.from_numpy(vec), freeze=True)
            self.word_emb = nn.Embedding(sizes["words"], o.word_dim)
            self.char_emb = nn.Embedding(sizes["chars"], o.char_dim)
            self.char_conv_w = nn.Parameter(torch.randn(3, o.char_dim, o.char_filters) * (1 / (3 * o.char_dim)) ** 0.5)
            self.char_conv_b = nn.Parameter(torch.zeros(o.char_filters))
            self.shape_emb = nn.Embedding(sizes["shapes"], 16)
            self.cap_emb = nn.Embedding(len(CAP_BUCKETS), 4)
            self.fine_emb = nn.Embedding(513, 16)
            self.coarse_emb = nn.Embedding(65, 8)
            self.mode_emb = nn.Embedding(len(CASE_MODES), 4)
            width = vec.shape[1] + o.word_dim + o.char_filters + 16 + 4 + 16 + 8 + 4 + N_BITS
            self.proj = nn.Linear(width, o.hidden)
            self.convs_w = nn.ParameterList(
                [nn.Parameter(torch.randn(3, o.hidden, o.hidden) * (1 / (3 * o.hidden)) ** 0.5) for _ in o.dilations])
            self.convs_b = nn.ParameterList([nn.Parameter(torch.zeros(o.hidden)) for _ in o.dilations])
            self.out = nn.Linear(o.hidden, len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))
            self.drop = nn.Dropout(o.dropout)

        @staticmethod
        def conv(x, w, b, d):  # type: ignore[no-untyped-def]
            out = x @ w[1] + b
            length = x.shape[1]
            if length > d:
                left = torch.zeros_like(out)
                left[:, d:] = x[:, :-d] @ w[0]
                right = torch.zeros_like(out)
                right[:, :-d] = x[:, d:] @ w[2]
                out = out + left + right
            return out

        def forward(self, x):  # type: ignore[no-untyped-def]
            mask = x["mask"]
            size, length = mask.shape
            chars = x["chars"].reshape(size * length, MAX_CHARS)
            conv = self.conv(self.char_emb(chars), self.char_conv_w, self.char_conv_b, 1)
            conv = conv.masked_fill(~(chars > 0)[:, :, None], -1e4)
            char_features = torch.relu(conv.max(dim=1).values).reshape(size, length, -1)
            mode = self.mode_emb(x["mode"])[:, None, :].expand(size, length, -1)
            features = torch.cat([
                self.vec_emb(x["vectors"]), self.word_emb(x["words"]), char_features, self.shape_emb(x["shapes"]),
                self.cap_emb(x["caps"]), self.fine_emb(x["fine"]), self.coarse_emb(x["coarse"]), mode, x["bits"],
            ], dim=2)
            keep = mask[:, :, None].float()
            hidden = torch.relu(self.proj(self.drop(features))) * keep
            for w, b, d in zip(self.convs_w, self.convs_b, options.dilations):
                hidden = (hidden + torch.relu(self.conv(self.drop(hidden), w, b, d))) * keep
            return self.out(self.drop(hidden))

        def nll(self, scores, tags, mask):  # type: ignore[no-untyped-def]
            return self.nll_rows(scores, tags, mask).sum()

        def nll_rows(self, scores, tags, mask):  # type: ignore[no-untyped-def]
            """Each sentence's negative log-likelihood of ``tags``."""
            size, length, n = scores.shape
            maskf = mask.float()
            # gold path score
            gold = self.start[tags[:, 0]] + scores[:, 0].gather(1, tags[:, :1]).squeeze(1)
            for t in range(1, length):
                step = self.trans[tags[:, t - 1], tags[:, t]] + scores[:, t].gather(1, tags[:, t : t + 1]).squeeze(1)
                gold = gold + step * maskf[:, t]
            lengths = mask.sum(1)
            last = tags.gather(1, (lengths - 1)[:, None]).squeeze(1)
            gold = gold + self.end[last]
            # partition
            alpha = self.start[None, :] + scores[:, 0]
            for t in range(1, length):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + scores[:, t]
                alpha = torch.where(mask[:, t, None], nxt, alpha)
            z = torch.logsumexp(alpha + self.end[None], dim=1)
            return z - gold

        def soft_rows(self, scores, targets, mask):  # type: ignore[no-untyped-def]
            """Each sentence's cross-entropy of its CRF marginals (forward-backward) against ``targets``
            (tag probabilities, zero on padding)."""
            size, length, n = scores.shape
            alphas = [self.start[None, :] + scores[:, 0]]
            for t in range(1, length):
                nxt = torch.logsumexp(alphas[-1][:, :, None] + self.trans[None], dim=1) + scores[:, t]
                alphas.append(torch.where(mask[:, t, None], nxt, alphas[-1]))
            z = torch.logsumexp(alphas[-1] + self.end[None], dim=1)
            end = self.end[None].expand(size, n)
            betas = [end]
            for t in range(length - 2, -1, -1):
                nxt = torch.logsumexp(self.trans[None] + (scores[:, t + 1] + betas[-1])[:, None, :], dim=2)
                betas.append(torch.where(mask[:, t + 1, None], nxt, end))
            betas.reverse()
            log_marginals = torch.stack(alphas, dim=1) + torch.stack(betas, dim=1) - z[:, None, None]
            return -(targets * log_marginals).sum(dim=(1, 2))

    return Net()


def _tensors(batch: dict[str, np.ndarray]):  # type: ignore[no-untyped-def]
    import torch

    return {k: torch.from_numpy(v) for k, v in batch.items()}


def _torch() -> Any:
    try:
        import torch
    except ImportError as error:
        raise ConfigError(
            "training the convolutional NER tagger needs torch, which is not installed",
            hint="pip install -e '.[train]' (torch==2.13.0, CPU build), or train the CRF: telisik train ner --model crf",
        ) from error
    return torch


def check_neural_training(corpus: Path) -> None:
    """Raise a :class:`ConfigError` now if :func:`train_neural` could not run (no torch, no corpus)."""
    _torch()
    if not corpus.is_file():
        raise ConfigError(f"no corpus at {corpus} for the word vectors",
                          hint="pass --vector-corpus ../shared/data/corpus/indosum-stream.jsonl")


def train_neural(data: Path, corpus: Path, output: Path, options: NeuralOptions | None = None,
                 extra: Sequence[TaggedSentence] = (), extra_soft: Sequence[np.ndarray] | None = None,
                 final_output: Path | None = None) -> dict[str, Any]:
    """Train on ``data/train/*.conll`` (then ``extra`` sentences, e.g. pseudo-labelled ones) with word
    vectors from ``corpus`` (JSONL); write ``output``.

    ``extra_soft`` (aligned with ``extra``: a (tokens, tags) array of tag probabilities each) makes those
    sentences soft targets: their loss is the cross-entropy of the network's CRF marginals against these
    probabilities instead of the likelihood of ``extra``'s tags. With ``options.average_from``,
    ``final_output`` also receives the last epoch's weights (to compare the two from one run)."""
    check_neural_training(corpus)
    torch = _torch()
    options = options or NeuralOptions()
    torch.manual_seed(options.seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    started = time.perf_counter()
    all_sentences = [*training_sentences(data, options.limit), *extra]
    kept, held = split(all_sentences, options.holdout)
    train = list(augment(kept, options.lower_share, options.upper_share))
    soft: list[np.ndarray | None] | None = None
    if extra_soft is not None:
        if options.holdout or len(extra_soft) != len(extra):
            raise ValueError("soft targets need one array for each extra sentence and no holdout")
        aligned = [None] * (len(all_sentences) - len(extra)) + list(extra_soft)
        soft = [aligned[index] for index, _ in augment_plan(kept, options.lower_share, options.upper_share)]
    meta = vocabularies(corpus, all_sentences, kept, train, options)
    vectors = meta.pop("vector_table")
    encoder = Encoder(Vocabularies(meta["words"], meta["vectors"], meta["chars"], meta["shapes"]))
    batches = make_batches(encoder, train, options.batch, soft)
    sizes = {"words": len(meta["words"]) + 2, "chars": len(meta["chars"]) + 2, "shapes": len(meta["shapes"]) + 2}
    model = build_model(options, sizes, vectors)
    prep = time.perf_counter() - started
    log, averaged = fit(model, batches, options, started,
                        lambda: score_holdout(model, meta, held) if held else None)
    if averaged is not None:
        if final_output is not None:
            export(model, meta, final_output)
        with _torch().no_grad():
            for name, parameter in model.named_parameters():
                parameter.copy_(averaged[name])
    difference = numpy_difference(model, meta, batches[len(batches) // 2])
    export(model, meta, output)
    return {"sentences": len(train), "prep_seconds": round(prep, 1), "seconds": round(time.perf_counter() - started, 1),
            "log": log, "bytes": output.stat().st_size, "numpy_difference": difference}


@dataclass(slots=True)
class DistilOptions:
    """The distillation's recipe (module docstring); smaller teachers and students only in tests."""

    teacher: NeuralOptions = field(default_factory=lambda: NeuralOptions(
        hidden=TEACHER_HIDDEN, dilations=TEACHER_DILATIONS, seed=TEACHER_SEED))
    student: NeuralOptions = field(default_factory=lambda: NeuralOptions(seed=STUDENT_SEED))
    keep_teacher: Path | None = None  # also write the teacher's weights here
    # an already trained teacher (e.g. a --keep-teacher file of an earlier run) used instead of training one:
    # the teacher's step is byte-reproducible, so this only saves its minutes when screening students
    teacher_file: Path | None = None
    # soft targets (session 9): the student learns the teacher ensemble's per-token tag probabilities on the
    # pseudo-labelled sentences instead of its best path
    soft: bool = False


def path_marginals(network: NeuralTagger, scores: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Per-token tag probabilities of tag ``scores`` (e.g. the ensemble's) decoded with ``network``'s
    transitions, start and end scores (forward-backward), padded like the scores."""
    from telisik.extract.ner.linear import marginals

    scores = scores.astype(np.float64)  # a copy; float64 as the CRF's marginals are computed
    scores[:, 0] += network.p["start"]
    lengths = mask.sum(axis=1)
    scores[np.arange(len(lengths)), lengths - 1] += network.p["end"]
    return marginals(scores, mask, network.p["trans"])


def pseudo_labels(texts: Iterable[str], network: NeuralTagger, crf: Any,
                  probabilities: list[np.ndarray] | None = None) -> list[TaggedSentence]:
    """The sentences of ``texts`` with ``PSEUDO_MIN_TOKENS``–``PSEUDO_MAX_TOKENS`` tokens, tagged by the
    ensemble of ``network`` and ``crf`` (a :class:`~telisik.extract.ner.linear.LinearCRF`), one text at a time.
    Given a list, ``probabilities`` receives each sentence's (tokens, tags) tag probabilities too."""
    from telisik.extract.ner import ensemble_scores
    from telisik.extract.ner.neural import viterbi
    from telisik.extract.ner.tokens import token_sentences, tokenize

    tagged: list[TaggedSentence] = []
    for text in texts:
        sentences = [[t.text for t in s] for s in token_sentences(text, tokenize(text))]
        sentences = [s for s in sentences if PSEUDO_MIN_TOKENS <= len(s) <= PSEUDO_MAX_TOKENS]
        if not sentences:
            continue
        scores, mask = ensemble_scores(network, crf, sentences)
        paths = viterbi(scores, mask, network.p["trans"], network.p["start"], network.p["end"])
        for sentence, path in zip(sentences, paths, strict=True):
            tagged.append(TaggedSentence(tuple(sentence), tuple(TAGS[i] for i in path)))
        if probabilities is not None:
            table = path_marginals(network, scores, mask)
            probabilities.extend(table[row, : len(sentence)].astype(np.float32)
                                 for row, sentence in enumerate(sentences))
    return tagged


def train_distilled(data: Path, corpus: Path, output: Path, texts: Sequence[str], crf: Path,
                    options: DistilOptions | None = None, final_output: Path | None = None) -> dict[str, Any]:
    """The distillation (module docstring): train the teacher, tag ``texts`` with it and the CRF at ``crf``,
    train the student on the gold sentences plus those; write the student to ``output``."""
    import tempfile

    from telisik.extract.ner.linear import load_linear
    from telisik.extract.ner.neural import load_neural

    options = options or DistilOptions()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="telisik-teacher-") as folder:
        if options.teacher_file is not None:
            teacher_file = options.teacher_file
            teacher: dict[str, Any] = {"seconds": 0.0, "log": []}
        else:
            teacher_file = options.keep_teacher or Path(folder) / "teacher.npz"
            teacher = train_neural(data, corpus, teacher_file, options.teacher)
        labelled = time.perf_counter()
        probabilities: list[np.ndarray] | None = [] if options.soft else None
        pseudo = pseudo_labels(texts, load_neural(str(teacher_file)), load_linear(str(crf)), probabilities)
        label_seconds = time.perf_counter() - labelled
    student = train_neural(data, corpus, output, options.student, extra=pseudo, extra_soft=probabilities,
                           final_output=final_output)
    return {**student, "seconds": round(time.perf_counter() - started, 1), "teacher_seconds": teacher["seconds"],
            "teacher_log": teacher["log"], "label_seconds": round(label_seconds, 1), "pseudo_sentences": len(pseudo),
            "pseudo_entities": sum(t.startswith("B-") for s in pseudo for t in s.tags)}


def vocabularies(corpus: Path, everything: list[TaggedSentence], kept: list[TaggedSentence],
                 train: list[TaggedSentence], options: NeuralOptions) -> dict[str, Any]:
    """The word vectors (``vector_table``) and every vocabulary the weights file stores."""
    from telisik.extract.ner.features import word_shape
    from telisik.language.wordclasses import corpus_sentences

    texts = [*corpus_sentences(corpus), *[list(s.tokens) for s in everything]]
    vec_words, vectors = corpus_vectors(texts, options.vector_dims)
    if options.subword_dims:
        vec_words, vectors = with_subwords(texts, vec_words, vectors, options)
    word_counts = Counter(t.lower() for s in kept for t in s.tokens)
    char_counts = Counter(c for s in kept for t in s.tokens for c in t[:MAX_CHARS])
    shape_counts = Counter(word_shape(t) for s in train for t in s.tokens)
    return {
        "words": sorted(w for w, n in word_counts.items() if n >= options.min_word_count),
        "vectors": vec_words,
        "chars": sorted(c for c, n in char_counts.items() if n >= options.min_char_count),
        "shapes": sorted(s for s, n in shape_counts.items() if n >= MIN_SHAPE_COUNT),
        "dilations": list(options.dilations),
        "tags": list(TAGS),
        "vector_table": vectors,
    }


def with_subwords(texts: list[list[str]], vec_words: list[str], vectors: np.ndarray,
                  options: NeuralOptions) -> tuple[list[str], np.ndarray]:
    """The vector vocabulary grown by the words of ``texts`` seen ``subword_min_count`` times that have a
    letter and no PPMI vector (most frequent first, ties alphabetical), and the table grown by
    ``subword_dims`` columns of :func:`.subwords.subword_vectors` (rounded to float16, as they ship)."""
    from telisik.extract.ner.subwords import subword_vectors, usual_forms

    counts = Counter(t.lower() for s in texts for t in s)
    known = set(vec_words)
    extra = sorted((w for w, n in counts.items() if n >= options.subword_min_count and w not in known
                    and any(c.isalpha() for c in w)), key=lambda w: (-counts[w], w))
    words = [*vec_words, *extra]
    table = np.zeros((len(words), vectors.shape[1] + options.subword_dims), dtype=np.float32)
    table[: len(vec_words), : vectors.shape[1]] = vectors
    sub = subword_vectors(words, usual_forms(texts), options.subword_dims, options.subword_form)
    table[:, vectors.shape[1] :] = sub.astype(np.float16).astype(np.float32)
    return words, table


# encoded arrays, gold tag ids, the sentences' tokens, and soft targets (tag probabilities; all zero in the
# rows of hard-tagged sentences), or None when no sentence of the batch has them
Batch = tuple[dict[str, np.ndarray], np.ndarray, list[list[str]], np.ndarray | None]


def make_batches(encoder: Encoder, train: list[TaggedSentence], size: int,
                 soft: Sequence[np.ndarray | None] | None = None) -> list[Batch]:
    """Encoded batches of ``size`` sentences of similar length (sorted by length, ties by order);
    ``soft``, aligned with ``train``, gives some sentences tag probabilities to learn instead of tags."""
    tag_index = {t: i for i, t in enumerate(TAGS)}
    order = sorted(range(len(train)), key=lambda i: (len(train[i].tokens), i))
    batches: list[Batch] = []
    for first in range(0, len(order), size):
        chosen = order[first : first + size]
        members = [train[i] for i in chosen]
        arrays = encoder.encode([list(s.tokens) for s in members])
        tags = np.zeros(arrays["mask"].shape, dtype=np.int64)
        for row, sentence in enumerate(members):
            tags[row, : len(sentence.tags)] = [tag_index.get(t, 0) for t in sentence.tags]
        targets = None
        if soft is not None and any(soft[i] is not None for i in chosen):
            targets = np.zeros((*tags.shape, len(TAGS)), dtype=np.float32)
            for row, i in enumerate(chosen):
                probabilities = soft[i]
                if probabilities is not None:
                    targets[row, : len(probabilities)] = probabilities
        batches.append((arrays, tags, [list(s.tokens) for s in members], targets))
    return batches


def fit(model: Any, batches: list[Batch], options: NeuralOptions, started: float,
        holdout: Callable[[], float | None]) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """``options.epochs`` passes of Adam over the batches in a seeded order; one log entry an epoch, and
    the average of the weights from epoch ``options.average_from`` on (None without it)."""
    torch = _torch()
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.Adam(params, lr=options.lr)
    rng = np.random.RandomState(options.seed)
    log: list[dict[str, Any]] = []
    averaged: dict[str, Any] | None = None
    snapshots = 0
    for epoch in range(options.epochs):
        model.train()
        total = 0.0
        for index in rng.permutation(len(batches)):
            arrays, tags, _, targets = batches[index]
            x = _tensors(arrays)
            if options.word_dropout:  # a training word becomes "unknown" at this rate
                drop = torch.rand(x["words"].shape) < options.word_dropout
                x["words"] = torch.where(drop & (x["words"] > 0), torch.ones_like(x["words"]), x["words"])
            scores = model(x)
            if targets is None:
                loss = model.nll(scores, torch.from_numpy(tags), x["mask"])
            else:
                soft_rows = torch.from_numpy(targets.sum(axis=(1, 2)) > 0)
                loss = torch.where(soft_rows, model.soft_rows(scores, torch.from_numpy(targets), x["mask"]),
                                   model.nll_rows(scores, torch.from_numpy(tags), x["mask"])).sum()
            optimiser.zero_grad()
            (loss / len(tags)).backward()
            torch.nn.utils.clip_grad_norm_(params, GRADIENT_CLIP)
            optimiser.step()
            total += float(loss.detach())
        entry: dict[str, Any] = {"epoch": epoch + 1, "loss": round(total, 1),
                                 "seconds": round(time.perf_counter() - started, 1)}
        score = holdout()
        if score is not None:
            entry["holdout"] = score
        log.append(entry)
        if options.progress:
            print(json.dumps(entry), flush=True)
        if options.average_from and epoch + 1 >= options.average_from:
            snapshots += 1
            with torch.no_grad():
                if averaged is None:
                    averaged = {name: p.detach().clone() for name, p in model.named_parameters()}
                else:
                    for name, p in model.named_parameters():
                        averaged[name] += (p.detach() - averaged[name]) / snapshots
        if options.max_minutes is not None and time.perf_counter() - started > options.max_minutes * 60:
            break
    return log, averaged


def numpy_difference(model: Any, meta: dict[str, Any], batch: Batch) -> float:
    """Largest difference between torch's tag scores and :class:`NeuralTagger`'s on one batch."""
    torch = _torch()
    model.eval()
    arrays, _, sentences, _ = batch
    with torch.no_grad():
        reference = model(_tensors(arrays)).numpy()
    ours, _ = NeuralTagger(weights(model), meta).emissions(sentences)
    return float(np.abs(reference - ours).max())


def weights(model: Any) -> dict[str, np.ndarray]:
    arrays = {
        "vec_emb": model.vec_emb.weight, "word_emb": model.word_emb.weight, "char_emb": model.char_emb.weight,
        "char_conv_w": model.char_conv_w, "char_conv_b": model.char_conv_b, "shape_emb": model.shape_emb.weight,
        "cap_emb": model.cap_emb.weight, "fine_emb": model.fine_emb.weight, "coarse_emb": model.coarse_emb.weight,
        "mode_emb": model.mode_emb.weight, "proj_w": model.proj.weight.T, "proj_b": model.proj.bias,
        "out_w": model.out.weight.T, "out_b": model.out.bias, "trans": model.trans, "start": model.start,
        "end": model.end,
    }
    for i, (w, b) in enumerate(zip(model.convs_w, model.convs_b)):
        arrays[f"conv{i}_w"] = w
        arrays[f"conv{i}_b"] = b
    return {k: v.detach().cpu().numpy().astype(np.float32) for k, v in arrays.items()}


def score_holdout(model: Any, meta: dict[str, Any], held: list[TaggedSentence]) -> float:
    """Macro-F1 over PER / ORG / LOC (exact spans) of the model on the held-out sentences."""
    from telisik.extract.ner.tokens import decode_bio

    model.eval()
    tagger = NeuralTagger(weights(model), meta)
    found: Counter[str] = Counter()
    gold: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for first in range(0, len(held), 256):
        batch = held[first : first + 256]
        for sentence, tags in zip(batch, tagger.tag([list(s.tokens) for s in batch]), strict=True):
            expected, predicted = set(decode_bio(list(sentence.tags))), set(decode_bio(tags))
            gold.update(kind for *_, kind in expected)
            found.update(kind for *_, kind in predicted)
            right.update(kind for *_, kind in expected & predicted)
    scores = [2 * right[k] / (gold[k] + found[k]) if gold[k] + found[k] else 0.0 for k in ("PER", "ORG", "LOC")]
    return round(sum(scores) / len(scores), 4)


def export(model: Any, meta: dict[str, Any], output: Path) -> None:
    model.eval()
    arrays = {k: v.astype(np.float16) for k, v in weights(model).items()}
    arrays["meta"] = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode(), dtype=np.uint8)
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("wb") as handle:
        np.savez_compressed(handle, allow_pickle=False, **arrays)  # type: ignore[arg-type]
