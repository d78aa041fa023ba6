"""Named dependency types, so routes read as what they take."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import BeforeValidator

from fastapi import Depends, Header, HTTPException, Query, Request

from telisik.serve.security import UNAUTHORISED, token_matches
from telisik.settings import Settings
from telisik.store import Store

MAX_PAGE = 200  # largest page a client may ask for
DEFAULT_PAGE = 20


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="items to skip")]


def _blank_is_none(value: object) -> object:
    return value or None  # an HTML form sends an empty date field as `from=`


DateFrom = Annotated[date | None, BeforeValidator(_blank_is_none),
                     Query(alias="from", description="articles published on or after (YYYY-MM-DD)")]
DateTo = Annotated[date | None, BeforeValidator(_blank_is_none),
                   Query(alias="to", description="articles published on or before (YYYY-MM-DD)")]


Text = Annotated[str | None, Query(max_length=200)]
Lang = Annotated[str | None, Query(max_length=8)]


@dataclass(frozen=True, slots=True)
class StoryQuery:
    """What a story listing was asked for: a search and the filters that narrow it."""

    q: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    outlet: str | None = None
    entity: str | None = None
    lang: str | None = None

    def narrowing(self) -> dict[str, object]:
        return {"date_from": self.date_from, "date_to": self.date_to, "outlet": self.outlet,
                "entity": self.entity, "lang": self.lang}


def story_query(
    q: Text = None, date_from: DateFrom = None, date_to: DateTo = None,
    outlet: Text = None, entity: Text = None, lang: Lang = None,
) -> StoryQuery:
    return StoryQuery(q, date_from, date_to, outlet, entity, lang)


StoryQueryDep = Annotated[StoryQuery, Depends(story_query)]


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """401 unless a token is configured and the request carries it (WriteGuard checks first; this documents it)."""
    if not token_matches(get_settings(request).api_token, authorization):
        raise HTTPException(401, UNAUTHORISED, headers={"WWW-Authenticate": "Bearer"})


TokenRequired = Depends(require_token)
