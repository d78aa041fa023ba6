"""Content identity: *where* a document came from and *what* it says.

``source_key`` (built by the readers from :func:`canonical_url`, a ``file:`` path or a
``doc:`` id) and :func:`content_hash` together make ingest idempotent: the same key
with a new hash is a new version of one article, the same hash is the same document.
Both are normalised so that trivial differences (tracking parameters, a trailing
slash, re-wrapped lines) do not masquerade as new documents or new versions.
"""

from __future__ import annotations

import hashlib
import unicodedata
from urllib.parse import SplitResult, urlsplit, urlunsplit

from telisik.errors import MalformedInput

DEFAULT_PORTS = {"http": 80, "https": 443}

# Query parameters that only say how a reader reached the page, never which page it is.
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid"})
TRACKING_PREFIXES = ("utm_",)


def normalise_for_hash(text: str) -> str:
    """NFC-normalise, collapse every whitespace run to one space and strip.

    Re-wrapping lines or re-indenting paragraphs is not an edit of the article, so
    it must not change the hash; a changed word or figure is, so it must.
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(text: str, title: str | None = None) -> str:
    """SHA-256 (hex) of the normalised title and text.

    The title takes part because outlets often correct a headline without touching
    the body. Normalised text holds no newline, so ``\\n`` separates the two parts
    unambiguously.
    """
    identity = normalise_for_hash(title or "") + "\n" + normalise_for_hash(text)
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()


def canonical_url(url: str) -> str:
    """The form of ``url`` under which one page is stored, whatever link led to it.

    Lower-cases scheme and host, drops the fragment, default ports and tracking
    parameters (``utm_*``, ``fbclid``, ``gclid``), and strips a trailing slash from
    a non-root path. Other parameters keep their order and their exact encoding,
    since some sites route on them (``?id=123``).

    Raises:
        MalformedInput: ``url`` has no scheme or host, or an invalid port.
    """
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.hostname:
        raise MalformedInput(f"not an absolute URL: {url!r}")
    scheme = parts.scheme.lower()
    path = parts.path or "/"
    if path != "/":
        path = path.rstrip("/") or "/"
    query = _drop_tracking_parameters(parts.query)
    return urlunsplit((scheme, _canonical_netloc(parts, scheme), path, query, ""))


def _canonical_netloc(parts: SplitResult, scheme: str) -> str:
    """Host (lower-cased, IPv6 in brackets) plus any non-default port; user info kept."""
    try:
        port = parts.port
    except ValueError as err:
        raise MalformedInput(f"invalid port in URL {parts.geturl()!r}: {err}") from None
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    userinfo, at, _ = parts.netloc.rpartition("@")
    return f"{userinfo}{at}{host}"


def _drop_tracking_parameters(query: str) -> str:
    """Remove tracking parameters, leaving every other pair byte-for-byte as it was."""
    kept = [pair for pair in query.split("&") if pair and not _is_tracking(pair.partition("=")[0])]
    return "&".join(kept)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMETERS or lowered.startswith(TRACKING_PREFIXES)
