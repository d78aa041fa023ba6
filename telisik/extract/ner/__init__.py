"""The trained NER taggers: a linear-chain CRF (shipped) and a convolutional network run with NumPy.

* ``model.crfsuite`` — the CRF over the features of :mod:`.features`, rebuilt by
  ``telisik train ner`` (:mod:`.train`); it ships inside the package and tags by default
  (:data:`SHIPPED_MODEL`);
* ``*.npz`` — the convolutional tagger of :mod:`.neural` (word vectors learned here, a
  character CNN, dilated convolutions, CRF decoding), trained with torch by
  ``telisik train ner --model neural`` (:mod:`.neural_train`) and run with NumPy only.
  It does not ship: on the dev files it scores the same as the CRF on average, lower on
  nerui (bench/README.md, section "entities", session 3).

A model file is opened once, on first use, and shared by every call; its suffix says
which kind it is.

    tag_sentence(["Presiden", "Kassym-Jomart", "Tokayev"]) → ["O", "B-PER", "I-PER"]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from telisik.errors import ConfigError
from telisik.extract.ner.features import sentence_features
from telisik.extract.ner.neural import NeuralTagger, load_neural

MODEL_FILE = "model.crfsuite"
NEURAL_MODEL_FILE = "data/ner_cnn.npz"
# The model find_entities uses: "crf" or "neural" (chosen on the dev files, bench/README.md; "neural"
# also needs data/ner_cnn.npz in the package, written by `telisik train ner --model neural`).
SHIPPED_MODEL = "crf"


def crf_model_path() -> str:
    return str(resources.files("telisik.extract.ner") / MODEL_FILE)


def neural_model_path() -> str:
    return str(resources.files("telisik.extract.ner") / NEURAL_MODEL_FILE)


def model_path() -> str:
    """The shipped model that tags by default (:data:`SHIPPED_MODEL`)."""
    return neural_model_path() if SHIPPED_MODEL == "neural" else crf_model_path()


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
def load_neural_tagger(path: str | None = None) -> NeuralTagger:
    """The convolutional tagger for ``path`` (default: the shipped one), read once."""
    path = path or neural_model_path()
    try:
        return load_neural(path)
    except (OSError, KeyError, ValueError) as error:
        raise _missing(path, error) from error


def tag_sentences(
    sentences: Sequence[Sequence[str]], path: str | None = None, clusters: bool = True
) -> list[list[str]]:
    """BIO tags (PER / LOC / ORG) for each sentence's tokens, all sentences of a text at once.

    ``path`` selects another model file (``.npz``: convolutional, else CRF); ``clusters``
    the CRF's feature set (training experiments). The defaults are the shipped model.
    """
    path = path or model_path()
    if path.endswith(".npz"):
        return load_neural_tagger(path).tag(sentences)
    tagger = load_tagger(path)
    return [list(tagger.tag(sentence_features(tokens, clusters))) if tokens else [] for tokens in sentences]


def tag_sentence(tokens: Sequence[str], path: str | None = None, clusters: bool = True) -> list[str]:
    """BIO tags for one sentence's tokens (see :func:`tag_sentences`)."""
    return tag_sentences([tokens], path, clusters)[0]
