"""The JSON API over a temporary database holding the two seed articles."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _story_id(client: Any) -> int:
    page = client.get("/api/stories").json()
    (story,) = [s for s in page["items"] if len(s["articles"]) == 2]
    return int(story["id"])


def test_health(client: Any) -> None:
    body = client.get("/health").json()
    assert body["status"] == "ok" and body["articles"] == 2 and body["stories"] == 1


def test_openapi_lists_every_endpoint(client: Any) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/articles/{article_id}", "/api/articles",
                 "/api/entities", "/api/search", "/health"):
        assert path in paths, path
    assert "post" in paths["/api/articles"]


def test_story_list_is_a_page(client: Any) -> None:
    page = client.get("/api/stories", params={"limit": 5}).json()
    assert (page["total"], page["limit"], page["offset"]) == (1, 5, 0)
    assert page["items"][0]["outlets"] == ["Bisnis.com", "Mata Indonesia"]


def test_story_detail_has_every_part(client: Any) -> None:
    story = client.get(f"/api/stories/{_story_id(client)}").json()
    verdicts = {g["kind"]: g["verdict"] for g in story["comparison"]}
    assert verdicts["killed"] == "agree" and verdicts["injured"] == "refine"
    for group in story["comparison"]:
        assert all(c["sentence"]["end"] > c["sentence"]["start"] for c in group["claims"])
    assert story["summary"] and all(s["citations"] for s in story["summary"])
    assert story["timeline"] and story["quotes"]
    assert any(e["canonical"] == "Kazakhstan" for e in story["entities"])
    assert all(a["assignment"]["reason"] for a in story["articles"])
    assert any(f["code"] == "weekday-mismatch" for f in story["flags"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"outlet": "Bisnis.com"}, 1),
        ({"outlet": "Kompas"}, 0),
        ({"lang": "id"}, 1),
        ({"lang": "en"}, 0),
        ({"from": "2022-01-01", "to": "2022-01-31"}, 1),
        ({"from": "2023-01-01"}, 0),
        ({"entity": "kazakhstan"}, 1),
        ({"entity": "Jakarta Selatan"}, 0),
        ({"q": "pasukan penjaga perdamaian"}, 1),
        ({"q": "gempa"}, 0),
    ],
)
def test_story_filters(client: Any, params: dict[str, str], expected: int) -> None:
    assert client.get("/api/stories", params=params).json()["total"] == expected


def test_pagination_past_the_end_is_empty(client: Any) -> None:
    page = client.get("/api/stories", params={"offset": 10}).json()
    assert page["total"] == 1 and page["items"] == []


def test_article_detail(client: Any) -> None:
    story = client.get(f"/api/stories/{_story_id(client)}").json()
    article_id = story["articles"][0]["id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert article["id"] == article_id and article["story"] == story["id"]
    assert article["text"] and article["entities"] and article["sentences"]


def test_entities_page_and_detail(client: Any) -> None:
    page = client.get("/api/entities", params={"q": "kazakh", "type": "LOC"}).json()
    names = [e["canonical"] for e in page["items"]]
    assert "Kazakhstan" in names and all(e["type"] == "LOC" for e in page["items"])
    detail = client.get("/api/entities/Kazakhstan").json()
    assert detail["mentions"] >= 2 and len(detail["stories"]) == 1


def test_search_stems_the_query_and_the_text(client: Any) -> None:
    # Neither article contains the word "bangun"; article 000 has "bangunan", 003 "pemerintahan" (perintah).
    hits = client.get("/api/search", params={"q": "bangun"}).json()
    assert hits["total"] >= 1
    assert all("bangun" not in (h["lead"] + (h["title"] or "")).lower().split() for h in hits["items"])
    assert client.get("/api/search", params={"q": "perintah"}).json()["total"] == 2


@pytest.mark.parametrize("q", ['"', "OR", "NEAR(a b)", "* AND *", "x' OR 1=1 --", "a\"b", "title:kazakhstan", "^"])
def test_search_reads_user_input_as_words_never_as_syntax(client: Any, q: str) -> None:
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 200, response.text
    assert "items" in response.json()


def test_search_needs_a_query(client: Any) -> None:
    response = client.get("/api/search")
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "422"


# ---------------------------------------------------------------------------- the one error shape


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("get", "/api/stories/999", 404),
        ("get", "/api/articles/999", 404),
        ("get", "/api/entities/Nobody%20Here", 404),
        ("get", "/api/nothing", 404),
        ("get", "/api/stories?limit=0", 422),
        ("get", "/api/stories?from=yesterday", 422),
        ("get", "/api/stories/abc", 422),
        ("post", "/api/articles", 401),
        ("delete", "/api/stories/1", 401),
        ("get", "/api/articles", 405),
    ],
)
def test_every_error_has_one_shape(client: Any, method: str, url: str, status: int) -> None:
    response = getattr(client, method)(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "hint"}
    assert isinstance(body["error"]["code"], str) and body["error"]["message"]
