"""Training the shipped NER model: ``telisik train ner``.

The recipe, deterministic for the same data and package versions:

1. build word classes from the Indonesian corpus and the training texts
   (:func:`telisik.language.wordclasses.build_clusters`), unless asked to keep the
   shipped ones;
2. read every ``train/*.conll`` file (``token<TAB>TAG``, BIO over PER / LOC / ORG);
3. case augmentation: a copy in lower case of ``LOWER_SHARE`` of the cased sentences and
   one in upper case of ``UPPER_SHARE`` of them, picked by a fixed hash of the sentence
   index, so the model meets lower-cased text (NERP) and shouted headlines with names in
   them, not just as an exception;
4. train a linear-chain CRF (CRFsuite, L-BFGS with L1 + L2, ``MAX_ITERATIONS``);
5. score every ``dev/*.conll`` file with the new model and return the scores.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telisik.errors import ConfigError
from telisik.extract.ner.features import sentence_features

# c1/c2 chosen on the dev files among (0.05, 0.01), (0.1, 0.05), (0.2, 0.1): the last was best
# on average and gives the smallest model (bench/README.md, section "entities").
C1 = 0.2
C2 = 0.1
MAX_ITERATIONS = 150
# Shares of cased training sentences copied in lower / upper case (see the module docstring).
LOWER_SHARE = 0.3
UPPER_SHARE = 0.1
# Features seen fewer times than this in training are dropped (keeps the model small).
MIN_FEATURE_FREQUENCY = 1


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(slots=True)
class TrainingOptions:
    c1: float = C1
    c2: float = C2
    max_iterations: int = MAX_ITERATIONS
    lower_share: float = LOWER_SHARE
    upper_share: float = UPPER_SHARE
    clusters: bool = True
    limit: int | None = None  # sentences per training file, for quick experiments
    extra: dict[str, Any] = field(default_factory=dict)


def read_conll(path: Path) -> list[TaggedSentence]:
    sentences: list[TaggedSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append(TaggedSentence(tuple(tokens), tuple(tags)))
            tokens, tags = [], []
            continue
        token, _, tag = line.rpartition("\t")
        tokens.append(token)
        tags.append(tag.strip() or "O")
    if tokens:
        sentences.append(TaggedSentence(tuple(tokens), tuple(tags)))
    return sentences


def augment(sentences: list[TaggedSentence], lower_share: float, upper_share: float) -> Iterator[TaggedSentence]:
    """The sentences, then lower- and upper-cased copies of a fixed share of the cased ones."""
    for index, case in augment_plan(sentences, lower_share, upper_share):
        sentence = sentences[index]
        if case == "lower":
            yield TaggedSentence(tuple(t.lower() for t in sentence.tokens), sentence.tags)
        elif case == "upper":
            yield TaggedSentence(tuple(t.upper() for t in sentence.tokens), sentence.tags)
        else:
            yield sentence


def augment_plan(sentences: list[TaggedSentence], lower_share: float,
                 upper_share: float) -> Iterator[tuple[int, str]]:
    """What :func:`augment` yields, as (index of the sentence, ``"as written"`` / ``"lower"`` / ``"upper"``),
    so that anything aligned with the sentences (the soft targets of distillation) can follow the copies."""
    for index in range(len(sentences)):
        yield index, "as written"
    for index, sentence in enumerate(sentences):
        if all(not t[:1].isupper() for t in sentence.tokens):
            continue  # already lower case (NERP)
        draw = (zlib.crc32(f"{index}".encode()) % 1000) / 1000
        if draw < lower_share:
            yield index, "lower"
        elif draw < lower_share + upper_share:
            yield index, "upper"


def training_sentences(data: Path, limit: int | None = None) -> list[TaggedSentence]:
    files = sorted((data / "train").glob("*.conll"))
    if not files:
        raise ConfigError(f"no training files in {data / 'train'}", hint="pass --data ../shared/data/ner")
    sentences: list[TaggedSentence] = []
    for path in files:
        sentences.extend(read_conll(path)[:limit])
    return sentences


def train_model(data: Path, output: Path, options: TrainingOptions | None = None) -> dict[str, Any]:
    """Train on ``data/train/*.conll``, write the model to ``output``; return timings."""
    import pycrfsuite

    options = options or TrainingOptions()
    started = time.perf_counter()
    sentences = list(augment(training_sentences(data, options.limit), options.lower_share, options.upper_share))
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(sentence_features(sentence.tokens, options.clusters), list(sentence.tags))
    trainer.set_params({
        "c1": options.c1,
        "c2": options.c2,
        "max_iterations": options.max_iterations,
        "feature.minfreq": MIN_FEATURE_FREQUENCY,
        "feature.possible_transitions": True,
    })
    features_done = time.perf_counter()
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))
    return {
        "sentences": len(sentences),
        "feature_seconds": round(features_done - started, 1),
        "train_seconds": round(time.perf_counter() - features_done, 1),
        "model_bytes": output.stat().st_size,
    }


def build_word_classes(data: Path, corpus: Path, output: Path) -> int:
    """Rebuild the word-class file from ``corpus`` (JSONL) and the training texts."""
    from telisik.language.wordclasses import build_clusters, corpus_sentences, write_clusters

    texts = [list(s.tokens) for s in training_sentences(data)]
    classes = build_clusters([*corpus_sentences(corpus), *texts])
    write_clusters(classes, output)
    return len(classes)


def word_classes_path() -> Path:
    """The shipped word-class file (rewritten by ``telisik train ner --corpus``)."""
    from importlib import resources

    from telisik.language.wordclasses import WORD_CLASSES_FILE

    return Path(str(resources.files("telisik.language") / "data" / "id" / WORD_CLASSES_FILE))
