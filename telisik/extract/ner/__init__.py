"""The trained NER taggers: a linear-chain CRF, a convolutional network, and the two together (shipped).

* ``model.crfsuite`` — the CRF over the features of :mod:`.features`, trained with CRFsuite
  by :mod:`.train`; tagged with NumPy from its weights (:mod:`.linear`: the same tags as
  CRFsuite's, faster);
* ``data/ner_cnn.npz`` — the convolutional tagger of :mod:`.neural` (word vectors learned
  here, a character CNN, dilated convolutions, CRF decoding), trained with torch by
  :mod:`.neural_train` (as the student of a wider teacher network, which labels corpus
  sentences for it: :func:`.neural_train.train_distilled`) and run with NumPy only;
* the **ensemble** that tags by default (:data:`SHIPPED_MODEL`): the network's tag scores
  plus :data:`CRF_WEIGHT` × the log of the CRF's per-token marginals, decoded with the
  network's transitions. Each model alone scores about the same on the dev files; together
  they are better on every file but one (bench/README.md, section "entities", session 4).

``telisik train ner`` rebuilds both files. A model is named by a path: ``*.crfsuite`` (CRF),
``*.npz`` (network) or ``NETWORK.npz+CRF.crfsuite`` (the ensemble of those two). A model
file is opened once, on first use, and shared by every call.

    tag_sentence(["Presiden", "Kassym-Jomart", "Tokayev"]) → ["O", "B-PER", "I-PER"]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from telisik.errors import ConfigError
from telisik.extract.ner.features import sentence_features
from telisik.extract.ner.linear import TAGS, Cues, LinearCRF, load_linear
from telisik.extract.ner.neural import NeuralTagger, blas_single_thread, load_neural, viterbi

MODEL_FILE = "model.crfsuite"
NEURAL_MODEL_FILE = "data/ner_cnn.npz"
# The model find_entities uses: "ensemble", "crf" or "neural" (chosen on the dev files, bench/README.md).
SHIPPED_MODEL = "ensemble"
# Weight of the CRF's log-marginals against the network's scores in the ensemble. Chosen on the dev
# files among 0.5, 1, 2 (session 4) and 3 (session 3): 1 gave the best mean macro-F1.
CRF_WEIGHT = 1.0
# Marginals are floored before the log, so a tag the CRF rules out is strongly, not infinitely, unlikely.
MARGINAL_FLOOR = 1e-6


def crf_model_path() -> str:
    return str(resources.files("telisik.extract.ner") / MODEL_FILE)


def neural_model_path() -> str:
    return str(resources.files("telisik.extract.ner") / NEURAL_MODEL_FILE)


def ensemble_path(network: str, crf: str) -> str:
    """The name of the ensemble of two model files."""
    return f"{network}+{crf}"


def model_path() -> str:
    """The shipped model that tags by default (:data:`SHIPPED_MODEL`)."""
    if SHIPPED_MODEL == "neural":
        return neural_model_path()
    if SHIPPED_MODEL == "crf":
        return crf_model_path()
    return ensemble_path(neural_model_path(), crf_model_path())


def model_files(path: str | None = None) -> list[str]:
    """The files a model name reads (default: the shipped model's)."""
    return (path or model_path()).split("+")


def _missing(path: str, error: Exception) -> ConfigError:
    return ConfigError(
        f"NER model missing or unreadable at {path}: {error}",
        hint="reinstall telisik, or rebuild it with `telisik train ner --data ../shared/data/ner`",
    )


@cache
def load_tagger(path: str | None = None) -> Any:
    """The CRFsuite tagger for ``path`` (default: the shipped CRF), opened once."""
    import pycrfsuite

    path = path or crf_model_path()
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(path)
    except OSError as error:
        raise _missing(path, error) from error
    return tagger


@cache
def load_linear_tagger(path: str | None = None) -> LinearCRF:
    """The CRF at ``path`` (default: the shipped one) as NumPy weights, read once."""
    path = path or crf_model_path()
    try:
        return load_linear(path)
    except OSError as error:
        raise _missing(path, error) from error


@cache
def load_neural_tagger(path: str | None = None) -> NeuralTagger:
    """The convolutional tagger for ``path`` (default: the shipped one), read once."""
    path = path or neural_model_path()
    try:
        return load_neural(path)
    except (OSError, KeyError, ValueError) as error:
        raise _missing(path, error) from error


def ensemble_scores(
    network: NeuralTagger, crf: LinearCRF, sentences: Sequence[Sequence[str]], weight: float = CRF_WEIGHT
) -> tuple[np.ndarray, np.ndarray]:
    """The ensemble's tag scores for non-empty sentences: the network's + ``weight`` × log CRF marginals."""
    cues = Cues(sentences)
    crf_scores, mask = crf.scores(sentences, cues)
    with blas_single_thread():
        scores, _ = network.fast_emissions(sentences, cues)
    probabilities = crf.marginals(crf_scores, mask)
    return scores + weight * np.log(np.maximum(probabilities, MARGINAL_FLOOR)), mask


def tag_sentences(
    sentences: Sequence[Sequence[str]], path: str | None = None, clusters: bool = True
) -> list[list[str]]:
    """BIO tags (PER / LOC / ORG) for each sentence's tokens, all sentences of a text at once.

    ``path`` selects another model (see the module's docstring); ``clusters=False`` tags with
    CRFsuite and the CRF feature set without word classes (training experiments). The
    defaults are the shipped model.
    """
    path = path or model_path()
    present = [s for s in sentences if s]
    if not present:
        return [[] for _ in sentences]
    files = path.split("+")
    if len(files) == 1 and path.endswith(".npz"):
        return load_neural_tagger(path).tag(sentences)
    if len(files) == 1 and not clusters:
        tagger = load_tagger(path)
        return [list(tagger.tag(sentence_features(tokens, clusters))) if tokens else [] for tokens in sentences]
    if len(files) == 1:
        crf = load_linear_tagger(path)
        scores, mask = crf.scores(present)
        zeros = np.zeros(len(TAGS))
        paths = viterbi(scores, mask, crf.trans, zeros, zeros)
    else:
        network_file, crf_file = sorted(files, key=lambda name: not name.endswith(".npz"))
        network = load_neural_tagger(network_file)
        scores, mask = ensemble_scores(network, load_linear_tagger(crf_file), present)
        paths = viterbi(scores, mask, network.p["trans"], network.p["start"], network.p["end"])
    found = iter(paths)
    return [[TAGS[i] for i in next(found)] if tokens else [] for tokens in sentences]


def tag_sentence(tokens: Sequence[str], path: str | None = None, clusters: bool = True) -> list[str]:
    """BIO tags for one sentence's tokens (see :func:`tag_sentences`)."""
    return tag_sentences([tokens], path, clusters)[0]
