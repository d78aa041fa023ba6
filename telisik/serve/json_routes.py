"""The JSON API under ``/api``: thin routes over :mod:`telisik.serve.reading`."""

from __future__ import annotations

import hashlib
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Query

from telisik import __version__, api
from telisik.serve import reading, search
from telisik.serve.deps import DEFAULT_PAGE, Limit, Offset, StoreDep, StoryQueryDep, Text, TokenRequired
from telisik.serve.schemas import (
    ArticleCreate,
    ArticleCreated,
    ArticleDetail,
    EntityDetail,
    EntityListing,
    ErrorBody,
    Health,
    Page,
    SearchHit,
    StoryDetail,
    StoryListing,
)

router = APIRouter()
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 404, 413, 422, 500)
}
_write_lock = threading.Lock()  # one ingest-and-run at a time: SQLite has one writer



@router.get("/health", response_model=Health, tags=["meta"])
def health(store: StoreDep) -> dict[str, Any]:
    counts = store.counts()
    return {"status": "ok", "version": __version__, "articles": counts["articles"], "stories": counts["stories"]}


@router.get("/api/stories", response_model=Page[StoryListing], responses=ERRORS, tags=["stories"])
def list_stories(
    store: StoreDep, query: StoryQueryDep, limit: Limit = DEFAULT_PAGE, offset: Offset = 0
) -> dict[str, Any]:
    """Stories, newest first; ``q`` searches (stemmed), the rest narrow by article date, outlet, entity, language."""
    f = reading.story_filter(store, query.q, **query.narrowing())
    return reading.story_page(store, f, limit, offset).as_dict()


@router.get("/api/stories/{story_id}", response_model=StoryDetail, responses=ERRORS, tags=["stories"])
def get_story(store: StoreDep, story_id: int) -> dict[str, Any]:
    """Articles, comparison (verdicts and spans), quotes, flags, cited summary, timeline, entities."""
    return reading.story(store, story_id)


@router.get("/api/articles/{article_id}", response_model=ArticleDetail, responses=ERRORS, tags=["articles"])
def get_article(store: StoreDep, article_id: int) -> dict[str, Any]:
    return reading.article(store, article_id)


@router.post("/api/articles", response_model=ArticleCreated, status_code=201, responses=ERRORS, tags=["articles"],
             dependencies=[TokenRequired])
def create_article(store: StoreDep, body: ArticleCreate) -> dict[str, Any]:
    """Ingest one article and run the pipeline over it. Needs ``Authorization: Bearer $TELISIK_API_TOKEN``."""
    record = body.model_dump()
    # Without an id or url every posted text would share one key and become versions of one article.
    record["id"] = body.id or "api:" + hashlib.sha256(body.text.encode("utf-8", "surrogatepass")).hexdigest()[:20]
    document = api.raw_from_record(record)
    with _write_lock:
        outcome, article_id = store.add_document(document)
        api.run(store)
        search.index_pending(store)
    return {"outcome": outcome, "article": article_id, "story": store.story_of(article_id)}


@router.get("/api/entities", response_model=Page[EntityListing], responses=ERRORS, tags=["entities"])
def list_entities(
    store: StoreDep,
    q: Text = None,
    type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC)$")] = None,  # noqa: A002 — the API's word
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Entities by canonical form, the most-mentioned first; ``q`` is a substring of the name."""
    return reading.entity_page(store, q, type, limit, offset).as_dict()


@router.get("/api/entities/{canonical}", response_model=EntityDetail, responses=ERRORS, tags=["entities"])
def get_entity(store: StoreDep, canonical: str) -> dict[str, Any]:
    return reading.entity(store, canonical)


@router.get("/api/search", response_model=Page[SearchHit], responses=ERRORS, tags=["search"])
def search_articles(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Limit = DEFAULT_PAGE,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Articles holding every word of ``q``, in any inflection (`bangun` finds `pembangunan`), best first."""
    return reading.search_page(store, q, limit, offset).as_dict()
