"""Stage 2: raw documents → Article.

``normalise(doc, article_id, version)`` runs, in order:

1. the main text and title of an HTML page (trafilatura), else the body as given;
2. cleaning: Unicode NFC, whitespace tidied, paragraphs kept; a Markdown ``# Title``
   line becomes the title when the document has none;
3. the dateline (``MATA INDONESIA, ALMATY –``) read and removed from the body;
4. the language: the document's, else detected (id / ms / en);
5. the publication date: metadata, else the latest explicit date in the text,
   marked as inferred with the phrase it came from;
6. sentences with character offsets into the cleaned body.
"""

from __future__ import annotations

from telisik.errors import StageError
from telisik.language.dates import latest_explicit_date
from telisik.language.detect import detect_language
from telisik.language.sentences import split_sentences
from telisik.models import Article, Dateline, PublishedDate, RawDocument, SourceFormat
from telisik.normalise.dateline import find_dateline
from telisik.normalise.markup import extract_main_text
from telisik.normalise.text import clean_text, split_markdown_title

__all__ = ["normalise"]


def normalise(doc: RawDocument, article_id: int, version: int) -> Article:
    """The cleaned :class:`Article` for ``doc``; raises StageError when no text is left."""
    item = f"article:{article_id}"
    page_title, body = extract_main_text(doc.body, item) if doc.format is SourceFormat.HTML else (None, doc.body)
    markdown_title, text = split_markdown_title(clean_text(body))
    dateline, text = _split_dateline(text)
    if not any(ch.isalpha() for ch in text):
        raise StageError(
            f"{doc.origin} has no words left after cleaning", item=item, hint="check that the document has a body"
        )
    lang = doc.lang or detect_language(text)
    return Article(
        id=article_id,
        version=version,
        source_key=doc.source_key,
        text=text,
        lang=lang,
        title=doc.title or page_title or markdown_title,
        url=doc.url,
        outlet=doc.outlet or (dateline.outlet if dateline else None),
        published=_published(doc, text, lang),
        dateline=dateline,
        sentences=tuple(split_sentences(text, lang)),
    )


def _split_dateline(text: str) -> tuple[Dateline | None, str]:
    found = find_dateline(text)
    if found is None:
        return None, text
    return found.dateline, text[found.body_start :].strip()


def _published(doc: RawDocument, text: str, lang: str) -> PublishedDate | None:
    if doc.published is not None:
        return PublishedDate(doc.published, inferred=False, source="metadata")
    latest = latest_explicit_date(text, lang if lang in ("id", "ms", "en") else "id")
    if latest is None:
        return None
    value, phrase = latest
    return PublishedDate(value, inferred=True, source=f"text: {phrase}")
