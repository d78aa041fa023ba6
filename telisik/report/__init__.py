"""A self-contained HTML report of every story, written from the store.

It shows what ``telisik stories`` and ``telisik story ID`` show: articles side
by side, the facts table with verdicts, the cited summary (each citation opens
the exact sentence it rests on), the timeline, quotes and flags.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from telisik import __version__, api
from telisik.store import Store


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("telisik.report", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _cited_texts(store: Store, detail: dict[str, Any]) -> dict[int, dict[str, str]]:
    """Article text and title by id, so citations can show the exact span they point at."""
    articles = {a["id"]: store.load_article(a["id"]) for a in detail["articles"]}
    return {i: {"text": a.text, "title": a.title or ""} for i, a in articles.items()}


def render_report(store: Store) -> str:
    listed = api.stories(store)
    stories = []
    for listing in listed:
        detail = api.story(store, listing["id"])
        stories.append({"detail": detail, "texts": _cited_texts(store, detail)})
    template = _environment().get_template("report.html")
    return template.render(
        stories=stories,
        multi=sum(1 for s in listed if len(s["outlets"]) > 1),
        articles=sum(len(s["articles"]) for s in listed),
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__,
    )


def write_report(store: Store, path: Path) -> None:
    path.write_text(render_report(store), encoding="utf-8")
