"""The database schema: one SQLAlchemy Core table per record of the data model.

The tables are portable (SQLite and PostgreSQL): JSON columns for short lists
(source chains, citations), ISO 8601 strings for dates whose precision varies
(a day, or a day and a time), and :class:`UtcDateTime` for the moments telisik
itself records. Dialect-specific objects (SQLite's FTS5 tables, PostgreSQL's
text-search indexes) are created by migrations, never here.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import sqlalchemy as sa

metadata = sa.MetaData()


class UtcDateTime(sa.types.TypeDecorator[datetime]):
    """A moment in UTC that reads back as an aware datetime on every backend.

    PostgreSQL keeps the offset of a ``timestamp with time zone``; SQLite drops it and
    returns a naive datetime, which this reads as the UTC it was written in.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            return value.astimezone(timezone.utc)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("applied_at", UtcDateTime(), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source_key", sa.String(2000), nullable=False, unique=True),
    sa.Column("current_version", sa.Integer, nullable=False, default=1),
    # Filled by the normalise stage from the current version.
    sa.Column("url", sa.String(2000)),
    sa.Column("outlet", sa.String(300)),
    sa.Column("title", sa.Text),
    sa.Column("text", sa.Text),
    sa.Column("lang", sa.String(8)),
    sa.Column("published", sa.String(40)),  # ISO 8601 date or datetime
    sa.Column("published_inferred", sa.Boolean),
    sa.Column("published_source", sa.String(300)),
    sa.Column("dateline_outlet", sa.String(300)),
    sa.Column("dateline_place", sa.String(300)),
    sa.Column("dateline_text", sa.String(300)),
    sa.Column("created_at", UtcDateTime(), nullable=False),
    # The language layer's evidence (migration 3).
    sa.Column("published_evidence_start", sa.Integer),
    sa.Column("published_evidence_end", sa.Integer),
    sa.Column("detected_lang", sa.String(8)),
    sa.Column("lang_confidence", sa.Float),
    sa.Column("paragraph_languages", sa.JSON),  # [[start, end, lang, confidence], ...]
)

article_versions = sa.Table(
    "article_versions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("format", sa.String(16), nullable=False),
    sa.Column("origin", sa.String(2000), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("url", sa.String(2000)),
    sa.Column("external_id", sa.String(500)),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.String(300)),
    sa.Column("published", sa.String(40)),
    sa.Column("lang", sa.String(8)),
    sa.Column("encoding", sa.String(40), nullable=False),
    sa.Column("encoding_note", sa.String(500)),
    sa.Column("ingested_at", UtcDateTime(), nullable=False),
    sa.UniqueConstraint("article_id", "version"),
)

sentences = sa.Table(
    "sentences",
    metadata,
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
)


def _span_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    ]


