"""The orchestrator end to end: order, persistence, failures that stay alone, resume after SIGKILL."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from telisik import api, pipeline
from telisik.cluster.embedding import embedding_text
from tests.cluster.test_embedding_cache import CountingEmbedder
from telisik.models import Stage, Status
from telisik.settings import Settings
from telisik.store import Store

SETTINGS = Settings()

TOPICS = [
    ("Banjir merendam {n} rumah warga di Kabupaten Bandung setelah hujan deras, kata Kepala BPBD Jawa Barat.",
     "Warga mengungsi ke masjid dan sekolah; petugas membagikan makanan dan selimut."),
    ("Kebakaran melanda pasar tradisional di Kota Medan pada Selasa (3/5), menghanguskan {n} kios pedagang.",
     "Polisi masih menyelidiki penyebab kebakaran yang diduga berasal dari korsleting listrik."),
    ("Tim nasional bulu tangkis Indonesia meraih {n} medali dalam kejuaraan Asia di Manila.",
     "Pelatih mengatakan para pemain muda tampil di luar dugaan dan siap menghadapi turnamen berikutnya."),
]


def write_corpus(folder: Path, count: int) -> Path:
    """``count`` small distinct articles as one JSONL file."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            lead, body = TOPICS[i % len(TOPICS)]
            text = f"{lead.format(n=10 + i)} {body} Artikel nomor {i}."
            record = {"id": f"doc-{i}", "lang": "id", "published": f"2022-05-{1 + i % 28:02d}", "text": text}
            out.write(json.dumps(record) + "\n")
    return path


def test_run_takes_every_article_through_every_stage(store: Store, tmp_path: Path) -> None:
    api.ingest(store, [str(write_corpus(tmp_path, 12))], SETTINGS)
    report = api.run(store)
    assert report.failed == 0
    assert report.stages[Stage.NORMALISE].ok == report.stages[Stage.CLUSTER].ok == 12
    assert len(store.story_memberships()) == 12
    stories = store.list_stories()
    assert report.stages[Stage.SUMMARISE].ok == len(stories) >= 3
    # Nothing left to do: a second run processes nothing.
    again = api.run(store)
    assert all(t.ok == 0 and t.failed == 0 for t in again.stages.values())


def test_one_bad_article_fails_alone_with_a_reason(store: Store, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, 5)
    with corpus.open("a", encoding="utf-8") as out:  # a document whose text is only punctuation
        out.write(json.dumps({"id": "bad", "text": "— — —"}) + "\n")
    api.ingest(store, [str(corpus)], SETTINGS)
    report = api.run(store)
    failed = store.results(status=Status.FAILED)
    assert report.failed == len(failed) == 1
    assert failed[0].stage is Stage.NORMALISE and failed[0].code and failed[0].message
    assert len(store.story_memberships()) == 5


def test_run_from_cluster_re_streams_every_article(store: Store, tmp_path: Path) -> None:
    api.ingest(store, [str(write_corpus(tmp_path, 9))], SETTINGS)
    api.run(store)
    before = store.story_memberships()
    report = api.run(store, from_stage="cluster")
    assert report.stages[Stage.NORMALISE].ok == 0 and report.stages[Stage.CLUSTER].ok == 9
    assert store.story_memberships() == before  # deterministic


