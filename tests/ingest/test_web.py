from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from telisik.errors import FetchError, TooLarge
from telisik.ingest.web import Revalidation, build_client, fetch
from telisik.settings import Settings

Handler = Callable[[httpx.Request], httpx.Response]
MakeClient = Callable[[Handler], httpx.Client]
CAP = 100_000  # settings.max_document_bytes in conftest
PAGE = "<html><body><p>Kabar dari Ambon.</p></body></html>"


def test_build_client_applies_the_settings() -> None:
    settings = Settings(fetch_timeout=7.5, max_redirects=4, user_agent="telisik-uji/1")
    with build_client(settings) as client:
        assert client.timeout == httpx.Timeout(7.5)
        assert client.max_redirects == 4
        assert client.follow_redirects is True
        assert client.headers["User-Agent"] == "telisik-uji/1"


def test_a_page_is_fetched_with_its_type_and_charset(mock_client: MakeClient, settings: Settings) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=PAGE.encode(), headers={"Content-Type": "Text/HTML; charset=ISO-8859-1"})

    page = fetch("https://kabar.example/ambon", mock_client(handler), max_bytes=CAP)
    assert (page.url, page.content_type, page.charset, page.body) == (
        "https://kabar.example/ambon",
        "text/html",
        "iso-8859-1",
        PAGE.encode(),
    )
    assert seen[0].headers["User-Agent"] == settings.user_agent


def test_redirects_are_followed_to_the_final_url(mock_client: MakeClient) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/lama":
            return httpx.Response(301, headers={"Location": "https://kabar.example/baru"})
        return httpx.Response(200, text=PAGE)

    page = fetch("https://kabar.example/lama", mock_client(handler), max_bytes=CAP)
    assert page.url == "https://kabar.example/baru"
    assert page.content_type == "text/plain"


def test_a_redirect_loop_is_a_fetch_error(mock_client: MakeClient) -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        target = "/b" if request.url.path == "/a" else "/a"
        return httpx.Response(302, headers={"Location": target})

    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch("https://kabar.example/a", mock_client(handler), max_bytes=CAP)
    assert calls == 4  # the first request and three redirects


@pytest.mark.parametrize(("status", "message"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500"), (403, "HTTP 403")])
def test_a_non_2xx_status_is_a_fetch_error(mock_client: MakeClient, status: int, message: str) -> None:
    client = mock_client(lambda request: httpx.Response(status, text="tidak ada"))
    with pytest.raises(FetchError, match=message):
        fetch("https://kabar.example/hilang", client, max_bytes=CAP)


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (httpx.ReadTimeout("lambat"), "timed out"),
        (httpx.ConnectTimeout("lambat"), "timed out"),
        (httpx.ConnectError("ditolak"), "request failed: ConnectError"),
        (httpx.RemoteProtocolError("putus"), "request failed: RemoteProtocolError"),
    ],
)
def test_transport_errors_are_fetch_errors(mock_client: MakeClient, error: Exception, message: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    with pytest.raises(FetchError, match=message):
        fetch("https://kabar.example/x", mock_client(handler), max_bytes=CAP)


@pytest.mark.parametrize("url", ["https://", "ftp://kabar.example/a", "https:///tanpa-host", "kabar.example/a"])
def test_a_url_that_cannot_be_fetched_is_refused_before_any_request(mock_client: MakeClient, url: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("a request was sent")

    with pytest.raises(FetchError, match="not a valid URL|not an http"):
        fetch(url, mock_client(handler), max_bytes=CAP)


def test_a_streamed_body_is_aborted_once_over_the_cap(mock_client: MakeClient) -> None:
    chunk = b"a" * 10_000
    sent = 0

    def endless() -> Iterator[bytes]:
        nonlocal sent
        while True:  # no Content-Length: only counting the stream can stop it
            sent += 1
            yield chunk

    client = mock_client(lambda request: httpx.Response(200, content=endless()))
    with pytest.raises(TooLarge, match="download aborted"):
        fetch("https://kabar.example/besar", client, max_bytes=CAP)
    assert sent == CAP // len(chunk) + 1


def test_a_declared_length_over_the_cap_is_refused_before_reading(mock_client: MakeClient) -> None:
    def never_read() -> Iterator[bytes]:
        raise AssertionError("the body was read although Content-Length was over the cap")
        yield b""  # pragma: no cover

    client = mock_client(
        lambda request: httpx.Response(200, content=never_read(), headers={"Content-Length": str(CAP * 50)})
    )
    with pytest.raises(TooLarge, match="Content-Length 5,000,000 bytes"):
        fetch("https://kabar.example/besar", client, max_bytes=CAP)


def test_a_body_of_exactly_the_cap_is_accepted(mock_client: MakeClient) -> None:
    client = mock_client(lambda request: httpx.Response(200, content=b"a" * CAP))
    assert len(fetch("https://kabar.example/pas", client, max_bytes=CAP).body) == CAP


class ConditionalServer:
    """A feed server that honours If-None-Match: 304 while the body's version is the one the client has."""

    def __init__(self) -> None:
        self.version = 1
        self.seen: list[dict[str, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append({k: v for k, v in request.headers.items() if k.startswith("if-")})
        etag = f'"v{self.version}"'
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304)
        return httpx.Response(200, html=PAGE.replace("Ambon", f"Ambon {self.version}"),
                              headers={"ETag": etag, "Last-Modified": "Mon, 04 Mar 2024 08:15:00 GMT"})


def test_a_revalidated_fetch_of_an_unchanged_page_is_a_304(mock_client: MakeClient) -> None:
    server = ConditionalServer()
    client, memory = mock_client(server), Revalidation()
    first = fetch("https://kabar.example/rss", client, max_bytes=CAP, revalidation=memory)
    assert first is not None and b"Ambon 1" in first.body
    assert fetch("https://kabar.example/rss", client, max_bytes=CAP, revalidation=memory) is None
    assert memory.take_not_modified() == ["https://kabar.example/rss"] and memory.take_not_modified() == []
    server.version = 2
    changed = fetch("https://kabar.example/rss", client, max_bytes=CAP, revalidation=memory)
    assert changed is not None and b"Ambon 2" in changed.body
    assert server.seen[0] == {}  # nothing known yet: an ordinary GET
    assert server.seen[1] == {"if-none-match": '"v1"', "if-modified-since": "Mon, 04 Mar 2024 08:15:00 GMT"}


def test_without_revalidation_every_fetch_is_unconditional(mock_client: MakeClient) -> None:
    server = ConditionalServer()
    client = mock_client(server)
    for _ in range(2):
        assert fetch("https://kabar.example/rss", client, max_bytes=CAP) is not None
    assert server.seen == [{}, {}]


def test_a_304_nobody_asked_for_is_a_fetch_error(mock_client: MakeClient) -> None:
    client = mock_client(lambda request: httpx.Response(304))
    with pytest.raises(FetchError, match="HTTP 304"):
        fetch("https://kabar.example/rss", client, max_bytes=CAP, revalidation=Revalidation())
