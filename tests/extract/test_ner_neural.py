"""The convolutional NER tagger: NumPy inference, decoding, the shipped weights, training with torch."""

from __future__ import annotations

import builtins
import itertools
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from telisik.errors import ConfigError
from telisik.extract.ner import load_neural_tagger, tag_sentences
from telisik.extract.ner.neural import CAP_BUCKETS, CASE_MODES, N_BITS, TAGS, NeuralTagger, viterbi

FIXTURE = Path(__file__).parent / "fixtures" / "ner-sample.conll"


def random_tagger(seed: int = 0, hidden: int = 12) -> NeuralTagger:
    """A tagger with random weights of the shipped architecture, small."""
    rng = np.random.default_rng(seed)
    meta = {
        "words": ["jokowi", "tiba", "di", "surabaya", "presiden"],
        "vectors": ["jokowi", "surabaya", "di"],
        "chars": list("abcdefghijklmnopqrstuvwxyzJPS"),
        "shapes": ["Xx", "x", "X"],
        "dilations": [1, 2, 1],
        "tags": list(TAGS),
    }
    sizes = {"vec_emb": (5, 8), "word_emb": (7, 6), "char_emb": (31, 5), "shape_emb": (5, 16),
             "cap_emb": (len(CAP_BUCKETS), 4), "fine_emb": (513, 16), "coarse_emb": (65, 8),
             "mode_emb": (len(CASE_MODES), 4)}
    arrays: dict[str, np.ndarray] = {name: rng.normal(size=shape) for name, shape in sizes.items()}
    width = 8 + 6 + 7 + 16 + 4 + 16 + 8 + 4 + N_BITS
    arrays |= {
        "char_conv_w": rng.normal(size=(3, 5, 7)), "char_conv_b": rng.normal(size=7),
        "proj_w": rng.normal(size=(width, hidden)) * 0.3, "proj_b": rng.normal(size=hidden),
        "out_w": rng.normal(size=(hidden, len(TAGS))), "out_b": rng.normal(size=len(TAGS)),
        "trans": rng.normal(size=(len(TAGS), len(TAGS))), "start": rng.normal(size=len(TAGS)),
        "end": rng.normal(size=len(TAGS)),
    }
    for layer in range(3):
        arrays[f"conv{layer}_w"] = rng.normal(size=(3, hidden, hidden)) * 0.2
        arrays[f"conv{layer}_b"] = rng.normal(size=hidden)
    return NeuralTagger({k: np.asarray(v, dtype=np.float32) for k, v in arrays.items()}, meta)


SENTENCES = [
    ["Presiden", "Jokowi", "tiba", "di", "Surabaya", "."],
    ["x"],
    ["presiden", "jokowi", "tiba", "di", "Asia", "Tengah"],
    ["PRESIDEN", "JOKOWI", "TIBA", "DI", "SURABAYA"],
    ["Pneumonoultramicroscopicsilicovolcanoconiosis", "é", "Ω", "2026"],
]


def test_emissions_have_one_score_per_tag_and_token() -> None:
    scores, mask = random_tagger().emissions(SENTENCES)
    assert scores.shape == (len(SENTENCES), max(len(s) for s in SENTENCES), len(TAGS))
    assert mask.sum() == sum(len(s) for s in SENTENCES)


def test_the_quick_path_computes_the_reference_network() -> None:
    """fast_emissions (cached word projections, sentences end to end) = emissions (padded batch)."""
    tagger = random_tagger()
    reference, mask = tagger.emissions(SENTENCES)
    quick, quick_mask = tagger.fast_emissions(SENTENCES)
    assert (mask == quick_mask).all()
    assert np.allclose(reference[mask], quick[mask], atol=1e-4)
    again, _ = tagger.fast_emissions(SENTENCES[::-1])  # cached rows, other neighbours
    assert np.allclose(again[::-1][mask], reference[mask], atol=1e-4)


def test_a_sentence_does_not_see_its_neighbours_in_a_batch() -> None:
    tagger = random_tagger()
    alone, _ = tagger.fast_emissions([SENTENCES[0]])
    together, _ = tagger.fast_emissions(SENTENCES)
    assert np.allclose(alone[0], together[0], atol=1e-5)


