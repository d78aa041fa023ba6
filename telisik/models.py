"""Typed records that flow between the pipeline stages.

Every record is a frozen, slotted dataclass: stages build new records, they never
mutate what they were given. Character offsets (``start``, ``end``) always index
``Article.text`` (the normalised body, after the dateline is removed), half-open
as in Python slices.

Reading order follows the pipeline::

    RawDocument   (ingest)     what a source gave us, decoded to text
    Article       (normalise)  clean text, metadata, dateline, sentences
    Extraction    (extract)    dates, numbers, entities, claims, quotes, flags
    Assignment    (cluster)    which story an article joins, and why
    Comparison    (reconcile)  claims of one kind aligned across a story
    Summary       (summarise)  cited sentences and a timeline
    StageResult   (pipeline)   ok / failed, per item and stage
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class Stage(str, enum.Enum):
    """The pipeline stages, in the order they run."""

    INGEST = "ingest"
    NORMALISE = "normalise"
    EXTRACT = "extract"
    CLUSTER = "cluster"
    RECONCILE = "reconcile"
    SUMMARISE = "summarise"

    @classmethod
    def ordered(cls) -> list[Stage]:
        return list(cls)


class SourceFormat(str, enum.Enum):
    TEXT = "text"  # plain text or Markdown
    JSONL = "jsonl"  # one document of the ../shared/data format
    HTML = "html"
    FEED = "feed"  # one entry of an RSS/Atom feed


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of one article: ``article.text[start:end]``, or of its title when ``field`` is "title".

    Headlines carry facts the body may not repeat ("4 injured in Sacramento shooting"),
    so what is read from a title cites the title.
    """

    article_id: int
    start: int
    end: int
    field: str = "text"  # "text" or "title"


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as a source delivered it, decoded to text but not cleaned.

    ``source_key`` identifies *where* it came from (canonical URL, ``file:`` path
    or ``doc:`` id) and ``content_hash`` *what* it says: the same key with a new
    hash is a new version of one article; the same hash is the same document.
    """

    source_key: str
    content_hash: str
    format: SourceFormat
    body: str  # text, or HTML markup for SourceFormat.HTML
    origin: str  # the file path or URL it was read from, for messages
    url: str | None = None
    external_id: str | None = None  # the id a JSONL document or feed entry carried
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    lang: str | None = None
    encoding: str = "utf-8"
    encoding_note: str | None = None  # set when bytes had to be repaired or guessed


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A source item that could not become a document, with the reason."""

    origin: str
    code: str
    message: str


# --------------------------------------------------------------------------- normalise


