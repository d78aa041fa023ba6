"""Fetching one URL through an injected ``httpx.Client``, within the size cap.

This is the only module of telisik that touches the network, and only through the
client it is given, so tests pass a client on ``httpx.MockTransport``. Every way a
fetch can go wrong ends as one of two errors::

    FetchError   E107  non-2xx status, timeout, too many redirects, no connection
    TooLarge     E103  Content-Length or the streamed body over the cap
"""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from telisik.errors import FetchError, TooLarge
from telisik.settings import Settings


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """An HTTP response body with what is needed to decode and route it."""

    url: str  # the final URL, after redirects
    content_type: str  # bare media type, lower-cased ("text/html"); "" if not sent
    charset: str | None  # the charset parameter of Content-Type, if any
    body: bytes


def build_client(settings: Settings) -> httpx.Client:
    """The default client: settings' timeout, redirect limit and User-Agent."""
    return httpx.Client(
        timeout=settings.fetch_timeout,
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        headers={"User-Agent": settings.user_agent},
    )


@dataclass(slots=True)
class Revalidation:
    """What a poller remembers between rounds so a server can answer "304 Not Modified" instead of the body.

    Each successful fetch keeps the response's ``ETag`` and ``Last-Modified``; the next GET of that URL
    sends them back as ``If-None-Match`` and ``If-Modified-Since``. ``not_modified`` collects the URLs that
    answered 304 since it was last taken.
    """

    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    not_modified: list[str] = field(default_factory=list)

    def headers(self, url: str) -> dict[str, str]:
        return dict(self.validators.get(url, {}))

    def remember(self, url: str, response: httpx.Response) -> None:
        sent = {"If-None-Match": response.headers.get("etag"),
                "If-Modified-Since": response.headers.get("last-modified")}
        kept = {name: value for name, value in sent.items() if value}
        if kept:
            self.validators[url] = kept
        else:
            self.validators.pop(url, None)

    def take_not_modified(self) -> list[str]:
        taken, self.not_modified = self.not_modified, []
        return taken


def fetch(
    url: str, client: httpx.Client, *, max_bytes: int, revalidation: Revalidation | None = None
) -> FetchedPage | None:
    """GET ``url``, streaming the body and aborting once it passes ``max_bytes``.

    With ``revalidation``, the request is conditional on what the last fetch of ``url`` returned, and
    ``None`` means the server answered 304: nothing changed since.

    Raises:
        FetchError: ``url`` is not an http(s) URL with a host, the server answered
            non-2xx, or the request failed.
        TooLarge: the body is over ``max_bytes``.
    """
    _require_fetchable(url)
    conditional = revalidation.headers(url) if revalidation is not None else {}
    try:
        with client.stream("GET", url, headers=conditional) as response:
            if response.status_code == 304 and conditional and revalidation is not None:
                revalidation.not_modified.append(url)
                return None
            _raise_for_status(response)
            body = _read_capped(response, max_bytes)
            if revalidation is not None:
                revalidation.remember(url, response)
    except httpx.TooManyRedirects:
        raise FetchError(f"more than {client.max_redirects} redirects (a redirect loop?)") from None
    except httpx.TimeoutException as err:
        raise FetchError(f"timed out ({type(err).__name__}); the limit is TELISIK_FETCH_TIMEOUT") from None
    except (httpx.HTTPError, httpx.InvalidURL) as err:
        raise FetchError(f"request failed: {type(err).__name__}: {err}") from None
    return FetchedPage(
        url=str(response.url),
        content_type=_media_type(response),
        charset=response.charset_encoding,
        body=body,
    )


def _require_fetchable(url: str) -> None:
    """Refuse a URL httpx would fail on in odd ways (a bare ``https://`` raises ValueError)."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as err:
        raise FetchError(f"not a valid URL: {err}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise FetchError(f"not an http(s) URL with a host: {url!r}")


def _raise_for_status(response: httpx.Response) -> None:
    if not response.is_success:
        reason = response.reason_phrase or "error"
        raise FetchError(f"HTTP {response.status_code} {reason}")


def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    """The body, refused early by Content-Length and again while streaming.

    Content-Length can be missing or wrong (chunked encoding, compression), so the
    streamed count is what enforces the cap.
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(f"Content-Length {int(declared):,} bytes, over the cap of {max_bytes:,}")
    chunks: list[bytes] = []
    received = 0
    for chunk in response.iter_bytes():
        received += len(chunk)
        if received > max_bytes:
            raise TooLarge(f"response passed the cap of {max_bytes:,} bytes; download aborted")
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(response: httpx.Response) -> str:
    content_type: str = response.headers.get("content-type", "")
    return content_type.partition(";")[0].strip().lower()
