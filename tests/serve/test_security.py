"""Safety: escaping, security headers, the write token and the request size limit."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path
from typing import Any, Iterator

import pytest

from telisik import api
from telisik.serve import create_app
from telisik.serve.security import MAX_REQUEST_BYTES, SECURITY_HEADERS
from telisik.settings import Settings

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE = (
    "JAKARTA – Warga melaporkan <script>alert('xss')</script> dan <img src=x onerror=alert(1)> "
    "di gedung pemerintahan pada Senin (3/1/2022). Sebanyak 12 orang luka-luka."
)


@pytest.fixture
def no_token_client(tmp_path: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    store = api.open_store(str(tmp_path / "telisik.db"))
    with TestClient(create_app(store, Settings())) as c:  # TELISIK_API_TOKEN not set
        yield c
    store.close()


def _post(client: Any, headers: dict[str, str], **fields: Any) -> Any:
    return client.post("/api/articles", json={"text": HOSTILE, "title": "<b>Judul</b> <script>x()</script>"} | fields,
                       headers=headers)


# ---------------------------------------------------------------------------- token


def test_writes_are_refused_when_no_token_is_configured(no_token_client: Any) -> None:
    for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": "Bearer anything"}):
        response = _post(no_token_client, headers)
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "401"


@pytest.mark.parametrize(
    "header", [None, "Bearer wrong", "Basic dGVzdC10b2tlbi01YzFk", "test-token-5c1d", "Bearer test-token-5c1"]
)
def test_writes_need_the_matching_bearer_token(fresh_client: Any, header: str | None) -> None:
    response = _post(fresh_client, {"Authorization": header} if header else {})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_the_token_is_checked_before_the_body(fresh_client: Any) -> None:
    response = fresh_client.post("/api/articles", content=b"not json", headers={"content-type": "application/json"})
    assert response.status_code == 401


def test_a_posted_article_is_ingested_and_processed(fresh_client: Any, auth: dict[str, str]) -> None:
    created = _post(fresh_client, auth, id="hostile-1")
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["outcome"] == "added"
    again = _post(fresh_client, auth, id="hostile-1")
    assert again.json() == body | {"outcome": "unchanged"}
    article = fresh_client.get(f"/api/articles/{body['article']}").json()
    assert "<script>alert('xss')</script>" in article["text"]  # stored as written: escaping is the page's job


def test_invalid_article_is_422_in_the_error_shape(fresh_client: Any, auth: dict[str, str]) -> None:
    response = fresh_client.post("/api/articles", json={"text": "", "colour": "red"}, headers=auth)
    assert response.status_code == 422
    assert "text" in response.json()["error"]["message"] and "colour" in response.json()["error"]["message"]


# ---------------------------------------------------------------------------- escaping


def test_article_text_is_shown_as_text_on_every_page(fresh_client: Any, auth: dict[str, str]) -> None:
    created = _post(fresh_client, auth, id="hostile-2").json()
    pages = [f"/articles/{created['article']}", "/", "/?q=gedung", "/entities"]
    if created["story"] is not None:
        pages.append(f"/stories/{created['story']}")
    for url in pages:
        html = fresh_client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<script>x()" not in html, url
    article_html = fresh_client.get(f"/articles/{created['article']}").text
    assert "&lt;script&gt;alert(" in article_html
    shown = unescape(re.sub(r"<[^>]+>", "", article_html))  # what a reader sees: the markup as text
    assert "<script>alert('xss')</script>" in shown and "<img src=x onerror=alert(1)>" in shown


# ---------------------------------------------------------------------------- headers


@pytest.mark.parametrize("url", ["/", "/stories/1", "/api/stories", "/api/stories/999", "/health", "/static/style.css",
                                 "/openapi.json", "/no-such-page"])
def test_security_headers_on_every_response(client: Any, url: str) -> None:
    response = client.get(url)
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, (url, name)


def test_csp_forbids_inline_script_and_framing() -> None:
    csp = SECURITY_HEADERS["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp


@pytest.mark.parametrize("url", ["/", "/stories/1", "/articles/1", "/entities", "/entities/Kazakhstan"])
def test_pages_need_nothing_the_csp_forbids(client: Any, url: str) -> None:
    html = client.get(url).text
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), "inline script"
    assert "<style" not in html and not re.search(r"\sstyle=", html), "inline style"
    assert not re.search(r"\son[a-z]+=", html), "inline event handler"


# ---------------------------------------------------------------------------- size limit


def test_a_body_over_the_limit_is_refused(fresh_client: Any, auth: dict[str, str]) -> None:
    big = "x" * (MAX_REQUEST_BYTES + 10)
    response = fresh_client.post("/api/articles", json={"text": big}, headers=auth)
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "413"


def test_a_streamed_body_over_the_limit_is_refused(fresh_client: Any, auth: dict[str, str]) -> None:
    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit must count what arrives
        yield b'{"text": "'
        for _ in range(MAX_REQUEST_BYTES // 65536 + 2):
            yield b"y" * 65536
        yield b'"}'

    response = fresh_client.post("/api/articles", content=chunks(), headers=auth | {"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "413"


def test_the_token_setting_is_read_from_the_environment_and_kept_out_of_reprs() -> None:
    from telisik.settings import load_settings

    loaded = load_settings({"TELISIK_API_TOKEN": "s3cret"})
    assert loaded.api_token == "s3cret" and "s3cret" not in repr(loaded)
    assert load_settings({}).api_token == ""


# ---------------------------------------------------------------------------- a bug


@pytest.mark.parametrize("path", ["/api/stories", "/"])
def test_a_bug_answers_500_with_the_security_headers_and_no_details(tmp_path: Path, path: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from fastapi.testclient import TestClient

    store = api.open_store(str(tmp_path / "telisik.db"))

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret detail from deep inside")

    monkeypatch.setattr(type(store), "find_stories", broken)
    with TestClient(create_app(store, Settings()), raise_server_exceptions=False) as c:
        response = c.get(path)
    store.close()
    assert response.status_code == 500
    assert "secret detail" not in response.text
    for name, value in SECURITY_HEADERS.items():
        assert response.headers[name] == value
