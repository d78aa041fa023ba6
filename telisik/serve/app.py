"""The FastAPI application: routes, static files, security and the one error shape.

Every error an endpoint under ``/api`` (or ``/health``) returns has the shape
``{"error": {"code", "message", "hint"}}`` (:class:`~telisik.serve.schemas.ErrorBody`),
whatever raised it: a telisik error (its code, E301 …), an HTTP error (the status
as text), a request that fails validation (``422``) or a bug (``500``, no details
leaked). Pages answer with an HTML error page instead.
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from telisik import __version__
from telisik.errors import ConfigError, InputError, StoreError, TelisikError
from telisik.serve import html_routes, json_routes, search
from telisik.serve.security import MAX_REQUEST_BYTES, SECURITY_HEADERS, Guard, WriteGuard
from telisik.settings import Settings
from telisik.store import Store

STATIC = Path(__file__).parent / "static"
log = logging.getLogger("telisik.serve")


def create_app(store: Store, settings: Settings, *, index_on_start: bool = True) -> FastAPI:
    """The web app over ``store``; ``index_on_start`` stems what the search index is missing first."""
    app = FastAPI(
        title="telisik",
        version=__version__,
        description="Stories, claims, agreement and conflict across Indonesian news outlets, with cited summaries.",
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings
    if index_on_start:
        search.index_pending(store)
    app.include_router(json_routes.router)
    app.include_router(html_routes.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _install_error_handlers(app)
    app.add_middleware(WriteGuard, token=settings.api_token)
    app.add_middleware(Guard, max_request_bytes=min(MAX_REQUEST_BYTES, settings.max_document_bytes))  # outermost
    return app


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path in ("/health", "/openapi.json")


def error_response(request: Request, status: int, code: str, message: str, hint: str | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        body = {"error": {"code": code, "message": message, "hint": hint or None}}
        return JSONResponse(body, status_code=status, headers=headers)
    page: HTMLResponse = html_routes.render_error(request, status, message)
    return page


def _status_of(error: TelisikError) -> int:
    if isinstance(error, StoreError) and error.message.startswith("no "):
        return 404  # a lookup of something that is not there ("no story 7")
    if isinstance(error, (InputError, ConfigError)):
        return 400
    return 500


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(TelisikError)
    async def telisik_error(request: Request, error: TelisikError) -> Response:
        return error_response(request, _status_of(error), error.code, error.message, error.hint)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        return error_response(request, error.status_code, str(error.status_code), str(error.detail),
                              headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in error.errors()
        )
        return error_response(request, 422, "422", problems or "invalid request")

    @app.exception_handler(Exception)
    async def bug(request: Request, error: Exception) -> Response:
        # Starlette answers a bug from its outermost middleware, outside Guard: the headers go on here
        log.exception("unhandled error on %s", request.url.path)
        response = error_response(request, 500, "500", "internal error; the server log has the details")
        response.headers.update(SECURITY_HEADERS)
        return response
