"""What the routes show, read from the store: one function per page or endpoint.

Both the JSON API and the HTML pages call these, so the two never disagree.
They return the JSON-ready dictionaries of :mod:`telisik.serialise` (the shapes
``telisik story ID --json`` prints), extended with what only the server needs:
entities per story, source sentences for citations to link to, pages of results.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from telisik import api, serialise
from telisik.errors import StoreError
from telisik.models import AnalysedArticle
from telisik.serve import search
from telisik.store import Store
from telisik.store.store import StoryFilter

# A search narrows the story list to the stories of its best matching articles; past
# this many articles the tail adds little and the id list would grow without bound.
STORY_SEARCH_ARTICLES = 1000


@dataclass(frozen=True, slots=True)
class Page:
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


def story_filter(store: Store, q: str | None = None, **narrowing: Any) -> StoryFilter:
    """A filter from the query parameters; ``q`` becomes the ids of the articles it finds."""
    f = StoryFilter(**{k: v or None for k, v in narrowing.items()})
    if q and q.strip():
        _, ids = search.search(store, q, STORY_SEARCH_ARTICLES, 0)
        f = replace(f, article_ids=tuple(ids))
    return f


def story_page(store: Store, f: StoryFilter, limit: int, offset: int) -> Page:
    total, ids = store.find_stories(f, limit, offset)
    listed = {s.id: s for s in store.list_stories(ids)} if ids else {}
    return Page(total, limit, offset, [serialise.story_listing(listed[i]) for i in ids if i in listed])


def story_entities(members: list[AnalysedArticle]) -> list[dict[str, Any]]:
    """The entities of a story's articles by canonical form, the most-mentioned first."""
    counts: Counter[tuple[str, str]] = Counter()
    articles: dict[tuple[str, str], set[int]] = {}
    for member in members:
        for e in member.extraction.entities:
            key = (e.canonical, e.type)
            counts[key] += 1
            articles.setdefault(key, set()).add(member.article.id)
    return [
        {"canonical": canonical, "type": kind, "mentions": n, "articles": sorted(articles[(canonical, kind)])}
        for (canonical, kind), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]


def story_with_members(store: Store, story_id: int) -> tuple[dict[str, Any], list[AnalysedArticle]]:
    """One story as :func:`telisik.api.story` gives it, plus its entities; and its articles.

    The same three reads as ``api.story``, but the articles are loaded once and
    shared with the entity list and the page's source texts (half the queries).
    """
    found = store.list_stories([story_id])
    if not found:
        raise StoreError(f"no story {story_id}", hint="list the stories at /api/stories")
    members = store.story_members(story_id)
    detail = serialise.story_detail(found[0], store.load_comparison(story_id), store.load_summary(story_id), members)
    return detail | {"entities": story_entities(members)}, members


def story(store: Store, story_id: int) -> dict[str, Any]:
    return story_with_members(store, story_id)[0]


def article(store: Store, article_id: int) -> dict[str, Any]:
    """One article with everything extracted from it (a StoreError if there is none)."""
    return api.article(store, article_id)


def entity_page(store: Store, q: str | None, entity_type: str | None, limit: int, offset: int) -> Page:
    total, found = store.list_entities(q, entity_type, limit, offset)
    items = [
        {"canonical": e.canonical, "type": e.type, "mentions": e.mentions, "articles": e.articles, "stories": e.stories}
        for e in found
    ]
    return Page(total, limit, offset, items)


def entity(store: Store, canonical: str) -> dict[str, Any]:
    """One entity: its types, and the stories and articles that mention it."""
    rows = store.entity_mentions_by_article(canonical)
    if not rows:
        raise StoreError(f"no entity {canonical!r}", hint="list entities at /api/entities")
    story_ids = sorted({story_id for _, story_id, _, _ in rows if story_id is not None})
    return {
        "canonical": canonical,
        "types": sorted({kind for _, _, kind, _ in rows}),
        "mentions": sum(n for *_, n in rows),
        "articles": [{"id": a, "story": s, "type": t, "mentions": n} for a, s, t, n in rows],
        "stories": [serialise.story_listing(s) for s in store.list_stories(story_ids)] if story_ids else [],
    }


def search_page(store: Store, q: str, limit: int, offset: int) -> Page:
    """Articles matching ``q`` (stemmed), best first, with their story, title and lead."""
    total, ids = search.search(store, q, limit, offset)
    cards = {c["id"]: c for c in store.article_cards(ids)} if ids else {}
    return Page(total, limit, offset, [cards[i] for i in ids if i in cards])


@dataclass(frozen=True, slots=True)
class SourceSentence:
    anchor: str  # the element id a citation links to
    start: int
    end: int
    text: str
    field: str = "text"  # or "title": the article's headline, which claims and summaries may cite


def story_sources(members: list[AnalysedArticle]) -> dict[int, list[SourceSentence]]:
    """Each article of a story as its sentences, each with the anchor that citations of it link
    to; the title, when there is one, comes first as a source of its own."""
    sources = {}
    for member in members:
        a = member.article
        spans = [(x.start, x.end) for x in a.sentences] or [(0, len(a.text))]
        title = [SourceSentence(f"src-{a.id}-title", 0, len(a.title), a.title, "title")] if a.title else []
        sources[a.id] = title + [SourceSentence(sentence_anchor(a.id, start), start, end, a.text[start:end])
                                 for start, end in spans]
    return sources


def sentence_anchor(article_id: int, start: int) -> str:
    return f"src-{article_id}-{start}"


def citation_target(
    sources: dict[int, list[SourceSentence]], article_id: int, start: int, field: str = "text"
) -> SourceSentence | None:
    """The sentence a citation starting at ``start`` falls in (the last one starting at or before
    it); for a citation of the title (``field`` "title"), the title."""
    found = None
    for sentence in sources.get(article_id, []):
        if sentence.field != field:
            continue
        if sentence.start <= start:
            found = sentence
        else:
            break
    return found