@dataclass(frozen=True, slots=True)
class Dateline:
    """The ``OUTLET, PLACE –`` opening of an Indonesian news article."""

    outlet: str | None
    place: str | None
    text: str  # the dateline exactly as written, removed from the body


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """When an article was published, and how we know."""

    value: date | datetime
    inferred: bool  # True when read off the article text rather than metadata
    source: str  # "metadata", or "text" with the phrase it was inferred from
    evidence_start: int | None = None  # the span of the text it was inferred from, when inferred
    evidence_end: int | None = None

    def iso(self) -> str:
        return self.value.isoformat()


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LanguageSpan:
    """The language of a stretch of text (a paragraph), with the detector's confidence in 0–1."""

    start: int
    end: int
    lang: str  # "id", "ms", "en" or "other"
    confidence: float


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article version: the unit every later stage works on."""

    id: int
    version: int
    source_key: str
    text: str
    lang: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: PublishedDate | None = None
    dateline: Dateline | None = None
    sentences: tuple[Sentence, ...] = ()
    lang_confidence: float | None = None  # of ``lang`` when detected; None when metadata gave it
    paragraph_languages: tuple[LanguageSpan, ...] = ()
    detected_lang: str | None = None  # "other" when none of id/ms/en; ``lang`` is then what it is processed as

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def field_text(self, field: str) -> str:
        """The text spans of ``field`` ("text" or "title") index into; "" for a missing title."""
        if field == "title":
            return self.title or ""
        if field == "text":
            return self.text
        raise ValueError(f"unknown span field {field!r}")

    def span_text(self, span: Span) -> str:
        """What ``span`` (of this article) covers."""
        return self.field_text(span.field)[span.start : span.end]


# --------------------------------------------------------------------------- extract


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time expression resolved against the publication date."""

    text: str
    start: int
    end: int
    value: date | datetime  # ISO 8601 when serialised
    granularity: str = "day"  # "day", "week", "month", "year", "part-of-day", "hour", "minute"
    relative: bool = False  # resolved against the reference date ("kemarin", "Rabu", "dua hari lalu")
    value_end: date | datetime | None = None  # the last day of a range ("6-17 Mei 2021"), else None


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A count or amount; an exact count has ``min == max``, an open bound is None."""

    text: str
    start: int
    end: int
    min: float | None
    max: float | None
    unit: str | None = None


@dataclass(frozen=True, slots=True)
class EntityMention:
    text: str
    start: int
    end: int
    type: str  # PER, ORG or LOC
    canonical: str


@dataclass(frozen=True, slots=True)
class Claim:
    """A typed statement of fact in one article, with where it came from.

    ``min``/``max`` hold the value as an interval (``lebih dari 300`` is
    ``(301, None)``); ``source_chain`` lists who said it, innermost first
    (``("Kementerian Dalam Negeri", "Al Jazeera")``).
    """

    kind: str  # "killed", "injured", "arrested", "missing", ...
    min: float | None
    max: float | None
    start: int
    end: int
    text: str  # the phrase the value was read from
    unit: str | None = None
    subject: str | None = None  # the victim group or subject, as written
    qualifier: str | None = None  # "lebih dari", "sedikitnya", ...
    event_time: date | datetime | None = None
    place: str | None = None
    source_chain: tuple[str, ...] = ()
    sentence_start: int = 0
    sentence_end: int = 0
    confidence: float = 0.5
    subject_start: int | None = None  # the span of ``subject`` in the text, when it was read as one
    subject_end: int | None = None
    field: str = "text"  # "title" when read from the headline: every span above then indexes the title


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None
    verb: str | None
    via: tuple[str, ...] = ()  # relay chain, nearest outlet first


@dataclass(frozen=True, slots=True)
class Flag:
    """Something inconsistent or doubtful inside one article."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None
    related_start: int | None = None  # a second span the flag is about (the date of a weekday-mismatch)
    related_end: int | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extract stage read from one article."""

    article_id: int
    dates: tuple[DateMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    flags: tuple[Flag, ...] = ()
    # Other numbers with their subject (kind "quantity": "lima pesawat", "80 persen kursi"):
    # kept apart from ``claims`` so casualty reconciliation never mixes them in.
    quantities: tuple[Claim, ...] = ()


@dataclass(frozen=True, slots=True)
class AnalysedArticle:
    """An article together with what the extract stage read from it."""

    article: Article
    extraction: Extraction


# --------------------------------------------------------------------------- cluster


@dataclass(frozen=True, slots=True)
class AssignmentEvidence:
    """The signals behind one assignment, compared with the story joined (or the closest rejected)."""

    story_key: int
    probability: float  # the learned p(same story)
    signals: tuple[tuple[str, float], ...] = ()  # (signal name, similarity), e.g. ("tfidf", 0.41)
    shared_terms: tuple[str, ...] = ()
    shared_names: tuple[str, ...] = ()
    time_gap_days: int | None = None  # None when the article or the story is undated
    copy_of: int | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    """Why an article joined a story (or opened a new one)."""

    article_id: int
    story_key: int  # the story it joined; for a new story, the key it was given
    new_story: bool
    score: float  # similarity to the story it joined (best rejected one if new)
    reason: str  # human-readable: the shared terms and the threshold
    evidence: AssignmentEvidence | None = None  # structured: per-signal similarities, names, time gap
    copy_of: int | None = None  # the article this one is a near-copy of (syndication), if any


# --------------------------------------------------------------------------- reconcile


class Verdict(str, enum.Enum):
    AGREE = "agree"
    REFINE = "refine"  # one value narrows another (317 within ">300")
    UPDATE = "update"  # a later report moves the figure
    CONFLICT = "conflict"
    SCOPE = "different-scope"  # the values differ because they count different people
    SINGLE = "single"  # only one outlet reports it


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A claim as it stands inside a story: which article and outlet said it."""

    article_id: int
    outlet: str | None
    published: date | datetime | None
    claim: Claim


@dataclass(frozen=True, slots=True)
class ClaimGroup:
    kind: str
    verdict: Verdict
    claims: tuple[ClaimRef, ...]
    independent_sources: int
    explanation: str
    value_min: float | None = None  # the reconciled value as an interval
    value_max: float | None = None


