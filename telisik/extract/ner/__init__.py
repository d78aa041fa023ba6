"""The trained NER tagger: a linear-chain CRF over the features of :mod:`.features`.

The model file ``model.crfsuite`` ships inside the package; ``telisik train ner``
rebuilds it from ``../shared/data/ner`` (see :mod:`.train`). It is opened once, on
first use, and shared by every call.

    tag_sentence(["Presiden", "Kassym-Jomart", "Tokayev"]) → ["O", "B-PER", "I-PER"]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources
from typing import Any

from telisik.errors import ConfigError
from telisik.extract.ner.features import sentence_features

MODEL_FILE = "model.crfsuite"


def model_path() -> str:
    return str(resources.files("telisik.extract.ner") / MODEL_FILE)


@cache
def load_tagger(path: str | None = None) -> Any:
    """The CRFsuite tagger for ``path`` (default: the shipped model), opened once."""
    import pycrfsuite

    path = path or model_path()
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(path)
    except OSError as error:
        raise ConfigError(
            f"NER model missing or unreadable at {path}: {error}",
            hint="reinstall telisik, or rebuild it with `telisik train ner --data ../shared/data/ner`",
        ) from error
    return tagger


def tag_sentence(tokens: Sequence[str], path: str | None = None, clusters: bool = True) -> list[str]:
    """BIO tags (PER / LOC / ORG) for one sentence's tokens.

    ``path`` and ``clusters`` select another model and its feature set (training
    experiments); the defaults are the shipped model.
    """
    if not tokens:
        return []
    tags: list[str] = load_tagger(path).tag(sentence_features(tokens, clusters))
    return tags
