"""Records as JSON-ready dictionaries, in the shapes DESIGN.md fixes.

``telisik analyze --format json`` writes :func:`analysis` per document;
``telisik stories --json`` writes :func:`story_listing` per story and
``telisik story ID --json`` one :func:`story_detail`. The keys are pinned by
``tests/test_serialise.py`` and ``docs/analyze-schema.json``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from telisik.models import (
    AnalysedArticle,
    Article,
    CanonicalEntity,
    Claim,
    ClaimGroup,
    Comparison,
    EventGroup,
    Flag,
    Incident,
    Quote,
    Span,
    Summary,
)
from telisik.reconcile.groups import victim_group
from telisik.reconcile.incident import incident
from telisik.reconcile.sources import Source, article_relay, independent_sources
from telisik.store import StoryArticle, StoryListing


def iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


# The conventional hour a part of the day is stored at (language/data/*/parts_of_day.txt) → its name.
PART_OF_DAY_NAMES = {2: "before dawn", 6: "morning", 12: "midday", 15: "afternoon", 18: "dusk", 19: "evening"}


def when_label(value: date | datetime, granularity: str) -> str:
    """A date as precisely as the text gave it: "2022-01", "2022-01-05", "2022-01-05 evening" (a part of the
    day, stored at a conventional hour), "2022-01-05 19:30"."""
    if granularity in ("year", "month"):
        return iso_to_precision(value.isoformat(), granularity)
    day = value.isoformat()[:10]
    if granularity == "week":
        return f"week of {day}"
    if not isinstance(value, datetime) or granularity == "day":
        return day
    if granularity == "part-of-day":
        return f"{day} {PART_OF_DAY_NAMES.get(value.hour, f'{value.hour:02d}:00')}"
    return f"{day} {value.hour:02d}:{value.minute:02d}"


def iso_to_precision(when: str, granularity: str) -> str:
    """An ISO date or datetime cut to what the text gave, for machine-readable markup (HTML ``<time>``):
    "2022" for a year, "2022-01" for a month, "2022-01-05" for a day, a week or a part of the day."""
    if granularity == "year":
        return when[:4]
    if granularity == "month":
        return when[:7]
    if granularity in ("day", "week", "part-of-day"):
        return when[:10]
    return when


def span(s: Span) -> dict[str, Any]:
    """``field`` says what start/end index: the article's "text", or its "title"."""
    return {"article": s.article_id, "start": s.start, "end": s.end, "field": s.field}


def claim(c: Claim) -> dict[str, Any]:
    return {
        "kind": c.kind,
        "min": c.min,
        "max": c.max,
        "unit": c.unit,
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "subject": c.subject,
        "subject_span": None if c.subject_start is None else {"start": c.subject_start, "end": c.subject_end},
        "qualifier": c.qualifier,
        "event_time": iso(c.event_time),
        "place": c.place,
        "source_chain": list(c.source_chain),
        "sentence": {"start": c.sentence_start, "end": c.sentence_end},
        "confidence": c.confidence,
        "field": c.field,  # "title" when read from the headline: the spans above index the title
    }


def analysis(item: AnalysedArticle, doc_id: str | None = None) -> dict[str, Any]:
    """The per-article extraction of ``telisik analyze``."""
    a, x = item.article, item.extraction
    return {
        "id": doc_id if doc_id is not None else a.id,
        "lang": a.lang,
        "title": a.title,
        "outlet": a.outlet,
        "published": (
            {"value": a.published.iso(), "inferred": a.published.inferred, "source": a.published.source,
             "evidence": _evidence(a)}
            if a.published
            else {"value": None, "inferred": False, "source": None, "evidence": None}
        ),
        "language": {
            "lang": a.detected_lang or a.lang,
            "confidence": a.lang_confidence,
            "paragraphs": [
                {"start": p.start, "end": p.end, "lang": p.lang, "confidence": p.confidence}
                for p in a.paragraph_languages
            ],
        },
        "dateline": {
            "outlet": a.dateline.outlet if a.dateline else None,
            "place": a.dateline.place if a.dateline else None,
        },
        "text": a.text,
        "sentences": [{"start": s.start, "end": s.end} for s in a.sentences],
        "dates": [
            {"text": d.text, "start": d.start, "end": d.end, "value": iso(d.value), "granularity": d.granularity,
             "relative": d.relative, "value_end": iso(d.value_end)}
            for d in x.dates
        ],
        "numbers": [
            {"text": n.text, "start": n.start, "end": n.end, "min": n.min, "max": n.max, "unit": n.unit}
            for n in x.numbers
        ],
        "entities": [
            {"text": e.text, "start": e.start, "end": e.end, "type": e.type, "canonical": e.canonical}
            for e in x.entities
        ],
        "claims": [claim(c) for c in x.claims],
        "quantities": [claim(c) for c in x.quantities],
        "quotes": [
            {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "verb": q.verb, "via": list(q.via)}
            for q in x.quotes
        ],
        "flags": [
            {"code": f.code, "message": f.message, "start": f.start, "end": f.end,
             "related": None if f.related_start is None else {"start": f.related_start, "end": f.related_end}}
            for f in x.flags
        ],
    }