def test_viterbi_finds_the_best_path() -> None:
    rng = np.random.default_rng(3)
    tags = 3
    trans, start, end = rng.normal(size=(tags, tags)), rng.normal(size=tags), rng.normal(size=tags)
    scores = rng.normal(size=(3, 4, tags))
    lengths = [4, 1, 3]
    mask = np.array([[t < n for t in range(4)] for n in lengths])
    paths = viterbi(scores, mask, trans, start, end)
    for row, length in enumerate(lengths):
        def total(path: tuple[int, ...], row: int = row) -> float:
            value = start[path[0]] + end[path[-1]] + sum(scores[row, t, tag] for t, tag in enumerate(path))
            return float(value + sum(trans[a, b] for a, b in itertools.pairwise(path)))

        best = max(itertools.product(range(tags), repeat=length), key=total)
        assert paths[row] == list(best)


def test_tagging_is_deterministic_and_keeps_empty_sentences() -> None:
    tagger = random_tagger()
    first = tagger.tag([SENTENCES[0], [], SENTENCES[2]])
    assert first == random_tagger().tag([SENTENCES[0], [], SENTENCES[2]])
    assert [len(tags) for tags in first] == [6, 0, 6]
    assert all(tag in TAGS for tags in first for tag in tags)
    assert tagger.tag([]) == [] and tagger.tag([[]]) == [[]]


def test_missing_weights_are_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="telisik train ner"):
        load_neural_tagger(str(tmp_path / "missing.npz"))


def test_case_changes_shape_and_characters_but_not_the_word() -> None:
    """Lower-cased (NERP) and shouted text find the same word rows; only case cues differ."""
    encoder = random_tagger().encoder
    cased, lower, upper = (encoder.word(token) for token in ("Jokowi", "jokowi", "JOKOWI"))
    assert cased[:2] == lower[:2] == upper[:2] != (1, 1)  # word and vector ids: known, shared
    assert len({cased[2], lower[2], upper[2]}) == 3  # shapes Xx, x, X
    assert cased[6] != lower[6] != upper[6]  # characters as written
    modes = {CASE_MODES[int(m)] for m in encoder.encode([["presiden", "jokowi", "tiba"], ["PRESIDEN", "JOKOWI", "TIBA"],
                                                          ["Presiden", "Jokowi", "tiba"]])["mode"]}
    assert modes == {"lower", "upper", "mixed"}


def test_case_reaches_the_scores() -> None:
    tagger = random_tagger()
    cased, _ = tagger.fast_emissions([["Presiden", "Jokowi", "tiba"]])
    lower, _ = tagger.fast_emissions([["presiden", "jokowi", "tiba"]])
    assert not np.allclose(cased, lower)


