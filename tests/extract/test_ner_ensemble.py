"""The CRF run with NumPy (same tags as CRFsuite), forward-backward, batched Viterbi, and the shipped ensemble."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from telisik.extract.entities import find_entities, find_entities_with
from telisik.extract.ner import (
    SHIPPED_MODEL,
    crf_model_path,
    ensemble_path,
    load_linear_tagger,
    load_tagger,
    model_files,
    neural_model_path,
    tag_sentences,
)
from telisik.extract.ner.features import sentence_features
from telisik.extract.ner.linear import TAGS, Cues, marginals
from telisik.extract.ner.neural import viterbi
from telisik.extract.ner.train import read_conll

FIXTURE = Path(__file__).parent / "fixtures" / "ner-sample.conll"


def fixture_sentences() -> list[list[str]]:
    cased = [list(s.tokens) for s in read_conll(FIXTURE)]
    return cased + [[t.lower() for t in s] for s in cased] + [[t.upper() for t in s] for s in cased]


def test_numpy_crf_gives_crfsuites_tags() -> None:
    sentences = fixture_sentences()
    crfsuite = load_tagger(crf_model_path())
    expected = [list(crfsuite.tag(sentence_features(s))) for s in sentences]
    # in batches of several sentences (as a text is tagged), with an empty sentence among them
    batch = [*sentences[:7], [], *sentences[7:]]
    tagged = tag_sentences(batch, crf_model_path())
    assert tagged[7] == []
    assert [t for i, t in enumerate(tagged) if i != 7] == expected


def test_marginals_match_crfsuite_and_do_not_depend_on_the_batch() -> None:
    sentences = fixture_sentences()[:9]
    crf = load_linear_tagger(crf_model_path())
    scores, mask = crf.scores(sentences)
    together = crf.marginals(scores, mask)
    assert np.allclose(together.sum(axis=2)[mask], 1.0)
    assert np.all(together[~mask] == 0.0)
    crfsuite = load_tagger(crf_model_path())
    for row, tokens in enumerate(sentences):
        alone_scores, alone_mask = crf.scores([tokens])
        alone = crf.marginals(alone_scores, alone_mask)[0]
        assert np.allclose(alone, together[row, : len(tokens)], atol=1e-9)
        crfsuite.set(sentence_features(tokens))
        reference = np.array([[crfsuite.marginal(tag, i) for tag in TAGS] for i in range(len(tokens))])
        assert np.allclose(alone, reference, atol=1e-5)


def brute_force(scores: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> tuple[list[int], np.ndarray]:
    """The best path and the exact marginals of one short sentence, by enumerating every path."""
    length, tags = scores.shape
    paths = list(itertools.product(range(tags), repeat=length))
    totals = np.array([
        start[p[0]] + end[p[-1]] + sum(scores[t, p[t]] for t in range(length)) + sum(trans[p[t - 1], p[t]] for t in range(1, length))
        for p in paths
    ])
    weights = np.exp(totals - totals.max())
    weights /= weights.sum()
    exact = np.zeros((length, tags))
    for path, weight in zip(paths, weights):
        exact[np.arange(length), list(path)] += weight
    return list(paths[int(totals.argmax())]), exact


def test_viterbi_and_marginals_are_exact_on_a_ragged_batch() -> None:
    rng = np.random.default_rng(4)
    tags = 4
    lengths = [3, 1, 4, 2, 4]
    scores = np.zeros((len(lengths), max(lengths), tags))
    mask = np.zeros((len(lengths), max(lengths)), dtype=bool)
    for row, length in enumerate(lengths):
        scores[row, :length] = rng.normal(size=(length, tags)) * 2
        mask[row, :length] = True
    trans, start, end = rng.normal(size=(tags, tags)), rng.normal(size=tags), rng.normal(size=tags)
    paths = viterbi(scores, mask, trans, start, end)
    zeros = np.zeros(tags)
    found = marginals(scores, mask, trans)
    for row, length in enumerate(lengths):
        best, _ = brute_force(scores[row, :length], trans, start, end)
        assert paths[row] == best
        _, exact = brute_force(scores[row, :length], trans, zeros, zeros)  # CRFsuite has no start / end scores
        assert np.allclose(found[row, :length], exact, atol=1e-9)


def test_the_shipped_model_is_the_ensemble_of_two_files() -> None:
    assert SHIPPED_MODEL == "ensemble"
    assert model_files() == [neural_model_path(), crf_model_path()]
    assert all(Path(f).is_file() for f in model_files())
    sentences = fixture_sentences()[:12]
    assert tag_sentences(sentences) == tag_sentences(sentences, ensemble_path(neural_model_path(), crf_model_path()))
    assert tag_sentences([["Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "."]]) == [
        ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]]


def test_each_model_alone_still_tags() -> None:
    text = "Presiden Joko Widodo tiba di Surabaya."
    for path in (crf_model_path(), neural_model_path()):
        assert ("Joko Widodo", "PER") in {(m.text, m.type) for m in find_entities_with(text, "id", path)}


@pytest.mark.parametrize("path", [None, "crf", "neural"])
def test_no_sentences_no_tags(path: str | None) -> None:
    chosen = {None: None, "crf": crf_model_path(), "neural": neural_model_path()}[path]
    assert tag_sentences([], chosen) == []
    assert tag_sentences([[], []], chosen) == [[], []]


def test_cues_are_read_once_for_both_models() -> None:
    cues = Cues([["Asia", "Tengah", "memanas"], ["HUJAN", "TURUN", "DI", "ALMATY"]])
    assert cues.modes == ["mixed", "upper"]
    assert "gplB" in cues.marks[0][0] and "gplI" in cues.marks[0][1]


def test_the_ensemble_keeps_an_organisation_the_model_cuts_short() -> None:
    found = {(m.text, m.type) for m in find_entities("Kementerian Pemuda dan Olahraga menggelar rapat.")}
    assert ("Kementerian Pemuda dan Olahraga", "ORG") in found
    found = {(m.text, m.type) for m in find_entities("Belum ada tanggapan dari pihak Kremlin soal itu.")}
    assert ("Kremlin", "ORG") in found


def test_training_the_ensemble_without_torch_stops_before_the_crf(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import builtins
    import shutil

    from click.testing import CliRunner

    from telisik.cli.main import cli

    for split in ("train", "dev"):
        (tmp_path / split).mkdir()
        shutil.copy(FIXTURE, tmp_path / split / "sample.conll")
    real_import = builtins.__import__

    def without_torch(name: str, *args: object, **kwargs: object) -> object:
        if name == "torch" or name.startswith("torch."):
            raise ImportError("No module named 'torch'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", without_torch)
    output = tmp_path / "models"
    result = CliRunner().invoke(cli, ["train", "ner", "--model", "ensemble", "--data", str(tmp_path), "--output", str(output)])
    assert result.exit_code == 1
    assert "needs torch" in result.output and not (output / "model.crfsuite").exists()


def test_a_full_word_cache_starts_again_without_losing_a_word(monkeypatch: pytest.MonkeyPatch) -> None:
    # The caches of word rows are emptied when full. A batch whose words were partly cached before the
    # emptying must still find them all (a long run hit KeyError here after 50,000 distinct words).
    from telisik.extract.ner import linear, neural

    sentences = fixture_sentences()
    windows = [sentences[i:i + 4] for i in range(0, 24, 2)]  # each shares two sentences with the one before
    expected = [tag_sentences(w) for w in windows]
    monkeypatch.setattr(linear, "ROW_CACHE_SIZE", 12)
    monkeypatch.setattr(neural, "ROW_CACHE_SIZE", 12)
    tag_sentences([[f"Kata{i}" for i in range(20)]])  # fills both caches past the size with other words
    assert [tag_sentences(w) for w in windows] == expected
