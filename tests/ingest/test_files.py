from __future__ import annotations

import time
from pathlib import Path

import pytest

from telisik.errors import InputError, TooLarge
from telisik.ingest.files import file_source_key, read_capped, walk_files

FIFTY_MB = 50 * 1024 * 1024
TEN_MB = 10 * 1024 * 1024


def make_tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("isi berkas", encoding="utf-8")


def test_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    make_tree(
        tmp_path,
        ["b.txt", "a.txt", "sub/z.md", "sub/c.jsonl", ".rahasia.txt", ".git/config", "sub/.cache/x.txt", "aa/y.txt"],
    )
    found = [path.relative_to(tmp_path).as_posix() for path in walk_files(tmp_path)]
    assert found == ["a.txt", "b.txt", "aa/y.txt", "sub/c.jsonl", "sub/z.md"]


def test_walk_of_an_empty_directory_yields_nothing(tmp_path: Path) -> None:
    assert list(walk_files(tmp_path)) == []


def test_read_capped_returns_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_bytes(b"Gempa M5,2 mengguncang Cianjur.")
    assert read_capped(path, 1000) == b"Gempa M5,2 mengguncang Cianjur."


def test_a_50_mb_file_is_refused_from_stat_without_opening_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "besar.txt"
    with path.open("wb") as stream:
        stream.truncate(FIFTY_MB)  # sparse: instant, and no 50 MB on disk

    def refuse_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened although stat already showed it is too large")

    monkeypatch.setattr(Path, "open", refuse_open)
    started = time.perf_counter()
    with pytest.raises(TooLarge, match="52,428,800 bytes, over the cap of 10,485,760"):
        read_capped(path, TEN_MB)
    assert time.perf_counter() - started < 1.0


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the file"):
        read_capped(tmp_path / "tidak-ada.txt", 1000)


def test_file_source_key_is_the_resolved_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("x")
    monkeypatch.chdir(tmp_path / "sub")
    expected = "file:" + str((tmp_path / "sub" / "a.txt").resolve())
    assert file_source_key(Path("a.txt")) == expected
    assert file_source_key(Path("../sub/./a.txt")) == expected