def _evidence(a: Article) -> dict[str, Any] | None:
    """The span a publication date was inferred from, when it was."""
    p = a.published
    if p is None or p.evidence_start is None or p.evidence_end is None:
        return None
    return {"start": p.evidence_start, "end": p.evidence_end, "text": a.text[p.evidence_start : p.evidence_end]}


def story_article(a: StoryArticle) -> dict[str, Any]:
    return {
        "id": a.id,
        "outlet": a.outlet,
        "title": a.title,
        "lead": a.lead,
        "published": iso(a.published),
        "published_inferred": a.published_inferred,
        "assignment": {"score": a.score, "reason": a.reason, "evidence": a.evidence},
        "copy_of": a.copy_of,  # the article this one is a near-copy of ("also published by"), or null
    }


def story_listing(s: StoryListing) -> dict[str, Any]:
    return {"id": s.id, "outlets": list(s.outlets), "articles": [story_article(a) for a in s.articles]}


def claim_group(
    g: ClaimGroup, copies: dict[int, int] | None = None, entities: tuple[CanonicalEntity, ...] = (),
    outlets: dict[int, str | None] | None = None, relays: dict[int, tuple[str, ...]] | None = None,
) -> dict[str, Any]:
    """One row of a story's fact table: the verdict, the value, every claim with its span and
    victim group, and the independent sources behind it (who relayed each, which copies)."""
    return {
        "kind": g.kind,
        "verdict": g.verdict.value,
        "value": {"min": g.value_min, "max": g.value_max},
        "independent_sources": g.independent_sources,
        "explanation": g.explanation,
        "claims": [
            {"article": r.article_id, "outlet": r.outlet, "published": iso(r.published),
             "victim_group": victim_group(r.claim.subject), "copy_of": (copies or {}).get(r.article_id)}
            | claim(r.claim)
            for r in g.claims
        ],
        "sources": [source(s) for s in independent_sources(g.claims, copies, entities, outlets, relays)],
    }


def source(s: Source) -> dict[str, Any]:
    return {
        "name": s.name, "articles": list(s.articles), "relays": list(s.relays),
        "also_published_by": list(s.also_published_by),
        "reports": [
            {"article": r.article_id, "outlet": r.outlet, "via": list(r.via), "via_inferred": r.via_inferred,
             "copy_of": r.copy_of}
            for r in s.reports
        ],
    }


def canonical_entity(e: CanonicalEntity) -> dict[str, Any]:
    """One story entity (issue 4): name, type, aliases, place kind and coordinates, mentions."""
    return {
        "name": e.name,
        "type": e.type,
        "kind": e.kind,
        "aliases": list(e.aliases),
        "country": e.country,
        "coordinates": None if e.latitude is None else {"lat": e.latitude, "lon": e.longitude},
        "mentions": [span(m) for m in e.mentions],
        "dateline_of": list(e.dateline_of),
    }


