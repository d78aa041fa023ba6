"""The embedding cache: each text is embedded once, and replays read vectors back from the store."""

from __future__ import annotations

import numpy as np

from telisik.cluster.embedding import CachedEmbedder
from telisik.store import Store


class CountingEmbedder:
    name = "counting-test"

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed(self, texts: list[str]) -> np.ndarray:
        self.seen.extend(texts)
        return np.array([[len(t), 1.0, 0.5] for t in texts], dtype=np.float32)


def test_each_text_is_embedded_once_and_survives_the_process(store: Store) -> None:
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, store)
    first = cached.embed(["banjir di Bandung", "gempa di Cianjur"])
    again = CachedEmbedder(CountingEmbedder(), store).embed(["gempa di Cianjur", "banjir di Bandung"])
    assert inner.seen == ["banjir di Bandung", "gempa di Cianjur"]
    assert np.array_equal(again, first[::-1])
    assert again.dtype == np.float32


def test_models_do_not_share_vectors(store: Store) -> None:
    a = CountingEmbedder()
    CachedEmbedder(a, store).embed(["teks"])
    b = CountingEmbedder()
    b.name = "another-model"
    CachedEmbedder(b, store).embed(["teks"])
    assert b.seen == ["teks"]