def hide_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``import torch`` fail as it does where the ``train`` extra is not installed."""
    real_import = builtins.__import__

    def without_torch(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "torch" or name.startswith("torch."):
            raise ImportError("No module named 'torch'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_torch)


def test_training_without_torch_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from telisik.extract.ner.neural_train import train_neural

    hide_torch(monkeypatch)
    with pytest.raises(ConfigError, match="needs torch") as error:
        train_neural(tmp_path, tmp_path / "corpus.jsonl", tmp_path / "m.npz")
    assert "[train]" in (error.value.hint or "")


def test_training_is_deterministic(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from telisik.extract.ner.neural_train import NeuralOptions, train_neural

    (tmp_path / "train").mkdir()
    shutil.copy(FIXTURE, tmp_path / "train" / "sample.conll")
    corpus = tmp_path / "corpus.jsonl"
    text = " ".join(line.split("\t")[0] for line in FIXTURE.read_text(encoding="utf-8").splitlines() if line)
    corpus.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    options = NeuralOptions(epochs=2, hidden=16, vector_dims=8, min_word_count=1, min_char_count=1)
    info = train_neural(tmp_path, corpus, tmp_path / "a.npz", options)
    train_neural(tmp_path, corpus, tmp_path / "b.npz", options)
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert info["numpy_difference"] < 1e-3  # NumPy reproduces torch's network
    tags = tag_sentences([["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta", "."]], str(tmp_path / "a.npz"))
    assert len(tags[0]) == 7 and all(tag in TAGS for tag in tags[0])


def test_holdout_training_scores_each_epoch(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from telisik.extract.ner.neural_train import NeuralOptions, train_neural

    (tmp_path / "train").mkdir()
    shutil.copy(FIXTURE, tmp_path / "train" / "sample.conll")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"text": "Presiden Joko Widodo tiba di Jakarta hari ini."}) + "\n", encoding="utf-8")
    options = NeuralOptions(epochs=2, hidden=8, vector_dims=2, holdout=True, min_word_count=1, min_char_count=1)
    log = train_neural(tmp_path, corpus, tmp_path / "h.npz", options)["log"]
    assert [entry["epoch"] for entry in log] == [1, 2]
    assert all(0.0 <= entry["holdout"] <= 1.0 for entry in log)



def tiny_training_data(tmp_path: Path, text: str) -> tuple[Path, Path]:
    """A training folder with the fixture and a one-article corpus of ``text``."""
    (tmp_path / "train").mkdir()
    shutil.copy(FIXTURE, tmp_path / "train" / "sample.conll")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "lang": "id", "text": text}) + "\n", encoding="utf-8")
    return tmp_path, corpus


ARTICLES = [
    "Gubernur Ridwan Kamil meresmikan jembatan di Bandung. Oke.\nWarga Cimahi menyambut baik proyek itu hari ini.",
    "Menteri Sri Mulyani bertemu direksi Bank Mandiri di Jakarta pada Senin.",
]


def test_pseudo_labels_are_the_ensembles_tags_of_mid_length_sentences() -> None:
    from telisik.extract.ner import crf_model_path, ensemble_path, load_linear_tagger, neural_model_path
    from telisik.extract.ner.neural_train import pseudo_labels
    from telisik.extract.ner.tokens import token_sentences, tokenize

    labelled = pseudo_labels(ARTICLES, load_neural_tagger(), load_linear_tagger())
    sentences = [[t.text for t in s] for text in ARTICLES for s in token_sentences(text, tokenize(text))]
    kept = [s for s in sentences if len(s) >= 3]
    assert len(kept) == len(sentences) - 1  # "Oke ." is too short to teach anything
    assert [list(s.tokens) for s in labelled] == kept
    shipped = tag_sentences(kept, ensemble_path(neural_model_path(), crf_model_path()))
    assert [list(s.tags) for s in labelled] == shipped
    assert any(tag != "O" for s in labelled for tag in s.tags)


def test_distillation_trains_teacher_then_student_deterministically(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from telisik.extract.ner import crf_model_path
    from telisik.extract.ner.neural import load_neural
    from telisik.extract.ner.neural_train import DistilOptions, NeuralOptions, train_distilled

    data, corpus = tiny_training_data(tmp_path, " ".join(ARTICLES))

    def options(keep: Path) -> DistilOptions:
        return DistilOptions(
            teacher=NeuralOptions(epochs=1, hidden=12, dilations=(1, 2, 1, 1), vector_dims=8, min_word_count=1,
                                  min_char_count=1, seed=3),
            student=NeuralOptions(epochs=1, hidden=8, vector_dims=8, min_word_count=1, min_char_count=1, seed=4),
            keep_teacher=keep)

    crf = Path(crf_model_path())
    info = train_distilled(data, corpus, tmp_path / "a.npz", ARTICLES, crf, options(tmp_path / "ta.npz"))
    train_distilled(data, corpus, tmp_path / "b.npz", ARTICLES, crf, options(tmp_path / "tb.npz"))
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()
    assert (tmp_path / "ta.npz").read_bytes() == (tmp_path / "tb.npz").read_bytes()
    given = options(tmp_path / "unused.npz")
    given.teacher_file = tmp_path / "ta.npz"  # the kept teacher passed back in: no teacher is trained
    again = train_distilled(data, corpus, tmp_path / "c.npz", ARTICLES, crf, given)
    assert (tmp_path / "c.npz").read_bytes() == (tmp_path / "a.npz").read_bytes()
    assert again["teacher_seconds"] == 0.0 and not (tmp_path / "unused.npz").exists()
    teacher, student = load_neural(tmp_path / "ta.npz"), load_neural(tmp_path / "a.npz")
    assert teacher.p["proj_w"].shape[1] == 12 and student.p["proj_w"].shape[1] == 8
    assert info["pseudo_sentences"] == 3  # the three sentences of 3-60 tokens

    def words(path: Path) -> list[str]:
        with np.load(path) as stored:
            return list(json.loads(bytes(stored["meta"]).decode())["words"])

    assert "cimahi" in words(tmp_path / "a.npz") and "cimahi" not in words(tmp_path / "ta.npz")  # from pseudo-labels
    plain = NeuralOptions(epochs=1, hidden=8, vector_dims=8, min_word_count=1, min_char_count=1, seed=4)
    from telisik.extract.ner.neural_train import train_neural

    train_neural(data, corpus, tmp_path / "plain.npz", plain)
    assert (tmp_path / "plain.npz").read_bytes() != (tmp_path / "a.npz").read_bytes()


def test_train_command_distils_a_small_network(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from click.testing import CliRunner

    from telisik.cli.main import cli

    data, corpus = tiny_training_data(tmp_path, ARTICLES[1])
    result = CliRunner().invoke(cli, ["train", "ner", "--model", "neural", "--data", str(data), "--output",
                                      str(tmp_path / "m.npz"), "--vector-corpus", str(corpus), "--limit", "5",
                                      "--keep-teacher", str(tmp_path / "t.npz")])
    assert result.exit_code == 0, result.output
    assert "1 pseudo-labelled sentences from 1 articles" in result.output
    assert result.output.count('{"epoch": 1,') == 2  # a line an epoch, for the teacher and then the student
    assert (tmp_path / "m.npz").stat().st_size > 0 and (tmp_path / "t.npz").stat().st_size > 0
    again = CliRunner().invoke(cli, ["train", "ner", "--model", "neural", "--data", str(data), "--output",
                                     str(tmp_path / "m2.npz"), "--vector-corpus", str(corpus), "--limit", "5",
                                     "--teacher", str(tmp_path / "t.npz")])
    assert again.exit_code == 0, again.output
    assert again.output.count('{"epoch": 1,') == 1  # the student only: the teacher was given
    assert (tmp_path / "m2.npz").read_bytes() == (tmp_path / "m.npz").read_bytes()


def test_train_command_without_torch_is_one_line_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from telisik.cli.main import cli

    hide_torch(monkeypatch)
    result = CliRunner().invoke(cli, ["train", "ner", "--model", "neural", "--data", str(tmp_path),
                                      "--output", str(tmp_path / "m.npz")])
    assert result.exit_code == 1
    assert "needs torch" in result.output and not (tmp_path / "m.npz").exists()


@pytest.mark.parametrize("extra", [
    ["--model", "neural", "--teacher", "T", "--keep-teacher", "K"],  # nothing to keep: no teacher is trained
    ["--model", "neural", "--no-distil", "--teacher", "T"],
    ["--model", "crf", "--keep-teacher", "K"],
])
def test_teacher_options_that_would_be_ignored_are_refused(tmp_path: Path, extra: list[str]) -> None:
    from click.testing import CliRunner

    from telisik.cli.main import cli

    (tmp_path / "T").write_bytes(b"")
    arguments = [str(tmp_path / a) if a in ("T", "K") else a for a in extra]
    result = CliRunner().invoke(cli, ["train", "ner", "--data", str(tmp_path), "--output", str(tmp_path / "m.npz"),
                                      *arguments])
    assert result.exit_code == 2 and "teacher" in result.output
    assert not (tmp_path / "m.npz").exists() and not (tmp_path / "K").exists()


def test_soft_loss_is_the_cross_entropy_of_the_crf_marginals() -> None:
    """The student's soft loss reads the same per-token probabilities as NumPy's forward-backward."""
    torch = pytest.importorskip("torch")
    from telisik.extract.ner.neural_train import NeuralOptions, build_model, path_marginals

    model = build_model(NeuralOptions(hidden=8), {"words": 3, "chars": 3, "shapes": 3}, np.zeros((2, 4), np.float32))
    rng = np.random.default_rng(5)
    with torch.no_grad():
        for parameter in (model.trans, model.start, model.end):
            parameter.copy_(torch.from_numpy(rng.normal(size=parameter.shape).astype(np.float32)))
    scores = rng.normal(size=(2, 5, len(TAGS))).astype(np.float32)
    mask = np.array([[True] * 5, [True] * 3 + [False] * 2])
    tagger = random_tagger()
    tagger.p.update({name: getattr(model, name).detach().numpy().copy() for name in ("trans", "start", "end")})
    expected = path_marginals(tagger, scores, mask)
    assert np.allclose(expected.sum(axis=2)[mask], 1.0)
    for row, t, tag in [(0, 0, 1), (0, 4, 6), (1, 2, 3), (1, 0, 0)]:
        targets = np.zeros_like(scores)
        targets[row, t, tag] = 1.0
        loss = model.soft_rows(torch.from_numpy(scores), torch.from_numpy(targets), torch.from_numpy(mask)).detach()
        assert float(loss[1 - row]) == 0.0  # a row without targets costs nothing
        assert np.isclose(np.exp(-float(loss[row])), expected[row, t, tag], atol=1e-5)


def test_weight_averaging_writes_the_mean_of_the_epochs(tmp_path: Path) -> None:
    """Averaging from epoch 1 of 2 writes (epoch 1 + epoch 2) / 2, and the run's last weights are the same as
    without averaging: the average never feeds back into training."""
    pytest.importorskip("torch")
    from telisik.extract.ner.neural import load_neural
    from telisik.extract.ner.neural_train import NeuralOptions, train_neural

    data, corpus = tiny_training_data(tmp_path, " ".join(ARTICLES))

    def options(epochs: int, average_from: int = 0) -> NeuralOptions:
        return NeuralOptions(epochs=epochs, hidden=8, vector_dims=8, min_word_count=1, min_char_count=1,
                             average_from=average_from)

    train_neural(data, corpus, tmp_path / "one.npz", options(1))
    train_neural(data, corpus, tmp_path / "two.npz", options(2))
    train_neural(data, corpus, tmp_path / "mean.npz", options(2, 1), final_output=tmp_path / "last.npz")
    assert (tmp_path / "last.npz").read_bytes() == (tmp_path / "two.npz").read_bytes()
    one, two, mean = (load_neural(tmp_path / f"{name}.npz").p for name in ("one", "two", "mean"))
    assert not np.allclose(one["proj_w"], two["proj_w"], atol=1e-3)
    for name in ("proj_w", "conv0_w", "out_w", "trans", "word_emb"):
        assert np.allclose(mean[name], (one[name] + two[name]) / 2, atol=2e-3), name


def test_soft_distillation_gives_the_pseudo_sentences_probabilities(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from telisik.extract.ner import crf_model_path, load_linear_tagger
    from telisik.extract.ner.neural_train import DistilOptions, NeuralOptions, pseudo_labels, train_distilled

    probabilities: list[np.ndarray] = []
    labelled = pseudo_labels(ARTICLES, load_neural_tagger(), load_linear_tagger(), probabilities)
    assert [len(p) for p in probabilities] == [len(s.tokens) for s in labelled]
    assert all(np.allclose(p.sum(axis=1), 1.0, atol=1e-5) for p in probabilities)
    # the best path's tags are the likeliest tags of each token here (confident ensemble)
    agree = sum(TAGS[int(i)] == tag for p, s in zip(probabilities, labelled) for i, tag in zip(p.argmax(1), s.tags))
    assert agree >= 0.9 * sum(len(s.tags) for s in labelled)

    data, corpus = tiny_training_data(tmp_path, " ".join(ARTICLES))

    def options(soft: bool) -> DistilOptions:
        return DistilOptions(
            teacher=NeuralOptions(epochs=1, hidden=8, vector_dims=8, min_word_count=1, min_char_count=1, seed=3),
            student=NeuralOptions(epochs=1, hidden=8, vector_dims=8, min_word_count=1, min_char_count=1, seed=4),
            soft=soft)

    crf = Path(crf_model_path())
    train_distilled(data, corpus, tmp_path / "soft.npz", ARTICLES, crf, options(True))
    train_distilled(data, corpus, tmp_path / "soft2.npz", ARTICLES, crf, options(True))
    train_distilled(data, corpus, tmp_path / "hard.npz", ARTICLES, crf, options(False))
    assert (tmp_path / "soft.npz").read_bytes() == (tmp_path / "soft2.npz").read_bytes()
    assert (tmp_path / "soft.npz").read_bytes() != (tmp_path / "hard.npz").read_bytes()
