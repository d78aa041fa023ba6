"""The clusterer checkpoint (telisik.checkpoint): a new process resumes the stream without replaying it,
and a checkpoint that is stale, foreign, damaged or unwritable only ever costs a replay."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from telisik import api, checkpoint, cluster, pipeline
from telisik.settings import Settings
from telisik.store import Store
from tests.conftest import SEEDS
from tests.store.test_postgres_pipeline import views
from tests.test_stream import _batches, _store


def test_a_new_process_resumes_from_the_checkpoint_and_gives_the_stories_of_one_run(tmp_path: Path) -> None:
    batches = _batches(tmp_path, [20, 0])
    store = _store(tmp_path, "kept.db")
    api.ingest(store, [str(SEEDS), str(batches[0])], Settings())
    first = pipeline.Stream()
    pipeline.run(store, stream=first)
    assert (first.restored, first.replays) == (0, 1)  # nothing to resume on an empty store

    api.ingest(store, [str(batches[1])], Settings())
    second = pipeline.Stream()  # a new process
    assert pipeline.run(Store.open(store.url), stream=second).failed == 0
    assert (second.restored, second.replays) == (1, 0)

    whole = _store(tmp_path, "whole.db")
    api.ingest(whole, [str(SEEDS), *map(str, batches)], Settings())
    api.run(whole)
    assert views(store) == views(whole)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Store, tuple[object, ...]]:
    store = _store(tmp_path, "saved.db")
    api.ingest(store, [str(SEEDS)], Settings())
    api.run(store)
    return store, store.placement_mark()


def test_the_checkpoint_holds_the_clusterer_in_the_state_of_the_store(saved: tuple[Store, tuple[object, ...]]) -> None:
    store, mark = saved
    restored = checkpoint.load(store.url, mark)
    assert isinstance(restored, cluster.StoryClusterer)
    replayed = pipeline._clusterer(store, set())
    assert restored.story_of_article == replayed.story_of_article and restored.next_key == replayed.next_key
    assert restored.embedder is None  # the model and the store connection are attached by the run


def test_a_checkpoint_of_another_state_store_or_code_is_not_read(
    saved: tuple[Store, tuple[object, ...]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, mark = saved
    assert checkpoint.load(store.url, (mark[0] + 1, *mark[1:])) is None  # clustering written since
    assert checkpoint.load(f"sqlite:///{tmp_path / 'other.db'}", mark) is None
    monkeypatch.setattr(checkpoint, "code_digest", lambda: "another version")
    assert checkpoint.load(store.url, mark) is None


def test_the_header_is_checked_before_anything_is_unpickled(saved: tuple[Store, tuple[object, ...]]) -> None:
    store, mark = saved
    path = checkpoint._path(store.url)
    assert path is not None and path.is_file()
    header, _, _ = path.read_bytes().partition(b"\n")
    planted = pickle.dumps(_Tripwire())
    pickle.loads(planted)
    assert UNPICKLED == ["unpickled"]  # the tripwire works: unpickling it calls _trip
    UNPICKLED.clear()
    path.write_bytes(json.dumps(json.loads(header) | {"store": "someone else's"}).encode() + b"\n" + planted)
    assert checkpoint.load(store.url, mark) is None
    assert UNPICKLED == []


UNPICKLED: list[str] = []


def _trip(what: str) -> None:
    UNPICKLED.append(what)


class _Tripwire:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (_trip, ("unpickled",))


def test_a_damaged_checkpoint_makes_the_run_replay(saved: tuple[Store, tuple[object, ...]], tmp_path: Path) -> None:
    store, mark = saved
    path = checkpoint._path(store.url)
    assert path is not None
    header, _, body = path.read_bytes().partition(b"\n")
    path.write_bytes(header + b"\n" + body[: len(body) // 2])
    assert checkpoint.load(store.url, mark) is None
    api.ingest(store, [str(_batches(tmp_path, [5, 0])[0])], Settings())
    stream = pipeline.Stream()
    assert pipeline.run(store, stream=stream).failed == 0
    assert (stream.restored, stream.replays) == (0, 1)


def test_checkpoints_can_be_turned_off_and_an_unwritable_directory_fails_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(checkpoint.ENVIRONMENT, "off")
    assert checkpoint.directory() is None
    assert checkpoint.save("sqlite:///x.db", (0, None, None), cluster.StoryClusterer(embedder=None)) is False

    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv(checkpoint.ENVIRONMENT, str(blocked))
    store = _store(tmp_path, "unwritable.db")
    api.ingest(store, [str(SEEDS)], Settings())
    assert api.run(store).failed == 0
    assert blocked.read_text(encoding="utf-8") == "not a directory"


def test_a_relative_sqlite_path_names_the_same_store_as_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert checkpoint.store_digest("sqlite:///telisik.db") == checkpoint.store_digest(f"sqlite:///{tmp_path}/telisik.db")
    assert checkpoint.store_digest("sqlite:///telisik.db") != checkpoint.store_digest("sqlite:///other.db")
