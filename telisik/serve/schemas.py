"""The API's request and response bodies: pydantic lives here and nowhere else.

Create schemas (what a client sends) are separate from public schemas (what the
API returns). The public ones describe the dictionaries of
:mod:`telisik.serialise`, so the OpenAPI document at ``/openapi.json`` tells a
client exactly what ``telisik story ID --json`` would print.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

MAX_TEXT_CHARS = 1_000_000  # one article; the request size limit bounds the whole body anyway


class Public(BaseModel):
    model_config = ConfigDict(extra="allow")  # a newer serialiser may add keys; clients ignore what they don't know


# ---------------------------------------------------------------------------- errors


class ErrorDetail(BaseModel):
    code: str = Field(description="telisik error code (E301 …) or the HTTP status as text (`404`)")
    message: str
    hint: str | None = None


class ErrorBody(BaseModel):
    """The one error shape of every endpoint."""

    error: ErrorDetail


# ---------------------------------------------------------------------------- create


class ArticleCreate(BaseModel):
    """One article to ingest, in the JSONL document format of ``telisik ingest``."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=500, description="your id for it; also its key unless url is given")
    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    title: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=300)
    url: str | None = Field(default=None, max_length=2000)
    lang: str | None = Field(default=None, max_length=8)
    published: str | None = Field(default=None, max_length=40, description="ISO 8601 date or datetime")


class ArticleCreated(BaseModel):
    outcome: str = Field(description="added, updated or unchanged")
    article: int
    story: int | None


# ---------------------------------------------------------------------------- public


class Span(BaseModel):
    article: int
    start: int
    end: int
    field: str = Field("text", description='what start/end index: the article "text" or its "title"')


class Assignment(BaseModel):
    score: float
    reason: str


class StoryArticle(Public):
    id: int
    outlet: str | None
    title: str | None
    lead: str
    published: str | None
    published_inferred: bool
    assignment: Assignment


class StoryListing(Public):
    id: int
    outlets: list[str]
    articles: list[StoryArticle]


class SentenceSpan(BaseModel):
    start: int
    end: int


class ComparedClaim(Public):
    article: int
    outlet: str | None
    kind: str
    min: float | None
    max: float | None
    text: str
    start: int
    end: int
    subject: str | None
    source_chain: list[str]
    sentence: SentenceSpan
    field: str = Field("text", description='what the spans index: the article "text" or its "title"')


class ClaimGroup(Public):
    kind: str
    verdict: str = Field(description="agree, refine, update, conflict or single")
    independent_sources: int
    explanation: str
    claims: list[ComparedClaim]


class StoryQuote(Public):
    article: int
    outlet: str | None
    text: str
    start: int
    end: int
    speaker: str | None
    verb: str | None
    via: list[str]


class StoryFlag(Public):
    article: int
    code: str
    message: str
    start: int | None
    end: int | None


class CitedSentence(Public):
    text: str
    citations: list[Span]


class TimelineEntry(Public):
    when: str
    granularity: str
    label: str
    text: str
    citations: list[Span]


class StoryEntity(BaseModel):
    canonical: str
    type: str
    mentions: int
    articles: list[int]


class StoryDetail(StoryListing):
    comparison: list[ClaimGroup]
    quotes: list[StoryQuote]
    flags: list[StoryFlag]
    summary: list[CitedSentence]
    timeline: list[TimelineEntry]
    entities: list[StoryEntity]


class ArticleDetail(Public):
    """One article and its extraction: the ``telisik analyze`` keys plus url, versions and story."""

    id: int
    lang: str | None
    title: str | None
    outlet: str | None
    text: str
    story: int | None


class EntityListing(BaseModel):
    canonical: str
    type: str
    mentions: int
    articles: int
    stories: int


class EntityArticle(BaseModel):
    id: int
    story: int | None
    type: str
    mentions: int


class EntityDetail(BaseModel):
    canonical: str
    types: list[str]
    mentions: int
    articles: list[EntityArticle]
    stories: list[StoryListing]


class SearchHit(BaseModel):
    id: int
    story: int | None
    outlet: str | None
    title: str | None
    lead: str
    lang: str | None
    published: str | None


class Page(BaseModel, Generic[T]):
    total: int = Field(description="how many match, over all pages")
    limit: int
    offset: int
    items: list[T]


class Health(BaseModel):
    status: str
    version: str
    articles: int
    stories: int
