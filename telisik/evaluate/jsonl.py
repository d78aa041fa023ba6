"""Reading the JSONL eval files of ``../shared/data`` (cluster, casualties, summarise).

Each non-blank line must be one JSON object carrying the keys its task needs; a
line that is not, or lacks a key, raises :class:`~telisik.errors.EvalError` with
the file and line number, so a broken file fails loudly instead of scoring less.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from telisik.errors import EvalError


def read_jsonl(
    path: Path,
    required: Iterable[str] = (),
    *,
    limit: int | None = None,
    with_docs: bool = False,
) -> list[dict[str, Any]]:
    """Every object of a JSONL file, in order (the first ``limit`` if given).

    ``required`` keys must be present on every line; ``with_docs`` also checks
    that ``docs`` is a non-empty list of objects with a ``text`` string.
    """
    needed = tuple(required)
    records: list[dict[str, Any]] = []
    for number, record in _objects(path):
        if limit is not None and len(records) >= limit:
            break
        missing = [key for key in needed if key not in record]
        if missing:
            raise EvalError(f"missing key(s) {', '.join(missing)}", item=f"{path}:{number}")
        if with_docs:
            check_docs(record, path, number)
        records.append(record)
    if not records:
        raise EvalError("the file holds no records", item=str(path))
    return records


def check_docs(item: dict[str, Any], path: Path, number: int) -> None:
    """Raise EvalError unless ``docs`` is a non-empty list of docs with ``text``."""
    docs = item.get("docs")
    if not isinstance(docs, list) or not docs:
        raise EvalError("'docs' must be a non-empty list", item=f"{path}:{number}")
    for doc in docs:
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise EvalError("every doc needs a 'text' string", item=f"{path}:{number}")


def _objects(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise EvalError("no such file", item=str(path)) from None
    with handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, _parse(line, path, number)
        except UnicodeDecodeError as error:
            raise EvalError(f"not UTF-8 text ({error.reason})", item=str(path)) from None


def _parse(line: str, path: Path, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise EvalError(f"not valid JSON ({error.msg})", item=f"{path}:{number}") from None
    if not isinstance(record, dict):
        raise EvalError("each line must be a JSON object", item=f"{path}:{number}")
    return record
