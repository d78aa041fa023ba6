"""The orchestrator: runs the stages in order over what the store holds.

:func:`ingest` reads sources into the store (stage 1). :func:`run` then takes
every item that has not yet passed a stage through it, in this order:

1. **normalise** each new or changed article: raw document → :class:`~telisik.models.Article`
2. **extract** its dates, numbers, entities, claims, quotes and flags
3. **cluster** it into a story, in arrival order (a stream)
4. **reconcile** each story whose articles changed: align and judge its claims
5. **summarise** it: cited summary and timeline

Each item's output is committed together with its ``StageResult`` row, so a run
that is killed resumes where it stopped; one item that fails is recorded with
its error code and message and the run goes on. ``run(from_stage=...)`` forgets
that stage and the later ones first, to redo them.

Every stage but clustering works on one item at a time, independently of the
others, so ``run(parallel=...)`` hands those stages' items to worker processes or
Spark partitions (:mod:`telisik.parallel`); each worker runs :func:`run_items`,
the same code, against the same store. Clustering is a stream in arrival order
and always runs here, in one process.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Protocol, Sequence

import httpx

from telisik import checkpoint, cluster, extract, normalise, reconcile, summarise
from telisik.cluster.embedding import CachedEmbedder, default_embedder, embedding_text
from telisik.errors import TelisikError
from telisik.ingest import read_sources
from telisik.ingest.web import Revalidation
from telisik.models import Article, IngestFailure, IngestReport, Stage, StageResult, Status
from telisik.settings import Settings
from telisik.store import Store, article_item, story_item

REPLAY_BATCH = 200  # placed articles read in one go when a clusterer replays the history


class Progress(Protocol):
    """What the pipeline tells whoever shows progress (the CLI draws bars)."""

    def start(self, stage: Stage, total: int | None) -> None: ...

    def advance(self, stage: Stage) -> None: ...

    def finish(self, stage: Stage) -> None: ...


class _Silent:
    def start(self, stage: Stage, total: int | None) -> None:
        pass

    def advance(self, stage: Stage) -> None:
        pass

    def finish(self, stage: Stage) -> None:
        pass


@dataclass(slots=True)
class StageTally:
    ok: int = 0
    failed: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class RunReport:
    stages: dict[Stage, StageTally] = field(default_factory=dict)

    @property
    def failed(self) -> int:
        return sum(t.failed for t in self.stages.values())


def ingest(
    store: Store,
    sources: Iterable[str],
    settings: Settings,
    client: httpx.Client | None = None,
    progress: Progress | None = None,
    revalidation: Revalidation | None = None,
) -> IngestReport:
    """Stage 1: read files, directories, feeds and URLs into the store, idempotently.

    ``revalidation`` makes URL fetches conditional on the last fetch (a poller's memory between rounds).
    """
    progress = progress or _Silent()
    report = IngestReport()
    progress.start(Stage.INGEST, None)
    for item in read_sources(sources, settings, client, revalidation):
        if isinstance(item, IngestFailure):
            store.record_ingest_failure(item)
            report.failures.append(item)
        else:
            outcome, article_id = store.add_document(item)
            if outcome == "added":
                report.added.append(article_id)
            elif outcome == "updated":
                report.updated.append(article_id)
            else:
                report.unchanged += 1
        progress.advance(Stage.INGEST)
    progress.finish(Stage.INGEST)
    if revalidation is not None:
        report.not_modified = revalidation.take_not_modified()
    return report


def stage_failure(stage: Stage, item: str, error: Exception) -> StageResult:
    """The failed StageResult of ``item``: a TelisikError's code and message, else E299 (a bug)."""
    if isinstance(error, TelisikError):
        return StageResult(stage, item, Status.FAILED, error.code, str(error))
    # A bug in a stage must not stop the batch: record it and go on.
    message = f"unexpected {type(error).__name__}: {error} (please report this as a bug)"
    return StageResult(stage, item, Status.FAILED, "E299", message)


def _each(
    store: Store,
    stage: Stage,
    items: list[int],
    name: Callable[[int], str],
    work: Callable[[int], None],
    progress: Progress,
) -> StageTally:
    tally = StageTally()
    began = time.perf_counter()
    progress.start(stage, len(items))
    for item in items:
        try:
            work(item)
            tally.ok += 1
        except Exception as error:  # noqa: BLE001 — every failure becomes a StageResult row
            store.record(stage_failure(stage, name(item), error))
            tally.failed += 1
        progress.advance(stage)
    progress.finish(stage)
    tally.seconds = time.perf_counter() - began
    return tally


def _normalise(store: Store, article_id: int) -> None:
    raw, version = store.load_raw(article_id)
    ingested = dict((v, at) for v, _hash, at in store.article_versions(article_id)).get(version)
    not_after = ingested.date() if ingested is not None else None  # the text cannot be newer than its ingestion
    store.save_article(normalise.normalise(raw, article_id, version, not_after=not_after))


def _extract(store: Store, article_id: int) -> None:
    article = store.load_article(article_id)
    store.save_extraction(extract.extract(article))
    _embed_ahead(store, article)


def _embed_ahead(store: Store, article: Article) -> None:
    """Embed the article for clustering now and keep the vector in the store.

    The sentence embedding is the costliest part of clustering, and the only part that needs no
    other article. Done here, it runs wherever extraction runs (worker processes, Spark partitions)
    instead of in the one process that streams articles into stories, which then reads the vector
    back. It changes nothing else: the clusterer asks for the same text and gets the same vector.
    """
    embedder = default_embedder()
    if embedder is None:
        return
    try:
        CachedEmbedder(embedder, store).embed([embedding_text(article.title, article.text)])
    except Exception:  # noqa: BLE001 — the cluster stage embeds again, and records the failure there
        return


def _clusterer(store: Store, pending: set[int]) -> cluster.StoryClusterer:
    """A clusterer that has seen every article already placed, in arrival order.

    Articles about to be (re)assigned are left out, so a new version of an
    article is not counted twice.
    """
    clusterer = cluster.StoryClusterer(embedder=_embedder(store))
    placed = [(a, story, copy) for a, story, copy in store.story_replay() if a not in pending]
    for at in range(0, len(placed), REPLAY_BATCH):
        batch = placed[at : at + REPLAY_BATCH]
        members = {m.article.id: m for m in store.load_analysed_many([a for a, _, _ in batch])}
        for article_id, story_id, copy_of in batch:
            clusterer.add(members[article_id], story_id, copy_of)
    return clusterer


def _embedder(store: Store) -> CachedEmbedder | None:
    # Vectors are kept in the store, so replaying the history does not embed it again.
    embedder = default_embedder()
    return CachedEmbedder(embedder, store) if embedder else None


@dataclass(slots=True)
class Stream:
    """The clustering stream, kept from one run to the next by a long-lived process (``telisik watch``).

    Building a clusterer replays every article already placed, which grows with the store. A process
    that runs again and again keeps it instead, and replays only when the store's placements are no
    longer the ones it left (another process ran, or a run redid clustering) or when an article it
    has already seen comes back as a new version. A new process starts from the checkpoint the last
    run left on disk (:mod:`telisik.checkpoint`) when it is still the store's state.
    """

    clusterer: cluster.StoryClusterer | None = None
    mark: tuple[object, ...] | None = None  # the store's placement mark when the clusterer was last in step
    replays: int = 0  # how many times the history was replayed (for tests and the curious)
    restored: int = 0  # how many times a checkpoint was loaded instead
    saved: tuple[object, ...] | None = None  # the mark of the checkpoint last written or read

    def clusterer_for(self, store: Store, pending: list[int]) -> cluster.StoryClusterer:
        known, mark = self.clusterer, store.placement_mark()
        if known is None or self.mark != mark or _seen(known, pending):
            known = checkpoint.load(store.url, mark)
            if known is not None and not _seen(known, pending):
                known.embedder = _embedder(store)
                self.restored += 1
                self.saved = mark
            else:
                known = _clusterer(store, set(pending))
                self.replays += 1
                self.saved = None
            self.clusterer = known
        return known

    def after(self, store: Store) -> None:
        """The clusterer is in step with the store: remember the mark, and leave a checkpoint for the next process."""
        self.mark = store.placement_mark()
        if self.clusterer is not None and self.mark != self.saved and checkpoint.save(store.url, self.mark, self.clusterer):
            self.saved = self.mark


def _seen(clusterer: cluster.StoryClusterer, pending: list[int]) -> bool:
    """Whether an article about to be (re)assigned is already in ``clusterer`` (a new version of it)."""
    return any(i in clusterer.story_of_article for i in pending)


def _cluster(store: Store, clusterer: cluster.StoryClusterer | None, article_id: int) -> None:
    # The extraction's canonical entities are one of the clustering signals.
    assert clusterer is not None, "a clusterer is built whenever there are articles to place"
    store.save_assignment(clusterer.assign(store.load_analysed(article_id)))


def _reconcile(store: Store, story_id: int) -> None:
    members = store.story_members(story_id)
    # Syndicated copies (the cluster stage's copy_of) count once among independent sources.
    ids = {m.article.id for m in members}
    copies = {copy: original for copy, original in store.copies_in_story(story_id).items() if original in ids}
    store.save_comparison(reconcile.reconcile(story_id, members, copies))


def _summarise(store: Store, story_id: int) -> None:
    members = store.story_members(story_id)
    store.save_summary(summarise.summarise(story_id, members, store.load_comparison(story_id)))


# The stages whose items are independent of each other: (work on one item, its StageResult name).
ITEM_STAGES: dict[Stage, tuple[Callable[[Store, int], None], Callable[[int], str]]] = {
    Stage.NORMALISE: (_normalise, article_item),
    Stage.EXTRACT: (_extract, article_item),
    Stage.RECONCILE: (_reconcile, story_item),
    Stage.SUMMARISE: (_summarise, story_item),
}


def run_items(url: str, stage: Stage, items: Sequence[int]) -> StageTally:
    """Run one item stage over ``items`` in the store at ``url``: what a worker process or Spark partition does."""
    work, name = ITEM_STAGES[stage]
    store = Store.open(url)
    try:
        with store.relaxed_commits():
            return _each(store, stage, list(items), name, lambda i: work(store, i), _Silent())
    finally:
        store.close()


class Parallel(Protocol):
    """Runs an item stage's items elsewhere (:mod:`telisik.parallel`), each share through :func:`run_items`."""

    def run_stage(self, url: str, stage: Stage, items: list[int]) -> StageTally: ...


def _item_stage(
    store: Store, stage: Stage, items: list[int], progress: Progress, parallel: Parallel | None
) -> StageTally:
    work, name = ITEM_STAGES[stage]
    if parallel is None or not items:
        return _each(store, stage, items, name, lambda i: work(store, i), progress)
    began = time.perf_counter()
    progress.start(stage, len(items))
    tally = parallel.run_stage(store.url, stage, items)
    for _ in items:
        progress.advance(stage)
    progress.finish(stage)
    tally.seconds = time.perf_counter() - began
    return tally


def run(
    store: Store,
    from_stage: Stage | None = None,
    progress: Progress | None = None,
    parallel: Parallel | None = None,
    stream: Stream | None = None,
) -> RunReport:
    """Stages 2–6 over everything not yet done (or, with ``from_stage``, redo from there).

    With ``parallel``, normalise, extract, reconcile and summarise run in its workers; the result is the
    same as in one process. With ``stream``, the clusterer of the previous run is reused when it is still
    in step with the store (:class:`Stream`); the stories are the same either way.
    """
    with store.run_lock(), store.relaxed_commits():
        return _run(store, from_stage, progress or _Silent(), parallel, stream or Stream())


def _run(
    store: Store, from_stage: Stage | None, progress: Progress, parallel: Parallel | None, stream: Stream
) -> RunReport:
    if from_stage is not None:
        store.reset_from(from_stage)
    report = RunReport()
    for stage in (Stage.NORMALISE, Stage.EXTRACT):
        report.stages[stage] = _item_stage(store, stage, store.pending_articles(stage), progress, parallel)
    # From here on the articles' texts and extractions stay as they are: clustering reads each new one,
    # reconcile and summarise read them again as story members, so the store keeps what it read.
    with store.keeping_analysed():
        pending = store.pending_articles(Stage.CLUSTER)
        # Nothing to place (a run with nothing new, or one redoing reconcile or summarise): no clusterer is
        # built, which would cost a checkpoint read or a replay of the store's whole history.
        clusterer = stream.clusterer_for(store, pending) if pending else None
        try:
            tally = _each(store, Stage.CLUSTER, pending, article_item, lambda i: _cluster(store, clusterer, i), progress)
        except BaseException:  # interrupted between an assignment and its commit: replay next time
            stream.clusterer = None
            raise
        report.stages[Stage.CLUSTER] = tally
        if tally.failed:  # the clusterer may hold an article the store does not: replay next time
            stream.clusterer = None
        elif pending:
            stream.after(store)
        for stage in (Stage.RECONCILE, Stage.SUMMARISE):
            report.stages[stage] = _item_stage(store, stage, store.pending_stories(stage), progress, parallel)
    return report
