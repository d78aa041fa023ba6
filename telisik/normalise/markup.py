"""The main text of an HTML page, by trafilatura (imported on first use: it is slow to import)."""

from __future__ import annotations

from telisik.errors import StageError


def extract_main_text(markup: str, item: str) -> tuple[str | None, str]:
    """(page title, article text) of ``markup``, paragraphs on their own lines, the title line left out."""
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(
            markup, include_comments=False, include_tables=False, favor_precision=True, with_metadata=True
        )
    except (AssertionError, ValueError, TypeError) as err:  # a tree the extractor cannot walk
        raise StageError(
            f"the HTML page cannot be read: {type(err).__name__} in the extractor", item=item,
            hint="the markup is malformed; re-fetch the page or ingest its text",
        ) from err
    text = getattr(extracted, "text", None)  # a trafilatura Document, or None
    if not text:
        raise StageError(
            "no article text found in the HTML page", item=item, hint="the page may be an index, a paywall or empty"
        )
    title = getattr(extracted, "title", None) or None
    first, _, rest = text.partition("\n")
    if title is not None and first.strip() == title.strip():
        text = rest
    return title, text
