"""The one owner of the database: every read and write of telisik goes through :class:`Store`.

Each write that finishes a stage on an item commits the stage's output and its
``StageResult`` row in one transaction, so a run killed at any moment leaves
either both or neither, and the next run picks up what is missing.
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterator, Literal, Sequence

import numpy as np
import sqlalchemy as sa
from numpy.typing import NDArray
from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

try:
    import fcntl
except ImportError:  # not POSIX (Windows): SQLite runs go unlocked
    fcntl = None  # type: ignore[assignment]

from telisik.errors import StoreError
from telisik.models import (
    AnalysedArticle,
    Article,
    Assignment,
    CanonicalEntity,
    ClaimGroup,
    ClaimRef,
    CitedSentence,
    Comparison,
    EventGroup,
    EventMention,
    Extraction,
    IngestFailure,
    RawDocument,
    Sentence,
    Span,
    Stage,
    StageResult,
    Status,
    Summary,
    TimelineEntry,
    Verdict,
)
from telisik.store import codec, schema
from telisik.store.migrations import migrate

IN_LIST_MAX = 900  # ids in one IN (...) list: under the 999 parameters of older SQLite builds
# Analysed articles a run keeps in memory (Store.keeping_analysed): a story's members are read by clustering,
# then for reconcile and again for summarise. An Indonesian news article with its extraction takes about 23 kB
# here (measured with tracemalloc on 300 IndoSum articles), so this bounds the memory at about 70 MB.
ANALYSED_KEPT = 3000


@functools.lru_cache(maxsize=None)
def _rows_among(table: sa.Table, column: str, order: tuple[str, ...] = ()) -> sa.Select[Any]:
    """``SELECT * FROM table WHERE column IN :ids ORDER BY order``, built once: run with ``{"ids": [...]}``.
    Building the statement on each call cost more CPU than running it (see ``_upsert_statement``)."""
    where = table.c[column].in_(sa.bindparam("ids", expanding=True))
    return sa.select(table).where(where).order_by(*(table.c[name] for name in order))


@functools.lru_cache(maxsize=None)
def _where(table: sa.Table, column: str, order: tuple[str, ...] = (), only: tuple[str, ...] = ()) -> sa.Select[Any]:
    """``SELECT only-or-* FROM table WHERE column = :key_ ORDER BY order``, built once: run with ``{"key_": value}``."""
    chosen: list[Any] = [table.c[name] for name in only] or [table]
    return sa.select(*chosen).where(table.c[column] == sa.bindparam("key_")).order_by(*(table.c[name] for name in order))


@functools.lru_cache(maxsize=None)
def _delete_where(table: sa.Table, column: str) -> sa.Delete:
    """``DELETE FROM table WHERE column = :key_``, built once."""
    return table.delete().where(table.c[column] == sa.bindparam("key_"))


@functools.lru_cache(maxsize=None)
def _update_where(table: sa.Table, column: str) -> sa.Update:
    """``UPDATE table SET (the columns given) WHERE column = :key_``, built once: run with the values and ``key_``."""
    return table.update().where(table.c[column] == sa.bindparam("key_"))


def _prebuilt() -> tuple[sa.Select[Any], sa.Select[Any], sa.Select[Any], sa.Select[Any], sa.Delete]:
    a, v, c, m = schema.articles, schema.article_versions, schema.claims, schema.claim_group_members
    raw = (
        sa.select(a.c.source_key, v)
        .join(v, (v.c.article_id == a.c.id) & (v.c.version == a.c.current_version))
        .where(a.c.id == sa.bindparam("key_"))
    )
    claim_id = sa.select(c.c.id).where(
        c.c.article_id == sa.bindparam("article_id_"), c.c.kind == sa.bindparam("kind_"),
        c.c.start == sa.bindparam("start_"), c.c.end == sa.bindparam("end_"), c.c.field == sa.bindparam("field_"),
    )
    members = (
        sa.select(c, a.c.outlet, a.c.published.label("article_published"))
        .join(m, m.c.claim_id == c.c.id)
        .join(a, a.c.id == c.c.article_id)
        .where(m.c.group_id == sa.bindparam("key_"))
        # the id breaks ties (a title claim and a text claim both at 0): within
        # one article, ids follow the order extraction wrote them in
        .order_by(c.c.article_id, c.c.start, c.c.id)
    )
    e, r = schema.embeddings, schema.stage_results
    embedding = sa.select(e.c.vector).where(e.c.model == sa.bindparam("model_"), e.c.digest == sa.bindparam("digest_"))
    forget = r.delete().where(r.c.item == sa.bindparam("item_"), r.c.stage.in_(sa.bindparam("stages_", expanding=True)))
    return raw, claim_id, members, embedding, forget


# The statements run for every item, built once (see _upsert_statement for why).
_RAW_QUERY, _CLAIM_ID_QUERY, _GROUP_MEMBERS_QUERY, _EMBEDDING_QUERY, _FORGET_STORY_RESULTS = _prebuilt()

IngestOutcome = Literal["added", "updated", "unchanged"]

# Stages whose items are articles, and those whose items are stories.
ARTICLE_STAGES = (Stage.NORMALISE, Stage.EXTRACT, Stage.CLUSTER)
STORY_STAGES = (Stage.RECONCILE, Stage.SUMMARISE)


def article_item(article_id: int) -> str:
    return f"article:{article_id}"


def story_item(story_id: int) -> str:
    return f"story:{story_id}"


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """One article of a story, as the story listing shows it."""

    id: int
    outlet: str | None
    title: str | None
    lead: str  # the first sentence, for articles without a title
    published: date | datetime | None
    published_inferred: bool
    score: float
    reason: str
    copy_of: int | None = None  # the article this one is a near-copy of (issue 5)
    evidence: dict[str, Any] | None = None  # the assignment's structured evidence (issue 5)


@dataclass(frozen=True, slots=True)
class StoryListing:
    id: int
    articles: tuple[StoryArticle, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        return tuple(sorted({a.outlet for a in self.articles if a.outlet}))


def _evidence_record(assignment: Assignment) -> dict[str, Any] | None:
    """An assignment's evidence as JSON (issue 5)."""
    e = assignment.evidence
    if e is None:
        return None
    return {
        "story": e.story_key,
        "probability": e.probability,
        "signals": dict(e.signals),
        "shared_terms": list(e.shared_terms),
        "shared_names": list(e.shared_names),
        "time_gap_days": e.time_gap_days,
        "copy_of": e.copy_of,
    }


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _new_id(result: sa.CursorResult) -> int:
    """The primary key an INSERT just made."""
    key = result.inserted_primary_key
    assert key is not None  # every table written this way has an integer primary key
    return int(key[0])


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed transaction
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _upsert(conn: sa.Connection, table: sa.Table, values: dict[str, Any]) -> None:
    """Insert a row, or overwrite the row with the same primary key: one statement on either backend."""
    conn.execute(_upsert_statement(conn.dialect.name, table, tuple(values)), values)


