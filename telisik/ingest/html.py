"""HTML pages → one document (markup kept, metadata read), and HTML fragments → text.

An HTML document's body is the page's markup, as ``models.RawDocument`` specifies:
the normalise stage extracts the main text from it, and keeping the original lets a
better extractor re-read old pages. Ingest still runs trafilatura's main-text
extraction, for three things only the text gives: the metadata (title, site name,
canonical URL, date), the content hash (so a changed menu or advert is not a new
version), and refusing a page with no article text before it is stored.

We favour precision: a missing paragraph costs less downstream than a menu or a
"read also" link read as a claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from telisik.errors import MalformedInput, NoTextFound
from telisik.ingest.decoding import DecodedText
from telisik.ingest.keys import canonical_url, content_hash
from telisik.ingest.published import parse_iso_published
from telisik.models import RawDocument, SourceFormat

if TYPE_CHECKING:
    from trafilatura.settings import Document

# Keep the time and offset of a page's date when its metadata has them (htmldate
# defaults to a bare day).
DATE_OUTPUT_FORMAT = "%Y-%m-%dT%H:%M:%S%z"

# Elements after which a line break belongs when markup is flattened to text.
BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "tr", "blockquote", "pre", "section", "article", "header", "footer"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "figure", "figcaption"}
)
# Elements whose content is never prose.
DROPPED_TAGS = ("script", "style", "noscript", "template")


def document_from_html(
    decoded: DecodedText, *, origin: str, page_url: str | None, fallback_key: str
) -> RawDocument:
    """One HTML page: its markup as the body, keyed and hashed by its main text.

    ``page_url`` is the URL the page was fetched from (None for a file). The document's
    URL is the canonical one the page declares, else ``page_url``; its key is that URL
    canonicalised, else ``fallback_key`` (a ``file:`` key). The outlet is the site name
    the page declares, else the URL's host name.

    Raises:
        NoTextFound: trafilatura finds no main text.
        MalformedInput: the markup or its metadata cannot be parsed at all.
    """
    extracted = extract_main_text(decoded.text, page_url)
    url = _absolute_url(extracted.url, page_url) or page_url
    return RawDocument(
        source_key=canonical_url(url) if url else fallback_key,
        content_hash=content_hash(extracted.text or "", extracted.title),
        format=SourceFormat.HTML,
        body=decoded.text,
        origin=origin,
        url=url,
        title=extracted.title or None,
        outlet=extracted.sitename or _hostname(url),
        published=parse_iso_published(extracted.date) if extracted.date else None,
        encoding=decoded.encoding,
        encoding_note=decoded.note,
    )


def extract_main_text(markup: str, page_url: str | None) -> Document:
    """Run trafilatura for the main text and the metadata.

    Raises:
        NoTextFound: trafilatura discarded the page or kept no text.
        MalformedInput: lxml could not parse the markup at all.
    """
    import trafilatura  # here, not at the top: it takes a fifth of a second to import, and only HTML needs it
    from trafilatura.settings import Document, set_date_params

    date_params = {**set_date_params(extensive=False), "outputformat": DATE_OUTPUT_FORMAT}
    try:
        extracted = trafilatura.bare_extraction(
            markup,
            url=page_url,
            favor_precision=True,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=date_params,
        )
    except etree.LxmlError as err:
        raise MalformedInput(f"the HTML cannot be parsed: {err}") from err
    except (AssertionError, ValueError, TypeError) as err:
        # trafilatura and htmldate assume a sane tree: "<body><script><html>" trips an assertion in lxml
        raise MalformedInput(f"the HTML cannot be read: {type(err).__name__} in the extractor on this markup") from err
    if not isinstance(extracted, Document) or not (extracted.text or "").strip():
        raise NoTextFound("no main text found in the HTML")
    return extracted


def html_fragment_to_text(fragment: str) -> str:
    """Flatten an HTML fragment (a feed entry's content) to text, one line per block.

    Paragraph breaks survive as newlines because the normalise stage reads the
    dateline from the first line; runs of spaces collapse as a browser would show them.

    Raises:
        MalformedInput: lxml cannot parse the fragment.
    """
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except etree.LxmlError as err:
        raise MalformedInput(f"the HTML cannot be parsed: {err}") from err
    for element in list(root.iter(*DROPPED_TAGS)):
        element.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _absolute_url(declared: str | None, page_url: str | None) -> str | None:
    """The page's declared URL made absolute, or None if it has none we can use.

    A saved page may declare a relative canonical link; without the URL it was
    fetched from there is nothing to resolve it against, so the file key is used.
    """
    if not declared:
        return None
    candidate = urljoin(page_url, declared) if page_url else declared
    parts = urlsplit(candidate)
    return candidate if parts.scheme in ("http", "https") and parts.hostname else None


def _hostname(url: str | None) -> str | None:
    return urlsplit(url).hostname if url else None
