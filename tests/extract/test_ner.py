"""The trained tagger: features, BIO decoding, the shipped model, training from CoNLL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from telisik.errors import ConfigError
from telisik.extract.entities import decode_bio, find_entities, find_entities_with
from telisik.extract.ner import load_tagger, model_files, tag_sentence
from telisik.extract.ner.features import case_mode, sentence_features, word_shape
from telisik.extract.ner.train import TaggedSentence, TrainingOptions, augment, read_conll, train_model

FIXTURE = Path(__file__).parent / "fixtures" / "ner-sample.conll"


@pytest.mark.parametrize(
    ("token", "shape"),
    [("Tokayev", "Xx"), ("CSTO", "X"), ("tokayev", "x"), ("6/1", "d/d"), ("Kassym-Jomart", "Xx-Xx"), ("G20", "Xd")],
)
def test_word_shape(token: str, shape: str) -> None:
    assert word_shape(token) == shape


@pytest.mark.parametrize(
    ("tokens", "mode"),
    [
        (["amos", "kenda", "menyatakan", "tidak"], "lower"),
        (["MATA", "INDONESIA", "ALMATY", "HUJAN"], "upper"),
        (["Presiden", "Tokayev", "meminta", "bantuan"], "mixed"),
        (["ya"], "mixed"),
    ],
)
def test_case_mode(tokens: list[str], mode: str) -> None:
    assert case_mode(tokens) == mode


def test_features_do_not_depend_only_on_case() -> None:
    cased = set(sentence_features(["Presiden", "Jokowi", "tiba"])[1])
    lowered = set(sentence_features(["presiden", "jokowi", "tiba"])[1])
    shared = cased & lowered
    assert "w=jokowi" in shared and "-1w=presiden" in shared
    assert any(f.startswith("c=") for f in shared)  # the word class survives lower case


@pytest.mark.parametrize(
    ("tags", "spans"),
    [
        (["B-PER", "I-PER", "O", "B-LOC"], [(0, 1, "PER"), (3, 3, "LOC")]),
        (["I-ORG", "I-ORG"], [(0, 1, "ORG")]),  # a stray I- opens an entity, as conlleval reads it
        (["B-PER", "I-LOC"], [(0, 0, "PER"), (1, 1, "LOC")]),
        (["B-PER", "B-PER"], [(0, 0, "PER"), (1, 1, "PER")]),
        ([], []),
    ],
)
def test_decode_bio(tags: list[str], spans: list[tuple[int, int, str]]) -> None:
    assert decode_bio(tags) == spans


def test_shipped_model_tags_cased_lower_and_upper_text() -> None:
    assert tag_sentence(["Presiden", "Joko", "Widodo", "tiba", "di", "Surabaya", "."]) == [
        "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert tag_sentence(["presiden", "joko", "widodo", "tiba", "di", "surabaya", "."])[1:3] == ["B-PER", "I-PER"]
    assert tag_sentence(["PRESIDEN", "JOKO", "WIDODO", "TIBA", "DI", "SURABAYA"])[5] == "B-LOC"


def test_lower_cased_text_gets_entities() -> None:
    found = {(m.text, m.type) for m in find_entities("wali kota surabaya tri rismaharini meninjau banjir di surabaya.")}
    assert ("tri rismaharini", "PER") in found


def test_shipped_model_is_small() -> None:
    assert sum(Path(f).stat().st_size for f in model_files()) < 50_000_000


def test_missing_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="telisik train ner"):
        load_tagger(str(tmp_path / "missing.crfsuite"))


def test_read_conll() -> None:
    sentences = read_conll(FIXTURE)
    assert len(sentences) >= 40
    assert all(len(s.tokens) == len(s.tags) for s in sentences)


def test_augment_adds_lower_and_upper_copies_deterministically() -> None:
    cased = [TaggedSentence(("Budi", f"pergi{i}"), ("B-PER", "O")) for i in range(50)]
    lower = [TaggedSentence(("budi", "pergi"), ("B-PER", "O"))]
    first = list(augment(cased + lower, 0.3, 0.1))
    assert first == list(augment(cased + lower, 0.3, 0.1))
    copies = first[51:]
    assert any(s.tokens[0] == "budi" for s in copies) and any(s.tokens[0] == "BUDI" for s in copies)
    assert 10 <= len(copies) <= 30  # about 40 % of the 50 cased sentences; the lower one is not copied


def test_training_from_conll_is_deterministic(tmp_path: Path) -> None:
    (tmp_path / "train").mkdir()
    shutil.copy(FIXTURE, tmp_path / "train" / "sample.conll")
    options = TrainingOptions(max_iterations=20)
    info = train_model(tmp_path, tmp_path / "a.crfsuite", options)
    train_model(tmp_path, tmp_path / "b.crfsuite", options)
    assert info["sentences"] > 40
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()
    mentions = find_entities_with("Presiden Joko Widodo tiba di Jakarta.", "id", str(tmp_path / "a.crfsuite"))
    assert all(m.type in {"PER", "ORG", "LOC"} for m in mentions)


def test_training_without_files_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no training files"):
        train_model(tmp_path, tmp_path / "m.crfsuite")


def test_train_command_writes_a_model_and_prints_dev_scores(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from telisik.cli.main import cli

    for split in ("train", "dev"):
        (tmp_path / split).mkdir()
        shutil.copy(FIXTURE, tmp_path / split / "sample.conll")
    output = tmp_path / "model.crfsuite"
    result = CliRunner().invoke(cli, ["train", "ner", "--data", str(tmp_path), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert output.stat().st_size > 0
    assert "sample.conll" in result.output and "macro" in result.output


def test_train_command_without_data_is_one_line_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from telisik.cli.main import cli

    result = CliRunner().invoke(cli, ["train", "ner", "--data", str(tmp_path), "--output", str(tmp_path / "m.crfsuite")])
    assert result.exit_code == 1
    assert "no training files" in result.output


def test_a_web_address_is_an_organisation_of_its_own() -> None:
    # session 7: in ner/train, 147 of 156 web-address tokens are a whole ORG and none is part of a longer entity
    from telisik.extract.ner.lexicon import load_lexicon
    from telisik.extract.ner.refine import refine_spans
    from telisik.extract.ner.tokens import tokenize

    lexicon = load_lexicon("id")
    cited = tokenize("seperti dikutip dari independent.co.uk permainan bertahan .")
    assert refine_spans(cited, [(3, 4, "ORG")], lexicon) == [(3, 3, "ORG")]  # the span gives way to the address
    assert refine_spans(cited, [(3, 3, "PER")], lexicon) == [(3, 3, "ORG")]
    assert refine_spans(cited, [], lexicon) == [(3, 3, "ORG")]  # an untagged address is added
    link = tokenize("Sumber : http://suarapal.net")
    assert [t.text for t in link][-1] == "suarapal.net"
    assert refine_spans(link, [], lexicon) == []  # part of a link, not a citation
    plain = tokenize("Jokowi tiba di Surabaya . Ia lelah .")
    assert refine_spans(plain, [(0, 0, "PER"), (3, 3, "LOC")], lexicon) == [(0, 0, "PER"), (3, 3, "LOC")]
    assert {(m.text, m.type) for m in find_entities("Menurut www.telegraph.co.uk , Putin datang .", "id")} >= {
        ("www.telegraph.co.uk", "ORG")}
