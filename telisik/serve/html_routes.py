"""The web UI: server-rendered pages over :mod:`telisik.serve.reading`.

Every page is complete HTML that reads without JavaScript; htmx (vendored in
``static/``) only spares the story list a full reload when filters change.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from telisik import __version__
from telisik.serialise import iso_to_precision
from telisik.serve import chart, highlight, reading
from telisik.serve.deps import DEFAULT_PAGE, Limit, Offset, StoreDep, StoryQueryDep, Text

router = APIRouter(include_in_schema=False)


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("telisik.serve", "templates"),
        autoescape=select_autoescape(["html"], default=True),  # every article string is escaped
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["version"] = __version__
    env.globals["citation_target"] = reading.citation_target
    env.filters["count"] = _count
    env.filters["to_precision"] = iso_to_precision
    return env


def _count(value: float | None) -> str:
    """A claimed count as people write it: 8, not 8.0; an open bound as "?"."""
    return "?" if value is None else f"{value:g}"


templates = Jinja2Templates(env=_environment())


def _page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status_code: int, message: str) -> HTMLResponse:
    return _page(request, "error.html", status_code, status=status_code, message=message)


@router.get("/", response_class=HTMLResponse)
def stories_page(
    request: Request, store: StoreDep, query: StoryQueryDep, limit: Limit = DEFAULT_PAGE, offset: Offset = 0
) -> HTMLResponse:
    f = reading.story_filter(store, query.q, **query.narrowing())
    page = reading.story_page(store, f, limit, offset)
    params = {"q": query.q, "from": query.date_from, "to": query.date_to, "outlet": query.outlet,
              "entity": query.entity, "lang": query.lang}
    kept = {k: v for k, v in params.items() if v}

    def page_url(new_offset: int) -> str:
        return "/?" + urlencode(kept | {"limit": limit, "offset": new_offset})

    return _page(
        request, "stories.html", page=page, params=params, facets=store.facets(),
        chart=chart.volume_chart(store.article_volume(f)),
        previous=page_url(max(offset - limit, 0)) if offset > 0 else None,
        next=page_url(offset + limit) if offset + limit < page.total else None,
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, store: StoreDep, story_id: int) -> HTMLResponse:
    detail, members = reading.story_with_members(store, story_id)
    return _page(request, "story.html", s=detail, sources=reading.story_sources(members))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: int) -> HTMLResponse:
    detail = reading.article(store, article_id)
    pieces = highlight.cut(detail["text"], highlight.extraction_marks(detail))
    entities = sorted({(e["canonical"], e["type"]) for e in detail["entities"]})
    return _page(request, "article.html", a=detail, pieces=pieces, entities=entities)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(
    request: Request,
    store: StoreDep,
    q: Text = None,
    type: Annotated[str | None, Query(pattern="^(PER|ORG|LOC)?$")] = None,  # noqa: A002
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    page = reading.entity_page(store, q, type or None, limit, offset)
    kept = {k: v for k, v in {"q": q, "type": type}.items() if v}
    return _page(
        request, "entities.html", page=page, q=q or "", type=type or "",
        previous="/entities?" + urlencode(kept | {"offset": max(offset - limit, 0)}) if offset > 0 else None,
        next="/entities?" + urlencode(kept | {"offset": offset + limit}) if offset + limit < page.total else None,
    )


@router.get("/entities/{canonical}", response_class=HTMLResponse)
def entity_page(request: Request, store: StoreDep, canonical: str) -> HTMLResponse:
    return _page(request, "entity.html", e=reading.entity(store, canonical))