@functools.lru_cache(maxsize=64)
def _upsert_statement(dialect: str, table: sa.Table, columns: tuple[str, ...]) -> sa.Executable:
    """The upsert of ``columns`` into ``table``, built once and run with bound values, so each call
    reuses the compiled statement: a stage result's upsert took 0.25–0.29 ms of CPU when the statement
    was built with the values in, 0.024–0.029 ms this way (SQLite, 2,000 in one transaction)."""
    insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
    keys = [column.name for column in table.primary_key.columns]
    statement = insert(table)
    return statement.on_conflict_do_update(
        index_elements=keys, set_={name: statement.excluded[name] for name in columns if name not in keys}
    )


SUPPORTED_DIALECTS = ("sqlite", "postgresql")
RUN_LOCK_KEY = 0x74656C69  # "teli": the advisory-lock class of `telisik run` on PostgreSQL
POSTGRES_DRIVER = "postgresql+psycopg"  # the `postgres` extra installs psycopg 3
POSTGRES_HINT = "check that the server is running and the URL's user, host, port and database"


def _without_password(url: str) -> str:
    """``url`` fit for an error message: a password becomes ``***``."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


def driver_url(url: str) -> str:
    """``url`` with the PostgreSQL driver telisik installs named, when it names none.

    A libpq URL (``postgresql://`` or ``postgres://``) would otherwise ask SQLAlchemy for psycopg2.
    """
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return POSTGRES_DRIVER + "://" + url[len(scheme):]
    return url


class Store:
    """A telisik database: SQLite by default, PostgreSQL for a shared, larger store."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._kept: dict[int, AnalysedArticle] | None = None  # see keeping_analysed
        self._kept_most = 0
        self._relaxed = False  # see relaxed_commits

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, url: str) -> Store:
        """Open (creating and migrating if needed) the database at a SQLAlchemy URL."""
        shown, url = _without_password(url), driver_url(url)
        try:
            backend = sa.engine.make_url(url).get_backend_name()
        except sa.exc.ArgumentError as exc:
            raise StoreError(f"cannot open database {shown!r}: {exc}") from None
        if backend not in SUPPORTED_DIALECTS:
            raise StoreError(f"cannot open database {shown!r}: telisik stores in SQLite or PostgreSQL, not {backend}",
                             hint="--db takes a file path, sqlite:///PATH or postgresql://USER@HOST/DATABASE")
        try:
            engine = sa.create_engine(url)
        except ImportError as exc:
            hint = "pip install 'telisik[postgres]'" if backend == "postgresql" else None
            raise StoreError(f"cannot open database {shown!r}: {exc}", hint=hint) from None
        except sa.exc.ArgumentError as exc:
            raise StoreError(f"cannot open database {shown!r}: {exc}") from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            with engine.begin() as conn:
                migrate(conn)
        except sa.exc.OperationalError as exc:
            engine.dispose()
            reason = " ".join(str(exc.orig).split())  # libpq's messages run over several lines
            hint = POSTGRES_HINT if backend == "postgresql" else None
            raise StoreError(f"cannot open database {shown!r}: {reason}", hint=hint) from None
        return store

    @property
    def url(self) -> str:
        """The database's URL, password included: what another process needs to open the same store."""
        return self.engine.url.render_as_string(hide_password=False)

    def close(self) -> None:
        self.engine.dispose()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sa.Connection]:
        with self.engine.begin() as conn:
            if self._relaxed and self.engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
            yield conn

    @contextlib.contextmanager
    def relaxed_commits(self) -> Iterator[None]:
        """Within the block, a commit returns before PostgreSQL has flushed it to disk.

        A pipeline run commits once per item and stage, and without the wait a run took about a fifth
        less time on PostgreSQL (bench/README.md, noisy). What is given up is what SQLite's WAL mode with
        ``synchronous=NORMAL`` gives up too: a crash of telisik loses nothing committed, a crash of the
        server or the machine may undo the last fraction of a second of commits, each whole, never a
        part of one. The undone items' stage results go with them, so the next run simply does them
        again. Ingest stays outside: a fetched page may not be fetchable twice.
        """
        before, self._relaxed = self._relaxed, True
        try:
            yield
        finally:
            self._relaxed = before

    @contextlib.contextmanager
    def run_lock(self) -> Iterator[None]:
        """Held by a pipeline run: a second run on the same store is refused rather than interleaved.

        Two runs at once would stream the same articles into stories twice. PostgreSQL holds a
        session-level advisory lock for the store's schema; SQLite an exclusive ``flock`` on a file
        beside the database (``telisik.db-lock``). Both go when their process does, so a killed run
        never leaves the store locked. Workers of a run (:mod:`telisik.parallel`) do not take it.
        """
        busy = StoreError("another telisik run is working on this database",
                          hint="wait for it to finish, or stop it; a killed run releases the lock")
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                held = sa.text("SELECT pg_try_advisory_lock(:key, hashtext(current_schema()))")
                if not conn.execute(held, {"key": RUN_LOCK_KEY}).scalar():
                    raise busy
                try:
                    yield
                finally:
                    conn.execute(sa.text("SELECT pg_advisory_unlock(:key, hashtext(current_schema()))"),
                                 {"key": RUN_LOCK_KEY})
            return
        path = self.engine.url.database
        if not path or path == ":memory:" or fcntl is None:  # nothing another process could open
            yield
            return
        with open(f"{path}-lock", "a", encoding="utf-8") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise busy from None
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # ------------------------------------------------------------------ ingest

    def add_document(self, doc: RawDocument) -> tuple[IngestOutcome, int]:
        """Store a raw document; same content is a no-op, a new one at a known key a new version."""
        v, a = schema.article_versions, schema.articles
        with self.transaction() as conn:
            known = conn.execute(sa.select(v.c.article_id).where(v.c.content_hash == doc.content_hash)).first()
            if known is not None:
                # Nothing to write; only an earlier failure of this origin is now out of date.
                r = schema.stage_results
                conn.execute(r.delete().where(r.c.stage == Stage.INGEST.value, r.c.item == doc.origin,
                                              r.c.status == Status.FAILED.value))
                return "unchanged", known.article_id
            existing = conn.execute(
                sa.select(a.c.id, a.c.current_version).where(a.c.source_key == doc.source_key)
            ).first()
            outcome: IngestOutcome
            if existing is None:
                article_id = _new_id(
                    conn.execute(a.insert().values(source_key=doc.source_key, current_version=1, created_at=_now()))
                )
                version, outcome = 1, "added"
            else:
                article_id, version, outcome = existing.id, existing.current_version + 1, "updated"
                conn.execute(a.update().where(a.c.id == article_id).values(current_version=version))
                # A new version goes through every stage again.
                self._forget_article_results(conn, article_id)
            conn.execute(
                v.insert().values(
                    article_id=article_id, version=version, ingested_at=_now(), **codec.version_values(doc)
                )
            )
            self._record(conn, StageResult(Stage.INGEST, doc.origin, Status.OK))
            return outcome, article_id

    def record_ingest_failure(self, failure: IngestFailure) -> None:
        with self.transaction() as conn:
            self._record(
                conn, StageResult(Stage.INGEST, failure.origin, Status.FAILED, failure.code, failure.message)
            )

    # ------------------------------------------------------------------ stage bookkeeping

    def _record(self, conn: sa.Connection, result: StageResult) -> None:
        _upsert(conn, schema.stage_results, {
            "stage": result.stage.value,
            "item": result.item,
            "status": result.status.value,
            "code": result.code,
            "message": result.message,
            "updated_at": _now(),
        })

    def record(self, result: StageResult) -> None:
        with self.transaction() as conn:
            self._record(conn, result)

    def _forget_article_results(self, conn: sa.Connection, article_id: int) -> None:
        r = schema.stage_results
        stages = [s.value for s in ARTICLE_STAGES]
        conn.execute(r.delete().where(r.c.item == article_item(article_id), r.c.stage.in_(stages)))

    def _forget_story_results(self, conn: sa.Connection, story_id: int) -> None:
        stages = [s.value for s in STORY_STAGES]
        conn.execute(_FORGET_STORY_RESULTS, {"item_": story_item(story_id), "stages_": stages})

    def results(self, stage: Stage | None = None, status: Status | None = None) -> list[StageResult]:
        r = schema.stage_results
        query = sa.select(r).order_by(r.c.stage, r.c.item)
        if stage is not None:
            query = query.where(r.c.stage == stage.value)
        if status is not None:
            query = query.where(r.c.status == status.value)
        with self.engine.connect() as conn:
            return [
                StageResult(Stage(row.stage), row.item, Status(row.status), row.code, row.message)
                for row in conn.execute(query)
            ]

    def _ok_items(self, conn: sa.Connection, stage: Stage) -> set[str]:
        r = schema.stage_results
        query = sa.select(r.c.item).where(r.c.stage == stage.value, r.c.status == Status.OK.value)
        return set(conn.execute(query).scalars())

    def pending_articles(self, stage: Stage) -> list[int]:
        """Articles, in arrival order, that passed the previous stage but not this one."""
        position = ARTICLE_STAGES.index(stage)
        with self.engine.connect() as conn:
            ids = conn.execute(sa.select(schema.articles.c.id).order_by(schema.articles.c.id)).scalars().all()
            done = self._ok_items(conn, stage)
            ready = self._ok_items(conn, ARTICLE_STAGES[position - 1]) if position > 0 else None
        return [i for i in ids if article_item(i) not in done and (ready is None or article_item(i) in ready)]

    def pending_stories(self, stage: Stage) -> list[int]:
        position = STORY_STAGES.index(stage)
        with self.engine.connect() as conn:
            ids = conn.execute(sa.select(schema.stories.c.id).order_by(schema.stories.c.id)).scalars().all()
            done = self._ok_items(conn, stage)
            ready = self._ok_items(conn, STORY_STAGES[position - 1]) if position > 0 else None
        return [i for i in ids if story_item(i) not in done and (ready is None or story_item(i) in ready)]

    def reset_from(self, stage: Stage) -> None:
        """Forget the results of ``stage`` and every later one, so a run redoes them."""
        later = Stage.ordered()[Stage.ordered().index(stage) :]
        r = schema.stage_results
        with self.transaction() as conn:
            conn.execute(r.delete().where(r.c.stage.in_([s.value for s in later if s is not Stage.INGEST])))
            if Stage.CLUSTER in later:
                # Clustering is a stream: re-running it means re-streaming every article.
                conn.execute(schema.story_articles.delete())
                conn.execute(schema.stories.delete())
            if self._kept is not None:
                self._kept.clear()

    # ------------------------------------------------------------------ normalise

    def load_raw(self, article_id: int) -> tuple[RawDocument, int]:
        """The current version of an article's raw document, and its version number."""
        with self.engine.connect() as conn:
            row = conn.execute(_RAW_QUERY, {"key_": article_id}).mappings().first()
        if row is None:
            raise StoreError(f"no article {article_id}", hint="list articles with `telisik stories`")
        return codec.raw_document(row["source_key"], row), row["version"]

    def save_article(self, article: Article) -> None:
        self._forget_kept(article.id)
        a, s = schema.articles, schema.sentences
        with self.transaction() as conn:
            conn.execute(_update_where(a, "id"), {**codec.article_values(article), "key_": article.id})
            conn.execute(_delete_where(s, "article_id"), {"key_": article.id})
            if article.sentences:
                conn.execute(
                    s.insert(),
                    [
                        {"article_id": article.id, "position": i, "start": x.start, "end": x.end}
                        for i, x in enumerate(article.sentences)
                    ],
                )
            self._record(conn, StageResult(Stage.NORMALISE, article_item(article.id), Status.OK))

    def load_article(self, article_id: int) -> Article:
        a, s = schema.articles, schema.sentences
        with self.engine.connect() as conn:
            row = conn.execute(_where(a, "id"), {"key_": article_id}).mappings().first()
            if row is None:
                raise StoreError(f"no article {article_id}", hint="list articles with `telisik stories`")
            sentences = [
                Sentence(x.start, x.end) for x in conn.execute(_where(s, "article_id", ("position",)), {"key_": article_id})
            ]
        return codec.article(row, sentences)

    def article_ids(self) -> list[int]:
        with self.engine.connect() as conn:
            return list(conn.execute(sa.select(schema.articles.c.id).order_by(schema.articles.c.id)).scalars())

    def article_versions(self, article_id: int) -> list[tuple[int, str, datetime]]:
        """(version, content hash, ingested at) of each stored version, oldest first."""
        v = schema.article_versions
        query = sa.select(v.c.version, v.c.content_hash, v.c.ingested_at).where(v.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [tuple(row) for row in conn.execute(query.order_by(v.c.version))]  # type: ignore[misc]

    # ------------------------------------------------------------------ extract

    def save_extraction(self, extraction: Extraction) -> None:
        article_id = extraction.article_id
        self._forget_kept(article_id)
        rows = {
            schema.date_mentions: [codec.date_mention_values(article_id, m) for m in extraction.dates],
            schema.number_mentions: [codec.number_mention_values(article_id, m) for m in extraction.numbers],
            schema.entity_mentions: [codec.entity_mention_values(article_id, m) for m in extraction.entities],
            schema.claims: [codec.claim_values(article_id, c) for c in extraction.claims],
            schema.quotes: [codec.quote_values(article_id, q) for q in extraction.quotes],
            schema.flags: [codec.flag_values(article_id, f) for f in extraction.flags],
            schema.quantities: [codec.quantity_values(article_id, q) for q in extraction.quantities],  # issue 6a
        }
        with self.transaction() as conn:
            for table, values in rows.items():
                conn.execute(_delete_where(table, "article_id"), {"key_": article_id})
                if values:
                    conn.execute(table.insert(), values)
            self._record(conn, StageResult(Stage.EXTRACT, article_item(article_id), Status.OK))

    def load_extraction(self, article_id: int) -> Extraction:
        def rows(conn: sa.Connection, table: sa.Table) -> list[codec.Row]:
            query = sa.select(table).where(table.c.article_id == article_id).order_by(table.c.id)
            return list(conn.execute(query).mappings())

        with self.engine.connect() as conn:
            return Extraction(
                article_id=article_id,
                dates=tuple(map(codec.date_mention, rows(conn, schema.date_mentions))),
                numbers=tuple(map(codec.number_mention, rows(conn, schema.number_mentions))),
                entities=tuple(map(codec.entity_mention, rows(conn, schema.entity_mentions))),
                claims=tuple(map(codec.claim, rows(conn, schema.claims))),
                quotes=tuple(map(codec.quote, rows(conn, schema.quotes))),
                flags=tuple(map(codec.flag, rows(conn, schema.flags))),
                quantities=tuple(map(codec.quantity, rows(conn, schema.quantities))),  # issue 6a
            )

    def load_analysed(self, article_id: int) -> AnalysedArticle:
        found = self.load_analysed_many([article_id])
        if not found:
            raise StoreError(f"no article {article_id}", hint="list articles with `telisik stories`")
        return found[0]

    # the extraction tables and how a row of each becomes a record, in Extraction's field order
    _EXTRACTION_READERS: tuple[tuple[str, sa.Table, Any], ...] = (
        ("dates", schema.date_mentions, codec.date_mention),
        ("numbers", schema.number_mentions, codec.number_mention),
        ("entities", schema.entity_mentions, codec.entity_mention),
        ("claims", schema.claims, codec.claim),
        ("quotes", schema.quotes, codec.quote),
        ("flags", schema.flags, codec.flag),
        ("quantities", schema.quantities, codec.quantity),  # issue 6a
    )

    def load_analysed_many(self, article_ids: Sequence[int]) -> list[AnalysedArticle]:
        """The stored articles with their extractions, in the order asked, over one connection and one
        query a table (not one a table per article); ids that are not stored are left out."""
        ids = list(dict.fromkeys(article_ids))
        kept = self._kept
        if kept is None:
            return self._read_analysed(ids)
        found = {i: kept[i] for i in ids if i in kept}
        for member in self._read_analysed([i for i in ids if i not in found]):
            found[member.article.id] = member
            if len(kept) < self._kept_most:
                kept[member.article.id] = member
        return [found[i] for i in ids if i in found]

    @contextlib.contextmanager
    def keeping_analysed(self, most: int = ANALYSED_KEPT) -> Iterator[None]:
        """Within the block, analysed articles read through this store are kept in memory (the first
        ``most`` read) and served again without a query.

        A run reads every article as clustering places it, then the members of each story for reconcile,
        then again for summarise: three passes in nearly the same order. Keeping the first articles read,
        rather than the most recent, is what serves a second pass over more articles than are kept (the
        most recent would all be pushed out before the pass reaches them). The block belongs to one run,
        which holds the run lock, so no other run writes meanwhile; writing an article's text or extraction
        through this store drops its kept copy, and everything kept goes when the block ends.
        """
        self._kept, self._kept_most = {}, most
        try:
            yield
        finally:
            self._kept = None

    def _forget_kept(self, article_id: int) -> None:
        if self._kept is not None:
            self._kept.pop(article_id, None)

    def _read_analysed(self, ids: list[int]) -> list[AnalysedArticle]:
        if len(ids) > IN_LIST_MAX:  # a bound on the parameters of one statement, whatever the SQLite build
            return [m for i in range(0, len(ids), IN_LIST_MAX) for m in self._read_analysed(ids[i : i + IN_LIST_MAX])]
        if not ids:
            return []
        a, s = schema.articles, schema.sentences
        among = {"ids": ids}
        with self.engine.connect() as conn:
            rows = {r["id"]: r for r in conn.execute(_rows_among(a, "id"), among).mappings()}
            sentences: dict[int, list[Sentence]] = {i: [] for i in rows}
            for x in conn.execute(_rows_among(s, "article_id", ("article_id", "position")), among):
                sentences[x.article_id].append(Sentence(x.start, x.end))
            parts: dict[int, dict[str, list[Any]]] = {i: {name: [] for name, _, _ in self._EXTRACTION_READERS} for i in rows}
            for name, table, read in self._EXTRACTION_READERS:
                for row in conn.execute(_rows_among(table, "article_id", ("article_id", "id")), among).mappings():
                    parts[row["article_id"]][name].append(read(row))
        return [
            AnalysedArticle(
                codec.article(rows[i], sentences[i]),
                Extraction(article_id=i, **{name: tuple(found) for name, found in parts[i].items()}),
            )
            for i in ids
            if i in rows
        ]

    # ------------------------------------------------------------------ cluster

    def story_memberships(self) -> list[tuple[int, int]]:
        """(article id, story id) for every clustered article, in arrival order."""
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            query = sa.select(sa_.c.article_id, sa_.c.story_id).order_by(sa_.c.article_id)
            return [(row.article_id, row.story_id) for row in conn.execute(query)]

    def save_assignment(self, assignment: Assignment) -> None:
        st, sa_ = schema.stories, schema.story_articles
        with self.transaction() as conn:
            story_id = assignment.story_key
            if conn.execute(_where(st, "id", only=("id",)), {"key_": story_id}).first() is None:
                conn.execute(st.insert(), {"id": story_id, "created_at": _now()})
            conn.execute(_delete_where(sa_, "article_id"), {"key_": assignment.article_id})
            conn.execute(
                sa_.insert(),
                {
                    "article_id": assignment.article_id,
                    "story_id": story_id,
                    "score": assignment.score,
                    "new_story": assignment.new_story,
                    "reason": assignment.reason,
                    "assigned_at": _now(),
                    "copy_of": assignment.copy_of,
                    "evidence": _evidence_record(assignment),
                },
            )
            # The story changed: its comparison and summary must be made again.
            self._forget_story_results(conn, story_id)
            self._record(conn, StageResult(Stage.CLUSTER, article_item(assignment.article_id), Status.OK))

    # ------------------------------------------------------------------ cluster: copies and replay (issue 5)

    def story_replay(self) -> list[tuple[int, int, int | None]]:
        """(article id, story id, copy of) for every clustered article, in arrival order."""
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            query = sa.select(sa_.c.article_id, sa_.c.story_id, sa_.c.copy_of).order_by(sa_.c.article_id)
            return [(row.article_id, row.story_id, row.copy_of) for row in conn.execute(query)]

    def placement_mark(self) -> tuple[object, ...]:
        """(how many articles are placed in stories, the newest placed, the latest assignment time): it
        changes whenever clustering writes, so a kept clusterer can tell whether it is still in step."""
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            query = sa.select(sa.func.count(), sa.func.max(sa_.c.article_id), sa.func.max(sa_.c.assigned_at))
            return tuple(conn.execute(query).one())

    def copies_of(self, article_id: int) -> list[int]:
        """The articles marked as near-copies of ``article_id`` (its "also published by")."""
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            query = _where(sa_, "copy_of", ("article_id",), ("article_id",))
            return list(conn.execute(query, {"key_": article_id}).scalars())

    def copies_in_story(self, story_id: int) -> dict[int, int]:
        """Each near-copy among the story's articles → the article it copies, in one query."""
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            query = _where(sa_, "story_id", ("article_id",), ("article_id", "copy_of"))
            return {row.article_id: row.copy_of for row in conn.execute(query, {"key_": story_id}) if row.copy_of is not None}

    def story_of(self, article_id: int) -> int | None:
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            return conn.execute(_where(sa_, "article_id", only=("story_id",)), {"key_": article_id}).scalar()

    def story_article_ids(self, story_id: int) -> list[int]:
        sa_ = schema.story_articles
        with self.engine.connect() as conn:
            query = _where(sa_, "story_id", ("article_id",), ("article_id",))
            return list(conn.execute(query, {"key_": story_id}).scalars())

    def story_members(self, story_id: int) -> list[AnalysedArticle]:
        return self.load_analysed_many(self.story_article_ids(story_id))

    # ------------------------------------------------------------------ reconcile

    def save_comparison(self, comparison: Comparison) -> None:
        g, m = schema.claim_groups, schema.claim_group_members
        with self.transaction() as conn:
            conn.execute(_delete_where(g, "story_id"), {"key_": comparison.story_id})
            for position, group in enumerate(comparison.groups):
                group_id = _new_id(conn.execute(
                    g.insert(),
                    {
                        "story_id": comparison.story_id,
                        "position": position,
                        "kind": group.kind,
                        "verdict": group.verdict.value,
                        "independent_sources": group.independent_sources,
                        "explanation": group.explanation,
                        "value_min": group.value_min,
                        "value_max": group.value_max,
                    },
                ))
                for ref in group.claims:
                    claim_id = conn.execute(_CLAIM_ID_QUERY, {
                        "article_id_": ref.article_id, "kind_": ref.claim.kind, "start_": ref.claim.start,
                        "end_": ref.claim.end, "field_": ref.claim.field,
                    }).scalar()
                    if claim_id is None:
                        raise StoreError(
                            f"story {comparison.story_id}: a compared claim is not stored for article {ref.article_id}",
                            hint="re-run with `telisik run --from extract`",
                        )
                    conn.execute(m.insert(), {"group_id": group_id, "claim_id": claim_id})
            self._save_story_entities(conn, comparison.story_id, comparison.entities)
            self._save_story_events(conn, comparison.story_id, comparison.events)
            self._record(conn, StageResult(Stage.RECONCILE, story_item(comparison.story_id), Status.OK))

    def load_comparison(self, story_id: int) -> Comparison:
        g = schema.claim_groups
        with self.engine.connect() as conn:
            groups = []
            for group in conn.execute(_where(g, "story_id", ("position",)), {"key_": story_id}):
                members = conn.execute(_GROUP_MEMBERS_QUERY, {"key_": group.id}).mappings()
                refs = tuple(
                    ClaimRef(row["article_id"], row["outlet"], codec.parse_iso(row["article_published"]), codec.claim(row))
                    for row in members
                )
                groups.append(
                    ClaimGroup(
                        group.kind,
                        Verdict(group.verdict),
                        refs,
                        group.independent_sources,
                        group.explanation,
                        group.value_min,
                        group.value_max,
                    )
                )
        return Comparison(
            story_id, tuple(groups), entities=self.load_story_entities(story_id), events=self.load_story_events(story_id)
        )

    # ------------------------------------------------------------------ reconcile: story entities (issue 4)

    def _save_story_entities(self, conn: sa.Connection, story_id: int, entities: Sequence[CanonicalEntity]) -> None:
        e = schema.story_entities
        conn.execute(_delete_where(e, "story_id"), {"key_": story_id})
        rows = [
            {
                "story_id": story_id,
                "position": position,
                "name": entity.name,
                "type": entity.type,
                "kind": entity.kind,
                "country": entity.country,
                "latitude": entity.latitude,
                "longitude": entity.longitude,
                "aliases": list(entity.aliases),
                "mentions": [[s.article_id, s.start, s.end] for s in entity.mentions],
                "dateline_of": list(entity.dateline_of),
            }
            for position, entity in enumerate(entities)
        ]
        if rows:  # one statement for all of them: a story names dozens
            conn.execute(e.insert(), rows)

    def load_story_entities(self, story_id: int) -> tuple[CanonicalEntity, ...]:
        """The story's canonical entities as reconcile last saved them, in their order."""
        e = schema.story_entities
        with self.engine.connect() as conn:
            rows = conn.execute(_where(e, "story_id", ("position",)), {"key_": story_id})
            return tuple(
                CanonicalEntity(
                    name=row.name,
                    type=row.type,
                    aliases=tuple(row.aliases),
                    mentions=tuple(Span(a, s, t) for a, s, t in row.mentions),
                    kind=row.kind,
                    country=row.country,
                    latitude=row.latitude,
                    longitude=row.longitude,
                    dateline_of=tuple(row.dateline_of),
                )
                for row in rows
            )

    # ------------------------------------------------------------------ reconcile: story events (issue 6, quotes)

    def _save_story_events(self, conn: sa.Connection, story_id: int, events: Sequence[EventGroup]) -> None:
        e = schema.story_events
        conn.execute(_delete_where(e, "story_id"), {"key_": story_id})
        rows = [
            {
                "story_id": story_id, "position": position, "thread": group.thread, "target": group.target,
                "verdict": group.verdict.value, "explanation": group.explanation,
                "mentions": [
                    {"article": m.article_id, "outlet": m.outlet, "thread": m.thread, "step": m.step,
                     "target": m.target, "action": m.action, "start": m.start, "end": m.end,
                     "sentence": [m.sentence_start, m.sentence_end], "when": codec.iso(m.when)}
                    for m in group.mentions
                ],
            }
            for position, group in enumerate(events)
        ]
        if rows:
            conn.execute(e.insert(), rows)

    def load_story_events(self, story_id: int) -> tuple[EventGroup, ...]:
        """The story's aligned actions as reconcile last saved them, in their order."""
        e = schema.story_events
        with self.engine.connect() as conn:
            rows = conn.execute(_where(e, "story_id", ("position",)), {"key_": story_id})
            return tuple(
                EventGroup(
                    row.thread, row.target, Verdict(row.verdict),
                    tuple(
                        EventMention(m["article"], m["outlet"], m["thread"], m["step"], m["target"], m["action"],
                                     m["start"], m["end"], m["sentence"][0], m["sentence"][1], codec.parse_iso(m["when"]))
                        for m in row.mentions
                    ),
                    row.explanation,
                )
                for row in rows
            )

    # ------------------------------------------------------------------ cluster: embedding cache

    def get_embedding(self, model: str, digest: str) -> NDArray[np.float32] | None:
        with self.engine.connect() as conn:
            blob = conn.execute(_EMBEDDING_QUERY, {"model_": model, "digest_": digest}).scalar()
        return None if blob is None else np.frombuffer(blob, dtype="<f4").copy()

    def put_embedding(self, model: str, digest: str, vector: NDArray[np.float32]) -> None:
        e = schema.embeddings
        blob = np.asarray(vector, dtype="<f4").tobytes()
        with self.transaction() as conn:
            _upsert(conn, e, {"model": model, "digest": digest, "vector": blob})

    # ------------------------------------------------------------------ summarise

    def save_summary(self, summary: Summary) -> None:
        s, t = schema.summary_sentences, schema.timeline_entries
        with self.transaction() as conn:
            conn.execute(_delete_where(s, "story_id"), {"key_": summary.story_id})
            conn.execute(_delete_where(t, "story_id"), {"key_": summary.story_id})
            if summary.sentences:
                conn.execute(
                    s.insert(),
                    [
                        {
                            "story_id": summary.story_id,
                            "position": i,
                            "text": x.text,
                            "citations": codec.span_lists(x.citations),
                            "kind": x.kind,
                            "parts": codec.part_lists(x.parts),
                        }
                        for i, x in enumerate(summary.sentences)
                    ],
                )
            if summary.timeline:
                conn.execute(
                    t.insert(),
                    [
                        {
                            "story_id": summary.story_id,
                            "position": i,
                            "when": codec.iso(x.when),
                            "text": x.text,
                            "citations": codec.span_lists(x.citations),
                            "granularity": x.granularity,
                        }
                        for i, x in enumerate(summary.timeline)
                    ],
                )
            self._record(conn, StageResult(Stage.SUMMARISE, story_item(summary.story_id), Status.OK))

    def load_summary(self, story_id: int) -> Summary:
        s, t = schema.summary_sentences, schema.timeline_entries
        with self.engine.connect() as conn:
            sentences = tuple(
                CitedSentence(row.text, codec.spans(row.citations), row.kind, codec.parts(row.parts))
                for row in conn.execute(_where(s, "story_id", ("position",)), {"key_": story_id})
            )
            timeline = tuple(
                TimelineEntry(codec.parse_iso(row.when), row.text, codec.spans(row.citations),  # type: ignore[arg-type]
                              row.granularity)
                for row in conn.execute(_where(t, "story_id", ("position",)), {"key_": story_id})
            )
        return Summary(story_id, sentences, timeline)

    # ------------------------------------------------------------------ reading

    def list_stories(self, story_ids: Sequence[int] | None = None) -> list[StoryListing]:
        """Stories with their articles, the most-covered first."""
        a, sa_, s = schema.articles, schema.story_articles, schema.sentences
        lead = (
            sa.select(sa.func.substr(a.c.text, s.c.start + 1, s.c.end - s.c.start))
            .where(s.c.article_id == a.c.id, s.c.position == 0)
            .scalar_subquery()
        )
        query = (
            sa.select(sa_.c.story_id, sa_.c.score, sa_.c.reason, a.c.id, a.c.outlet, a.c.title, a.c.published,
                      a.c.published_inferred, lead.label("lead"), sa_.c.copy_of, sa_.c.evidence)
            .join(a, a.c.id == sa_.c.article_id)
            .order_by(sa_.c.story_id, a.c.published, a.c.id)
        )
        if story_ids is not None:
            query = query.where(sa_.c.story_id.in_(list(story_ids)))
        grouped: dict[int, list[StoryArticle]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                grouped.setdefault(row.story_id, []).append(
                    StoryArticle(row.id, row.outlet, row.title, row.lead or "", codec.parse_iso(row.published),
                                 bool(row.published_inferred), row.score, row.reason, row.copy_of, row.evidence)
                )
        listings = [StoryListing(story_id, tuple(items)) for story_id, items in grouped.items()]
        return sorted(listings, key=lambda x: (-len(x.outlets), -len(x.articles), x.id))

    def search_articles(self, query: str, limit: int = 20) -> list[int]:
        """Article ids containing every word of ``query``, best first."""
        words = query.split()
        if not words:
            return []
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                # Each word quoted, so user text is never read as FTS5 query syntax.
                match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
                rows = conn.exec_driver_sql(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                    (match, limit),
                )
                return [row[0] for row in rows]
            # plainto_tsquery ANDs the words and reads no query syntax; the expression is
            # the one migration 15 indexed.
            rows = conn.execute(
                sa.text(
                    "SELECT id FROM (SELECT id, to_tsvector('simple', coalesce(title, '') || ' ' || "
                    "coalesce(\"text\", '')) AS document FROM articles) AS found, "
                    "plainto_tsquery('simple', :query) AS query WHERE document @@ query "
                    "ORDER BY ts_rank(document, query) DESC, id LIMIT :limit"
                ),
                {"query": " ".join(words), "limit": limit},
            )
            return [int(row[0]) for row in rows]

    def counts(self) -> dict[str, int]:
        tables = {
            "articles": schema.articles,
            "versions": schema.article_versions,
            "stories": schema.stories,
            "claims": schema.claims,
            "quotes": schema.quotes,
            "entities": schema.entity_mentions,
        }
        with self.engine.connect() as conn:
            return {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for name, t in tables.items()}

    # ------------------------------------------------------------------ serve: reading and searching (issue 8)
    # Queries behind `telisik serve`: filtered story pages, entity listings and the
    # stemmed search index (stems are computed by telisik.serve.search and written here).

    def _matching_articles(self, f: StoryFilter) -> sa.Select:
        """The ids of articles (in a story) that pass every filter of ``f``."""
        a, sa_, e = schema.articles, schema.story_articles, schema.entity_mentions
        query = sa.select(a.c.id).join(sa_, sa_.c.article_id == a.c.id)
        if f.article_ids is not None:
            query = query.where(a.c.id.in_(list(f.article_ids)))
        if f.date_from is not None:
            query = query.where(sa.func.substr(a.c.published, 1, 10) >= f.date_from.isoformat())
        if f.date_to is not None:
            query = query.where(sa.func.substr(a.c.published, 1, 10) <= f.date_to.isoformat())
        if f.outlet:
            query = query.where(a.c.outlet == f.outlet)
        if f.lang:
            query = query.where(a.c.lang == f.lang)
        if f.entity:
            mentioned = sa.select(e.c.article_id).where(sa.func.lower(e.c.canonical) == f.entity.lower())
            query = query.where(a.c.id.in_(mentioned))
        return query

    def find_stories(self, f: StoryFilter, limit: int, offset: int) -> tuple[int, list[int]]:
        """(how many stories match, one page of their ids): newest article first, then the larger story."""
        a, sa_ = schema.articles, schema.story_articles
        matching = self._matching_articles(f).subquery()
        latest = sa.func.max(a.c.published)
        stories = (
            sa.select(sa_.c.story_id, latest.label("latest"), sa.func.count().label("size"))
            .join(a, a.c.id == sa_.c.article_id)
            .where(sa_.c.story_id.in_(sa.select(sa_.c.story_id).where(sa_.c.article_id.in_(sa.select(matching.c.id)))))
            .group_by(sa_.c.story_id)
            .subquery()
        )
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(stories)).scalar_one()
            page = conn.execute(
                sa.select(stories.c.story_id)
                .order_by(stories.c.latest.desc().nulls_last(), stories.c.size.desc(), stories.c.story_id.desc())
                .limit(limit)
                .offset(offset)
            ).scalars()
            return int(total), list(page)

    def article_volume(self, f: StoryFilter) -> list[tuple[str, int]]:
        """(day, number of matching articles published that day), oldest first; undated articles left out."""
        a = schema.articles
        day = sa.func.substr(a.c.published, 1, 10)
        query = (
            sa.select(day.label("day"), sa.func.count())
            .where(a.c.id.in_(self._matching_articles(f)), a.c.published.is_not(None))
            .group_by(day)
            .order_by(day)
        )
        with self.engine.connect() as conn:
            return [(row[0], int(row[1])) for row in conn.execute(query)]

    def facets(self) -> dict[str, list[str]]:
        """The outlets and languages present, for filter menus."""
        a = schema.articles
        with self.engine.connect() as conn:
            outlets = conn.execute(sa.select(a.c.outlet).where(a.c.outlet.is_not(None)).distinct().order_by(a.c.outlet))
            langs = conn.execute(sa.select(a.c.lang).where(a.c.lang.is_not(None)).distinct().order_by(a.c.lang))
            return {"outlets": list(outlets.scalars()), "languages": list(langs.scalars())}

    def list_entities(
        self, query: str | None, entity_type: str | None, limit: int, offset: int
    ) -> tuple[int, list[EntityListing]]:
        """(how many, one page of) entities by canonical form, the most-mentioned first."""
        e, sa_ = schema.entity_mentions, schema.story_articles
        grouped = sa.select(
            e.c.canonical,
            e.c.type,
            sa.func.count().label("mentions"),
            sa.func.count(sa.distinct(e.c.article_id)).label("articles"),
            sa.func.count(sa.distinct(sa_.c.story_id)).label("stories"),
        ).outerjoin(sa_, sa_.c.article_id == e.c.article_id)
        if query:
            escaped = query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            grouped = grouped.where(sa.func.lower(e.c.canonical).like(f"%{escaped}%", escape="\\"))
        if entity_type:
            grouped = grouped.where(e.c.type == entity_type)
        grouped_sq = grouped.group_by(e.c.canonical, e.c.type).subquery()
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(grouped_sq)).scalar_one()
            rows = conn.execute(
                sa.select(grouped_sq)
                .order_by(grouped_sq.c.mentions.desc(), grouped_sq.c.canonical, grouped_sq.c.type)
                .limit(limit)
                .offset(offset)
            )
            return int(total), [EntityListing(r.canonical, r.type, r.mentions, r.articles, r.stories) for r in rows]

    def entity_mentions_by_article(self, canonical: str) -> list[tuple[int, int | None, str, int]]:
        """(article id, story id, type, mentions) for every article mentioning ``canonical`` (any case)."""
        e, sa_ = schema.entity_mentions, schema.story_articles
        query = (
            sa.select(e.c.article_id, sa_.c.story_id, e.c.type, sa.func.count())
            .outerjoin(sa_, sa_.c.article_id == e.c.article_id)
            .where(sa.func.lower(e.c.canonical) == canonical.lower())
            .group_by(e.c.article_id, sa_.c.story_id, e.c.type)
            .order_by(e.c.article_id, e.c.type)
        )
        with self.engine.connect() as conn:
            return [(row[0], row[1], row[2], int(row[3])) for row in conn.execute(query)]

    def unstemmed_articles(self, limit: int) -> list[tuple[int, str, str]]:
        """(id, title, text) of normalised articles missing from the stemmed search index."""
        indexed = "articles_stem_fts" if self.engine.dialect.name == "sqlite" else "articles_stem"
        key = "rowid" if indexed == "articles_stem_fts" else "article_id"
        with self.engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    f"SELECT a.id, coalesce(a.title, ''), a.text FROM articles a "
                    f"WHERE a.text IS NOT NULL AND a.id NOT IN (SELECT {key} FROM {indexed}) "
                    "ORDER BY a.id LIMIT :limit"
                ),
                {"limit": limit},
            )
            return [(int(r[0]), r[1], r[2]) for r in rows]

    def save_stems(self, rows: Sequence[tuple[int, str, str]]) -> None:
        """Write (article id, stemmed title, stemmed text) rows into the stemmed search index."""
        if not rows:
            return
        with self.transaction() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql(
                    "DELETE FROM articles_stem_fts WHERE rowid IN (%s)" % ",".join("?" * len(rows)),
                    tuple(r[0] for r in rows),
                )
                conn.exec_driver_sql(
                    "INSERT INTO articles_stem_fts(rowid, title, text) VALUES (?, ?, ?)", [tuple(r) for r in rows]
                )
                return
            # Title words weigh more than text words in the ranking, as a separate FTS5 column ranks them.
            conn.execute(
                sa.text(
                    "INSERT INTO articles_stem (article_id, document) VALUES (:id, "
                    "setweight(to_tsvector('simple', :title), 'A') || setweight(to_tsvector('simple', :text), 'B')) "
                    "ON CONFLICT (article_id) DO UPDATE SET document = excluded.document"
                ),
                [{"id": r[0], "title": r[1], "text": r[2]} for r in rows],
            )

    def article_cards(self, article_ids: Sequence[int]) -> list[dict[str, object]]:
        """id, story, outlet, title, lead (first sentence), lang and published of each article, in one query."""
        a, sa_, s = schema.articles, schema.story_articles, schema.sentences
        lead = (
            sa.select(sa.func.substr(a.c.text, s.c.start + 1, s.c.end - s.c.start))
            .where(s.c.article_id == a.c.id, s.c.position == 0)
            .scalar_subquery()
        )
        query = (
            sa.select(a.c.id, sa_.c.story_id, a.c.outlet, a.c.title, lead.label("lead"), a.c.lang, a.c.published)
            .outerjoin(sa_, sa_.c.article_id == a.c.id)
            .where(a.c.id.in_(list(article_ids)))
        )
        with self.engine.connect() as conn:
            return [
                {"id": r.id, "story": r.story_id, "outlet": r.outlet, "title": r.title, "lead": r.lead or "",
                 "lang": r.lang, "published": r.published}
                for r in conn.execute(query)
            ]

    def search_stems(self, terms: Sequence[str], limit: int, offset: int) -> tuple[int, list[int]]:
        """(how many, one page of) article ids whose stemmed text holds every term, best first.

        User text is never read as query syntax: each term is quoted as an FTS5 string
        (SQLite), or the terms go through ``plainto_tsquery`` (PostgreSQL).
        """
        if not terms:
            return 0, []
        with self.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
                total = conn.exec_driver_sql(
                    "SELECT count(*) FROM articles_stem_fts WHERE articles_stem_fts MATCH ?", (match,)
                ).scalar_one()
                rows = conn.exec_driver_sql(
                    "SELECT rowid FROM articles_stem_fts WHERE articles_stem_fts MATCH ? "
                    "ORDER BY rank LIMIT ? OFFSET ?",
                    (match, limit, offset),
                )
                return int(total), [int(r[0]) for r in rows]
            found = "FROM articles_stem, plainto_tsquery('simple', :query) AS query WHERE document @@ query"
            params = {"query": " ".join(terms), "limit": limit, "offset": offset}
            total = conn.execute(sa.text(f"SELECT count(*) {found}"), params).scalar_one()
            rows = conn.execute(
                sa.text(f"SELECT article_id {found} ORDER BY ts_rank(document, query) DESC, article_id "
                        "LIMIT :limit OFFSET :offset"),
                params,
            )
            return int(total), [int(r[0]) for r in rows]


@dataclass(frozen=True, slots=True)
class StoryFilter:
    """What a story listing is narrowed to; every field optional (issue 8)."""

    article_ids: tuple[int, ...] | None = None  # only stories holding one of these (a search result)
    date_from: date | None = None
    date_to: date | None = None
    outlet: str | None = None
    entity: str | None = None  # a canonical entity name, any case
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class EntityListing:
    canonical: str
    type: str
    mentions: int
    articles: int
    stories: int
