"""The web UI as HTML: every page renders server-side, citations point at real anchors."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _story_id(client: Any) -> int:
    return int(client.get("/api/stories").json()["items"][0]["id"])


def test_story_list_has_search_filters_chart_and_links(client: Any) -> None:
    html = client.get("/").text
    for name in ('name="q"', 'name="from"', 'name="to"', 'name="outlet"', 'name="lang"', 'name="entity"'):
        assert name in html
    assert '<svg class="chart"' in html and "<rect class=\"bar\"" in html
    assert f'href="/stories/{_story_id(client)}"' in html
    assert "<option>Bisnis.com</option>" in html


def test_story_list_filters_without_javascript(client: Any) -> None:
    assert "No story matches" in client.get("/", params={"q": "gempa bumi"}).text
    assert "No story matches" not in client.get("/", params={"q": "penjaga perdamaian"}).text


def test_story_page_shows_every_part(client: Any) -> None:
    story = client.get(f"/api/stories/{_story_id(client)}").json()
    html = client.get(f"/stories/{story['id']}").text
    for section in ("incident", "summary", "facts", "quotes", "timeline", "flags", "entities", "outlets"):
        assert f'id="{section}"' in html, section
    assert re.search(r'data-kind="killed" data-verdict="agree"', html)
    assert re.search(r'data-kind="injured" data-verdict="refine"', html)
    assert unescape(story["summary"][0]["text"]) in unescape(html)
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    assert "Kassym-Jomart Tokayev (kata) → Al Jazeera → Mata Indonesia" in text  # speaker → relay → outlet
    assert "Where: Almaty" in text and "When: 2022-01-05" in text
    # "Pada Rabu malam": the evening of that day, not 19:00, in the text and in the machine-readable date
    assert '<time datetime="2022-01-05">2022-01-05 evening</time>' in html and "T19:00" not in html


def test_every_citation_links_to_a_source_sentence_on_the_page(client: Any) -> None:
    html = client.get(f"/stories/{_story_id(client)}").text
    targets = re.findall(r'<span class="cite"><a href="#([^"]*)"', html)
    anchors = set(re.findall(r'<span class="source" id="([^"]+)"', html))
    assert targets and anchors
    assert set(targets) <= anchors


def test_article_page_marks_extractions(client: Any) -> None:
    story = client.get(f"/api/stories/{_story_id(client)}").json()
    html = client.get(f"/articles/{story['articles'][0]['id']}").text
    for kind in ("entity", "date", "claim", "quote"):
        assert re.search(rf'<mark class="[^"]*\b{kind}\b', html), kind
    assert f'href="/stories/{story["id"]}"' in html


def test_entity_pages(client: Any) -> None:
    listing = client.get("/entities", params={"q": "kazakh"}).text
    assert 'href="/entities/Kazakhstan"' in listing
    page = client.get("/entities/Kazakhstan").text
    assert "<h1>Kazakhstan</h1>" in page and 'href="/stories/' in page


def test_unknown_pages_are_html_errors(client: Any) -> None:
    for url in ("/stories/999", "/articles/999", "/entities/Nobody", "/nowhere"):
        response = client.get(url)
        assert response.status_code == 404 and response.headers["content-type"].startswith("text/html"), url


def test_a_fact_read_from_a_title_cites_the_title(fresh_client: Any, auth: dict[str, str]) -> None:
    text = "Polisi mengatakan para korban dibawa ke rumah sakit. Pelaku melarikan diri dan masih dicari."
    posted = fresh_client.post("/api/articles", headers=auth, json={
        "id": "title-1", "lang": "id", "title": "Penembakan di Medan, 4 Orang Terluka", "text": text})
    assert posted.status_code == 201, posted.text
    article = fresh_client.get(f"/api/articles/{posted.json()['article']}").json()
    [claim] = [c for c in article["claims"] if c["kind"] == "injured"]
    assert claim["field"] == "title" and claim["min"] == 4
    assert article["title"][claim["start"] : claim["end"]] == claim["text"]
    html = fresh_client.get(f"/stories/{_story_id(fresh_client)}").text
    anchor = f"src-{article['id']}-title"
    assert f'<span class="source" id="{anchor}">' in html  # the title is a citable source on the page
    assert f'href="#{anchor}"' in html  # and the fact table's citation of the claim points at it
    assert '<span class="muted setting">Medan</span>' in html  # where the claim's context says it happened
