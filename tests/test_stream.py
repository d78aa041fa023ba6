"""A clusterer kept between runs (``pipeline.Stream``, what ``telisik watch`` does) gives the stories of a full replay."""

from __future__ import annotations

from pathlib import Path

import pytest

from telisik import api, checkpoint, pipeline
from telisik.settings import Settings
from telisik.store import Store
from tests.conftest import EXAMPLES, SEEDS
from tests.store.test_postgres_pipeline import views


def _batches(tmp_path: Path, sizes: list[int]) -> list[Path]:
    """The IndoSum sample cut into consecutive JSONL files of ``sizes`` lines (the rest in the last)."""
    lines = (EXAMPLES / "indosum-sample.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    paths, start = [], 0
    for number, size in enumerate(sizes):
        end = start + size if number < len(sizes) - 1 else len(lines)
        path = tmp_path / f"batch{number}.jsonl"
        path.write_text("".join(lines[start:end]), encoding="utf-8")
        paths.append(path)
        start = end
    return paths


def _store(tmp_path: Path, name: str) -> Store:
    return Store.open(f"sqlite:///{tmp_path / name}")


def test_runs_that_keep_the_stream_give_the_stories_of_one_run(tmp_path: Path) -> None:
    batches = _batches(tmp_path, [20, 20, 0])
    whole = _store(tmp_path, "whole.db")
    api.ingest(whole, [str(SEEDS), *map(str, batches)], Settings())
    api.run(whole)

    kept, stream = _store(tmp_path, "kept.db"), pipeline.Stream()
    for sources in ([SEEDS, batches[0]], [batches[1]], [batches[2]]):
        api.ingest(kept, [str(s) for s in sources], Settings())
        assert pipeline.run(kept, stream=stream).failed == 0
    assert stream.replays == 1  # built once, on the empty store; never replayed after
    assert views(kept) == views(whole)


@pytest.mark.parametrize("checkpoints", [True, False])
def test_a_run_by_someone_else_makes_the_stream_replay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checkpoints: bool) -> None:
    if not checkpoints:
        monkeypatch.setenv(checkpoint.ENVIRONMENT, "off")
    batches = _batches(tmp_path, [20, 20, 0])
    store, stream = _store(tmp_path, "shared.db"), pipeline.Stream()
    api.ingest(store, [str(SEEDS), str(batches[0])], Settings())
    pipeline.run(store, stream=stream)
    api.ingest(store, [str(batches[1])], Settings())
    other = pipeline.Stream()
    pipeline.run(Store.open(store.url), stream=other)  # another process, with its own clusterer
    api.ingest(store, [str(batches[2])], Settings())
    pipeline.run(store, stream=stream)
    # The other process starts from the checkpoint this one left, and this one from the other's.
    assert (other.restored, other.replays) == ((1, 0) if checkpoints else (0, 1))
    assert (stream.restored, stream.replays) == ((1, 1) if checkpoints else (0, 2))

    whole = _store(tmp_path, "whole.db")
    api.ingest(whole, [str(SEEDS), *map(str, batches)], Settings())
    api.run(whole)
    assert views(store) == views(whole)


def test_a_new_version_of_a_seen_article_makes_the_stream_replay(tmp_path: Path) -> None:
    first = tmp_path / "berita.txt"
    first.write_text("Banjir merendam 40 rumah warga di Kabupaten Bandung pada Senin, kata BPBD.", encoding="utf-8")
    store, stream = _store(tmp_path, "versions.db"), pipeline.Stream()
    api.ingest(store, [str(first)], Settings())
    pipeline.run(store, stream=stream)
    first.write_text("Banjir merendam 45 rumah warga di Kabupaten Bandung pada Senin, kata BPBD.", encoding="utf-8")
    assert len(api.ingest(store, [str(first)], Settings()).updated) == 1
    pipeline.run(store, stream=stream)
    assert stream.replays == 2
    assert len(store.story_memberships()) == 1 and len(store.list_stories()) == 1


def test_a_run_interrupted_while_clustering_makes_the_stream_replay(tmp_path: Path, monkeypatch) -> None:
    import pytest

    batches = _batches(tmp_path, [6, 0])
    store, stream = _store(tmp_path, "interrupted.db"), pipeline.Stream()
    api.ingest(store, [str(batches[0])], Settings())
    real, calls = pipeline._cluster, []

    def interrupted(store_: Store, clusterer: object, article_id: int) -> None:
        calls.append(article_id)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real(store_, clusterer, article_id)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_cluster", interrupted)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(store, stream=stream)
    assert stream.clusterer is None  # what it held may not match the store
    monkeypatch.setattr(pipeline, "_cluster", real)
    pipeline.run(store, stream=stream)
    assert stream.replays == 2 and len(store.story_memberships()) == 6


def test_a_run_with_nothing_to_place_builds_no_clusterer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from telisik.models import Stage

    monkeypatch.setenv(checkpoint.ENVIRONMENT, "off")  # a clusterer would have to be replayed
    store = _store(tmp_path, "idle.db")
    api.ingest(store, [str(SEEDS), str(_batches(tmp_path, [8, 0])[0])], Settings())
    pipeline.run(store)
    before = views(store)
    for from_stage in (None, Stage.RECONCILE, Stage.SUMMARISE):
        stream = pipeline.Stream()
        report = pipeline.run(store, from_stage=from_stage, stream=stream)
        assert (stream.replays, stream.restored, stream.clusterer) == (0, 0, None)
        assert report.failed == 0
    assert views(store) == before
    stream = pipeline.Stream()
    pipeline.run(store, from_stage=Stage.CLUSTER, stream=stream)  # articles to place again: one is built
    assert stream.replays == 1 and views(store) == before
