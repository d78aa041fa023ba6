"""Reading ``token<TAB>TAG`` files: the NER format of ``../shared/data/ner``.

One token a line, a blank line between sentences, tags in BIO over any entity type
(PER, LOC, ORG in our data). The reader forgives what real files do — trailing
spaces, Windows line ends, several blank lines in a row, no final newline — and
refuses what it cannot interpret: a line without a tag, or a tag that is not
``O``, ``B-TYPE`` or ``I-TYPE``. Those raise :class:`~telisik.errors.EvalError`
naming the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from telisik.errors import EvalError

TAG_PATTERN = re.compile(r"O|[BI]-[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class ConllSentence:
    """One sentence: its tokens and their gold BIO tags, index for index."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def read_conll(path: Path) -> list[ConllSentence]:
    """Read every sentence of a CoNLL-style file, in order."""
    lines = _read_lines(path)
    sentences: list[ConllSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            _flush(sentences, tokens, tags)
            continue
        token, tag = parse_line(line, path, number)
        tokens.append(token)
        tags.append(tag)
    _flush(sentences, tokens, tags)
    return sentences


def parse_line(line: str, path: Path, number: int) -> tuple[str, str]:
    """Split one non-blank line into ``(token, tag)``, or raise EvalError."""
    fields = line.rstrip().split("\t")
    if len(fields) == 1:
        fields = fields[0].split()  # tolerate a space instead of the tab
    fields = [field.strip() for field in fields]
    if len(fields) != 2 or not fields[0]:
        raise EvalError(
            f"expected 'token<TAB>TAG', got {line.rstrip()!r}",
            item=f"{path}:{number}",
        )
    token, tag = fields
    if not TAG_PATTERN.fullmatch(tag):
        raise EvalError(f"tag {tag!r} is not O, B-TYPE or I-TYPE", item=f"{path}:{number}")
    return token, tag


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvalError("no such file", item=str(path)) from None
    except UnicodeDecodeError as error:
        raise EvalError(f"not UTF-8 text ({error.reason} at byte {error.start})", item=str(path)) from None
    return text.splitlines()


def _flush(sentences: list[ConllSentence], tokens: list[str], tags: list[str]) -> None:
    """Close the sentence being read, if any, and start an empty one."""
    if tokens:
        sentences.append(ConllSentence(tuple(tokens), tuple(tags)))
    tokens.clear()
    tags.clear()