def story_detail(
    listing: StoryListing, comparison: Comparison, summary: Summary, members: list[AnalysedArticle]
) -> dict[str, Any]:
    copies = {a.id: a.copy_of for a in listing.articles if a.copy_of is not None}
    outlets = {a.id: a.outlet for a in listing.articles}
    relays = {m.article.id: article_relay(m) for m in members}
    speakers = _speaker_index(comparison.entities)
    return story_listing(listing) | {
        "incident": story_incident(incident(comparison, members)),
        "comparison": [claim_group(g, copies, comparison.entities, outlets, relays) for g in comparison.groups],
        "events": [event_group(g, {m.article.id: m.article.text for m in members}) for g in comparison.events],
        "entities": [canonical_entity(e) for e in comparison.entities],
        "quotes": [story_quote(m, q, speakers) for m in members for q in m.extraction.quotes],
        "quantities": [{"article": m.article.id, "outlet": m.article.outlet} | claim(c)
                       for m in members for c in m.extraction.quantities],
        "flags": [story_flag(m, f) for m in members for f in m.extraction.flags],
        "summary": [
            {"text": s.text, "kind": s.kind, "citations": [span(c) for c in s.citations],
             "parts": [{"quote": p.quote} | span(p.span) for p in s.parts]}
            for s in summary.sentences
        ],
        "timeline": [
            {"when": iso(t.when), "granularity": t.granularity, "label": when_label(t.when, t.granularity),
             "text": t.text, "citations": [span(c) for c in t.citations]}
            for t in summary.timeline
        ],
    }


def story_incident(found: Incident) -> dict[str, Any]:
    """Where and when the story's event happened, each with what it rests on."""
    return {
        "place": found.place,
        "place_basis": found.place_basis,
        "place_citation": span(found.place_citation) if found.place_citation else None,
        "when": iso(found.when),
        "when_basis": found.when_basis,
        "when_citations": [span(c) for c in found.when_citations],
    }


def event_group(g: EventGroup, texts: dict[int, str]) -> dict[str, Any]:
    """An action aligned across the story (stormed, asked for help, agreed), with its sentences."""
    return {
        "thread": g.thread,
        "target": g.target,
        "verdict": g.verdict.value,
        "explanation": g.explanation,
        "mentions": [
            {"article": m.article_id, "outlet": m.outlet, "step": m.step, "action": m.action, "start": m.start,
             "end": m.end, "when": iso(m.when),
             "sentence": {"start": m.sentence_start, "end": m.sentence_end,
                          "text": texts.get(m.article_id, "")[m.sentence_start : m.sentence_end]}}
            for m in g.mentions
        ],
    }


def _speaker_index(entities: tuple[CanonicalEntity, ...]) -> dict[str, str]:
    """Every way the story writes a person or organisation → its canonical name."""
    index: dict[str, str] = {}
    for e in entities:
        if e.type in ("PER", "ORG"):
            for name in (e.name, *e.aliases):
                index.setdefault(name.lower(), e.name)
    return index


def story_quote(m: AnalysedArticle, q: Quote, speakers: dict[str, str]) -> dict[str, Any]:
    """A quote of a story: its span, the speaker as the article wrote it and as the story's
    canonical entity, and the chain speaker → relays → the outlet that published it."""
    entity = speakers.get(q.speaker.lower()) if q.speaker else None
    who = entity or q.speaker or "?"
    return {
        "article": m.article.id, "outlet": m.article.outlet, "text": q.text, "start": q.start, "end": q.end,
        "speaker": q.speaker, "speaker_entity": entity, "verb": q.verb, "via": list(q.via),
        "chain": [who, *q.via, m.article.outlet or f"article {m.article.id}"],
    }


def story_flag(m: AnalysedArticle, f: Flag) -> dict[str, Any]:
    """An in-article flag with the text of both its spans."""
    text = m.article.text
    related = None
    if f.related_start is not None and f.related_end is not None:
        related = {"start": f.related_start, "end": f.related_end, "text": text[f.related_start : f.related_end]}
    return {
        "article": m.article.id, "code": f.code, "message": f.message, "start": f.start, "end": f.end,
        "text": text[f.start : f.end] if f.start is not None and f.end is not None else None,
        "related": related,
    }


def article_detail(item: AnalysedArticle, story_id: int | None, versions: list[tuple[int, str, datetime]]) -> dict:
    a = item.article
    return analysis(item) | {
        "url": a.url,
        "source_key": a.source_key,
        "version": a.version,
        "versions": [{"version": v, "content_hash": h, "ingested_at": iso(t)} for v, h, t in versions],
        "story": story_id,
    }


def article_row(a: Article, story_id: int | None) -> dict[str, Any]:
    """One flat row per article for ``telisik export``."""
    return {
        "id": a.id,
        "story": story_id,
        "outlet": a.outlet,
        "title": a.title,
        "url": a.url,
        "lang": a.lang,
        "published": a.published.iso() if a.published else None,
        "published_inferred": a.published.inferred if a.published else None,
        "dateline_outlet": a.dateline.outlet if a.dateline else None,
        "dateline_place": a.dateline.place if a.dateline else None,
        "text": a.text,
    }
