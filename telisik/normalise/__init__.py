"""Stage 2: raw documents → Article.

``normalise(doc, article_id, version)`` runs, in order:

1. the main text and title of an HTML page (trafilatura), else the body as given;
2. cleaning: Unicode NFC, whitespace tidied, paragraphs kept; a Markdown ``# Title``
   line becomes the title when the document has none; lines that point to other articles
   ("Baca juga: …", "READ MORE: …") removed, since their headlines are another story's;
3. the dateline (``MATA INDONESIA, ALMATY –``) read and removed from the body;
4. the language: the document's, else detected (id / ms / en / other, with a confidence),
   and the language of each paragraph; text in another language is read as id or en,
   whichever its function words lean to, and keeps ``detected_lang="other"``;
5. the publication date: metadata, else inferred from the text (the latest explicit date,
   else weekday-and-date pairs), marked as inferred with the phrase and span it came from;
6. sentences with character offsets into the cleaned body.

The text alone rarely pins the year of ``Kamis (6/1)``; then the date can be no later than
the day the document was read, ``not_after``: the pipeline passes the day it was ingested,
so a re-run gives the same answer. A caller that passes nothing (``telisik analyze``, ``telisik
eval``: records read outside a store) means "read on an unknown day": no clock is read, a
year is pinned only by the text, and a weekday written alone dates nothing, so the same text
gives the same answer on any day.
"""

from __future__ import annotations

from datetime import date

from telisik.errors import StageError
from telisik.language.publication import infer_publication_date
from telisik.language.detect import LanguageGuess, detect_paragraphs, identify, processing_language
from telisik.language.sentences import split_sentences
from telisik.models import Article, Dateline, PublishedDate, RawDocument, SourceFormat
from telisik.normalise.dateline import find_dateline
from telisik.normalise.markup import extract_main_text
from telisik.normalise.text import clean_text, drop_related_links, split_markdown_title

__all__ = ["normalise"]


def normalise(doc: RawDocument, article_id: int, version: int, *, not_after: date | None = None) -> Article:
    """The cleaned :class:`Article` for ``doc``; raises StageError when no text is left.

    ``not_after``: the latest possible publication day (when the document was read); None when unknown.
    """
    item = f"article:{article_id}"
    page_title, body = extract_main_text(doc.body, item) if doc.format is SourceFormat.HTML else (None, doc.body)
    markdown_title, text = split_markdown_title(clean_text(body))
    dateline, text = split_dateline(drop_related_links(text))
    if not any(ch.isalpha() for ch in text):
        raise StageError(
            f"{doc.origin} has no words left after cleaning", item=item, hint="check that the document has a body"
        )
    guess = identify(text)
    lang = doc.lang or processing_language(guess, text)  # "other" text is still read, as id or en
    if doc.lang:
        guess = LanguageGuess(doc.lang, 1.0)
    return Article(
        id=article_id,
        version=version,
        source_key=doc.source_key,
        text=text,
        lang=lang,
        title=doc.title or page_title or markdown_title,
        url=doc.url,
        outlet=doc.outlet or (dateline.outlet if dateline else None),
        published=_published(doc, text, lang, not_after),
        dateline=dateline,
        sentences=tuple(split_sentences(text, lang)),
        lang_confidence=None if doc.lang else guess.confidence,
        paragraph_languages=tuple(detect_paragraphs(text, guess)),
        detected_lang=guess.lang,
    )


def split_dateline(text: str) -> tuple[Dateline | None, str]:
    """(the dateline of ``text``, the text without it); (None, text) when it has none."""
    found = find_dateline(text)
    if found is None:
        return None, text
    return found.dateline, text[found.body_start :].strip()


def _published(doc: RawDocument, text: str, lang: str, not_after: date | None) -> PublishedDate | None:
    if doc.published is not None:
        return PublishedDate(doc.published, inferred=False, source="metadata")
    found = infer_publication_date(text, lang if lang in ("id", "ms", "en") else "id", not_after=not_after)
    if found is None:
        return None
    return PublishedDate(
        found.value, inferred=True, source=f"text: {found.text}", evidence_start=found.start, evidence_end=found.end
    )
