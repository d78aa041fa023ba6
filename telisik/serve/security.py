"""What every response carries and every request must respect.

- security headers on every response: a Content Security Policy that allows
  scripts, styles and images from this server only (no inline script, no
  inline style), no framing, no MIME sniffing, no referrer sent off-site;
- a cap on the size of a request body, checked while it streams in, so a huge
  or endless upload is refused with 413 before it is read;
- the bearer token that write endpoints require (``TELISIK_API_TOKEN``).
"""

from __future__ import annotations

import hmac
import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_REQUEST_BYTES = 2_000_000  # one article in JSON with room to spare; TELISIK_MAX_DOCUMENT_BYTES may lower it

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


UNAUTHORISED = "a valid bearer token is required (set TELISIK_API_TOKEN on the server and send it as a bearer token)"


def token_matches(configured: str, authorization: str | None) -> bool:
    """True when a token is configured and ``Authorization: Bearer <token>`` carries it."""
    if not configured or not authorization:
        return False
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), configured.encode())


def error_json(status: int, code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message, "hint": None}}).encode()


class Guard:
    """ASGI middleware: security headers on every response, a limit on request bodies."""

    def __init__(self, app: ASGIApp, max_request_bytes: int = MAX_REQUEST_BYTES) -> None:
        self.app = app
        self.max_request_bytes = max_request_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_request_bytes:
            await self._refuse(send)
            return
        received = 0
        too_large = False

        async def counted_receive() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_request_bytes:
                    too_large = True
                    raise _BodyTooLarge
            return message

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if too_large:  # the app answered a body it could not finish reading: say why instead
                if not started:
                    started = True
                    await self._refuse(send)
                return
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                for name, value in SECURITY_HEADERS.items():
                    if name.lower().encode() not in present:
                        headers.append((name.lower().encode(), value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except _BodyTooLarge:
            pass
        if too_large and not started:
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = error_json(413, "413", f"request body over {self.max_request_bytes} bytes")
        headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


class WriteGuard:
    """ASGI middleware: any write under ``/api`` (POST, PUT, PATCH, DELETE) needs the bearer token.

    Checked before routing, so a client without the token learns nothing about the
    endpoint or its body, whatever route is added later.
    """

    READS = frozenset({"GET", "HEAD", "OPTIONS"})

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] not in self.READS and scope["path"].startswith("/api/"):
            authorization = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"authorization"), None)
            if not token_matches(self.token, authorization):
                body = error_json(401, "401", UNAUTHORISED)
                await send({"type": "http.response.start", "status": 401, "headers": [
                    (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                    (b"www-authenticate", b"Bearer"),
                ]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


class _BodyTooLarge(Exception):
    pass


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
