"""Reading token<TAB>TAG files: what real files do, and what must fail loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik.errors import EvalError
from telisik.evaluate.conll import ConllSentence, read_conll

SENTENCES = [
    ConllSentence(("Joko", "Widodo", "ke", "Jakarta"), ("B-PER", "I-PER", "O", "B-LOC")),
    ConllSentence(("KPK", "menahan", "Setnov", "."), ("B-ORG", "O", "B-PER", "O")),
]


def write(tmp_path: Path, text: str, name: str = "sample.conll") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    "text",
    [
        "Joko\tB-PER\nWidodo\tI-PER\nke\tO\nJakarta\tB-LOC\n\nKPK\tB-ORG\nmenahan\tO\nSetnov\tB-PER\n.\tO\n\n",
        # no final newline
        "Joko\tB-PER\nWidodo\tI-PER\nke\tO\nJakarta\tB-LOC\n\nKPK\tB-ORG\nmenahan\tO\nSetnov\tB-PER\n.\tO",
        # trailing spaces, Windows line ends, several blank lines, blank lines at the start
        "\n\nJoko\tB-PER  \r\nWidodo\tI-PER\r\nke\tO \r\nJakarta\tB-LOC\r\n\r\n  \r\n\r\n"
        "KPK\tB-ORG\r\nmenahan\tO\r\nSetnov\tB-PER\r\n.\tO\r\n",
        # a space instead of the tab
        "Joko B-PER\nWidodo I-PER\nke O\nJakarta B-LOC\n\nKPK B-ORG\nmenahan O\nSetnov B-PER\n. O\n",
    ],
    ids=["plain", "no-final-newline", "messy-whitespace", "space-separated"],
)
def test_read_conll_forgives_layout(tmp_path: Path, text: str) -> None:
    assert read_conll(write(tmp_path, text)) == SENTENCES


@pytest.mark.parametrize(
    ("text", "line", "what"),
    [
        ("Joko\tB-PER\nWidodo\n", 2, "token<TAB>TAG"),  # no tag
        ("Joko\tB-PER\n\nke\tO\tX\n", 3, "token<TAB>TAG"),  # three columns
        ("Joko\tB-PER\nWidodo\tPER\n", 2, "not O, B-TYPE or I-TYPE"),  # tag without BIO prefix
        ("Joko\tB-\n", 1, "not O, B-TYPE or I-TYPE"),
        ("\tO\n", 1, "token<TAB>TAG"),  # empty token
    ],
)
def test_read_conll_names_file_and_line_of_malformed_line(tmp_path: Path, text: str, line: int, what: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(EvalError) as caught:
        read_conll(path)
    message = str(caught.value)
    assert f"{path}:{line}" in message
    assert what in message
    assert caught.value.code == "E501"


def test_read_conll_missing_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="no such file"):
        read_conll(tmp_path / "absent.conll")


def test_read_conll_rejects_non_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.conll"
    path.write_bytes("Depok\tB-LOC\nkafé\tO\n".encode("latin-1"))
    with pytest.raises(EvalError, match="not UTF-8"):
        read_conll(path)


def test_read_conll_empty_file_has_no_sentences(tmp_path: Path) -> None:
    assert read_conll(write(tmp_path, "\n\n")) == []
