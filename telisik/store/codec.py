"""Conversions between database rows and the records of :mod:`telisik.models`."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Mapping

from sqlalchemy import RowMapping

from telisik.models import (
    Article,
    CitedPart,
    Claim,
    DateMention,
    Dateline,
    EntityMention,
    Flag,
    LanguageSpan,
    NumberMention,
    PublishedDate,
    Quote,
    RawDocument,
    Sentence,
    SourceFormat,
    Span,
)

Row = Mapping[str, Any] | RowMapping


def iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_iso(value: str | None) -> date | datetime | None:
    """Read back what :func:`iso` wrote: a date stays a date, a datetime a datetime."""
    if value is None:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


def parse_iso_datetime(value: str | None) -> datetime | None:
    parsed = parse_iso(value)
    if parsed is None or isinstance(parsed, datetime):
        return parsed
    return datetime(parsed.year, parsed.month, parsed.day)


def version_values(doc: RawDocument) -> dict[str, Any]:
    return {
        "content_hash": doc.content_hash,
        "format": doc.format.value,
        "origin": doc.origin,
        "body": doc.body,
        "url": doc.url,
        "external_id": doc.external_id,
        "title": doc.title,
        "outlet": doc.outlet,
        "published": iso(doc.published),
        "lang": doc.lang,
        "encoding": doc.encoding,
        "encoding_note": doc.encoding_note,
    }


def raw_document(source_key: str, row: Row) -> RawDocument:
    return RawDocument(
        source_key=source_key,
        content_hash=row["content_hash"],
        format=SourceFormat(row["format"]),
        body=row["body"],
        origin=row["origin"],
        url=row["url"],
        external_id=row["external_id"],
        title=row["title"],
        outlet=row["outlet"],
        published=parse_iso_datetime(row["published"]),
        lang=row["lang"],
        encoding=row["encoding"],
        encoding_note=row["encoding_note"],
    )


def article_values(article: Article) -> dict[str, Any]:
    published, dateline = article.published, article.dateline
    return {
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "text": article.text,
        "lang": article.lang,
        "published": iso(published.value) if published else None,
        "published_inferred": published.inferred if published else None,
        "published_source": published.source if published else None,
        "dateline_outlet": dateline.outlet if dateline else None,
        "dateline_place": dateline.place if dateline else None,
        "dateline_text": dateline.text if dateline else None,
        "published_evidence_start": published.evidence_start if published else None,
        "published_evidence_end": published.evidence_end if published else None,
        "detected_lang": article.detected_lang,
        "lang_confidence": article.lang_confidence,
        "paragraph_languages": [[p.start, p.end, p.lang, p.confidence] for p in article.paragraph_languages],
    }


def article(row: Row, sentences: list[Sentence]) -> Article:
    published_value = parse_iso(row["published"])
    published = (
        PublishedDate(published_value, bool(row["published_inferred"]), row["published_source"] or "",
                      row["published_evidence_start"], row["published_evidence_end"])
        if published_value is not None
        else None
    )
    dateline = (
        Dateline(row["dateline_outlet"], row["dateline_place"], row["dateline_text"] or "")
        if row["dateline_text"]
        else None
    )
    return Article(
        id=row["id"],
        version=row["current_version"],
        source_key=row["source_key"],
        text=row["text"] or "",
        lang=row["lang"] or "id",
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=published,
        dateline=dateline,
        sentences=tuple(sentences),
        lang_confidence=row["lang_confidence"],
        paragraph_languages=tuple(LanguageSpan(*p) for p in row["paragraph_languages"] or ()),
        detected_lang=row["detected_lang"],
    )


def span_values(article_id: int, start: int, end: int, text: str) -> dict[str, Any]:
    return {"article_id": article_id, "start": start, "end": end, "text": text}


def date_mention_values(article_id: int, m: DateMention) -> dict[str, Any]:
    return span_values(article_id, m.start, m.end, m.text) | {
        "value": iso(m.value), "granularity": m.granularity, "relative": m.relative, "value_end": iso(m.value_end),
    }


def number_mention_values(article_id: int, m: NumberMention) -> dict[str, Any]:
    return span_values(article_id, m.start, m.end, m.text) | {"min": m.min, "max": m.max, "unit": m.unit}


def entity_mention_values(article_id: int, m: EntityMention) -> dict[str, Any]:
    return span_values(article_id, m.start, m.end, m.text) | {"type": m.type, "canonical": m.canonical}


def claim_values(article_id: int, c: Claim) -> dict[str, Any]:
    return span_values(article_id, c.start, c.end, c.text) | {
        "kind": c.kind,
        "min": c.min,
        "max": c.max,
        "unit": c.unit,
        "subject": c.subject,
        "qualifier": c.qualifier,
        "event_time": iso(c.event_time),
        "place": c.place,
        "source_chain": list(c.source_chain),
        "sentence_start": c.sentence_start,
        "sentence_end": c.sentence_end,
        "confidence": c.confidence,
        "subject_start": c.subject_start,
        "subject_end": c.subject_end,
        "field": c.field,
    }


def quantity_values(article_id: int, c: Claim) -> dict[str, Any]:
    """A generic numeric claim (kind "quantity") for the ``quantities`` table."""
    values = claim_values(article_id, c)
    del values["event_time"], values["place"]
    return values


def quote_values(article_id: int, q: Quote) -> dict[str, Any]:
    return span_values(article_id, q.start, q.end, q.text) | {"speaker": q.speaker, "verb": q.verb, "via": list(q.via)}


def flag_values(article_id: int, f: Flag) -> dict[str, Any]:
    return {"article_id": article_id, "code": f.code, "message": f.message, "start": f.start, "end": f.end,
            "related_start": f.related_start, "related_end": f.related_end}


def date_mention(row: Row) -> DateMention:
    value = parse_iso(row["value"])
    assert value is not None  # the column is NOT NULL
    return DateMention(row["text"], row["start"], row["end"], value, row["granularity"], bool(row["relative"]),
                       parse_iso(row["value_end"]))


def number_mention(row: Row) -> NumberMention:
    return NumberMention(row["text"], row["start"], row["end"], row["min"], row["max"], row["unit"])


def entity_mention(row: Row) -> EntityMention:
    return EntityMention(row["text"], row["start"], row["end"], row["type"], row["canonical"])


def claim(row: Row) -> Claim:
    return Claim(
        kind=row["kind"],
        min=row["min"],
        max=row["max"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        unit=row["unit"],
        subject=row["subject"],
        qualifier=row["qualifier"],
        event_time=parse_iso(row["event_time"]),
        place=row["place"],
        source_chain=tuple(row["source_chain"]),
        sentence_start=row["sentence_start"],
        sentence_end=row["sentence_end"],
        confidence=row["confidence"],
        subject_start=row["subject_start"],
        subject_end=row["subject_end"],
        field=row["field"],
    )


def quantity(row: Row) -> Claim:
    """A row of the ``quantities`` table (no event time or place)."""
    return claim({**row, "event_time": None, "place": None})


def quote(row: Row) -> Quote:
    return Quote(row["text"], row["start"], row["end"], row["speaker"], row["verb"], tuple(row["via"]))


def flag(row: Row) -> Flag:
    return Flag(row["code"], row["message"], row["start"], row["end"], row["related_start"], row["related_end"])


# A span is stored as [article_id, start, end], with a fourth element only for another field
# than the text ("title"), so rows written before titles were citable read back unchanged.


def spans(values: list[list[Any]]) -> tuple[Span, ...]:
    return tuple(Span(*value) for value in values)


def span_list(s: Span) -> list[Any]:
    return [s.article_id, s.start, s.end] if s.field == "text" else [s.article_id, s.start, s.end, s.field]


def span_lists(citations: tuple[Span, ...]) -> list[list[Any]]:
    return [span_list(s) for s in citations]


def part_lists(parts: tuple[CitedPart, ...]) -> list[list[Any]]:
    return [[p.quote, *span_list(p.span)] for p in parts]


def parts(values: list[list[Any]]) -> tuple[CitedPart, ...]:
    return tuple(CitedPart(quote, Span(*span)) for quote, *span in values)
