"""The public Python API: what the CLI, the web server and Spark jobs share.

>>> from telisik import api
>>> store = api.open_store("telisik.db")
>>> api.ingest(store, ["examples/"])                       # doctest: +SKIP
>>> api.run(store)                                         # doctest: +SKIP
>>> [s["id"] for s in api.stories(store)]                  # doctest: +SKIP

Every function takes a :class:`~telisik.store.Store` (or builds records without
one: :func:`analyse_text`, :func:`analyse_record`) and returns records or the
JSON-ready dictionaries of :mod:`telisik.serialise`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Mapping

import httpx

from telisik import extract, normalise, pipeline, serialise
from telisik.errors import ConfigError, StoreError, TelisikError
from telisik.ingest.web import Revalidation
from telisik.models import (
    AnalysedArticle,
    Article,
    IngestReport,
    RawDocument,
    SourceFormat,
    Stage,
)
from telisik.settings import Settings, load_settings
from telisik.store import Store, StoryListing

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
TEXT_EXPORT_FORMATS = ("jsonl", "csv")


def open_store(db: str | None = None, settings: Settings | None = None) -> Store:
    """Open the database named by ``db``, else ``TELISIK_DB``, else ``./telisik.db``."""
    settings = (settings or load_settings()).with_db(db)
    return Store.open(settings.db_url)


def ingest(
    store: Store,
    sources: Iterable[str],
    settings: Settings | None = None,
    client: httpx.Client | None = None,
    progress: pipeline.Progress | None = None,
) -> IngestReport:
    return pipeline.ingest(store, sources, settings or load_settings(), client, progress)


def run(
    store: Store,
    from_stage: Stage | str | None = None,
    progress: pipeline.Progress | None = None,
    parallel: pipeline.Parallel | None = None,
):
    """Run stages 2–6 over what is pending (see :mod:`telisik.pipeline`), optionally in ``parallel`` workers
    (:class:`telisik.parallel.ProcessPool`, :class:`telisik.parallel.SparkPartitions`)."""
    if isinstance(from_stage, str):
        from_stage = parse_stage(from_stage)
    return pipeline.run(store, from_stage, progress, parallel)


@dataclass(frozen=True, slots=True)
class Round:
    """One round of :func:`watch`: when it began, what ingest read and what the run did."""

    number: int
    began: datetime
    ingested: IngestReport
    ran: pipeline.RunReport


def watch(
    store: Store,
    sources: Iterable[str],
    every: float,
    rounds: int | None = None,
    settings: Settings | None = None,
    client: httpx.Client | None = None,
    parallel: pipeline.Parallel | None = None,
    on_round: Callable[[Round], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Poll ``sources`` (feeds, pages, folders) every ``every`` seconds: ingest what is new, run it through.

    Each round reads every source again; ingest is idempotent, so a feed entry or a file seen before changes
    nothing and only new or changed documents go through the stages. URLs are fetched conditionally
    (``If-None-Match`` / ``If-Modified-Since`` from the last round), so an unchanged feed costs its server
    a "304 Not Modified", and the clusterer is kept from round to round (:class:`telisik.pipeline.Stream`)
    rather than rebuilt from the whole store. A source that cannot be read this round
    (the network, a broken feed) is recorded as an ingest failure and the round goes on. Runs ``rounds``
    rounds, or until interrupted; returns how many rounds finished.
    """
    if every < 0:
        raise ConfigError(f"the interval must be 0 or more seconds, not {every}")
    if rounds is not None and rounds < 1:
        raise ConfigError(f"rounds must be 1 or more, not {rounds}")
    sources = list(sources)
    settings = settings or load_settings()
    revalidation = Revalidation()  # between rounds, a feed that has not changed answers 304, not the feed
    stream = pipeline.Stream()  # the clusterer stays in memory: a round does not replay the whole history
    done = 0
    while rounds is None or done < rounds:
        began = datetime.now(timezone.utc)
        ingested = pipeline.ingest(store, sources, settings, client, revalidation=revalidation)
        ran = pipeline.run(store, parallel=parallel, stream=stream)
        done += 1
        if on_round is not None:
            on_round(Round(done, began, ingested, ran))
        if rounds is None or done < rounds:
            sleep(every)
    return done