def test_new_version_is_processed_again(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text("Banjir merendam 40 rumah warga di Bandung. Warga mengungsi ke masjid.", encoding="utf-8")
    api.ingest(store, [str(path)], SETTINGS)
    api.run(store)
    path.write_text("Banjir merendam 55 rumah warga di Bandung. Warga mengungsi ke masjid.", encoding="utf-8")
    report = api.ingest(store, [str(path)], SETTINGS)
    assert report.updated == [1] and not report.added
    run = api.run(store)
    assert run.stages[Stage.NORMALISE].ok == 1
    assert "55 rumah" in store.load_article(1).text
    assert len(store.story_memberships()) == 1


def _count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # the table may not exist yet
        return 0


def _kill_when(command: list[str], db: Path, sql: str, threshold: int) -> int:
    """Start ``command``, SIGKILL it once ``sql`` counts ``threshold``; return how many it had then."""
    env = dict(os.environ, TELISIK_DB=str(db))
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while (count := _count(db, sql)) < threshold:
            assert process.poll() is None, f"finished before it could be killed: {process.stderr.read()!r}"
            assert time.monotonic() < deadline, "never reached the kill point"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL
    return count


def test_sigkill_half_way_then_resume_loses_nothing(tmp_path: Path) -> None:
    articles = 600
    corpus = write_corpus(tmp_path / "in", articles)
    db = tmp_path / "killed.db"
    cli = [sys.executable, "-m", "telisik"]

    ingested = _kill_when(cli + ["ingest", str(corpus)], db, "SELECT count(*) FROM articles", articles // 3)
    assert 0 < ingested < articles
    subprocess.run(cli + ["ingest", str(corpus)], env=dict(os.environ, TELISIK_DB=str(db)), check=True,
                   capture_output=True)

    done = "SELECT count(*) FROM stage_results WHERE stage = 'extract' AND status = 'ok'"
    extracted = _kill_when(cli + ["run"], db, done, articles // 3)
    assert 0 < extracted < articles

    store = Store.open(f"sqlite:///{db}")
    api.run(store)
    assert _count(db, "SELECT count(*) FROM articles") == articles
    assert _count(db, "SELECT count(DISTINCT content_hash) FROM article_versions") == articles
    assert _count(db, "SELECT count(*) FROM article_versions") == articles
    assert _count(db, "SELECT count(*) FROM story_articles") == articles  # each in exactly one story
    assert store.results(status=Status.FAILED) == []
    for stage in (Stage.NORMALISE, Stage.EXTRACT, Stage.CLUSTER):
        assert store.pending_articles(stage) == []
    assert store.pending_stories(Stage.SUMMARISE) == []


class _StageWatcher:
    """A progress listener that notes how many texts were embedded when each stage began."""

    def __init__(self, embedder: CountingEmbedder) -> None:
        self.embedder = embedder
        self.embedded_at_start: dict[Stage, int] = {}

    def start(self, stage: Stage, total: int | None) -> None:
        self.embedded_at_start[stage] = len(self.embedder.seen)

    def advance(self, stage: Stage) -> None:
        pass

    def finish(self, stage: Stage) -> None:
        pass


def test_articles_are_embedded_during_extract_once(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The embedding runs with extraction (so it can run in workers); clustering reads the vectors back."""
    embedder = CountingEmbedder()
    monkeypatch.setattr(pipeline, "default_embedder", lambda: embedder)
    api.ingest(store, [str(write_corpus(tmp_path, 6))], SETTINGS)
    watcher = _StageWatcher(embedder)
    report = api.run(store, progress=watcher)
    assert report.failed == 0
    assert watcher.embedded_at_start[Stage.EXTRACT] == 0
    assert watcher.embedded_at_start[Stage.CLUSTER] == 6  # every article embedded before clustering began
    assert len(embedder.seen) == len(set(embedder.seen)) == 6  # and none embedded again by the clusterer
    texts = {embedding_text(m.article.title, m.article.text) for m in store.load_analysed_many(store.article_ids())}
    assert set(embedder.seen) == texts


def test_a_failing_embedding_does_not_fail_extraction(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken(CountingEmbedder):
        def embed(self, texts: list[str]) -> np.ndarray:
            raise RuntimeError("encoder exploded")

    monkeypatch.setattr(pipeline, "default_embedder", Broken)
    api.ingest(store, [str(write_corpus(tmp_path, 2))], SETTINGS)
    report = api.run(store)
    assert report.stages[Stage.EXTRACT].ok == 2 and report.stages[Stage.EXTRACT].failed == 0
    # Clustering embeds again and fails where the failure belongs, with its reason.
    assert report.stages[Stage.CLUSTER].failed == 2
    failures = [r for r in store.results(status=Status.FAILED) if r.stage is Stage.CLUSTER]
    assert len(failures) == 2 and all("encoder exploded" in (r.message or "") for r in failures)
