"""The store: the database schema, its migrations and :class:`Store`, the one place SQL lives.

SQLite (WAL, foreign keys on, FTS5 over article title and text) by default;
the schema is plain SQLAlchemy Core so PostgreSQL can take its place.
"""

from telisik.store.store import StoryArticle, StoryListing, Store, article_item, story_item

__all__ = ["Store", "StoryArticle", "StoryListing", "article_item", "story_item"]
