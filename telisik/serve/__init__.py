"""The web server: a REST API (``/api``, OpenAPI at ``/openapi.json``) and a web UI over the store.

``telisik serve`` runs :func:`serve`; tests and embedders call :func:`create_app`.

================  =============================================================
module            what it holds
================  =============================================================
``app``           the FastAPI app, middleware, the one JSON error shape
``json_routes``   ``/api/…`` and ``/health``
``html_routes``   the pages: stories, story, article, entities, entity
``reading``       what both show, read from the store through :mod:`telisik.api`
``search``        stemmed full-text search (Sastrawi + SQLite FTS5)
``schemas``       pydantic request and response bodies (only here)
``security``      security headers, request size limit, bearer token
``highlight``     article text cut into marked pieces for HTML
``chart``         the volume-over-time chart as SVG
================  =============================================================

``static/htmx.min.js`` is htmx 4.0.1 from the npm package ``htmx.org``
(BSD Zero-Clause licence), copied unchanged; there is no JavaScript build step.
"""

from __future__ import annotations

from telisik.serve.app import create_app

__all__ = ["create_app", "serve"]

DEFAULT_HOST = "127.0.0.1"  # loopback: serving to a network is an explicit choice
DEFAULT_PORT = 8000


def serve(db: str | None = None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Open the store and serve the API and web UI until interrupted."""
    import uvicorn

    from telisik import api
    from telisik.settings import load_settings

    settings = load_settings().with_db(db)
    app = create_app(api.open_store(settings=settings), settings)
    uvicorn.run(app, host=host, port=port, log_level="info")
