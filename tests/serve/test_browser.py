"""The web UI in a real browser: Playwright driving Debian's chromium (never a downloaded one).

The server runs in-process (uvicorn in a thread) on a free loopback port over a
temporary database holding the two seed articles, processed by the pipeline.
Screenshots go to ``build/screenshots/`` (the ``screenshots`` fixture); the run prints the folder.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

from telisik.settings import Settings
from telisik.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
HIGHLIGHT = "rgb(255, 229, 138)"  # .source:target in static/style.css

playwright_api = pytest.importorskip("playwright.sync_api", reason="the dev extra installs playwright")
pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (make test installs it)"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(seeds_store: Store) -> Iterator[str]:
    import uvicorn

    from telisik.serve import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(seeds_store, Settings()), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not instance.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=30)
    assert not thread.is_alive(), "the server thread did not stop"  # a live one would race later tests


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    opened.on("pageerror", lambda e: problems.append(str(e)))
    yield opened
    context.close()
    assert problems == [], problems  # e.g. a Content-Security-Policy violation


def _story_id(server: str, page: Any) -> int:
    page.goto(server + "/")
    href = page.locator("ol.stories a").first.get_attribute("href")
    return int(href.rsplit("/", 1)[1])


def test_fact_table_shows_killed_agreeing_and_injured_refining(server: str, page: Any, screenshots: Path) -> None:
    page.goto(f"{server}/stories/{_story_id(server, page)}")
    killed = page.locator('tr.fact[data-kind="killed"]')
    injured = page.locator('tr.fact[data-kind="injured"]')
    assert killed.locator(".verdict").inner_text() == "agree"
    assert injured.locator(".verdict").inner_text() == "refine"
    assert "8" in killed.inner_text() and "317" in injured.inner_text() and "300" in injured.inner_text()
    assert int(killed.locator("td.sources-count").inner_text()) >= 1
    page.screenshot(path=str(screenshots / "story.png"), full_page=True)
    page.screenshot(path=str(screenshots / "story-top.png"))  # the first screen: title, summary, fact table


def test_clicking_a_citation_highlights_its_source(server: str, page: Any, screenshots: Path) -> None:
    page.goto(f"{server}/stories/{_story_id(server, page)}")
    citation = page.locator("#summary .cite > a").first
    target = citation.get_attribute("href")
    assert target and target.startswith("#src-")
    source = page.locator(target)
    assert source.evaluate("e => getComputedStyle(e).backgroundColor") != HIGHLIGHT
    citation.hover()
    assert citation.locator("xpath=following-sibling::span[@class='pop']").is_visible()  # hover shows the sentence
    citation.click()
    page.wait_for_function("h => location.hash === h", arg=target)
    assert source.evaluate("e => e.matches(':target')")
    assert source.evaluate("e => getComputedStyle(e).backgroundColor") == HIGHLIGHT
    assert source.is_visible() and source.inner_text().strip()
    source.scroll_into_view_if_needed()
    page.screenshot(path=str(screenshots / "citation-highlighted.png"))


def test_story_page_reads_without_javascript(server: str, browser: Any, screenshots: Path) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/?q=penjaga+perdamaian")
    page.locator("ol.stories a").first.click()
    assert page.locator('tr.fact[data-kind="killed"] .verdict').inner_text() == "agree"
    citation = page.locator("#timeline .cite > a").first
    citation.click()
    assert page.locator(citation.get_attribute("href")).evaluate("e => e.matches(':target')")
    context.close()


def test_usable_at_phone_width(server: str, browser: Any, screenshots: Path) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 812}, device_scale_factor=2, is_mobile=True)
    page = context.new_page()
    for url, name in ((f"/stories/{_story_id(server, page)}", "story-phone.png"), ("/", "stories-phone.png")):
        page.goto(server + url)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px at 375px"
        page.screenshot(path=str(screenshots / name), full_page=True)
        page.screenshot(path=str(screenshots / name.replace(".png", "-top.png")))
    context.close()


def test_search_with_htmx_updates_the_list(server: str, page: Any, screenshots: Path) -> None:
    page.goto(server + "/")
    page.evaluate("window.notReloaded = true")  # gone if the form did a full page load instead of htmx
    page.fill('input[name="q"]', "gempa bumi")
    page.click('form.filters button[type="submit"]')
    page.wait_for_function("() => document.querySelector('#results').textContent.includes('No story matches')")
    assert "q=gempa" in page.url  # hx-push-url keeps the address shareable
    page.fill('input[name="q"]', "pembangunan")  # stems to "bangun": the seeds have "bangunan"
    page.click('form.filters button[type="submit"]')
    page.wait_for_function("() => document.querySelectorAll('ol.stories a').length === 1")
    assert page.evaluate("window.notReloaded === true"), "the list was not updated in place by htmx"
    assert page.locator("#results").count() == 1  # swapped, not nested
    page.screenshot(path=str(screenshots / "stories.png"), full_page=True)


def test_article_and_entity_pages(server: str, page: Any, screenshots: Path) -> None:
    page.goto(f"{server}/stories/{_story_id(server, page)}")
    page.locator("#outlets h4 a").first.click()
    assert page.locator("mark.claim").count() >= 1 and page.locator("mark.entity").count() >= 3
    page.screenshot(path=str(screenshots / "article.png"), full_page=True)
    page.locator(".chips a", has_text="Kazakhstan").first.click()
    assert page.locator("h1").inner_text() == "Kazakhstan"
