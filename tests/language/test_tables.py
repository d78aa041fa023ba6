"""Tables cached on disk between processes (telisik.language.tables), and the place gazetteer through them."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik.language import places, tables


class Builder:
    """Counts its calls; returns a table holding every kind of value a table may hold."""

    def __init__(self, value: int = 1) -> None:
        self.calls = 0
        self.value = value

    def __call__(self) -> tuple[object, ...]:
        self.calls += 1
        return ({"a": [self.value, 2.5, None]}, ("x", "y"), [(1, "ä")])


@pytest.fixture
def where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(tables.ENVIRONMENT, str(tmp_path / "tables"))
    return tmp_path / "tables"


def test_a_table_is_built_once_and_read_back_equal(where: Path) -> None:
    build = Builder()
    first = tables.cached("demo", [b"source"], build)
    second = tables.cached("demo", [b"source"], build)
    assert build.calls == 1
    assert second == first == build.__class__()()
    assert len(list(where.glob("demo-*" + tables.SUFFIX))) == 1


def test_a_changed_source_builds_anew_and_drops_the_stale_file(where: Path) -> None:
    tables.cached("demo", [b"source 1"], Builder(1))
    rebuilt = Builder(2)
    table = tables.cached("demo", [b"source 2"], rebuilt)
    assert rebuilt.calls == 1 and table[0] == {"a": [2, 2.5, None]}
    assert len(list(where.glob("demo-*" + tables.SUFFIX))) == 1
    tables.cached("other", [b"source 1"], Builder())  # another table's file is left alone
    assert len(list(where.glob("*" + tables.SUFFIX))) == 2


def test_sources_are_delimited() -> None:
    assert tables.digest([b"ab", b"c"]) != tables.digest([b"a", b"bc"])
    assert tables.digest(["text"]) == tables.digest([b"text"])


@pytest.mark.parametrize("damage", ["truncate", "garbage", "foreign key"])
def test_a_damaged_or_foreign_file_is_built_again(where: Path, damage: str) -> None:
    tables.cached("demo", [b"source"], Builder())
    (path,) = where.glob("demo-*" + tables.SUFFIX)
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:10])
    elif damage == "garbage":
        path.write_bytes(b"\x00not a table")
    else:  # a whole table written under another digest, renamed into place
        path.write_bytes(tables.marshal.dumps(("0" * 32, "planted")))
    build = Builder(3)
    assert tables.cached("demo", [b"source"], build)[0] == {"a": [3, 2.5, None]}
    assert build.calls == 1
    assert tables.cached("demo", [b"source"], Builder())[0] == {"a": [3, 2.5, None]}  # repaired on disk


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tables.ENVIRONMENT, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    build = Builder()
    tables.cached("demo", [b"source"], build)
    tables.cached("demo", [b"source"], build)
    assert build.calls == 2 and not list(tmp_path.rglob("*" + tables.SUFFIX))


def test_an_unwritable_directory_still_gives_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(tables.ENVIRONMENT, str(blocker / "tables"))
    assert tables.cached("demo", [b"source"], Builder())[1] == ("x", "y")


def test_the_default_directory_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(tables.ENVIRONMENT, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert tables.directory() == tmp_path / "telisik" / "tables"


def test_the_cached_gazetteer_is_the_built_one(where: Path) -> None:
    built = places._build_table()
    places._gazetteer.cache_clear()
    try:
        first = places._gazetteer()  # builds and writes
        places._gazetteer.cache_clear()
        read = places._gazetteer()  # reads the file
        assert list(where.glob("places-*" + tables.SUFFIX))
        fields, aliases, numbers, variants, entries, fresh = built
        assert read.aliases == first.aliases == aliases
        assert read.tagger_aliases == first.tagger_aliases == frozenset(aliases) - frozenset(fresh)
        assert read.index == first.index
        assert {alias: (p.name, p.kind, p.country, p.latitude, p.longitude, p.population)
                for alias, p in read.index.items()} == {alias: fields[n] for alias, n in zip(aliases, numbers)}
        assert read.near == dict(zip(variants, entries))
        assert places.match_place("Kirgistan") == places.find_place("Kyrgyzstan")
    finally:
        places._gazetteer.cache_clear()
        places.match_place.cache_clear()