def parse_stage(name: str) -> Stage:
    runnable = [s.value for s in Stage.ordered() if s is not Stage.INGEST]
    if name not in runnable:
        raise ConfigError(f"unknown stage {name!r}; choose one of {', '.join(runnable)}")
    return Stage(name)


# --------------------------------------------------------------------------- one document, no store


def _parse_published(value: str | date | datetime | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"published date {value!r} is not ISO 8601 (YYYY-MM-DD or a full datetime)") from None


def raw_from_text(
    text: str,
    *,
    doc_id: str,
    lang: str | None = None,
    published: str | date | datetime | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> RawDocument:
    """A raw document for text that did not come through ingest (analysis, evaluation)."""
    digest = hashlib.sha256(f"{title or ''}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()
    return RawDocument(
        source_key=url or f"doc:{doc_id}",
        content_hash=digest,
        format=SourceFormat.TEXT,
        body=text,
        origin=doc_id,
        url=url,
        external_id=doc_id,
        title=title or None,
        outlet=outlet or None,
        published=_parse_published(published),
        lang=lang or None,
    )


def raw_from_record(record: Mapping[str, Any]) -> RawDocument:
    """A raw document from a ``{id, lang?, published?, title?, outlet?, url?, text}`` record."""
    return raw_from_text(
        str(record.get("text") or ""),
        doc_id=str(record.get("id", "")),
        lang=record.get("lang"),
        published=record.get("published"),
        title=record.get("title"),
        outlet=record.get("outlet"),
        url=record.get("url"),
    )


def article_from_record(record: Mapping[str, Any], article_id: int, *, not_after: date | None = None) -> Article:
    """Normalise one record (no extraction): what clustering needs. ``not_after``: the day it was
    read, if known; without it the publication date rests on the text alone and no clock is read."""
    return normalise.normalise(raw_from_record(record), article_id, 1, not_after=not_after)


def analyse_article(article: Article) -> AnalysedArticle:
    return AnalysedArticle(article, extract.extract(article))


def analyse_record(record: Mapping[str, Any], article_id: int, *, not_after: date | None = None) -> AnalysedArticle:
    """Normalise and extract one record, without a store (``not_after`` as in :func:`article_from_record`)."""
    return analyse_article(article_from_record(record, article_id, not_after=not_after))


def analyse_text(
    text: str, *, doc_id: str, article_id: int = 0, not_after: date | None = None, **metadata: Any
) -> AnalysedArticle:
    """Normalise and extract a text; ``metadata``: lang, published, title, outlet, url."""
    raw = raw_from_text(text, doc_id=doc_id, **metadata)
    return analyse_article(normalise.normalise(raw, article_id, 1, not_after=not_after))


def analyse_files(paths: Iterable[Path], published: str | None = None) -> Iterator[dict[str, Any]]:
    """The ``telisik analyze`` output: one dictionary per document of text or JSONL files, read
    today (a publication date inferred from the text is no later than today).

    A document that cannot be analysed (no words, a bug) yields ``{"id", "error": {"code", "message"}}``
    and the others go on; a missing file or a line that is not JSON stops with a :class:`ConfigError`.
    """
    today = date.today()
    number = 0
    for path in paths:
        if not path.is_file():
            raise ConfigError(f"{path}: no such file")
        if path.suffix.lower() == ".jsonl":
            for line_number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ConfigError(f"{path}:{line_number}: not JSON ({exc.msg})") from None
                number += 1
                yield analysis_or_failure(record, number, not_after=today)
        else:
            number += 1
            text = path.read_text("utf-8", errors="replace")
            yield _guarded(path.stem, lambda: analyse_text(
                text, doc_id=path.stem, article_id=number, not_after=today, published=published))


def analysis_or_failure(record: Mapping[str, Any], number: int, *, not_after: date | None = None) -> dict[str, Any]:
    """:func:`analyse_record` as ``telisik analyze`` writes it, or the reason it failed: one document alone."""
    return _guarded(str(record.get("id", number)), lambda: analyse_record(record, number, not_after=not_after))


def _guarded(doc_id: str, analyse: Callable[[], AnalysedArticle]) -> dict[str, Any]:
    try:
        return serialise.analysis(analyse(), doc_id)
    except Exception as exc:  # noqa: BLE001 — a bug on one document must not lose the others
        if isinstance(exc, TelisikError):
            exc.item = None  # "article:N" numbers documents of one call (one Spark partition): the id says which
        failed = pipeline.stage_failure(Stage.EXTRACT, doc_id, exc)
        return {"id": doc_id, "error": {"code": failed.code, "message": failed.message}}


def analyse_partition(records: Iterable[Mapping[str, Any] | str]) -> Iterator[dict[str, Any]]:
    """Analyse a partition of records (dictionaries or JSON lines) as :func:`analysis_or_failure` does.

    What a Spark job maps over an archive, store or no store::

        lines = spark.sparkContext.textFile("archive/*.jsonl")
        lines.mapPartitions(api.analyse_partition).map(json.dumps).saveAsTextFile("analysed/")

    Numbers within a partition start at 1; a document's ``id`` comes from its record. No clock is read:
    a publication date rests on the record and the text alone.
    """
    for number, record in enumerate(records, 1):
        if isinstance(record, str):
            try:
                record = json.loads(record)
            except json.JSONDecodeError as exc:
                yield {"id": None, "error": {"code": "E105", "message": f"line {number} is not JSON ({exc.msg})"}}
                continue
            if not isinstance(record, Mapping):
                yield {"id": None, "error": {"code": "E105", "message": f"line {number} is not a JSON object"}}
                continue
        yield analysis_or_failure(record, number)


# --------------------------------------------------------------------------- reading the store


def stories(store: Store) -> list[dict[str, Any]]:
    return [serialise.story_listing(s) for s in store.list_stories()]


def _listing(store: Store, story_id: int) -> StoryListing:
    found = store.list_stories([story_id])
    if not found:
        raise StoreError(f"no story {story_id}", hint="list the stories with `telisik stories`")
    return found[0]


def story(store: Store, story_id: int) -> dict[str, Any]:
    """One story with its comparison, quotes, flags, summary and timeline."""
    listing = _listing(store, story_id)
    return serialise.story_detail(
        listing, store.load_comparison(story_id), store.load_summary(story_id), store.story_members(story_id)
    )


def article(store: Store, article_id: int) -> dict[str, Any]:
    analysed = store.load_analysed(article_id)
    return serialise.article_detail(analysed, store.story_of(article_id), store.article_versions(article_id))


def _article_rows(store: Store) -> Iterator[dict[str, Any]]:
    for article_id in store.article_ids():
        yield serialise.article_row(store.load_article(article_id), store.story_of(article_id))


def export(store: Store, fmt: str, out: IO[str]) -> int:
    """Write every article as JSONL or CSV rows; return how many (Parquet: :func:`export_parquet`)."""
    if fmt == "parquet":
        raise ConfigError("Parquet is binary and goes to a file: use export_parquet(store, path)")
    if fmt not in TEXT_EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    count = 0
    writer = None
    for row in _article_rows(store):
        if fmt == "jsonl":
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
        count += 1
    return count


# Parquet writes in row groups of this many articles, so memory stays flat over a large store.
PARQUET_ROW_GROUP = 2000


def export_parquet(store: Store, path: Path) -> int:
    """Write every article, the columns of :func:`telisik.serialise.article_row`, to a Parquet file (needs the
    ``parquet`` extra: pyarrow); return how many."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError("Parquet export needs pyarrow: pip install 'telisik[parquet]'") from None
    schema = pa.schema([
        ("id", pa.int64()), ("story", pa.int64()), ("outlet", pa.string()), ("title", pa.string()),
        ("url", pa.string()), ("lang", pa.string()), ("published", pa.string()),
        ("published_inferred", pa.bool_()), ("dateline_outlet", pa.string()), ("dateline_place", pa.string()),
        ("text", pa.string()),
    ])
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in _article_rows(store):
            batch.append(row)
            if len(batch) == PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