@dataclass(frozen=True, slots=True)
class CanonicalEntity:
    """One person, organisation or place of a story, however its articles name it."""

    name: str  # canonical: full name, acronym, or the gazetteer's English place name
    type: str  # PER, ORG or LOC
    aliases: tuple[str, ...] = ()  # every other way the articles wrote it ("Tokayeva", "Rusia")
    mentions: tuple[Span, ...] = ()  # where the article bodies name it
    kind: str | None = None  # LOC: "country", "region", "city"; ORG: "media" for outlets and agencies
    country: str | None = None  # ISO 3166 alpha-2, for places
    latitude: float | None = None
    longitude: float | None = None
    dateline_of: tuple[int, ...] = ()  # articles whose dateline names this place (the newsroom)


@dataclass(frozen=True, slots=True)
class EventMention:
    """An action reported in one article (issue 6): a step of a thread ("attack": stormed,
    then retaken) on a target ("airport"), with the sentence it was read from."""

    article_id: int
    outlet: str | None
    thread: str  # "attack", "assistance", … (reconcile/data/<lang>/event_actions.txt)
    step: int  # the order of this action within its thread: 1 first
    target: str | None  # "airport", "government-buildings", … or None for a thread without targets
    action: str  # the action phrase as written ("menyerbu", "setuju untuk mengirim")
    start: int  # the action phrase's span in the article text
    end: int
    sentence_start: int
    sentence_end: int
    when: date | datetime | None = None  # the date written in its sentence, resolved


@dataclass(frozen=True, slots=True)
class EventGroup:
    """One event (thread and target) as the story's articles report it, with a verdict:
    agree (same step, no date contradicted), update (a later step: progression, not a
    conflict), conflict (same step on different days), single."""

    thread: str
    target: str | None
    verdict: Verdict
    mentions: tuple[EventMention, ...]
    explanation: str


@dataclass(frozen=True, slots=True)
class Comparison:
    story_id: int
    groups: tuple[ClaimGroup, ...] = ()
    entities: tuple[CanonicalEntity, ...] = ()  # the story's people, organisations and places
    events: tuple[EventGroup, ...] = ()  # actions aligned across the articles (issue 6)


@dataclass(frozen=True, slots=True)
class Incident:
    """Where and when a story's event happened, read from its claims and articles (``reconcile.incident``).

    ``place_basis`` says what the place rests on: ``claims`` (a town the tolls' own sentences or
    the sentences before them name), ``text`` (none of those names a town: the first town the
    articles name), ``dateline`` (no article's text names one: the town the reports are filed
    from; no citation, the dateline is not part of the text), ``claims-place`` (no town anywhere:
    the place the claims name, a street or a county). ``place_citation`` is the mention it was
    read from; ``when_citations`` the claims that carry the date, or (``when_basis`` "text") the
    date mention it was read from.
    """

    place: str | None = None
    place_basis: str | None = None
    place_citation: Span | None = None
    when: date | None = None  # the day: a claim's hour is often a part of the day ("malam")
    when_citations: tuple[Span, ...] = ()
    when_basis: str | None = None  # "claims", or "text": the first day the articles name


# --------------------------------------------------------------------------- summarise


@dataclass(frozen=True, slots=True)
class CitedSentence:
    """A summary sentence and the spans it rests on.

    An ``extract`` sentence is article text, contained in each of its citations.
    A ``statement`` is written by telisik from claims (a disagreement between
    outlets); each of its ``parts`` quotes the exact article phrase it was built from.
    """

    text: str
    citations: tuple[Span, ...]
    kind: str = "extract"  # or "statement"
    parts: tuple[CitedPart, ...] = ()


@dataclass(frozen=True, slots=True)
class CitedPart:
    """A phrase quoted verbatim from ``span``, on which part of a statement rests."""

    quote: str
    span: Span


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    when: date | datetime
    text: str
    citations: tuple[Span, ...]
    # how much of ``when`` the text said (DateMention.granularity): "2022-01-05T19:00" for "Rabu (5/1) malam"
    # is the evening of that day, not 19:00
    granularity: str = "day"


@dataclass(frozen=True, slots=True)
class Summary:
    story_id: int
    sentences: tuple[CitedSentence, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()


# --------------------------------------------------------------------------- pipeline


class Status(str, enum.Enum):
    OK = "ok"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class StageResult:
    """The outcome of one stage on one item (an article, a story or a source)."""

    stage: Stage
    item: str  # "article:12", "story:3" or the source path / URL
    status: Status
    code: str | None = None
    message: str | None = None


@dataclass(slots=True)
class IngestReport:
    """What an ingest did; filled in as the sources are read."""

    added: list[int] = field(default_factory=list)  # new article ids
    updated: list[int] = field(default_factory=list)  # articles that got a new version
    unchanged: int = 0  # documents already stored with this content
    failures: list[IngestFailure] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)  # URLs that answered "304 Not Modified" (polling)
