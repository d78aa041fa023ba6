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
    Span,
    Summary,
)
from telisik.store import StoryArticle, StoryListing


def iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def span(s: Span) -> dict[str, int]:
    return {"article": s.article_id, "start": s.start, "end": s.end}


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
        "qualifier": c.qualifier,
        "event_time": iso(c.event_time),
        "place": c.place,
        "source_chain": list(c.source_chain),
        "sentence": {"start": c.sentence_start, "end": c.sentence_end},
        "confidence": c.confidence,
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


def claim_group(g: ClaimGroup) -> dict[str, Any]:
    return {
        "kind": g.kind,
        "verdict": g.verdict.value,
        "value": {"min": g.value_min, "max": g.value_max},
        "independent_sources": g.independent_sources,
        "explanation": g.explanation,
        "claims": [
            {"article": r.article_id, "outlet": r.outlet, "published": iso(r.published)} | claim(r.claim)
            for r in g.claims
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
    quotes = [
        {"article": m.article.id, "outlet": m.article.outlet, "text": q.text, "start": q.start, "end": q.end,
         "speaker": q.speaker, "verb": q.verb, "via": list(q.via)}
        for m in members
        for q in m.extraction.quotes
    ]
    flags = [
        {"article": m.article.id, "code": f.code, "message": f.message, "start": f.start, "end": f.end}
        for m in members
        for f in m.extraction.flags
    ]
    return story_listing(listing) | {
        "comparison": [claim_group(g) for g in comparison.groups],
        "entities": [canonical_entity(e) for e in comparison.entities],
        "quotes": quotes,
        "flags": flags,
        "summary": [
            {"text": s.text, "kind": s.kind, "citations": [span(c) for c in s.citations],
             "parts": [{"quote": p.quote} | span(p.span) for p in s.parts]}
            for s in summary.sentences
        ],
        "timeline": [
            {"when": iso(t.when), "text": t.text, "citations": [span(c) for c in t.citations]} for t in summary.timeline
        ],
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