date_mentions = sa.Table(
    "date_mentions",
    metadata,
    *_span_columns(),
    sa.Column("value", sa.String(40), nullable=False),
    sa.Column("granularity", sa.String(20), nullable=False),
    sa.Column("relative", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("value_end", sa.String(40)),
)

number_mentions = sa.Table(
    "number_mentions",
    metadata,
    *_span_columns(),
    sa.Column("min", sa.Float),
    sa.Column("max", sa.Float),
    sa.Column("unit", sa.String(40)),
)

entity_mentions = sa.Table(
    "entity_mentions",
    metadata,
    *_span_columns(),
    sa.Column("type", sa.String(8), nullable=False),
    sa.Column("canonical", sa.String(500), nullable=False, index=True),
)

claims = sa.Table(
    "claims",
    metadata,
    *_span_columns(),
    sa.Column("kind", sa.String(40), nullable=False, index=True),
    sa.Column("min", sa.Float),
    sa.Column("max", sa.Float),
    sa.Column("unit", sa.String(40)),
    sa.Column("subject", sa.Text),
    sa.Column("qualifier", sa.String(100)),
    sa.Column("event_time", sa.String(40)),
    sa.Column("place", sa.String(300)),
    sa.Column("source_chain", sa.JSON, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("subject_start", sa.Integer),  # issue 6a: the subject's span (migration 9)
    sa.Column("subject_end", sa.Integer),
    # "title" when read from the headline, whose text the spans then index (migration 11)
    sa.Column("field", sa.String(8), nullable=False, server_default="text"),
)

# Issue 6a: other numbers with their subject ("lima pesawat", "80 persen kursi"): claims of
# kind "quantity", kept out of `claims` so reconciling casualties never meets them.
quantities = sa.Table(
    "quantities",
    metadata,
    *_span_columns(),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("min", sa.Float),
    sa.Column("max", sa.Float),
    sa.Column("unit", sa.String(40)),
    sa.Column("subject", sa.Text),
    sa.Column("subject_start", sa.Integer),
    sa.Column("subject_end", sa.Integer),
    sa.Column("qualifier", sa.String(100)),
    sa.Column("source_chain", sa.JSON, nullable=False),
    sa.Column("sentence_start", sa.Integer, nullable=False),
    sa.Column("sentence_end", sa.Integer, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("field", sa.String(8), nullable=False, server_default="text"),  # as in `claims` (migration 11)
)

quotes = sa.Table(
    "quotes",
    metadata,
    *_span_columns(),
    sa.Column("speaker", sa.String(500)),
    sa.Column("verb", sa.String(100)),
    sa.Column("via", sa.JSON, nullable=False),
)

flags = sa.Table(
    "flags",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("code", sa.String(60), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("related_start", sa.Integer),
    sa.Column("related_end", sa.Integer),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("created_at", UtcDateTime(), nullable=False),
)

story_articles = sa.Table(
    "story_articles",
    metadata,
    sa.Column("article_id", sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("story_id", sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("new_story", sa.Boolean, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("assigned_at", UtcDateTime(), nullable=False),
    # Issue 5 (migration 5): the earlier article this one is a near-copy of, and the
    # assignment's structured evidence (per-signal similarities, shared names, time gap).
    sa.Column("copy_of", sa.Integer),
    sa.Column("evidence", sa.JSON),
)

claim_groups = sa.Table(
    "claim_groups",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("story_id", sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("verdict", sa.String(20), nullable=False),
    sa.Column("independent_sources", sa.Integer, nullable=False),
    sa.Column("explanation", sa.Text, nullable=False),
    sa.Column("value_min", sa.Float),
    sa.Column("value_max", sa.Float),
)

claim_group_members = sa.Table(
    "claim_group_members",
    metadata,
    sa.Column("group_id", sa.ForeignKey("claim_groups.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("claim_id", sa.ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
)

# Issue 4: a story's canonical entities (people, organisations, places) with their aliases.
story_entities = sa.Table(
    "story_entities",
    metadata,
    sa.Column("story_id", sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("type", sa.String(3), nullable=False),
    sa.Column("kind", sa.String(20)),
    sa.Column("country", sa.String(2)),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("aliases", sa.JSON, nullable=False),  # ["Tokayev", "Kassym-Jomart Tokayeva"]
    sa.Column("mentions", sa.JSON, nullable=False),  # [[article_id, start, end], ...]
    sa.Column("dateline_of", sa.JSON, nullable=False),  # [article_id, ...]
)

# Issue 6 (quotes/reconcile): actions aligned across a story's articles, one row per
# (thread, target) with its verdict; mentions as JSON records (article, step, action, spans, date).
story_events = sa.Table(
    "story_events",
    metadata,
    sa.Column("story_id", sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("thread", sa.String(40), nullable=False),
    sa.Column("target", sa.String(40)),
    sa.Column("verdict", sa.String(20), nullable=False),
    sa.Column("explanation", sa.Text, nullable=False),
    sa.Column("mentions", sa.JSON, nullable=False),
)

summary_sentences = sa.Table(
    "summary_sentences",
    metadata,
    sa.Column("story_id", sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("citations", sa.JSON, nullable=False),  # [[article_id, start, end], ...]
    sa.Column("kind", sa.String(20), nullable=False, server_default="extract"),
    sa.Column("parts", sa.JSON, nullable=False, server_default="[]"),  # [[quote, article_id, start, end], ...]
)

timeline_entries = sa.Table(
    "timeline_entries",
    metadata,
    sa.Column("story_id", sa.ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("when", sa.String(40), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("citations", sa.JSON, nullable=False),
    sa.Column("granularity", sa.String(20), nullable=False, server_default="day"),
)

stage_results = sa.Table(
    "stage_results",
    metadata,
    sa.Column("stage", sa.String(20), primary_key=True),
    sa.Column("item", sa.String(2000), primary_key=True),
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("code", sa.String(10)),
    sa.Column("message", sa.Text),
    sa.Column("updated_at", UtcDateTime(), nullable=False),
)

embeddings = sa.Table(
    "embeddings",
    metadata,
    sa.Column("model", sa.String(100), primary_key=True),
    sa.Column("digest", sa.String(64), primary_key=True),  # sha256 of the embedded text
    sa.Column("vector", sa.LargeBinary, nullable=False),  # float32, little-endian
)

# Per-article extraction tables, cleared and rewritten together.
EXTRACTION_TABLES = (date_mentions, number_mentions, entity_mentions, claims, quotes, flags, quantities)
